/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-record.h — the base of PR Desk's typed records.
 *
 * A record type is a final GObject subclass of PrdRecord for one table of
 * the store. Its properties are the table's columns (a property "given-name"
 * is the column given_name), installed with prd_record_class_install(); the
 * base keeps their values, emits notify only when a value really changes,
 * and reads and writes them at one boundary: rows in (prd-record-private.h,
 * for core/model), a JSON record out to prd_store_put().
 *
 *   const char *prd_channel_get_label (PrdChannel *self)
 *   { return prd_record_get_text (PRD_RECORD (self), props[PROP_LABEL]); }
 *
 * The store's sync columns are the base's own read-only properties. Core, no
 * GTK. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "store/prd-store.h"

G_BEGIN_DECLS

/* Flags for prd_record_class_install()'s GParamSpecs. */
#define PRD_RECORD_COLUMN   (1 << G_PARAM_USER_SHIFT)        /* written to the table */
#define PRD_RECORD_NULLABLE (1 << (G_PARAM_USER_SHIFT + 1))  /* "" (a number: 0) is written as NULL */

#define PRD_TYPE_RECORD (prd_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (PrdRecord, prd_record, PRD, RECORD, GObject)

struct _PrdRecordClass
{
  GObjectClass parent_class;

  /* The store table of this type's records. */
  const char  *table;
  /* Checks the record before prd_record_save() writes it (PRD_MODEL_ERROR);
   * NULL: nothing beyond the schema. */
  gboolean   (*validate) (PrdRecord  *self,
                          GError    **error);

  /*< private >*/
  guint        n_slots;
  gpointer     padding[4];
};

/* Installs the properties of a record type; call from class_init after
 * setting klass->table. Properties without PRD_RECORD_COLUMN are read from a
 * query's columns of the same name (a joined label) but never written.
 * Supported value types: string, boolean, int, int64, double, GBytes. */
void        prd_record_class_install   (PrdRecordClass  *klass,
                                        GParamSpec     **pspecs,
                                        guint            n_pspecs);

const char *prd_record_get_id          (PrdRecord   *self);
gint64      prd_record_get_rev         (PrdRecord   *self);
const char *prd_record_get_created_at  (PrdRecord   *self);
const char *prd_record_get_updated_at  (PrdRecord   *self);
gboolean    prd_record_get_deleted     (PrdRecord   *self);
/* FALSE until the record was saved or loaded. */
gboolean    prd_record_is_stored       (PrdRecord   *self);

/* Typed access to a property of the record's own type, for its getters and
 * setters; a text is never NULL (""). Setters notify only on change. */
const char *prd_record_get_text        (PrdRecord   *self,
                                        GParamSpec  *pspec);
gint64      prd_record_get_int         (PrdRecord   *self,
                                        GParamSpec  *pspec);
gboolean    prd_record_get_boolean     (PrdRecord   *self,
                                        GParamSpec  *pspec);
double      prd_record_get_double      (PrdRecord   *self,
                                        GParamSpec  *pspec);
GBytes     *prd_record_get_bytes       (PrdRecord   *self,
                                        GParamSpec  *pspec);
void        prd_record_set_text        (PrdRecord   *self,
                                        GParamSpec  *pspec,
                                        const char  *value);
void        prd_record_set_int         (PrdRecord   *self,
                                        GParamSpec  *pspec,
                                        gint64       value);
void        prd_record_set_boolean     (PrdRecord   *self,
                                        GParamSpec  *pspec,
                                        gboolean     value);
void        prd_record_set_double      (PrdRecord   *self,
                                        GParamSpec  *pspec,
                                        double       value);
void        prd_record_set_bytes       (PrdRecord   *self,
                                        GParamSpec  *pspec,
                                        GBytes      *value);

/* The record's columns as a record for prd_store_put (id left out when the
 * record is new, rev and updated_at always: the store stamps them). */
JsonObject *prd_record_to_json         (PrdRecord   *self);
/* Validates and writes the record through prd_store_put, then takes the
 * id, revision and times the store gave it. */
gboolean    prd_record_save            (PrdRecord   *self,
                                        PrdStore    *store,
                                        GError     **error);
/* Loads the live record ID of TYPE (a PrdRecord subclass). */
gpointer    prd_record_load            (PrdStore    *store,
                                        GType        type,
                                        const char  *id,
                                        GError     **error);
/* A new record with the values of SELF (not stored: no id). */
gpointer    prd_record_duplicate       (PrdRecord   *self);

G_END_DECLS
