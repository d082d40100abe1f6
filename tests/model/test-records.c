/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-records.c — PrdRecord and the office's typed lists over a real store. */
#include "prd-test-util.h"
#include "model/prd-category.h"
#include "model/prd-channel.h"
#include "model/prd-group.h"
#include "model/prd-model-error.h"
#include "model/prd-record-private.h"
#include "model/prd-school.h"
#include "model/prd-signer.h"

typedef PrdTestStore Fixture;

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The defaults of migration 0002 come back typed and in their order. */
static void
test_default_lists (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) groups = prd_group_list (f->store, &error);
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(PrdGroup) first = NULL;
  g_autoptr(PrdCategory) media = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 10);
  first = g_list_model_get_item (groups, 0);
  g_assert_cmpstr (prd_record_get_id (PRD_RECORD (first)), ==, "group-01");
  g_assert_cmpstr (prd_group_get_name (first), ==, "กลุ่มอำนวยการ");
  g_assert_cmpint (prd_group_get_sort_order (first), ==, 1);
  g_assert_true (prd_record_is_stored (PRD_RECORD (first)));

  categories = prd_category_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 10);
  media = g_list_model_get_item (categories, 4);
  g_assert_cmpstr (prd_record_get_id (PRD_RECORD (media)), ==, "category-media");
  g_assert_false (prd_category_get_internal (media));
  g_assert_cmpuint (g_list_model_get_item_type (categories), ==, PRD_TYPE_CATEGORY);
}

/* A new record saved gets an id, rev 1 and one journal entry; an edit is a
 * new revision and notifies only what changed. */
static void
test_save_and_edit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdChannel) channel = prd_channel_new ();
  g_autoptr(PrdChannel) again = NULL;
  guint label_notes = 0;
  gint64 before = prd_store_count (f->store, "SELECT count(*) FROM change_journal");

  g_signal_connect (channel, "notify::label", G_CALLBACK (count_notify), &label_notes);
  prd_channel_set_label (channel, "ช่อง YouTube ของสำนักงาน");
  prd_channel_set_label (channel, "ช่อง YouTube ของสำนักงาน");
  g_assert_cmpuint (label_notes, ==, 1);
  g_object_set (channel, "label", "ช่อง YouTube", NULL);
  g_object_set (channel, "label", "ช่อง YouTube", NULL);
  g_assert_cmpuint (label_notes, ==, 2);
  prd_channel_set_sort_order (channel, 42);
  g_assert_false (prd_record_is_stored (PRD_RECORD (channel)));
  g_assert_null (prd_record_get_id (PRD_RECORD (channel)));

  g_assert_true (prd_record_save (PRD_RECORD (channel), f->store, &error));
  g_assert_no_error (error);
  g_assert_nonnull (prd_record_get_id (PRD_RECORD (channel)));
  g_assert_cmpint (prd_record_get_rev (PRD_RECORD (channel)), ==, 1);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, before + 1);

  again = prd_record_load (f->store, PRD_TYPE_CHANNEL, prd_record_get_id (PRD_RECORD (channel)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prd_channel_get_label (again), ==, "ช่อง YouTube");
  g_assert_cmpint (prd_channel_get_sort_order (again), ==, 42);
  g_assert_cmpstr (prd_record_get_created_at (PRD_RECORD (again)), ==,
                   prd_record_get_created_at (PRD_RECORD (channel)));

  prd_channel_set_label (again, "YouTube สพป.");
  g_assert_true (prd_record_save (PRD_RECORD (again), f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_record_get_rev (PRD_RECORD (again)), ==, 2);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, before + 2);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM channel WHERE label = 'YouTube สพป.' "
                                    "AND sort_order = 42"), ==, 1);
}

