/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-model-error.c — the error domain of core/model. */
#include "prd-model-error.h"

G_DEFINE_QUARK (prd-model-error-quark, prd_model_error)
