/* prd-month-view.c — PrdMonthView: the month grid (see the header). */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-month-view.h"
#include "model/prd-event.h"
#include "thai/prd-thai.h"
#include "thai/prd-thai-date.h"

#define N_CELLS 42
/* Chips prepared per day; a taller cell than that shows "+N more". */
#define MAX_CHIPS 12
#define PAD 3

typedef struct {
  int cell;    /* -1: unused */
  int order;   /* its line in the cell */
  int kind;    /* index into kind_colors */
} ChipInfo;

struct _PrdMonthView
{
  GtkWidget    parent_instance;

  PrdStore    *store;
  PrdTimeline *timeline;
  GDate        month;        /* its first day */
  GDate        grid_first;   /* the Sunday on or before it */
  GDate        today;
  GDate        selected;

  GtkWidget   *weekdays[7];
  GtkWidget   *days[N_CELLS];
  GtkWidget   *more[N_CELLS];
  GPtrArray   *cells[N_CELLS];   /* PrdOccurrence of each day */
  gboolean     day_off[N_CELLS];
  guint        shown[N_CELLS];
  guint        n_more[N_CELLS];

  GPtrArray   *pool;             /* GtkInscription chips, reused */
  GArray      *chips;            /* ChipInfo, one per pool widget */
  GtkWidget   *popover;
  int          popover_cell;
};

G_DEFINE_FINAL_TYPE (PrdMonthView, prd_month_view, GTK_TYPE_WIDGET)

enum {
  SIGNAL_DAY_SELECTED,
  SIGNAL_DAY_ACTIVATED,
  SIGNAL_MONTH_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Colours by kind (GNOME's palette), drawn behind the chip's text. */
static const struct {
  const char *kind;
  GdkRGBA     color;
} kind_colors[] = {
  { PRD_EVENT_ACTIVITY, { 0.18, 0.76, 0.49, 0.28 } },
  { PRD_EVENT_MEETING, { 0.57, 0.25, 0.67, 0.25 } },
  { PRD_EVENT_BROADCAST, { 0.21, 0.52, 0.89, 0.28 } },
  { PRD_EVENT_CLOSURE, { 0.88, 0.11, 0.14, 0.25 } },
  { PRD_OCCURRENCE_HOLIDAY, { 0.88, 0.11, 0.14, 0.25 } },
  { PRD_OCCURRENCE_NEWS, { 1.0, 0.47, 0.0, 0.28 } },
  { PRD_OCCURRENCE_DEADLINE, { 0.90, 0.65, 0.04, 0.35 } },
  { PRD_EVENT_OTHER, { 0.47, 0.46, 0.48, 0.22 } },
};

static int
kind_index (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_colors); i++)
    if (g_str_equal (kind, kind_colors[i].kind))
      return (int) i;
  return G_N_ELEMENTS (kind_colors) - 1;
}

static gboolean
is_day_off (PrdOccurrence *o)
{
  const char *kind = prd_occurrence_get_kind (o);

  return prd_occurrence_get_all_day (o) &&
         (g_str_equal (kind, PRD_OCCURRENCE_HOLIDAY) ||
          (g_str_equal (kind, PRD_EVENT_CLOSURE) &&
           g_str_equal (prd_occurrence_get_source_table (o), "holiday")));
}

static int
cell_of (PrdMonthView *self,
         const GDate  *date)
{
  int offset = g_date_days_between (&self->grid_first, date);

  return offset >= 0 && offset < N_CELLS ? offset : -1;
}

static GDate
date_of (PrdMonthView *self,
         int           cell)
{
  GDate d = self->grid_first;

  g_date_add_days (&d, (guint) cell);
  return d;
}

/* Items into cells, texts into pooled chips */

static char *
chip_text (PrdOccurrence *o)
{
  g_autofree char *time = NULL;

  if (prd_occurrence_get_all_day (o))
    return g_strdup (prd_occurrence_get_title (o));
  time = g_date_time_format (prd_occurrence_get_start (o), "%H:%M");
  return g_strdup_printf ("%s %s", time, prd_occurrence_get_title (o));
}

