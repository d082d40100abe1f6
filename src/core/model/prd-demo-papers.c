/* prd-demo-papers.c — the demo office's papers: a memo in every state, an
 * appointment order shaped like seed 004's 62/2565, and a certificate batch
 * for the teacher creators with the most views (seed 000).
 *
 * The emblem is never part of the project: when PRDESK_SHARED points at a
 * folder with assets/garuda.svg, the demo office uses that file. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-certificate-batch.h"
#include "prd-decision.h"
#include "prd-demo.h"
#include "prd-memo.h"
#include "store/prd-store-sql.h"

static gboolean
put (PrdStore    *store,
     const char  *table,
     JsonObject  *rec,
     GError     **error)
{
  gboolean ok = prd_store_put (store, table, rec, error);
  json_object_unref (rec);
  return ok;
}

static gboolean
load_emblem (PrdStore  *store,
             GError   **error)
{
  const char *shared = g_getenv ("PRDESK_SHARED");
  g_autofree char *path = NULL, *data = NULL, *b64 = NULL;
  gsize len;
  JsonObject *o;

  if (shared == NULL)
    return TRUE;
  path = g_build_filename (shared, "assets", "garuda.svg", NULL);
  if (!g_file_get_contents (path, &data, &len, NULL))
    return TRUE;
  b64 = g_base64_encode ((const guchar *) data, len);
  o = json_object_new ();
  json_object_set_string_member (o, "id", "office");
  json_object_set_string_member (o, "emblem", b64);
  json_object_set_string_member (o, "emblem_mime", "image/svg+xml");
  return put (store, "office", o, error);
}

/* Group directors for the groups whose memos the demo shows. */
static char *
add_group_director (PrdStore    *store,
                    const char  *group_id,
                    const char  *title,
                    const char  *given,
                    const char  *surname,
                    const char  *position,
                    GError     **error)
{
  JsonObject *o = json_object_new ();
  char *id;

  json_object_set_string_member (o, "role", "group_director");
  json_object_set_string_member (o, "title", title);
  json_object_set_string_member (o, "given_name", given);
  json_object_set_string_member (o, "surname", surname);
  json_object_set_string_member (o, "position", position);
  json_object_set_string_member (o, "group_id", group_id);
  json_object_set_int_member (o, "sort_order", 10);
  if (!prd_store_put (store, "office_signer", o, error))
    {
      json_object_unref (o);
      return NULL;
    }
  id = g_strdup (json_object_get_string_member (o, "id"));
  json_object_unref (o);
  return id;
}

/* The first column of SQL's first row, ?1 bound to ARG when given. */
static char *
query_text_arg (PrdStore   *store,
                const char *sql,
                const char *arg)
{
  sqlite3_stmt *stmt = prd_store_prepare (store, sql, NULL);
  char *value = NULL;

  if (stmt != NULL && arg != NULL)
    sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_TRANSIENT);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}
#define query_text(store, sql) query_text_arg ((store), (sql), NULL)

typedef struct {
  const char *news_title;
  const char *group_id;
  const char *date;
  const char *channels;
  const char *review;       /* "", allow, refuse */
  const char *reason;
  const char *order;        /* "", allow, refuse */
} DemoMemo;

static gboolean
record_decision (PrdStore    *store,
                 PrdMemo     *memo,
                 const char  *step,
                 const char  *outcome,
                 const char  *reason,
                 const char  *signer_id,
                 const char  *date,
                 GError     **error)
{
  g_autoptr(PrdDecision) decision = prd_decision_new ();

  prd_decision_set_subject_id (decision, prd_memo_get_id (memo));
  prd_decision_set_step (decision, step);
  prd_decision_set_outcome (decision, outcome);
  prd_decision_set_reason (decision, reason);
  prd_decision_set_signer_id (decision, signer_id);
  prd_decision_set_decided_at (decision, date);
  return prd_decision_record (decision, store, error);
}

