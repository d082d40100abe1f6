/* prd-application.h — the PR Desk application: options, store, app actions. */
#pragma once

#include <adwaita.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_APPLICATION (prd_application_get_type ())
G_DECLARE_FINAL_TYPE (PrdApplication, prd_application, PRD, APPLICATION, AdwApplication)

PrdApplication *prd_application_new       (void);
PrdStore       *prd_application_get_store (PrdApplication *self);

G_END_DECLS
