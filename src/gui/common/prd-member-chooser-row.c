/* prd-member-chooser-row.c — one member in the member chooser. */
#define G_LOG_DOMAIN "prd-gui"

#include "prd-member-chooser-row.h"

struct _PrdMemberChooserRow
{
  AdwActionRow    parent_instance;

  PrdMember      *member;
  GtkCheckButton *check;
};

G_DEFINE_FINAL_TYPE (PrdMemberChooserRow, prd_member_chooser_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_MEMBER,
  PROP_TICKED,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
on_check_toggled_cb (PrdMemberChooserRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TICKED]);
}

/* "ครูชำนาญการ โรงเรียนบ้านหนองบัว": the position, then the school or organisation. */
static void
prd_member_chooser_row_constructed (GObject *object)
{
  PrdMemberChooserRow *self = PRD_MEMBER_CHOOSER_ROW (object);
  g_autofree char *subtitle = NULL;

  G_OBJECT_CLASS (prd_member_chooser_row_parent_class)->constructed (object);
  g_return_if_fail (self->member != NULL);

  subtitle = g_strjoin (" ", prd_member_get_position (self->member), prd_member_get_place (self->member), NULL);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), prd_member_get_full_name (self->member));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), g_strstrip (subtitle));
}

static void
prd_member_chooser_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PrdMemberChooserRow *self = PRD_MEMBER_CHOOSER_ROW (object);

  switch (prop_id)
    {
    case PROP_MEMBER: g_value_set_object (value, self->member); break;
    case PROP_TICKED: g_value_set_boolean (value, prd_member_chooser_row_get_ticked (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_chooser_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PrdMemberChooserRow *self = PRD_MEMBER_CHOOSER_ROW (object);

  switch (prop_id)
    {
    case PROP_MEMBER: self->member = g_value_dup_object (value); break;
    case PROP_TICKED: prd_member_chooser_row_set_ticked (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prd_member_chooser_row_dispose (GObject *object)
{
  PrdMemberChooserRow *self = PRD_MEMBER_CHOOSER_ROW (object);

  g_clear_object (&self->member);
  G_OBJECT_CLASS (prd_member_chooser_row_parent_class)->dispose (object);
}

static void
prd_member_chooser_row_class_init (PrdMemberChooserRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = prd_member_chooser_row_constructed;
  object_class->get_property = prd_member_chooser_row_get_property;
  object_class->set_property = prd_member_chooser_row_set_property;
  object_class->dispose = prd_member_chooser_row_dispose;
  props[PROP_MEMBER] = g_param_spec_object ("member", NULL, NULL, PRD_TYPE_MEMBER,
                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  props[PROP_TICKED] = g_param_spec_boolean ("ticked", NULL, NULL, FALSE,
                                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
prd_member_chooser_row_init (PrdMemberChooserRow *self)
{
  self->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->check), GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), GTK_WIDGET (self->check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->check));
  g_signal_connect_object (self->check, "toggled", G_CALLBACK (on_check_toggled_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
prd_member_chooser_row_new (PrdMember *member,
                            gboolean   ticked)
{
  g_return_val_if_fail (PRD_IS_MEMBER (member), NULL);
  return g_object_new (PRD_TYPE_MEMBER_CHOOSER_ROW, "member", member, "ticked", ticked, NULL);
}

PrdMember *
prd_member_chooser_row_get_member (PrdMemberChooserRow *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_CHOOSER_ROW (self), NULL);
  return self->member;
}

gboolean
prd_member_chooser_row_get_ticked (PrdMemberChooserRow *self)
{
  g_return_val_if_fail (PRD_IS_MEMBER_CHOOSER_ROW (self), FALSE);
  return gtk_check_button_get_active (self->check);
}

void
prd_member_chooser_row_set_ticked (PrdMemberChooserRow *self,
                                   gboolean             ticked)
{
  g_return_if_fail (PRD_IS_MEMBER_CHOOSER_ROW (self));
  /* The check's "toggled" notifies "ticked". */
  gtk_check_button_set_active (self->check, ticked);
}
