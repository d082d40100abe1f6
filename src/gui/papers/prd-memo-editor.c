/* prd-memo-editor.c — the approval memo's form beside its live preview.
 *
 * Every edit goes into a PrdMemo; a short moment after the last one the
 * memo is laid out again and its PDF shown through poppler. Print and
 * Export PDF use the same PrdDoc, so the three never disagree.
 */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-memo-doc.h"
#include "docs/prd-paper.h"
#include "model/prd-decision.h"
#include "prd-decision-form.h"
#include "prd-memo-editor.h"
#include "model/prd-news-item.h"
#include "prd-paper-editor-common.h"
#include "model/prd-channel.h"
#include "model/prd-group.h"

struct _PrdMemoEditor
{
  AdwWindow         parent_instance;

  PrdStore         *store;
  PrdOffice        *office;
  PrdMemo          *memo;
  PrdPaperLive      live;
  gboolean          loading;
  GPtrArray        *news_ids;
  GPtrArray        *group_ids;
  GListModel       *channels;        /* PrdChannel, in the checks' order */
  GPtrArray        *channel_checks;

  /* Template children */
  AdwToastOverlay  *toasts;
  AdwWindowTitle   *window_title;
  AdwComboRow      *news_row;
  AdwComboRow      *group_row;
  AdwEntryRow      *unit_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *number_row;
  AdwExpanderRow   *channels_row;
  AdwEntryRow      *requester_name_row;
  AdwEntryRow      *requester_position_row;
  PrdDecisionForm  *review_form;
  PrdDecisionForm  *order_form;
  PrdDocPreview    *preview;
};

G_DEFINE_FINAL_TYPE (PrdMemoEditor, prd_memo_editor, ADW_TYPE_WINDOW)

enum { SIGNAL_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Preview */

static PrdDoc *
build_doc (gpointer   owner,
           GError   **error)
{
  PrdMemoEditor *self = owner;

  return prd_memo_doc_new (self->store, self->office, self->memo, error);
}

static void
on_memo_changed_cb (PrdMemoEditor *self)
{
  prd_paper_live_queue (&self->live);
}

/* Filling the form */

static char *
thai_date_text (const char *iso)
{
  char *text = prd_paper_date (iso);
  return text ? text : g_strdup ("");
}

/* Edits */

/* The memo's date is typed the Thai way and kept ISO; it cannot be emptied. */
static void
on_date_changed_cb (AdwEntryRow   *row,
                    PrdMemoEditor *self)
{
  char iso[16];

  if (!self->loading && prd_paper_entry_get_date (row, iso))
    prd_memo_set_memo_date (self->memo, iso);
}

static void
on_number_changed_cb (AdwEntryRow   *row,
                      PrdMemoEditor *self)
{
  int n;

  if (!self->loading && prd_paper_entry_get_number (row, &n))
    prd_memo_set_number_seq (self->memo, n);
}

static void
on_news_selected_cb (AdwComboRow   *row,
                     GParamSpec    *pspec,
                     PrdMemoEditor *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (!self->loading && i < self->news_ids->len)
    prd_memo_set_news_item_id (self->memo, g_ptr_array_index (self->news_ids, i));
}

static void
on_group_selected_cb (AdwComboRow   *row,
                      GParamSpec    *pspec,
                      PrdMemoEditor *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (!self->loading && i < self->group_ids->len)
    prd_memo_set_group_id (self->memo, g_ptr_array_index (self->group_ids, i));
}

static void
on_channel_toggled_cb (GtkCheckButton *check,
                       PrdMemoEditor  *self)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  if (self->loading)
    return;
  /* The checks stand in the channels' order. */
  for (guint i = 0; i < self->channel_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->channel_checks, i)))
      {
        g_autoptr(PrdChannel) channel = g_list_model_get_item (self->channels, i);

        if (ids->len > 0)
          g_string_append_c (ids, ',');
        g_string_append (ids, prd_record_get_id (PRD_RECORD (channel)));
      }
  prd_memo_set_channels (self->memo, ids->str);
}

