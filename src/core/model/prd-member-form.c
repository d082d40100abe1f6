/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-form.c — the member editor's checking, debounced. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-member-form.h"
#include "prd-member-problem.h"

struct _PrdMemberForm
{
  GObject             parent_instance;
  PrdStore           *store;
  PrdMemberValidator *validator;
  PrdMember          *member;
  guint               delay;
  guint               timeout_id;      /* a check waits for typing to pause */
  GListStore         *problems;        /* PrdMemberProblem */
  char               *duplicate_id;
  char               *duplicate_name;
  guint               n_checks;
};

G_DEFINE_FINAL_TYPE (PrdMemberForm, prd_member_form, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEMBER,
  PROP_DELAY,
  PROP_PROBLEMS,
  PROP_VALID,
  PROP_PENDING,
  PROP_DUPLICATE_ID,
  PROP_DUPLICATE_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CHECKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- checking ------------------------------------------------------------ */

static void
set_duplicate (PrdMemberForm *self,
               char          *id,      /* taken */
               char          *name)    /* taken */
{
  if (g_strcmp0 (self->duplicate_id, id) != 0)
    {
      g_free (self->duplicate_id);
      self->duplicate_id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE_ID]);
    }
  else
    g_free (id);
  if (g_strcmp0 (self->duplicate_name, name) != 0)
    {
      g_free (self->duplicate_name);
      self->duplicate_name = name;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE_NAME]);
    }
  else
    g_free (name);
}

void
prd_member_form_check_now (PrdMemberForm *self)
{
  g_autoptr(JsonObject) rec = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean was_valid, was_pending;
  char *duplicate = NULL;
  char *name = NULL;

  g_return_if_fail (PRD_IS_MEMBER_FORM (self));

  was_pending = self->timeout_id != 0;
  was_valid = prd_member_form_get_valid (self);
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  rec = prd_member_to_record (self->member);
  found = prd_member_validator_check (self->validator, rec);
  for (guint i = 0; i < found->len; i++)
    {
      PrdFieldProblem *p = g_ptr_array_index (found, i);
      g_ptr_array_add (items, prd_member_problem_new (p->field, p->message));
    }
  g_list_store_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                       items->pdata, items->len);

  if (found->len == 0)
    duplicate = prd_member_validator_find_duplicate (self->validator, rec,
                                                     prd_member_get_id (self->member));
  if (duplicate != NULL)
    {
      g_autoptr(PrdMember) other = prd_member_load (self->store, duplicate, NULL);
      name = other != NULL ? g_strdup (prd_member_get_full_name (other)) : NULL;
    }
  set_duplicate (self, duplicate, name);
  self->n_checks++;

  if (was_valid != prd_member_form_get_valid (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  if (was_pending)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
  g_signal_emit (self, signals[SIGNAL_CHECKED], 0);
}

gboolean
prd_member_form_flush (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), FALSE);
  if (self->timeout_id == 0)
    return FALSE;
  prd_member_form_check_now (self);
  return TRUE;
}

