/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-news.c — PrdNewsItem over the demo office: the news list with its
 * derived states, the memos of an item, and saving through the store. */
#include "prd-test-util.h"
#include "model/prd-demo.h"
#include "model/prd-memo.h"
#include "model/prd-model-error.h"
#include "model/prd-news-item.h"

typedef PrdTestStore Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  prd_test_store_set_up (f, data);
  g_assert_true (prd_demo_generate (f->store, 20, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The demo office's five news items, newest activity first, each in the
 * state its memo's decisions give it and with its category and group. */
static void
test_list_with_states (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *title; PrdNewsState state; const char *date; const char *group; } want[] = {
    { "ประชุมเชิงปฏิบัติการพัฒนาเครือข่ายการประชาสัมพันธ์", PRD_NEWS_PROPOSED, "2026-11-27", "กลุ่มอำนวยการ" },
    { "ครูนักสร้างสรรค์สื่อ TikTok รอบเดือนพฤศจิกายน", PRD_NEWS_PROPOSED, "2026-11-26", NULL },
    { "ประกาศผลการจัดซื้อจัดจ้างวัสดุการศึกษา", PRD_NEWS_APPROVED, "2026-11-20", NULL },
    { "ผลการทดสอบระดับชาติ (O-NET) ของโรงเรียนในสังกัด", PRD_NEWS_APPROVED, "2026-10-30", NULL },
    { "แนะนำผู้บริหารสำนักงานเขตพื้นที่การศึกษา", PRD_NEWS_REFUSED, "2026-10-15", "กลุ่มอำนวยการ" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = prd_news_item_list (f->store, &error);

  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (items) == PRD_TYPE_NEWS_ITEM);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(PrdNewsItem) item = g_list_model_get_item (items, i);
      int state = -1;

      g_assert_cmpstr (prd_news_item_get_title (item), ==, want[i].title);
      g_assert_cmpstr (prd_news_item_get_activity_date (item), ==, want[i].date);
      g_assert_cmpint (prd_news_item_get_state (item), ==, want[i].state);
      g_assert_cmpstr (prd_news_item_get_state_label (item), ==, prd_news_state_label (want[i].state));
      g_object_get (item, "state", &state, NULL);
      g_assert_cmpint (state, ==, want[i].state);
      g_assert_cmpint (prd_news_item_get_fiscal_year (item), ==, 2570);
      g_assert_cmpstr (prd_news_item_get_network_told_at (item), ==, "");
      if (want[i].group != NULL)
        g_assert_cmpstr (prd_news_item_get_group_name (item), ==, want[i].group);
    }
  {
    g_autoptr(PrdNewsItem) first = g_list_model_get_item (items, 0);
    g_autoptr(PrdNewsItem) second = g_list_model_get_item (items, 1);

    g_assert_cmpstr (prd_news_item_get_category_id (first), ==, "news-category-03");
    g_assert_true (g_str_has_prefix (prd_news_item_get_category_label (first), "การขยายผลและพัฒนาเนื้อหาสาระนโยบาย"));
    g_assert_cmpstr (prd_news_item_get_category_label (second), ==, "นวัตกรรมทางการศึกษา");
  }
}

static PrdNewsItem *
item_titled (PrdStore   *store,
             const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = prd_news_item_list (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PrdNewsItem) item = g_list_model_get_item (items, i);

      if (g_str_equal (prd_news_item_get_title (item), title))
        return g_steal_pointer (&item);
    }
  g_assert_not_reached ();
}

/* An item's memos, newest first; a new memo on a refused item proposes it
 * again, and its state follows once it is read again. */
