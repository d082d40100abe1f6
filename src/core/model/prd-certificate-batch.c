/* prd-certificate-batch.c — PrdCertificateBatch: a batch and its certificates. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "prd-certificate-batch.h"
#include "prd-model-error.h"
#include "prd-record-private.h"
#include "prd-signer.h"

struct _PrdCertificateBatch
{
  PrdRecord   parent_instance;
  GListStore *certificates;     /* PrdCertificate */
};

G_DEFINE_FINAL_TYPE (PrdCertificateBatch, prd_certificate_batch, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_REASON,
  PROP_ISSUED_ON,
  PROP_SIGNER_ID,
  PROP_SIGNER_NAME,
  PROP_SIGNER_POSITION,
  PROP_N_CERTIFICATES,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

#define COLUMN (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN)

static gboolean
prd_certificate_batch_validate (PrdRecord  *record,
                                GError    **error)
{
  PrdCertificateBatch *self = PRD_CERTIFICATE_BATCH (record);
  g_autofree char *reason = g_strstrip (g_strdup (prd_certificate_batch_get_reason (self)));
  const char *issued = prd_certificate_batch_get_issued_on (self);
  int y, m, d;

  if (*reason == '\0')
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID, _("Write why the certificates are given."));
      return FALSE;
    }
  if (strlen (issued) != 10 || sscanf (issued, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The date of issue \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), issued);
      return FALSE;
    }
  return TRUE;
}

static void
prd_certificate_batch_dispose (GObject *object)
{
  g_clear_object (&PRD_CERTIFICATE_BATCH (object)->certificates);
  G_OBJECT_CLASS (prd_certificate_batch_parent_class)->dispose (object);
}

static void
prd_certificate_batch_class_init (PrdCertificateBatchClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "certificate_batch";
  record_class->validate = prd_certificate_batch_validate;
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "เกียรติบัตร", COLUMN);
  props[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, "", COLUMN);
  props[PROP_ISSUED_ON] = g_param_spec_string ("issued-on", NULL, NULL, "", COLUMN);
  props[PROP_SIGNER_ID] = g_param_spec_string ("signer-id", NULL, NULL, "", COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_SIGNER_NAME] = g_param_spec_string ("signer-name", NULL, NULL, "", COLUMN);
  props[PROP_SIGNER_POSITION] = g_param_spec_string ("signer-position", NULL, NULL, "", COLUMN);
  props[PROP_N_CERTIFICATES] = g_param_spec_int ("n-certificates", NULL, NULL, 0, G_MAXINT, 0,
                                                 G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
  G_OBJECT_CLASS (klass)->dispose = prd_certificate_batch_dispose;
}

static void
prd_certificate_batch_init (PrdCertificateBatch *self)
{
  self->certificates = g_list_store_new (PRD_TYPE_CERTIFICATE);
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

PrdCertificateBatch *
prd_certificate_batch_new (const char *reason)
{
  PrdCertificateBatch *self = g_object_new (PRD_TYPE_CERTIFICATE_BATCH, NULL);
  g_autofree char *today = today_iso ();

  prd_certificate_batch_set_reason (self, reason);
  prd_certificate_batch_set_issued_on (self, today);
  return self;
}

const char *
prd_certificate_batch_get_id (PrdCertificateBatch *self)
{
  const char *id = prd_record_get_id (PRD_RECORD (self));
  return id ? id : "";
}

#define TEXT_PROPERTY(name, PROP)                                                \
  const char *                                                                   \
  prd_certificate_batch_get_##name (PrdCertificateBatch *self)                   \
  {                                                                              \
    return prd_record_get_text (PRD_RECORD (self), props[PROP]);                 \
  }                                                                              \
                                                                                 \
  void                                                                           \
  prd_certificate_batch_set_##name (PrdCertificateBatch *self,                   \
                                    const char          *value)                  \
  {                                                                              \
    prd_record_set_text (PRD_RECORD (self), props[PROP], value);                 \
  }

TEXT_PROPERTY (title, PROP_TITLE)
TEXT_PROPERTY (reason, PROP_REASON)
TEXT_PROPERTY (issued_on, PROP_ISSUED_ON)
TEXT_PROPERTY (signer_id, PROP_SIGNER_ID)
TEXT_PROPERTY (signer_name, PROP_SIGNER_NAME)
TEXT_PROPERTY (signer_position, PROP_SIGNER_POSITION)

int
prd_certificate_batch_get_n_certificates (PrdCertificateBatch *self)
{
  g_return_val_if_fail (PRD_IS_CERTIFICATE_BATCH (self), 0);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->certificates)) > 0)
    return (int) g_list_model_get_n_items (G_LIST_MODEL (self->certificates));
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_N_CERTIFICATES]);
}

