/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing the user's file: beside, checked, renamed; devices and links kept;
 * a failure says so, names the path and leaves the old file. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "prd-test-util.h"
#include "store/prd-output-file.h"

static gint
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static char *
dir_listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
write_all (const char *path, const char *text, GError **error)
{
  g_autoptr(PrdOutputFile) out = prd_output_file_open (path, error);

  return out != NULL && prd_output_file_write (out, text, strlen (text), error) &&
         prd_output_file_commit (g_steal_pointer (&out), error);
}

static char *
read_all (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_new_and_replace (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "ทะเบียน.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *listing = NULL;
  struct stat st;

  g_assert_true (write_all (path, "หนึ่ง\n", &error));
  g_assert_no_error (error);
  a = read_all (path);
  g_assert_cmpstr (a, ==, "หนึ่ง\n");

  /* A replaced file keeps its permissions. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_true (write_all (path, "สอง\n", &error));
  b = read_all (path);
  g_assert_cmpstr (b, ==, "สอง\n");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Nothing else is left in the folder. */
  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "ทะเบียน.csv");
  prd_test_remove_dir (dir);
}

static void
test_abandon_keeps_old (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *listing = NULL;

  g_assert_true (write_all (path, "old", &error));
  {
    g_autoptr(PrdOutputFile) out = prd_output_file_open (path, &error);
    g_assert_true (prd_output_file_write (out, "new, half", 9, &error));
    /* dropped without commit: a cancel, an error elsewhere */
  }
  text = read_all (path);
  g_assert_cmpstr (text, ==, "old");
  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "a.txt");
  prd_test_remove_dir (dir);
}

static void
test_file_size_limit (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "big.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *listing = NULL;
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  struct rlimit old, small;
  gboolean ok;

  g_assert_true (write_all (path, "old", &error));
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  small = old;
  small.rlim_cur = 16 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = write_all (path, big, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old), ==, 0);

  g_assert_false (ok);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strstr (error->message, ".part"));
  text = read_all (path);
  g_assert_cmpstr (text, ==, "old");
  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "big.pdf");
  prd_test_remove_dir (dir);
}

static void
test_devices (void)
{
  g_autoptr(GError) error = NULL;
  struct stat st;

  /* /dev/full is written through and its failure reported. */
  g_assert_false (write_all ("/dev/full", "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "/dev/full"));
  g_clear_error (&error);
  g_assert_cmpint (lstat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));

  /* /dev/null takes it and stays a device. */
  g_assert_true (write_all ("/dev/null", "x", &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

static void
test_links (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *devlink = g_build_filename (dir, "null.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *listing = NULL;
  struct stat st;

  g_assert_true (write_all (target, "old", &error));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (symlink ("/dev/null", devlink), ==, 0);

  /* Through a link to a file: the file changes, the link stays a link. */
  g_assert_true (write_all (link, "new", &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  text = read_all (target);
  g_assert_cmpstr (text, ==, "new");

  /* A link to a device is written through. */
  g_assert_true (write_all (devlink, "x", &error));
  g_assert_cmpint (lstat (devlink, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));

  listing = dir_listing (dir);
  g_assert_cmpstr (listing, ==, "link.json null.json real.json");
  prd_test_remove_dir (dir);
}

static void
test_missing_folder (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (write_all ("/nonexistent-folder/x.pdf", "x", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent-folder/x.pdf"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/output-file/new-and-replace", test_new_and_replace);
  g_test_add_func ("/core/output-file/abandon-keeps-old", test_abandon_keeps_old);
  g_test_add_func ("/core/output-file/file-size-limit", test_file_size_limit);
  g_test_add_func ("/core/output-file/devices", test_devices);
  g_test_add_func ("/core/output-file/links", test_links);
  g_test_add_func ("/core/output-file/missing-folder", test_missing_folder);
  return g_test_run ();
}
