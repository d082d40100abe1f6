/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-member-lookup.c — the lists the registry's windows show beside the big
 * one (coverage per district, committee coverage, joined years, a school's
 * members, the chooser's search) and the Undo of a delete, over a real store. */
#include "prd-test-util.h"
#include "model/prd-coverage.h"
#include "model/prd-demo.h"
#include "model/prd-member-lookup.h"
#include "model/prd-member-validator.h"
#include "model/prd-record.h"
#include "model/prd-school.h"

typedef PrdTestStore Fixture;

static char *
put_school (PrdStore   *store,
            const char *name,
            const char *district,
            gboolean    joined)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdSchool) school = prd_school_new ();

  prd_school_set_name (school, name);
  prd_school_set_district (school, district);
  prd_school_set_joined_network (school, joined);
  g_assert_true (prd_record_save (PRD_RECORD (school), store, &error));
  g_assert_no_error (error);
  return g_strdup (prd_record_get_id (PRD_RECORD (school)));
}

static char *
put_member (PrdStore   *store,
            const char *given_name,
            const char *surname,
            const char *school_id,
            const char *joined_at,
            gboolean    active)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) rec = json_object_new ();

  json_object_set_string_member (rec, "title", "นาง");
  json_object_set_string_member (rec, "given_name", given_name);
  json_object_set_string_member (rec, "surname", surname);
  json_object_set_string_member (rec, "position", "ครู");
  if (school_id != NULL)
    json_object_set_string_member (rec, "school_id", school_id);
  if (joined_at != NULL)
    json_object_set_string_member (rec, "joined_at", joined_at);
  json_object_set_int_member (rec, "active", active ? 1 : 0);
  g_assert_true (prd_member_save (store, rec, &error));
  g_assert_no_error (error);
  return g_strdup (json_object_get_string_member (rec, "id"));
}

static PrdDistrictCoverage *
coverage_at (GListModel *list,
             guint       i)
{
  PrdDistrictCoverage *item = g_list_model_get_item (list, i);

  g_object_unref (item);   /* the list keeps it */
  return item;
}

/* Joined schools of all live schools, per district in Thai order. */
static void
test_district_coverage (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *a = put_school (f->store, "โรงเรียนบ้านหนองบัว", "เมือง", TRUE);
  g_autofree char *b = put_school (f->store, "โรงเรียนอนุบาลเมือง", "เมือง", FALSE);
  g_autofree char *c = put_school (f->store, "โรงเรียนบ้านดอนแก้ว", "ท่าอุเทน", TRUE);
  g_autofree char *d = put_school (f->store, "โรงเรียนกอไผ่", "ท่าอุเทน", TRUE);
  g_autofree char *e = put_school (f->store, "โรงเรียนนาทม", "ท่าอุเทน", FALSE);
  g_autofree char *gone = put_school (f->store, "โรงเรียนร้าง", "เมือง", TRUE);

  g_assert_true (prd_store_tombstone (f->store, "school", gone, &error));
  list = prd_coverage_list_districts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_item_type (list), ==, PRD_TYPE_DISTRICT_COVERAGE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_assert_cmpstr (prd_district_coverage_get_district (coverage_at (list, 0)), ==, "ท่าอุเทน");
  g_assert_cmpint (prd_district_coverage_get_joined (coverage_at (list, 0)), ==, 2);
  g_assert_cmpint (prd_district_coverage_get_schools (coverage_at (list, 0)), ==, 3);
  g_assert_cmpstr (prd_district_coverage_get_district (coverage_at (list, 1)), ==, "เมือง");
  g_assert_cmpint (prd_district_coverage_get_joined (coverage_at (list, 1)), ==, 1);
  g_assert_cmpint (prd_district_coverage_get_schools (coverage_at (list, 1)), ==, 2);
}