GListModel *
prd_certificate_batch_list (PrdStore  *store,
                            GError   **error)
{
  return prd_record_query (store, PRD_TYPE_CERTIFICATE_BATCH,
                           "SELECT b.*, (SELECT count(*) FROM certificate c "
                           "             WHERE c.batch_id = b.id AND c.deleted = 0) AS n_certificates "
                           "FROM certificate_batch b WHERE b.deleted = 0 ORDER BY b.issued_on DESC, b.created_at DESC",
                           NULL, error);
}

GListModel *
prd_certificate_batch_get_certificates (PrdCertificateBatch *self)
{
  g_return_val_if_fail (PRD_IS_CERTIFICATE_BATCH (self), NULL);
  return G_LIST_MODEL (self->certificates);
}

void
prd_certificate_batch_append (PrdCertificateBatch *self,
                              PrdCertificate      *certificate)
{
  g_return_if_fail (PRD_IS_CERTIFICATE_BATCH (self));
  g_return_if_fail (PRD_IS_CERTIFICATE (certificate));
  g_list_store_append (self->certificates, certificate);
}

PrdCertificateBatch *
prd_certificate_batch_load (PrdStore    *store,
                            const char  *id,
                            GError     **error)
{
  g_autoptr(GListModel) found = NULL, certificates = NULL;
  g_autoptr(PrdCertificateBatch) self = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = prd_record_list (store, PRD_TYPE_CERTIFICATE_BATCH, "WHERE id = ?1 AND deleted = 0", id, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                   _("There is no certificate batch with the id %s"), id);
      return NULL;
    }
  self = g_list_model_get_item (found, 0);
  certificates = prd_certificate_list_for (store, id, error);
  if (certificates == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (certificates); i++)
    {
      g_autoptr(PrdCertificate) c = g_list_model_get_item (certificates, i);
      g_list_store_append (self->certificates, c);
    }
  return g_steal_pointer (&self);
}

gboolean
prd_certificate_batch_save (PrdCertificateBatch  *self,
                            PrdStore             *store,
                            GError              **error)
{
  g_autoptr(PrdStoreTxn) txn = NULL;
  GListModel *certificates;

  g_return_val_if_fail (PRD_IS_CERTIFICATE_BATCH (self), FALSE);

  if (!prd_certificate_batch_validate (PRD_RECORD (self), error))
    return FALSE;
  txn = prd_store_txn_begin (store, error);
  if (txn == NULL || !prd_record_save (PRD_RECORD (self), store, error))
    return FALSE;
  certificates = G_LIST_MODEL (self->certificates);
  for (guint i = 0; i < g_list_model_get_n_items (certificates); i++)
    {
      g_autoptr(PrdCertificate) c = g_list_model_get_item (certificates, i);

      prd_certificate_set_batch_id (c, prd_certificate_batch_get_id (self));
      prd_certificate_set_sort_order (c, i + 1);
      if (!prd_record_save (PRD_RECORD (c), store, error))
        return FALSE;   /* the transaction rolls back */
    }
  return prd_store_txn_commit (txn, error);
}

/* The signer asked for, or the office's first director. */
static PrdSigner *
find_signer (PrdStore    *store,
             const char  *signer_id,
             GError     **error)
{
  g_autoptr(GListModel) signers = NULL;

  if (signer_id != NULL)
    {
      g_autoptr(GError) local = NULL;
      PrdSigner *signer = prd_record_load (store, PRD_TYPE_SIGNER, signer_id, &local);

      if (signer == NULL && !g_error_matches (local, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local));
      return signer;
    }
  signers = prd_signer_list (store, PRD_SIGNER_DIRECTOR, error);
  if (signers == NULL)
    return NULL;
  return g_list_model_get_item (signers, 0);
}

char *
prd_certificate_batch_create (PrdStore           *store,
                              const char *const  *member_ids,
                              guint               n_members,
                              const char         *reason,
                              const char         *date,
                              const char         *signer_id,
                              GError            **error)
{
  g_autoptr(PrdCertificateBatch) batch = NULL;
  g_autoptr(PrdSigner) signer = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  batch = prd_certificate_batch_new (reason);
  if (date != NULL)
    prd_certificate_batch_set_issued_on (batch, date);
  if (!prd_certificate_batch_validate (PRD_RECORD (batch), error))
    return NULL;

  signer = find_signer (store, signer_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (signer != NULL)
    {
      g_autofree char *name = prd_signer_dup_full_name (signer);

      prd_certificate_batch_set_signer_id (batch, prd_record_get_id (PRD_RECORD (signer)));
      prd_certificate_batch_set_signer_name (batch, name);
      prd_certificate_batch_set_signer_position (batch, prd_signer_get_position (signer));
    }

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(PrdCertificate) c = prd_certificate_new_for_member (store, member_ids[i], error);

      if (c == NULL)
        return NULL;
      prd_certificate_batch_append (batch, c);
    }
  if (!prd_certificate_batch_save (batch, store, error))
    return NULL;
  return g_strdup (prd_certificate_batch_get_id (batch));
}
