/* prd-thai-fts.h — the FTS5 tokenizer "thai" and its parts. */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Cuts TEXT (LEN bytes of UTF-8) into the tokens FTS5 stores, calling EMIT as
 * an fts5_tokenizer's xToken callback is called. FLAGS are FTS5_TOKENIZE_*;
 * with FTS5_TOKENIZE_PREFIX the last token is what the person is typing. */
int  prd_thai_fts_tokenize               (const char *text,
                                          int         len,
                                          int         flags,
                                          void       *ctx,
                                          int       (*emit) (void *, int, const char *, int, int, int));

int  prd_thai_sqlite_register_tokenizer  (sqlite3    *db);
int  prd_thai_sqlite_register_collation  (sqlite3    *db);

G_END_DECLS
