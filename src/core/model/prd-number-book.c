/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-number-book.c — memo and order numbers per calendar year. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "model/prd-number-book.h"
#include "store/prd-store-sql.h"

struct _PrdNumberBook
{
  GObject   parent_instance;
  PrdStore *store;
};

G_DEFINE_FINAL_TYPE (PrdNumberBook, prd_number_book, G_TYPE_OBJECT)

static void
prd_number_book_finalize (GObject *object)
{
  g_clear_object (&PRD_NUMBER_BOOK (object)->store);
  G_OBJECT_CLASS (prd_number_book_parent_class)->finalize (object);
}

static void
prd_number_book_class_init (PrdNumberBookClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prd_number_book_finalize;
}

static void
prd_number_book_init (PrdNumberBook *self)
{
}

PrdNumberBook *
prd_number_book_new (PrdStore *store)
{
  PrdNumberBook *self;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  self = g_object_new (PRD_TYPE_NUMBER_BOOK, NULL);
  self->store = g_object_ref (store);
  return self;
}

int
prd_number_book_next (PrdNumberBook  *self,
                      PrdNumberKind   kind,
                      int             year,
                      GError        **error)
{
  /* Deleted papers count: their numbers were on paper once. */
  static const char *const sql[] = {
    [PRD_NUMBER_MEMO] = "SELECT coalesce (max (number_seq), 0) + 1 FROM memo WHERE number_year = ?1",
    [PRD_NUMBER_ORDER] = "SELECT coalesce (max (number_seq), 0) + 1 FROM appointment_order "
                         "WHERE number_year = ?1",
  };
  sqlite3_stmt *stmt;
  int next = 0;

  g_return_val_if_fail (PRD_IS_NUMBER_BOOK (self), 0);
  g_return_val_if_fail (kind == PRD_NUMBER_MEMO || kind == PRD_NUMBER_ORDER, 0);

  stmt = prd_store_prepare (self->store, sql[kind], error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    next = sqlite3_column_int (stmt, 0);
  else
    g_set_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_SQL,
                 _("The next paper number could not be read: %s"),
                 sqlite3_errmsg (prd_store_get_db (self->store)));
  sqlite3_finalize (stmt);
  return next;
}
