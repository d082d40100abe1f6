/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-coverage.c — how far the PR network reaches (seed 001). */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-coverage.h"
#include "prd-model-error.h"
#include "store/prd-store-sql.h"

struct _PrdDistrictCoverage
{
  GObject  parent_instance;

  char    *district;
  gint64   joined;
  gint64   schools;
};

G_DEFINE_FINAL_TYPE (PrdDistrictCoverage, prd_district_coverage, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DISTRICT,
  PROP_JOINED,
  PROP_SCHOOLS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
prd_district_coverage_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PrdDistrictCoverage *self = PRD_DISTRICT_COVERAGE (object);

  switch (prop_id)
    {
    case PROP_DISTRICT: g_value_set_string (value, self->district); break;
    case PROP_JOINED:   g_value_set_int64 (value, self->joined); break;
    case PROP_SCHOOLS:  g_value_set_int64 (value, self->schools); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_district_coverage_finalize (GObject *object)
{
  PrdDistrictCoverage *self = PRD_DISTRICT_COVERAGE (object);

  g_free (self->district);
  G_OBJECT_CLASS (prd_district_coverage_parent_class)->finalize (object);
}

static void
prd_district_coverage_class_init (PrdDistrictCoverageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = prd_district_coverage_get_property;
  object_class->finalize = prd_district_coverage_finalize;
  props[PROP_DISTRICT] = g_param_spec_string ("district", NULL, NULL, "", flags);
  props[PROP_JOINED] = g_param_spec_int64 ("joined", NULL, NULL, 0, G_MAXINT64, 0, flags);
  props[PROP_SCHOOLS] = g_param_spec_int64 ("schools", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
prd_district_coverage_init (PrdDistrictCoverage *self)
{
}

const char *
prd_district_coverage_get_district (PrdDistrictCoverage *self)
{
  g_return_val_if_fail (PRD_IS_DISTRICT_COVERAGE (self), NULL);
  return self->district;
}

gint64
prd_district_coverage_get_joined (PrdDistrictCoverage *self)
{
  g_return_val_if_fail (PRD_IS_DISTRICT_COVERAGE (self), 0);
  return self->joined;
}

gint64
prd_district_coverage_get_schools (PrdDistrictCoverage *self)
{
  g_return_val_if_fail (PRD_IS_DISTRICT_COVERAGE (self), 0);
  return self->schools;
}

static void
set_read_error (int      rc,
                GError **error)
{
  g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
               _("The database could not read the list: %s"), sqlite3_errstr (rc));
}

GListModel *
prd_coverage_list_districts (PrdStore  *store,
                             GError   **error)
{
  g_autoptr(GListStore) list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  stmt = prd_store_prepare (store,
                            "SELECT district, sum (joined_network != 0), count (*) FROM school "
                            "WHERE deleted = 0 GROUP BY district ORDER BY district COLLATE THAI", error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (PRD_TYPE_DISTRICT_COVERAGE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PrdDistrictCoverage) item = g_object_new (PRD_TYPE_DISTRICT_COVERAGE, NULL);

      item->district = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      item->joined = sqlite3_column_int64 (stmt, 1);
      item->schools = sqlite3_column_int64 (stmt, 2);
      g_list_store_append (list, item);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      set_read_error (rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gboolean
prd_coverage_committee (PrdStore  *store,
                        gint64    *members,
                        gint64    *in_network_group,
                        GError   **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PRD_IS_STORE (store), FALSE);

  stmt = prd_store_prepare (store,
                            "SELECT count (DISTINCT r.member_id), "
                            "count (DISTINCT CASE WHEN r.in_network_group != 0 THEN r.member_id END) "
                            "FROM committee_role r JOIN member m ON m.id = r.member_id "
                            "WHERE r.deleted = 0 AND m.deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (members != NULL)
        *members = sqlite3_column_int64 (stmt, 0);
      if (in_network_group != NULL)
        *in_network_group = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      set_read_error (rc, error);
      return FALSE;
    }
  return TRUE;
}
