/* prd-holiday-import-dialog.c — the preview of a holiday calendar import.
 *
 * The rows bind to the events' "included", so what is checked is what
 * prd_holidays_ics_write() writes, in one transaction; a refusal is shown in
 * a dialog and the preview stays open with every check as it was. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-holiday-event-row.h"
#include "prd-holiday-import-dialog.h"

struct _PrdHolidayImportDialog
{
  AdwWindow             parent_instance;

  PrdStore             *store;
  GListModel           *events;
  PrdHolidaysIcsResult  result;

  /* Template children */
  AdwWindowTitle       *window_title;
  GtkLabel             *summary_label;
  GtkListBox           *event_list;
};

G_DEFINE_FINAL_TYPE (PrdHolidayImportDialog, prd_holiday_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_summary (PrdHolidayImportDialog *self)
{
  guint n = g_list_model_get_n_items (self->events);
  guint holidays = 0, holidays_on = 0, observances = 0, observances_on = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdHolidayEvent) event = g_list_model_get_item (self->events, i);
      gboolean on = prd_holiday_event_get_included (event);

      if (prd_holiday_event_get_observance (event))
        {
          observances++;
          observances_on += on;
        }
      else
        {
          holidays++;
          holidays_on += on;
        }
    }
  text = g_strdup_printf (_("To import: %u of %u public holidays · %u of %u observances"),
                          holidays_on, holidays, observances_on, observances);
  gtk_label_set_label (self->summary_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "holidays.import", holidays_on + observances_on > 0);
}

static void
on_event_included_cb (PrdHolidayEvent        *event,
                      GParamSpec             *pspec,
                      PrdHolidayImportDialog *self)
{
  update_summary (self);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return prd_holiday_event_row_new (PRD_HOLIDAY_EVENT (item));
}

static void
show_refusal (PrdHolidayImportDialog *self,
              const char             *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The holidays were not imported"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PrdHolidayImportDialog *self = PRD_HOLIDAY_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!prd_holiday_import_dialog_import (self, &error))
    show_refusal (self, error->message);
}

static void
prd_holiday_import_dialog_dispose (GObject *object)
{
  PrdHolidayImportDialog *self = PRD_HOLIDAY_IMPORT_DIALOG (object);

  if (self->events != NULL)
    {
      guint n = g_list_model_get_n_items (self->events);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) event = g_list_model_get_item (self->events, i);
          g_signal_handlers_disconnect_by_func (event, on_event_included_cb, self);
        }
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_HOLIDAY_IMPORT_DIALOG);
  g_clear_object (&self->events);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (prd_holiday_import_dialog_parent_class)->dispose (object);
}

static void
prd_holiday_import_dialog_class_init (PrdHolidayImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_holiday_import_dialog_dispose;

  /* Emitted after the checked days were written. */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/prdesk/PrDesk/preferences/prd-holiday-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdHolidayImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PrdHolidayImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PrdHolidayImportDialog, event_list);
  gtk_widget_class_install_action (widget_class, "holidays.import", NULL, import_action_cb);
}

static void
prd_holiday_import_dialog_init (PrdHolidayImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PrdHolidayImportDialog *
prd_holiday_import_dialog_new (PrdStore   *store,
                               GListModel *events,
                               const char *file_name)
{
  PrdHolidayImportDialog *self;
  guint n;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  self = g_object_new (PRD_TYPE_HOLIDAY_IMPORT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->events = g_object_ref (events);
  adw_window_title_set_subtitle (self->window_title, file_name ? file_name : "");
  gtk_list_box_bind_model (self->event_list, events, create_row_cb, NULL, NULL);
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) event = g_list_model_get_item (events, i);
      g_signal_connect (event, "notify::included", G_CALLBACK (on_event_included_cb), self);
    }
  update_summary (self);
  return self;
}

GListModel *
prd_holiday_import_dialog_get_events (PrdHolidayImportDialog *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_IMPORT_DIALOG (self), NULL);
  return self->events;
}

gboolean
prd_holiday_import_dialog_import (PrdHolidayImportDialog  *self,
                                  GError                 **error)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_IMPORT_DIALOG (self), FALSE);

  if (!prd_holidays_ics_write (self->store, self->events, &self->result, error))
    return FALSE;
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

const PrdHolidaysIcsResult *
prd_holiday_import_dialog_get_result (PrdHolidayImportDialog *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_IMPORT_DIALOG (self), NULL);
  return &self->result;
}
