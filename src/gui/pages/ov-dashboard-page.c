/* ov-dashboard-page.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What needs the supervisor today: every finding of the compliance check, most pressing
 * first and grouped by severity, with counts by severity and by kind, filtered by
 * investigator and severity. Activating a finding opens its case where it is put right.
 * The findings come from the store's findings cache, which follows every change.
 */

#define G_LOG_DOMAIN "ov-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ov-conflicts-panel.h"
#include "ov-dashboard-page.h"
#include "ov-enum-types.h"
#include "ov-finding.h"
#include "ov-finding-row.h"
#include "ov-findings-cache.h"
#include "ov-store.h"
#include "ov-util.h"

/* Positions in the investigator drop-down that are not an officer. */
#define ALL_INVESTIGATORS (-1)

struct _OvDashboardPage
{
  GtkWidget           parent_instance;

  OvStore            *store;
  OvFindingsCache    *cache;
  GListStore         *visible;
  GArray             *officer_ids;   /* gint64 for each entry of the investigator list */
  guint               visible_counts[3];
  guint               n_kind_rows;

  GtkLabel           *as_of_label;
  GtkDropDown        *investigator_drop_down;
  GtkDropDown        *severity_drop_down;
  GtkWidget          *error_banner;
  GtkLabel           *error_label;
  GtkWidget          *conflicts_panel;
  GtkLabel           *overdue_count_label;
  GtkLabel           *due_soon_count_label;
  GtkLabel           *information_count_label;
  GtkStack           *content_stack;
  GtkListView        *findings_view;
  GtkSingleSelection *selection;
  GtkGrid            *kinds_grid;
  GtkImage           *empty_icon;
  GtkSpinner         *checking_spinner;
  GtkLabel           *empty_title;
  GtkLabel           *empty_description;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (OvDashboardPage, ov_dashboard_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char      *rule_id;
  OvFindingCounts  counts;
} KindCount;

static void
count_finding (OvFindingCounts *counts,
               OvFinding       *finding)
{
  switch (ov_finding_get_severity (finding))
    {
    case OV_SEVERITY_OVERDUE:
      counts->n_overdue++;
      break;
    case OV_SEVERITY_DUE_SOON:
      counts->n_due_soon++;
      break;
    case OV_SEVERITY_INFORMATION:
    default:
      counts->n_information++;
      break;
    }
}

static GPtrArray *
all_findings (OvDashboardPage *self)
{
  return self->cache != NULL ? ov_findings_cache_get_findings (self->cache) : NULL;
}

static gint64
chosen_officer (OvDashboardPage *self)
{
  guint position = gtk_drop_down_get_selected (self->investigator_drop_down);

  if (self->officer_ids == NULL || position >= self->officer_ids->len)
    return ALL_INVESTIGATORS;
  return g_array_index (self->officer_ids, gint64, position);
}

/* -1 for every severity */
static int
chosen_severity (OvDashboardPage *self)
{
  guint position = gtk_drop_down_get_selected (self->severity_drop_down);

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return -1;
  return (int) position - 1;
}

static gboolean
officer_matches (OvFinding *finding,
                 gint64     officer_id)
{
  /* Findings about the force, not a case, have no officer: they show for everyone. */
  if (ov_finding_get_subject_kind (finding) != NULL)
    return officer_id == ALL_INVESTIGATORS;
  return officer_id == ALL_INVESTIGATORS || ov_finding_get_officer_id (finding) == officer_id;
}

static int
compare_officer_names (gconstpointer a,
                       gconstpointer b)
{
  OvFinding *first = *(OvFinding **) a;
  OvFinding *second = *(OvFinding **) b;

  const char *first_name = ov_finding_get_officer_name (first);
  const char *second_name = ov_finding_get_officer_name (second);

  return g_utf8_collate (first_name != NULL ? first_name : "",
                         second_name != NULL ? second_name : "");
}

/* "All investigators", then each officer in a case with findings, by name, and those with
 * no officer in the case; the officer chosen stays chosen while they have findings. */
static void
update_investigators (OvDashboardPage *self)
{
  GPtrArray *findings = all_findings (self);
  g_autoptr(GPtrArray) officers = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 chosen = chosen_officer (self);
  gint64 id = ALL_INVESTIGATORS;
  gboolean unallocated = FALSE;
  guint keep = 0;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);
      gint64 officer_id = ov_finding_get_officer_id (finding);

