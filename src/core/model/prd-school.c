/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school.c — PrdSchool: a school of the office (OBEC codes, place, contacts, whether it joined the network). */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-school.h"
#include "prd-model-error.h"
#include "prd-record-private.h"

struct _PrdSchool
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdSchool, prd_school, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SCHOOL_CODE,
  PROP_SMIS_CODE,
  PROP_OBEC_CODE,
  PROP_NAME,
  PROP_DISTRICT,
  PROP_SUBDISTRICT,
  PROP_PROVINCE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_FACEBOOK,
  PROP_JOINED_NETWORK,
  PROP_JOINED_AT,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static gboolean
prd_school_validate (PrdRecord  *record,
                     GError    **error)
{
  g_autofree char *name = g_strstrip (g_strdup (prd_record_get_text (record, props[PROP_NAME])));

  if (*name == '\0')
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                           _("Write the school's name."));
      return FALSE;
    }
  return TRUE;
}

static void
prd_school_class_init (PrdSchoolClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "school";
  record_class->validate = prd_school_validate;

  props[PROP_SCHOOL_CODE] =
    g_param_spec_string ("school-code", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_SMIS_CODE] =
    g_param_spec_string ("smis-code", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_OBEC_CODE] =
    g_param_spec_string ("obec-code", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_DISTRICT] =
    g_param_spec_string ("district", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_SUBDISTRICT] =
    g_param_spec_string ("subdistrict", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_PROVINCE] =
    g_param_spec_string ("province", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_FACEBOOK] =
    g_param_spec_string ("facebook", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_JOINED_NETWORK] =
    g_param_spec_boolean ("joined-network", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  props[PROP_JOINED_AT] =
    g_param_spec_string ("joined-at", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN | PRD_RECORD_NULLABLE);
  props[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "", G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_school_init (PrdSchool *self)
{
}

PrdSchool *
prd_school_new (void)
{
  return g_object_new (PRD_TYPE_SCHOOL, NULL);
}

const char *
prd_school_get_school_code (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SCHOOL_CODE]);
}

void
prd_school_set_school_code (PrdSchool *self,
                            const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SCHOOL_CODE], value);
}

const char *
prd_school_get_smis_code (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SMIS_CODE]);
}

void
prd_school_set_smis_code (PrdSchool *self,
                          const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SMIS_CODE], value);
}

const char *
prd_school_get_obec_code (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_OBEC_CODE]);
}

void
prd_school_set_obec_code (PrdSchool *self,
                          const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_OBEC_CODE], value);
}

const char *
prd_school_get_name (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NAME]);
}

void
prd_school_set_name (PrdSchool *self,
                     const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_NAME], value);
}

const char *
prd_school_get_district (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_DISTRICT]);
}

void
prd_school_set_district (PrdSchool *self,
                         const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_DISTRICT], value);
}

const char *
prd_school_get_subdistrict (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_SUBDISTRICT]);
}

void
prd_school_set_subdistrict (PrdSchool *self,
                            const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_SUBDISTRICT], value);
}

const char *
prd_school_get_province (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_PROVINCE]);
}

void
prd_school_set_province (PrdSchool *self,
                         const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_PROVINCE], value);
}

const char *
prd_school_get_phone (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_PHONE]);
}

void
prd_school_set_phone (PrdSchool *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_PHONE], value);
}

const char *
prd_school_get_email (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_EMAIL]);
}

void
prd_school_set_email (PrdSchool *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_EMAIL], value);
}

const char *
prd_school_get_facebook (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_FACEBOOK]);
}

void
prd_school_set_facebook (PrdSchool *self,
                         const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_FACEBOOK], value);
}

gboolean
prd_school_get_joined_network (PrdSchool *self)
{
  return prd_record_get_boolean (PRD_RECORD (self), props[PROP_JOINED_NETWORK]);
}

void
prd_school_set_joined_network (PrdSchool *self,
                               gboolean    value)
{
  prd_record_set_boolean (PRD_RECORD (self), props[PROP_JOINED_NETWORK], value);
}

const char *
prd_school_get_joined_at (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_JOINED_AT]);
}

void
prd_school_set_joined_at (PrdSchool *self,
                          const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_JOINED_AT], value);
}

const char *
prd_school_get_notes (PrdSchool *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NOTES]);
}

void
prd_school_set_notes (PrdSchool *self,
                      const char *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_NOTES], value);
}


GListModel *
prd_school_list (PrdStore  *store,
                 GError   **error)
{
  return prd_record_list (store, PRD_TYPE_SCHOOL, "WHERE deleted = 0 ORDER BY name COLLATE THAI, id",
                          NULL, error);
}

GStrv
prd_school_list_districts (PrdStore  *store,
                           GError   **error)
{
  g_autoptr(GStrvBuilder) districts = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store, "SELECT DISTINCT district FROM school WHERE deleted = 0 "
                            "AND district <> '' ORDER BY district COLLATE THAI", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (districts, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The database could not read the list: %s"), sqlite3_errstr (rc));
      return NULL;
    }
  return g_strv_builder_end (districts);
}
