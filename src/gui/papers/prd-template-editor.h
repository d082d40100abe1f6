/* prd-template-editor.h — the office's wording of the approval memo. */
#pragma once

#include <adwaita.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_TEMPLATE_EDITOR (prd_template_editor_get_type ())
G_DECLARE_FINAL_TYPE (PrdTemplateEditor, prd_template_editor, PRD, TEMPLATE_EDITOR, AdwWindow)

PrdTemplateEditor *prd_template_editor_new (PrdStore   *store,
                                            GtkWindow  *parent,
                                            GError    **error);

G_END_DECLS
