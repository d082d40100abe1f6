/* prd-memo-doc.c — บันทึกข้อความ ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการ.
 *
 * The regulation's memo form: Garuda 1.5 cm high at the top left,
 * "บันทึกข้อความ" 29 pt bold, the heading fields as 20 pt bold labels with
 * 16 pt values on dotted lines, margins 3 cm left, 2 cm right, top, bottom.
 * Under the requester's signature the group director's review (left) and
 * the director's order (right) stand side by side and never split.
 */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>

#include "prd-memo-doc.h"
#include "prd-paper.h"
#include "store/prd-store-sql.h"

#define LABEL_SIZE 20.0
#define TITLE_SIZE 29.0
#define INDENT PRD_DOC_CM (2.5)
#define EMBLEM_HEIGHT PRD_DOC_CM (1.5)

/* "เว็บไซต์สำนักงาน เพจ Facebook และกลุ่ม LINE", in the channels' order. */
static char *
channel_list (PrdStore   *store,
              const char *ids)
{
  g_auto(GStrv) wanted = g_strsplit (ids, ",", -1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT id, label FROM channel WHERE deleted = 0 "
                                          "ORDER BY sort_order", NULL);
  GString *out = g_string_new (NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);

      for (guint i = 0; wanted[i] != NULL; i++)
        if (g_str_equal (g_strstrip (wanted[i]), id))
          g_ptr_array_add (labels, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == labels->len ? " และ" : " ");
      g_string_append (out, g_ptr_array_index (labels, i));
    }
  return g_string_free (out, FALSE);
}

char *
prd_memo_doc_number (PrdOffice *office,
                     PrdMemo   *memo)
{
  int seq = prd_memo_get_number_seq (memo);

  if (seq > 0)
    return g_strdup_printf ("%s/%d", prd_office_get_doc_prefix (office), seq);
  return g_strdup_printf ("%s/", prd_office_get_doc_prefix (office));
}

static void
add_field_row (PrdDoc     *doc,
               const char *label,
               const char *value,
               double      label_size,
               gboolean    label_bold,
               double      space_before)
{
  PrdDocField f = { label, label_size, label_bold, value, 0, 0, TRUE };

  prd_doc_add_fields (doc, &f, 1, space_before);
}

/* "✓ อนุญาตให้เผยแพร่ได้": a short dotted box, ticked when chosen. */
static void
add_choice (PrdDoc     *doc,
            gboolean    chosen,
            const char *text)
{
  PrdDocField f[2] = {
    { NULL, 0, FALSE, chosen ? "✓" : "", 0, PRD_DOC_CM (1.0), TRUE },
    { text, 0, FALSE, "", 0, 0, FALSE },
  };

  prd_doc_add_fields (doc, f, 2, 0);
}

static void
add_signature (PrdDoc     *doc,
               PrdStore   *store,
               const char *signer_id,
               gboolean    decided,
               const char *name,
               const char *position_line,
               const char *date_iso,
               double      center)
{
  g_autofree char *mime = NULL;
  g_autoptr(GBytes) image = decided ? prd_paper_signature (store, signer_id, &mime) : NULL;
  g_autofree char *date = prd_paper_date (date_iso);
  g_autofree char *date_line = g_strdup_printf ("วันที่ %s", date ? date : "........../........../..........");
  const char *lines[] = { position_line, date_line, NULL };
  PrdDocSignature sig = { image, mime, NULL, name, lines, center, PRD_DOC_CM (1.3), 0 };

  prd_doc_add_signature (doc, &sig, 0);
}

static void
add_review_block (PrdDoc     *doc,
                  PrdStore   *store,
                  PrdMemo    *memo,
                  const char *group)
{
  const char *decision = prd_memo_get (memo, "review_decision");
  const char *position = prd_memo_get (memo, "review_position");
  g_autofree char *position_line = g_strdup_printf ("ตำแหน่ง %s", *position ? position : "....................................");
  const char *date = prd_memo_get (memo, "review_date");

  add_field_row (doc, "ข้าพเจ้า", prd_memo_get (memo, "review_name"), 0, FALSE, 0);
  add_field_row (doc, "ผู้อำนวยการ", group, 0, FALSE, 0);
  prd_doc_add_paragraph (doc, "ได้ตรวจสอบข้อมูลข่าวสารทางราชการแล้ว เห็นว่า", NULL);
  add_choice (doc, g_str_equal (decision, "allow"), "อนุญาตให้เผยแพร่ได้");
  add_choice (doc, g_str_equal (decision, "refuse"), "ไม่อนุญาตให้เผยแพร่ เนื่องจาก");
  add_field_row (doc, NULL, prd_memo_get (memo, "review_reason"), 0, FALSE, 0);
  add_signature (doc, store, prd_memo_get (memo, "review_signer_id"), *decision != '\0',
                 prd_memo_get (memo, "review_name"), position_line, *date ? date : NULL, 0);
}

static void
add_order_block (PrdDoc     *doc,
                 PrdStore   *store,
                 PrdMemo    *memo,
                 PrdOffice  *office)
{
  static const PrdDocStyle bold = { .bold = TRUE };
  const char *decision = prd_memo_get (memo, "order_decision");
  const char *position = prd_memo_get (memo, "order_position");
  g_autofree char *fallback = g_strdup_printf ("ผู้อำนวยการ/รองผู้อำนวยการ %s", prd_office_get_short_name (office));
  const char *date = prd_memo_get (memo, "order_date");

  prd_doc_add_paragraph (doc, "คำสั่ง", &bold);
  add_choice (doc, g_str_equal (decision, "allow"), "อนุญาตให้เผยแพร่ได้");
  add_choice (doc, g_str_equal (decision, "refuse"), "ไม่อนุญาตให้เผยแพร่");
  prd_doc_add_space (doc, PRD_DOC_CM (0.9));
  add_signature (doc, store, prd_memo_get (memo, "order_signer_id"), *decision != '\0',
                 prd_memo_get (memo, "order_name"), *position ? position : fallback,
                 *date ? date : NULL, 0);
}

