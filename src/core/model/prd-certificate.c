/* prd-certificate.c — PrdCertificate, and finding the recipients. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-certificate.h"
#include "prd-model-error.h"
#include "prd-record-private.h"

struct _PrdCertificate
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdCertificate, prd_certificate, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_BATCH_ID,
  PROP_MEMBER_ID,
  PROP_RECIPIENT,
  PROP_SORT_ORDER,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

#define COLUMN (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN)

static void
prd_certificate_class_init (PrdCertificateClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "certificate";
  props[PROP_BATCH_ID] = g_param_spec_string ("batch-id", NULL, NULL, "", COLUMN);
  props[PROP_MEMBER_ID] = g_param_spec_string ("member-id", NULL, NULL, "", COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_RECIPIENT] = g_param_spec_string ("recipient", NULL, NULL, "", COLUMN);
  props[PROP_SORT_ORDER] = g_param_spec_int ("sort-order", NULL, NULL, 0, G_MAXINT, 0, COLUMN);
  props[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_certificate_init (PrdCertificate *self)
{
}

#define TEXT_PROPERTY(name, PROP)                                                \
  const char *                                                                   \
  prd_certificate_get_##name (PrdCertificate *self)                              \
  {                                                                              \
    return prd_record_get_text (PRD_RECORD (self), props[PROP]);                 \
  }

#define TEXT_SETTER(name, PROP)                                                  \
  void                                                                           \
  prd_certificate_set_##name (PrdCertificate *self,                              \
                              const char     *value)                             \
  {                                                                              \
    prd_record_set_text (PRD_RECORD (self), props[PROP], value);                 \
  }

TEXT_PROPERTY (batch_id, PROP_BATCH_ID)
TEXT_SETTER (batch_id, PROP_BATCH_ID)
TEXT_PROPERTY (member_id, PROP_MEMBER_ID)
TEXT_SETTER (member_id, PROP_MEMBER_ID)
TEXT_PROPERTY (recipient, PROP_RECIPIENT)
TEXT_SETTER (recipient, PROP_RECIPIENT)
TEXT_PROPERTY (detail, PROP_DETAIL)

int
prd_certificate_get_sort_order (PrdCertificate *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_SORT_ORDER]);
}

void
prd_certificate_set_sort_order (PrdCertificate *self,
                                int             value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_SORT_ORDER], value);
}

PrdCertificate *
prd_certificate_new_for_member (PrdStore    *store,
                                const char  *member_id,
                                GError     **error)
{
  g_autoptr(GListModel) found = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (member_id != NULL, NULL);

  found = prd_record_query (store, PRD_TYPE_CERTIFICATE,
                            "SELECT id AS member_id, title || given_name || ' ' || surname AS recipient "
                            "FROM member WHERE id = ?1", member_id, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                   _("There is no member with the id %s; no certificate was recorded."), member_id);
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

GListModel *
prd_certificate_list_for (PrdStore    *store,
                          const char  *batch_id,
                          GError     **error)
{
  return prd_record_query (store, PRD_TYPE_CERTIFICATE,
                           "SELECT c.*, TRIM(COALESCE(m.position, '') || ' ' || "
                           "  COALESCE(NULLIF(s.name, ''), m.organization, '')) AS detail "
                           "FROM certificate c LEFT JOIN member m ON m.id = c.member_id "
                           "LEFT JOIN school s ON s.id = m.school_id "
                           "WHERE c.batch_id = ?1 AND c.deleted = 0 ORDER BY c.sort_order", batch_id, error);
}

GPtrArray *
prd_certificate_find_members (PrdStore    *store,
                              const char  *text,
                              GError     **error)
{
  GPtrArray *ids;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store,
                            "SELECT m.id FROM member m "
                            "LEFT JOIN member_category c ON c.id = m.category_id "
                            "LEFT JOIN school s ON s.id = m.school_id "
                            "WHERE m.deleted = 0 AND m.active = 1 AND instr("
                            "  m.title || m.given_name || ' ' || m.surname || ' ' || m.position || ' ' || "
                            "  m.organization || ' ' || COALESCE(c.label, '') || ' ' || COALESCE(s.name, ''), ?1) > 0 "
                            "ORDER BY (SELECT COALESCE(SUM(views), 0) FROM social_account a "
                            "          WHERE a.member_id = m.id AND a.deleted = 0) DESC, m.given_name, m.id",
                            error);
  if (stmt == NULL)
    return NULL;
  ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return ids;
}
