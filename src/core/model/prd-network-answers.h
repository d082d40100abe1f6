/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-network-answers.h — the survey's network type and the category it brings.
 *
 * The survey asks ประเภทเครือข่าย: ภายใน (internal) or ภายนอก (external),
 * the member's network type. Each type has a default category the office can
 * change, and each answer the office's form uses may bring a category of its
 * own; the office's choices are remembered for the next import (the
 * network_answer table, migration 0009, which starts ภายใน at บุคลากรในโรงเรียน
 * and ภายนอก at บุคคลทั่วไป). A type whose category was removed falls back to
 * the first live category of that type. Core, no GTK. */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

/* ภายใน / internal / 1 → 1; ภายนอก / external / 0 → 0; else -1. */
int         prd_network_type_parse            (const char         *answer);

typedef struct _PrdNetworkAnswers PrdNetworkAnswers;

/* The office's answers and defaults as they are now (read once: the
 * importer's threads share it read-only). */
PrdNetworkAnswers *prd_network_answers_load   (PrdStore           *store,
                                               GError            **error);
void        prd_network_answers_free          (PrdNetworkAnswers  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdNetworkAnswers, prd_network_answers_free)

/* What ANSWER means: its type (0/1) and category id (NULL if the office has
 * none for it). A remembered answer gives its own choice; otherwise the
 * answer's type (prd_network_type_parse) and that type's default. FALSE
 * when the answer names no type. */
gboolean    prd_network_answers_lookup        (PrdNetworkAnswers  *self,
                                               const char         *answer,
                                               int                *internal,
                                               const char        **category_id);
const char *prd_network_answers_default       (PrdNetworkAnswers  *self,
                                               gboolean            internal);

/* Whether STORE can remember answers (has the network_answer table). */
gboolean    prd_network_answers_can_remember  (PrdStore           *store);
/* Remembers that ANSWER means INTERNAL with CATEGORY_ID, through
 * prd_store_put (an existing answer, matched folded, gets a new revision).
 * Remembering ภายใน or ภายนอก changes that type's default. */
gboolean    prd_network_answers_remember      (PrdStore           *store,
                                               const char         *answer,
                                               gboolean            internal,
                                               const char         *category_id,
                                               GError            **error);
/* The folded form answers are matched by. */
char       *prd_network_answer_fold           (const char         *answer);

G_END_DECLS