PrdDoc *
prd_memo_doc_new (PrdStore   *store,
                  PrdOffice  *office,
                  PrdMemo    *memo,
                  GError    **error)
{
  g_autoptr(PrdDoc) doc = NULL;
  g_autoptr(PrdMemoTemplate) tmpl = NULL;
  g_autofree char *group = NULL, *channels = NULL, *channels_text = NULL, *number = NULL;
  g_autofree char *date = NULL, *subject = NULL, *salutation = NULL, *body = NULL;
  g_autofree char *division = NULL, *title = NULL, *salutation_line = NULL;
  g_auto(GStrv) paragraphs = NULL;
  const char *office_name = prd_office_get_name (office);
  const char *news_title = prd_memo_get_news_title (memo);
  PrdDocStyle para = { .align = PRD_DOC_ALIGN_JUSTIFY, .first_indent = INDENT };
  double width, baseline;

  g_return_val_if_fail (PRD_IS_MEMO (memo), NULL);

  tmpl = prd_memo_template_load (store, error);
  if (tmpl == NULL)
    return NULL;

  group = prd_paper_lookup (store, "SELECT name FROM office_group WHERE id = ?1", prd_memo_get (memo, "group_id"));
  if (group == NULL)
    group = g_strdup ("");
  channels = channel_list (store, prd_memo_get (memo, "channels"));
  channels_text = *channels ? g_strdup_printf (" ได้แก่ %s", channels) : g_strdup ("");
  number = prd_memo_doc_number (office, memo);
  date = prd_paper_date (prd_memo_get (memo, "memo_date"));

#define EXPAND(text) prd_paper_expand ((text), "office", office_name, \
                                       "office_short", prd_office_get_short_name (office), \
                                       "group", group, "unit", prd_memo_get (memo, "unit"), \
                                       "title", news_title, "channels", channels_text, NULL)
  subject = EXPAND (*prd_memo_get (memo, "subject") ? prd_memo_get (memo, "subject") : tmpl->subject);
  salutation = EXPAND (tmpl->salutation);
  body = EXPAND (*prd_memo_get (memo, "body") ? prd_memo_get (memo, "body") : tmpl->body);
#undef EXPAND

  doc = prd_paper_doc_new (office, FALSE);
  prd_doc_set_margins (doc, 2.0, 2.0, 2.0, 3.0);
  title = g_strdup_printf ("บันทึกข้อความ %s %s", number, news_title);
  prd_doc_set_title (doc, title);
  width = prd_doc_get_content_width (doc);

  /* The emblem's band: the title's baseline sits on the emblem's foot. */
  if (!prd_paper_add_emblem (doc, office, EMBLEM_HEIGHT, PRD_DOC_ALIGN_LEFT, FALSE, error))
    return NULL;
  baseline = prd_doc_get_baseline (doc, TITLE_SIZE, TRUE);
  prd_doc_add_paragraph (doc, "บันทึกข้อความ", &(PrdDocStyle) {
                           .size = TITLE_SIZE, .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER,
                           .space_before = MAX (0, EMBLEM_HEIGHT - baseline) });

  division = g_strdup_printf ("%s %s", group, office_name);
  add_field_row (doc, "ส่วนราชการ", g_strstrip (division), LABEL_SIZE, TRUE, 0);
  {
    PrdDocField f[2] = {
      { "ที่", LABEL_SIZE, TRUE, number, 0, width * 0.5, TRUE },
      { "วันที่", LABEL_SIZE, TRUE, date ? date : "", 0, 0, TRUE },
    };
    prd_doc_add_fields (doc, f, 2, 0);
  }
  add_field_row (doc, "เรื่อง", subject, LABEL_SIZE, TRUE, 0);

  salutation_line = g_strdup_printf ("เรียน  %s", salutation);
  prd_doc_add_paragraph (doc, salutation_line, &(PrdDocStyle) { .space_before = 8.0 });
  paragraphs = g_regex_split_simple ("\\n\\s*\\n", body, 0, 0);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (*paragraphs[i] == '\0')
        continue;
      para.space_before = i == 0 ? 8.0 : 0;
      prd_doc_add_paragraph (doc, paragraphs[i], &para);
    }
  para.space_before = 0;
  prd_doc_add_paragraph (doc, tmpl->closing, &para);

  /* The requester's signature, a little right of the page's middle. */
  {
    const char *position = prd_memo_get (memo, "requester_position");
    g_autofree char *line = g_strdup_printf ("ตำแหน่ง %s", *position ? position : "....................................");
    const char *lines[] = { line, NULL };
    PrdDocSignature sig = { NULL, NULL, NULL, prd_memo_get (memo, "requester_name"), lines,
                            width * 0.62, PRD_DOC_CM (1.4), 0 };

    prd_doc_add_signature (doc, &sig, 4.0);
  }

  prd_doc_begin_keep (doc);
  prd_doc_begin_columns (doc, 2, PRD_DOC_CM (0.5));
  add_review_block (doc, store, memo, group);
  prd_doc_next_column (doc);
  add_order_block (doc, store, memo, office);
  prd_doc_end_columns (doc);
  prd_doc_end_keep (doc);

  return g_steal_pointer (&doc);
}
