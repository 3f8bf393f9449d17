/* ov-disclosure-dialog.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before a report is printed or exported: for whom, and why. Both are recorded in the
 * audit log with the report (DPA 2018 Part 3 disclosure logging). For the victim strategy
 * report, also which victims, and whether it carries their restricted address and
 * contact details, which are revealed for the same reason.
 */

#define G_LOG_DOMAIN "ov-disclosure-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ov-case.h"
#include "ov-disclosure-dialog.h"
#include "ov-gui-util.h"
#include "ov-person.h"
#include "ov-report-output.h"
#include "ov-util.h"
#include "ov-victims.h"

struct _OvDisclosureDialog
{
  GtkWindow             parent_instance;

  OvStore              *store;
  OvCase               *the_case;
  OvReview             *review;
  OvReceptionPlan      *plan;          /* printing a reception plan, not a case report */
  gboolean              export_pdf;
  GArray               *victim_ids;    /* by position in the drop-down; 0 for all */
  GtkFileChooserNative *chooser;

  GtkButton            *accept_button;
  GtkLabel             *intro_label;
  GtkWidget            *victim_box;
  GtkDropDown          *victim_drop_down;
  GtkCheckButton       *restricted_check;
  GtkEntry             *recipient_entry;
  GtkLabel             *recipient_error;
  GtkTextView          *reason_view;
  GtkLabel             *reason_error;
  GtkWidget            *error_banner;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (OvDisclosureDialog, ov_disclosure_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  PROP_REVIEW,
  PROP_EXPORT_PDF,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_review_report (OvDisclosureDialog *self)
{
  return self->review != NULL;
}

static void
show_field_error (GtkWidget  *field,
                  GtkLabel   *error_label,
                  const char *message)
{
  gtk_label_set_text (error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static void
show_banner (OvDisclosureDialog *self,
             const char         *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_banner, message != NULL);
}

static void
on_recipient_changed (OvDisclosureDialog *self)
{
  show_field_error (GTK_WIDGET (self->recipient_entry), self->recipient_error, NULL);
}

static void
on_reason_changed (OvDisclosureDialog *self)
{
  show_field_error (GTK_WIDGET (self->reason_view), self->reason_error, NULL);
}

static void
show_reason_required (OvDisclosureDialog *self)
{
  show_field_error (GTK_WIDGET (self->reason_view), self->reason_error,
                    _("Give the reason for printing or exporting this report: every "
                      "disclosure is recorded with its reason."));
}

/* The request the fields describe, or NULL with the missing fields marked. */
static OvReportRequest *
make_request (OvDisclosureDialog *self)
{
  g_autoptr(OvReportRequest) request = NULL;
  g_autofree char *recipient = g_strstrip (g_strdup (gtk_editable_get_text (
                                             GTK_EDITABLE (self->recipient_entry))));
  g_autofree char *reason = g_strstrip (ov_text_view_get_text (self->reason_view));
  GtkWidget *first_missing = NULL;
  guint position;

  show_banner (self, NULL);
  if (ov_str_empty (recipient))
    {
      show_field_error (GTK_WIDGET (self->recipient_entry), self->recipient_error,
                        _("Say who the report is for: the recipient is recorded with the "
                          "disclosure."));
      first_missing = GTK_WIDGET (self->recipient_entry);
    }
  if (ov_str_empty (reason))
    {
      show_reason_required (self);
      if (first_missing == NULL)
        first_missing = GTK_WIDGET (self->reason_view);
    }
  if (first_missing != NULL)
    {
      gtk_widget_grab_focus (first_missing);
      return NULL;
    }

  if (self->plan != NULL)
    request = ov_report_request_new_reception_plan (self->plan);
  else if (is_review_report (self))
    request = ov_report_request_new_review (self->the_case, self->review);
  else
    {
      request = ov_report_request_new_victim_strategy (self->the_case);
      position = gtk_drop_down_get_selected (self->victim_drop_down);
      if (position != GTK_INVALID_LIST_POSITION && position < self->victim_ids->len)
        request->person_id = g_array_index (self->victim_ids, gint64, position);
      request->include_restricted = gtk_check_button_get_active (self->restricted_check);
    }
  request->recipient = g_steal_pointer (&recipient);
  request->reason = g_steal_pointer (&reason);
  return g_steal_pointer (&request);
}

static void
show_error (OvDisclosureDialog *self,
            const GError       *error)
{
  if (g_error_matches (error, OV_REPORT_ERROR, OV_REPORT_ERROR_NO_REASON))
    {
      show_field_error (GTK_WIDGET (self->reason_view), self->reason_error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_view));
    }
  else
    show_banner (self, error->message);
}

static void
load_victims (OvDisclosureDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  gint64 all = 0;

  g_array_set_size (self->victim_ids, 0);
  gtk_string_list_append (names, _("All victims"));
  g_array_append_val (self->victim_ids, all);

  people = ov_store_list_people (self->store, ov_record_get_id (OV_RECORD (self->the_case)),
                                 &error);
  if (people == NULL)
    show_banner (self, error->message);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      OvPerson *person = g_ptr_array_index (people, i);
      gint64 id = ov_record_get_id (OV_RECORD (person));

      if (!ov_person_has_role (person, OV_PERSON_ROLE_VICTIM))
        continue;
      gtk_string_list_append (names, ov_person_get_name (person));
      g_array_append_val (self->victim_ids, id);
    }
  gtk_drop_down_set_model (self->victim_drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->victim_drop_down, 0);
}

static void
on_chooser_response (OvDisclosureDialog   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autofree char *path = ov_chooser_get_path (GTK_FILE_CHOOSER (chooser), response, ".pdf");

  g_clear_object (&self->chooser);
  if (path != NULL)
    ov_disclosure_dialog_export_to (self, path);
}

static void
choose_file (OvDisclosureDialog *self,
             OvReportRequest    *request)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = ov_report_request_get_file_name (request);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (is_review_report (self) ?
                                               _("Export Review Report as PDF") :
                                               _("Export Victim Strategy Report as PDF"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_accept_clicked (OvDisclosureDialog *self,
                   GtkButton          *button)
{
  ov_disclosure_dialog_accept (self);
}

static void
ov_disclosure_dialog_constructed (GObject *object)
{
  OvDisclosureDialog *self = OV_DISCLOSURE_DIALOG (object);
  const char *title;
  g_autofree char *intro = NULL;

  G_OBJECT_CLASS (ov_disclosure_dialog_parent_class)->constructed (object);

  if (is_review_report (self))
    title = self->export_pdf ? _("Export Review Report as PDF") : _("Print Review Report");
  else
    title = self->export_pdf ? _("Export Victim Strategy Report as PDF") :
                               _("Print Victim Strategy Report");
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_button_set_label (self->accept_button, self->export_pdf ? _("_Export…") : _("_Print…"));
  gtk_widget_set_visible (self->victim_box, !is_review_report (self) && self->plan == NULL);
  if (self->plan != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self),
                            self->export_pdf ? _("Export Reception Centre Plan as PDF")
                                             : _("Print Reception Centre Plan"));
      gtk_label_set_text (self->intro_label,
                          _("Every reception centre plan printed or exported is recorded in "
                            "the audit log with your name, the time, who it is for and why."));
    }

  if (self->the_case != NULL)
    {
      /* Translators: %s is a case reference */
      intro = g_strdup_printf (_("Every report printed or exported from case %s is recorded "
                                 "in the audit log with your name, the time, who it is for "
                                 "and why."),
                               ov_case_get_reference (self->the_case));
      gtk_label_set_text (self->intro_label, intro);
    }

  if (self->store != NULL && self->the_case != NULL && !is_review_report (self))
    load_victims (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->recipient_entry));
}

