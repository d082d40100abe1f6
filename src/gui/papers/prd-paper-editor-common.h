/* prd-paper-editor-common.h — what the paper editors (memo, order) share:
 * the live preview that is also printed and exported, and the checks on
 * the date and number rows. */
#pragma once

#include <adwaita.h>

#include "docs/prd-doc.h"
#include "store/prd-store.h"
#include "prd-doc-preview.h"

G_BEGIN_DECLS

/* Lays out OWNER's paper; NULL with ERROR when it cannot. */
typedef PrdDoc *(*PrdPaperBuildFunc) (gpointer   owner,
                                      GError   **error);

/* Kept inside the editor. The PrdDoc last shown is the one printed and
 * exported, so preview, print and PDF never disagree. */
typedef struct
{
  PrdDocPreview     *preview;
  AdwToastOverlay   *toasts;
  PrdPaperBuildFunc  build;
  gpointer           owner;
  guint              delay_ms;
  guint              source;
  PrdDoc            *doc;
} PrdPaperLive;

void     prd_paper_live_init        (PrdPaperLive     *live,
                                     PrdDocPreview    *preview,
                                     AdwToastOverlay  *toasts,
                                     guint             delay_ms,
                                     PrdPaperBuildFunc build,
                                     gpointer          owner);
/* Stops a pending update and drops the paper; call from dispose. */
void     prd_paper_live_clear       (PrdPaperLive     *live);
/* Lays the paper out now and shows it; errors become toasts. */
void     prd_paper_live_update      (PrdPaperLive     *live);
/* Lays it out once edits have paused for DELAY_MS. */
void     prd_paper_live_queue       (PrdPaperLive     *live);
void     prd_paper_live_print       (PrdPaperLive     *live,
                                     GtkWindow        *parent);
/* Asks where to save the PDF; SUGGESTED is the file name offered. */
void     prd_paper_live_export      (PrdPaperLive     *live,
                                     GtkWindow        *parent,
                                     const char       *suggested);

/* TEXT NULL shows an empty row. */
void     prd_paper_entry_set_text   (AdwEntryRow      *row,
                                     const char       *text);
/* Reads a date typed the Thai way ("25 พ.ย. 2569", "25/11/2569") into
 * ISO (YYYY-MM-DD). Marks ROW red and returns FALSE when it is not one. */
gboolean prd_paper_entry_get_date   (AdwEntryRow      *row,
                                     char              iso[16]);
/* Reads a paper number 1–99999 in Thai or Arabic digits; empty is 0.
 * Marks ROW red and returns FALSE when it is not one. */
gboolean prd_paper_entry_get_number (AdwEntryRow      *row,
                                     int              *number);

/* Fills ROW with RECORDS (PrdRecord items, may be NULL), each shown by
 * LABEL, and IDS with their ids in the same order, after a first NONE_LABEL
 * row with a NULL id unless NONE_LABEL is NULL. The row whose id is CURRENT
 * is selected, else the first. */
void     prd_paper_fill_combo       (AdwComboRow      *row,
                                     GPtrArray        *ids,
                                     const char       *none_label,
                                     GListModel       *records,
                                     const char     *(*label) (gpointer record),
                                     const char       *current);

G_END_DECLS