/* The demo office: 185 schools in all, the panel's sum. */
static void
test_demo_coverage (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  gint64 schools = 0, joined = 0, members = -1, in_group = -1;

  g_assert_true (prd_demo_generate (f->store, 60, NULL, NULL, &error));
  g_assert_no_error (error);
  list = prd_coverage_list_districts (f->store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      schools += prd_district_coverage_get_schools (coverage_at (list, i));
      joined += prd_district_coverage_get_joined (coverage_at (list, i));
    }
  g_assert_cmpint (schools, ==, PRD_DEMO_SCHOOLS);
  g_assert_cmpint (joined, ==, prd_test_count (f->store, "SELECT count(*) FROM school WHERE joined_network = 1"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==,
                    prd_test_count (f->store, "SELECT count(DISTINCT district) FROM school"));
  g_assert_true (prd_coverage_committee (f->store, &members, &in_group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (members, ==, prd_test_count (f->store, "SELECT count(DISTINCT member_id) FROM committee_role"));
}

static void
put_role (PrdStore   *store,
          const char *committee,
          const char *member,
          gboolean    in_group)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) rec = json_object_new ();

  json_object_set_string_member (rec, "committee_id", committee);
  json_object_set_string_member (rec, "member_id", member);
  json_object_set_int_member (rec, "in_network_group", in_group);
  g_assert_true (prd_store_put (store, "committee_role", rec, &error));
  g_assert_no_error (error);
}

/* Members counted once however many roles; a deleted member not at all. */
static void
test_committee_coverage (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) committee = json_object_new ();
  g_autofree char *a = put_member (f->store, "สมศรี", "ใจดี", NULL, NULL, TRUE);
  g_autofree char *b = put_member (f->store, "สมชาย", "ดีใจ", NULL, NULL, TRUE);
  g_autofree char *c = put_member (f->store, "สมหญิง", "รักดี", NULL, NULL, TRUE);
  const char *cid;
  gint64 members = -1, in_group = -1;

  g_assert_true (prd_coverage_committee (f->store, &members, &in_group, &error));
  g_assert_cmpint (members, ==, 0);
  g_assert_cmpint (in_group, ==, 0);

  json_object_set_string_member (committee, "name", "คณะกรรมการเครือข่าย");
  g_assert_true (prd_store_put (f->store, "committee", committee, &error));
  cid = json_object_get_string_member (committee, "id");
  put_role (f->store, cid, a, TRUE);
  put_role (f->store, cid, a, FALSE);
  put_role (f->store, cid, b, FALSE);
  put_role (f->store, cid, c, TRUE);
  g_assert_true (prd_store_tombstone (f->store, "member", c, &error));

  g_assert_true (prd_coverage_committee (f->store, &members, &in_group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (members, ==, 2);
  g_assert_cmpint (in_group, ==, 1);
}

static void
test_joined_years (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *a = put_member (f->store, "ก", "หนึ่ง", NULL, "2023-05-01", TRUE);
  g_autofree char *b = put_member (f->store, "ข", "สอง", NULL, "2024-11-25", TRUE);
  g_autofree char *c = put_member (f->store, "ค", "สาม", NULL, "2023-01-09", FALSE);
  g_autofree char *d = put_member (f->store, "ง", "สี่", NULL, NULL, TRUE);
  g_autofree char *e = put_member (f->store, "จ", "ห้า", NULL, "2019-02-02", TRUE);

  g_assert_true (prd_store_tombstone (f->store, "member", e, &error));
  years = prd_member_list_joined_years (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2024);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 2023);
}

/* Thai order, the member itself left out, the limit kept, deleted and other
 * schools' members never. */
static void
test_school_members (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) two = NULL;
  g_autoptr(PrdMember) first = NULL;
  g_autoptr(PrdMember) second = NULL;
  g_autofree char *school = put_school (f->store, "โรงเรียนบ้านหนองบัว", "เมือง", TRUE);
  g_autofree char *other = put_school (f->store, "โรงเรียนกอไผ่", "เมือง", TRUE);
  g_autofree char *me = put_member (f->store, "กมล", "สุขใจ", school, NULL, TRUE);
  g_autofree char *a = put_member (f->store, "อรุณ", "แสงทอง", school, NULL, TRUE);
  g_autofree char *b = put_member (f->store, "เกษร", "บุญมา", school, NULL, TRUE);
  g_autofree char *c = put_member (f->store, "ชนิดา", "ศรีสุข", school, NULL, FALSE);
  g_autofree char *gone = put_member (f->store, "ดารา", "ดวงดี", school, NULL, TRUE);
  g_autofree char *elsewhere = put_member (f->store, "บุญ", "มาก", other, NULL, TRUE);

  g_assert_true (prd_store_tombstone (f->store, "member", gone, &error));
  list = prd_member_list_at_school (f->store, school, me, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_item_type (list), ==, PRD_TYPE_MEMBER);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  first = g_list_model_get_item (list, 0);
  second = g_list_model_get_item (list, 1);
  /* เกษร sorts under ก (leading vowel), before ชนิดา and อรุณ. */
  g_assert_cmpstr (prd_member_get_full_name (first), ==, "นางเกษร บุญมา");
  g_assert_cmpstr (prd_member_get_position (first), ==, "ครู");
  g_assert_cmpstr (prd_member_get_given_name (second), ==, "ชนิดา");

  two = prd_member_list_at_school (f->store, school, NULL, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (two), ==, 2);
}