static GtkWidget *
pool_widget (PrdMonthView *self,
             guint         i)
{
  if (i >= self->pool->len)
    {
      GtkWidget *chip = gtk_inscription_new (NULL);
      ChipInfo none = { -1, 0, 0 };

      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (chip), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_inscription_set_min_lines (GTK_INSCRIPTION (chip), 1);
      gtk_inscription_set_nat_lines (GTK_INSCRIPTION (chip), 1);
      gtk_widget_add_css_class (chip, "caption");
      gtk_widget_set_parent (chip, GTK_WIDGET (self));
      g_ptr_array_add (self->pool, chip);
      g_array_append_val (self->chips, none);
    }
  return g_ptr_array_index (self->pool, i);
}

static void
rebuild (PrdMonthView *self)
{
  GListModel *items = G_LIST_MODEL (self->timeline);
  guint n = g_list_model_get_n_items (items);
  guint used = 0;

  for (int c = 0; c < N_CELLS; c++)
    {
      g_ptr_array_set_size (self->cells[c], 0);
      self->day_off[c] = FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdOccurrence) o = g_list_model_get_item (items, i);
      GDate d, last;

      prd_occurrence_get_first_day (o, &d);
      prd_occurrence_get_last_day (o, &last);
      for (; g_date_compare (&d, &last) <= 0; g_date_add_days (&d, 1))
        {
          int c = cell_of (self, &d);

          if (c < 0)
            continue;
          g_ptr_array_add (self->cells[c], g_object_ref (o));
          self->day_off[c] |= is_day_off (o);
        }
    }

  for (int c = 0; c < N_CELLS; c++)
    for (guint j = 0; j < self->cells[c]->len && j < MAX_CHIPS; j++, used++)
      {
        PrdOccurrence *o = g_ptr_array_index (self->cells[c], j);
        GtkWidget *chip = pool_widget (self, used);
        ChipInfo *info = &g_array_index (self->chips, ChipInfo, used);
        g_autofree char *text = chip_text (o);

        if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (chip)), text) != 0)
          gtk_inscription_set_text (GTK_INSCRIPTION (chip), text);
        info->cell = c;
        info->order = (int) j;
        info->kind = kind_index (prd_occurrence_get_kind (o));
      }
  for (guint i = used; i < self->pool->len; i++)
    {
      g_array_index (self->chips, ChipInfo, i).cell = -1;
      gtk_widget_set_child_visible (g_ptr_array_index (self->pool, i), FALSE);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
on_items_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     PrdMonthView *self)
{
  rebuild (self);
}

/* The month */

static void
update_day_labels (PrdMonthView *self)
{
  for (int c = 0; c < N_CELLS; c++)
    {
      GDate d = date_of (self, c);
      g_autofree char *text = g_strdup_printf ("%d", g_date_get_day (&d));

      gtk_label_set_text (GTK_LABEL (self->days[c]), text);
      if (g_date_get_month (&d) == g_date_get_month (&self->month))
        gtk_widget_remove_css_class (self->days[c], "dim-label");
      else
        gtk_widget_add_css_class (self->days[c], "dim-label");
      if (g_date_compare (&d, &self->today) == 0)
        gtk_widget_add_css_class (self->days[c], "heading");
      else
        gtk_widget_remove_css_class (self->days[c], "heading");
    }
}

void
prd_month_view_set_month (PrdMonthView *self,
                          int           year,
                          int           month)
{
  g_autoptr(GError) error = NULL;
  GDate first, last;

  g_return_if_fail (PRD_IS_MONTH_VIEW (self));
  g_return_if_fail (month >= 1 && month <= 12);

  if (g_date_valid (&self->month) && (int) g_date_get_year (&self->month) == year &&
      (int) g_date_get_month (&self->month) == month)
    return;
  g_date_set_dmy (&self->month, 1, (GDateMonth) month, (GDateYear) year);
  first = self->month;
  /* Weeks start on Sunday. */
  g_date_subtract_days (&first, g_date_get_weekday (&first) % 7);
  self->grid_first = first;
  last = first;
  g_date_add_days (&last, N_CELLS - 1);

  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  update_day_labels (self);
  if (self->timeline == NULL)
    {
      self->timeline = prd_timeline_new (self->store, &first, &last, &error);
      if (self->timeline != NULL)
        g_signal_connect_object (self->timeline, "items-changed", G_CALLBACK (on_items_changed_cb), self, 0);
    }
  else if (!prd_timeline_set_range (self->timeline, &first, &last, &error))
    g_warning ("The calendar could not be read: %s", error->message);
  if (self->timeline == NULL)
    g_warning ("The calendar could not be read: %s", error->message);
  else
    rebuild (self);   /* the same items can sit in other cells */
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_MONTH_CHANGED], 0);
}

