/* prd-decision-form.c — one step of a memo's approval: its history and a
 * form that appends a decision.
 *
 * Nothing here edits a decision: the history rows are read-only, and the
 * form hands a new PrdDecision to prd_decision_record(), which checks it
 * against the memo's other decisions. What was typed stays in the form
 * when the store refuses it. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-paper.h"
#include "model/prd-decision.h"
#include "model/prd-model-error.h"
#include "model/prd-signer.h"
#include "prd-decision-form.h"
#include "prd-paper-editor-common.h"

struct _PrdDecisionForm
{
  AdwPreferencesGroup  parent_instance;

  PrdStore            *store;
  PrdMemo             *memo;
  char                *step;
  GListStore          *decisions;   /* of the step, oldest first */
  GListStore          *signers;     /* in the signer row's order */
  PrdMemoState         state;       /* of the memo, from all its decisions */

  /* Template children */
  GtkListBox          *history;
  AdwExpanderRow      *record_row;
  AdwComboRow         *outcome_row;
  AdwEntryRow         *reason_row;
  AdwComboRow         *signer_row;
  AdwComboRow         *capacity_row;
  AdwEntryRow         *date_row;
};

G_DEFINE_FINAL_TYPE (PrdDecisionForm, prd_decision_form, ADW_TYPE_PREFERENCES_GROUP)

enum { SIGNAL_RECORDED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* In the combo rows' order. */
static const char *const outcomes[] = { PRD_DECISION_ALLOW, PRD_DECISION_REFUSE, PRD_DECISION_RETURN };
static const char *const capacities[] = { PRD_DECISION_SELF, PRD_DECISION_ON_BEHALF, PRD_DECISION_ACTING };

/* History */

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  PrdDecisionForm *self = user_data;
  PrdDecision *decision = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = prd_paper_date (prd_decision_get_decided_at (decision));
  g_autofree char *title = g_strdup_printf ("%s — %s", prd_decision_outcome_label (prd_decision_get_outcome (decision)),
                                            prd_decision_get_signer_name (decision));
  g_autoptr(GString) subtitle = g_string_new (prd_decision_get_signer_position (decision));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->decisions));
  g_autoptr(PrdDecision) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->decisions), n - 1) : NULL;

  if (!g_str_equal (prd_decision_get_capacity (decision), PRD_DECISION_SELF))
    g_string_append_printf (subtitle, " · %s", prd_decision_capacity_label (prd_decision_get_capacity (decision)));
  if (date != NULL)
    g_string_append_printf (subtitle, " · %s", date);
  if (*prd_decision_get_reason (decision) != '\0')
    g_string_append_printf (subtitle, "\n%s", prd_decision_get_reason (decision));
  if (*prd_decision_get_recorded_by (decision) != '\0')
    {
      g_string_append_c (subtitle, '\n');
      g_string_append_printf (subtitle, _("Recorded by %s"), prd_decision_get_recorded_by (decision));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  /* The latest decision of a step is the one that counts. */
  if (last == decision)
    {
      GtkWidget *label = gtk_label_new (_("In effect"));

      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "accent");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  else
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
load_history (PrdDecisionForm *self)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_remove_all (self->decisions);
  self->state = PRD_MEMO_DRAFT;
  if (self->memo == NULL)
    return;
  all = prd_memo_list_decisions (self->memo, self->store, &error);
  if (all == NULL)
    {
      g_warning ("The decisions could not be read: %s", error->message);
      return;
    }
  self->state = prd_memo_state_derive (prd_record_is_stored (PRD_RECORD (self->memo)), all);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PrdDecision) d = g_list_model_get_item (all, i);

      if (g_str_equal (prd_decision_get_step (d), self->step))
        g_list_store_append (self->decisions, d);
    }
  /* Rows mark the latest: make them again. */
  gtk_list_box_bind_model (self->history, G_LIST_MODEL (self->decisions), create_history_row, self, NULL);
}

/* The form */

