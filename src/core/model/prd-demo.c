/* prd-demo.c — the demo office "สพป.นครธารทอง เขต 2".
 *
 * Every name here is made up from syllables; no national IDs are written.
 * A fixed seed makes every run produce the same office, so screenshots,
 * tests and benchmarks see the same data. It is written in one transaction:
 * killed midway, the database holds all of it or none.
 */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-demo.h"
#include "prd-member-index.h"
#include "store/prd-store-sql.h"

#define DEMO_SEED 2567

typedef struct {
  PrdStore *store;
  GRand    *rand;
  GError  **error;
} Demo;

static const char *const districts[] = {
  "เมืองธารทอง", "ดอนแก้ว", "ห้วยพลู", "บึงสวรรค์", "เขาหินตั้ง", "ท่ามะปราง",
};

static const char *const syllables[] = {
  "ทอง", "แก้ว", "ดอน", "หนอง", "นา", "โพธิ์", "ไทร", "มะปราง", "สวรรค์", "ศรี",
  "บัว", "คำ", "เจริญ", "สุข", "ใหม่", "กลาง", "เหนือ", "ใต้", "ยาง", "ตาล",
  "ขาม", "หิน", "ทราย", "ลำ", "ห้วย", "โคก", "เนิน", "สระ", "ไผ่", "งาม",
};

static const char *const given_male[] = {
  "กิตติพัฒน์", "ชยพล", "ณัฐวุฒิ", "ธนากร", "ปิยะพงษ์", "พงศกร", "ภานุวัฒน์", "วรวุฒิ",
  "ศุภชัย", "สมชาย", "อนุชา", "เอกชัย", "ไพโรจน์", "โกวิท", "เฉลิมพล", "ธีรวัฒน์",
  "นพดล", "บุญเลิศ", "ประเสริฐ", "มานพ", "รัฐพล", "วีระศักดิ์", "สุรเชษฐ์", "อภิชาติ",
};

static const char *const given_female[] = {
  "กมลวรรณ", "จันทร์เพ็ญ", "ชุติมา", "ณัฐธิดา", "ดวงใจ", "ทิพวรรณ", "นภัสสร", "ปวีณา",
  "พรทิพย์", "มณีรัตน์", "รัชนี", "วิภาวดี", "ศิริพร", "สุดารัตน์", "อรุณี", "เบญจวรรณ",
  "แสงเดือน", "ใจทิพย์", "อัญชลี", "กาญจนา", "จิราพร", "ธิดารัตน์", "ปิยนุช", "เยาวลักษณ์",
};

static const char *const surname_parts[] = {
  "ทอง", "ศรี", "แก้ว", "สุข", "วงศ์", "พันธ์", "ชัย", "บุญ", "รักษ์", "เจริญ",
  "ดี", "งาม", "ใจ", "มั่น", "สกุล", "ประเสริฐ", "กุล", "เลิศ", "ธรรม", "โชติ",
};

typedef struct {
  const char *category_id;
  int         weight;
  const char *positions[3];
} CategoryPlan;

static const CategoryPlan category_plan[] = {
  { "category-school-staff",    35, { "ครู", "ครูชำนาญการ", "ผู้อำนวยการโรงเรียน" } },
  { "category-teacher-creator", 20, { "ครู", "ครูชำนาญการพิเศษ", "ครูผู้ช่วย" } },
  { "category-school-cluster",   3, { "ประธานกลุ่มโรงเรียน", "เลขานุการกลุ่มโรงเรียน", "ผู้อำนวยการโรงเรียน" } },
  { "category-office-staff",    10, { "นักประชาสัมพันธ์", "นักจัดการงานทั่วไป", "ศึกษานิเทศก์" } },
  { "category-media",            8, { "ผู้สื่อข่าว", "บรรณาธิการ", "ผู้ประกาศข่าว" } },
  { "category-government",       7, { "นักวิเคราะห์นโยบายและแผน", "ปลัดอำเภอ", "เจ้าหน้าที่ประชาสัมพันธ์" } },
  { "category-local-admin",      6, { "นายกองค์การบริหารส่วนตำบล", "ปลัด อบต.", "นักวิชาการศึกษา" } },
  { "category-private",          4, { "ผู้จัดการ", "เจ้าของกิจการ", "ฝ่ายประชาสัมพันธ์" } },
  { "category-community",        5, { "ผู้ใหญ่บ้าน", "ประธานชุมชน", "อาสาสมัคร" } },
  { "category-person",           2, { "ผู้ปกครอง", "ศิษย์เก่า", "ปราชญ์ชาวบ้าน" } },
};

static const char *
pick (Demo              *d,
      const char *const *list,
      guint              n)
{
  return list[g_rand_int_range (d->rand, 0, (gint32) n)];
}
#define PICK(d, list) pick ((d), (list), G_N_ELEMENTS (list))