static gboolean
write_memos (PrdStore  *store,
             GError   **error)
{
  static const DemoMemo memos[] = {
    { "ประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการประชาสัมพันธ์", "group-01", "2026-11-20",
      "channel-website,channel-facebook-page,channel-line", "", "", "" },
    { "ครูนักสร้างสรรค์สื่อ TikTok รอบเดือนพฤศจิกายน", "group-08", "2026-11-18",
      "channel-website,channel-facebook-page,channel-tiktok", "allow", "", "" },
    { "ประกาศผลการจัดซื้อจัดจ้างวัสดุการศึกษา", "group-02", "2026-11-12",
      "channel-website", "allow", "", "allow" },
    { "ผลการทดสอบระดับชาติ (O-NET) ของโรงเรียนในสังกัด", "group-07", "2026-10-28",
      "channel-website,channel-facebook-page,channel-newsletter", "allow", "", "allow" },
    { "แนะนำผู้บริหารสำนักงานเขตพื้นที่การศึกษา", "group-01", "2026-10-10",
      "channel-website,channel-facebook-page", "refuse",
      "ภาพถ่ายบุคคลบางภาพยังไม่ได้รับความยินยอมให้เผยแพร่ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562", "" },
  };
  g_autofree char *director_id = query_text (store, "SELECT id FROM office_signer WHERE role = 'director' AND deleted = 0");
  g_autoptr(GHashTable) reviewers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  char *id;

  /* group-01 has its director from the demo office; three more groups. */
  g_hash_table_insert (reviewers, "group-01",
                       query_text (store, "SELECT id FROM office_signer WHERE role = 'group_director' AND group_id = 'group-01'"));
  if ((id = add_group_director (store, "group-08", "นาย", "ณัฐวุฒิ", "ทองศรีสุข",
                                "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", error)) == NULL)
    return FALSE;
  g_hash_table_insert (reviewers, "group-08", id);
  if ((id = add_group_director (store, "group-02", "นาง", "พรทิพย์", "บัวงามเลิศ",
                                "ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์", error)) == NULL)
    return FALSE;
  g_hash_table_insert (reviewers, "group-02", id);
  if ((id = add_group_director (store, "group-07", "นาย", "รัฐพล", "หนองคำมั่น",
                                "ผู้อำนวยการกลุ่มนโยบายและแผน", error)) == NULL)
    return FALSE;
  g_hash_table_insert (reviewers, "group-07", id);

  /* Oldest first, so the running numbers follow the dates. */
  for (guint i = G_N_ELEMENTS (memos); i-- > 0;)
    {
      const DemoMemo *m = &memos[i];
      g_autofree char *news_id = query_text_arg (store, "SELECT id FROM news_item WHERE title = ?1", m->news_title);
      const char *reviewer = g_hash_table_lookup (reviewers, m->group_id);
      g_autoptr(PrdMemo) memo = prd_memo_new (news_id);
      g_autoptr(GDate) date = g_date_new ();
      char next[11];

      g_date_set_parse (date, m->date);
      g_date_add_days (date, 1);
      g_date_strftime (next, sizeof next, "%Y-%m-%d", date);

      prd_memo_set_group_id (memo, m->group_id);
      prd_memo_set_memo_date (memo, m->date);
      prd_memo_set_unit (memo, "งานประชาสัมพันธ์");
      prd_memo_set_channels (memo, m->channels);
      prd_memo_set_requester_name (memo, "นางสาวจันทร์เพ็ญ ศรีทองงาม");
      prd_memo_set_requester_position (memo, "นักประชาสัมพันธ์ชำนาญการ");
      if (!prd_memo_save (memo, store, error))
        return FALSE;
      /* The decisions as the group director and the director signed them:
       * the review on the memo's day, the order the day after. */
      if (*m->review != '\0' &&
          !record_decision (store, memo, PRD_DECISION_REVIEW, m->review, m->reason, reviewer, m->date, error))
        return FALSE;
      if (*m->order != '\0' &&
          !record_decision (store, memo, PRD_DECISION_ORDER, m->order, "", director_id, next, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_order_member (PrdStore    *store,
                  const char  *section_id,
                  const char  *member_id,
                  const char  *role,
                  const char  *heading,
                  int          order,
                  GError     **error)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "section_id", section_id);
  json_object_set_string_member (o, "member_id", member_id);
  json_object_set_string_member (o, "role", role);
  json_object_set_string_member (o, "heading", heading);
  json_object_set_int_member (o, "sort_order", order);
  return put (store, "order_member", o, error);
}

static char *
add_section (PrdStore    *store,
             const char  *order_id,
             const char  *title,
             const char  *duties,
             int          order,
             GError     **error)
{
  JsonObject *o = json_object_new ();
  char *id = NULL;

  json_object_set_string_member (o, "order_id", order_id);
  json_object_set_string_member (o, "title", title);
  json_object_set_string_member (o, "duties", duties);
  json_object_set_int_member (o, "sort_order", order);
  if (prd_store_put (store, "order_section", o, error))
    id = g_strdup (json_object_get_string_member (o, "id"));
  json_object_unref (o);
  return id;
}

static gboolean
write_order (PrdStore  *store,
             GError   **error)
{
  JsonObject *o = json_object_new ();
  g_autofree char *order_id = NULL, *advisers = NULL, *admins = NULL;
  g_autofree char *director_id = query_text (store, "SELECT id FROM office_signer WHERE role = 'director'");
  g_autofree char *director = query_text (store, "SELECT title || given_name || ' ' || surname FROM office_signer WHERE role = 'director'");
  g_autofree char *position = query_text (store, "SELECT position FROM office_signer WHERE role = 'director'");
  sqlite3_stmt *stmt;
  int n = 0;

  json_object_set_int_member (o, "number_year", 2026);
  json_object_set_int_member (o, "number_seq", 62);
  json_object_set_string_member (o, "subject", "แต่งตั้งเจ้าหน้าที่ดูแลเว็บไซต์ประจำกลุ่มสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทอง เขต 2");
  json_object_set_string_member (o, "body",
    "ด้วยสำนักงานเขตพื้นที่การศึกษาประถมศึกษานครธารทอง เขต 2 ได้ดำเนินการปรับปรุงระบบเว็บไซต์สำนักงาน "
    "เพื่อให้ข้อมูลของเว็บไซต์เป็นปัจจุบัน และมีการปรับปรุงข้อมูลอย่างต่อเนื่องเพื่อประโยชน์สูงสุดต่อการศึกษา "
    "และผู้เข้าเยี่ยมชมจะได้รับข้อมูลที่เป็นประโยชน์ ถูกต้อง ทันสมัย ตลอดจนการประชาสัมพันธ์ข่าวสารผ่านระบบออนไลน์ "
    "ในภารกิจงานของทุกกลุ่มให้เป็นปัจจุบันอยู่เสมอ จึงแต่งตั้งเจ้าหน้าที่รับผิดชอบและดูแลเว็บไซต์ประจำแต่ละกลุ่ม ดังนี้");
  json_object_set_string_member (o, "closing",
    "ให้ผู้ที่ได้รับแต่งตั้งปฏิบัติหน้าที่ตามที่ได้รับมอบหมายโดยคำนึงถึงประโยชน์ที่จะเกิดกับสำนักงานเขตพื้นที่การศึกษา "
    "หากเกิดปัญหาหรืออุปสรรคใด ๆ ให้รายงานคณะที่ปรึกษาทราบเพื่อดำเนินการต่อไป");
  json_object_set_string_member (o, "effective", "ตั้งแต่บัดนี้เป็นต้นไป");
  json_object_set_string_member (o, "order_date", "2026-04-21");
  json_object_set_string_member (o, "signer_id", director_id);
  json_object_set_string_member (o, "signer_name", director);
  json_object_set_string_member (o, "signer_position", position);
  if (!prd_store_put (store, "appointment_order", o, error))
    {
      json_object_unref (o);
      return FALSE;
    }
  order_id = g_strdup (json_object_get_string_member (o, "id"));
  json_object_unref (o);

  advisers = add_section (store, order_id, "คณะที่ปรึกษา ประกอบด้วย",
                          "ควบคุม กำกับ ดูแล ให้คำแนะนำ ปรึกษา การดำเนินการพัฒนาระบบข้อมูลเว็บไซต์ของสำนักงานเขตพื้นที่การศึกษา "
                          "ตลอดจนช่วยแก้ไขปัญหาต่าง ๆ ที่อาจเกิดขึ้น ให้สามารถดำเนินการไปด้วยความเรียบร้อย", 1, error);
  if (advisers == NULL)
    return FALSE;
  stmt = prd_store_prepare (store, "SELECT member_id, role FROM committee_role WHERE deleted = 0 "
                            "ORDER BY CASE role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'member' THEN 2 "
                            "WHEN 'secretary' THEN 3 ELSE 4 END, rowid LIMIT 7", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (!add_order_member (store, advisers, (const char *) sqlite3_column_text (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1), "", ++n, error))
      {
        sqlite3_finalize (stmt);
        return FALSE;
      }
  sqlite3_finalize (stmt);

  admins = add_section (store, order_id, "เจ้าหน้าที่ผู้ดูแลระบบเว็บไซต์ประจำกลุ่ม ประกอบด้วย",
                        "ปรับปรุงข้อมูล เผยแพร่ข่าวสาร และกิจกรรมต่าง ๆ ของกลุ่ม ลงในเว็บไซต์กลุ่มให้เป็นปัจจุบันอยู่เสมอ "
                        "และรายงานผลการดำเนินงานปรับปรุงข้อมูลของกลุ่ม พร้อมทั้งประสานความร่วมมือด้านอื่น ๆ "
                        "ที่เกี่ยวข้องกับเว็บไซต์ของหน่วยงานตามที่ได้รับมอบหมาย", 2, error);
  if (admins == NULL)
    return FALSE;
  /* One office staff member per group, in the groups' order. */
  stmt = prd_store_prepare (store,
                            "WITH staff AS (SELECT id, row_number() OVER (ORDER BY rowid) AS n FROM member "
                            "  WHERE category_id = 'category-office-staff' AND deleted = 0), "
                            "groups AS (SELECT name, row_number() OVER (ORDER BY sort_order) AS n FROM office_group "
                            "  WHERE deleted = 0) "
                            "SELECT staff.id, groups.name FROM groups JOIN staff ON staff.n = groups.n ORDER BY groups.n",
                            error);
  if (stmt == NULL)
    return FALSE;
  n = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (!add_order_member (store, admins, (const char *) sqlite3_column_text (stmt, 0), "",
                           (const char *) sqlite3_column_text (stmt, 1), ++n, error))
      {
        sqlite3_finalize (stmt);
        return FALSE;
      }
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
write_certificates (PrdStore  *store,
                    GError   **error)
{
  g_autoptr(GPtrArray) creators = prd_certificate_find_members (store, "ครูผู้สร้างสรรค์สื่อ", error);
  g_autofree char *batch = NULL;

  if (creators == NULL)
    return FALSE;
  if (creators->len == 0)
    return TRUE;
  batch = prd_certificate_batch_create (store, (const char *const *) creators->pdata, MIN (creators->len, 10),
                                        "ครูผู้สร้างสรรค์สื่อการศึกษาที่มียอดผู้ชมสูงสุด "
                                        "ผู้สนับสนุนการสื่อสารประชาสัมพันธ์องค์กร ประจำปี พ.ศ. 2569",
                                        "2026-11-25", NULL, error);
  return batch != NULL;
}

gboolean
prd_demo_write_papers (PrdStore  *store,
                       GError   **error)
{
  return load_emblem (store, error) && write_memos (store, error) &&
         write_order (store, error) && write_certificates (store, error);
}
