/* prd-order-editor.c — an appointment order built from the registry:
 * sections of members with their roles and duties, beside a live preview.
 * Members come in through PrdMemberChooser; everything is saved at once. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-order-doc.h"
#include "docs/prd-paper.h"
#include "prd-member-chooser.h"
#include "prd-order-editor.h"
#include "prd-paper-editor-common.h"

struct _PrdOrderEditor
{
  AdwWindow        parent_instance;

  PrdStore        *store;
  PrdOffice       *office;
  PrdOrder        *order;
  PrdPaperLive     live;
  gboolean         loading;
  GPtrArray       *signer_ids;

  /* Template children */
  AdwToastOverlay *toasts;
  AdwWindowTitle  *window_title;
  AdwEntryRow     *subject_row;
  AdwEntryRow     *number_row;
  AdwEntryRow     *date_row;
  AdwEntryRow     *effective_row;
  AdwComboRow     *signer_row;
  GtkTextView     *body_view;
  GtkTextView     *closing_view;
  GtkBox          *sections_box;
  PrdDocPreview   *preview;
};

G_DEFINE_FINAL_TYPE (PrdOrderEditor, prd_order_editor, ADW_TYPE_WINDOW)

enum { SIGNAL_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Role codes in the order of the drop-down; labels from prd_paper_role_label. */
static const char *const roles[] = { "", "chair", "vice_chair", "member", "secretary", "assistant_secretary" };

static void rebuild_sections (PrdOrderEditor *self);

/* Preview */

static PrdDoc *
build_doc (gpointer   owner,
           GError   **error)
{
  PrdOrderEditor *self = owner;

  return prd_order_doc_build (self->store, self->office, self->order, error);
}

static void
on_order_changed_cb (PrdOrderEditor *self)
{
  prd_paper_live_queue (&self->live);
}

/* Sections */

static void
on_section_text_cb (AdwEntryRow    *row,
                    PrdOrderEditor *self)
{
  PrdOrderSection *section = g_object_get_data (G_OBJECT (row), "section");
  char **slot = g_object_get_data (G_OBJECT (row), "duties") ? &section->duties : &section->title;

  g_free (*slot);
  *slot = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  prd_order_changed (self->order);
}

static void
on_role_selected_cb (GtkDropDown    *dropdown,
                     GParamSpec     *pspec,
                     PrdOrderEditor *self)
{
  PrdOrderMember *member = g_object_get_data (G_OBJECT (dropdown), "member");
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i >= G_N_ELEMENTS (roles))
    return;
  g_free (member->role);
  member->role = g_strdup (roles[i]);
  prd_order_changed (self->order);
}

static void
on_heading_changed_cb (GtkEditable    *entry,
                       PrdOrderEditor *self)
{
  PrdOrderMember *member = g_object_get_data (G_OBJECT (entry), "member");

  g_free (member->heading);
  member->heading = g_strdup (gtk_editable_get_text (entry));
  prd_order_changed (self->order);
}

static void
on_remove_member_cb (GtkButton      *button,
                     PrdOrderEditor *self)
{
  PrdOrderSection *section = g_object_get_data (G_OBJECT (button), "section");
  PrdOrderMember *member = g_object_get_data (G_OBJECT (button), "member");
  guint index;

  if (g_ptr_array_find (section->members, member, &index))
    prd_order_remove_member (self->order, section, index);
  rebuild_sections (self);
}

static void
on_remove_section_cb (GtkButton      *button,
                      PrdOrderEditor *self)
{
  PrdOrderSection *section = g_object_get_data (G_OBJECT (button), "section");
  guint index;

  if (g_ptr_array_find (prd_order_get_sections (self->order), section, &index))
    prd_order_remove_section (self->order, index);
  rebuild_sections (self);
}

static void
on_members_chosen_cb (PrdMemberChooser *chooser,
                      char            **ids,
                      PrdOrderEditor   *self)
{
  PrdOrderSection *section = g_object_get_data (G_OBJECT (chooser), "section");

  for (guint i = 0; ids[i] != NULL; i++)
    prd_order_add_member (self->order, self->store, section, ids[i], "", "");
  rebuild_sections (self);
}

static void
on_add_members_cb (GtkButton      *button,
                   PrdOrderEditor *self)
{
  PrdMemberChooser *chooser = prd_member_chooser_new (self->store, GTK_WINDOW (self));

  g_object_set_data (G_OBJECT (chooser), "section", g_object_get_data (G_OBJECT (button), "section"));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_members_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static GtkWidget *
member_row (PrdOrderEditor  *self,
            PrdOrderSection *section,
            PrdOrderMember  *member)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *dropdown, *heading = gtk_entry_new (), *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), member->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), member->position);

  gtk_string_list_append (labels, _("No role"));
  for (guint i = 1; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (labels, prd_paper_role_label (roles[i]));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (member->role, roles[i]) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, _("Role in the committee"));
  g_object_set_data (G_OBJECT (dropdown), "member", member);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_role_selected_cb), self);

  gtk_editable_set_text (GTK_EDITABLE (heading), member->heading ? member->heading : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (heading), _("Sub-heading"));
  gtk_widget_set_tooltip_text (heading, _("Starts a sub-list under this heading, e.g. the member's group"));
  gtk_editable_set_width_chars (GTK_EDITABLE (heading), 12);
  gtk_widget_set_valign (heading, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (heading), "member", member);
  g_signal_connect (heading, "changed", G_CALLBACK (on_heading_changed_cb), self);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove from the section"));
  g_object_set_data (G_OBJECT (remove), "section", section);
  g_object_set_data (G_OBJECT (remove), "member", member);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_member_cb), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), heading);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