static void
ov_disclosure_dialog_dispose (GObject *object)
{
  OvDisclosureDialog *self = OV_DISCLOSURE_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_DISCLOSURE_DIALOG);
  g_clear_object (&self->review);
  g_clear_object (&self->the_case);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_disclosure_dialog_parent_class)->dispose (object);
}

static void
ov_disclosure_dialog_finalize (GObject *object)
{
  OvDisclosureDialog *self = OV_DISCLOSURE_DIALOG (object);

  g_array_unref (self->victim_ids);

  G_OBJECT_CLASS (ov_disclosure_dialog_parent_class)->finalize (object);
}

static void
ov_disclosure_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OvDisclosureDialog *self = OV_DISCLOSURE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE:
      g_value_set_object (value, self->the_case);
      break;
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_EXPORT_PDF:
      g_value_set_boolean (value, self->export_pdf);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_disclosure_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OvDisclosureDialog *self = OV_DISCLOSURE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CASE:
      self->the_case = g_value_dup_object (value);
      break;
    case PROP_REVIEW:
      self->review = g_value_dup_object (value);
      break;
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_EXPORT_PDF:
      self->export_pdf = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_disclosure_dialog_class_init (OvDisclosureDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ov_disclosure_dialog_constructed;
  object_class->dispose = ov_disclosure_dialog_dispose;
  object_class->finalize = ov_disclosure_dialog_finalize;
  object_class->get_property = ov_disclosure_dialog_get_property;
  object_class->set_property = ov_disclosure_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OV_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL,
                         OV_TYPE_REVIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OV_TYPE_RECEPTION_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPORT_PDF] =
    g_param_spec_boolean ("export-pdf", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-disclosure-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, accept_button);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, victim_box);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, victim_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, restricted_check);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, recipient_entry);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, recipient_error);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, reason_view);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvDisclosureDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_accept_clicked);
}

