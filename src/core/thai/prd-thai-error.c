/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-error.c — the error domain of core/thai. */
#include "prd-thai.h"

G_DEFINE_QUARK (prd-thai-error-quark, prd_thai_error)