section_group (PrdOrderEditor  *self,
               PrdOrderSection *section,
               guint            index)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _Members…"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *title = adw_entry_row_new (), *duties = adw_entry_row_new ();
  g_autofree char *heading = g_strdup_printf (_("Section %u"), index + 1);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
  g_object_set_data (G_OBJECT (add), "section", section);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_members_cb), self);
  g_object_set_data (G_OBJECT (remove), "section", section);
  gtk_widget_set_tooltip_text (remove, _("Remove the section"));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_section_cb), self);
  gtk_box_append (GTK_BOX (buttons), add);
  gtk_box_append (GTK_BOX (buttons), remove);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), buttons);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("Title, e.g. “คณะที่ปรึกษา ประกอบด้วย”"));
  gtk_editable_set_text (GTK_EDITABLE (title), section->title);
  g_object_set_data (G_OBJECT (title), "section", section);
  g_signal_connect (title, "changed", G_CALLBACK (on_section_text_cb), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (duties), _("Duties (after “มีหน้าที่”)"));
  gtk_editable_set_text (GTK_EDITABLE (duties), section->duties);
  g_object_set_data (G_OBJECT (duties), "section", section);
  g_object_set_data (G_OBJECT (duties), "duties", GINT_TO_POINTER (1));
  g_signal_connect (duties, "changed", G_CALLBACK (on_section_text_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; i < section->members->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               member_row (self, section, g_ptr_array_index (section->members, i)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), duties);
  return group;
}

static void
rebuild_sections (PrdOrderEditor *self)
{
  GPtrArray *sections = prd_order_get_sections (self->order);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  for (guint i = 0; i < sections->len; i++)
    gtk_box_append (self->sections_box, section_group (self, g_ptr_array_index (sections, i), i));
}

/* The order's own fields */

static void
on_entry_changed_cb (AdwEntryRow    *row,
                     PrdOrderEditor *self)
{
  if (!self->loading)
    prd_order_set (self->order, g_object_get_data (G_OBJECT (row), "field"),
                   gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_date_changed_cb (AdwEntryRow    *row,
                    PrdOrderEditor *self)
{
  char iso[16];

  if (!self->loading && prd_paper_entry_get_date (row, iso))
    prd_order_set (self->order, "order_date", iso);
}

static void
on_number_changed_cb (AdwEntryRow    *row,
                      PrdOrderEditor *self)
{
  int n;

  if (!self->loading && prd_paper_entry_get_number (row, &n))
    prd_order_set_number_seq (self->order, n);
}

static void
on_signer_selected_cb (AdwComboRow    *row,
                       GParamSpec     *pspec,
                       PrdOrderEditor *self)
{
  guint i = adw_combo_row_get_selected (row);
  const char *id;
  g_autofree char *name = NULL, *position = NULL;

  if (self->loading || i >= self->signer_ids->len)
    return;
  id = g_ptr_array_index (self->signer_ids, i);
  prd_paper_signer_lookup (self->store, id, &name, &position);
  prd_order_set (self->order, "signer_id", id);
  prd_order_set (self->order, "signer_name", name);
  prd_order_set (self->order, "signer_position", position);
}

static void
on_text_view_changed_cb (GtkTextBuffer  *buffer,
                         PrdOrderEditor *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->loading)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  prd_order_set (self->order, g_object_get_data (G_OBJECT (buffer), "field"), text);
}

static void
bind_text_view (PrdOrderEditor *self,
                GtkTextView    *view,
                const char     *field)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_text_buffer_set_text (buffer, prd_order_get (self->order, field), -1);
  g_object_set_data (G_OBJECT (buffer), "field", (gpointer) field);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_text_view_changed_cb), self);
}

static void
bind_entry (PrdOrderEditor *self,
            AdwEntryRow    *row,
            const char     *field)
{
  gtk_editable_set_text (GTK_EDITABLE (row), prd_order_get (self->order, field));
  g_object_set_data (G_OBJECT (row), "field", (gpointer) field);
  g_signal_connect (row, "changed", G_CALLBACK (on_entry_changed_cb), self);
}

