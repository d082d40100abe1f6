/* The demo office: its shape, and that every run writes the same office. */
#include "model/prd-demo.h"
#include "model/prd-event.h"
#include "model/prd-office.h"
#include "model/prd-timeline.h"
#include "prd-test-util.h"
#include "store/prd-store-sql.h"

static PrdStore *
demo_store (const char *dir,
            const char *name,
            guint       members)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PrdStore *store = prd_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, members, NULL, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static char *
names_digest (PrdStore *store)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
                                          "SELECT title || given_name || ' ' || surname || phone "
                                          "FROM member ORDER BY rowid", NULL);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_checksum_update (sum, sqlite3_column_text (stmt, 0), -1);
  sqlite3_finalize (stmt);
  return g_strdup (g_checksum_get_string (sum));
}

static void
test_shape (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  PrdStore *store = demo_store (dir, "demo.sqlite", PRD_DEMO_DEFAULT_MEMBERS);
  PrdOffice *office = prd_office_load (store, NULL);

  g_assert_true (prd_office_is_set_up (office));
  g_assert_cmpstr (prd_office_get_short_name (office), ==, "สพป.นครธารทอง เขต 2");
  g_assert_finalize_object (office);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school"), ==, 185);
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT district) FROM school"), ==, 6);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM school WHERE joined_network"), ==, 71);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member"), ==, PRD_DEMO_DEFAULT_MEMBERS);
  /* Every category has members, both networks are there. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member_category c WHERE NOT EXISTS "
                                           "(SELECT 1 FROM member m WHERE m.category_id = c.id)"), ==, 0);
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT internal) FROM member"), ==, 2);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM social_account WHERE platform = 'tiktok'"), >, 50);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM committee_role"), ==, 19);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM committee_role WHERE in_network_group"), ==, 12);
  /* Memos in every state of seed 004's form: four decided on, by six decisions. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT subject_id) FROM decision"), ==, 4);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM decision"), ==, 6);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM office_signer WHERE role = 'director'"), ==, 1);
  /* Demo phones are all in the 555 block: nobody real gets a call. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member WHERE phone NOT LIKE '09_-555-____'"), ==, 0);
  /* Everything went through the journal. */
  g_assert_cmpint (prd_store_count (store, "SELECT count(DISTINCT record_id) FROM change_journal WHERE table_name = 'member'"),
                   ==, PRD_DEMO_DEFAULT_MEMBERS);

  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

static void
test_deterministic (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  PrdStore *a = demo_store (dir, "a.sqlite", 300);
  PrdStore *b = demo_store (dir, "b.sqlite", 300);
  g_autofree char *da = names_digest (a);
  g_autofree char *db = names_digest (b);

  g_assert_cmpstr (da, ==, db);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  prd_test_remove_dir (dir);
}

static void
test_only_into_empty (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  PrdStore *store = demo_store (dir, "demo.sqlite", 10);
  g_autoptr(GError) error = NULL;

  g_assert_false (prd_demo_generate (store, 10, NULL, NULL, &error));
  g_assert_error (error, PRD_STORE_ERROR, PRD_STORE_ERROR_INVALID);
  g_assert_cmpint (prd_store_count (store, "SELECT count(*) FROM member"), ==, 10);
  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
}

static char *
calendar_digest (PrdStore *store)
{
  sqlite3_stmt *stmt = prd_store_prepare (store,
                                          "SELECT title || start_at || end_at || rrule || exdates "
                                          "FROM event ORDER BY start_at, title, end_at", NULL);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_checksum_update (sum, sqlite3_column_text (stmt, 0), -1);
  sqlite3_finalize (stmt);
  return g_strdup (g_checksum_get_string (sum));
}

/* The calendar the demo opens on, December 2569: busy (a day with 8 or
 * more things), the OBEC programme on every Thursday (17 Dec moved, "this
 * one only"), วันพ่อ and its substitution Monday without the weekly
 * meeting; the same calendar on every run. */
static void
test_calendar (void)
{
  g_autofree char *dir = prd_test_make_dir ();
  PrdStore *a = demo_store (dir, "a.sqlite", 20);
  PrdStore *b = demo_store (dir, "b.sqlite", 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdTimeline) timeline = NULL;
  g_autofree char *da = calendar_digest (a);
  g_autofree char *db = calendar_digest (b);
  guint per_day[32] = { 0 };
  guint thursdays = 0, max = 0, n;
  gboolean moved = FALSE, meeting_on_7th = FALSE, holiday_on_5th = FALSE;
  GDate first, last;

  g_assert_cmpstr (da, ==, db);
  g_assert_cmpint (prd_store_count (a, "SELECT count(*) FROM event WHERE deleted = 0"), >=, 250);
  g_assert_cmpint (prd_store_count (a, "SELECT count(*) FROM event WHERE rrule <> ''"), ==, 6);
  g_assert_cmpint (prd_store_count (a, "SELECT count(*) FROM holiday WHERE date BETWEEN '2026-10-01' AND '2027-09-30'"), ==, 16);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_DECEMBER, 2026);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 2026);
  timeline = prd_timeline_new (a, &first, &last, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (timeline));
  g_assert_cmpuint (n, >=, 60);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PrdOccurrence) o = g_list_model_get_item (G_LIST_MODEL (timeline), i);
      GDate d, end;

      prd_occurrence_get_first_day (o, &d);
      prd_occurrence_get_last_day (o, &end);
      for (; g_date_compare (&d, &end) <= 0; g_date_add_days (&d, 1))
        if (g_date_get_month (&d) == G_DATE_DECEMBER)
          per_day[g_date_get_day (&d)]++;
      prd_occurrence_get_first_day (o, &d);
      if (g_str_has_prefix (prd_occurrence_get_title (o), "รายการข่าว สพฐ.") &&
          g_date_get_weekday (&d) == G_DATE_THURSDAY)
        {
          thursdays++;
          moved |= g_date_get_day (&d) == 17 && g_date_time_get_hour (prd_occurrence_get_start (o)) == 10;
        }
      meeting_on_7th |= g_date_get_day (&d) == 7 && g_str_has_prefix (prd_occurrence_get_title (o), "ประชุมทีม");
      holiday_on_5th |= g_date_get_day (&d) == 5 && g_str_equal (prd_occurrence_get_kind (o), PRD_OCCURRENCE_HOLIDAY);
    }
  for (guint d = 1; d <= 31; d++)
    max = MAX (max, per_day[d]);
  g_assert_cmpuint (max, >=, 8);
  g_assert_cmpuint (per_day[16], >=, 11);     /* the camp's last day */
  g_assert_cmpuint (thursdays, ==, 5);        /* 3, 10, 17, 24, 31 */
  g_assert_true (moved);
  g_assert_false (meeting_on_7th);
  g_assert_true (holiday_on_5th);

  g_clear_object (&timeline);
  g_assert_finalize_object (a);
  g_assert_finalize_object (b);
  prd_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/shape", test_shape);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/only-into-empty", test_only_into_empty);
  g_test_add_func ("/demo/calendar", test_calendar);
  return g_test_run ();
}