static PrdMemberQuery *
search_for (const char *text)
{
  PrdMemberQuery *query = prd_member_query_new ();

  prd_member_query_set_search_text (query, text);
  return query;
}

/* The chooser's search is the registry's: a part of a Thai name finds the
 * member, inactive and deleted members are not listed, the limit holds,
 * and the order is the registry's (Thai order of given names). */
static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdMemberQuery) part = search_for ("สุวรรณ");
  g_autoptr(PrdMemberQuery) all = search_for ("");
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) first_two = NULL;
  g_autoptr(GListModel) everyone = NULL;
  g_autoptr(PrdMember) match = NULL;
  g_autoptr(PrdMember) top = NULL;
  g_autofree char *school = put_school (f->store, "โรงเรียนบ้านหนองบัวทอง", "เมือง", TRUE);
  g_autofree char *a = put_member (f->store, "พิมพ์ชนก", "ศรีสุวรรณวงศ์", school, NULL, TRUE);
  g_autofree char *b = put_member (f->store, "กานดา", "สุวรรณรัตน์", NULL, NULL, FALSE);
  g_autofree char *c = put_member (f->store, "สมศักดิ์", "ทองดี", school, NULL, TRUE);
  g_autofree char *d = put_member (f->store, "อำพร", "สุวรรณศรี", NULL, NULL, TRUE);
  g_autofree char *e = put_member (f->store, "บุษบา", "ศรีสุวรรณ", NULL, NULL, TRUE);

  g_assert_true (prd_store_tombstone (f->store, "member", e, &error));

  found = prd_member_find (f->store, part, 200, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);
  g_assert_cmpint (prd_member_query_count (part, f->store, NULL), ==, 2);
  match = g_list_model_get_item (found, 0);
  g_assert_cmpstr (prd_member_get_id (match), ==, a);
  g_assert_cmpstr (prd_member_get_place (match), ==, "โรงเรียนบ้านหนองบัวทอง");

  everyone = prd_member_find (f->store, all, 200, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (everyone), ==, 3);
  first_two = prd_member_find (f->store, all, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (first_two), ==, 2);
  top = g_list_model_get_item (first_two, 0);
  g_assert_cmpstr (prd_member_get_given_name (top), ==, "พิมพ์ชนก");
}

static void
assert_same_row (JsonObject *a,
                 JsonObject *b)
{
  g_autoptr(GList) names = json_object_get_members (a);

  g_assert_cmpuint (json_object_get_size (a), ==, json_object_get_size (b));
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      /* The store's bookkeeping of a new revision. */
      if (g_str_equal (name, "rev") || g_str_equal (name, "updated_at") ||
          g_str_equal (name, "rev_id") || g_str_equal (name, "rev_history") || g_str_equal (name, "deleted"))
        continue;
      g_assert_true (json_object_has_member (b, name));
      if (!json_node_equal (json_object_get_member (a, name), json_object_get_member (b, name)))
        g_error ("%s differs", name);
    }
}

