/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-row.c — one data row of a survey file and the importer's verdict. */
#define G_LOG_DOMAIN "prd-io"

#include <glib/gi18n.h>

#include "prd-import-row-private.h"
#include "model/prd-member-validator.h"

struct _PrdImportRow
{
  GObject                  parent_instance;
  guint                    line;
  guint                    n_cells;
  char                   **cells;       /* owned by OWNER */
  GPtrArray               *owner;
  PrdImportRowState        state;
  GArray                  *problems;   /* PrdImportProblem, NULL until the first */
  char                    *problems_text;
  char                    *display_name;
  char                    *duplicate_of;
  guint                    duplicate_line;
  char                    *other_name;  /* the duplicate's name when it is another person */
  char                    *new_school;  /* a school the import will add for this row */
  GPtrArray               *notices;     /* char*, NULL until the first */
  PrdImportDuplicateAction action;
  char                    *values[ROW_N_VALUES];
  char                    *social[2 * PRD_IMPORT_N_PLATFORMS];
};

G_DEFINE_FINAL_TYPE (PrdImportRow, prd_import_row, G_TYPE_OBJECT)

const char *const prd_import_platforms[PRD_IMPORT_N_PLATFORMS] = {
  "facebook", "tiktok", "youtube", "instagram", "x", "line_oa",
};

static const char *const value_columns[ROW_N_VALUES] = {
  "title", "given_name", "surname", "position", "organization", "school_id",
  "district", "phone", "email", "line_id", "category_id", "internal",
  "consent_contact", "consent_photo", "consent_date", "joined_at", "notes",
};

