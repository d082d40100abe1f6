/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-member-problem.c — one problem of a member's form. */
#define G_LOG_DOMAIN "prd-model"

#include "prd-member-problem.h"
#include "prd-member-validator.h"

struct _PrdMemberProblem
{
  GObject  parent_instance;
  char    *field;
  char    *message;
};

G_DEFINE_FINAL_TYPE (PrdMemberProblem, prd_member_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FIELD,
  PROP_LABEL,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
prd_member_problem_finalize (GObject *object)
{
  PrdMemberProblem *self = PRD_MEMBER_PROBLEM (object);

  g_free (self->field);
  g_free (self->message);
  G_OBJECT_CLASS (prd_member_problem_parent_class)->finalize (object);
}

static void
prd_member_problem_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PrdMemberProblem *self = PRD_MEMBER_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_FIELD:   g_value_set_string (value, self->field); break;
    case PROP_LABEL:   g_value_set_string (value, prd_member_problem_get_label (self)); break;
    case PROP_MESSAGE: g_value_set_string (value, self->message); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_problem_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PrdMemberProblem *self = PRD_MEMBER_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_FIELD:   self->field = g_value_dup_string (value); break;
    case PROP_MESSAGE: self->message = g_value_dup_string (value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_problem_class_init (PrdMemberProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = prd_member_problem_finalize;
  object_class->get_property = prd_member_problem_get_property;
  object_class->set_property = prd_member_problem_set_property;

  properties[PROP_FIELD] = g_param_spec_string ("field", NULL, NULL, NULL, construct);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, construct);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prd_member_problem_init (PrdMemberProblem *self)
{
}

PrdMemberProblem *
prd_member_problem_new (const char *field,
                        const char *message)
{
  g_return_val_if_fail (field != NULL && message != NULL, NULL);
  return g_object_new (PRD_TYPE_MEMBER_PROBLEM, "field", field, "message", message, NULL);
}

const char *
prd_member_problem_get_field (PrdMemberProblem *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_PROBLEM (self), NULL);
  return self->field;
}

const char *
prd_member_problem_get_label (PrdMemberProblem *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_PROBLEM (self), NULL);
  return prd_member_field_label (self->field);
}

const char *
prd_member_problem_get_message (PrdMemberProblem *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_PROBLEM (self), NULL);
  return self->message;
}
