/* prd-order-editor.c — an appointment order built from the registry:
 * sections of members with their roles and duties, beside a live preview.
 * Members come in through PrdMemberChooser; everything is saved at once. */
#define G_LOG_DOMAIN "prd-gui"

#include <glib/gi18n.h>

#include "docs/prd-order-doc.h"
#include "docs/prd-paper.h"
#include "model/prd-signer.h"
#include "prd-member-chooser.h"
#include "prd-order-editor.h"
#include "prd-order-section-row.h"
#include "prd-paper-editor-common.h"

struct _PrdOrderEditor
{
  AdwWindow        parent_instance;

  PrdStore        *store;
  PrdOffice       *office;
  PrdOrder        *order;
  PrdPaperLive     live;
  gboolean         loading;
  GListStore      *signers;      /* PrdSigner who may sign an order */
  PrdSigner       *signer;       /* the chosen one, for the signature picture */

  /* The last removal, until undone or replaced: the section, and the member
   * when one member was removed from it, with the position it had. */
  PrdOrderSection *removed_section;
  PrdOrderMember  *removed_member;
  guint            removed_index;

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
  GtkListBox      *sections_list;
  PrdDocPreview   *preview;
};

G_DEFINE_FINAL_TYPE (PrdOrderEditor, prd_order_editor, ADW_TYPE_WINDOW)

enum { SIGNAL_SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void forget_removal (PrdOrderEditor *self);

/* Preview */

static PrdDoc *
build_doc (gpointer   owner,
           GError   **error)
{
  PrdOrderEditor *self = owner;

  /* Everything is resolved already: laying out reads no database. */
  return prd_order_doc_layout (self->office, self->order, self->signer, error);
}

static void
on_order_changed_cb (PrdOrderEditor *self)
{
  prd_paper_live_queue (&self->live);
}

/* Sections */

static GtkWidget *
create_section_row (gpointer item,
                    gpointer user_data)
{
  return prd_order_section_row_new (PRD_ORDER_SECTION (item));
}

/* "Section N" follows the position, which removals and additions move. */
static void
on_sections_changed_cb (GListModel     *sections,
                        guint           position,
                        guint           removed,
                        guint           added,
                        PrdOrderEditor *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sections_list, i)) != NULL; i++)
    prd_order_section_row_set_number (PRD_ORDER_SECTION_ROW (row), i + 1);
}

static void
on_members_chosen_cb (PrdMemberChooser *chooser,
                      char            **ids,
                      PrdOrderSection  *section)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (gtk_window_get_transient_for (GTK_WINDOW (chooser)));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!prd_order_add_member (self->order, self->store, section, ids[i], "", "", &error))
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
    }
}

/* Opens the member chooser for the section at INDEX. */
static PrdMemberChooser *
open_chooser (PrdOrderEditor *self,
              guint           index)
{
  g_autoptr(PrdOrderSection) section = g_list_model_get_item (prd_order_get_sections (self->order), index);
  PrdMemberChooser *chooser;

  if (section == NULL)
    return NULL;
  chooser = prd_member_chooser_new (self->store, GTK_WINDOW (self));
  /* The section rides with the handler: it lives as long as the chooser. */
  g_signal_connect_data (chooser, "chosen", G_CALLBACK (on_members_chosen_cb),
                         g_object_ref (section), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (chooser));
  return chooser;
}

/* The order's own fields */

static void
on_date_changed_cb (AdwEntryRow    *row,
                    PrdOrderEditor *self)
{
  char iso[16];

  if (!self->loading && prd_paper_entry_get_date (row, iso))
    prd_order_set_order_date (self->order, iso);
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
  g_autoptr(PrdSigner) signer = g_list_model_get_item (G_LIST_MODEL (self->signers),
                                                       adw_combo_row_get_selected (row));
  g_autofree char *name = NULL;

  if (self->loading || signer == NULL)
    return;
  g_set_object (&self->signer, signer);
  name = prd_signer_dup_full_name (signer);
  prd_order_set_signer_id (self->order, prd_record_get_id (PRD_RECORD (signer)));
  prd_order_set_signer_name (self->order, name);
  prd_order_set_signer_position (self->order, prd_signer_get_position (signer));
}

/* The director and the deputies, who sign orders, as the combo's labels. */
static void
load_signers (PrdOrderEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = prd_signer_list (self->store, NULL, &error);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *current = prd_order_get_signer_id (self->order);
  guint selected = 0;

  if (all == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PrdSigner) signer = g_list_model_get_item (all, i);
      const char *role = prd_signer_get_role (signer);
      g_autofree char *name = NULL, *label = NULL;

      if (!g_str_equal (role, PRD_SIGNER_DIRECTOR) && !g_str_equal (role, PRD_SIGNER_DEPUTY))
        continue;
      if (g_strcmp0 (prd_record_get_id (PRD_RECORD (signer)), current) == 0)
        {
          selected = g_list_model_get_n_items (G_LIST_MODEL (self->signers));
          g_set_object (&self->signer, signer);
        }
      name = prd_signer_dup_full_name (signer);
      label = g_strdup_printf ("%s — %s", name, prd_signer_get_position (signer));
      gtk_string_list_append (labels, label);
      g_list_store_append (self->signers, signer);
    }
  adw_combo_row_set_model (self->signer_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->signer_row, selected);
}

