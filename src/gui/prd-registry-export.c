/* prd-registry-export.c — Export and Print of the registry page.
 *
 * Waits for registry-core's exporters (CSV/XLSX/vCard/PDF and the printed
 * registry); until they are merged the page disables both buttons rather
 * than pretending. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "prd-registry-export.h"

gboolean
prd_registry_export_available (void)
{
  return FALSE;
}

void
prd_registry_export (GtkWidget       *parent,
                     PrdStore        *store,
                     PrdMemberQuery  *query,
                     const char      *format,
                     AdwToastOverlay *toasts)
{
  g_return_if_fail (prd_registry_export_available ());
}

void
prd_registry_print (GtkWidget       *parent,
                    PrdStore        *store,
                    PrdMemberQuery  *query,
                    AdwToastOverlay *toasts)
{
  g_return_if_fail (prd_registry_export_available ());
}
