/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-signer.c — PrdSigner: a person who signs: the director, a deputy or a group director, with a signature image. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-signer.h"
#include "prd-model-error.h"
#include "prd-record-private.h"

struct _PrdSigner
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdSigner, prd_signer, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_TITLE,
  PROP_GIVEN_NAME,
  PROP_SURNAME,
  PROP_POSITION,
  PROP_GROUP_ID,
  PROP_SIGNATURE,
  PROP_SIGNATURE_MIME,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
prd_signer_validate (PrdRecord  *record,
                     GError    **error)
{
  g_autofree char *given_name = g_strstrip (g_strdup (prd_record_get_text (record, props[PROP_GIVEN_NAME])));

  if (*given_name == '\0')
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                           _("Write the signer's given name."));
      return FALSE;
    }
  return TRUE;
}

static void
prd_signer_class_init (PrdSignerClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "office_signer";
  record_class->validate = prd_signer_validate;

  props[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SURNAME] =
    g_param_spec_string ("surname", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_GROUP_ID] =
    g_param_spec_string ("group-id", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_SIGNATURE] =
    g_param_spec_boxed ("signature", NULL, NULL, G_TYPE_BYTES, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SIGNATURE_MIME] =
    g_param_spec_string ("signature-mime", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_SORT_ORDER] =
    g_param_spec_int ("sort-order", NULL, NULL, G_MININT, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_signer_init (PrdSigner *self)
{
}

PrdSigner *
prd_signer_new (void)
{
  return g_object_new (PRD_TYPE_SIGNER, NULL);
}

const char *
prd_signer_get_role (PrdSigner *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_ROLE]);
}

void
prd_signer_set_role (PrdSigner *self,
                     const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_ROLE], value);
}

const char *
prd_signer_get_title (PrdSigner *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_TITLE]);
}

void
prd_signer_set_title (PrdSigner *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_TITLE], value);
}

const char *
prd_signer_get_given_name (PrdSigner *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_GIVEN_NAME]);
}

void
prd_signer_set_given_name (PrdSigner *self,
                           const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_GIVEN_NAME], value);
}

const char *
prd_signer_get_surname (PrdSigner *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SURNAME]);
}

void
prd_signer_set_surname (PrdSigner *self,
                        const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SURNAME], value);
}

const char *
prd_signer_get_position (PrdSigner *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_POSITION]);
}

void
prd_signer_set_position (PrdSigner *self,
                         const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_POSITION], value);
}

const char *
prd_signer_get_group_id (PrdSigner *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_GROUP_ID]);
}

void
prd_signer_set_group_id (PrdSigner *self,
                         const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_GROUP_ID], value);
}

GBytes     *
prd_signer_get_signature (PrdSigner *self)
{
  return prd_record_get_bytes (PRD_RECORD (self), props[PROP_SIGNATURE]);
}

void
prd_signer_set_signature (PrdSigner *self,
                          GBytes     *value)
{
  prd_record_set_bytes (PRD_RECORD (self), props[PROP_SIGNATURE], value);
}

const char *
prd_signer_get_signature_mime (PrdSigner *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SIGNATURE_MIME]);
}

void
prd_signer_set_signature_mime (PrdSigner *self,
                               const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SIGNATURE_MIME], value);
}

int
prd_signer_get_sort_order (PrdSigner *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_SORT_ORDER]);
}

void
prd_signer_set_sort_order (PrdSigner *self,
                           int         value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_SORT_ORDER], value);
}


char *
prd_signer_dup_full_name (PrdSigner *self)
{
  g_return_val_if_fail (PRD_IS_SIGNER (self), NULL);
  return g_strstrip (g_strdup_printf ("%s%s %s", prd_signer_get_title (self),
                                      prd_signer_get_given_name (self), prd_signer_get_surname (self)));
}

GListModel *
prd_signer_list (PrdStore    *store,
                 const char  *role,
                 GError     **error)
{
  return prd_record_list (store, PRD_TYPE_SIGNER,
                          role ? "WHERE deleted = 0 AND role = ?1 ORDER BY sort_order, given_name COLLATE THAI"
                               : "WHERE deleted = 0 ORDER BY sort_order, given_name COLLATE THAI",
                          role, error);
}