void
prd_month_view_get_month (PrdMonthView *self,
                          int          *year,
                          int          *month)
{
  g_return_if_fail (PRD_IS_MONTH_VIEW (self));

  if (year != NULL)
    *year = g_date_get_year (&self->month);
  if (month != NULL)
    *month = g_date_get_month (&self->month);
}

char *
prd_month_view_get_title (PrdMonthView *self)
{
  g_return_val_if_fail (PRD_IS_MONTH_VIEW (self), NULL);
  return g_strdup_printf ("%s %d", prd_thai_month_name (g_date_get_month (&self->month), FALSE),
                          prd_thai_date_year_be (&self->month));
}

void
prd_month_view_select_day (PrdMonthView *self,
                           const GDate  *date)
{
  g_return_if_fail (PRD_IS_MONTH_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->selected = *date;
  if (g_date_get_month (date) != g_date_get_month (&self->month) ||
      g_date_get_year (date) != g_date_get_year (&self->month))
    prd_month_view_set_month (self, g_date_get_year (date), g_date_get_month (date));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SIGNAL_DAY_SELECTED], 0);
}

void
prd_month_view_get_selected (PrdMonthView *self,
                             GDate        *date)
{
  g_return_if_fail (PRD_IS_MONTH_VIEW (self));
  *date = self->selected;
}

void
prd_month_view_go_today (PrdMonthView *self)
{
  g_return_if_fail (PRD_IS_MONTH_VIEW (self));
  prd_month_view_select_day (self, &self->today);
}

PrdTimeline *
prd_month_view_get_timeline (PrdMonthView *self)
{
  g_return_val_if_fail (PRD_IS_MONTH_VIEW (self), NULL);
  return self->timeline;
}

GListModel *
prd_month_view_list_day (PrdMonthView *self,
                         const GDate  *date)
{
  GListStore *list = g_list_store_new (PRD_TYPE_OCCURRENCE);
  int c;

  g_return_val_if_fail (PRD_IS_MONTH_VIEW (self), G_LIST_MODEL (list));

  c = cell_of (self, date);
  if (c >= 0)
    g_list_store_splice (list, 0, 0, self->cells[c]->pdata, self->cells[c]->len);
  return G_LIST_MODEL (list);
}

guint
prd_month_view_get_shown (PrdMonthView *self,
                          const GDate  *date)
{
  int c = cell_of (self, date);
  return c >= 0 ? self->shown[c] : 0;
}

guint
prd_month_view_get_more (PrdMonthView *self,
                         const GDate  *date)
{
  int c = cell_of (self, date);
  return c >= 0 ? self->n_more[c] : 0;
}

/* The "+N more" popover: every item of the day. */

GtkPopover *
prd_month_view_open_day (PrdMonthView *self,
                         const GDate  *date)
{
  g_autofree char *title = NULL;
  GtkWidget *box, *list, *scroller, *heading;
  int c;

  g_return_val_if_fail (PRD_IS_MONTH_VIEW (self), NULL);

  c = cell_of (self, date);
  g_return_val_if_fail (c >= 0, NULL);

  if (self->popover == NULL)
    {
      self->popover = gtk_popover_new ();
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
    }
  self->popover_cell = c;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (box, 360, -1);
  title = prd_thai_date_format (date, PRD_THAI_DATE_FULL, PRD_THAI_DATE_WEEKDAY);
  heading = gtk_label_new (title);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < self->cells[c]->len; i++)
    {
      g_autofree char *text = chip_text (g_ptr_array_index (self->cells[c], i));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_set_margin_top (label, 3);
      gtk_widget_set_margin_bottom (label, 3);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_popover_popup (GTK_POPOVER (self->popover));
  return GTK_POPOVER (self->popover);
}

