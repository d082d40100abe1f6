/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-school-names.h — school names as people write them.
 *
 * "โรงเรียนบ้านหนองบัว", "รร.บ้านหนองบัว", "บ้าน หนองบัว" and "โรงเรียนบ้านห้วย ๒" vs
 * "บ้านห้วย 2" are each one school: the key ignores spaces, case, the
 * โรงเรียน / รร. / ร.ร. prefix and Thai or Arabic digits. Core, no GTK. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *prd_school_name_fold      (const char *name);
/* Does NAME say it is a school (โรงเรียน…, รร.…, ร.ร.…)? */
gboolean  prd_school_name_is_school (const char *name);

G_END_DECLS
