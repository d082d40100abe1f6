/* The Calendar page under Xvfb in Thai, on the demo office's December 2569
 * (today fixed at Thursday 3 Dec): the header, holidays shaded, a full day
 * with "+N more" and its popover, the agenda of a clicked day, keyboard
 * navigation, the chips reused across months, the window's page.
 * Saves screenshots. */
#include "model/prd-event.h"
#include "prd-calendar-page.h"
#include "prd-gui-test-util.h"
#include "prd-window.h"

static char *dir;
static PrdStore *store;

static GDate
day (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return date;
}

static void
press (GtkWidget *widget,
       guint      keyval)
{
  GtkEventController *keys = NULL;
  gboolean handled = FALSE;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        keys = c;
    }
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
  g_assert_true (handled);
}

static guint
count_children (GtkWidget *widget,
                GType      type)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += G_TYPE_CHECK_INSTANCE_TYPE (c, type);
  return n;
}

static void
test_month (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdContext) context = prd_context_new (store, NULL, &error);
  GDate today = day (2026, 12, 3), dec16 = day (2026, 12, 16), dec5 = day (2026, 12, 5);
  GDate selected, jan3 = day (2027, 1, 3);
  GtkWidget *window = gtk_window_new ();
  PrdCalendarPage *page;
  PrdMonthView *view;
  g_autoptr(GListModel) items16 = NULL;
  GtkPopover *popover;
  guint chips_december, n16;

  g_assert_no_error (error);
  page = PRD_CALENDAR_PAGE (prd_calendar_page_new_for_today (context, &today));
  view = prd_calendar_page_get_month_view (page);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  prd_gui_settle ();

  g_assert_cmpstr (prd_calendar_page_get_title (page), ==, "ธันวาคม 2569");
  /* Today is selected: its agenda is the broadcast, the daily post, the
   * Thursday's visits as the demo has them. */
  prd_month_view_get_selected (view, &selected);
  g_assert_cmpint (g_date_compare (&selected, &today), ==, 0);
  g_assert_cmpuint (prd_calendar_page_get_n_agenda (page), ==,
                    g_list_model_get_n_items (prd_month_view_list_day (view, &today)));

  /* 16 Dec holds 11 items: not all fit a cell of 800 / 6 px. */
  items16 = prd_month_view_list_day (view, &dec16);
  n16 = g_list_model_get_n_items (items16);
  g_assert_cmpuint (n16, ==, 11);
  g_assert_cmpuint (prd_month_view_get_more (view, &dec16), >, 0);
  g_assert_cmpuint (prd_month_view_get_shown (view, &dec16) + prd_month_view_get_more (view, &dec16), ==, n16);
  /* วันพ่อ shows on its Saturday. */
  g_assert_cmpuint (prd_month_view_get_shown (view, &dec5), ==, 1);
  g_assert_cmpuint (prd_month_view_get_more (view, &dec5), ==, 0);
  prd_gui_save_screenshot (window, "screenshot-calendar-month.png");

  popover = prd_month_view_open_day (view, &dec16);
  prd_gui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpuint (count_children (prd_gui_find_widget (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX),
                                    GTK_TYPE_LIST_BOX_ROW), ==, n16);
  prd_gui_save_screenshot (GTK_WIDGET (popover), "screenshot-calendar-more.png");
  gtk_popover_popdown (popover);
  prd_gui_settle ();

  /* Keys: → 4 Dec, ↓ 11 Dec, PgDn 11 Jan 2570, Home back to today. */
  chips_december = count_children (GTK_WIDGET (view), GTK_TYPE_INSCRIPTION);
  press (GTK_WIDGET (view), GDK_KEY_Right);
  prd_month_view_get_selected (view, &selected);
  g_assert_cmpint (g_date_get_day (&selected), ==, 4);
  press (GTK_WIDGET (view), GDK_KEY_Down);
  prd_month_view_get_selected (view, &selected);
  g_assert_cmpint (g_date_get_day (&selected), ==, 11);
  press (GTK_WIDGET (view), GDK_KEY_Page_Down);
  prd_gui_settle ();
  prd_month_view_get_selected (view, &selected);
  g_assert_cmpint (g_date_get_month (&selected), ==, 1);
  g_assert_cmpint (g_date_get_day (&selected), ==, 11);
  g_assert_cmpstr (prd_calendar_page_get_title (page), ==, "มกราคม 2570");
  /* January's chips are December's widgets again: the pool only grows
   * where a month needs more. */
  g_assert_cmpuint (count_children (GTK_WIDGET (view), GTK_TYPE_INSCRIPTION), <=, chips_december + 42);
  /* 3 Jan 2570 is on January's grid (a Sunday, nothing on it). */
  g_assert_cmpuint (prd_month_view_get_more (view, &jan3), ==, 0);
  prd_gui_save_screenshot (window, "screenshot-calendar-january.png");
  press (GTK_WIDGET (view), GDK_KEY_Home);
  prd_gui_settle ();
  prd_month_view_get_selected (view, &selected);
  g_assert_cmpint (g_date_compare (&selected, &today), ==, 0);
  g_assert_cmpstr (prd_calendar_page_get_title (page), ==, "ธันวาคม 2569");

  /* A write elsewhere (the CLI, sync) shows without asking: one more item
   * on 16 Dec, in the cell and the agenda. */
  prd_month_view_select_day (view, &dec16);
  prd_gui_settle ();
  {
    g_autoptr(PrdEvent) extra = prd_event_new ();
    g_autoptr(GDateTime) s = g_date_time_new (prd_event_timezone (), 2026, 12, 16, 16, 0, 0);
    g_autoptr(GDateTime) e = g_date_time_new (prd_event_timezone (), 2026, 12, 16, 16, 30, 0);
    g_autoptr(GListModel) now16 = NULL;

    prd_event_set_title (extra, "ส่งภาพข่าวให้ สพฐ.");
    prd_event_set_timed (extra, s, e);
    g_assert_true (prd_record_save (PRD_RECORD (extra), store, &error));
    g_assert_no_error (error);
    prd_gui_settle ();
    now16 = prd_month_view_list_day (view, &dec16);
    g_assert_cmpuint (g_list_model_get_n_items (now16), ==, n16 + 1);
    g_assert_cmpuint (prd_calendar_page_get_n_agenda (page), ==, n16 + 1);
    g_assert_cmpuint (prd_month_view_get_shown (view, &dec16) + prd_month_view_get_more (view, &dec16), ==, n16 + 1);
    g_assert_true (prd_event_remove (store, prd_record_get_id (PRD_RECORD (extra)), &error));
    prd_gui_settle ();
  }

  /* A click on 16 Dec shows its agenda. */
  prd_month_view_select_day (view, &dec16);
  prd_gui_settle ();
  g_assert_cmpuint (prd_calendar_page_get_n_agenda (page), ==, n16);
  prd_gui_save_screenshot (window, "screenshot-calendar-agenda.png");

  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

/* The window's Calendar page is this page, no longer an empty state. */
static void
test_window_page (void)
{
  PrdWindow *window = prd_window_new (NULL, store);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "calendar"));
  prd_gui_settle ();
  g_assert_nonnull (prd_gui_find_widget (GTK_WIDGET (window), PRD_TYPE_CALENDAR_PAGE));
  prd_gui_save_screenshot (GTK_WIDGET (window), "screenshot-calendar-window.png");
  gtk_window_destroy (GTK_WINDOW (window));
  prd_gui_settle ();
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  int rc;

  prd_gui_test_init (&argc, &argv);
  dir = prd_test_make_dir ();
  store = prd_gui_demo_store (dir, "calendar.sqlite", 40);

  g_test_add_func ("/calendar-page/month", test_month);
  g_test_add_func ("/calendar-page/window", test_window_page);
  rc = g_test_run ();

  g_object_unref (store);
  prd_test_remove_dir (dir);
  g_free (dir);
  return rc;
}
