/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member.c — one network member as a GObject. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "prd-member.h"
#include "thai/prd-thai.h"
#include "store/prd-store-sql.h"

enum {
  PROP_0,
  /* Text properties first: they index self->text directly. */
  PROP_ID,
  PROP_CATEGORY_ID,
  PROP_CATEGORY_LABEL,
  PROP_TITLE,
  PROP_GIVEN_NAME,
  PROP_SURNAME,
  PROP_POSITION,
  PROP_ORGANIZATION,
  PROP_SCHOOL_ID,
  PROP_SCHOOL_NAME,
  PROP_DISTRICT,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_LINE_ID,
  PROP_CONSENT_DATE,
  PROP_JOINED_AT,
  PROP_NOTES,
  N_TEXT,
  PROP_INTERNAL = N_TEXT,
  PROP_CONSENT_CONTACT,
  PROP_CONSENT_PHOTO,
  PROP_ACTIVE,
  N_FLAGS_END,
  PROP_REV = N_FLAGS_END,
  PROP_ROWID,
  PROP_COMMITTEE_ROLES,
  PROP_FULL_NAME,
  PROP_PLACE,
  PROP_JOINED_TEXT,
  N_PROPS
};

#define FLAG_INDEX(prop) ((prop) - PROP_INTERNAL)

struct _PrdMember
{
  GObject   parent_instance;

  char     *text[N_TEXT];
  gboolean  flags[N_FLAGS_END - PROP_INTERNAL];
  gint64    rev;
  gint64    rowid;
  guint     committee_roles;
  char     *full_name;          /* derived, rebuilt on demand */
  char     *joined_text;
};

G_DEFINE_FINAL_TYPE (PrdMember, prd_member, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

/* The member table's column for each text or flag property; NULL for the
 * ones that come from joined tables. */
static const char *const column_names[N_FLAGS_END] = {
  [PROP_ID] = "id",
  [PROP_CATEGORY_ID] = "category_id",
  [PROP_TITLE] = "title",
  [PROP_GIVEN_NAME] = "given_name",
  [PROP_SURNAME] = "surname",
  [PROP_POSITION] = "position",
  [PROP_ORGANIZATION] = "organization",
  [PROP_SCHOOL_ID] = "school_id",
  [PROP_DISTRICT] = "district",
  [PROP_PHONE] = "phone",
  [PROP_EMAIL] = "email",
  [PROP_LINE_ID] = "line_id",
  [PROP_CONSENT_DATE] = "consent_date",
  [PROP_JOINED_AT] = "joined_at",
  [PROP_NOTES] = "notes",
  [PROP_INTERNAL] = "internal",
  [PROP_CONSENT_CONTACT] = "consent_contact",
  [PROP_CONSENT_PHOTO] = "consent_photo",
  [PROP_ACTIVE] = "active",
};

/* Columns that hold NULL rather than "" when empty (references and dates). */
static gboolean
is_nullable (guint prop)
{
  return prop == PROP_CATEGORY_ID || prop == PROP_SCHOOL_ID ||
         prop == PROP_CONSENT_DATE || prop == PROP_JOINED_AT;
}

static const char *
text_or_empty (PrdMember *self,
               guint      prop)
{
  return self->text[prop] ? self->text[prop] : "";
}

static void
clear_derived (PrdMember *self)
{
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->joined_text, g_free);
}

static void
set_text (PrdMember  *self,
          guint       prop,
          const char *value)
{
  if (value != NULL && *value == '\0' && is_nullable (prop))
    value = NULL;
  if (g_strcmp0 (self->text[prop], value) == 0)
    return;
  g_free (self->text[prop]);
  self->text[prop] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);

  if (prop == PROP_TITLE || prop == PROP_GIVEN_NAME || prop == PROP_SURNAME)
    {
      clear_derived (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
    }
  if (prop == PROP_SCHOOL_NAME || prop == PROP_ORGANIZATION || prop == PROP_SCHOOL_ID)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
  if (prop == PROP_JOINED_AT)
    {
      clear_derived (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOINED_TEXT]);
    }
}

