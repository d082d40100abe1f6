-- SPDX-License-Identifier: GPL-3.0-or-later
-- Default data every office starts with. Fixed ids, so that PCs that sync
-- share these rows instead of each making its own copy.

INSERT INTO office (id, created_at, updated_at, name, short_name, doc_prefix) VALUES ('office', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', '', '', '');

-- The ten groups of an office (seed 004, order 62/2565).
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-01', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มอำนวยการ', 1);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-02', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มบริหารงานการเงินและสินทรัพย์', 2);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-03', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มบริหารงานบุคคล', 3);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-04', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา', 4);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-05', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา', 5);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-06', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มส่งเสริมการจัดการศึกษา', 6);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-07', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มนโยบายและแผน', 7);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-08', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร', 8);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-09', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มกฎหมายและคดี', 9);
INSERT INTO office_group (id, created_at, updated_at, name, sort_order) VALUES ('group-10', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'หน่วยตรวจสอบภายใน', 10);

-- Network member categories: internal (1) and external (0) network, seed 002.
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-school-staff', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'บุคลากรในโรงเรียน', 1, 1);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-teacher-creator', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'ครูผู้สร้างสรรค์สื่อ (ครู TikToker)', 1, 2);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-school-cluster', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่มโรงเรียน/เครือข่ายสถานศึกษา', 1, 3);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-office-staff', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'บุคลากรในสำนักงานเขตพื้นที่การศึกษา', 1, 4);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-media', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'สื่อมวลชน', 0, 5);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-government', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'หน่วยงานราชการ', 0, 6);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-local-admin', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'องค์กรปกครองส่วนท้องถิ่น', 0, 7);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-private', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'ภาคเอกชน', 0, 8);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-community', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'ชุมชนและองค์กรชุมชน', 0, 9);
INSERT INTO member_category (id, created_at, updated_at, label, internal, sort_order) VALUES ('category-person', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'บุคคลทั่วไป', 0, 10);

-- Channels of seed 004; offices add their own.
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-newsletter', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'จดหมายข่าว', 1);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-website', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'เว็บไซต์สำนักงาน', 2);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-facebook-page', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'เพจ Facebook', 3);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-facebook-group', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่ม Facebook', 4);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-line', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'กลุ่ม LINE', 5);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-tiktok', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'TikTok', 6);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-youtube', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'YouTube', 7);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-reels', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'Reels', 8);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-newspaper', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'หนังสือพิมพ์', 9);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-radio', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'วิทยุ', 10);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-tv', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'โทรทัศน์', 11);
INSERT INTO channel (id, created_at, updated_at, label, sort_order) VALUES ('channel-obec', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'รายการของ สพฐ.', 12);

-- The 18 categories of information to publish, seed 004 §1.
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-01', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 1, 'ข้อมูลเกี่ยวกับกฎ ระเบียบ ข้อบังคับที่เกี่ยวข้องกับสำนักงานเขตพื้นที่การศึกษา ข้าราชการครูและบุคลากรทางการศึกษา นักเรียน และโรงเรียน');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-02', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 2, 'นโยบาย และยุทธศาสตร์การศึกษาของรัฐบาล กระทรวงศึกษาธิการ สำนักงานเขตพื้นที่การศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-03', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 3, 'การขยายผลและพัฒนาเนื้อหาสาระนโยบาย แผนงาน กิจกรรม โครงการของสำนักงานเขตพื้นที่การศึกษาและโรงเรียนในสังกัด');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-04', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 4, 'การขับเคลื่อนประสิทธิภาพการบริหารจัดการสู่คุณภาพของผลิตสู่สาธารณชน');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-05', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 5, 'ข้อมูลการจัดซื้อจัดจ้าง');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-06', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 6, 'ข้อมูลพื้นฐาน โครงสร้าง ภารกิจ ของสำนักงานเขตพื้นที่การศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-07', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 7, 'แผนปฏิบัติการประจำปี และการติดตามผลการดำเนินการตามแผนปฏิบัติราชการประจำปี');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-08', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 8, 'มาตรฐานหรือคู่มือการปฏิบัติงานส่วนบุคคล');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-09', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 9, 'มาตรฐานและขั้นตอนการให้บริการภายในสำนักงานเขตพื้นที่การศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-10', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 10, 'ผลสำเร็จจากการดำเนินงาน');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-11', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 11, 'การแลกเปลี่ยนเรียนรู้ แบ่งปันความรู้ใหม่ๆ');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-12', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 12, 'การจัดเก็บข้อมูลออนไลน์สำนักงานเขตพื้นที่การศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-13', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 13, 'การรายงานข้อมูลออนไลน์สำนักงานเขตพื้นที่การศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-14', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 14, 'ข้อมูลผู้บริหารสำนักงานเขตพื้นที่การศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-15', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 15, 'คู่มือการดำเนินงาน');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-16', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 16, 'ข้อมูลผลสัมฤทธิ์ทางการศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-17', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 17, 'นวัตกรรมทางการศึกษา');
INSERT INTO news_category (id, created_at, updated_at, number, label) VALUES ('news-category-18', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 18, 'ข้อมูลบุคคล/หน่วยงาน ต้นแบบที่ประสบผลสำเร็จ');

INSERT INTO committee (id, created_at, updated_at, name) VALUES ('committee-pr-network', '2024-10-01T00:00:00.000000Z', '2024-10-01T00:00:00.000000Z', 'คณะกรรมการเครือข่ายการประชาสัมพันธ์');