static void
load_form (PrdOrderEditor *self)
{
  g_autofree char *date = prd_paper_date (prd_order_get (self->order, "order_date"));
  g_autofree char *number = NULL;

  self->loading = TRUE;
  bind_entry (self, self->subject_row, "subject");
  bind_entry (self, self->effective_row, "effective");
  bind_text_view (self, self->body_view, "body");
  bind_text_view (self, self->closing_view, "closing");
  prd_paper_entry_set_text (self->date_row, date);
  g_signal_connect (self->date_row, "changed", G_CALLBACK (on_date_changed_cb), self);
  if (prd_order_get_number_seq (self->order) > 0)
    number = g_strdup_printf ("%d", prd_order_get_number_seq (self->order));
  prd_paper_entry_set_text (self->number_row, number);
  g_signal_connect (self->number_row, "changed", G_CALLBACK (on_number_changed_cb), self);

  prd_paper_fill_combo (self->store, self->signer_row, self->signer_ids, NULL,
                        "SELECT id, title || given_name || ' ' || surname || ' — ' || position "
                        "FROM office_signer WHERE deleted = 0 AND role IN ('director', 'deputy') "
                        "ORDER BY sort_order", prd_order_get (self->order, "signer_id"));
  g_signal_connect (self->signer_row, "notify::selected", G_CALLBACK (on_signer_selected_cb), self);
  self->loading = FALSE;

  /* A new order is signed by the director unless someone else is chosen. */
  if (*prd_order_get (self->order, "signer_id") == '\0' && self->signer_ids->len > 0)
    on_signer_selected_cb (self->signer_row, NULL, self);
  rebuild_sections (self);
}

static void
update_title (PrdOrderEditor *self)
{
  g_autofree char *number = g_strdup_printf ("ที่ %d/%d", prd_order_get_number_seq (self->order),
                                             prd_order_get_number_year (self->order) + 543);

  adw_window_title_set_subtitle (self->window_title, prd_order_get_number_seq (self->order) > 0 && *prd_order_get_id (self->order)
                                                     ? number : _("New order, not saved yet"));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;

  if (!prd_order_save (self->order, self->store, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  self->loading = TRUE;
  number = g_strdup_printf ("%d", prd_order_get_number_seq (self->order));
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
  self->loading = FALSE;
  update_title (self);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Order saved")));
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (widget);

  prd_paper_live_print (&self->live, GTK_WINDOW (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (widget);
  g_autofree char *name = g_strdup_printf ("คำสั่ง-%d-%d.pdf", prd_order_get_number_seq (self->order),
                                           prd_order_get_number_year (self->order) + 543);

  prd_paper_live_export (&self->live, GTK_WINDOW (self), name);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (widget);

  prd_order_add_section (self->order, "", "");
  rebuild_sections (self);
}

/* Life cycle */

static void
prd_order_editor_dispose (GObject *object)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (object);

  prd_paper_live_clear (&self->live);
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_ORDER_EDITOR);
  g_clear_object (&self->order);
  g_clear_object (&self->office);
  g_clear_object (&self->store);
  g_clear_pointer (&self->signer_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (prd_order_editor_parent_class)->dispose (object);
}

static void
prd_order_editor_class_init (PrdOrderEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = prd_order_editor_dispose;
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  g_type_ensure (PRD_TYPE_DOC_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/prd-order-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, toasts);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, effective_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, signer_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, closing_view);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, sections_box);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, preview);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "editor.add-section", NULL, add_section_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print", NULL);
}

static void
prd_order_editor_init (PrdOrderEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  prd_paper_live_init (&self->live, self->preview, self->toasts, 200, build_doc, self);
  self->signer_ids = g_ptr_array_new_with_free_func (g_free);
}

PrdOrderEditor *
prd_order_editor_new (PrdStore   *store,
                      const char *order_id,
                      GError    **error)
{
  g_autoptr(PrdOffice) office = prd_office_load (store, error);
  g_autoptr(PrdOrder) order = NULL;
  PrdOrderEditor *self;

  if (office == NULL)
    return NULL;
  order = order_id ? prd_order_load (store, order_id, error) : prd_order_new ();
  if (order == NULL)
    return NULL;
  self = g_object_new (PRD_TYPE_ORDER_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->office = g_steal_pointer (&office);
  self->order = g_steal_pointer (&order);
  load_form (self);
  update_title (self);
  g_signal_connect_swapped (self->order, "changed", G_CALLBACK (on_order_changed_cb), self);
  prd_paper_live_update (&self->live);
  /* Like every GtkWindow, it belongs to GTK until it is destroyed. */
  return self;
}

PrdOrder *
prd_order_editor_get_order (PrdOrderEditor *self)
{
  return self->order;
}

int
prd_order_editor_get_n_preview_pages (PrdOrderEditor *self)
{
  return prd_doc_preview_get_n_pages (self->preview);
}

void
prd_order_editor_choose_members (PrdOrderEditor *self,
                                 guint           section,
                                 const char     *search,
                                 guint           n)
{
  PrdOrderSection *s = g_ptr_array_index (prd_order_get_sections (self->order), section);
  PrdMemberChooser *chooser = prd_member_chooser_new (self->store, GTK_WINDOW (self));

  g_object_set_data (G_OBJECT (chooser), "section", s);
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_members_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
  prd_member_chooser_search (chooser, search);
  for (guint i = 0; i < n && i < prd_member_chooser_get_n_shown (chooser); i++)
    prd_member_chooser_tick (chooser, i);
  gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.add", NULL);
}
