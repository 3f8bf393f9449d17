/* ov-record-editor.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readiness registers have many small kinds of record with plain fields, so their
 * forms are laid out from a table of fields rather than written out one by one: each row
 * is a label, a control bound to the record through OvForm, and the place where the
 * model's validation message for that field appears.
 *
 * A case is typed by its reference rather than chosen from a list, which would hold every
 * case the force has ever had; the reviews offered beside it are those of that case.
 */

#define G_LOG_DOMAIN "ov-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case.h"
#include "ov-enums.h"
#include "ov-investigation.h"
#include "ov-record-editor.h"
#include "ov-review.h"

struct _OvRecordEditor
{
  GtkWidget    parent_instance;

  GType        record_type;
  OvForm      *form;
  GHashTable  *fields;    /* property -> its control */
  OvStore     *store;

  /* The OV_FIELD_CASE field, if any */
  const char  *case_property;
  GtkEditable *case_entry;
  char        *unresolved_case;  /* what was typed, when it is no case's reference */
  gboolean     showing_case;     /* the entry is being filled in from the record */

  /* The OV_FIELD_CASE_REVIEW field, if any, and the reviews of the case */
  const char  *review_property;
  GListStore  *case_reviews;
  gint64       reviews_case_id;  /* whose reviews they are; -1 before the first */

  GtkGrid     *grid;
};

G_DEFINE_FINAL_TYPE (OvRecordEditor, ov_record_editor, GTK_TYPE_WIDGET)

static char *
describe_record (OvRecord *record)
{
  return record != NULL ? ov_record_describe (record) : g_strdup ("");
}

static void
on_clear_clicked (GtkButton *button,
                  gpointer   user_data)
{
  OvRecordEditor *self = OV_RECORD_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                    OV_TYPE_RECORD_EDITOR));
  OvRecord *record = ov_form_get_record (self->form);

  if (record != NULL && ov_form_get_editable (self->form))
    g_object_set (record, (const char *) user_data, (gint64) 0, NULL);
}

static GtkWidget *
new_error_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_visible (label, FALSE);
  return label;
}

/* Lists the reviews of @case_id for the review field; the record's review is shown among
 * them again, which is no change of the user's. */
static void
load_case_reviews (OvRecordEditor *self,
                   gint64          case_id)
{
  g_autoptr(GPtrArray) reviews = NULL;
  OvRecord *record = ov_form_get_record (self->form);
  gboolean modified = ov_form_get_modified (self->form);

  if (self->review_property == NULL || case_id == self->reviews_case_id)
    return;
  self->reviews_case_id = case_id;
  if (self->store != NULL && case_id != 0)
    reviews = ov_store_list_reviews (self->store, case_id, NULL);
  g_list_store_splice (self->case_reviews, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->case_reviews)),
                       reviews != NULL ? reviews->pdata : NULL,
                       reviews != NULL ? reviews->len : 0);
  if (record != NULL)
    {
      g_object_notify (G_OBJECT (record), self->review_property);
      ov_form_set_modified (self->form, modified);
    }
}

/* Fills the case field in from the record. */
static void
show_case (OvRecordEditor *self)
{
  OvRecord *record = ov_form_get_record (self->form);
  g_autoptr(OvRecord) the_case = NULL;
  gint64 case_id = 0;

  if (self->case_entry == NULL)
    return;
  if (record != NULL)
    g_object_get (record, self->case_property, &case_id, NULL);
  if (case_id != 0 && self->store != NULL)
    the_case = ov_store_load (self->store, OV_TYPE_CASE, case_id, NULL);

  g_clear_pointer (&self->unresolved_case, g_free);
  self->showing_case = TRUE;
  gtk_editable_set_text (self->case_entry,
                         the_case != NULL ? ov_case_get_reference (OV_CASE (the_case)) : "");
  self->showing_case = FALSE;
  load_case_reviews (self, case_id);
}

/* The user typed in the case field: the record refers to the case with that reference,
 * or to none until the reference is one. */