/* Undo: the row comes back exactly as it was removed, one new revision and
 * one journal entry; a second restore writes nothing. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *school = put_school (f->store, "โรงเรียนบ้านหนองบัว", "", TRUE);
  g_autofree char *id = put_member (f->store, "สมศรี", "ใจดี", school, "2024-11-25", TRUE);
  g_autoptr(JsonObject) before = NULL;
  g_autoptr(JsonObject) tombstone = NULL;
  g_autoptr(JsonObject) after = NULL;
  g_autofree char *ancestry = NULL;
  gint64 journal;

  before = prd_store_get (f->store, "member", id, &error);
  g_assert_no_error (error);
  g_assert_true (prd_store_tombstone (f->store, "member", id, &error));
  tombstone = prd_store_get (f->store, "member", id, &error);
  g_assert_no_error (error);
  journal = prd_test_count (f->store, "SELECT count(*) FROM change_journal");

  g_assert_true (prd_member_restore (f->store, id, &error));
  g_assert_no_error (error);
  after = prd_store_get (f->store, "member", id, &error);
  g_assert_no_error (error);
  assert_same_row (before, after);
  g_assert_cmpint (json_object_get_int_member (after, "deleted"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (after, "rev"), ==, json_object_get_int_member (before, "rev") + 2);
  /* A revision that descends from the tombstone, for the other PCs. */
  g_assert_cmpstr (json_object_get_string_member (after, "rev_id"), !=,
                   json_object_get_string_member (tombstone, "rev_id"));
  ancestry = g_strdup_printf ("[\"%s\"", json_object_get_string_member (tombstone, "rev_id"));
  g_assert_true (g_str_has_prefix (json_object_get_string_member (after, "rev_history"), ancestry));
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal + 1);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal WHERE record_id = %Q "
                                   "AND deleted = 0 AND rev = %lld", id,
                                   (long long) json_object_get_int_member (after, "rev")), ==, 1);

  g_assert_true (prd_member_restore (f->store, id, &error));
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal + 1);
}

/* A member whose school was removed since cannot come back past the
 * validator: the reason names the school, nothing is written. */
static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *school = put_school (f->store, "โรงเรียนบ้านหนองบัว", "เมือง", TRUE);
  g_autofree char *id = put_member (f->store, "สมศรี", "ใจดี", school, NULL, TRUE);
  gint64 journal;

  g_assert_true (prd_store_tombstone (f->store, "member", id, &error));
  g_assert_true (prd_store_tombstone (f->store, "school", school, &error));
  journal = prd_test_count (f->store, "SELECT count(*) FROM change_journal");

  g_assert_false (prd_member_restore (f->store, id, &error));
  g_assert_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, prd_member_field_label ("school_id")));
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM member WHERE id = %Q AND deleted = 1", id), ==, 1);
  g_assert_cmpint (prd_test_count (f->store, "SELECT count(*) FROM change_journal"), ==, journal);

  g_clear_error (&error);
  g_assert_false (prd_member_restore (f->store, "no-such-member", &error));
  g_assert_error (error, PRD_MEMBER_ERROR, PRD_MEMBER_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  prd_test_use_thai ();
#define ADD(name, fn) g_test_add (name, Fixture, NULL, prd_test_store_set_up, fn, prd_test_store_tear_down)
  ADD ("/model/lookup/district-coverage", test_district_coverage);
  ADD ("/model/lookup/demo-coverage", test_demo_coverage);
  ADD ("/model/lookup/committee-coverage", test_committee_coverage);
  ADD ("/model/lookup/joined-years", test_joined_years);
  ADD ("/model/lookup/school-members", test_school_members);
  ADD ("/model/lookup/find", test_find);
  ADD ("/model/lookup/restore", test_restore);
  ADD ("/model/lookup/restore-refused", test_restore_refused);
  return g_test_run ();
}