/* Layout */

static void
cell_rect (PrdMonthView   *self,
           int             c,
           int             width,
           int             height,
           int             header,
           graphene_rect_t *r)
{
  float w = width / 7.0f, h = (height - header) / 6.0f;

  graphene_rect_init (r, (c % 7) * w, header + (c / 7) * h, w, h);
}

static int
header_height (PrdMonthView *self)
{
  int h = 0;

  gtk_widget_measure (self->weekdays[0], GTK_ORIENTATION_VERTICAL, -1, NULL, &h, NULL, NULL);
  return h + 2 * PAD;
}

static void
prd_month_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PrdMonthView *self = PRD_MONTH_VIEW (widget);

  /* The grid takes what it is given: its content is cut to fit. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 7 * 48;
      *natural = 7 * 140;
    }
  else
    {
      *minimum = header_height (self) + 6 * 48;
      *natural = header_height (self) + 6 * 110;
    }
}

static void
prd_month_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PrdMonthView *self = PRD_MONTH_VIEW (widget);
  int header = header_height (self);
  int day_h = 0, chip_h = 0, more_h = 0;
  graphene_rect_t r;

  gtk_widget_measure (self->days[0], GTK_ORIENTATION_VERTICAL, -1, NULL, &day_h, NULL, NULL);
  gtk_widget_measure (self->more[0], GTK_ORIENTATION_VERTICAL, -1, NULL, &more_h, NULL, NULL);
  chip_h = more_h + 2;

  for (int i = 0; i < 7; i++)
    {
      cell_rect (self, i, width, height, header, &r);
      gtk_widget_size_allocate (self->weekdays[i],
                                &(GtkAllocation) { (int) r.origin.x, PAD, (int) r.size.width, header - 2 * PAD }, -1);
    }

  for (int c = 0; c < N_CELLS; c++)
    {
      int n = (int) self->cells[c]->len;
      int room, capacity, shown;

      cell_rect (self, c, width, height, header, &r);
      gtk_widget_size_allocate (self->days[c],
                                &(GtkAllocation) { (int) r.origin.x + PAD, (int) r.origin.y + 1,
                                                   (int) r.size.width - 2 * PAD, day_h }, -1);
      room = (int) r.size.height - day_h - 2;
      capacity = MAX (0, room / chip_h);
      shown = n <= capacity ? n : MAX (0, capacity - 1);
      shown = MIN (shown, MAX_CHIPS);
      self->shown[c] = (guint) shown;
      self->n_more[c] = (guint) (n - shown);
      if (self->n_more[c] > 0)
        {
          g_autofree char *text = g_strdup_printf (_("+%u more"), self->n_more[c]);

          gtk_inscription_set_text (GTK_INSCRIPTION (self->more[c]), text);
          gtk_widget_set_child_visible (self->more[c], TRUE);
          gtk_widget_size_allocate (self->more[c],
                                    &(GtkAllocation) { (int) r.origin.x + PAD,
                                                       (int) r.origin.y + 1 + day_h + shown * chip_h,
                                                       (int) r.size.width - 2 * PAD, more_h }, -1);
        }
      else
        gtk_widget_set_child_visible (self->more[c], FALSE);
    }

  for (guint i = 0; i < self->pool->len; i++)
    {
      ChipInfo *info = &g_array_index (self->chips, ChipInfo, i);
      GtkWidget *chip = g_ptr_array_index (self->pool, i);

      if (info->cell < 0 || info->order >= (int) self->shown[info->cell])
        {
          gtk_widget_set_child_visible (chip, FALSE);
          continue;
        }
      cell_rect (self, info->cell, width, height, header, &r);
      gtk_widget_set_child_visible (chip, TRUE);
      gtk_widget_size_allocate (chip,
                                &(GtkAllocation) { (int) r.origin.x + PAD + 2,
                                                   (int) r.origin.y + 1 + day_h + info->order * chip_h,
                                                   (int) r.size.width - 2 * PAD - 4, chip_h - 2 }, -1);
    }

  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    {
      cell_rect (self, self->popover_cell, width, height, header, &r);
      gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                   &(GdkRectangle) { (int) r.origin.x, (int) r.origin.y,
                                                     (int) r.size.width, (int) r.size.height });
      gtk_popover_present (GTK_POPOVER (self->popover));
    }
}

/* Drawing: the cells, then the children. */