static void
test_memos_of_item (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdNewsItem) item = item_titled (f->store, "แนะนำผู้บริหารสำนักงานเขตพื้นที่การศึกษา");
  g_autoptr(GListModel) memos = prd_news_item_list_memos (item, f->store, &error);
  g_autoptr(PrdMemo) again = prd_memo_new (prd_news_item_get_id (item));
  g_autoptr(PrdMemo) first = NULL;
  g_autoptr(PrdMemo) old = NULL;
  g_autoptr(PrdNewsItem) reloaded = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (memos), ==, 1);
  g_assert_cmpint (prd_news_item_get_state (item), ==, PRD_NEWS_REFUSED);
  g_clear_object (&memos);

  prd_memo_set_memo_date (again, "2026-10-20");
  prd_memo_set_group_id (again, "group-01");
  g_assert_true (prd_memo_save (again, f->store, &error));
  g_assert_no_error (error);

  memos = prd_news_item_list_memos (item, f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (memos), ==, 2);
  first = g_list_model_get_item (memos, 0);
  old = g_list_model_get_item (memos, 1);
  g_assert_cmpstr (prd_memo_get_id (first), ==, prd_memo_get_id (again));
  g_assert_cmpstr (prd_memo_get_memo_date (old), ==, "2026-10-10");
  g_assert_cmpstr (prd_memo_get_news_title (first), ==, "แนะนำผู้บริหารสำนักงานเขตพื้นที่การศึกษา");

  /* The object read before keeps its state until asked again. */
  g_assert_cmpint (prd_news_item_get_state (item), ==, PRD_NEWS_REFUSED);
  g_assert_true (prd_news_item_update_state (item, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_news_item_get_state (item), ==, PRD_NEWS_PROPOSED);
  reloaded = prd_news_item_load (f->store, prd_news_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpint (prd_news_item_get_state (reloaded), ==, PRD_NEWS_PROPOSED);
}

/* A new item is a draft with no memos; it is written through the store's
 * validated path, and a title of spaces or a wrong date is refused. */
static void
test_save_new (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PrdNewsItem) item = prd_news_item_new ("   ");
  g_autoptr(PrdNewsItem) loaded = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) memos = NULL;

  g_assert_false (prd_record_save (PRD_RECORD (item), f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  prd_news_item_set_title (item, "กีฬาสีสัมพันธ์ สพป.");
  prd_news_item_set_activity_date (item, "2026-13-01");
  g_assert_false (prd_record_save (PRD_RECORD (item), f->store, &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-13-01"));
  g_clear_error (&error);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM news_item"), ==, 5);

  prd_news_item_set_activity_date (item, "2026-12-01");
  prd_news_item_set_group_id (item, "group-01");
  g_assert_true (prd_record_save (PRD_RECORD (item), f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM news_item WHERE deleted = 0"), ==, 6);
  g_assert_cmpint (prd_store_count (f->store, "SELECT count(*) FROM news_item WHERE category_id IS NULL"), ==, 1);

  loaded = prd_news_item_load (f->store, prd_news_item_get_id (item), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (prd_news_item_get_title (loaded), ==, "กีฬาสีสัมพันธ์ สพป.");
  g_assert_cmpstr (prd_news_item_get_group_name (loaded), ==, "กลุ่มอำนวยการ");
  g_assert_cmpint (prd_news_item_get_state (loaded), ==, PRD_NEWS_DRAFT);
  memos = prd_news_item_list_memos (loaded, f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (memos), ==, 0);

  items = prd_news_item_list (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 6);
  {
    g_autoptr(PrdNewsItem) newest = g_list_model_get_item (items, 0);
    g_assert_cmpstr (prd_news_item_get_id (newest), ==, prd_news_item_get_id (item));
  }

  g_assert_null (prd_news_item_load (f->store, "no-such-item", &error));
  g_assert_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/news/list-with-states", Fixture, NULL, fixture_set_up, test_list_with_states, prd_test_store_tear_down);
  g_test_add ("/news/memos-of-item", Fixture, NULL, fixture_set_up, test_memos_of_item, prd_test_store_tear_down);
  g_test_add ("/news/save-new", Fixture, NULL, fixture_set_up, test_save_new, prd_test_store_tear_down);
  return g_test_run ();
}
