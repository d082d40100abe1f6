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
#include "prd-memo-editor.h"
#include "prd-paper-editor-common.h"
#include "store/prd-store-sql.h"

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
  GPtrArray        *review_ids;
  GPtrArray        *order_ids;

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
  AdwComboRow      *review_decision_row;
  AdwEntryRow      *review_reason_row;
  AdwComboRow      *review_signer_row;
  AdwEntryRow      *review_date_row;
  AdwComboRow      *order_decision_row;
  AdwComboRow      *order_signer_row;
  AdwEntryRow      *order_date_row;
  PrdDocPreview    *preview;
};

G_DEFINE_FINAL_TYPE (PrdMemoEditor, prd_memo_editor, ADW_TYPE_WINDOW)

enum { SIGNAL_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char *const decisions[] = { "", "allow", "refuse" };

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

static void
fill_decision (AdwComboRow *row,
               const char  *current)
{
  const char *const labels[] = { _("Not decided yet"), _("Allow publishing"), _("Do not allow publishing"), NULL };
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    if (g_str_equal (decisions[i], current))
      adw_combo_row_set_selected (row, i);
}

static char *
thai_date_text (const char *iso)
{
  char *text = prd_paper_date (iso);
  return text ? text : g_strdup ("");
}

/* Edits */

static void
on_text_changed_cb (AdwEntryRow   *row,
                    PrdMemoEditor *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "memo-field");

  if (!self->loading)
    prd_memo_set (self->memo, field, gtk_editable_get_text (GTK_EDITABLE (row)));
}

/* Dates are typed the Thai way and kept ISO; only the memo's own date
 * cannot be emptied. */
static void
on_date_changed_cb (AdwEntryRow   *row,
                    PrdMemoEditor *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "memo-field");
  char iso[16];

  if (self->loading)
    return;
  if (*gtk_editable_get_text (GTK_EDITABLE (row)) == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      if (!g_str_equal (field, "memo_date"))
        prd_memo_set (self->memo, field, NULL);
      return;
    }
  if (prd_paper_entry_get_date (row, iso))
    prd_memo_set (self->memo, field, iso);
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
on_combo_selected_cb (AdwComboRow   *row,
                      GParamSpec    *pspec,
                      PrdMemoEditor *self)
{
  const char *field = g_object_get_data (G_OBJECT (row), "memo-field");
  GPtrArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint i = adw_combo_row_get_selected (row);

  if (self->loading || i == GTK_INVALID_LIST_POSITION)
    return;
  if (ids == NULL)
    {
      /* A decision; the first time one is made, today is its date. */
      const char *date_field = row == self->review_decision_row ? "review_date" : "order_date";
      AdwEntryRow *date_row = row == self->review_decision_row ? self->review_date_row : self->order_date_row;

      prd_memo_set (self->memo, field, decisions[MIN (i, 2)]);
      if (i > 0 && *prd_memo_get (self->memo, date_field) == '\0')
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
          g_autofree char *shown = thai_date_text (today);

          prd_paper_entry_set_text (date_row, shown);
        }
      return;
    }
  prd_memo_set (self->memo, field, g_ptr_array_index (ids, i));

  /* A signer brings their name and position onto the memo. */
  if (g_str_has_suffix (field, "_signer_id"))
    {
      g_autofree char *name = NULL, *position = NULL;
      const char *prefix = g_str_has_prefix (field, "review") ? "review" : "order";
      g_autofree char *name_field = g_strdup_printf ("%s_name", prefix);
      g_autofree char *position_field = g_strdup_printf ("%s_position", prefix);

      prd_paper_signer_lookup (self->store, g_ptr_array_index (ids, i), &name, &position);

      prd_memo_set (self->memo, name_field, name);
      prd_memo_set (self->memo, position_field, position);
    }
}

static void
on_channel_toggled_cb (GtkCheckButton *check,
                       PrdMemoEditor  *self)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  if (self->loading)
    return;
  for (GtkWidget *w = g_object_get_data (G_OBJECT (self), "first-channel"); w != NULL;
       w = g_object_get_data (G_OBJECT (w), "next-channel"))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (w)))
      {
        if (ids->len > 0)
          g_string_append_c (ids, ',');
        g_string_append (ids, g_object_get_data (G_OBJECT (w), "channel-id"));
      }
  prd_memo_set (self->memo, "channels", ids->str);
}

static void
fill_channels (PrdMemoEditor *self)
{
  g_auto(GStrv) chosen = g_strsplit (prd_memo_get (self->memo, "channels"), ",", -1);
  sqlite3_stmt *stmt = prd_store_prepare (self->store, "SELECT id, label FROM channel WHERE deleted = 0 "
                                          "ORDER BY sort_order", NULL);
  GtkWidget *last = NULL;

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), (const char *) sqlite3_column_text (stmt, 1));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strv_contains ((const char *const *) chosen, id));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "channel-id", g_strdup (id), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_channel_toggled_cb), self);
      adw_expander_row_add_row (self->channels_row, row);
      if (last == NULL)
        g_object_set_data (G_OBJECT (self), "first-channel", check);
      else
        g_object_set_data (G_OBJECT (last), "next-channel", check);
      last = check;
    }
  sqlite3_finalize (stmt);
}