static void
prd_month_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PrdMonthView *self = PRD_MONTH_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int header = header_height (self);
  const GdkRGBA line = { 0.5, 0.5, 0.5, 0.3 };
  const GdkRGBA off = { 0.88, 0.11, 0.14, 0.10 };
  const GdkRGBA outside = { 0.5, 0.5, 0.5, 0.08 };
  const GdkRGBA accent = { 0.21, 0.52, 0.89, 1.0 };
  const GdkRGBA today = { 0.21, 0.52, 0.89, 0.18 };
  graphene_rect_t r;

  for (int c = 0; c < N_CELLS; c++)
    {
      GDate d = date_of (self, c);

      cell_rect (self, c, width, height, header, &r);
      if (g_date_get_month (&d) != g_date_get_month (&self->month))
        gtk_snapshot_append_color (snapshot, &outside, &r);
      if (self->day_off[c])
        gtk_snapshot_append_color (snapshot, &off, &r);
      if (g_date_compare (&d, &self->today) == 0)
        gtk_snapshot_append_color (snapshot, &today, &r);
      if (g_date_valid (&self->selected) && g_date_compare (&d, &self->selected) == 0)
        {
          GskRoundedRect outline;
          float widths[4] = { 2, 2, 2, 2 };
          GdkRGBA colors[4] = { accent, accent, accent, accent };

          gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (r.origin.x + 1, r.origin.y + 1,
                                                                          r.size.width - 2, r.size.height - 2), 0);
          gtk_snapshot_append_border (snapshot, &outline, widths, colors);
        }
    }
  for (int i = 0; i <= 7; i++)
    gtk_snapshot_append_color (snapshot, &line, &GRAPHENE_RECT_INIT (i * width / 7.0f, header, 1, height - header));
  for (int j = 0; j <= 6; j++)
    gtk_snapshot_append_color (snapshot, &line,
                               &GRAPHENE_RECT_INIT (0, header + j * (height - header) / 6.0f, width, 1));

  for (guint i = 0; i < self->pool->len; i++)
    {
      GtkWidget *chip = g_ptr_array_index (self->pool, i);
      ChipInfo *info = &g_array_index (self->chips, ChipInfo, i);
      graphene_rect_t bounds;

      if (!gtk_widget_get_child_visible (chip) || info->cell < 0 ||
          !gtk_widget_compute_bounds (chip, widget, &bounds))
        continue;
      gtk_snapshot_append_color (snapshot, &kind_colors[info->kind].color, &bounds);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

/* Input */

static int
cell_at (PrdMonthView *self,
         double        x,
         double        y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self)), height = gtk_widget_get_height (GTK_WIDGET (self));
  int header = header_height (self);
  int col, row;

  if (y < header || width <= 0 || height <= header)
    return -1;
  col = CLAMP ((int) (x * 7 / width), 0, 6);
  row = CLAMP ((int) ((y - header) * 6 / (height - header)), 0, 5);
  return row * 7 + col;
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     PrdMonthView    *self)
{
  int c = cell_at (self, x, y);
  GDate d;
  graphene_rect_t bounds;

  if (c < 0)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  d = date_of (self, c);
  if (gtk_widget_get_child_visible (self->more[c]) &&
      gtk_widget_compute_bounds (self->more[c], GTK_WIDGET (self), &bounds) &&
      graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (x, y)))
    {
      prd_month_view_select_day (self, &d);
      prd_month_view_open_day (self, &d);
      return;
    }
  prd_month_view_select_day (self, &d);
  if (n_press == 2)
    g_signal_emit (self, signals[SIGNAL_DAY_ACTIVATED], 0);
}

