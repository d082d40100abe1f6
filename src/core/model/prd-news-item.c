/* prd-news-item.c — PrdNewsItem: a news item and its derived state. */
#define G_LOG_DOMAIN "prd-model"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "prd-memo.h"
#include "prd-model-error.h"
#include "prd-news-item.h"
#include "prd-record-private.h"

struct _PrdNewsItem
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdNewsItem, prd_news_item, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CATEGORY_ID,
  PROP_GROUP_ID,
  PROP_FISCAL_YEAR,
  PROP_ACTIVITY_DATE,
  PROP_NETWORK_TOLD_AT,
  PROP_NOTES,
  PROP_CATEGORY_LABEL,
  PROP_GROUP_NAME,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

#define SELECT_NEWS_ITEM \
  "SELECT n.*, c.label AS category_label, g.name AS group_name FROM news_item n " \
  "LEFT JOIN news_category c ON c.id = n.category_id LEFT JOIN office_group g ON g.id = n.group_id "

static gboolean
prd_news_item_validate (PrdRecord  *record,
                        GError    **error)
{
  g_autofree char *title = g_strstrip (g_strdup (prd_record_get_text (record, props[PROP_TITLE])));
  const char *date = prd_record_get_text (record, props[PROP_ACTIVITY_DATE]);
  int y, m, d;

  if (*title == '\0')
    {
      g_set_error_literal (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID, _("Write the news item's title."));
      return FALSE;
    }
  if (*date != '\0' &&
      (strlen (date) != 10 || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y)))
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_INVALID,
                   _("The activity's date \"%s\" is not a date; write it as year-month-day, e.g. 2026-11-25."), date);
      return FALSE;
    }
  return TRUE;
}

static void
prd_news_item_class_init (PrdNewsItemClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);
  GParamFlags column = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN;
  GParamFlags joined = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  record_class->table = "news_item";
  record_class->validate = prd_news_item_validate;

  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", column);
  props[PROP_CATEGORY_ID] = g_param_spec_string ("category-id", NULL, NULL, "", column | PRD_RECORD_NULLABLE);
  props[PROP_GROUP_ID] = g_param_spec_string ("group-id", NULL, NULL, "", column | PRD_RECORD_NULLABLE);
  props[PROP_FISCAL_YEAR] = g_param_spec_int ("fiscal-year", NULL, NULL, 0, G_MAXINT, 0, column | PRD_RECORD_NULLABLE);
  props[PROP_ACTIVITY_DATE] = g_param_spec_string ("activity-date", NULL, NULL, "", column | PRD_RECORD_NULLABLE);
  props[PROP_NETWORK_TOLD_AT] = g_param_spec_string ("network-told-at", NULL, NULL, "", column | PRD_RECORD_NULLABLE);
  props[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", column);
  props[PROP_CATEGORY_LABEL] = g_param_spec_string ("category-label", NULL, NULL, "", joined);
  props[PROP_GROUP_NAME] = g_param_spec_string ("group-name", NULL, NULL, "", joined);
  /* Derived from the memos, not a column of any query. */
  props[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, PRD_NEWS_DRAFT, PRD_NEWS_REFUSED, PRD_NEWS_DRAFT, joined);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_news_item_init (PrdNewsItem *self)
{
}

PrdNewsItem *
prd_news_item_new (const char *title)
{
  PrdNewsItem *self = g_object_new (PRD_TYPE_NEWS_ITEM, NULL);

  prd_news_item_set_title (self, title);
  return self;
}

gboolean
prd_news_item_update_state (PrdNewsItem  *self,
                            PrdStore     *store,
                            GError      **error)
{
  GError *local_error = NULL;
  PrdNewsState state;

  g_return_val_if_fail (PRD_IS_NEWS_ITEM (self), FALSE);

  if (!prd_record_is_stored (PRD_RECORD (self)))
    state = PRD_NEWS_DRAFT;
  else
    state = prd_news_state_derive (store, prd_news_item_get_id (self), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  prd_record_set_int (PRD_RECORD (self), props[PROP_STATE], state);
  return TRUE;
}

/* Derives the state of every item of ITEMS; drops ITEMS on a failure. */
static GListModel *
with_states (GListModel  *items,
             PrdStore    *store,
             GError     **error)
{
  if (items == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PrdNewsItem) item = g_list_model_get_item (items, i);

      if (!prd_news_item_update_state (item, store, error))
        {
          g_object_unref (items);
          return NULL;
        }
    }
  return items;
}

PrdNewsItem *
prd_news_item_load (PrdStore    *store,
                    const char  *id,
                    GError     **error)
{
  g_autoptr(GListModel) found = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  found = with_states (prd_record_query (store, PRD_TYPE_NEWS_ITEM, SELECT_NEWS_ITEM "WHERE n.id = ?1 AND n.deleted = 0",
                                         id, error), store, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND, _("There is no news item %s."), id);
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

GListModel *
prd_news_item_list (PrdStore  *store,
                    GError   **error)
{
  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  return with_states (prd_record_query (store, PRD_TYPE_NEWS_ITEM, SELECT_NEWS_ITEM "WHERE n.deleted = 0 "
                                        "ORDER BY n.activity_date DESC, n.created_at DESC", NULL, error),
                      store, error);
}

GListModel *
prd_news_item_list_memos (PrdNewsItem  *self,
                          PrdStore     *store,
                          GError      **error)
{
  g_return_val_if_fail (PRD_IS_NEWS_ITEM (self), NULL);
  g_return_val_if_fail (PRD_IS_STORE (store), NULL);

  return prd_record_query (store, PRD_TYPE_MEMO,
                           "SELECT m.*, n.title AS news_title FROM memo m JOIN news_item n ON n.id = m.news_item_id "
                           "WHERE m.news_item_id = ?1 AND m.deleted = 0 "
                           "ORDER BY m.memo_date DESC, m.number_seq DESC, m.created_at DESC",
                           prd_news_item_get_id (self), error);
}

const char *
prd_news_item_get_id (PrdNewsItem *self)
{
  const char *id = prd_record_get_id (PRD_RECORD (self));
  return id ? id : "";
}

const char *
prd_news_item_get_title (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_TITLE]);
}

