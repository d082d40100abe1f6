/* prd-order-doc.c — คำสั่ง: Garuda 3 cm centred, the heading, the preamble,
 * numbered sections of members (name · position · role) with their duties,
 * "ทั้งนี้ ตั้งแต่ …", "สั่ง ณ วันที่ …" and the signer. Long lists flow
 * over pages; page numbers from page two. */
#define G_LOG_DOMAIN "prd-docs"

#include <stdio.h>

#include <glib/gi18n.h>

#include "prd-order-doc.h"
#include "prd-paper.h"

#define INDENT PRD_DOC_CM (2.5)

static void
add_member (PrdDoc         *doc,
            PrdOrderMember *m,
            guint           s,
            guint          *n,
            guint          *sub,
            gboolean       *in_heading)
{
  const char *heading = prd_order_member_get_heading (m);
  const char *name = prd_order_member_get_name (m);
  double width = prd_doc_get_content_width (doc);
  g_autofree char *numbered = NULL;
  double indent;

  if (*heading != '\0')
    {
      /* "2.1 กลุ่มอำนวยการ", then its people without numbers. */
      g_autofree char *line = g_strdup_printf ("%u.%u %s", s + 1, ++*sub, heading);

      prd_doc_add_paragraph (doc, line, &(PrdDocStyle) { .left_indent = INDENT, .keep_with_next = TRUE });
      *in_heading = TRUE;
      numbered = g_strdup (name);
    }
  else if (*in_heading)
    numbered = g_strdup (name);
  else
    numbered = g_strdup_printf ("%u.%u %s", s + 1, ++*n, name);

  indent = *in_heading ? INDENT + PRD_DOC_CM (0.8) : INDENT;
  {
    PrdDocCell cells[4] = {
      { "", indent, PRD_DOC_ALIGN_LEFT, FALSE },
      { numbered, PRD_DOC_CM (6.0), PRD_DOC_ALIGN_LEFT, FALSE },
      { prd_order_member_get_position (m), width - indent - PRD_DOC_CM (6.0) - PRD_DOC_CM (3.6),
        PRD_DOC_ALIGN_LEFT, FALSE },
      { prd_paper_role_label (prd_order_member_get_role (m)), 0, PRD_DOC_ALIGN_LEFT, FALSE },
    };
    prd_doc_add_row (doc, cells, 4, 0, 0);
  }
}

static void
add_sections (PrdDoc   *doc,
              PrdOrder *order)
{
  static const PrdDocStyle justified = { .align = PRD_DOC_ALIGN_JUSTIFY, .first_indent = INDENT };
  GListModel *sections = prd_order_get_sections (order);

  for (guint s = 0; s < g_list_model_get_n_items (sections); s++)
    {
      g_autoptr(PrdOrderSection) section = g_list_model_get_item (sections, s);
      GListModel *members = prd_order_section_get_members (section);
      const char *duties = prd_order_section_get_duties (section);
      g_autofree char *heading = g_strdup_printf ("%u. %s", s + 1, prd_order_section_get_title (section));
      guint n = 0, sub = 0;
      gboolean in_heading = FALSE;

      prd_doc_add_paragraph (doc, heading, &(PrdDocStyle) { .first_indent = INDENT, .keep_with_next = TRUE,
                                                           .space_before = 6.0 });
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(PrdOrderMember) m = g_list_model_get_item (members, i);
          add_member (doc, m, s, &n, &sub, &in_heading);
        }
      if (*duties != '\0')
        {
          g_autofree char *text = g_strdup_printf ("มีหน้าที่ %s", duties);
          prd_doc_add_paragraph (doc, text, &justified);
        }
    }
}

PrdSigner *
prd_order_doc_resolve_signer (PrdStore *store,
                              PrdOrder *order)
{
  const char *id = prd_order_get_signer_id (order);

  if (*id == '\0')
    return NULL;
  /* A signer removed since keeps the printed name, without the picture. */
  return prd_record_load (store, PRD_TYPE_SIGNER, id, NULL);
}