enum {
  PROP_0,
  PROP_LINE,
  PROP_STATE,
  PROP_DISPLAY_NAME,
  PROP_PROBLEMS_TEXT,
  PROP_DUPLICATE_OF,
  PROP_DUPLICATE_LINE,
  PROP_OTHER_NAME,
  PROP_NEW_SCHOOL,
  PROP_ACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
prd_import_row_value_column (PrdImportRowValue value)
{
  g_return_val_if_fail (value < ROW_N_VALUES, NULL);
  return value_columns[value];
}

gboolean
prd_import_row_value_is_int (PrdImportRowValue value)
{
  return value == ROW_INTERNAL || value == ROW_CONSENT_CONTACT || value == ROW_CONSENT_PHOTO;
}

static void
problem_clear (gpointer data)
{
  g_free (((PrdImportProblem *) data)->reason);
}

void
prd_import_row_reset (PrdImportRow *self)
{
  g_clear_pointer (&self->problems, g_array_unref);
  g_clear_pointer (&self->problems_text, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->duplicate_of, g_free);
  g_clear_pointer (&self->other_name, g_free);
  g_clear_pointer (&self->new_school, g_free);
  g_clear_pointer (&self->notices, g_ptr_array_unref);
  self->duplicate_line = 0;
  for (guint i = 0; i < ROW_N_VALUES; i++)
    g_clear_pointer (&self->values[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->social); i++)
    g_clear_pointer (&self->social[i], g_free);
  self->state = PRD_IMPORT_ROW_VALID;
}

static void
prd_import_row_finalize (GObject *object)
{
  PrdImportRow *self = PRD_IMPORT_ROW (object);

  prd_import_row_reset (self);
  g_clear_pointer (&self->owner, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_import_row_parent_class)->finalize (object);
}

static void
prd_import_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PrdImportRow *self = PRD_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_LINE:           g_value_set_uint (value, self->line); break;
    case PROP_STATE:          g_value_set_enum (value, self->state); break;
    case PROP_DISPLAY_NAME:   g_value_set_string (value, prd_import_row_get_display_name (self)); break;
    case PROP_PROBLEMS_TEXT:  g_value_set_string (value, prd_import_row_get_problems_text (self)); break;
    case PROP_DUPLICATE_OF:   g_value_set_string (value, self->duplicate_of); break;
    case PROP_DUPLICATE_LINE: g_value_set_uint (value, self->duplicate_line); break;
    case PROP_OTHER_NAME:     g_value_set_string (value, self->other_name); break;
    case PROP_NEW_SCHOOL:     g_value_set_string (value, self->new_school); break;
    case PROP_ACTION:         g_value_set_enum (value, self->action); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_import_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ACTION:
      prd_import_row_set_action (PRD_IMPORT_ROW (object), g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_import_row_class_init (PrdImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = prd_import_row_finalize;
  object_class->get_property = prd_import_row_get_property;
  object_class->set_property = prd_import_row_set_property;

  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, PRD_TYPE_IMPORT_ROW_STATE,
                                              PRD_IMPORT_ROW_VALID, ro);
  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, ro);
  properties[PROP_PROBLEMS_TEXT] = g_param_spec_string ("problems-text", NULL, NULL, NULL, ro);
  properties[PROP_DUPLICATE_OF] = g_param_spec_string ("duplicate-of", NULL, NULL, NULL, ro);
  properties[PROP_DUPLICATE_LINE] = g_param_spec_uint ("duplicate-line", NULL, NULL,
                                                       0, G_MAXUINT, 0, ro);
  properties[PROP_OTHER_NAME] = g_param_spec_string ("other-name", NULL, NULL, NULL, ro);
  properties[PROP_NEW_SCHOOL] = g_param_spec_string ("new-school", NULL, NULL, NULL, ro);
  properties[PROP_ACTION] =
    g_param_spec_enum ("action", NULL, NULL, PRD_TYPE_IMPORT_DUPLICATE_ACTION,
                       PRD_IMPORT_DUPLICATE_MERGE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_import_row_init (PrdImportRow *self)
{
}

PrdImportRow *
prd_import_row_new (guint       line,
                    char      **cells,
                    guint       n_cells,
                    GPtrArray  *owner)
{
  PrdImportRow *self = g_object_new (PRD_TYPE_IMPORT_ROW, NULL);

  self->line = line;
  self->cells = cells;
  self->n_cells = n_cells;
  self->owner = g_ptr_array_ref (owner);
  return self;
}

void
prd_import_row_add_problem (PrdImportRow   *self,
                            guint           column,
                            PrdImportField  field,
                            const char     *reason)
{
  PrdImportProblem p = { column, field, g_strdup (reason) };

  if (self->problems == NULL)
    {
      self->problems = g_array_new (FALSE, FALSE, sizeof (PrdImportProblem));
      g_array_set_clear_func (self->problems, problem_clear);
    }
  g_array_append_val (self->problems, p);
  self->state = PRD_IMPORT_ROW_INVALID;
  g_clear_pointer (&self->problems_text, g_free);
}

void
prd_import_row_set_value (PrdImportRow      *self,
                          PrdImportRowValue  value,
                          const char        *text)
{
  g_return_if_fail (value < ROW_N_VALUES);
  g_free (self->values[value]);
  self->values[value] = g_strdup (text);
}

const char *
prd_import_row_get_value (PrdImportRow      *self,
                          PrdImportRowValue  value)
{
  g_return_val_if_fail (value < ROW_N_VALUES, NULL);
  return self->values[value];
}

void
prd_import_row_set_social (PrdImportRow *self,
                           guint         platform,
                           const char   *handle,
                           const char   *url)
{
  g_return_if_fail (platform < PRD_IMPORT_N_PLATFORMS);
  g_free (self->social[2 * platform]);
  g_free (self->social[2 * platform + 1]);
  self->social[2 * platform] = g_strdup (handle);
  self->social[2 * platform + 1] = g_strdup (url);
}

void
prd_import_row_get_social (PrdImportRow  *self,
                           guint          platform,
                           const char   **handle,
                           const char   **url)
{
  g_return_if_fail (platform < PRD_IMPORT_N_PLATFORMS);
  *handle = self->social[2 * platform];
  *url = self->social[2 * platform + 1];
}

void
prd_import_row_set_duplicate (PrdImportRow *self,
                              const char   *member_id,
                              guint         line)
{
  g_free (self->duplicate_of);
  self->duplicate_of = g_strdup (member_id);
  self->duplicate_line = line;
}

void
prd_import_row_set_other_name (PrdImportRow *self,
                               const char   *name)
{
  g_free (self->other_name);
  self->other_name = g_strdup (name);
  /* Another person is never merged into: what to do is the user's to say. */
  if (name != NULL && self->action == PRD_IMPORT_DUPLICATE_MERGE)
    self->action = PRD_IMPORT_DUPLICATE_SKIP;
}

void
prd_import_row_set_new_school (PrdImportRow *self,
                               const char   *name)
{
  g_free (self->new_school);
  self->new_school = g_strdup (name);
}

const char *
prd_import_row_get_new_school (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), NULL);
  return self->new_school;
}