static void
bind_entry (PrdMemoEditor *self,
            AdwEntryRow   *row,
            const char    *field,
            gboolean       is_date)
{
  g_object_set_data (G_OBJECT (row), "memo-field", (gpointer) field);
  if (is_date)
    {
      g_autofree char *shown = thai_date_text (prd_memo_get (self->memo, field));
      prd_paper_entry_set_text (row, shown);
      g_signal_connect (row, "changed", G_CALLBACK (on_date_changed_cb), self);
    }
  else
    {
      prd_paper_entry_set_text (row, prd_memo_get (self->memo, field));
      g_signal_connect (row, "changed", G_CALLBACK (on_text_changed_cb), self);
    }
}

static void
bind_combo (PrdMemoEditor *self,
            AdwComboRow   *row,
            const char    *field,
            GPtrArray     *ids)
{
  g_object_set_data (G_OBJECT (row), "memo-field", (gpointer) field);
  g_object_set_data (G_OBJECT (row), "ids", ids);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
}

static void
load_form (PrdMemoEditor *self)
{
  g_autofree char *number = NULL;

  self->loading = TRUE;
  prd_paper_fill_combo (self->store, self->news_row, self->news_ids, _("No news item"),
                        "SELECT id, title FROM news_item WHERE deleted = 0 ORDER BY activity_date DESC",
                        prd_memo_get (self->memo, "news_item_id"));
  prd_paper_fill_combo (self->store, self->group_row, self->group_ids, _("No group"),
                        "SELECT id, name FROM office_group WHERE deleted = 0 ORDER BY sort_order",
                        prd_memo_get (self->memo, "group_id"));
  prd_paper_fill_combo (self->store, self->review_signer_row, self->review_ids, _("Not chosen"),
                        "SELECT id, title || given_name || ' ' || surname || ' — ' || position FROM office_signer "
                        "WHERE deleted = 0 AND role = 'group_director' ORDER BY sort_order",
                        prd_memo_get (self->memo, "review_signer_id"));
  prd_paper_fill_combo (self->store, self->order_signer_row, self->order_ids, _("Not chosen"),
                        "SELECT id, title || given_name || ' ' || surname || ' — ' || position FROM office_signer "
                        "WHERE deleted = 0 AND role IN ('director', 'deputy') ORDER BY sort_order",
                        prd_memo_get (self->memo, "order_signer_id"));
  fill_decision (self->review_decision_row, prd_memo_get (self->memo, "review_decision"));
  fill_decision (self->order_decision_row, prd_memo_get (self->memo, "order_decision"));
  fill_channels (self);

  bind_combo (self, self->news_row, "news_item_id", self->news_ids);
  bind_combo (self, self->group_row, "group_id", self->group_ids);
  bind_combo (self, self->review_signer_row, "review_signer_id", self->review_ids);
  bind_combo (self, self->order_signer_row, "order_signer_id", self->order_ids);
  bind_combo (self, self->review_decision_row, "review_decision", NULL);
  bind_combo (self, self->order_decision_row, "order_decision", NULL);
  bind_entry (self, self->unit_row, "unit", FALSE);
  bind_entry (self, self->requester_name_row, "requester_name", FALSE);
  bind_entry (self, self->requester_position_row, "requester_position", FALSE);
  bind_entry (self, self->review_reason_row, "review_reason", FALSE);
  bind_entry (self, self->date_row, "memo_date", TRUE);
  bind_entry (self, self->review_date_row, "review_date", TRUE);
  bind_entry (self, self->order_date_row, "order_date", TRUE);

  if (prd_memo_get_number_seq (self->memo) > 0)
    number = g_strdup_printf ("%d", prd_memo_get_number_seq (self->memo));
  prd_paper_entry_set_text (self->number_row, number);
  g_signal_connect (self->number_row, "changed", G_CALLBACK (on_number_changed_cb), self);
  self->loading = FALSE;
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
  g_ptr_array_unref (self->review_ids);
  g_ptr_array_unref (self->order_ids);
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
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/prd-memo-editor.ui");
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
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, review_decision_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, review_reason_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, review_signer_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, review_date_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, order_decision_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, order_signer_row);
  gtk_widget_class_bind_template_child (widget_class, PrdMemoEditor, order_date_row);
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
  self->review_ids = g_ptr_array_new_with_free_func (g_free);
  self->order_ids = g_ptr_array_new_with_free_func (g_free);
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
  g_signal_connect_swapped (self->memo, "changed", G_CALLBACK (on_memo_changed_cb), self);
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
