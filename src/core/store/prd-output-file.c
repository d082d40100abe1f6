/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prd-output-file.c — write beside, check everything, rename; or write
 * through to what is not a regular file. */
#define G_LOG_DOMAIN "prd-store"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "prd-output-file.h"

struct _PrdOutputFile
{
  char     *path;      /* as the user gave it */
  char     *target;    /* what is replaced: PATH, or the file a link points to */
  char     *temp;      /* beside TARGET; NULL when writing through */
  char     *staging;   /* writing through, a private file a writer fills by name */
  int       fd;
};

/* Why a write failed, in words an office worker can act on. */
static const char *
describe_errno (int errnum)
{
  switch (errnum)
    {
    case ENOSPC:
    case EDQUOT:
      return _("the disk is full");
    case EFBIG:
      return _("the file would be larger than this disk or account allows");
    case EACCES:
    case EPERM:
      return _("you may not write there");
    case EROFS:
      return _("the disk can only be read");
    case ENOENT:
    case ENOTDIR:
      return _("the folder does not exist");
    case EISDIR:
      return _("it is a folder");
    case EIO:
      return _("the disk reported an error (it may be failing or was removed)");
    default:
      return g_strerror (errnum);
    }
}

void
prd_output_file_set_errno_error (GError    **error,
                                 const char *path,
                                 int         errnum)
{
  g_set_error (error, G_IO_ERROR, errnum == EFBIG ? G_IO_ERROR_FAILED : g_io_error_from_errno (errnum),
               _("%s could not be written: %s"), path, describe_errno (errnum));
}

static void
output_file_free (PrdOutputFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp != NULL)
    g_unlink (self->temp);
  if (self->staging != NULL)
    g_unlink (self->staging);
  g_free (self->staging);
  g_free (self->temp);
  g_free (self->target);
  g_free (self->path);
  g_free (self);
}

/* The descriptor PATH names when it is /dev/stdout, /dev/fd/N and the
 * like, else -1. Writing through the descriptor itself shares its offset
 * with what the program prints there later; a second open would not. */
static int
inherited_fd (const char *path)
{
  static const char *const prefixes[] = { "/dev/fd/", "/proc/self/fd/" };
  guint64 n;

  if (g_str_equal (path, "/dev/stdout"))
    return 1;
  if (g_str_equal (path, "/dev/stderr"))
    return 2;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (path, prefixes[i]) &&
        g_ascii_string_to_unsigned (path + strlen (prefixes[i]), 10, 0, G_MAXINT, &n, NULL))
      return (int) n;
  return -1;
}

PrdOutputFile *
prd_output_file_open (const char  *path,
                      GError     **error)
{
  g_autofree char *resolved = NULL;
  PrdOutputFile *self;
  struct stat st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (PrdOutputFile, 1);
  self->fd = -1;
  self->path = g_strdup (path);
  /* A link is followed: the file it names is replaced and the link stays. */
  resolved = realpath (path, NULL);
  exists = stat (path, &st) == 0;
  self->target = g_strdup (exists && resolved != NULL ? resolved : path);

  if (exists && S_ISDIR (st.st_mode))
    {
      prd_output_file_set_errno_error (error, path, EISDIR);
      output_file_free (self);
      return NULL;
    }
  if (exists && (!S_ISREG (st.st_mode) || g_str_has_prefix (path, "/dev/") ||
                 g_str_has_prefix (path, "/proc/")))
    {
      /* A device, a FIFO, a socket, or /dev/stdout whatever it leads to:
       * written through, never replaced. */
      int inherited = inherited_fd (path);

      self->fd = inherited >= 0 ? dup (inherited) : g_open (path, O_WRONLY | O_CLOEXEC, 0);
      if (self->fd < 0)
        {
          prd_output_file_set_errno_error (error, path, errno);
          output_file_free (self);
          return NULL;
        }
      return self;
    }

  {
    g_autofree char *dir = g_path_get_dirname (self->target);
    g_autofree char *base = g_path_get_basename (self->target);
    g_autofree char *pattern = g_strdup_printf ("%s" G_DIR_SEPARATOR_S ".%s.XXXXXX.part", dir, base);

    self->fd = g_mkstemp_full (pattern, O_WRONLY | O_CLOEXEC, 0666);
    if (self->fd < 0)
      {
        prd_output_file_set_errno_error (error, path, errno);
        output_file_free (self);
        return NULL;
      }
    self->temp = g_steal_pointer (&pattern);
    /* The new file keeps the old one's permissions; a new one gets the
     * usual 0666 less the umask, as any program's would. */
    if (exists)
      fchmod (self->fd, st.st_mode & 07777);
    else
      {
        mode_t mask = umask (0);
        umask (mask);
        fchmod (self->fd, 0666 & ~mask);
      }
  }
  return self;
}

const char *
prd_output_file_get_path (PrdOutputFile *self)
{
  return self->path;
}

gboolean
prd_output_file_write (PrdOutputFile  *self,
                       const void     *data,
                       gsize           len,
                       GError        **error)
{
  const char *p = data;

  while (len > 0)
    {
      gssize n = write (self->fd, p, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          prd_output_file_set_errno_error (error, self->path, n < 0 ? errno : ENOSPC);
          return FALSE;
        }
      p += n;
      len -= (gsize) n;
    }
  return TRUE;
}

const char *
prd_output_file_get_staging_path (PrdOutputFile *self)
{
  /* The temporary file beside the target is written by name as well. */
  if (self->temp != NULL)
    return self->temp;
  if (self->staging == NULL)
    {
      /* Writing through: stage in a private file, copied at commit. */
      int fd = g_file_open_tmp ("prdesk-XXXXXX.part", &self->staging, NULL);

      if (fd >= 0)
        close (fd);
    }
  return self->staging;
}

/* Copies the staged file into the file being written through. */
static gboolean
copy_staging (PrdOutputFile  *self,
              GError        **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize len = 0;

  if (!g_file_get_contents (self->staging, &data, &len, &local))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s could not be written: %s"),
                   self->path, local->message);
      return FALSE;
    }
  return prd_output_file_write (self, data, len, error);
}

gboolean
prd_output_file_commit (PrdOutputFile  *self,
                        GError        **error)
{
  gboolean ok = TRUE;
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->temp == NULL && self->staging != NULL)
    ok = copy_staging (self, error);
  /* A device or a pipe cannot always be synced; a file must be. */
  if (ok && fsync (self->fd) != 0 && (self->temp != NULL || (errno != EINVAL && errno != EROFS)))
    {
      prd_output_file_set_errno_error (error, self->path, errno);
      ok = FALSE;
    }
  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0 && ok)
    {
      prd_output_file_set_errno_error (error, self->path, errno);
      ok = FALSE;
    }
  if (ok && self->temp != NULL)
    {
      if (g_rename (self->temp, self->target) != 0)
        {
          prd_output_file_set_errno_error (error, self->path, errno);
          ok = FALSE;
        }
      else
        g_clear_pointer (&self->temp, g_free);
    }
  output_file_free (self);
  return ok;
}

void
prd_output_file_abandon (PrdOutputFile *self)
{
  if (self != NULL)
    output_file_free (self);
}