void
prd_import_row_add_notice (PrdImportRow *self,
                           const char   *text)
{
  if (self->notices == NULL)
    self->notices = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->notices, g_strdup (text));
}

guint
prd_import_row_get_n_notices (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), 0);
  return self->notices != NULL ? self->notices->len : 0;
}

const char *
prd_import_row_get_notice (PrdImportRow *self,
                           guint         index)
{
  g_return_val_if_fail (index < prd_import_row_get_n_notices (self), NULL);
  return g_ptr_array_index (self->notices, index);
}

const char *
prd_import_row_get_other_name (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), NULL);
  return self->other_name;
}

void
prd_import_row_finish (PrdImportRow *self)
{
  if (self->problems != NULL && self->problems->len > 0)
    self->state = PRD_IMPORT_ROW_INVALID;
  else if (self->duplicate_of != NULL || self->duplicate_line > 0)
    self->state = PRD_IMPORT_ROW_DUPLICATE;
  else
    self->state = PRD_IMPORT_ROW_VALID;
}

guint
prd_import_row_get_line (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), 0);
  return self->line;
}

const char *const *
prd_import_row_get_cells (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), NULL);
  return (const char *const *) self->cells;
}

guint
prd_import_row_get_n_cells (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), 0);
  return self->n_cells;
}

PrdImportRowState
prd_import_row_get_state (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), PRD_IMPORT_ROW_INVALID);
  return self->state;
}

const char *
prd_import_row_get_display_name (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), NULL);

  /* Built when first asked: 100,000 rows need not all carry one. */
  if (self->display_name == NULL)
    {
      g_autoptr(GString) s = g_string_new (self->values[ROW_TITLE]);

      if (self->values[ROW_GIVEN_NAME] != NULL)
        g_string_append (s, self->values[ROW_GIVEN_NAME]);
      if (self->values[ROW_SURNAME] != NULL && *self->values[ROW_SURNAME] != '\0')
        g_string_append_printf (s, " %s", self->values[ROW_SURNAME]);
      self->display_name = g_strdup (s->str);
    }
  return self->display_name;
}

guint
prd_import_row_get_n_problems (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), 0);
  return self->problems != NULL ? self->problems->len : 0;
}

const PrdImportProblem *
prd_import_row_get_problem (PrdImportRow *self,
                            guint         index)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), NULL);
  g_return_val_if_fail (index < prd_import_row_get_n_problems (self), NULL);
  return &g_array_index (self->problems, PrdImportProblem, index);
}

const char *
prd_import_row_get_problems_text (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), NULL);

  if (self->problems_text == NULL)
    {
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < prd_import_row_get_n_problems (self); i++)
        {
          const PrdImportProblem *p = prd_import_row_get_problem (self, i);

          if (i > 0)
            g_string_append (s, "; ");
          /* TRANSLATORS: a field and what is wrong with it, e.g. "Phone: …" */
          g_string_append_printf (s, _("%s: %s"), prd_import_field_label (p->field), p->reason);
        }
      self->problems_text = g_string_free (s, FALSE);
    }
  return self->problems_text;
}

const char *
prd_import_row_get_duplicate_of (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), NULL);
  return self->duplicate_of;
}

guint
prd_import_row_get_duplicate_line (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), 0);
  return self->duplicate_line;
}

PrdImportDuplicateAction
prd_import_row_get_action (PrdImportRow *self)
{
  g_return_val_if_fail (PRD_IS_IMPORT_ROW (self), PRD_IMPORT_DUPLICATE_SKIP);
  return self->action;
}

void
prd_import_row_set_action (PrdImportRow             *self,
                           PrdImportDuplicateAction  action)
{
  g_return_if_fail (PRD_IS_IMPORT_ROW (self));
  g_return_if_fail (action <= PRD_IMPORT_DUPLICATE_ADD);

  /* A merge would give another person's record this row's name. */
  if (action == PRD_IMPORT_DUPLICATE_MERGE && self->other_name != NULL)
    action = PRD_IMPORT_DUPLICATE_SKIP;
  if (self->action == action)
    return;
  self->action = action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION]);
}
