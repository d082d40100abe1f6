/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-locale.h — the process's locale and where its translations are. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the C locale from the environment and binds PR Desk's text domain
 * (UTF-8) to prd_locale_dir (). Call first thing in main. */
void        prd_locale_init (void);

/* Where the translations are: $PRDESK_LOCALEDIR when set; the build tree's
 * po/ folder when the running program is one built there (so that
 * `build/src/cli/prdesk-cli` speaks Thai without any setup); else the
 * installed locale folder. */
const char *prd_locale_dir  (void);

G_END_DECLS
