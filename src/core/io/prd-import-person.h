/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-import-person.h — importer internals: is a duplicate the same person?
 *
 * A phone shared by two names is two people (a family phone, a school's
 * number, a typo): merging would rename the one already there. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Same given name, and the same surname unless one of them gives none;
 * spaces and case do not count. */
gboolean  prd_import_same_person (const char *given_a,
                                  const char *surname_a,
                                  const char *given_b,
                                  const char *surname_b);
/* "นางสมศรี มีสุข": title, given name and surname as lists show them. */
char     *prd_import_person_name (const char *title,
                                  const char *given_name,
                                  const char *surname);

G_END_DECLS