static char *
place_name (Demo *d)
{
  return g_strconcat (PICK (d, syllables), PICK (d, syllables), NULL);
}

static char *
surname (Demo *d)
{
  return g_strconcat (PICK (d, syllables), PICK (d, surname_parts), PICK (d, surname_parts), NULL);
}

static char *
phone (Demo *d)
{
  /* 09x-555-xxxx: a block no operator hands out to people in the demo's world. */
  return g_strdup_printf ("09%d-555-%04d", g_rand_int_range (d->rand, 0, 10),
                          g_rand_int_range (d->rand, 0, 10000));
}

static char *
date_in (Demo *d,
         int   year_from,
         int   year_to)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (d->rand, year_from, year_to + 1),
                          g_rand_int_range (d->rand, 1, 13), g_rand_int_range (d->rand, 1, 29));
}

static gboolean
put (Demo       *d,
     const char *table,
     JsonObject *rec)
{
  gboolean ok = prd_store_put (d->store, table, rec, d->error);
  json_object_unref (rec);
  return ok;
}

static gboolean
write_office (Demo *d)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "id", "office");
  json_object_set_string_member (o, "name", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทอง เขต 2");
  json_object_set_string_member (o, "short_name", "สพป.นครธารทอง เขต 2");
  json_object_set_string_member (o, "doc_prefix", "ศธ 04999");
  json_object_set_string_member (o, "address", "ถนนธารทอง ตำบลในเมือง อำเภอเมืองธารทอง จังหวัดนครธารทอง 99000");
  json_object_set_string_member (o, "phone", "077-555-000");
  json_object_set_string_member (o, "email", "pr@demo-office.example");
  json_object_set_string_member (o, "doc_font", "TH Sarabun New");
  json_object_set_int_member (o, "thai_digits", 1);
  return put (d, "office", o);
}

static gboolean
write_signer (Demo       *d,
              const char *role,
              const char *title,
              const char *given,
              const char *position,
              const char *group_id,
              int         order)
{
  JsonObject *o = json_object_new ();
  g_autofree char *sn = surname (d);

  json_object_set_string_member (o, "role", role);
  json_object_set_string_member (o, "title", title);
  json_object_set_string_member (o, "given_name", given);
  json_object_set_string_member (o, "surname", sn);
  json_object_set_string_member (o, "position", position);
  if (group_id != NULL)
    json_object_set_string_member (o, "group_id", group_id);
  json_object_set_int_member (o, "sort_order", order);
  return put (d, "office_signer", o);
}

static gboolean
write_signers (Demo *d)
{
  const char *office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทอง เขต 2";
  g_autofree char *director = g_strconcat ("ผู้อำนวยการ", office, NULL);
  g_autofree char *deputy = g_strconcat ("รองผู้อำนวยการ", office, NULL);

  return write_signer (d, "director", "นาย", "ประเสริฐ", director, NULL, 1) &&
         write_signer (d, "deputy", "นาง", "วิภาวดี", deputy, NULL, 2) &&
         write_signer (d, "deputy", "ดร.", "ธีรวัฒน์", deputy, NULL, 3) &&
         write_signer (d, "group_director", "นาง", "ศิริพร", "ผู้อำนวยการกลุ่มอำนวยการ",
                       "group-01", 4);
}

/* Schools: 185 over six districts; 71 have joined the network (seed 001). */
static gboolean
write_schools (Demo *d, GPtrArray *school_ids, GPtrArray *school_districts)
{
  for (int i = 0; i < PRD_DEMO_SCHOOLS; i++)
    {
      JsonObject *o = json_object_new ();
      g_autofree char *village = place_name (d);
      g_autofree char *name = g_strdup_printf ("โรงเรียนบ้าน%s", village);
      g_autofree char *code = g_strdup_printf ("19%02d%06d", i % 6 + 1, 500000 + i);
      g_autofree char *smis = g_strdup_printf ("99%02d%04d", i % 6 + 1, i);
      g_autofree char *obec = g_strdup_printf ("99%04d", i);
      g_autofree char *sub = place_name (d);
      g_autofree char *tel = phone (d);
      const char *district = districts[i % 6];
      gboolean joined = (i * 71) % PRD_DEMO_SCHOOLS < 71;

      json_object_set_string_member (o, "school_code", code);
      json_object_set_string_member (o, "smis_code", smis);
      json_object_set_string_member (o, "obec_code", obec);
      json_object_set_string_member (o, "name", name);
      json_object_set_string_member (o, "district", district);
      json_object_set_string_member (o, "subdistrict", sub);
      json_object_set_string_member (o, "province", "นครธารทอง");
      json_object_set_string_member (o, "phone", tel);
      json_object_set_int_member (o, "joined_network", joined);
      if (joined)
        {
          g_autofree char *when = date_in (d, 2023, 2025);
          json_object_set_string_member (o, "joined_at", when);
        }
      if (!prd_store_put (d->store, "school", o, d->error))
        {
          json_object_unref (o);
          return FALSE;
        }
      g_ptr_array_add (school_ids, g_strdup (json_object_get_string_member (o, "id")));
      g_ptr_array_add (school_districts, (gpointer) district);
      json_object_unref (o);
    }
  return TRUE;
}