static void
fill_channels (PrdMemoEditor *self)
{
  g_auto(GStrv) chosen = g_strsplit (prd_memo_get_channels (self->memo), ",", -1);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->channels);
  self->channels = prd_channel_list (self->store, &error);
  if (self->channels == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      self->channels = G_LIST_MODEL (g_list_store_new (PRD_TYPE_CHANNEL));
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->channels); i++)
    {
      g_autoptr(PrdChannel) channel = g_list_model_get_item (self->channels, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), prd_channel_get_label (channel));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains ((const char *const *) chosen, prd_record_get_id (PRD_RECORD (channel))));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_channel_toggled_cb), self);
      adw_expander_row_add_row (self->channels_row, row);
      g_ptr_array_add (self->channel_checks, check);
    }
}

/* The office's groups, after a "no group" choice. */
static void
fill_groups (PrdMemoEditor *self)
{
  g_autoptr(GListModel) groups = prd_group_list (self->store, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (self->group_ids, 0);
  g_ptr_array_add (self->group_ids, NULL);
  gtk_string_list_append (labels, _("No group"));
  for (guint i = 0; groups != NULL && i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(PrdGroup) group = g_list_model_get_item (groups, i);
      const char *id = prd_record_get_id (PRD_RECORD (group));

      if (g_str_equal (id, prd_memo_get_group_id (self->memo)))
        selected = self->group_ids->len;
      g_ptr_array_add (self->group_ids, g_strdup (id));
      gtk_string_list_append (labels, prd_group_get_name (group));
    }
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->group_row, selected);
}