PrdDoc *
prd_order_doc_layout (PrdOffice  *office,
                      PrdOrder   *order,
                      PrdSigner  *signer,
                      GError    **error)
{
  static const PrdDocStyle centered_bold = { .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER };
  g_autoptr(PrdDoc) doc = NULL;
  g_autofree char *date = prd_paper_date_be (prd_order_get_order_date (order));
  g_autofree char *heading = NULL, *number = NULL, *subject_line = NULL, *effective_line = NULL;
  g_autofree char *date_line = NULL;
  GBytes *signature = signer ? prd_signer_get_signature (signer) : NULL;
  const char *sig_mime = signer ? prd_signer_get_signature_mime (signer) : NULL;
  const char *body = prd_order_get_body (order);
  const char *closing = prd_order_get_closing (order);
  int seq = prd_order_get_number_seq (order);
  int year = prd_order_get_number_year (order);

  g_return_val_if_fail (PRD_IS_ORDER (order), NULL);

  if (year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      int y = 0, m, d;

      if (sscanf (prd_order_get_order_date (order), "%4d-%2d-%2d", &y, &m, &d) != 3)
        y = g_date_time_get_year (now);
      year = y;
    }

  doc = prd_paper_doc_new (office, FALSE);
  prd_doc_set_margins (doc, 1.5, 2.0, 2.0, 3.0);
  number = seq > 0 ? g_strdup_printf ("ที่ %d/%d", seq, year + 543) : g_strdup_printf ("ที่      /%d", year + 543);
  heading = g_strdup_printf ("คำสั่ง%s", prd_office_get_name (office));
  subject_line = g_strdup_printf ("เรื่อง %s", prd_order_get_subject (order));
  {
    g_autofree char *title = g_strdup_printf ("คำสั่ง %s %s", number, prd_order_get_subject (order));
    prd_doc_set_title (doc, title);
  }

  if (!prd_paper_add_emblem (doc, office, PRD_DOC_CM (3.0), PRD_DOC_ALIGN_CENTER, TRUE, error))
    return NULL;
  prd_doc_add_paragraph (doc, heading, &(PrdDocStyle) { .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER, .space_before = 4 });
  prd_doc_add_paragraph (doc, number, &centered_bold);
  prd_doc_add_paragraph (doc, subject_line, &centered_bold);
  prd_doc_add_rule (doc, PRD_DOC_CM (4.0), 4.0);

  if (*body != '\0')
    {
      g_auto(GStrv) paragraphs = g_regex_split_simple ("\\n\\s*\\n", body, 0, 0);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        if (*g_strstrip (paragraphs[i]) != '\0')
          prd_doc_add_paragraph (doc, paragraphs[i], &(PrdDocStyle) { .align = PRD_DOC_ALIGN_JUSTIFY,
                                                                      .first_indent = INDENT,
                                                                      .space_before = i == 0 ? 8 : 0 });
    }

  add_sections (doc, order);

  if (*closing != '\0')
    prd_doc_add_paragraph (doc, closing, &(PrdDocStyle) { .align = PRD_DOC_ALIGN_JUSTIFY,
                                                           .first_indent = INDENT, .space_before = 6 });
  effective_line = g_strdup_printf ("ทั้งนี้ %s", prd_order_get_effective (order));
  prd_doc_add_paragraph (doc, effective_line, &(PrdDocStyle) { .first_indent = INDENT, .space_before = 6 });
  date_line = g_strdup_printf ("สั่ง ณ วันที่ %s", date ? date : "");
  prd_doc_add_paragraph (doc, date_line, &(PrdDocStyle) { .left_indent = PRD_DOC_CM (4.5), .space_before = 6,
                                                           .keep_with_next = TRUE });

  if (signature != NULL && g_bytes_get_size (signature) == 0)
    signature = NULL;
  {
    const char *lines[] = { prd_order_get_signer_position (order), NULL };
    PrdDocSignature sig = { signature, sig_mime, NULL, prd_order_get_signer_name (order), lines,
                            prd_doc_get_content_width (doc) * 0.6, PRD_DOC_CM (1.6), 0 };

    prd_doc_add_signature (doc, &sig, 0);
  }
  return g_steal_pointer (&doc);
}

PrdDoc *
prd_order_doc_new (PrdStore    *store,
                   PrdOffice   *office,
                   const char  *order_id,
                   GError     **error)
{
  g_autoptr(PrdOrder) order = prd_order_load (store, order_id, error);
  g_autoptr(PrdSigner) signer = NULL;

  if (order == NULL)
    return NULL;
  signer = prd_order_doc_resolve_signer (store, order);
  return prd_order_doc_layout (office, order, signer, error);
}
