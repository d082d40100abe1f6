/* prd-holiday-event-row.c — a row of the holiday import preview. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-holiday-event-row.h"

struct _PrdHolidayEventRow
{
  AdwActionRow     parent_instance;

  PrdHolidayEvent *event;
  GtkWidget       *check;
  GtkWidget       *kind_label;
};

G_DEFINE_FINAL_TYPE (PrdHolidayEventRow, prd_holiday_event_row, ADW_TYPE_ACTION_ROW)

static void
prd_holiday_event_row_dispose (GObject *object)
{
  PrdHolidayEventRow *self = PRD_HOLIDAY_EVENT_ROW (object);

  g_clear_object (&self->event);
  G_OBJECT_CLASS (prd_holiday_event_row_parent_class)->dispose (object);
}

static void
prd_holiday_event_row_class_init (PrdHolidayEventRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = prd_holiday_event_row_dispose;
}

static void
prd_holiday_event_row_init (PrdHolidayEventRow *self)
{
  self->check = gtk_check_button_new ();
  gtk_widget_set_valign (self->check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), self->check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), self->check);

  self->kind_label = gtk_label_new (NULL);
  gtk_widget_set_valign (self->kind_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->kind_label, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->kind_label);
}

GtkWidget *
prd_holiday_event_row_new (PrdHolidayEvent *event)
{
  PrdHolidayEventRow *self;
  g_autofree char *dates = NULL;
  gboolean observance;

  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT (event), NULL);

  self = g_object_new (PRD_TYPE_HOLIDAY_EVENT_ROW, NULL);
  self->event = g_object_ref (event);
  observance = prd_holiday_event_get_observance (event);
  dates = prd_holiday_event_format_dates (event);
  /* A calendar's names are text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), prd_holiday_event_get_name (event));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), dates);
  gtk_label_set_label (GTK_LABEL (self->kind_label),
                       observance ? _("Observance, not a day off") : _("Public holiday"));
  if (observance)
    gtk_widget_add_css_class (self->kind_label, "dim-label");
  g_object_bind_property (event, "included", self->check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return GTK_WIDGET (self);
}

PrdHolidayEvent *
prd_holiday_event_row_get_event (PrdHolidayEventRow *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT_ROW (self), NULL);
  return self->event;
}

GtkCheckButton *
prd_holiday_event_row_get_check (PrdHolidayEventRow *self)
{
  g_return_val_if_fail (PRD_IS_HOLIDAY_EVENT_ROW (self), NULL);
  return GTK_CHECK_BUTTON (self->check);
}