static void
fill_labels (AdwComboRow       *row,
             const char *const *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

/* The review is signed by a group director, the order by the director or
 * a deputy; the memo's own group director comes first chosen. */
static void
load_signers (PrdDecisionForm *self)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean review = g_str_equal (self->step, PRD_DECISION_REVIEW);
  guint chosen = 0;

  g_list_store_remove_all (self->signers);
  all = prd_signer_list (self->store, NULL, &error);
  if (all == NULL)
    g_warning ("The signers could not be read: %s", error->message);
  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PrdSigner) signer = g_list_model_get_item (all, i);
      g_autofree char *name = NULL, *label = NULL;

      if (review != g_str_equal (prd_signer_get_role (signer), PRD_SIGNER_GROUP_DIRECTOR))
        continue;
      if (review && self->memo != NULL && *prd_memo_get_group_id (self->memo) != '\0' &&
          g_str_equal (prd_signer_get_group_id (signer), prd_memo_get_group_id (self->memo)))
        chosen = g_list_model_get_n_items (G_LIST_MODEL (self->signers));
      name = prd_signer_dup_full_name (signer);
      label = g_strdup_printf ("%s — %s", name, prd_signer_get_position (signer));
      gtk_string_list_append (labels, label);
      g_list_store_append (self->signers, signer);
    }
  adw_combo_row_set_model (self->signer_row, G_LIST_MODEL (labels));
  if (g_list_model_get_n_items (G_LIST_MODEL (self->signers)) > 0)
    adw_combo_row_set_selected (self->signer_row, chosen);
}

static void
reset_form (PrdDecisionForm *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *shown = prd_paper_date (today);

  adw_combo_row_set_selected (self->outcome_row, 0);
  adw_combo_row_set_selected (self->capacity_row, 0);
  prd_paper_entry_set_text (self->reason_row, NULL);
  prd_paper_entry_set_text (self->date_row, shown);
}

/* Seed 004's order of things, told before the store would refuse it. */
static void
update_sensitivity (PrdDecisionForm *self)
{
  gboolean order = g_str_equal (self->step, PRD_DECISION_ORDER);
  gboolean decided = self->state == PRD_MEMO_APPROVED || self->state == PRD_MEMO_NOT_APPROVED;
  const char *why = NULL;

  if (self->memo == NULL || !prd_record_is_stored (PRD_RECORD (self->memo)))
    why = _("Save the memo first");
  else if (order && self->state != PRD_MEMO_AWAITING_ORDER && !decided)
    why = _("The director decides once the group director has allowed publishing");
  else if (!order && decided)
    why = _("The director has decided; to correct it, record the director's decision again");

  gtk_widget_set_sensitive (GTK_WIDGET (self->record_row), why == NULL);
  adw_expander_row_set_subtitle (self->record_row,
                                 why ? why : _("Adds a decision to the list; a correction is a new decision"));
  if (why != NULL)
    adw_expander_row_set_expanded (self->record_row, FALSE);
}

