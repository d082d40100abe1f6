/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-memo-doc.c — บันทึกข้อความ ขออนุญาตเผยแพร่ข้อมูลข่าวสารทางราชการ.
 *
 * The regulation's memo form: Garuda 1.5 cm high at the top left,
 * "บันทึกข้อความ" 29 pt bold, the heading fields as 20 pt bold labels with
 * 16 pt values on dotted lines, margins 3 cm left, 2 cm right, top, bottom.
 * Under the requester's signature the group director's review (left) and
 * the director's order (right) stand side by side and never split; they
 * show the decisions that count (prd-memo-state.h). Everything is resolved
 * first (prd_memo_paper_resolve); laying out reads no database.
 */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>

#include "prd-memo-doc.h"
#include "prd-paper.h"
#include "model/prd-channel.h"
#include "model/prd-group.h"
#include "model/prd-signer.h"

#define LABEL_SIZE 20.0
#define TITLE_SIZE 29.0
#define INDENT PRD_DOC_CM (2.5)
#define EMBLEM_HEIGHT PRD_DOC_CM (1.5)

void
prd_memo_paper_free (PrdMemoPaper *paper)
{
  if (paper == NULL)
    return;
  g_clear_object (&paper->memo);
  prd_memo_template_free (paper->tmpl);
  g_free (paper->news_title);
  g_free (paper->group_name);
  g_free (paper->channels);
  g_clear_object (&paper->review);
  g_clear_object (&paper->order);
  g_clear_object (&paper->review_signer);
  g_clear_object (&paper->order_signer);
  g_free (paper);
}

/* "เว็บไซต์สำนักงาน เพจ Facebook และกลุ่ม LINE", in the channels' order. */
static char *
channel_list (GListModel *channels,
              const char *ids)
{
  g_auto(GStrv) wanted = g_strsplit (ids, ",", -1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; wanted[i] != NULL; i++)
    g_strstrip (wanted[i]);
  for (guint i = 0; i < g_list_model_get_n_items (channels); i++)
    {
      g_autoptr(PrdChannel) channel = g_list_model_get_item (channels, i);

      for (guint j = 0; wanted[j] != NULL; j++)
        if (g_str_equal (wanted[j], prd_record_get_id (PRD_RECORD (channel))))
          g_ptr_array_add (labels, (gpointer) prd_channel_get_label (channel));
    }
  for (guint i = 0; i < labels->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == labels->len ? " และ" : " ");
      g_string_append (out, g_ptr_array_index (labels, i));
    }
  return g_string_free (out, FALSE);
}

/* The live signer of DECISION, for the signature picture; NULL if none. */
static PrdSigner *
signer_of (PrdStore    *store,
           PrdDecision *decision)
{
  if (decision == NULL || *prd_decision_get_signer_id (decision) == '\0')
    return NULL;
  return prd_record_load (store, PRD_TYPE_SIGNER, prd_decision_get_signer_id (decision), NULL);
}