      if (ov_finding_get_subject_kind (finding) != NULL)
        continue;
      if (officer_id == 0)
        unallocated = TRUE;
      else if (!g_hash_table_contains (seen, &officer_id))
        {
          g_hash_table_add (seen, g_memdup2 (&officer_id, sizeof officer_id));
          g_ptr_array_add (officers, finding);
        }
    }
  g_ptr_array_sort (officers, compare_officer_names);

  g_array_set_size (self->officer_ids, 0);
  gtk_string_list_append (names, _("All investigators"));
  g_array_append_val (self->officer_ids, id);
  for (guint i = 0; i < officers->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (officers, i);
      const char *name = ov_finding_get_officer_name (finding);

      id = ov_finding_get_officer_id (finding);
      if (id == chosen)
        keep = self->officer_ids->len;
      gtk_string_list_append (names, !ov_str_empty (name) ? name : _("Unnamed officer"));
      g_array_append_val (self->officer_ids, id);
    }
  if (unallocated)
    {
      id = 0;
      if (chosen == 0)
        keep = self->officer_ids->len;
      gtk_string_list_append (names, _("No officer in the case"));
      g_array_append_val (self->officer_ids, id);
    }

  g_signal_handlers_block_matched (self->investigator_drop_down, G_SIGNAL_MATCH_DATA,
                                   0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->investigator_drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->investigator_drop_down, keep);
  g_signal_handlers_unblock_matched (self->investigator_drop_down, G_SIGNAL_MATCH_DATA,
                                     0, 0, NULL, NULL, self);
}

static int
compare_kinds (gconstpointer a,
               gconstpointer b)
{
  const KindCount *first = a;
  const KindCount *second = b;

  if (first->counts.n_overdue != second->counts.n_overdue)
    return first->counts.n_overdue > second->counts.n_overdue ? -1 : 1;
  if (first->counts.n_due_soon != second->counts.n_due_soon)
    return first->counts.n_due_soon > second->counts.n_due_soon ? -1 : 1;
  if (first->counts.n_information != second->counts.n_information)
    return first->counts.n_information > second->counts.n_information ? -1 : 1;
  return g_utf8_collate (ov_finding_rule_title (first->rule_id),
                         ov_finding_rule_title (second->rule_id));
}

static void
add_count (GtkBox     *box,
           guint       count,
           const char *text,
           const char *style)
{
  GtkWidget *label;

  if (count == 0)
    return;
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);
}

