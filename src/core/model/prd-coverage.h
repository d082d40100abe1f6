/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-coverage.h — how far the PR network reaches: the figures the registry's
 * coverage panel shows (seed 001).
 *
 * PrdDistrictCoverage is one district (อำเภอ): how many of its live schools
 * joined the network, of how many. Core, no GTK. */
#pragma once

#include <gio/gio.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

#define PRD_TYPE_DISTRICT_COVERAGE (prd_district_coverage_get_type ())
G_DECLARE_FINAL_TYPE (PrdDistrictCoverage, prd_district_coverage, PRD, DISTRICT_COVERAGE, GObject)

/* Properties (read-only): district (string, "" for schools without one),
 * joined (int64: schools that joined the network), schools (int64: all). */
const char *prd_district_coverage_get_district (PrdDistrictCoverage *self);
gint64      prd_district_coverage_get_joined   (PrdDistrictCoverage *self);
gint64      prd_district_coverage_get_schools  (PrdDistrictCoverage *self);

/* One PrdDistrictCoverage per district of the live schools, in Thai order
 * of the districts (schools without a district first, as ""). */
GListModel *prd_coverage_list_districts (PrdStore  *store,
                                         GError   **error);

/* Live members with a live committee role into MEMBERS, and how many of
 * them sit in the network group into IN_NETWORK_GROUP. */
gboolean    prd_coverage_committee      (PrdStore  *store,
                                         gint64    *members,
                                         gint64    *in_network_group,
                                         GError   **error);

G_END_DECLS