static void
move_months (PrdMonthView *self,
             int           months)
{
  GDate d = self->selected;

  if (months > 0)
    g_date_add_months (&d, (guint) months);
  else
    g_date_subtract_months (&d, (guint) -months);
  prd_month_view_select_day (self, &d);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   PrdMonthView          *self)
{
  GDate d = self->selected;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      g_date_subtract_days (&d, 1);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      g_date_add_days (&d, 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      g_date_subtract_days (&d, 7);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      g_date_add_days (&d, 7);
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_months (self, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_months (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      prd_month_view_go_today (self);
      return GDK_EVENT_STOP;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      g_signal_emit (self, signals[SIGNAL_DAY_ACTIVATED], 0);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  prd_month_view_select_day (self, &d);
  return GDK_EVENT_STOP;
}

/* The type */

static void
prd_month_view_dispose (GObject *object)
{
  PrdMonthView *self = PRD_MONTH_VIEW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->popover = NULL;
  g_clear_pointer (&self->pool, g_ptr_array_unref);
  g_clear_object (&self->timeline);
  g_clear_object (&self->store);
  for (int c = 0; c < N_CELLS; c++)
    g_clear_pointer (&self->cells[c], g_ptr_array_unref);
  G_OBJECT_CLASS (prd_month_view_parent_class)->dispose (object);
}

static void
prd_month_view_finalize (GObject *object)
{
  PrdMonthView *self = PRD_MONTH_VIEW (object);

  g_clear_pointer (&self->chips, g_array_unref);
  G_OBJECT_CLASS (prd_month_view_parent_class)->finalize (object);
}

static void
prd_month_view_class_init (PrdMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prd_month_view_dispose;
  object_class->finalize = prd_month_view_finalize;
  widget_class->measure = prd_month_view_measure;
  widget_class->size_allocate = prd_month_view_size_allocate;
  widget_class->snapshot = prd_month_view_snapshot;

  signals[SIGNAL_DAY_SELECTED] =
    g_signal_new ("day-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_MONTH_CHANGED] =
    g_signal_new ("month-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "prd-month-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
prd_month_view_init (PrdMonthView *self)
{
  /* Sunday first, as Thai wall calendars. */
  static const char *weekday_names[7] = {
    N_("Sun"), N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"),
  };
  GtkGesture *click;
  GtkEventController *keys;

  self->pool = g_ptr_array_new ();
  self->chips = g_array_new (FALSE, FALSE, sizeof (ChipInfo));
  g_date_clear (&self->month, 1);
  g_date_clear (&self->grid_first, 1);
  g_date_clear (&self->today, 1);
  g_date_clear (&self->selected, 1);

  for (int i = 0; i < 7; i++)
    {
      self->weekdays[i] = gtk_label_new (_(weekday_names[i]));
      gtk_widget_add_css_class (self->weekdays[i], "dim-label");
      gtk_widget_set_parent (self->weekdays[i], GTK_WIDGET (self));
    }
  for (int c = 0; c < N_CELLS; c++)
    {
      self->cells[c] = g_ptr_array_new_with_free_func (g_object_unref);
      self->days[c] = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->days[c]), 0);
      gtk_widget_set_parent (self->days[c], GTK_WIDGET (self));
      self->more[c] = gtk_inscription_new (NULL);
      gtk_inscription_set_min_lines (GTK_INSCRIPTION (self->more[c]), 1);
      gtk_widget_add_css_class (self->more[c], "caption-heading");
      gtk_widget_set_child_visible (self->more[c], FALSE);
      gtk_widget_set_parent (self->more[c], GTK_WIDGET (self));
    }

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
prd_month_view_new (PrdStore    *store,
                    const GDate *today)
{
  PrdMonthView *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self = g_object_new (PRD_TYPE_MONTH_VIEW, NULL);
  self->store = g_object_ref (store);
  if (today != NULL && g_date_valid (today))
    self->today = *today;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (prd_event_timezone ());

      g_date_set_dmy (&self->today, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
    }
  self->selected = self->today;
  prd_month_view_set_month (self, g_date_get_year (&self->today), g_date_get_month (&self->today));
  return GTK_WIDGET (self);
}
