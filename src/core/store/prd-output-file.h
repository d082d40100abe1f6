/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-output-file.h — writing a file the user named, so that a failure says
 * so and leaves nothing broken.
 *
 * The new content goes to a temporary file beside the target, is flushed
 * and closed with every status checked, then renamed over the target; on
 * any failure the temporary file is removed and the old file kept. A path
 * that is not a regular file (a device, a FIFO, a link to one, anything
 * under /dev or /proc such as /dev/stdout) is written through instead,
 * never renamed over; a link to a regular file is followed, so the link
 * stays. Errors are G_IO_ERROR, in
 * the user's language, and name the path the user gave.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PrdOutputFile PrdOutputFile;

PrdOutputFile *prd_output_file_open             (const char     *path,
                                                 GError        **error);
gboolean       prd_output_file_write            (PrdOutputFile  *self,
                                                 const void     *data,
                                                 gsize           len,
                                                 GError        **error);
/* For writers that open files by name (SQLite, libxlsxwriter): a file to
 * write the whole content into; commit carries it to the target. */
const char    *prd_output_file_get_staging_path (PrdOutputFile  *self);
/* The path the user gave, for messages. */
const char    *prd_output_file_get_path         (PrdOutputFile  *self);
/* Flushes, closes and puts the content in place; frees SELF either way. */
gboolean       prd_output_file_commit           (PrdOutputFile  *self,
                                                 GError        **error);
/* Drops what was written and keeps the old file; frees SELF. NULL is fine. */
void           prd_output_file_abandon          (PrdOutputFile  *self);

/* G_IO_ERROR for ERRNUM while writing PATH, in the user's language. */
void           prd_output_file_set_errno_error  (GError        **error,
                                                 const char     *path,
                                                 int             errnum);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PrdOutputFile, prd_output_file_abandon)

G_END_DECLS