static void
set_flag (PrdMember *self,
          guint      prop,
          gboolean   value)
{
  value = !!value;
  if (self->flags[FLAG_INDEX (prop)] == value)
    return;
  self->flags[FLAG_INDEX (prop)] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
prd_member_finalize (GObject *object)
{
  PrdMember *self = PRD_MEMBER (object);

  for (guint i = 0; i < N_TEXT; i++)
    g_free (self->text[i]);
  clear_derived (self);
  G_OBJECT_CLASS (prd_member_parent_class)->finalize (object);
}

static void
prd_member_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PrdMember *self = PRD_MEMBER (object);

  /* Plain text reads as "" rather than NULL, so entries can bind to it. */
  if (prop_id < N_TEXT)
    g_value_set_string (value, is_nullable (prop_id) || prop_id == PROP_ID
                               ? self->text[prop_id] : text_or_empty (self, prop_id));
  else if (prop_id < N_FLAGS_END)
    g_value_set_boolean (value, self->flags[FLAG_INDEX (prop_id)]);
  else switch (prop_id)
    {
    case PROP_REV:
      g_value_set_int64 (value, self->rev);
      break;
    case PROP_ROWID:
      g_value_set_int64 (value, self->rowid);
      break;
    case PROP_COMMITTEE_ROLES:
      g_value_set_uint (value, self->committee_roles);
      break;
    case PROP_FULL_NAME:
      g_value_set_string (value, prd_member_get_full_name (self));
      break;
    case PROP_PLACE:
      g_value_set_string (value, prd_member_get_place (self));
      break;
    case PROP_JOINED_TEXT:
      g_value_set_string (value, prd_member_get_joined_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PrdMember *self = PRD_MEMBER (object);

  if (prop_id < N_TEXT)
    set_text (self, prop_id, g_value_get_string (value));
  else if (prop_id < N_FLAGS_END)
    set_flag (self, prop_id, g_value_get_boolean (value));
  else switch (prop_id)
    {
    case PROP_REV:
      self->rev = g_value_get_int64 (value);
      break;
    case PROP_ROWID:
      self->rowid = g_value_get_int64 (value);
      break;
    case PROP_COMMITTEE_ROLES:
      self->committee_roles = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_class_init (PrdMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *const text_names[N_TEXT] = {
    [PROP_ID] = "id",
    [PROP_CATEGORY_ID] = "category-id",
    [PROP_CATEGORY_LABEL] = "category-label",
    [PROP_TITLE] = "title",
    [PROP_GIVEN_NAME] = "given-name",
    [PROP_SURNAME] = "surname",
    [PROP_POSITION] = "position",
    [PROP_ORGANIZATION] = "organization",
    [PROP_SCHOOL_ID] = "school-id",
    [PROP_SCHOOL_NAME] = "school-name",
    [PROP_DISTRICT] = "district",
    [PROP_PHONE] = "phone",
    [PROP_EMAIL] = "email",
    [PROP_LINE_ID] = "line-id",
    [PROP_CONSENT_DATE] = "consent-date",
    [PROP_JOINED_AT] = "joined-at",
    [PROP_NOTES] = "notes",
  };
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = prd_member_finalize;
  object_class->get_property = prd_member_get_property;
  object_class->set_property = prd_member_set_property;

  for (guint i = PROP_ID; i < N_TEXT; i++)
    properties[i] = g_param_spec_string (text_names[i], NULL, NULL, NULL, rw);
  properties[PROP_INTERNAL] = g_param_spec_boolean ("internal", NULL, NULL, TRUE, rw);
  properties[PROP_CONSENT_CONTACT] = g_param_spec_boolean ("consent-contact", NULL, NULL, FALSE, rw);
  properties[PROP_CONSENT_PHOTO] = g_param_spec_boolean ("consent-photo", NULL, NULL, FALSE, rw);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_REV] = g_param_spec_int64 ("rev", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ROWID] = g_param_spec_int64 ("rowid", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_COMMITTEE_ROLES] = g_param_spec_uint ("committee-roles", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOINED_TEXT] = g_param_spec_string ("joined-text", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_member_init (PrdMember *self)
{
  self->flags[FLAG_INDEX (PROP_INTERNAL)] = TRUE;
  self->flags[FLAG_INDEX (PROP_ACTIVE)] = TRUE;
}

PrdMember *
prd_member_new (void)
{
  return g_object_new (PRD_TYPE_MEMBER, NULL);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  return (const char *) sqlite3_column_text (stmt, col);
}

/* Fills the struct directly: a page of 200 rows must not pay for 4,000
 * notify emissions nobody listens to yet. */
PrdMember *
prd_member_new_from_stmt (sqlite3_stmt *stmt)
{
  static const guint text_cols[] = {
    /* order of PRD_MEMBER_COLUMNS from column 1 */
    PROP_ID, 0, 0, PROP_CATEGORY_ID, PROP_CATEGORY_LABEL, PROP_TITLE, PROP_GIVEN_NAME,
    PROP_SURNAME, PROP_POSITION, PROP_ORGANIZATION, PROP_SCHOOL_ID, PROP_SCHOOL_NAME,
    PROP_DISTRICT, PROP_PHONE, PROP_EMAIL, PROP_LINE_ID, 0, 0, PROP_CONSENT_DATE,
    PROP_JOINED_AT, 0, PROP_NOTES,
  };
  PrdMember *self;

  g_return_val_if_fail (stmt != NULL, NULL);

  self = g_object_new (PRD_TYPE_MEMBER, NULL);
  self->rowid = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < G_N_ELEMENTS (text_cols); i++)
    if (text_cols[i] != 0)
      {
        const char *v = column_text (stmt, (int) i + 1);
        self->text[text_cols[i]] = (v == NULL || (*v == '\0' && is_nullable (text_cols[i])))
                                   ? NULL : g_strdup (v);
      }
  self->rev = sqlite3_column_int64 (stmt, 2);
  self->flags[FLAG_INDEX (PROP_INTERNAL)] = sqlite3_column_int (stmt, 3) != 0;
  self->flags[FLAG_INDEX (PROP_CONSENT_CONTACT)] = sqlite3_column_int (stmt, 17) != 0;
  self->flags[FLAG_INDEX (PROP_CONSENT_PHOTO)] = sqlite3_column_int (stmt, 18) != 0;
  self->flags[FLAG_INDEX (PROP_ACTIVE)] = sqlite3_column_int (stmt, 21) != 0;
  self->committee_roles = (guint) sqlite3_column_int (stmt, 23);
  return self;
}

PrdMember *
prd_member_load (PrdStore    *store,
                 const char  *id,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  PrdMember *member = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  stmt = prd_store_prepare (store,
                            "SELECT " PRD_MEMBER_COLUMNS " FROM member m "
                            "LEFT JOIN school s ON s.id = m.school_id "
                            "LEFT JOIN member_category c ON c.id = m.category_id "
                            "WHERE m.id = ?1 AND m.deleted = 0", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    member = prd_member_new_from_stmt (stmt);
  else
    g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_NOT_FOUND,
                 _("This member is no longer in the registry; someone may have deleted it"));
  sqlite3_finalize (stmt);
  return member;
}

PrdMember *
prd_member_copy (PrdMember *self)
{
  PrdMember *copy;

  g_return_val_if_fail (PRD_IS_MEMBER (self), NULL);

  copy = g_object_new (PRD_TYPE_MEMBER, NULL);
  for (guint i = 0; i < N_TEXT; i++)
    copy->text[i] = g_strdup (self->text[i]);
  memcpy (copy->flags, self->flags, sizeof self->flags);
  copy->rev = self->rev;
  copy->rowid = self->rowid;
  copy->committee_roles = self->committee_roles;
  return copy;
}

JsonObject *
prd_member_to_record (PrdMember *self)
{
  JsonObject *rec;

  g_return_val_if_fail (PRD_IS_MEMBER (self), NULL);

  rec = json_object_new ();
  for (guint i = PROP_ID; i < N_FLAGS_END; i++)
    {
      const char *col = column_names[i];

      if (col == NULL)
        continue;
      if (i >= N_TEXT)
        json_object_set_int_member (rec, col, self->flags[FLAG_INDEX (i)]);
      else if (i == PROP_ID && self->text[i] == NULL)
        continue;
      else if (self->text[i] == NULL && is_nullable (i))
        json_object_set_null_member (rec, col);
      else
        json_object_set_string_member (rec, col, text_or_empty (self, i));
    }
  return rec;
}

gboolean
prd_member_equal (PrdMember *a,
                  PrdMember *b)
{
  g_return_val_if_fail (PRD_IS_MEMBER (a) && PRD_IS_MEMBER (b), FALSE);

  for (guint i = PROP_ID; i < N_TEXT; i++)
    if (column_names[i] != NULL && g_strcmp0 (a->text[i], b->text[i]) != 0)
      return FALSE;
  return memcmp (a->flags, b->flags, sizeof a->flags) == 0;
}

#define TEXT_GETTER(name, prop) \
  const char *prd_member_get_##name (PrdMember *self) \
  { g_return_val_if_fail (PRD_IS_MEMBER (self), NULL); return self->text[prop]; }
#define FLAG_GETTER(name, prop) \
  gboolean prd_member_get_##name (PrdMember *self) \
  { g_return_val_if_fail (PRD_IS_MEMBER (self), FALSE); return self->flags[FLAG_INDEX (prop)]; }

TEXT_GETTER (id, PROP_ID)
TEXT_GETTER (category_id, PROP_CATEGORY_ID)
TEXT_GETTER (category_label, PROP_CATEGORY_LABEL)
TEXT_GETTER (title, PROP_TITLE)
TEXT_GETTER (given_name, PROP_GIVEN_NAME)
TEXT_GETTER (surname, PROP_SURNAME)
TEXT_GETTER (position, PROP_POSITION)
TEXT_GETTER (organization, PROP_ORGANIZATION)
TEXT_GETTER (school_id, PROP_SCHOOL_ID)
TEXT_GETTER (school_name, PROP_SCHOOL_NAME)
TEXT_GETTER (district, PROP_DISTRICT)
TEXT_GETTER (phone, PROP_PHONE)
TEXT_GETTER (email, PROP_EMAIL)
TEXT_GETTER (line_id, PROP_LINE_ID)
TEXT_GETTER (consent_date, PROP_CONSENT_DATE)
TEXT_GETTER (joined_at, PROP_JOINED_AT)
TEXT_GETTER (notes, PROP_NOTES)
FLAG_GETTER (internal, PROP_INTERNAL)
FLAG_GETTER (consent_contact, PROP_CONSENT_CONTACT)
FLAG_GETTER (consent_photo, PROP_CONSENT_PHOTO)
FLAG_GETTER (active, PROP_ACTIVE)

gint64
prd_member_get_rowid (PrdMember *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER (self), 0);
  return self->rowid;
}

gint64
prd_member_get_rev (PrdMember *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER (self), 0);
  return self->rev;
}

guint
prd_member_get_committee_roles (PrdMember *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER (self), 0);
  return self->committee_roles;
}

const char *
prd_member_get_full_name (PrdMember *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER (self), NULL);

  /* Thai writes the title straight onto the given name: นางสาวสมศรี ใจดี. */
  if (self->full_name == NULL)
    self->full_name = g_strconcat (text_or_empty (self, PROP_TITLE),
                                   text_or_empty (self, PROP_GIVEN_NAME),
                                   self->text[PROP_SURNAME] && *self->text[PROP_SURNAME] ? " " : "",
                                   text_or_empty (self, PROP_SURNAME), NULL);
  return self->full_name;
}

