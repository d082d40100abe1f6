/* prd-holidays-page.c — the office's holidays in the Preferences window.
 *
 * The list is core/model's prd_holiday_list() (no SQL here); an import goes
 * through the preview (PrdHolidayImportDialog), then the list is read again
 * and the context's working time reloaded, so deadlines see the new days.
 * A holiday removed by mistake comes back with the toast's Undo, written
 * again through the same validated path. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "io/prd-holidays-ics.h"
#include "model/prd-holiday.h"
#include "prd-holidays-page.h"
#include "thai/prd-thai.h"

struct _PrdHolidaysPage
{
  AdwPreferencesPage  parent_instance;

  PrdContext         *context;
  GListModel         *holidays;
  PrdHoliday         *removed;    /* the last one removed, for Undo */
  AdwToast           *toast;      /* the last one shown */

  /* Template children */
  GtkListBox         *holiday_list;
};

G_DEFINE_FINAL_TYPE (PrdHolidaysPage, prd_holidays_page, ADW_TYPE_PREFERENCES_PAGE)

static GtkWidget *
create_holiday_row_cb (gpointer item,
                       gpointer user_data)
{
  PrdHoliday *holiday = PRD_HOLIDAY (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove;
  g_autofree char *date = NULL;
  GDate d;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), prd_holiday_get_name (holiday));
  if (prd_holiday_get_gdate (holiday, &d))
    date = prd_thai_date_format (&d, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), date ? date : prd_holiday_get_date (holiday));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_label_new (g_str_equal (prd_holiday_get_kind (holiday), PRD_HOLIDAY_CLOSURE)
                                            ? _("Office closure") : _("Public holiday")));
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove this holiday"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "holidays.remove");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", prd_record_get_id (PRD_RECORD (holiday)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
show_message (PrdHolidaysPage *self,
              const char      *heading,
              const char      *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reload (PrdHolidaysPage *self)
{
  g_autoptr(GError) error = NULL;
  GListModel *holidays = prd_holiday_list (prd_context_get_store (self->context), 0, &error);

  if (holidays == NULL)
    {
      show_message (self, _("The holidays cannot be shown"), error->message);
      return;
    }
  g_clear_object (&self->holidays);
  self->holidays = holidays;
  gtk_list_box_bind_model (self->holiday_list, holidays, create_holiday_row_cb, NULL, NULL);
}

static char *
import_summary (const PrdHolidaysIcsResult *result)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, _("Public holidays imported: %u"), result->holidays);
  if (result->observances > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("observances taken in: %u"), result->observances);
    }
  if (result->skipped_observances > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("observances left out: %u"), result->skipped_observances);
    }
  if (result->skipped_holidays > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("public holidays left out: %u"), result->skipped_holidays);
    }
  return g_string_free (text, FALSE);
}

static void
holidays_changed (PrdHolidaysPage *self)
{
  g_autoptr(GError) error = NULL;

  reload (self);
  if (!prd_context_reload_worktime (self->context, &error))
    show_message (self, _("The working time cannot be read again"), error->message);
}

static void
add_toast (PrdHolidaysPage *self,
           AdwToast        *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!ADW_IS_PREFERENCES_WINDOW (root))
    {
      g_object_unref (g_object_ref_sink (toast));
      return;
    }
  /* The answer to the last click shows at once, not after the toast before. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_set_object (&self->toast, toast);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
}

/* The toast lives in the window's overlay, outside this page: its button
 * calls back here rather than through a page action. */
static void
on_undo_remove_cb (AdwToast        *toast,
                   PrdHolidaysPage *self)
{
  g_autoptr(PrdHoliday) holiday = g_steal_pointer (&self->removed);
  g_autoptr(GError) error = NULL;
  GDate date;

  if (holiday == NULL || !prd_holiday_get_gdate (holiday, &date))
    return;
  /* Written again as a new row, validated like any other. */
  if (!prd_holiday_put (prd_context_get_store (self->context), &date, prd_holiday_get_name (holiday),
                        prd_holiday_get_kind (holiday), prd_holiday_get_source (holiday), NULL, &error))
    {
      show_message (self, _("The holiday could not be put back"), error->message);
      return;
    }
  holidays_changed (self);
}

static void
remove_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PrdHolidaysPage *self = PRD_HOLIDAYS_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdHoliday) holiday = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  for (guint i = 0; holiday == NULL && i < g_list_model_get_n_items (self->holidays); i++)
    {
      g_autoptr(PrdHoliday) h = g_list_model_get_item (self->holidays, i);

      if (g_strcmp0 (prd_record_get_id (PRD_RECORD (h)), id) == 0)
        holiday = g_steal_pointer (&h);
    }
  if (holiday == NULL)
    return;
  if (!prd_holiday_remove (prd_context_get_store (self->context), id, &error))
    {
      show_message (self, _("The holiday was not removed"), error->message);
      return;
    }
  g_set_object (&self->removed, holiday);
  holidays_changed (self);

  title = g_strdup_printf (_("“%s” was removed"), prd_holiday_get_name (holiday));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb), self, 0);
  add_toast (self, toast);
}

static void
on_imported_cb (PrdHolidayImportDialog *dialog,
                PrdHolidaysPage        *self)
{
  g_autofree char *summary = import_summary (prd_holiday_import_dialog_get_result (dialog));

  holidays_changed (self);
  add_toast (self, adw_toast_new (summary));
}

PrdHolidayImportDialog *
prd_holidays_page_open_preview (PrdHolidaysPage *self,
                                GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GListModel) events = NULL;
  PrdHolidayImportDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (PRD_IS_HOLIDAYS_PAGE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  name = g_file_get_basename (file);
  events = path ? prd_holidays_ics_read (path, &error) : NULL;
  if (events == NULL)
    {
      show_message (self, _("The calendar cannot be imported"),
                    error ? error->message : _("Choose a calendar file on this computer."));
      return NULL;
    }
  dialog = prd_holiday_import_dialog_new (prd_context_get_store (self->context), events, name);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   PrdHolidaysPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        prd_holidays_page_open_preview (self, file);
    }
  g_object_unref (chooser);
}

static void
choose_file_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PrdHolidaysPage *self = PRD_HOLIDAYS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import a Holiday Calendar"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Calendars (.ics)"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
prd_holidays_page_dispose (GObject *object)
{
  PrdHolidaysPage *self = PRD_HOLIDAYS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_HOLIDAYS_PAGE);
  g_clear_object (&self->holidays);
  g_clear_object (&self->removed);
  g_clear_object (&self->toast);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (prd_holidays_page_parent_class)->dispose (object);
}

static void
prd_holidays_page_class_init (PrdHolidaysPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_holidays_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/preferences/prd-holidays-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdHolidaysPage, holiday_list);
  gtk_widget_class_install_action (widget_class, "holidays.choose-file", NULL, choose_file_action_cb);
  gtk_widget_class_install_action (widget_class, "holidays.remove", "s", remove_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "holidays.choose-file", NULL);
}

static void
prd_holidays_page_init (PrdHolidaysPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
prd_holidays_page_new (PrdContext *context)
{
  PrdHolidaysPage *self;

  g_return_val_if_fail (PRD_IS_CONTEXT (context), NULL);

  self = g_object_new (PRD_TYPE_HOLIDAYS_PAGE, NULL);
  self->context = g_object_ref (context);
  reload (self);
  return GTK_WIDGET (self);
}

GListModel *
prd_holidays_page_get_holidays (PrdHolidaysPage *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAYS_PAGE (self), NULL);
  return self->holidays;
}