static void
bind_text_view (PrdOrderEditor *self,
                GtkTextView    *view,
                const char     *property)
{
  g_object_bind_property (self->order, property, gtk_text_view_get_buffer (view), "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

static void
bind_entry (PrdOrderEditor *self,
            AdwEntryRow    *row,
            const char     *property)
{
  g_object_bind_property (self->order, property, row, "text",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
}

static void
load_form (PrdOrderEditor *self)
{
  g_autofree char *date = prd_paper_date (prd_order_get_order_date (self->order));
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

  load_signers (self);
  g_signal_connect (self->signer_row, "notify::selected", G_CALLBACK (on_signer_selected_cb), self);
  self->loading = FALSE;

  /* A new order is signed by the director unless someone else is chosen. */
  if (*prd_order_get_signer_id (self->order) == '\0')
    on_signer_selected_cb (self->signer_row, NULL, self);

  gtk_list_box_bind_model (self->sections_list, prd_order_get_sections (self->order),
                           create_section_row, NULL, NULL);
  g_signal_connect_object (prd_order_get_sections (self->order), "items-changed",
                           G_CALLBACK (on_sections_changed_cb), self, G_CONNECT_AFTER);
  on_sections_changed_cb (NULL, 0, 0, 0, self);
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
  /* What was removed is gone from the store now: no undo past a save. */
  forget_removal (self);
  gtk_widget_action_set_enabled (widget, "editor.undo-remove", FALSE);
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
}

static void
forget_removal (PrdOrderEditor *self)
{
  g_clear_object (&self->removed_section);
  g_clear_object (&self->removed_member);
}

/* A toast that offers to put back what was just removed. */
static void
offer_undo (PrdOrderEditor *self,
            const char     *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-remove");
  adw_toast_overlay_add_toast (self->toasts, toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo-remove", TRUE);
}

static void
remove_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (widget);
  guint index = g_variant_get_uint32 (parameter);
  PrdOrderSection *section = g_list_model_get_item (prd_order_get_sections (self->order), index);

  if (section == NULL)
    return;
  forget_removal (self);
  self->removed_section = section;
  self->removed_index = index;
  prd_order_remove_section (self->order, index);
  offer_undo (self, _("Section removed"));
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (widget);
  g_autoptr(PrdOrderSection) section = NULL;
  PrdOrderMember *member;
  guint s, m;

  g_variant_get (parameter, "(uu)", &s, &m);
  section = g_list_model_get_item (prd_order_get_sections (self->order), s);
  if (section == NULL || (member = g_list_model_get_item (prd_order_section_get_members (section), m)) == NULL)
    return;
  forget_removal (self);
  self->removed_section = g_object_ref (section);
  self->removed_member = member;
  self->removed_index = m;
  prd_order_section_remove_member (section, m);
  offer_undo (self, _("Member removed from the section"));
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (widget);

  if (self->removed_member != NULL)
    {
      /* Its section may have gone since; then there is nothing to put it in. */
      if (g_list_store_find (G_LIST_STORE (prd_order_get_sections (self->order)), self->removed_section, NULL))
        prd_order_section_insert_member (self->removed_section, self->removed_index, self->removed_member);
    }
  else if (self->removed_section != NULL)
    prd_order_insert_section (self->order, self->removed_index, self->removed_section);
  forget_removal (self);
  gtk_widget_action_set_enabled (widget, "editor.undo-remove", FALSE);
}

static void
add_members_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_chooser (PRD_ORDER_EDITOR (widget), g_variant_get_uint32 (parameter));
}

/* Life cycle */

static void
prd_order_editor_dispose (GObject *object)
{
  PrdOrderEditor *self = PRD_ORDER_EDITOR (object);

  prd_paper_live_clear (&self->live);
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  if (self->sections_list != NULL)
    gtk_list_box_bind_model (self->sections_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PRD_TYPE_ORDER_EDITOR);
  g_clear_object (&self->order);
  g_clear_object (&self->office);
  g_clear_object (&self->store);
  g_clear_object (&self->signers);
  g_clear_object (&self->signer);
  forget_removal (self);
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
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/prdesk/PrDesk/papers/prd-order-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, toasts);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, effective_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, signer_row);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, closing_view);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, sections_list);
  gtk_widget_class_bind_template_child (widget_class, PrdOrderEditor, preview);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "editor.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-section", "u", remove_section_action);
  gtk_widget_class_install_action (widget_class, "editor.add-members", "u", add_members_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-member", "(uu)", remove_member_action);
  gtk_widget_class_install_action (widget_class, "editor.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "editor.undo-remove", NULL);
}

static void
prd_order_editor_init (PrdOrderEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  prd_paper_live_init (&self->live, self->preview, self->toasts, 200, build_doc, self);
  self->signers = g_list_store_new (PRD_TYPE_SIGNER);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.undo-remove", FALSE);
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
  PrdMemberChooser *chooser = open_chooser (self, section);

  g_return_if_fail (chooser != NULL);
  prd_member_chooser_search (chooser, search);
  for (guint i = 0; i < n && i < prd_member_chooser_get_n_shown (chooser); i++)
    prd_member_chooser_tick (chooser, i);
  gtk_widget_activate_action (GTK_WIDGET (chooser), "chooser.add", NULL);
}
