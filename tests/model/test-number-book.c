/* PrdNumberBook: memo and order numbers per calendar year, on a real
 * database, and the memo and order saves that take their numbers from it. */
#include "model/prd-memo.h"
#include "model/prd-number-book.h"
#include "model/prd-order.h"
#include "prd-test-util.h"

static char *dir;
static PrdStore *store;

static void
put_paper (const char *table, int year, int seq, gboolean deleted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) o = json_object_new ();

  json_object_set_int_member (o, "number_year", year);
  json_object_set_int_member (o, "number_seq", seq);
  json_object_set_int_member (o, "deleted", deleted);
  if (g_str_equal (table, "memo"))
    json_object_set_string_member (o, "memo_date", "2026-03-01");
  else
    {
      json_object_set_string_member (o, "subject", "แต่งตั้งคณะทำงาน");
      json_object_set_string_member (o, "order_date", "2026-03-01");
    }
  g_assert_true (prd_store_put (store, table, o, &error));
  g_assert_no_error (error);
}

static void
test_next_per_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdNumberBook) book = prd_number_book_new (store);

  g_assert_cmpint (prd_number_book_next (book, PRD_NUMBER_MEMO, 2026, &error), ==, 1);
  g_assert_cmpint (prd_number_book_next (book, PRD_NUMBER_ORDER, 2026, &error), ==, 1);

  put_paper ("memo", 2026, 1, FALSE);
  put_paper ("memo", 2026, 4, TRUE);         /* deleted: its number stays used */
  put_paper ("memo", 2025, 9, FALSE);
  put_paper ("appointment_order", 2026, 62, FALSE);

  g_assert_cmpint (prd_number_book_next (book, PRD_NUMBER_MEMO, 2026, &error), ==, 5);
  g_assert_cmpint (prd_number_book_next (book, PRD_NUMBER_MEMO, 2025, &error), ==, 10);
  g_assert_cmpint (prd_number_book_next (book, PRD_NUMBER_MEMO, 2027, &error), ==, 1);
  g_assert_cmpint (prd_number_book_next (book, PRD_NUMBER_ORDER, 2026, &error), ==, 63);
  g_assert_cmpint (prd_number_book_next (book, PRD_NUMBER_ORDER, 2025, &error), ==, 1);
  g_assert_no_error (error);
}

/* The memo's save numbers through the book: the next after the year's
 * highest, deleted ones included. */
static void
test_memo_save_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdMemo) memo = prd_memo_new (NULL);
  g_autoptr(PrdOrder) order = NULL;

  prd_memo_set_memo_date (memo, "2026-06-01");
  g_assert_true (prd_memo_save (memo, store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_memo_get_number_year (memo), ==, 2026);
  g_assert_cmpint (prd_memo_get_number_seq (memo), ==, 5);

  order = prd_order_new ();
  prd_order_set_subject (order, "แต่งตั้งคณะกรรมการประชาสัมพันธ์");
  prd_order_set_order_date (order, "2026-07-01");
  g_assert_true (prd_order_save (order, store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_order_get_number_year (order), ==, 2026);
  g_assert_cmpint (prd_order_get_number_seq (order), ==, 63);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int rc;

  g_test_init (&argc, &argv, NULL);
  dir = prd_test_make_dir ();
  path = g_build_filename (dir, "prdesk.sqlite", NULL);
  store = prd_store_open (path, &error);
  g_assert_no_error (error);

  g_test_add_func ("/number-book/next-per-year", test_next_per_year);
  g_test_add_func ("/number-book/memo-save", test_memo_save_numbers);
  rc = g_test_run ();

  g_assert_finalize_object (store);
  prd_test_remove_dir (dir);
  g_free (dir);
  return rc;
}
