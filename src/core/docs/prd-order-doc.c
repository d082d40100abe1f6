/* prd-order-doc.c — คำสั่ง: Garuda 3 cm centred, the heading, the preamble,
 * numbered sections of members (name · position · role) with their duties,
 * "ทั้งนี้ ตั้งแต่ …", "สั่ง ณ วันที่ …" and the signer. Long lists flow
 * over pages; page numbers from page two. */
#define G_LOG_DOMAIN "prd-docs"

#include <glib/gi18n.h>

#include "prd-order-doc.h"
#include "prd-paper.h"

#define INDENT PRD_DOC_CM (2.5)

static gboolean
add_sections (PrdDoc      *doc,
              PrdStore    *store,
              const char  *order_id,
              GError     **error)
{
  static const PrdDocStyle justified = { .align = PRD_DOC_ALIGN_JUSTIFY, .first_indent = INDENT };
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) duties = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  double width = prd_doc_get_content_width (doc);
  sqlite3_stmt *stmt;

  stmt = prd_store_prepare (store, "SELECT id, title, duties FROM order_section "
                            "WHERE order_id = ?1 AND deleted = 0 ORDER BY sort_order, created_at", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, order_id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (sections, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (titles, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (duties, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);

  for (guint s = 0; s < sections->len; s++)
    {
      g_autofree char *heading = g_strdup_printf ("%u. %s", s + 1, (char *) g_ptr_array_index (titles, s));
      const char *duty = g_ptr_array_index (duties, s);
      guint n = 0, sub = 0;
      gboolean in_heading = FALSE;

      prd_doc_add_paragraph (doc, heading, &(PrdDocStyle) { .first_indent = INDENT, .keep_with_next = TRUE,
                                                           .space_before = 6.0 });
      stmt = prd_store_prepare (store,
                                "SELECT om.heading, om.role, m.title || m.given_name || ' ' || m.surname, "
                                "m.position FROM order_member om JOIN member m ON m.id = om.member_id "
                                "WHERE om.section_id = ?1 AND om.deleted = 0 "
                                "ORDER BY om.sort_order, om.created_at", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, g_ptr_array_index (sections, s), -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *group = (const char *) sqlite3_column_text (stmt, 0);
          const char *role = prd_paper_role_label ((const char *) sqlite3_column_text (stmt, 1));
          const char *name = (const char *) sqlite3_column_text (stmt, 2);
          const char *position = (const char *) sqlite3_column_text (stmt, 3);
          g_autofree char *numbered = NULL;

          if (group != NULL && *group != '\0')
            {
              /* "2.1 กลุ่มอำนวยการ", then its people without numbers. */
              g_autofree char *line = g_strdup_printf ("%u.%u %s", s + 1, ++sub, group);

              prd_doc_add_paragraph (doc, line, &(PrdDocStyle) { .left_indent = INDENT, .keep_with_next = TRUE });
              in_heading = TRUE;
              numbered = g_strdup (name);
            }
          else if (in_heading)
            numbered = g_strdup (name);
          else
            numbered = g_strdup_printf ("%u.%u %s", s + 1, ++n, name);

          {
            double indent = in_heading ? INDENT + PRD_DOC_CM (0.8) : INDENT;
            PrdDocCell cells[4] = {
              { "", indent, PRD_DOC_ALIGN_LEFT, FALSE },
              { numbered, PRD_DOC_CM (6.0), PRD_DOC_ALIGN_LEFT, FALSE },
              { position, width - indent - PRD_DOC_CM (6.0) - PRD_DOC_CM (3.6), PRD_DOC_ALIGN_LEFT, FALSE },
              { role, 0, PRD_DOC_ALIGN_LEFT, FALSE },
            };
            prd_doc_add_row (doc, cells, 4, 0, 0);
          }
        }
      sqlite3_finalize (stmt);

      if (duty != NULL && *duty != '\0')
        {
          g_autofree char *text = g_strdup_printf ("มีหน้าที่ %s", duty);
          prd_doc_add_paragraph (doc, text, &justified);
        }
    }
  return TRUE;
}

PrdDoc *
prd_order_doc_new (PrdStore   *store,
                   PrdOffice  *office,
                   const char *order_id,
                   GError    **error)
{
  static const PrdDocStyle centered_bold = { .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER };
  g_autoptr(PrdDoc) doc = NULL;
  g_autofree char *subject = NULL, *body = NULL, *closing = NULL, *effective = NULL;
  g_autofree char *date = NULL, *signer_name = NULL, *signer_position = NULL, *signer_id = NULL;
  g_autofree char *heading = NULL, *number = NULL, *subject_line = NULL, *effective_line = NULL;
  g_autofree char *date_line = NULL, *sig_mime = NULL;
  g_autoptr(GBytes) signature = NULL;
  int year = 0, seq = 0;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store, "SELECT number_year, number_seq, subject, body, closing, effective, "
                            "order_date, signer_id, signer_name, signer_position "
                            "FROM appointment_order WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, order_id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      year = sqlite3_column_int (stmt, 0);
      seq = sqlite3_column_int (stmt, 1);
      subject = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      body = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      closing = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      effective = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      date = prd_paper_date_be ((const char *) sqlite3_column_text (stmt, 6));
      signer_id = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
      signer_name = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      signer_position = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
    }
  sqlite3_finalize (stmt);
  if (subject == NULL)
    {
      g_set_error (error, PRD_DOC_ERROR, PRD_DOC_ERROR_NOT_FOUND,
                   _("There is no appointment order with the id %s"), order_id);
      return NULL;
    }

  doc = prd_paper_doc_new (office, FALSE);
  prd_doc_set_margins (doc, 1.5, 2.0, 2.0, 3.0);
  number = g_strdup_printf ("ที่ %d/%d", seq, year + 543);
  heading = g_strdup_printf ("คำสั่ง%s", prd_office_get_name (office));
  subject_line = g_strdup_printf ("เรื่อง %s", subject);
  {
    g_autofree char *title = g_strdup_printf ("คำสั่ง %s %s", number, subject);
    prd_doc_set_title (doc, title);
  }

  if (!prd_paper_add_emblem (doc, office, PRD_DOC_CM (3.0), PRD_DOC_ALIGN_CENTER, TRUE, error))
    return NULL;
  prd_doc_add_paragraph (doc, heading, &(PrdDocStyle) { .bold = TRUE, .align = PRD_DOC_ALIGN_CENTER, .space_before = 4 });
  prd_doc_add_paragraph (doc, number, &centered_bold);
  prd_doc_add_paragraph (doc, subject_line, &centered_bold);
  prd_doc_add_rule (doc, PRD_DOC_CM (4.0), 4.0);

  if (body != NULL && *body != '\0')
    {
      g_auto(GStrv) paragraphs = g_regex_split_simple ("\\n\\s*\\n", body, 0, 0);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        if (*g_strstrip (paragraphs[i]) != '\0')
          prd_doc_add_paragraph (doc, paragraphs[i], &(PrdDocStyle) { .align = PRD_DOC_ALIGN_JUSTIFY,
                                                                      .first_indent = INDENT,
                                                                      .space_before = i == 0 ? 8 : 0 });
    }

  if (!add_sections (doc, store, order_id, error))
    return NULL;

  if (closing != NULL && *closing != '\0')
    prd_doc_add_paragraph (doc, closing, &(PrdDocStyle) { .align = PRD_DOC_ALIGN_JUSTIFY,
                                                           .first_indent = INDENT, .space_before = 6 });
  effective_line = g_strdup_printf ("ทั้งนี้ %s", effective);
  prd_doc_add_paragraph (doc, effective_line, &(PrdDocStyle) { .first_indent = INDENT, .space_before = 6 });
  date_line = g_strdup_printf ("สั่ง ณ วันที่ %s", date ? date : "");
  prd_doc_add_paragraph (doc, date_line, &(PrdDocStyle) { .left_indent = PRD_DOC_CM (4.5), .space_before = 6,
                                                           .keep_with_next = TRUE });

  signature = prd_paper_signature (store, signer_id, &sig_mime);
  {
    const char *lines[] = { signer_position, NULL };
    PrdDocSignature sig = { signature, sig_mime, NULL, signer_name, lines,
                            prd_doc_get_content_width (doc) * 0.6, PRD_DOC_CM (1.6), 0 };

    prd_doc_add_signature (doc, &sig, 0);
  }
  return g_steal_pointer (&doc);
}