static void
show_toast (PrdDecisionForm *self,
            const char      *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

gboolean
prd_decision_form_record (PrdDecisionForm  *self,
                          GError          **error)
{
  g_autoptr(PrdDecision) decision = NULL;
  g_autoptr(PrdSigner) signer = NULL;
  g_autoptr(GError) local = NULL;
  guint outcome = adw_combo_row_get_selected (self->outcome_row);
  guint capacity = adw_combo_row_get_selected (self->capacity_row);
  guint signer_pos = adw_combo_row_get_selected (self->signer_row);
  char iso[16] = "";

  g_return_val_if_fail (PRD_IS_DECISION_FORM (self), FALSE);
  g_return_val_if_fail (self->memo != NULL, FALSE);

  if (!prd_paper_entry_get_date (self->date_row, iso))
    g_set_error (&local, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                 _("The date of the decision \"%s\" is not a date; write it as 25 พ.ย. 2569 or 25/11/2569."),
                 gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  else
    {
      decision = prd_decision_new ();
      signer = signer_pos < g_list_model_get_n_items (G_LIST_MODEL (self->signers))
               ? g_list_model_get_item (G_LIST_MODEL (self->signers), signer_pos) : NULL;
      prd_decision_set_subject_id (decision, prd_memo_get_id (self->memo));
      prd_decision_set_step (decision, self->step);
      prd_decision_set_outcome (decision, outcomes[MIN (outcome, G_N_ELEMENTS (outcomes) - 1)]);
      prd_decision_set_capacity (decision, capacities[MIN (capacity, G_N_ELEMENTS (capacities) - 1)]);
      prd_decision_set_reason (decision, gtk_editable_get_text (GTK_EDITABLE (self->reason_row)));
      prd_decision_set_signer_id (decision, signer ? prd_record_get_id (PRD_RECORD (signer)) : NULL);
      prd_decision_set_decided_at (decision, iso);
      prd_decision_record (decision, self->store, &local);
    }
  if (local != NULL)
    {
      show_toast (self, local->message);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  load_history (self);
  update_sensitivity (self);
  reset_form (self);
  adw_expander_row_set_expanded (self->record_row, FALSE);
  show_toast (self, _("Decision recorded"));
  g_signal_emit (self, signals[SIGNAL_RECORDED], 0);
  return TRUE;
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  prd_decision_form_record (PRD_DECISION_FORM (widget), NULL);
}

/* Enter in the reason or the date records, like the button. */
static void
on_entry_activated_cb (PrdDecisionForm *self)
{
  prd_decision_form_record (self, NULL);
}

/* Life cycle */

static void
prd_decision_form_dispose (GObject *object)
{
  PrdDecisionForm *self = PRD_DECISION_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_DECISION_FORM);
  g_clear_object (&self->memo);
  g_clear_object (&self->store);
  g_clear_object (&self->decisions);
  g_clear_object (&self->signers);
  G_OBJECT_CLASS (prd_decision_form_parent_class)->dispose (object);
}

static void
prd_decision_form_finalize (GObject *object)
{
  g_free (PRD_DECISION_FORM (object)->step);
  G_OBJECT_CLASS (prd_decision_form_parent_class)->finalize (object);
}

static void
prd_decision_form_class_init (PrdDecisionFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_decision_form_dispose;
  object_class->finalize = prd_decision_form_finalize;

  /* Emitted after a decision was appended to the store. */
  signals[SIGNAL_RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/papers/prd-decision-form.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdDecisionForm, history);
  gtk_widget_class_bind_template_child (widget_class, PrdDecisionForm, record_row);
  gtk_widget_class_bind_template_child (widget_class, PrdDecisionForm, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, PrdDecisionForm, reason_row);
  gtk_widget_class_bind_template_child (widget_class, PrdDecisionForm, signer_row);
  gtk_widget_class_bind_template_child (widget_class, PrdDecisionForm, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, PrdDecisionForm, date_row);
  gtk_widget_class_install_action (widget_class, "decision.record", NULL, record_action);
}

static void
prd_decision_form_init (PrdDecisionForm *self)
{
  const char *const outcome_labels[] = {
    prd_decision_outcome_label (PRD_DECISION_ALLOW), prd_decision_outcome_label (PRD_DECISION_REFUSE),
    prd_decision_outcome_label (PRD_DECISION_RETURN), NULL };
  const char *const capacity_labels[] = {
    prd_decision_capacity_label (PRD_DECISION_SELF), prd_decision_capacity_label (PRD_DECISION_ON_BEHALF),
    prd_decision_capacity_label (PRD_DECISION_ACTING), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->decisions = g_list_store_new (PRD_TYPE_DECISION);
  self->signers = g_list_store_new (PRD_TYPE_SIGNER);
  g_signal_connect_swapped (self->reason_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  g_signal_connect_swapped (self->date_row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  fill_labels (self->outcome_row, outcome_labels);
  fill_labels (self->capacity_row, capacity_labels);
  gtk_list_box_bind_model (self->history, G_LIST_MODEL (self->decisions), create_history_row, self, NULL);
  {
    GtkWidget *empty = gtk_label_new (_("No decision recorded yet"));

    gtk_widget_add_css_class (empty, "dim-label");
    gtk_widget_set_margin_top (empty, 12);
    gtk_widget_set_margin_bottom (empty, 12);
    gtk_list_box_set_placeholder (self->history, empty);
  }
  reset_form (self);
}

void
prd_decision_form_setup (PrdDecisionForm *self,
                         PrdStore        *store,
                         const char      *step)
{
  g_return_if_fail (PRD_IS_DECISION_FORM (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->step = g_strdup (step);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), prd_decision_step_label (step));
  load_signers (self);
  update_sensitivity (self);
}

void
prd_decision_form_set_memo (PrdDecisionForm *self,
                            PrdMemo         *memo)
{
  g_return_if_fail (PRD_IS_DECISION_FORM (self));
  g_return_if_fail (self->store != NULL);

  g_set_object (&self->memo, memo);
  load_history (self);
  load_signers (self);
  update_sensitivity (self);
}

guint
prd_decision_form_get_n_history (PrdDecisionForm *self)
{
  g_return_val_if_fail (PRD_IS_DECISION_FORM (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->decisions));
}