/* The validate step refuses before anything is written. */
static void
test_validate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdSigner) signer = prd_signer_new ();
  gint64 before = prd_store_count (f->store, "SELECT count(*) FROM change_journal");

  prd_signer_set_role (signer, PRD_SIGNER_DEPUTY);
  prd_signer_set_given_name (signer, "   ");
  g_assert_false (prd_record_save (PRD_RECORD (signer), f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM change_journal"), ==, before);
  g_assert_false (prd_record_is_stored (PRD_RECORD (signer)));
}

/* Blobs and nullable texts go in and come back out as they were. */
static void
test_signer_blob_and_nulls (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdSigner) signer = prd_signer_new ();
  g_autoptr(GBytes) png = g_bytes_new_static ("\x89PNG\r\n\x1a\n\0\1\2", 11);
  g_autoptr(GListModel) deputies = NULL;
  g_autoptr(PrdSigner) loaded = NULL;
  g_autofree char *name = NULL;

  prd_signer_set_role (signer, PRD_SIGNER_DEPUTY);
  prd_signer_set_title (signer, "นาย");
  prd_signer_set_given_name (signer, "สมชาย");
  prd_signer_set_surname (signer, "ใจดี");
  prd_signer_set_signature (signer, png);
  prd_signer_set_signature_mime (signer, "image/png");
  g_assert_true (prd_record_save (PRD_RECORD (signer), f->store, &error));
  g_assert_no_error (error);
  /* group_id "" is NULL in the table (a foreign key), not "". */
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM office_signer WHERE group_id IS NULL "
                                    "AND length (signature) = 11"), ==, 1);

  deputies = prd_signer_list (f->store, PRD_SIGNER_DEPUTY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (deputies), ==, 1);
  loaded = g_list_model_get_item (deputies, 0);
  g_assert_true (g_bytes_equal (prd_signer_get_signature (loaded), png));
  g_assert_cmpstr (prd_signer_get_group_id (loaded), ==, "");
  name = prd_signer_dup_full_name (loaded);
  g_assert_cmpstr (name, ==, "นายสมชาย ใจดี");
}

static void
test_schools (Fixture       *f,
              gconstpointer  data)
{
  static const char *const names[][2] = {
    { "โรงเรียนบ้านหนองบัว", "เมือง" }, { "โรงเรียนอนุบาลเมือง", "เมือง" },
    { "โรงเรียนบ้านดอนแก้ว", "ท่าอุเทน" }, { "โรงเรียนกอไผ่", "ท่าอุเทน" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) schools = NULL;
  g_autoptr(PrdSchool) first = NULL, gone = NULL;
  g_auto(GStrv) districts = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PrdSchool) s = prd_school_new ();

      prd_school_set_name (s, names[i][0]);
      prd_school_set_district (s, names[i][1]);
      prd_school_set_joined_network (s, i % 2 == 0);
      g_assert_true (prd_record_save (PRD_RECORD (s), f->store, &error));
      g_assert_no_error (error);
      if (i == 3)
        gone = g_object_ref (s);
    }
  g_assert_true (prd_store_tombstone (f->store, "school", prd_record_get_id (PRD_RECORD (gone)), &error));
  g_assert_no_error (error);

  schools = prd_school_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (schools), ==, 3);
  first = g_list_model_get_item (schools, 0);
  /* Thai order: ดอนแก้ว before หนองบัว before อนุบาล (after the common prefix). */
  g_assert_cmpstr (prd_school_get_name (first), ==, "โรงเรียนบ้านดอนแก้ว");
  g_assert_true (prd_school_get_joined_network (first));
  g_assert_cmpstr (prd_school_get_joined_at (first), ==, "");

  districts = prd_school_list_districts (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (districts), ==, 2);
  g_assert_cmpstr (districts[0], ==, "ท่าอุเทน");
  g_assert_cmpstr (districts[1], ==, "เมือง");

  g_clear_error (&error);
  g_assert_null (prd_record_load (f->store, PRD_TYPE_SCHOOL, prd_record_get_id (PRD_RECORD (gone)), &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND);
}

/* A duplicate is a new record with the same values. */
static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdGroup) group = prd_record_load (f->store, PRD_TYPE_GROUP, "group-08", &error);
  g_autoptr(PrdGroup) copy = NULL;

  g_assert_no_error (error);
  copy = prd_record_duplicate (PRD_RECORD (group));
  g_assert_false (prd_record_is_stored (PRD_RECORD (copy)));
  g_assert_null (prd_record_get_id (PRD_RECORD (copy)));
  g_assert_cmpstr (prd_group_get_name (copy), ==, prd_group_get_name (group));
  g_assert_cmpint (prd_group_get_sort_order (copy), ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, fn) g_test_add (name, Fixture, NULL, prd_test_store_set_up, fn, prd_test_store_tear_down)
  ADD ("/records/default-lists", test_default_lists);
  ADD ("/records/save-and-edit", test_save_and_edit);
  ADD ("/records/validate", test_validate);
  ADD ("/records/signer-blob-and-nulls", test_signer_blob_and_nulls);
  ADD ("/records/schools", test_schools);
  ADD ("/records/duplicate", test_duplicate);
#undef ADD
  return g_test_run ();
}