static void
on_case_entry_changed (OvRecordEditor *self)
{
  OvRecord *record = ov_form_get_record (self->form);
  g_autofree char *text = NULL;
  g_autoptr(OvCase) the_case = NULL;
  gint64 case_id = 0;
  gint64 old_id = 0;

  if (self->showing_case || record == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (self->case_entry)));
  g_clear_pointer (&self->unresolved_case, g_free);
  if (*text != '\0' && self->store != NULL)
    the_case = ov_store_find_case (self->store, text, NULL);
  if (the_case != NULL)
    case_id = ov_record_get_id (OV_RECORD (the_case));
  else if (*text != '\0')
    self->unresolved_case = g_steal_pointer (&text);

  g_object_get (record, self->case_property, &old_id, NULL);
  if (case_id != old_id)
    {
      g_object_set (record, self->case_property, case_id, NULL);
      /* A review of another case no longer fits. */
      if (self->review_property != NULL)
        g_object_set (record, self->review_property, (gint64) 0, NULL);
    }
  else
    ov_form_set_modified (self->form, TRUE);
  load_case_reviews (self, case_id);
}

static GtkWidget *
new_record_drop_down (OvRecordEditor      *self,
                      const OvEditorField *field)
{
  g_autoptr(GtkExpression) expression = NULL;
  GtkWidget *control;
  GtkWidget *clear;
  GtkWidget *box;

  control = gtk_drop_down_new (NULL, NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (describe_record), NULL, NULL);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (control), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (control), TRUE);
  gtk_widget_set_hexpand (control, TRUE);
  g_hash_table_insert (self->fields, (gpointer) field->property, control);

  /* A reference may be taken away again. */
  clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_tooltip_text (clear, _("Clear"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Clear"), -1);
  g_signal_connect (clear, "clicked", G_CALLBACK (on_clear_clicked),
                    (gpointer) field->property);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), control);
  gtk_box_append (GTK_BOX (box), clear);
  return box;
}

