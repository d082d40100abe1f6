/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry's editable lists: member categories and committees are added,
 * renamed, ordered and removed through the store (journal rows, tombstones),
 * with duplicates and removals of items in use refused in Thai. */
#include <string.h>

#include "model/prd-demo.h"
#include "model/prd-registry-lists.h"
#include "prd-test-util.h"
#include "store/prd-store-sql.h"

static char *dir;
static PrdStore *store;

static gint64
journal_rows (void)
{
  return prd_test_count (store, "SELECT count (*) FROM change_journal");
}

static PrdRegistryListItem *
find_item (GPtrArray  *items,
           const char *id,
           guint      *index)
{
  for (guint i = 0; i < items->len; i++)
    {
      PrdRegistryListItem *item = g_ptr_array_index (items, i);
      if (g_str_equal (item->id, id))
        {
          if (index != NULL)
            *index = i;
          return item;
        }
    }
  return NULL;
}

static GPtrArray *
load (PrdRegistryList list)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items = prd_registry_list_load (store, list, &error);

  g_assert_no_error (error);
  g_assert_nonnull (items);
  return items;
}

/* The message is Thai (the build's catalogue) and names what it should. */
static void
assert_thai_message (const GError *error,
                     const char   *contains)
{
  g_assert_nonnull (error);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, contains));
  g_assert_null (strstr (error->message, "cannot"));
  g_assert_null (strstr (error->message, "already"));
  g_assert_null (strstr (error->message, "Type a name"));
  /* At least one Thai letter. */
  g_assert_nonnull (strstr (error->message, "\xe0\xb8"));
}

static void
test_categories_load (void)
{
  g_autoptr(GPtrArray) items = load (PRD_REGISTRY_LIST_CATEGORIES);
  PrdRegistryListItem *first = g_ptr_array_index (items, 0);
  PrdRegistryListItem *media;
  guint total = 0;

  g_assert_cmpuint (items->len, ==, 10);
  g_assert_cmpstr (first->id, ==, "category-school-staff");
  g_assert_cmpstr (first->label, ==, "บุคลากรในโรงเรียน");
  g_assert_true (first->internal);
  media = find_item (items, "category-media", NULL);
  g_assert_nonnull (media);
  g_assert_false (media->internal);
  g_assert_cmpint (media->uses, ==,
                   prd_test_count (store, "SELECT count (*) FROM member WHERE category_id = 'category-media' AND deleted = 0"));
  for (guint i = 0; i < items->len; i++)
    total += ((PrdRegistryListItem *) g_ptr_array_index (items, i))->uses;
  g_assert_cmpint (total, ==, prd_test_count (store, "SELECT count (*) FROM member WHERE deleted = 0 AND category_id IS NOT NULL"));
  g_assert_cmpint (total, >, 0);
}