/* The counts by severity and by kind, for the investigator chosen. */
static void
update_summary (OvDashboardPage *self)
{
  GPtrArray *findings = all_findings (self);
  gint64 officer_id = chosen_officer (self);
  g_autoptr(GArray) kinds = g_array_new (FALSE, TRUE, sizeof (KindCount));
  g_autoptr(GHashTable) kind_index = g_hash_table_new (g_str_hash, g_str_equal);
  OvFindingCounts totals = { 0, 0, 0 };
  g_autofree char *overdue = NULL;
  g_autofree char *due_soon = NULL;
  g_autofree char *information = NULL;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);
      const char *rule_id = ov_finding_get_rule_id (finding);
      gpointer index;

      if (!officer_matches (finding, officer_id))
        continue;

      count_finding (&totals, finding);
      if (!g_hash_table_lookup_extended (kind_index, rule_id, NULL, &index))
        {
          KindCount kind = { rule_id, { 0, 0, 0 } };

          index = GUINT_TO_POINTER (kinds->len);
          g_array_append_val (kinds, kind);
          g_hash_table_insert (kind_index, (gpointer) rule_id, index);
        }
      count_finding (&g_array_index (kinds, KindCount, GPOINTER_TO_UINT (index)).counts,
                     finding);
    }

  if (self->cache != NULL && ov_findings_cache_is_ready (self->cache))
    {
      overdue = g_strdup_printf ("%u", totals.n_overdue);
      due_soon = g_strdup_printf ("%u", totals.n_due_soon);
      information = g_strdup_printf ("%u", totals.n_information);
    }
  else
    {
      /* Not known yet, which is not the same as none. */
      overdue = g_strdup ("–");
      due_soon = g_strdup ("–");
      information = g_strdup ("–");
    }
  gtk_label_set_text (self->overdue_count_label, overdue);
  gtk_label_set_text (self->due_soon_count_label, due_soon);
  gtk_label_set_text (self->information_count_label, information);
  g_clear_pointer (&overdue, g_free);
  g_clear_pointer (&due_soon, g_free);
  g_clear_pointer (&information, g_free);

  /* Row 0 holds the heading. */
  for (; self->n_kind_rows > 0; self->n_kind_rows--)
    gtk_grid_remove_row (self->kinds_grid, 1);

  g_array_sort (kinds, compare_kinds);
  for (guint i = 0; i < kinds->len; i++)
    {
      KindCount *kind = &g_array_index (kinds, KindCount, i);
      GtkWidget *title = gtk_label_new (ov_finding_rule_title (kind->rule_id));
      GtkWidget *counts;
      int row = (int) i + 1;

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (title), 22);
      gtk_widget_set_valign (title, GTK_ALIGN_START);
      gtk_grid_attach (self->kinds_grid, title, 0, row, 1, 1);

      overdue = g_strdup_printf (ngettext ("%u overdue", "%u overdue", kind->counts.n_overdue),
                                 kind->counts.n_overdue);
      due_soon = g_strdup_printf (ngettext ("%u due soon", "%u due soon",
                                            kind->counts.n_due_soon),
                                  kind->counts.n_due_soon);
      information = g_strdup_printf (ngettext ("%u for information", "%u for information",
                                               kind->counts.n_information),
                                     kind->counts.n_information);
      counts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_valign (counts, GTK_ALIGN_START);
      add_count (GTK_BOX (counts), kind->counts.n_overdue, overdue, "severity-overdue-text");
      add_count (GTK_BOX (counts), kind->counts.n_due_soon, due_soon, NULL);
      add_count (GTK_BOX (counts), kind->counts.n_information, information, "dim-label");
      gtk_grid_attach (self->kinds_grid, counts, 1, row, 1, 1);
      g_clear_pointer (&overdue, g_free);
      g_clear_pointer (&due_soon, g_free);
      g_clear_pointer (&information, g_free);
      self->n_kind_rows++;
    }
}

static void
update_state (OvDashboardPage *self)
{
  GPtrArray *findings = all_findings (self);
  guint n_all = findings != NULL ? findings->len : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->visible));
  g_autofree char *count = NULL;
  gboolean checking;

  checking = self->cache == NULL || !ov_findings_cache_is_ready (self->cache);
  gtk_widget_set_visible (GTK_WIDGET (self->checking_spinner), checking);
  gtk_spinner_set_spinning (self->checking_spinner, checking);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_icon), !checking);
  if (checking)
    {
      gtk_label_set_text (self->count_label, "");
      gtk_label_set_text (self->empty_title, _("Checking the Cases"));
      gtk_label_set_text (self->empty_description,
                          _("Working out what is overdue or due soon under the force policy. "
                            "With many cases this takes a little while."));
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  if (n_shown == n_all)
    count = g_strdup_printf (ngettext ("%u finding", "%u findings", n_all), n_all);
  else
    /* Translators: the status line of the dashboard, e.g. "Showing 4 of 18 findings" */
    count = g_strdup_printf (ngettext ("Showing %u of %u finding", "Showing %u of %u findings",
                                       n_all),
                             n_shown, n_all);
  gtk_label_set_text (self->count_label, count);

  if (n_shown > 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "list");
      return;
    }

  gtk_image_set_from_icon_name (self->empty_icon,
                                n_all == 0 ? "emblem-ok-symbolic" : "edit-find-symbolic");
  if (n_all == 0)
    {
      gtk_label_set_text (self->empty_title, _("Nothing Needs You Today"));
      gtk_label_set_text (self->empty_description,
                          _("No case has anything overdue or due soon under the force "
                            "policy."));
    }
  else
    {
      gtk_label_set_text (self->empty_title, _("Nothing Matches"));
      gtk_label_set_text (self->empty_description,
                          _("Nothing for this investigator at this severity. Choose “All "
                            "investigators” or “All severities” to see the rest."));
    }
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

/* The findings shown: all of them, in the engine's order, narrowed by the filters. The
 * list is replaced whole, so every row's group heading is worked out again. */
