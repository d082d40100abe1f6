/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-model-error.h — errors of core/model: what a record or a rule refused. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PRD_MODEL_ERROR (prd_model_error_quark ())

typedef enum {
  PRD_MODEL_ERROR_INVALID,       /* a field is wrong: the message says which and how */
  PRD_MODEL_ERROR_NOT_FOUND,     /* no live record with that id */
  PRD_MODEL_ERROR_NUMBER_TAKEN,  /* a document number another paper already has */
  PRD_MODEL_ERROR_REFUSED,       /* a rule forbids it (a decision out of turn, …) */
} PrdModelError;

GQuark prd_model_error_quark (void);

G_END_DECLS