PrdMemoPaper *
prd_memo_paper_resolve (PrdStore   *store,
                        PrdMemo    *memo,
                        GError    **error)
{
  g_autoptr(PrdMemoPaper) paper = g_new0 (PrdMemoPaper, 1);
  g_autoptr(GListModel) channels = NULL;
  g_autoptr(GListModel) decisions = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (PRD_IS_MEMO (memo), NULL);

  paper->memo = g_object_ref (memo);
  paper->news_title = prd_memo_dup_current_news_title (memo, store);
  paper->tmpl = prd_memo_template_load (store, error);
  if (paper->tmpl == NULL)
    return NULL;
  if (*prd_memo_get_group_id (memo) != '\0')
    {
      g_autoptr(PrdGroup) group = prd_record_load (store, PRD_TYPE_GROUP, prd_memo_get_group_id (memo), NULL);
      paper->group_name = g_strdup (group ? prd_group_get_name (group) : "");
    }
  else
    paper->group_name = g_strdup ("");
  channels = prd_channel_list (store, error);
  if (channels == NULL)
    return NULL;
  paper->channels = channel_list (channels, prd_memo_get_channels (memo));
  decisions = prd_memo_list_decisions (memo, store, error);
  if (decisions == NULL)
    return NULL;
  paper->review = prd_memo_state_current (decisions, PRD_DECISION_REVIEW);
  paper->order = prd_memo_state_current (decisions, PRD_DECISION_ORDER);
  paper->review_signer = signer_of (store, paper->review);
  paper->order_signer = signer_of (store, paper->order);
  return g_steal_pointer (&paper);
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

/* The decision's signature: the picture of a live signer, the name and
 * position as signed, the capacity when not in person, the date. */
static void
add_signature (PrdDoc      *doc,
               PrdDecision *decision,
               PrdSigner   *signer,
               const char  *position_line,
               const char  *principal,
               double       center)
{
  GBytes *image = signer ? prd_signer_get_signature (signer) : NULL;
  const char *mime = signer ? prd_signer_get_signature_mime (signer) : NULL;
  const char *capacity = decision ? prd_decision_get_capacity (decision) : PRD_DECISION_SELF;
  const char *decided_at = decision ? prd_decision_get_decided_at (decision) : "";
  g_autofree char *date = prd_paper_date (decided_at);
  g_autofree char *date_line = g_strdup_printf ("วันที่ %s", date ? date : "........../........../..........");
  g_autofree char *capacity_line = NULL;
  const char *lines[4] = { position_line, NULL, NULL, NULL };
  PrdDocSignature sig = { NULL, NULL, NULL, decision ? prd_decision_get_signer_name (decision) : "",
                          lines, center, PRD_DOC_CM (1.3), 0 };

  if (image != NULL && g_bytes_get_size (image) > 0)
    {
      sig.image = image;
      sig.image_mime = *mime ? mime : NULL;
    }
  if (g_str_equal (capacity, PRD_DECISION_ON_BEHALF))
    capacity_line = g_strdup_printf ("ปฏิบัติราชการแทน %s", principal);
  else if (g_str_equal (capacity, PRD_DECISION_ACTING))
    capacity_line = g_strdup_printf ("รักษาราชการแทน %s", principal);
  lines[1] = capacity_line ? capacity_line : date_line;
  lines[2] = capacity_line ? date_line : NULL;
  prd_doc_add_signature (doc, &sig, 0);
}

static gboolean
has_outcome (PrdDecision *decision,
             const char  *outcome)
{
  return decision != NULL && g_str_equal (prd_decision_get_outcome (decision), outcome);
}

static void
add_review_block (PrdDoc             *doc,
                  const PrdMemoPaper *paper)
{
  PrdDecision *review = paper->review;
  const char *position = review ? prd_decision_get_signer_position (review) : "";
  g_autofree char *position_line = g_strdup_printf ("ตำแหน่ง %s", *position ? position : "....................................");
  g_autofree char *principal = g_strdup_printf ("ผู้อำนวยการ%s", paper->group_name);
  g_autofree char *reason = NULL;

  if (has_outcome (review, PRD_DECISION_RETURN))
    reason = g_strdup_printf ("ส่งคืนเพื่อแก้ไข: %s", prd_decision_get_reason (review));
  add_field_row (doc, "ข้าพเจ้า", review ? prd_decision_get_signer_name (review) : "", 0, FALSE, 0);
  add_field_row (doc, "ผู้อำนวยการ", paper->group_name, 0, FALSE, 0);
  prd_doc_add_paragraph (doc, "ได้ตรวจสอบข้อมูลข่าวสารทางราชการแล้ว เห็นว่า", NULL);
  add_choice (doc, has_outcome (review, PRD_DECISION_ALLOW), "อนุญาตให้เผยแพร่ได้");
  add_choice (doc, has_outcome (review, PRD_DECISION_REFUSE), "ไม่อนุญาตให้เผยแพร่ เนื่องจาก");
  add_field_row (doc, NULL, reason ? reason : review ? prd_decision_get_reason (review) : "", 0, FALSE, 0);
  add_signature (doc, review, paper->review_signer, position_line, principal, 0);
}

static void
add_order_block (PrdDoc             *doc,
                 const PrdMemoPaper *paper,
                 PrdOffice          *office)
{
  static const PrdDocStyle bold = { .bold = TRUE };
  PrdDecision *order = paper->order;
  const char *position = order ? prd_decision_get_signer_position (order) : "";
  g_autofree char *fallback = g_strdup_printf ("ผู้อำนวยการ/รองผู้อำนวยการ %s", prd_office_get_short_name (office));
  g_autofree char *principal = g_strdup_printf ("ผู้อำนวยการ%s", prd_office_get_name (office));

  prd_doc_add_paragraph (doc, "คำสั่ง", &bold);
  add_choice (doc, has_outcome (order, PRD_DECISION_ALLOW), "อนุญาตให้เผยแพร่ได้");
  add_choice (doc, has_outcome (order, PRD_DECISION_REFUSE), "ไม่อนุญาตให้เผยแพร่");
  if (has_outcome (order, PRD_DECISION_RETURN))
    {
      g_autofree char *text = g_strdup_printf ("ส่งคืนเพื่อแก้ไข: %s", prd_decision_get_reason (order));
      prd_doc_add_paragraph (doc, text, NULL);
    }
  else
    prd_doc_add_space (doc, PRD_DOC_CM (0.9));
  add_signature (doc, order, paper->order_signer, *position ? position : fallback, principal, 0);
}

PrdDoc *
prd_memo_doc_new (PrdStore   *store,
                  PrdOffice  *office,
                  PrdMemo    *memo,
                  GError    **error)
{
  g_autoptr(PrdMemoPaper) paper = prd_memo_paper_resolve (store, memo, error);

  if (paper == NULL)
    return NULL;
  return prd_memo_doc_layout (office, paper, error);
}

PrdDoc *
prd_memo_doc_layout (PrdOffice           *office,
                     const PrdMemoPaper  *paper,
                     GError             **error)
{
  PrdMemo *memo = paper->memo;
  const PrdMemoTemplate *tmpl = paper->tmpl;
  const char *group = paper->group_name;
  g_autoptr(PrdDoc) doc = NULL;
  g_autofree char *channels_text = NULL, *number = NULL;
  g_autofree char *date = NULL, *subject = NULL, *salutation = NULL, *body = NULL;
  g_autofree char *division = NULL, *title = NULL, *salutation_line = NULL;
  g_auto(GStrv) paragraphs = NULL;
  const char *office_name = prd_office_get_name (office);
  const char *news_title = paper->news_title;
  PrdDocStyle para = { .align = PRD_DOC_ALIGN_JUSTIFY, .first_indent = INDENT };
  double width, baseline;

  g_return_val_if_fail (PRD_IS_OFFICE (office), NULL);
  g_return_val_if_fail (paper != NULL && PRD_IS_MEMO (paper->memo), NULL);

  channels_text = *paper->channels ? g_strdup_printf (" ได้แก่ %s", paper->channels) : g_strdup ("");
  number = prd_memo_doc_number (office, memo);
  date = prd_paper_date (prd_memo_get_memo_date (memo));

#define EXPAND(text) prd_paper_expand ((text), "office", office_name, \
                                       "office_short", prd_office_get_short_name (office), \
                                       "group", group, "unit", prd_memo_get_unit (memo), \
                                       "title", news_title, "channels", channels_text, NULL)
  subject = EXPAND (*prd_memo_get_subject (memo) ? prd_memo_get_subject (memo) : tmpl->subject);
  salutation = EXPAND (tmpl->salutation);
  body = EXPAND (*prd_memo_get_body (memo) ? prd_memo_get_body (memo) : tmpl->body);
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
    const char *position = prd_memo_get_requester_position (memo);
    g_autofree char *line = g_strdup_printf ("ตำแหน่ง %s", *position ? position : "....................................");
    const char *lines[] = { line, NULL };
    PrdDocSignature sig = { NULL, NULL, NULL, prd_memo_get_requester_name (memo), lines,
                            width * 0.62, PRD_DOC_CM (1.4), 0 };

    prd_doc_add_signature (doc, &sig, 4.0);
  }

  prd_doc_begin_keep (doc);
  prd_doc_begin_columns (doc, 2, PRD_DOC_CM (0.5));
  add_review_block (doc, paper);
  prd_doc_next_column (doc);
  add_order_block (doc, paper, office);
  prd_doc_end_columns (doc);
  prd_doc_end_keep (doc);

  return g_steal_pointer (&doc);
}
