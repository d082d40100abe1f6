/* SPDX-License-Identifier: GPL-3.0-or-later */
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

/* Bulk indexing. While the word breaks are held, every Thai run the
 * tokenizer breaks stays known; prd_thai_fts_prime breaks TEXT's runs ahead
 * of time (on another thread, say, while the rows are being written), so
 * that indexing them later finds their breaks ready. Release forgets them. */
void prd_thai_fts_hold_breaks            (void);
void prd_thai_fts_prime                  (const char *text);
void prd_thai_fts_release_breaks         (void);

/* The ways the index may hold the Thai word WORD when it is part of a
 * longer name: WORD itself first, then WORD cut into dictionary words
 * (joined by spaces, fewer pieces first), at most six. With LAST_IS_PREFIX
 * the last piece need only begin a word (it is still being typed). A word
 * that is not all Thai letters is its only way. */
GStrv prd_thai_fts_query_cuts            (const char *word,
                                          gboolean    last_is_prefix);

int  prd_thai_sqlite_register_tokenizer  (sqlite3    *db);
int  prd_thai_sqlite_register_collation  (sqlite3    *db);

G_END_DECLS
