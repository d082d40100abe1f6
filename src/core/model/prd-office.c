/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-office.c — the office profile record. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-office.h"
#include "store/prd-store-sql.h"

struct _PrdOffice
{
  GObject   parent_instance;
  PrdStore *store;
  char     *text[7];     /* indexed by PROP_NAME … PROP_DOC_FONT, minus one */
  gboolean  thai_digits;
  GBytes   *emblem;
  char     *emblem_mime;
};

G_DEFINE_FINAL_TYPE (PrdOffice, prd_office, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_DOC_PREFIX,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_DOC_FONT,
  PROP_THAI_DIGITS,
  PROP_HAS_EMBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Column of the office table for each text property, in property order. */
static const char *const text_columns[] = {
  "name", "short_name", "doc_prefix", "address", "phone", "email", "doc_font",
};

static void
prd_office_finalize (GObject *object)
{
  PrdOffice *self = PRD_OFFICE (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->text); i++)
    g_free (self->text[i]);
  g_clear_pointer (&self->emblem, g_bytes_unref);
  g_free (self->emblem_mime);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (prd_office_parent_class)->finalize (object);
}

static void
prd_office_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PrdOffice *self = PRD_OFFICE (object);

  if (prop_id >= PROP_NAME && prop_id <= PROP_DOC_FONT)
    g_value_set_string (value, self->text[prop_id - PROP_NAME]);
  else if (prop_id == PROP_THAI_DIGITS)
    g_value_set_boolean (value, self->thai_digits);
  else if (prop_id == PROP_HAS_EMBLEM)
    g_value_set_boolean (value, self->emblem != NULL);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
prd_office_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PrdOffice *self = PRD_OFFICE (object);

  if (prop_id >= PROP_NAME && prop_id <= PROP_DOC_FONT)
    {
      char **slot = &self->text[prop_id - PROP_NAME];
      const char *s = g_value_get_string (value);

      if (g_strcmp0 (*slot, s) != 0)
        {
          g_free (*slot);
          *slot = g_strdup (s ? s : "");
          g_object_notify_by_pspec (object, pspec);
        }
    }
  else if (prop_id == PROP_THAI_DIGITS)
    {
      gboolean b = g_value_get_boolean (value);
      if (b != self->thai_digits)
        {
          self->thai_digits = b;
          g_object_notify_by_pspec (object, pspec);
        }
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
prd_office_class_init (PrdOfficeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = prd_office_finalize;
  object_class->get_property = prd_office_get_property;
  object_class->set_property = prd_office_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, "", flags);
  properties[PROP_DOC_PREFIX] = g_param_spec_string ("doc-prefix", NULL, NULL, "", flags);
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, "", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_DOC_FONT] = g_param_spec_string ("doc-font", NULL, NULL, "TH Sarabun New", flags);
  properties[PROP_THAI_DIGITS] = g_param_spec_boolean ("thai-digits", NULL, NULL, TRUE, flags);
  properties[PROP_HAS_EMBLEM] = g_param_spec_boolean ("has-emblem", NULL, NULL, FALSE,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_office_init (PrdOffice *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->text); i++)
    self->text[i] = g_strdup ("");
  self->thai_digits = TRUE;
}

PrdOffice *
prd_office_load (PrdStore  *store,
                 GError   **error)
{
  g_autoptr(PrdOffice) self = g_object_new (PRD_TYPE_OFFICE, NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  stmt = prd_store_prepare (store,
                            "SELECT name, short_name, doc_prefix, address, phone, email, "
                            "doc_font, thai_digits, emblem, emblem_mime "
                            "FROM office WHERE id = 'office'",
                            error);
  if (stmt == NULL)
    return NULL;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
        {
          g_free (self->text[i]);
          self->text[i] = g_strdup ((const char *) sqlite3_column_text (stmt, (int) i));
        }
      self->thai_digits = sqlite3_column_int (stmt, 7);
      if (sqlite3_column_type (stmt, 8) == SQLITE_BLOB)
        self->emblem = g_bytes_new (sqlite3_column_blob (stmt, 8), sqlite3_column_bytes (stmt, 8));
      self->emblem_mime = g_strdup ((const char *) sqlite3_column_text (stmt, 9));
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&self);
}

gboolean
prd_office_save (PrdOffice  *self,
                 GError    **error)
{
  g_autoptr(JsonObject) rec = json_object_new ();

  g_return_val_if_fail (PRD_IS_OFFICE (self), FALSE);

  json_object_set_string_member (rec, "id", "office");
  for (guint i = 0; i < G_N_ELEMENTS (text_columns); i++)
    json_object_set_string_member (rec, text_columns[i], self->text[i]);
  json_object_set_int_member (rec, "thai_digits", self->thai_digits);
  if (self->emblem != NULL)
    {
      gsize len;
      const guchar *data = g_bytes_get_data (self->emblem, &len);
      g_autofree char *b64 = g_base64_encode (data, len);
      json_object_set_string_member (rec, "emblem", b64);
      json_object_set_string_member (rec, "emblem_mime", self->emblem_mime);
    }
  else
    {
      json_object_set_null_member (rec, "emblem");
      json_object_set_null_member (rec, "emblem_mime");
    }
  return prd_store_put (self->store, "office", rec, error);
}

gboolean
prd_office_is_set_up (PrdOffice *self)
{
  return self->text[0] != NULL && self->text[0][0] != '\0';
}

const char *prd_office_get_name (PrdOffice *self) { return self->text[0]; }
const char *prd_office_get_short_name (PrdOffice *self) { return self->text[1]; }
const char *prd_office_get_doc_prefix (PrdOffice *self) { return self->text[2]; }
const char *prd_office_get_doc_font (PrdOffice *self) { return self->text[6]; }
gboolean prd_office_get_thai_digits (PrdOffice *self) { return self->thai_digits; }
GBytes *prd_office_get_emblem (PrdOffice *self) { return self->emblem; }
const char *prd_office_get_emblem_mime (PrdOffice *self) { return self->emblem_mime; }

void
prd_office_set_emblem (PrdOffice  *self,
                       GBytes     *data,
                       const char *mime)
{
  g_return_if_fail (PRD_IS_OFFICE (self));

  g_clear_pointer (&self->emblem, g_bytes_unref);
  g_clear_pointer (&self->emblem_mime, g_free);
  if (data != NULL)
    {
      self->emblem = g_bytes_ref (data);
      self->emblem_mime = g_strdup (mime);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_EMBLEM]);
}
