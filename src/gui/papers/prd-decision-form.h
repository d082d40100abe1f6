/* prd-decision-form.h — one step of a memo's approval in its editor: the
 * decisions recorded so far (read-only) and a form that records a new one. */
#pragma once

#include <adwaita.h>

#include "model/prd-memo.h"

G_BEGIN_DECLS

#define PRD_TYPE_DECISION_FORM (prd_decision_form_get_type ())
G_DECLARE_FINAL_TYPE (PrdDecisionForm, prd_decision_form, PRD, DECISION_FORM, AdwPreferencesGroup)

/* STEP is PRD_DECISION_REVIEW or PRD_DECISION_ORDER; call once. */
void      prd_decision_form_setup         (PrdDecisionForm  *self,
                                           PrdStore         *store,
                                           const char       *step);
/* Shows MEMO's decisions of the step; recording needs a saved memo. */
void      prd_decision_form_set_memo      (PrdDecisionForm  *self,
                                           PrdMemo          *memo);
/* How many decisions of the step the history shows. */
guint     prd_decision_form_get_n_history (PrdDecisionForm  *self);
/* Records what the form holds (the Record Decision button); FALSE with
 * ERROR, shown in a toast too, when it was refused. */
gboolean  prd_decision_form_record        (PrdDecisionForm  *self,
                                           GError          **error);

G_END_DECLS
