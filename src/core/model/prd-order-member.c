/* prd-order-member.c — PrdOrderMember: a member named in an order's section. */
#define G_LOG_DOMAIN "prd-model"

#include <glib/gi18n.h>

#include "prd-model-error.h"
#include "prd-order-member.h"
#include "prd-record-private.h"

struct _PrdOrderMember
{
  PrdRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PrdOrderMember, prd_order_member, PRD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SECTION_ID,
  PROP_MEMBER_ID,
  PROP_ROLE,
  PROP_HEADING,
  PROP_SORT_ORDER,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

#define COLUMN (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | PRD_RECORD_COLUMN)
#define JOINED (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)

static void
prd_order_member_class_init (PrdOrderMemberClass *klass)
{
  PrdRecordClass *record_class = PRD_RECORD_CLASS (klass);

  record_class->table = "order_member";
  props[PROP_SECTION_ID] = g_param_spec_string ("section-id", NULL, NULL, "", COLUMN);
  props[PROP_MEMBER_ID] = g_param_spec_string ("member-id", NULL, NULL, "", COLUMN);
  props[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", COLUMN);
  props[PROP_HEADING] = g_param_spec_string ("heading", NULL, NULL, "", COLUMN);
  props[PROP_SORT_ORDER] = g_param_spec_int ("sort-order", NULL, NULL, 0, G_MAXINT, 0, COLUMN);
  props[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", JOINED);
  props[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, "", JOINED);
  prd_record_class_install (record_class, props + 1, N_PROPS - 1);
}

static void
prd_order_member_init (PrdOrderMember *self)
{
}

/* The registry's name and position under the property names. */
#define SELECT_REGISTRY \
  "m.title || m.given_name || ' ' || m.surname AS name, m.position AS position "

PrdOrderMember *
prd_order_member_new_from_registry (PrdStore    *store,
                                    const char  *member_id,
                                    GError     **error)
{
  g_autoptr(GListModel) found = NULL;

  g_return_val_if_fail (PRD_IS_STORE (store), NULL);
  g_return_val_if_fail (member_id != NULL, NULL);

  found = prd_record_query (store, PRD_TYPE_ORDER_MEMBER,
                            "SELECT m.id AS member_id, " SELECT_REGISTRY
                            "FROM member m WHERE m.id = ?1 AND m.deleted = 0", member_id, error);
  if (found == NULL)
    return NULL;
  if (g_list_model_get_n_items (found) == 0)
    {
      g_set_error (error, PRD_MODEL_ERROR, PRD_MODEL_ERROR_NOT_FOUND,
                   _("There is no member with the id %s in the registry; nobody was added."), member_id);
      return NULL;
    }
  return g_list_model_get_item (found, 0);
}

GListModel *
prd_order_member_list_for (PrdStore    *store,
                           const char  *section_id,
                           GError     **error)
{
  return prd_record_query (store, PRD_TYPE_ORDER_MEMBER,
                           "SELECT om.*, " SELECT_REGISTRY
                           "FROM order_member om JOIN member m ON m.id = om.member_id "
                           "WHERE om.section_id = ?1 AND om.deleted = 0 ORDER BY om.sort_order, om.created_at",
                           section_id, error);
}

#define TEXT_PROPERTY(name, PROP)                                                \
  const char *                                                                   \
  prd_order_member_get_##name (PrdOrderMember *self)                             \
  {                                                                              \
    return prd_record_get_text (PRD_RECORD (self), props[PROP]);                 \
  }

#define TEXT_SETTER(name, PROP)                                                  \
  void                                                                           \
  prd_order_member_set_##name (PrdOrderMember *self,                             \
                               const char     *value)                            \
  {                                                                              \
    prd_record_set_text (PRD_RECORD (self), props[PROP], value);                 \
  }

TEXT_PROPERTY (section_id, PROP_SECTION_ID)
TEXT_SETTER (section_id, PROP_SECTION_ID)
TEXT_PROPERTY (member_id, PROP_MEMBER_ID)
TEXT_SETTER (member_id, PROP_MEMBER_ID)
TEXT_PROPERTY (role, PROP_ROLE)
TEXT_SETTER (role, PROP_ROLE)
TEXT_PROPERTY (heading, PROP_HEADING)
TEXT_SETTER (heading, PROP_HEADING)
TEXT_PROPERTY (name, PROP_NAME)
TEXT_PROPERTY (position, PROP_POSITION)

int
prd_order_member_get_sort_order (PrdOrderMember *self)
{
  return (int) prd_record_get_int (PRD_RECORD (self), props[PROP_SORT_ORDER]);
}

void
prd_order_member_set_sort_order (PrdOrderMember *self,
                                 int             value)
{
  prd_record_set_int (PRD_RECORD (self), props[PROP_SORT_ORDER], value);
}