static void
test_categories_add_rename_internal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *again = NULL;
  g_autofree char *other = NULL;
  g_autoptr(GPtrArray) items = NULL;
  PrdRegistryListItem *item;
  gint64 journal = journal_rows ();
  guint index = 0;

  id = prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "  ผู้ปกครองนักเรียน ", FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_assert_cmpint (journal_rows (), ==, journal + 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM change_journal WHERE table_name = 'member_category' "
                          "AND record_id = %Q AND deleted = 0", id), ==, 1);

  /* Trimmed, at the end, external. */
  items = load (PRD_REGISTRY_LIST_CATEGORIES);
  item = find_item (items, id, &index);
  g_assert_nonnull (item);
  g_assert_cmpstr (item->label, ==, "ผู้ปกครองนักเรียน");
  g_assert_cmpuint (index, ==, items->len - 1);
  g_assert_false (item->internal);
  g_assert_cmpuint (item->uses, ==, 0);
  g_assert_cmpint (prd_test_count (store, "SELECT sort_order FROM member_category WHERE id = %Q", id), ==,
                   prd_test_count (store, "SELECT max (sort_order) FROM member_category WHERE deleted = 0"));

  /* The same name ignoring spaces and case is refused, for adds and renames. */
  journal = journal_rows ();
  again = prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "ผู้ปกครอง นักเรียน", TRUE, &error);
  g_assert_null (again);
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_DUPLICATE);
  assert_thai_message (error, "ผู้ปกครองนักเรียน");
  g_clear_error (&error);
  g_assert_false (prd_registry_list_rename (store, PRD_REGISTRY_LIST_CATEGORIES, id, "สื่อ มวลชน", &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_DUPLICATE);
  assert_thai_message (error, "สื่อมวลชน");
  g_clear_error (&error);
  other = prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "Private sector", FALSE, &error);
  g_assert_no_error (error);
  g_assert_null (prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "PRIVATE  Sector", FALSE, &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_CATEGORIES, other, &error));
  g_assert_no_error (error);

  /* Empty names are refused. */
  g_assert_null (prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, " \t ", FALSE, &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_EMPTY);
  assert_thai_message (error, "ชื่อ");
  g_clear_error (&error);
  g_assert_false (prd_registry_list_rename (store, PRD_REGISTRY_LIST_CATEGORIES, id, "", &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpint (journal_rows (), ==, journal + 2);   /* "Private sector" added and removed */

  /* A rename is one new revision; renaming to its own name in another case
   * is fine; the same name again writes nothing. */
  journal = journal_rows ();
  g_assert_true (prd_registry_list_rename (store, PRD_REGISTRY_LIST_CATEGORIES, id, "ผู้ปกครองและสมาคมผู้ปกครอง", &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT rev FROM member_category WHERE id = %Q", id), ==, 2);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category WHERE id = %Q "
                          "AND label = 'ผู้ปกครองและสมาคมผู้ปกครอง'", id), ==, 1);
  g_assert_true (prd_registry_list_rename (store, PRD_REGISTRY_LIST_CATEGORIES, id, "ผู้ปกครองและสมาคมผู้ปกครอง ", &error));
  g_assert_cmpint (prd_test_count (store, "SELECT rev FROM member_category WHERE id = %Q", id), ==, 2);
  g_assert_cmpint (journal_rows (), ==, journal + 1);

  /* Internal / external. */
  g_assert_true (prd_registry_list_set_internal (store, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT internal FROM member_category WHERE id = %Q", id), ==, 1);
  g_assert_true (prd_registry_list_set_internal (store, id, TRUE, &error));
  g_assert_cmpint (prd_test_count (store, "SELECT rev FROM member_category WHERE id = %Q", id), ==, 3);
  g_assert_true (prd_registry_list_set_internal (store, id, FALSE, &error));
  g_assert_cmpint (prd_test_count (store, "SELECT internal FROM member_category WHERE id = %Q", id), ==, 0);
  g_assert_cmpint (journal_rows (), ==, journal + 3);

  /* An id that is not there. */
  g_assert_false (prd_registry_list_rename (store, PRD_REGISTRY_LIST_CATEGORIES, "no-such-id", "x", &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
assert_orders_are_1_to_n (void)
{
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category WHERE deleted = 0"), ==,
                   prd_test_count (store, "SELECT count (DISTINCT sort_order) FROM member_category WHERE deleted = 0 "
                          "AND sort_order BETWEEN 1 AND (SELECT count (*) FROM member_category WHERE deleted = 0)"));
}

static void
test_categories_move (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = load (PRD_REGISTRY_LIST_CATEGORIES);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) tied = NULL;
  g_autoptr(JsonObject) rec = json_object_new ();
  const char *second = ((PrdRegistryListItem *) g_ptr_array_index (before, 1))->id;
  const char *third = ((PrdRegistryListItem *) g_ptr_array_index (before, 2))->id;
  const char *first = ((PrdRegistryListItem *) g_ptr_array_index (before, 0))->id;
  const char *last = ((PrdRegistryListItem *) g_ptr_array_index (before, before->len - 1))->id;
  gint64 journal = journal_rows ();
  guint index = 0;

  /* The third goes up: two rows change, nothing else. */
  g_assert_true (prd_registry_list_move (store, third, -1, &error));
  g_assert_no_error (error);
  after = load (PRD_REGISTRY_LIST_CATEGORIES);
  g_assert_nonnull (find_item (after, third, &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_nonnull (find_item (after, second, &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_cmpint (journal_rows (), ==, journal + 2);
  assert_orders_are_1_to_n ();
  g_clear_pointer (&after, g_ptr_array_unref);

  /* The ends do not move. */
  journal = journal_rows ();
  g_assert_true (prd_registry_list_move (store, first, -1, &error));
  g_assert_true (prd_registry_list_move (store, last, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (journal_rows (), ==, journal);

  /* Down, and back again. */
  g_assert_true (prd_registry_list_move (store, first, 1, &error));
  after = load (PRD_REGISTRY_LIST_CATEGORIES);
  g_assert_nonnull (find_item (after, first, &index));
  g_assert_cmpuint (index, ==, 1);
  g_clear_pointer (&after, g_ptr_array_unref);
  g_assert_true (prd_registry_list_move (store, first, -1, &error));
  g_assert_true (prd_registry_list_move (store, third, 1, &error));
  after = load (PRD_REGISTRY_LIST_CATEGORIES);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (((PrdRegistryListItem *) g_ptr_array_index (after, i))->id, ==,
                     ((PrdRegistryListItem *) g_ptr_array_index (before, i))->id);

  /* Equal numbers (from another PC, say) are renumbered by the next move. */
  json_object_set_string_member (rec, "id", last);
  json_object_set_int_member (rec, "sort_order", 1);
  g_assert_true (prd_store_put (store, "member_category", rec, &error));
  g_assert_no_error (error);
  tied = load (PRD_REGISTRY_LIST_CATEGORIES);
  g_assert_true (prd_registry_list_move (store, ((PrdRegistryListItem *) g_ptr_array_index (tied, 1))->id, 1, &error));
  g_assert_no_error (error);
  assert_orders_are_1_to_n ();

  g_assert_false (prd_registry_list_move (store, "no-such-id", 1, &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_NOT_FOUND);
}

static void
test_categories_remove (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *id = NULL;
  g_autofree char *back = NULL;
  g_autofree char *uses = NULL;
  gint64 in_media = prd_test_count (store, "SELECT count (*) FROM member WHERE category_id = 'category-media' AND deleted = 0");
  gint64 journal = journal_rows ();
  gint64 rows = prd_test_count (store, "SELECT count (*) FROM member_category");

  /* In use: refused, with the number of members, and nothing written. */
  g_assert_cmpint (in_media, >, 0);
  g_assert_false (prd_registry_list_remove (store, PRD_REGISTRY_LIST_CATEGORIES, "category-media", &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_IN_USE);
  uses = g_strdup_printf (" %" G_GINT64_FORMAT " ", in_media);
  assert_thai_message (error, uses);
  assert_thai_message (error, "สื่อมวลชน");
  g_clear_error (&error);
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = 'category-media'"), ==, 0);
  g_assert_cmpint (journal_rows (), ==, journal);

  /* Unused: a tombstone (the row stays) and a journal row saying so. */
  id = prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "ศิษย์เก่า", TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_CATEGORIES, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = %Q", id), ==, 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category"), ==, rows + 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM change_journal WHERE table_name = 'member_category' "
                          "AND record_id = %Q AND deleted = 1", id), ==, 1);
  items = load (PRD_REGISTRY_LIST_CATEGORIES);
  g_assert_null (find_item (items, id, NULL));
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Removing twice: it is not there any more. */
  g_assert_false (prd_registry_list_remove (store, PRD_REGISTRY_LIST_CATEGORIES, id, &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The same name added again brings back the same record. */
  back = prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "ศิษย์ เก่า", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back, ==, id);
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = %Q", id), ==, 0);
  g_assert_cmpint (prd_test_count (store, "SELECT internal FROM member_category WHERE id = %Q", id), ==, 0);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category"), ==, rows + 1);

  /* Once its members are moved, a category can go; a deleted member does
   * not keep it. */
  g_assert_true (prd_store_exec (store, "UPDATE member SET category_id = 'category-private' "
                                        "WHERE category_id = 'category-media' AND rowid % 2 = 0", &error));
  {
    sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT id FROM member WHERE deleted = 0 "
                                                   "AND category_id = 'category-media'", &error);
    g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_ptr_array_add (ids, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    sqlite3_finalize (stmt);
    g_assert_cmpuint (ids->len, >, 0);
    for (guint i = 0; i < ids->len; i++)
      g_assert_true (prd_store_tombstone (store, "member", g_ptr_array_index (ids, i), &error));
  }
  g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_CATEGORIES, "category-media", &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM member_category WHERE id = 'category-media'"), ==, 1);
}

static void
test_committees (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = load (PRD_REGISTRY_LIST_COMMITTEES);
  g_autofree char *id = NULL;
  g_autofree char *uses = NULL;
  g_autofree char *member_id = NULL;
  g_autofree char *taken = NULL;
  PrdRegistryListItem *network;
  gint64 roles = prd_test_count (store, "SELECT count (DISTINCT r.member_id) FROM committee_role r "
                        "JOIN member m ON m.id = r.member_id AND m.deleted = 0 "
                        "WHERE r.committee_id = 'committee-pr-network' AND r.deleted = 0");
  gint64 journal;
  guint index = 0;

  network = find_item (items, "committee-pr-network", NULL);
  g_assert_nonnull (network);
  g_assert_cmpstr (network->label, ==, "คณะกรรมการเครือข่ายการประชาสัมพันธ์");
  g_assert_cmpint (roles, >, 0);
  g_assert_cmpint (network->uses, ==, roles);

  /* Add: committees are listed in Thai order, whatever the order of adding. */
  id = prd_registry_list_add (store, PRD_REGISTRY_LIST_COMMITTEES, "คณะกรรมการกลั่นกรองข่าว", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM change_journal WHERE table_name = 'committee' "
                          "AND record_id = %Q", id), ==, 1);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = load (PRD_REGISTRY_LIST_COMMITTEES);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_nonnull (find_item (items, id, &index));
  g_assert_cmpuint (index, ==, 0);   /* กลั่นกรอง before เครือข่าย (ค): the leading vowel เ does not decide */

  /* Duplicates and empty names. */
  g_assert_null (prd_registry_list_add (store, PRD_REGISTRY_LIST_COMMITTEES,
                                        "คณะกรรมการ เครือข่ายการประชาสัมพันธ์", FALSE, &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_DUPLICATE);
  assert_thai_message (error, "คณะกรรมการเครือข่ายการประชาสัมพันธ์");
  g_clear_error (&error);
  g_assert_false (prd_registry_list_rename (store, PRD_REGISTRY_LIST_COMMITTEES, id, "  ", &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_EMPTY);
  assert_thai_message (error, "คณะกรรมการ");
  g_clear_error (&error);

  /* Rename. */
  g_assert_true (prd_registry_list_rename (store, PRD_REGISTRY_LIST_COMMITTEES, id,
                                           "คณะทำงานจดหมายข่าว", &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM committee WHERE id = %Q AND name = 'คณะทำงานจดหมายข่าว' "
                          "AND rev = 2", id), ==, 1);

  /* In use: refused with the number of members, nothing written. */
  journal = journal_rows ();
  g_assert_false (prd_registry_list_remove (store, PRD_REGISTRY_LIST_COMMITTEES, "committee-pr-network", &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_IN_USE);
  uses = g_strdup_printf (" %" G_GINT64_FORMAT " ", roles);
  assert_thai_message (error, uses);
  g_clear_error (&error);
  g_assert_cmpint (journal_rows (), ==, journal);
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM committee WHERE id = 'committee-pr-network'"), ==, 0);

  /* A deleted member's role does not count. */
  {
    sqlite3_stmt *stmt = prd_store_prepare (store, "SELECT r.member_id FROM committee_role r "
                                                   "JOIN member m ON m.id = r.member_id AND m.deleted = 0 "
                                                   "WHERE r.committee_id = 'committee-pr-network' "
                                                   "AND r.deleted = 0 LIMIT 1", &error);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    member_id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
  }
  g_assert_true (prd_store_tombstone (store, "member", member_id, &error));
  g_clear_pointer (&items, g_ptr_array_unref);
  items = load (PRD_REGISTRY_LIST_COMMITTEES);
  network = find_item (items, "committee-pr-network", NULL);
  g_assert_cmpint (network->uses, ==, roles - 1);

  /* Unused: a tombstone with its journal row. */
  journal = journal_rows ();
  g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_COMMITTEES, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM committee WHERE id = %Q", id), ==, 1);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM change_journal WHERE table_name = 'committee' "
                          "AND record_id = %Q AND deleted = 1", id), ==, 1);
  g_assert_cmpint (journal_rows (), ==, journal + 1);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = load (PRD_REGISTRY_LIST_COMMITTEES);
  g_assert_cmpuint (items->len, ==, 1);

  /* Undo: the same record comes back, unless its name was taken meanwhile. */
  g_assert_true (prd_registry_list_restore (store, PRD_REGISTRY_LIST_COMMITTEES, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM committee WHERE id = %Q AND deleted = 0 "
                          "AND name = 'คณะทำงานจดหมายข่าว'", id), ==, 1);
  g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_COMMITTEES, id, &error));
  g_free (taken);
  taken = prd_registry_list_add (store, PRD_REGISTRY_LIST_COMMITTEES, "คณะทำงาน จดหมายข่าว", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (taken, ==, id);   /* adding the name again brings back the removed one */
  g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_COMMITTEES, id, &error));
  g_free (taken);
  taken = prd_registry_list_add (store, PRD_REGISTRY_LIST_COMMITTEES, "คณะทำงานวารสาร", FALSE, &error);
  g_assert_true (prd_registry_list_rename (store, PRD_REGISTRY_LIST_COMMITTEES, taken, "คณะทำงานจดหมายข่าว", &error));
  g_assert_no_error (error);
  g_assert_false (prd_registry_list_restore (store, PRD_REGISTRY_LIST_COMMITTEES, id, &error));
  g_assert_error (error, PRD_REGISTRY_LIST_ERROR, PRD_REGISTRY_LIST_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_assert_cmpint (prd_test_count (store, "SELECT deleted FROM committee WHERE id = %Q", id), ==, 1);
  g_assert_true (prd_registry_list_remove (store, PRD_REGISTRY_LIST_COMMITTEES, taken, &error));
  g_assert_no_error (error);
}

/* Inside a caller's transaction each change is a savepoint: a refusal
 * leaves the caller's earlier writes alone. */
static void
test_nested_transaction (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(PrdStoreTxn) txn = prd_store_txn_begin (store, &error);

  g_assert_nonnull (txn);
  id = prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "อาสาสมัคร", FALSE, &error);
  g_assert_no_error (error);
  g_assert_null (prd_registry_list_add (store, PRD_REGISTRY_LIST_CATEGORIES, "อาสา สมัคร", FALSE, &error));
  g_clear_error (&error);
  g_assert_true (prd_store_txn_commit (txn, &error));
  g_assert_cmpint (prd_test_count (store, "SELECT count (*) FROM member_category WHERE label = 'อาสาสมัคร' AND deleted = 0"), ==, 1);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int rc;

  prd_test_use_thai ();
  g_test_init (&argc, &argv, NULL);
  dir = prd_test_make_dir ();
  path = g_build_filename (dir, "lists.sqlite", NULL);
  store = prd_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (prd_demo_generate (store, 300, NULL, NULL, &error));

  /* In order: each works on what the one before left. */
  g_test_add_func ("/registry-lists/categories/load", test_categories_load);
  g_test_add_func ("/registry-lists/categories/add-rename-internal", test_categories_add_rename_internal);
  g_test_add_func ("/registry-lists/categories/move", test_categories_move);
  g_test_add_func ("/registry-lists/categories/remove", test_categories_remove);
  g_test_add_func ("/registry-lists/committees/add-rename-remove", test_committees);
  g_test_add_func ("/registry-lists/store/nested-transaction", test_nested_transaction);
  rc = g_test_run ();

  g_clear_object (&store);
  prd_test_remove_dir (dir);
  return rc;
}