const char *
prd_member_get_place (PrdMember *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER (self), NULL);

  if (self->text[PROP_SCHOOL_NAME] != NULL && *self->text[PROP_SCHOOL_NAME] != '\0')
    return self->text[PROP_SCHOOL_NAME];
  return text_or_empty (self, PROP_ORGANIZATION);
}

const char *
prd_member_get_joined_text (PrdMember *self)
{
  const char *iso;
  int y = 0, m = 0, d = 0;

  g_return_val_if_fail (PRD_IS_MEMBER (self), NULL);

  iso = self->text[PROP_JOINED_AT];
  if (self->joined_text == NULL && iso != NULL)
    {
      /* "25 พ.ย. 67", as Thai lists write dates; anything else shows as stored. */
      if (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
        {
          g_autoptr(GDate) date = g_date_new_dmy (d, m, y);
          self->joined_text = prd_thai_date_format (date, PRD_THAI_DATE_SHORT, PRD_THAI_DATE_PLAIN);
        }
      else
        self->joined_text = g_strdup (iso);
    }
  return self->joined_text ? self->joined_text : "";
}

void
prd_member_update_from (PrdMember *self,
                        PrdMember *other)
{
  g_return_if_fail (PRD_IS_MEMBER (self));
  g_return_if_fail (PRD_IS_MEMBER (other));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_ID; i < N_TEXT; i++)
    set_text (self, i, other->text[i]);
  for (guint i = PROP_INTERNAL; i < N_FLAGS_END; i++)
    set_flag (self, i, other->flags[FLAG_INDEX (i)]);
  if (self->rev != other->rev)
    {
      self->rev = other->rev;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REV]);
    }
  if (self->committee_roles != other->committee_roles)
    {
      self->committee_roles = other->committee_roles;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTEE_ROLES]);
    }
  self->rowid = other->rowid;
  g_object_thaw_notify (G_OBJECT (self));
}