static GtkWidget *
new_control (OvRecordEditor      *self,
             const OvEditorField *field,
             GParamSpec          *pspec,
             GtkLabel            *error_label)
{
  GtkWidget *control = NULL;

  switch (field->kind)
    {
    case OV_FIELD_TEXT:
    case OV_FIELD_DATE:
      control = gtk_entry_new ();
      gtk_entry_set_activates_default (GTK_ENTRY (control), TRUE);
      if (field->kind == OV_FIELD_DATE)
        {
          gtk_entry_set_placeholder_text (GTK_ENTRY (control), _("YYYY-MM-DD"));
          gtk_editable_set_width_chars (GTK_EDITABLE (control), 12);
          gtk_widget_set_halign (control, GTK_ALIGN_START);
        }
      ov_form_add_entry (self->form, field->property, GTK_EDITABLE (control), error_label);
      g_hash_table_insert (self->fields, (gpointer) field->property, control);
      return control;

    case OV_FIELD_LONG_TEXT:
      {
        GtkWidget *view = gtk_text_view_new ();

        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
        control = gtk_scrolled_window_new ();
        gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (control), view);
        gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (control), 72);
        gtk_widget_add_css_class (control, "frame");
        ov_form_add_text_view (self->form, field->property, GTK_TEXT_VIEW (view), error_label);
        g_hash_table_insert (self->fields, (gpointer) field->property, view);
        return control;
      }

    case OV_FIELD_CHOICE:
      control = gtk_drop_down_new (NULL, NULL);
      gtk_widget_set_halign (control, GTK_ALIGN_START);
      ov_form_add_drop_down (self->form, field->property, G_PARAM_SPEC_VALUE_TYPE (pspec),
                             GTK_DROP_DOWN (control), error_label);
      g_hash_table_insert (self->fields, (gpointer) field->property, control);
      return control;

    case OV_FIELD_RECORD:
      return new_record_drop_down (self, field);

    case OV_FIELD_CASE:
      control = gtk_entry_new ();
      gtk_entry_set_activates_default (GTK_ENTRY (control), TRUE);
      gtk_entry_set_placeholder_text (GTK_ENTRY (control),
                                      _("The case reference, e.g. MSHT/2026/0001"));
      self->case_property = field->property;
      self->case_entry = GTK_EDITABLE (control);
      g_signal_connect_swapped (control, "changed", G_CALLBACK (on_case_entry_changed), self);
      ov_form_add_field (self->form, field->property, control, error_label);
      g_hash_table_insert (self->fields, (gpointer) field->property, control);
      return control;

    case OV_FIELD_CASE_REVIEW:
      {
        GtkWidget *box = new_record_drop_down (self, field);
        GtkDropDown *drop_down = g_hash_table_lookup (self->fields, field->property);

        self->review_property = field->property;
        gtk_drop_down_set_model (drop_down, G_LIST_MODEL (self->case_reviews));
        ov_form_add_record_drop_down (self->form, field->property, drop_down, error_label);
        return box;
      }

    case OV_FIELD_FLAGS:
      {
        g_autoptr(GFlagsClass) flags_class = g_type_class_ref (G_PARAM_SPEC_VALUE_TYPE (pspec));

        control = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
        for (guint i = 0; i < flags_class->n_values; i++)
          {
            GFlagsValue *value = &flags_class->values[i];
            GtkWidget *check = gtk_check_button_new_with_label (
              ov_enum_get_label (G_PARAM_SPEC_VALUE_TYPE (pspec), (int) value->value));

            gtk_box_append (GTK_BOX (control), check);
            ov_form_add_flag (self->form, field->property, value->value,
                              GTK_CHECK_BUTTON (check), i == 0 ? error_label : NULL);
          }
        g_hash_table_insert (self->fields, (gpointer) field->property, control);
        return control;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
ov_record_editor_dispose (GObject *object)
{
  OvRecordEditor *self = OV_RECORD_EDITOR (object);

  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_object (&self->case_reviews);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->unresolved_case, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_RECORD_EDITOR);

  G_OBJECT_CLASS (ov_record_editor_parent_class)->dispose (object);
}

static void
ov_record_editor_class_init (OvRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_record_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OvRecordEditor, grid);
}

static void
ov_record_editor_init (OvRecordEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->form = ov_form_new ();
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->case_reviews = g_list_store_new (OV_TYPE_REVIEW);
  self->reviews_case_id = -1;
}

/**
 * ov_record_editor_new:
 * @record_type: the kind of record edited
 * @fields: (array length=n_fields): the fields, in order; the table must outlive the editor
 *
 * Returns: (transfer floating): a new editor, with no record yet
 */
OvRecordEditor *
ov_record_editor_new (GType                record_type,
                      const OvEditorField *fields,
                      guint                n_fields)
{
  OvRecordEditor *self;
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (g_type_is_a (record_type, OV_TYPE_RECORD), NULL);

  self = g_object_new (OV_TYPE_RECORD_EDITOR, NULL);
  self->record_type = record_type;
  klass = g_type_class_ref (record_type);

  for (guint i = 0; i < n_fields; i++)
    {
      const OvEditorField *field = &fields[i];
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), field->property);
      GtkWidget *label;
      GtkWidget *error_label;
      GtkWidget *control;

      g_assert (pspec != NULL);
      label = gtk_label_new_with_mnemonic (_(field->label));
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_set_valign (label, field->kind == OV_FIELD_LONG_TEXT ? GTK_ALIGN_START
                                                                      : GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (label, "field-label");
      error_label = new_error_label ();
      control = new_control (self, field, pspec, GTK_LABEL (error_label));
      gtk_widget_set_hexpand (control, field->kind != OV_FIELD_DATE &&
                                       field->kind != OV_FIELD_CHOICE);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label),
                                     g_hash_table_lookup (self->fields, field->property));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (g_hash_table_lookup (self->fields,
                                                                           field->property)),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                      GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, error_label, NULL,
                                      -1);

      gtk_grid_attach (self->grid, label, 0, (int) i * 2, 1, 1);
      gtk_grid_attach (self->grid, control, 1, (int) i * 2, 1, 1);
      gtk_grid_attach (self->grid, error_label, 1, (int) i * 2 + 1, 1, 1);
    }
  return self;
}

