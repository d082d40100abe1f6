/* prd-pages.c — which pages the window has. */
#include <glib/gi18n.h>

#include "prd-calendar-page.h"
#include "prd-news-page.h"
#include "prd-pages.h"
#include "prd-registry-page.h"

const PrdPageInfo prd_pages[] = {
  { "registry", N_("Registry"), "system-users-symbolic",
    N_("The PR network registry will live here"),
    N_("Schools, teachers and teacher creators, media and partner agencies of the office's "
       "PR network: search in Thai, import the network survey, export to Excel and print the "
       "registry. It arrives with the registry work."),
    prd_registry_page_new },
  { "news", N_("News & Memos"), "mail-send-symbolic",
    N_("News and approval memos will live here"),
    N_("News items through the office's approval workflow, and the approval memo "
       "with its preview, PDF and printing. It arrives with the official papers work."),
    prd_news_page_new },
  { "calendar", N_("Calendar"), "x-office-calendar-symbolic",
    N_("The calendar of PR work will live here"),
    N_("Activities, weekly broadcasts, workflow deadlines, the dates to tell the network, and "
       "holidays, month by month. It arrives with the calendar work."),
    prd_calendar_page_new },
  { "reports", N_("Reports"), "x-office-document-symbolic",
    N_("Reports will live here"),
    N_("Results per channel by fiscal year and round, coverage of the network, and project "
       "KPIs, ready to print. It arrives with the reports work."),
    NULL },
};

const guint prd_n_pages = G_N_ELEMENTS (prd_pages);
