/* prd-demo.h — a fictional demo office, the same on every run. */
#pragma once

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_DEMO_DEFAULT_MEMBERS 600
#define PRD_DEMO_SCHOOLS 185

gboolean prd_demo_is_present (PrdStore        *store);
gboolean prd_demo_generate   (PrdStore        *store,
                              guint            n_members,
                              PrdProgressFunc  progress,
                              gpointer         user_data,
                              GError         **error);

/* The demo office's memos, order and certificates (prd-demo-papers.c);
 * called by prd_demo_generate() inside its transaction. */
gboolean prd_demo_write_papers (PrdStore        *store,
                                GError         **error);

/* The demo office's calendar of fiscal year 2570 (prd-demo-calendar.c):
 * holidays, the weekly broadcast and routine, a busy December 2569;
 * called by prd_demo_generate() inside its transaction. */
gboolean prd_demo_write_calendar (PrdStore        *store,
                                  GError         **error);

G_END_DECLS