/**
 * ov_record_editor_get_form:
 *
 * Returns: (transfer none): the form binding the controls to the record
 */
OvForm *
ov_record_editor_get_form (OvRecordEditor *self)
{
  g_return_val_if_fail (OV_IS_RECORD_EDITOR (self), NULL);
  return self->form;
}

/**
 * ov_record_editor_get_record:
 *
 * Returns: (transfer none) (nullable): the record in the editor, with unsaved changes
 */
OvRecord *
ov_record_editor_get_record (OvRecordEditor *self)
{
  g_return_val_if_fail (OV_IS_RECORD_EDITOR (self), NULL);
  return ov_form_get_record (self->form);
}

/**
 * ov_record_editor_set_record:
 * @record: (nullable): a record of the editor's type
 */
void
ov_record_editor_set_record (OvRecordEditor *self,
                             OvRecord       *record)
{
  g_return_if_fail (OV_IS_RECORD_EDITOR (self));
  g_return_if_fail (record == NULL || G_TYPE_CHECK_INSTANCE_TYPE (record, self->record_type));

  ov_form_set_record (self->form, record);
  show_case (self);
}

/**
 * ov_record_editor_set_store:
 * @store: (nullable): where a case typed by its reference is looked up, and its reviews
 */
void
ov_record_editor_set_store (OvRecordEditor *self,
                            OvStore        *store)
{
  g_return_if_fail (OV_IS_RECORD_EDITOR (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  self->reviews_case_id = -1;
  show_case (self);
}

/**
 * ov_record_editor_set_choices:
 * @property: a field of kind %OV_FIELD_RECORD
 * @records: the records to choose among
 *
 * Gives a reference field its choices. Call it before ov_record_editor_set_record().
 */
void
ov_record_editor_set_choices (OvRecordEditor *self,
                              const char     *property,
                              GListModel     *records)
{
  GtkDropDown *drop_down;
  gboolean bound;

  g_return_if_fail (OV_IS_RECORD_EDITOR (self));

  drop_down = g_hash_table_lookup (self->fields, property);
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  bound = gtk_drop_down_get_model (drop_down) != NULL;
  gtk_drop_down_set_model (drop_down, records);
  if (!bound)
    ov_form_add_record_drop_down (self->form, property, drop_down, NULL);
}

/**
 * ov_record_editor_get_field:
 *
 * Returns: (transfer none) (nullable): the control of @property: an entry, text view,
 *   drop-down or box of check buttons
 */
GtkWidget *
ov_record_editor_get_field (OvRecordEditor *self,
                            const char     *property)
{
  g_return_val_if_fail (OV_IS_RECORD_EDITOR (self), NULL);
  return g_hash_table_lookup (self->fields, property);
}

/**
 * ov_record_editor_check:
 *
 * Validates the record as ov_form_check() does, and a case typed by a reference that
 * names none, showing the message under its field and giving it in @error.
 *
 * Returns: %TRUE if the record is valid
 */
gboolean
ov_record_editor_check (OvRecordEditor  *self,
                        GError         **error)
{
  g_return_val_if_fail (OV_IS_RECORD_EDITOR (self), FALSE);

  if (self->unresolved_case != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("No case has the reference “%s”. Type the reference as the case "
                           "list shows it, or leave the field empty."),
                         self->unresolved_case);

      ov_form_show_error (self->form, self->case_property, message);
      g_set_error_literal (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID, message);
      return FALSE;
    }
  return ov_form_check (self->form, error);
}

/**
 * ov_record_editor_validate:
 *
 * Returns: %TRUE if the record is valid; otherwise the message is shown under its field
 */
gboolean
ov_record_editor_validate (OvRecordEditor *self)
{
  return ov_record_editor_check (self, NULL);
}