static void
update_list (OvDashboardPage *self)
{
  GPtrArray *findings = all_findings (self);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  gint64 officer_id = chosen_officer (self);
  int severity = chosen_severity (self);

  memset (self->visible_counts, 0, sizeof self->visible_counts);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      OvFinding *finding = g_ptr_array_index (findings, i);
      OvSeverity finding_severity = ov_finding_get_severity (finding);

      if (!officer_matches (finding, officer_id) ||
          (severity >= 0 && (int) finding_severity != severity))
        continue;
      g_ptr_array_add (shown, finding);
      if ((guint) finding_severity < G_N_ELEMENTS (self->visible_counts))
        self->visible_counts[finding_severity]++;
    }

  g_list_store_splice (self->visible, 0, g_list_model_get_n_items (G_LIST_MODEL (self->visible)),
                       shown->pdata, shown->len);
  update_state (self);
}

static void
update_error (OvDashboardPage *self)
{
  const GError *error = self->cache != NULL ? ov_findings_cache_get_error (self->cache) : NULL;
  g_autofree char *text = NULL;

  if (error != NULL)
    /* Translators: %s says why the compliance check failed */
    text = g_strdup_printf (_("The findings could not be brought up to date, so what is "
                              "shown may be out of date: %s"),
                            error->message);
  gtk_label_set_text (self->error_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->error_banner, error != NULL);
}

static void
update_as_of (OvDashboardPage *self)
{
  const char *as_of = self->cache != NULL ? ov_findings_cache_get_as_of (self->cache) : NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (as_of != NULL)
    {
      date = ov_format_date (as_of);
      /* Translators: %s is today's date, e.g. "As of 27 Nov 2026" */
      text = g_strdup_printf (_("As of %s"), date);
    }
  gtk_label_set_text (self->as_of_label, text != NULL ? text : "");
}

static void
update_all (OvDashboardPage *self)
{
  update_investigators (self);
  update_as_of (self);
  update_error (self);
  update_summary (self);
  update_list (self);
}

/* Callbacks */

static void
on_cache_updated (OvDashboardPage *self,
                  OvFindingsCache *cache)
{
  update_all (self);
}

static void
on_investigator_changed (OvDashboardPage *self)
{
  update_summary (self);
  update_list (self);
}

static void
on_severity_changed (OvDashboardPage *self)
{
  update_list (self);
}

static char *
group_heading (OvDashboardPage *self,
               OvSeverity       severity)
{
  guint count = (guint) severity < G_N_ELEMENTS (self->visible_counts)
                ? self->visible_counts[severity] : 0;

  /* Translators: the heading of a group of findings, e.g. "Overdue (12)" */
  return g_strdup_printf (_("%s (%u)"), ov_enum_get_label (OV_TYPE_SEVERITY, severity), count);
}

static void
on_factory_setup (OvDashboardPage          *self,
                  GtkListItem              *list_item,
                  GtkSignalListItemFactory *factory)
{
  gtk_list_item_set_child (list_item, GTK_WIDGET (ov_finding_row_new (NULL)));
}

/* Each row that starts a group of its severity carries the group's heading. */
static void
on_factory_bind (OvDashboardPage          *self,
                 GtkListItem              *list_item,
                 GtkSignalListItemFactory *factory)
{
  OvFindingRow *row = OV_FINDING_ROW (gtk_list_item_get_child (list_item));
  OvFinding *finding = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(OvFinding) previous = NULL;
  g_autofree char *heading = NULL;

  if (position > 0)
    previous = g_list_model_get_item (G_LIST_MODEL (self->visible), position - 1);
  if (previous == NULL ||
      ov_finding_get_severity (previous) != ov_finding_get_severity (finding))
    heading = group_heading (self, ov_finding_get_severity (finding));

  ov_finding_row_set_finding (row, finding);
  ov_finding_row_set_heading (row, heading);
}

static void
on_factory_unbind (OvDashboardPage          *self,
                   GtkListItem              *list_item,
                   GtkSignalListItemFactory *factory)
{
  OvFindingRow *row = OV_FINDING_ROW (gtk_list_item_get_child (list_item));

  ov_finding_row_set_finding (row, NULL);
  ov_finding_row_set_heading (row, NULL);
}