static gboolean
on_pause_cb (gpointer data)
{
  PrdMemberForm *self = data;

  self->timeout_id = 0;
  /* check_now notifies "pending" only for a check it took over. */
  prd_member_form_check_now (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
  return G_SOURCE_REMOVE;
}

void
prd_member_form_queue_check (PrdMemberForm *self)
{
  gboolean was_pending;

  g_return_if_fail (PRD_IS_MEMBER_FORM (self));

  /* Each change starts the pause again: a word typed is one check. */
  was_pending = self->timeout_id != 0;
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (self->delay, on_pause_cb, self);
  if (!was_pending)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

static void
on_member_notify_cb (PrdMemberForm *self)
{
  prd_member_form_queue_check (self);
}

/* ---- GObject ------------------------------------------------------------- */

static void
prd_member_form_dispose (GObject *object)
{
  PrdMemberForm *self = PRD_MEMBER_FORM (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->member != NULL)
    g_signal_handlers_disconnect_by_data (self->member, self);
  g_clear_object (&self->member);
  g_clear_object (&self->validator);
  g_clear_object (&self->store);
  g_clear_object (&self->problems);
  G_OBJECT_CLASS (prd_member_form_parent_class)->dispose (object);
}

static void
prd_member_form_finalize (GObject *object)
{
  PrdMemberForm *self = PRD_MEMBER_FORM (object);

  g_free (self->duplicate_id);
  g_free (self->duplicate_name);
  G_OBJECT_CLASS (prd_member_form_parent_class)->finalize (object);
}

static void
prd_member_form_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PrdMemberForm *self = PRD_MEMBER_FORM (object);

  switch (prop_id)
    {
    case PROP_MEMBER:         g_value_set_object (value, self->member); break;
    case PROP_DELAY:          g_value_set_uint (value, self->delay); break;
    case PROP_PROBLEMS:       g_value_set_object (value, self->problems); break;
    case PROP_VALID:          g_value_set_boolean (value, prd_member_form_get_valid (self)); break;
    case PROP_PENDING:        g_value_set_boolean (value, self->timeout_id != 0); break;
    case PROP_DUPLICATE_ID:   g_value_set_string (value, self->duplicate_id); break;
    case PROP_DUPLICATE_NAME: g_value_set_string (value, self->duplicate_name); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_form_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PrdMemberForm *self = PRD_MEMBER_FORM (object);

  switch (prop_id)
    {
    case PROP_MEMBER: prd_member_form_set_member (self, g_value_get_object (value)); break;
    case PROP_DELAY:  prd_member_form_set_delay (self, g_value_get_uint (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_form_class_init (PrdMemberFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = prd_member_form_dispose;
  object_class->finalize = prd_member_form_finalize;
  object_class->get_property = prd_member_form_get_property;
  object_class->set_property = prd_member_form_set_property;

  properties[PROP_MEMBER] = g_param_spec_object ("member", NULL, NULL, PRD_TYPE_MEMBER, rw);
  properties[PROP_DELAY] = g_param_spec_uint ("delay", NULL, NULL, 0, 10000, PRD_MEMBER_FORM_DELAY, rw);
  properties[PROP_PROBLEMS] = g_param_spec_object ("problems", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  properties[PROP_VALID] = g_param_spec_boolean ("valid", NULL, NULL, FALSE, ro);
  properties[PROP_PENDING] = g_param_spec_boolean ("pending", NULL, NULL, FALSE, ro);
  properties[PROP_DUPLICATE_ID] = g_param_spec_string ("duplicate-id", NULL, NULL, NULL, ro);
  properties[PROP_DUPLICATE_NAME] = g_param_spec_string ("duplicate-name", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHECKED] =
    g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
prd_member_form_init (PrdMemberForm *self)
{
  self->delay = PRD_MEMBER_FORM_DELAY;
  self->problems = g_list_store_new (PRD_TYPE_MEMBER_PROBLEM);
}

PrdMemberForm *
prd_member_form_new (PrdStore  *store,
                     PrdMember *member)
{
  PrdMemberForm *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (PRD_IS_MEMBER (member), NULL);

  self = g_object_new (PRD_TYPE_MEMBER_FORM, NULL);
  self->store = g_object_ref (store);
  self->validator = prd_member_validator_new (store);
  prd_member_form_set_member (self, member);
  return self;
}

void
prd_member_form_set_member (PrdMemberForm *self,
                            PrdMember     *member)
{
  g_return_if_fail (PRD_IS_MEMBER_FORM (self));
  g_return_if_fail (PRD_IS_MEMBER (member));

  if (self->member != member)
    {
      if (self->member != NULL)
        g_signal_handlers_disconnect_by_data (self->member, self);
      g_set_object (&self->member, member);
      g_signal_connect_object (member, "notify", G_CALLBACK (on_member_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMBER]);
    }
  /* Without a store (an object not made by _new) there is nothing to check against. */
  if (self->validator != NULL)
    prd_member_form_check_now (self);
}

PrdMember *
prd_member_form_get_member (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), NULL);
  return self->member;
}

void
prd_member_form_set_delay (PrdMemberForm *self,
                           guint          delay_ms)
{
  g_return_if_fail (PRD_IS_MEMBER_FORM (self));
  if (self->delay == delay_ms)
    return;
  self->delay = delay_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELAY]);
}

guint
prd_member_form_get_delay (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), 0);
  return self->delay;
}

gboolean
prd_member_form_get_pending (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), FALSE);
  return self->timeout_id != 0;
}

GListModel *
prd_member_form_get_problems (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), NULL);
  return G_LIST_MODEL (self->problems);
}

const char *
prd_member_form_get_problem (PrdMemberForm *self,
                             const char    *field)
{
  guint n;

  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdMemberProblem) p = g_list_model_get_item (G_LIST_MODEL (self->problems), i);

      /* The store keeps the item: its strings outlive this reference. */
      if (g_str_equal (prd_member_problem_get_field (p), field))
        return prd_member_problem_get_message (p);
    }
  return NULL;
}

gboolean
prd_member_form_get_valid (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), FALSE);
  return self->n_checks > 0 && g_list_model_get_n_items (G_LIST_MODEL (self->problems)) == 0;
}

const char *
prd_member_form_get_duplicate_id (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), NULL);
  return self->duplicate_id;
}

const char *
prd_member_form_get_duplicate_name (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), NULL);
  return self->duplicate_name;
}

guint
prd_member_form_get_n_checks (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), 0);
  return self->n_checks;
}

PrdMemberValidator *
prd_member_form_get_validator (PrdMemberForm *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_FORM (self), NULL);
  return self->validator;
}
