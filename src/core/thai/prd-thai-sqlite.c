/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-thai-sqlite.c — what every connection gets: collation THAI and the
 * FTS5 tokenizer "thai". */
#define G_LOG_DOMAIN "prd-thai"

#include "prd-thai.h"
#include "prd-thai-fts.h"

int
prd_thai_sqlite_register (sqlite3 *db)
{
  int rc = prd_thai_sqlite_register_collation (db);

  if (rc == SQLITE_OK)
    rc = prd_thai_sqlite_register_tokenizer (db);
  return rc;
}