/* A text row edits the memo property of the same meaning, both ways. */
static void
bind_text (PrdMemoEditor *self,
           AdwEntryRow   *row,
           const char    *property)
{
  g_object_bind_property (self->memo, property, row, "text", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
load_form (PrdMemoEditor *self)
{
  g_autofree char *number = NULL, *date = NULL;

  self->loading = TRUE;
  {
    g_autoptr(GListModel) news = prd_news_item_list (self->store, NULL);

    prd_paper_fill_combo (self->news_row, self->news_ids, _("No news item"), news,
                          (const char *(*) (gpointer)) prd_news_item_get_title,
                          prd_memo_get_news_item_id (self->memo));
  }
  fill_groups (self);
  fill_channels (self);
  g_signal_connect (self->news_row, "notify::selected", G_CALLBACK (on_news_selected_cb), self);
  g_signal_connect (self->group_row, "notify::selected", G_CALLBACK (on_group_selected_cb), self);

  bind_text (self, self->unit_row, "unit");
  bind_text (self, self->requester_name_row, "requester-name");
  bind_text (self, self->requester_position_row, "requester-position");
  date = thai_date_text (prd_memo_get_memo_date (self->memo));
  prd_paper_entry_set_text (self->date_row, date);
  g_signal_connect (self->date_row, "changed", G_CALLBACK (on_date_changed_cb), self);

  if (prd_memo_get_number_seq (self->memo) > 0)
    number = g_strdup_printf ("%d", prd_memo_get_number_seq (self->memo));
  prd_paper_entry_set_text (self->number_row, number);
  g_signal_connect (self->number_row, "changed", G_CALLBACK (on_number_changed_cb), self);

  prd_decision_form_setup (self->review_form, self->store, PRD_DECISION_REVIEW);
  prd_decision_form_setup (self->order_form, self->store, PRD_DECISION_ORDER);
  prd_decision_form_set_memo (self->review_form, self->memo);
  prd_decision_form_set_memo (self->order_form, self->memo);
  self->loading = FALSE;
}

/* A decision changes the paper and the memo's state: both forms and the
 * preview follow, and the page's list learns of it like of a save. */
static void
on_decision_recorded_cb (PrdMemoEditor *self)
{
  prd_decision_form_set_memo (self->review_form, self->memo);
  prd_decision_form_set_memo (self->order_form, self->memo);
  prd_paper_live_update (&self->live);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

/* A decision recorded elsewhere in this program (another window, a pull
 * from another PC) shows here too. */
static void
on_store_changed_cb (PrdMemoEditor *self,
                     const char    *table,
                     const char    *id)
{
  if (!g_str_equal (table, "decision") || !prd_record_is_stored (PRD_RECORD (self->memo)))
    return;
  prd_decision_form_set_memo (self->review_form, self->memo);
  prd_decision_form_set_memo (self->order_form, self->memo);
  prd_paper_live_queue (&self->live);
}

static void
update_title (PrdMemoEditor *self)
{
  g_autofree char *number = prd_memo_doc_number (self->office, self->memo);

  adw_window_title_set_subtitle (self->window_title, prd_memo_get_number_seq (self->memo) > 0
                                                     ? number : _("New memo, not saved yet"));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PrdMemoEditor *self = PRD_MEMO_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;

  if (!prd_memo_save (self->memo, self->store, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  self->loading = TRUE;
  number = g_strdup_printf ("%d", prd_memo_get_number_seq (self->memo));
  prd_paper_entry_set_text (self->number_row, number);
  self->loading = FALSE;
  update_title (self);
  /* A saved memo can take decisions. */
  prd_decision_form_set_memo (self->review_form, self->memo);
  prd_decision_form_set_memo (self->order_form, self->memo);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Memo saved")));
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PrdMemoEditor *self = PRD_MEMO_EDITOR (widget);

  prd_paper_live_print (&self->live, GTK_WINDOW (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdMemoEditor *self = PRD_MEMO_EDITOR (widget);
  g_autofree char *number = prd_memo_doc_number (self->office, self->memo);
  g_autofree char *name = NULL;

  g_strdelimit (number, "/ ", '-');
  name = g_strdup_printf ("บันทึกข้อความ-%s.pdf", number);
  prd_paper_live_export (&self->live, GTK_WINDOW (self), name);
}

/* Life cycle */

static void
prd_memo_editor_dispose (GObject *object)
{
  PrdMemoEditor *self = PRD_MEMO_EDITOR (object);

  prd_paper_live_clear (&self->live);
  if (self->memo != NULL)
    g_signal_handlers_disconnect_by_data (self->memo, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_MEMO_EDITOR);
  g_clear_object (&self->memo);
  g_clear_object (&self->channels);
  g_clear_object (&self->office);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (prd_memo_editor_parent_class)->dispose (object);
}

static void
prd_memo_editor_finalize (GObject *object)
{
  PrdMemoEditor *self = PRD_MEMO_EDITOR (object);

  g_ptr_array_unref (self->news_ids);
  g_ptr_array_unref (self->group_ids);
  g_ptr_array_unref (self->channel_checks);
  G_OBJECT_CLASS (prd_memo_editor_parent_class)->finalize (object);
}

static void
prd_memo_editor_class_init (PrdMemoEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_memo_editor_dispose;
  object_class->finalize = prd_memo_editor_finalize;

  /* Emitted after the memo was written to the store. */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PRD_TYPE_DOC_PREVIEW);
  g_type_ensure (PRD_TYPE_DECISION_FORM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/papers/prd-memo-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, toasts);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, news_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, channels_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, requester_name_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, requester_position_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, review_form);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, order_form);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, preview);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print", NULL);
}

static void
prd_memo_editor_init (PrdMemoEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  prd_paper_live_init (&self->live, self->preview, self->toasts, 150, build_doc, self);
  self->news_ids = g_ptr_array_new_with_free_func (g_free);
  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->channel_checks = g_ptr_array_new ();
}

PrdMemoEditor *
prd_memo_editor_new (PrdStore   *store,
                     PrdMemo    *memo,
                     GError    **error)
{
  PrdMemoEditor *self;
  g_autoptr(PrdOffice) office = prd_office_load (store, error);

  if (office == NULL)
    return NULL;
  self = g_object_new (PRD_TYPE_MEMO_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->office = g_steal_pointer (&office);
  self->memo = memo ? g_object_ref (memo) : prd_memo_new (NULL);
  load_form (self);
  update_title (self);
  g_signal_connect_swapped (self->memo, "notify", G_CALLBACK (on_memo_changed_cb), self);
  g_signal_connect_swapped (self->review_form, "recorded", G_CALLBACK (on_decision_recorded_cb), self);
  g_signal_connect_swapped (self->order_form, "recorded", G_CALLBACK (on_decision_recorded_cb), self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  prd_paper_live_update (&self->live);
  /* Like every GtkWindow, it belongs to GTK until it is destroyed. */
  return self;
}

PrdMemo *
prd_memo_editor_get_memo (PrdMemoEditor *self)
{
  return self->memo;
}

int
prd_memo_editor_get_n_preview_pages (PrdMemoEditor *self)
{
  return prd_doc_preview_get_n_pages (self->preview);
}

PrdDoc *
prd_memo_editor_get_doc (PrdMemoEditor *self)
{
  g_return_val_if_fail (PRD_IS_MEMO_EDITOR (self), NULL);
  return self->live.doc;
}
