/* prd-calendar-page.c — the Calendar page: header, month grid, agenda. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-calendar-page.h"
#include "model/prd-occurrence.h"
#include "thai/prd-thai.h"

struct _PrdCalendarPage
{
  GtkBox        parent_instance;

  PrdContext   *context;
  PrdMonthView *view;
  GtkWidget    *title;
  GtkWidget    *agenda_title;
  GtkWidget    *agenda;
  guint         n_agenda;
};

G_DEFINE_FINAL_TYPE (PrdCalendarPage, prd_calendar_page, GTK_TYPE_BOX)

static GtkWidget *
agenda_row (PrdOccurrence *o)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (prd_occurrence_get_title (o));
  g_autofree char *when = NULL;
  g_autofree char *line = NULL;
  GtkWidget *sub;

  if (prd_occurrence_get_all_day (o))
    when = g_strdup (_("all day"));
  else
    {
      g_autofree char *s = g_date_time_format (prd_occurrence_get_start (o), "%H:%M");
      g_autofree char *e = g_date_time_format (prd_occurrence_get_end (o), "%H:%M");
      when = g_strdup_printf ("%s–%s", s, e);
    }
  line = *prd_occurrence_get_place (o)
         ? g_strdup_printf ("%s · %s · %s", when, prd_occurrence_get_kind_label (o), prd_occurrence_get_place (o))
         : g_strdup_printf ("%s · %s", when, prd_occurrence_get_kind_label (o));
  sub = gtk_label_new (line);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), sub);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

static void
update_agenda (PrdCalendarPage *self)
{
  g_autoptr(GListModel) items = NULL;
  g_autofree char *title = NULL;
  GtkWidget *row;
  GDate day;

  prd_month_view_get_selected (self->view, &day);
  if (!g_date_valid (&day))
    return;
  title = prd_thai_date_format (&day, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
  gtk_label_set_text (GTK_LABEL (self->agenda_title), title);
  while ((row = gtk_widget_get_first_child (self->agenda)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->agenda), row);
  items = prd_month_view_list_day (self->view, &day);
  self->n_agenda = g_list_model_get_n_items (items);
  for (guint i = 0; i < self->n_agenda; i++)
    {
      g_autoptr(PrdOccurrence) o = g_list_model_get_item (items, i);
      gtk_list_box_append (GTK_LIST_BOX (self->agenda), agenda_row (o));
    }
}

static void
update_title (PrdCalendarPage *self)
{
  g_autofree char *title = prd_month_view_get_title (self->view);

  gtk_label_set_text (GTK_LABEL (self->title), title);
}

static void
on_month_changed_cb (PrdCalendarPage *self)
{
  update_title (self);
  update_agenda (self);
}

static void
on_timeline_changed_cb (PrdCalendarPage *self)
{
  update_agenda (self);
}

static void
on_previous_clicked_cb (PrdCalendarPage *self)
{
  int y, m;

  prd_month_view_get_month (self->view, &y, &m);
  prd_month_view_set_month (self->view, m == 1 ? y - 1 : y, m == 1 ? 12 : m - 1);
}

static void
on_next_clicked_cb (PrdCalendarPage *self)
{
  int y, m;

  prd_month_view_get_month (self->view, &y, &m);
  prd_month_view_set_month (self->view, m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
}

static void
on_today_clicked_cb (PrdCalendarPage *self)
{
  prd_month_view_go_today (self->view);
}

static void
prd_calendar_page_dispose (GObject *object)
{
  PrdCalendarPage *self = PRD_CALENDAR_PAGE (object);

  g_clear_object (&self->context);
  G_OBJECT_CLASS (prd_calendar_page_parent_class)->dispose (object);
}

static void
prd_calendar_page_class_init (PrdCalendarPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = prd_calendar_page_dispose;
}

static void
prd_calendar_page_init (PrdCalendarPage *self)
{
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *b = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (b, tooltip);
  gtk_widget_add_css_class (b, "flat");
  return b;
}

GtkWidget *
prd_calendar_page_new_for_today (PrdContext  *context,
                                 const GDate *today)
{
  PrdCalendarPage *self;
  GtkWidget *main_box, *header, *prev, *next, *today_button, *side, *scroller;

  g_return_val_if_fail (PRD_IS_CONTEXT (context), NULL);

  self = g_object_new (PRD_TYPE_CALENDAR_PAGE, "orientation", GTK_ORIENTATION_HORIZONTAL,
                       "spacing", 12, NULL);
  self->context = g_object_ref (context);
  gtk_widget_set_margin_start (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 12);

  main_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (main_box, TRUE);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->title, "title-2");
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_set_hexpand (self->title, TRUE);
  prev = icon_button ("go-previous-symbolic", _("Previous month (Page Up)"));
  next = icon_button ("go-next-symbolic", _("Next month (Page Down)"));
  today_button = gtk_button_new_with_mnemonic (_("_Today"));
  gtk_widget_set_tooltip_text (today_button, _("Go to today (Home)"));
  gtk_box_append (GTK_BOX (header), self->title);
  gtk_box_append (GTK_BOX (header), today_button);
  gtk_box_append (GTK_BOX (header), prev);
  gtk_box_append (GTK_BOX (header), next);
  gtk_box_append (GTK_BOX (main_box), header);

  self->view = PRD_MONTH_VIEW (prd_month_view_new (prd_context_get_store (context), today));
  gtk_widget_set_vexpand (GTK_WIDGET (self->view), TRUE);
  gtk_box_append (GTK_BOX (main_box), GTK_WIDGET (self->view));
  gtk_box_append (GTK_BOX (self), main_box);

  side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (side, 280, -1);
  self->agenda_title = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->agenda_title, "heading");
  gtk_label_set_xalign (GTK_LABEL (self->agenda_title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->agenda_title), TRUE);
  self->agenda = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->agenda), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->agenda, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->agenda), gtk_label_new (_("Nothing on this day")));
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->agenda);
  gtk_box_append (GTK_BOX (side), self->agenda_title);
  gtk_box_append (GTK_BOX (side), scroller);
  gtk_box_append (GTK_BOX (self), side);

  g_signal_connect_swapped (prev, "clicked", G_CALLBACK (on_previous_clicked_cb), self);
  g_signal_connect_swapped (next, "clicked", G_CALLBACK (on_next_clicked_cb), self);
  g_signal_connect_swapped (today_button, "clicked", G_CALLBACK (on_today_clicked_cb), self);
  g_signal_connect_object (self->view, "month-changed", G_CALLBACK (on_month_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "day-selected", G_CALLBACK (update_agenda), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (prd_month_view_get_timeline (self->view), "items-changed",
                           G_CALLBACK (on_timeline_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_title (self);
  update_agenda (self);
  return GTK_WIDGET (self);
}

GtkWidget *
prd_calendar_page_new (PrdContext *context)
{
  return prd_calendar_page_new_for_today (context, NULL);
}

PrdMonthView *
prd_calendar_page_get_month_view (PrdCalendarPage *self)
{
  g_return_val_if_fail (PRD_IS_CALENDAR_PAGE (self), NULL);
  return self->view;
}

const char *
prd_calendar_page_get_title (PrdCalendarPage *self)
{
  g_return_val_if_fail (PRD_IS_CALENDAR_PAGE (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->title));
}

guint
prd_calendar_page_get_n_agenda (PrdCalendarPage *self)
{
  g_return_val_if_fail (PRD_IS_CALENDAR_PAGE (self), 0);
  return self->n_agenda;
}