static const CategoryPlan *
pick_category (Demo *d)
{
  int total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (category_plan); i++)
    total += category_plan[i].weight;
  r = g_rand_int_range (d->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (category_plan); i++)
    {
      if (r < category_plan[i].weight)
        return &category_plan[i];
      r -= category_plan[i].weight;
    }
  g_assert_not_reached ();
}

static gboolean
write_social (Demo       *d,
              const char *member_id,
              const char *platform,
              const char *handle,
              int         max_followers)
{
  JsonObject *o = json_object_new ();
  g_autofree char *url = NULL;
  g_autofree char *counted = date_in (d, 2025, 2026);

  if (g_str_equal (platform, "tiktok"))
    url = g_strdup_printf ("https://www.tiktok.com/@%s", handle);
  else if (g_str_equal (platform, "facebook"))
    url = g_strdup_printf ("https://www.facebook.com/%s", handle);
  else
    url = g_strdup_printf ("https://www.youtube.com/@%s", handle);

  json_object_set_string_member (o, "member_id", member_id);
  json_object_set_string_member (o, "platform", platform);
  json_object_set_string_member (o, "handle", handle);
  json_object_set_string_member (o, "url", url);
  json_object_set_int_member (o, "followers", g_rand_int_range (d->rand, 50, max_followers));
  json_object_set_int_member (o, "views", g_rand_int_range (d->rand, 500, max_followers * 40));
  json_object_set_string_member (o, "counted_at", counted);
  return put (d, "social_account", o);
}

static gboolean
write_member (Demo      *d,
              guint      index,
              GPtrArray *school_ids,
              GPtrArray *school_districts,
              GPtrArray *member_ids)
{
  const CategoryPlan *cat = pick_category (d);
  JsonObject *o = json_object_new ();
  gboolean female = g_rand_boolean (d->rand);
  gboolean in_school = g_str_has_prefix (cat->category_id, "category-school") ||
                       g_str_equal (cat->category_id, "category-teacher-creator");
  const char *title = female ? (g_rand_boolean (d->rand) ? "นาง" : "นางสาว") : "นาย";
  const char *given = female ? PICK (d, given_female) : PICK (d, given_male);
  g_autofree char *sn = surname (d);
  g_autofree char *tel = phone (d);
  g_autofree char *joined = date_in (d, 2022, 2026);
  g_autofree char *handle = g_strdup_printf ("demo_creator_%05u", index);
  g_autofree char *id = NULL;
  guint school = (guint) g_rand_int_range (d->rand, 0, (gint32) school_ids->len);
  int roll = g_rand_int_range (d->rand, 0, 100);

  if (roll < 4)
    title = "ดร.";
  else if (roll < 6)
    title = "ว่าที่ร้อยตรี";

  /* The first four categories are the internal network (seed 002). */
  json_object_set_int_member (o, "internal", cat < &category_plan[4]);
  json_object_set_string_member (o, "category_id", cat->category_id);
  json_object_set_string_member (o, "title", title);
  json_object_set_string_member (o, "given_name", given);
  json_object_set_string_member (o, "surname", sn);
  json_object_set_string_member (o, "position", cat->positions[g_rand_int_range (d->rand, 0, 3)]);
  if (in_school)
    {
      json_object_set_string_member (o, "school_id", g_ptr_array_index (school_ids, school));
      json_object_set_string_member (o, "district", g_ptr_array_index (school_districts, school));
    }
  else
    {
      g_autofree char *org = g_strdup_printf ("%s%s",
                                              g_str_equal (cat->category_id, "category-media")
                                                ? "สถานีวิทยุชุมชน" : "หน่วยงาน",
                                              PICK (d, syllables));
      json_object_set_string_member (o, "organization", org);
      json_object_set_string_member (o, "district", PICK (d, districts));
    }
  json_object_set_string_member (o, "phone", tel);
  if (g_rand_int_range (d->rand, 0, 3) == 0)
    {
      g_autofree char *mail = g_strdup_printf ("member%05u@demo-office.example", index);
      json_object_set_string_member (o, "email", mail);
    }
  json_object_set_int_member (o, "consent_contact", g_rand_int_range (d->rand, 0, 10) < 9);
  json_object_set_int_member (o, "consent_photo", g_rand_int_range (d->rand, 0, 10) < 7);
  json_object_set_string_member (o, "consent_date", joined);
  json_object_set_string_member (o, "joined_at", joined);
  json_object_set_int_member (o, "active", g_rand_int_range (d->rand, 0, 20) != 0);

  if (!prd_store_put (d->store, "member", o, d->error))
    {
      json_object_unref (o);
      return FALSE;
    }
  id = g_strdup (json_object_get_string_member (o, "id"));
  json_object_unref (o);
  g_ptr_array_add (member_ids, g_strdup (id));

  if (g_str_equal (cat->category_id, "category-teacher-creator"))
    return write_social (d, id, "tiktok", handle, 50000) &&
           (g_rand_boolean (d->rand) || write_social (d, id, "youtube", handle, 8000));
  if (g_str_equal (cat->category_id, "category-media"))
    return write_social (d, id, "facebook", handle, 20000);
  return TRUE;
}

