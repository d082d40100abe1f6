/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-member-form.c — the member editor's checking without GTK: it waits
 * for typing to pause, runs once per pause, checks at once when asked, and
 * finds the member already in the registry, over a real store. */
#include "prd-test-util.h"
#include "model/prd-member-form.h"
#include "model/prd-member-problem.h"

typedef struct {
  char     *dir;
  PrdStore *store;
  char     *somchai;     /* a member in the registry */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) rec = json_object_new ();
  g_autofree char *path = NULL;

  f->dir = prd_test_make_dir ();
  path = g_build_filename (f->dir, "form.sqlite", NULL);
  f->store = prd_store_open (path, &error);
  g_assert_no_error (error);

  json_object_set_string_member (rec, "title", "นาย");
  json_object_set_string_member (rec, "given_name", "สมชาย");
  json_object_set_string_member (rec, "surname", "ใจดี");
  json_object_set_string_member (rec, "phone", "081-234-5678");
  g_assert_true (prd_member_save (f->store, rec, &error));
  g_assert_no_error (error);
  f->somchai = g_strdup (json_object_get_string_member (rec, "id"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->somchai);
  g_assert_finalize_object (f->store);
  prd_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
on_checked_cb (PrdMemberForm *form,
               GMainLoop     *loop)
{
  g_main_loop_quit (loop);
}

static gboolean
on_too_late_cb (gpointer data)
{
  g_assert_not_reached ();
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the form's next check. */
static void
wait_check (PrdMemberForm *form)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  gulong handler = g_signal_connect (form, "checked", G_CALLBACK (on_checked_cb), loop);
  guint guard = g_timeout_add_seconds (10, on_too_late_cb, NULL);

  g_main_loop_run (loop);
  g_source_remove (guard);
  g_signal_handler_disconnect (form, handler);
}

/* Iterates the main loop for MS milliseconds. */
static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static void
test_debounced (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PrdMember) member = prd_member_new ();
  g_autoptr(PrdMemberForm) form = prd_member_form_new (f->store, member);
  static const char *const typed[] = { "ส", "สม", "สมห", "สมหญ", "สมหญิง" };

  /* A new member is checked at once: no name yet. */
  g_assert_cmpuint (prd_member_form_get_n_checks (form), ==, 1);
  g_assert_false (prd_member_form_get_valid (form));
  g_assert_nonnull (prd_member_form_get_problem (form, "given_name"));
  g_assert_false (prd_member_form_get_pending (form));

  /* Five keystrokes: nothing checked while typing goes on… */
  prd_member_form_set_delay (form, 80);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_object_set (member, "given-name", typed[i], NULL);
  g_assert_true (prd_member_form_get_pending (form));
  g_assert_cmpuint (prd_member_form_get_n_checks (form), ==, 1);
  g_assert_nonnull (prd_member_form_get_problem (form, "given_name"));

  /* …one check when it pauses. */
  wait_check (form);
  g_assert_cmpuint (prd_member_form_get_n_checks (form), ==, 2);
  g_assert_false (prd_member_form_get_pending (form));
  g_assert_null (prd_member_form_get_problem (form, "given_name"));
  g_assert_true (prd_member_form_get_valid (form));
  g_assert_cmpuint (g_list_model_get_n_items (prd_member_form_get_problems (form)), ==, 0);

  /* No change, no check. */
  spin (300);
  g_assert_cmpuint (prd_member_form_get_n_checks (form), ==, 2);
}

static void
test_on_demand (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PrdMember) member = prd_member_new ();
  g_autoptr(PrdMemberForm) form = NULL;
  g_autoptr(PrdMemberProblem) problem = NULL;

  g_object_set (member, "given-name", "สมหญิง", "surname", "ใจงาม", NULL);
  form = prd_member_form_new (f->store, member);
  g_assert_true (prd_member_form_get_valid (form));

  /* A bad phone, asked for before the pause: checked now, named. */
  prd_member_form_set_delay (form, 5000);
  g_object_set (member, "phone", "12345", NULL);
  g_assert_true (prd_member_form_get_valid (form));   /* not checked yet */
  g_assert_true (prd_member_form_flush (form));
  g_assert_false (prd_member_form_flush (form));      /* nothing waits now */
  g_assert_cmpuint (prd_member_form_get_n_checks (form), ==, 2);
  g_assert_false (prd_member_form_get_valid (form));
  g_assert_false (prd_member_form_get_pending (form));
  g_assert_nonnull (prd_member_form_get_problem (form, "phone"));
  g_assert_cmpuint (g_list_model_get_n_items (prd_member_form_get_problems (form)), ==, 1);
  problem = g_list_model_get_item (prd_member_form_get_problems (form), 0);
  g_assert_cmpstr (prd_member_problem_get_field (problem), ==, "phone");
  g_assert_cmpstr (prd_member_problem_get_label (problem), ==, "โทรศัพท์");
  g_assert_cmpstr (prd_member_problem_get_message (problem), ==,
                   prd_member_form_get_problem (form, "phone"));
  /* A bad record is not looked up as a duplicate. */
  g_assert_null (prd_member_form_get_duplicate_id (form));
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PrdMember) member = prd_member_new ();
  g_autoptr(PrdMemberForm) form = NULL;
  g_autoptr(PrdMember) somchai = prd_member_load (f->store, f->somchai, NULL);

  g_object_set (member, "given-name", "สมศรี", "surname", "มีสุข", "phone", "089-999-0000", NULL);
  form = prd_member_form_new (f->store, member);
  g_assert_true (prd_member_form_get_valid (form));
  g_assert_null (prd_member_form_get_duplicate_id (form));

  /* Somchai's phone: a warning that names him, the member still valid. */
  g_object_set (member, "phone", "0812345678", NULL);
  g_assert_true (prd_member_form_flush (form));
  g_assert_true (prd_member_form_get_valid (form));
  g_assert_cmpstr (prd_member_form_get_duplicate_id (form), ==, f->somchai);
  g_assert_cmpstr (prd_member_form_get_duplicate_name (form), ==, prd_member_get_full_name (somchai));

  /* Somchai himself, edited, is not his own duplicate. */
  prd_member_form_set_member (form, somchai);
  g_assert_null (prd_member_form_get_duplicate_id (form));
  g_assert_null (prd_member_form_get_duplicate_name (form));
  g_assert_cmpuint (prd_member_form_get_n_checks (form), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  prd_test_use_thai ();
#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/model/member-form/debounced", test_debounced);
  ADD ("/model/member-form/on-demand", test_on_demand);
  ADD ("/model/member-form/duplicate", test_duplicate);
  return g_test_run ();
}
