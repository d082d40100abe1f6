/* prd-preferences.h — the office profile, groups and signers, and the
 * registry's lists (member categories, committees). */
#pragma once

#include <adwaita.h>

#include "model/prd-context.h"

G_BEGIN_DECLS

#define PRD_TYPE_PREFERENCES (prd_preferences_get_type ())
G_DECLARE_FINAL_TYPE (PrdPreferences, prd_preferences, PRD, PREFERENCES, AdwPreferencesWindow)

PrdPreferences *prd_preferences_new  (PrdContext      *context);
gboolean        prd_preferences_save (PrdPreferences  *self,
                                      GError         **error);
/* Whether member categories or committees were changed in this window. */
gboolean        prd_preferences_get_lists_changed (PrdPreferences *self);

G_END_DECLS