static void
ov_disclosure_dialog_init (OvDisclosureDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->victim_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_add_css_class (GTK_WIDGET (self->recipient_error), "field-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->reason_error), "field-error");
  g_signal_connect_object (self->recipient_entry, "changed",
                           G_CALLBACK (on_recipient_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->reason_view), "changed",
                           G_CALLBACK (on_reason_changed), self, G_CONNECT_SWAPPED);
}

/**
 * ov_disclosure_dialog_new:
 * @the_case: a saved case
 * @review: (nullable): a saved review of @the_case for the review report, or %NULL for
 *   the victim strategy report
 * @export_pdf: %TRUE to export to PDF, %FALSE to print
 *
 * Returns: (transfer none): a new dialog; it closes itself once the report has gone to
 *   the printer or the file
 */
OvDisclosureDialog *
ov_disclosure_dialog_new (OvStore  *store,
                          OvCase   *the_case,
                          OvReview *review,
                          gboolean  export_pdf)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_CASE (the_case), NULL);
  g_return_val_if_fail (review == NULL || OV_IS_REVIEW (review), NULL);

  return g_object_new (OV_TYPE_DISCLOSURE_DIALOG,
                       "store", store,
                       "case", the_case,
                       "review", review,
                       "export-pdf", export_pdf,
                       NULL);
}

/**
 * ov_disclosure_dialog_new_for_plan:
 * @plan: a saved victim reception centre plan
 * @export_pdf: %TRUE to export to PDF, %FALSE to print
 *
 * Returns: (transfer none): a new dialog asking for whom and why @plan is printed or
 *   exported; it closes itself once the plan has gone to the printer or the file
 */
OvDisclosureDialog *
ov_disclosure_dialog_new_for_plan (OvStore         *store,
                                   OvReceptionPlan *plan,
                                   gboolean         export_pdf)
{
  g_return_val_if_fail (OV_IS_STORE (store), NULL);
  g_return_val_if_fail (OV_IS_RECEPTION_PLAN (plan), NULL);

  return g_object_new (OV_TYPE_DISCLOSURE_DIALOG,
                       "store", store,
                       "plan", plan,
                       "export-pdf", export_pdf,
                       NULL);
}

/**
 * ov_disclosure_dialog_accept:
 *
 * What the Print… or Export… button does: with the recipient and reason given, opens the
 * print dialog (closing this one), or asks where to save the PDF.
 */
void
ov_disclosure_dialog_accept (OvDisclosureDialog *self)
{
  g_autoptr(OvReportRequest) request = NULL;
  g_autoptr(OvStore) store = NULL;
  GtkWindow *parent;

  g_return_if_fail (OV_IS_DISCLOSURE_DIALOG (self));

  request = make_request (self);
  if (request == NULL)
    return;

  if (self->export_pdf)
    {
      choose_file (self, request);
      return;
    }

  /* The print dialog takes this one's place over the window. */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  store = g_object_ref (self->store);
  gtk_window_destroy (GTK_WINDOW (self));
  ov_report_output_print (parent, store, request, NULL);
}

/**
 * ov_disclosure_dialog_export_to:
 * @path: the PDF file to write
 *
 * Exports the report to @path with the recipient and reason given, recording the
 * disclosure, and closes the dialog. This is what happens once the user has chosen the
 * file. Without a recipient or reason, nothing is written and the missing field is
 * marked.
 *
 * Returns: %TRUE if the PDF was written
 */
gboolean
ov_disclosure_dialog_export_to (OvDisclosureDialog *self,
                                const char         *path)
{
  g_autoptr(OvReportRequest) request = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (OV_IS_DISCLOSURE_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  request = make_request (self);
  if (request == NULL)
    return FALSE;

  if (!ov_report_output_export_pdf (self->store, request, path, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
