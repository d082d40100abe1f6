/* prd-news-paper-row.c — an order's or a certificate batch's row. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-paper.h"
#include "prd-news-paper-row.h"

struct _PrdNewsPaperRow
{
  AdwActionRow  parent_instance;

  PrdRecord    *paper;
  GtkWidget    *progress;   /* batches only; owned by the row's suffixes */
};

G_DEFINE_FINAL_TYPE (PrdNewsPaperRow, prd_news_paper_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_PAPER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_EDIT_REQUESTED,
  SIGNAL_PRINT_REQUESTED,
  SIGNAL_EXPORT_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_edit_clicked_cb (PrdNewsPaperRow *self)
{
  g_signal_emit (self, signals[SIGNAL_EDIT_REQUESTED], 0);
}

static void
on_print_clicked_cb (PrdNewsPaperRow *self)
{
  g_signal_emit (self, signals[SIGNAL_PRINT_REQUESTED], 0);
}

static void
on_export_clicked_cb (PrdNewsPaperRow *self)
{
  g_signal_emit (self, signals[SIGNAL_EXPORT_REQUESTED], 0);
}

static void
add_button (PrdNewsPaperRow *self,
            const char      *label,
            GCallback        callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), button);
}

static PrdNewsPaperRow *
row_new (gpointer    paper,
         const char *title,
         const char *subtitle)
{
  PrdNewsPaperRow *self = g_object_new (PRD_TYPE_NEWS_PAPER_ROW, "paper", paper, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  return self;
}

GtkWidget *
prd_news_paper_row_new_for_order (PrdOrder *order)
{
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  PrdNewsPaperRow *self;

  g_return_val_if_fail (PRD_IS_ORDER (order), NULL);

  date = prd_paper_date (prd_order_get_order_date (order));
  subtitle = g_strdup_printf ("ที่ %d/%d · %s", prd_order_get_number_seq (order),
                              prd_order_get_number_year (order) + 543, date ? date : "");
  self = row_new (order, prd_order_get_subject (order), subtitle);
  add_button (self, _("_Edit…"), G_CALLBACK (on_edit_clicked_cb));
  add_button (self, _("_Print…"), G_CALLBACK (on_print_clicked_cb));
  add_button (self, _("_Export PDF…"), G_CALLBACK (on_export_clicked_cb));
  return GTK_WIDGET (self);
}

GtkWidget *
prd_news_paper_row_new_for_batch (PrdCertificateBatch *batch)
{
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  PrdNewsPaperRow *self;

  g_return_val_if_fail (PRD_IS_CERTIFICATE_BATCH (batch), NULL);

  date = prd_paper_date (prd_certificate_batch_get_issued_on (batch));
  subtitle = g_strdup_printf (_("Certificates: %d · issued %s"),
                              prd_certificate_batch_get_n_certificates (batch),
                              date ? date : "");
  self = row_new (batch, prd_certificate_batch_get_reason (batch), subtitle);
  self->progress = gtk_progress_bar_new ();
  gtk_widget_set_valign (self->progress, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->progress, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->progress);
  add_button (self, _("_Export PDF…"), G_CALLBACK (on_export_clicked_cb));
  return GTK_WIDGET (self);
}

PrdRecord *
prd_news_paper_row_get_paper (PrdNewsPaperRow *self)
{
  g_return_val_if_fail (PRD_IS_NEWS_PAPER_ROW (self), NULL);
  return self->paper;
}

void
prd_news_paper_row_set_progress (PrdNewsPaperRow *self,
                                 double           fraction)
{
  g_return_if_fail (PRD_IS_NEWS_PAPER_ROW (self));
  if (self->progress == NULL)
    return;
  gtk_widget_set_visible (self->progress, fraction >= 0);
  if (fraction >= 0)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), fraction);
}

static void
prd_news_paper_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PrdNewsPaperRow *self = PRD_NEWS_PAPER_ROW (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      g_value_set_object (value, self->paper);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_news_paper_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PrdNewsPaperRow *self = PRD_NEWS_PAPER_ROW (object);

  switch (prop_id)
    {
    case PROP_PAPER:
      g_set_object (&self->paper, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_news_paper_row_dispose (GObject *object)
{
  PrdNewsPaperRow *self = PRD_NEWS_PAPER_ROW (object);

  g_clear_object (&self->paper);
  G_OBJECT_CLASS (prd_news_paper_row_parent_class)->dispose (object);
}

static void
prd_news_paper_row_class_init (PrdNewsPaperRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = prd_news_paper_row_get_property;
  object_class->set_property = prd_news_paper_row_set_property;
  object_class->dispose = prd_news_paper_row_dispose;

  properties[PROP_PAPER] =
    g_param_spec_object ("paper", NULL, NULL, PRD_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_EDIT_REQUESTED] =
    g_signal_new ("edit-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_PRINT_REQUESTED] =
    g_signal_new ("print-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_EXPORT_REQUESTED] =
    g_signal_new ("export-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
prd_news_paper_row_init (PrdNewsPaperRow *self)
{
}