/* The PR-network committee: 19 members, 12 of them in the network's group. */
static gboolean
write_committee (Demo *d, GPtrArray *member_ids)
{
  static const char *const roles[] = { "chair", "vice_chair", "secretary", "assistant_secretary" };
  guint n = MIN (19u, member_ids->len);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "committee_id", "committee-pr-network");
      json_object_set_string_member (o, "member_id", g_ptr_array_index (member_ids, i * 7 % member_ids->len));
      json_object_set_string_member (o, "role", i < G_N_ELEMENTS (roles) ? roles[i] : "member");
      json_object_set_int_member (o, "in_network_group", i < 12);
      if (!put (d, "committee_role", o))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_news (Demo *d)
{
  static const struct { const char *title; int category; const char *group; const char *date; } news[] = {
    { "ประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการประชาสัมพันธ์", 3, "group-01", "2026-11-27" },
    { "ครูนักสร้างสรรค์สื่อ TikTok รอบเดือนพฤศจิกายน", 17, "group-08", "2026-11-26" },
    { "ประกาศผลการจัดซื้อจัดจ้างวัสดุการศึกษา", 5, "group-02", "2026-11-20" },
    { "ผลการทดสอบระดับชาติ (O-NET) ของโรงเรียนในสังกัด", 16, "group-07", "2026-10-30" },
    { "แนะนำผู้บริหารสำนักงานเขตพื้นที่การศึกษา", 14, "group-01", "2026-10-15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (news); i++)
    {
      JsonObject *o = json_object_new ();
      g_autofree char *cat = g_strdup_printf ("news-category-%02d", news[i].category);

      json_object_set_string_member (o, "title", news[i].title);
      json_object_set_string_member (o, "category_id", cat);
      json_object_set_string_member (o, "group_id", news[i].group);
      json_object_set_int_member (o, "fiscal_year", 2570);
      json_object_set_string_member (o, "activity_date", news[i].date);
      if (!put (d, "news_item", o))
        return FALSE;
    }
  return TRUE;
}

gboolean
prd_demo_is_present (PrdStore *store)
{
  return prd_store_count (store, "SELECT count(*) FROM school WHERE deleted = 0") > 0;
}

gboolean
prd_demo_generate (PrdStore         *store,
                   guint             n_members,
                   PrdProgressFunc   progress,
                   gpointer          user_data,
                   GError          **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (DEMO_SEED);
  g_autoptr(GPtrArray) school_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) school_districts = g_ptr_array_new ();
  g_autoptr(GPtrArray) member_ids = g_ptr_array_new_with_free_func (g_free);
  Demo d = { store, rand, error };
  PrdMemberIndexBulk bulk = { 0, };
  g_autoptr(PrdStoreTxn) txn = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);

  if (prd_demo_is_present (store))
    {
      g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID,
                   _("This database already holds schools; the demo office goes only into an empty database."));
      return FALSE;
    }

  txn = prd_store_txn_begin (store, error);
  if (txn == NULL)
    return FALSE;
  /* The search index is written once, at the end (prd-member-index.h). */
  if (!prd_member_index_bulk_begin (store, &bulk, error))
    goto fail;

  if (!write_office (&d) || !write_signers (&d) ||
      !write_schools (&d, school_ids, school_districts))
    goto fail;

  for (guint i = 0; i < n_members; i++)
    {
      if (!write_member (&d, i, school_ids, school_districts, member_ids))
        goto fail;
      if (progress != NULL && i % 1000 == 0)
        progress ((double) i / n_members, user_data);
    }

  if (!write_committee (&d, member_ids) || !write_news (&d) ||
      !prd_demo_write_papers (store, error) || !prd_demo_write_calendar (store, error))
    goto fail;

  if (!prd_member_index_bulk_end (store, &bulk, error) || !prd_store_txn_commit (txn, error))
    goto fail;
  prd_member_index_bulk_clear (&bulk);
  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;

fail:
  g_clear_pointer (&txn, prd_store_txn_free);   /* rolls back */
  prd_member_index_bulk_clear (&bulk);
  return FALSE;
}