void
prd_news_item_set_title (PrdNewsItem *self,
                         const char  *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_TITLE], value);
}

const char *
prd_news_item_get_category_id (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_CATEGORY_ID]);
}

void
prd_news_item_set_category_id (PrdNewsItem *self,
                               const char  *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_CATEGORY_ID], value);
}

const char *
prd_news_item_get_group_id (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_GROUP_ID]);
}

void
prd_news_item_set_group_id (PrdNewsItem *self,
                            const char  *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_GROUP_ID], value);
}

const char *
prd_news_item_get_activity_date (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_ACTIVITY_DATE]);
}

void
prd_news_item_set_activity_date (PrdNewsItem *self,
                                 const char  *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_ACTIVITY_DATE], value);
}

const char *
prd_news_item_get_network_told_at (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NETWORK_TOLD_AT]);
}

void
prd_news_item_set_network_told_at (PrdNewsItem *self,
                                   const char  *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_NETWORK_TOLD_AT], value);
}

const char *
prd_news_item_get_notes (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_NOTES]);
}

void
prd_news_item_set_notes (PrdNewsItem *self,
                         const char  *value)
{
  prd_record_set_text (PRD_RECORD (self), props[PROP_NOTES], value);
}

const char *
prd_news_item_get_category_label (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_CATEGORY_LABEL]);
}

const char *
prd_news_item_get_group_name (PrdNewsItem *self)
{
  return prd_record_get_text (PRD_RECORD (self), props[PROP_GROUP_NAME]);
}

int
prd_news_item_get_fiscal_year (PrdNewsItem *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_FISCAL_YEAR]);
}

void
prd_news_item_set_fiscal_year (PrdNewsItem *self,
                               int          value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_FISCAL_YEAR], value);
}

PrdNewsState
prd_news_item_get_state (PrdNewsItem *self)
{
  return (PrdNewsState) prd_record_get_int (PRD_RECORD (self), props[PROP_STATE]);
}

const char *
prd_news_item_get_state_label (PrdNewsItem *self)
{
  return prd_news_state_label (prd_news_item_get_state (self));
}