static void
on_findings_view_activate (OvDashboardPage *self,
                           guint            position,
                           GtkListView     *list_view)
{
  g_autoptr(OvFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->visible), position);
  const char *section;

  if (finding == NULL)
    return;
  if (ov_finding_get_subject_kind (finding) != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-subject", "(sx)",
                                  ov_finding_get_subject_kind (finding),
                                  ov_finding_get_subject_id (finding));
      return;
    }
  section = ov_finding_get_section (finding);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-case-section", "(xs)",
                              ov_finding_get_case_id (finding), section != NULL ? section : "");
}

/* Overrides */

static void
ov_dashboard_page_dispose (GObject *object)
{
  OvDashboardPage *self = OV_DASHBOARD_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_DASHBOARD_PAGE);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->visible);
  g_clear_object (&self->cache);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_dashboard_page_parent_class)->dispose (object);
}

static void
ov_dashboard_page_finalize (GObject *object)
{
  OvDashboardPage *self = OV_DASHBOARD_PAGE (object);

  g_clear_pointer (&self->officer_ids, g_array_unref);

  G_OBJECT_CLASS (ov_dashboard_page_parent_class)->finalize (object);
}

static void
ov_dashboard_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OvDashboardPage *self = OV_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_dashboard_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OvDashboardPage *self = OV_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_dashboard_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Focus goes to the findings when there are any, otherwise to the filters. */
static gboolean
ov_dashboard_page_grab_focus (GtkWidget *widget)
{
  OvDashboardPage *self = OV_DASHBOARD_PAGE (widget);
  const char *showing = gtk_stack_get_visible_child_name (self->content_stack);

  if (g_strcmp0 (showing, "list") == 0 && gtk_widget_grab_focus (GTK_WIDGET (self->findings_view)))
    return TRUE;
  return gtk_widget_grab_focus (GTK_WIDGET (self->investigator_drop_down));
}

static void
ov_dashboard_page_class_init (OvDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_dashboard_page_dispose;
  object_class->finalize = ov_dashboard_page_finalize;
  object_class->get_property = ov_dashboard_page_get_property;
  object_class->set_property = ov_dashboard_page_set_property;

  widget_class->grab_focus = ov_dashboard_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OV_TYPE_CONFLICTS_PANEL);
  g_type_ensure (OV_TYPE_FINDING_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, investigator_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, severity_drop_down);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, error_banner);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, conflicts_panel);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, overdue_count_label);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, due_soon_count_label);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, information_count_label);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, findings_view);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, kinds_grid);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, empty_icon);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, checking_spinner);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, empty_description);
  gtk_widget_class_bind_template_child (widget_class, OvDashboardPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_investigator_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_severity_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_findings_view_activate);
}

static void
ov_dashboard_page_init (OvDashboardPage *self)
{
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);

  self->visible = g_list_store_new (OV_TYPE_FINDING);
  self->officer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (severities, _("All severities"));
  for (OvSeverity severity = OV_SEVERITY_OVERDUE; severity <= OV_SEVERITY_INFORMATION; severity++)
    gtk_string_list_append (severities, ov_enum_get_label (OV_TYPE_SEVERITY, severity));
  gtk_drop_down_set_model (self->severity_drop_down, G_LIST_MODEL (severities));
  gtk_drop_down_set_selected (self->severity_drop_down, 0);

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->visible));
  update_all (self);
}

/* Public API */

OvStore *
ov_dashboard_page_get_store (OvDashboardPage *self)
{
  g_return_val_if_fail (OV_IS_DASHBOARD_PAGE (self), NULL);
  return self->store;
}

/**
 * ov_dashboard_page_set_store:
 * @store: (nullable): the store whose findings are shown
 */
void
ov_dashboard_page_set_store (OvDashboardPage *self,
                             OvStore         *store)
{
  g_return_if_fail (OV_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->cache != NULL)
    g_signal_handlers_disconnect_by_data (self->cache, self);
  g_clear_object (&self->cache);
  if (store != NULL)
    {
      self->cache = g_object_ref (ov_findings_cache_get_for_store (store));
      g_signal_connect_object (self->cache, "updated", G_CALLBACK (on_cache_updated), self,
                               G_CONNECT_SWAPPED);
    }
  update_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_dashboard_page_get_findings:
 *
 * Returns: (transfer none): the findings shown, as filtered, most pressing first
 */
GListModel *
ov_dashboard_page_get_findings (OvDashboardPage *self)
{
  g_return_val_if_fail (OV_IS_DASHBOARD_PAGE (self), NULL);
  return G_LIST_MODEL (self->visible);
}
