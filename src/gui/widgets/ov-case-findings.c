/* ov-case-findings.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Across the top of a case: what the compliance check finds on it today, most pressing
 * first, each with a button to the section where it is put right. Hidden when there is
 * nothing. The findings come from the store's findings cache, so they follow every save.
 */

#define G_LOG_DOMAIN "ov-case-findings"

#include "config.h"

#include "ov-case.h"
#include "ov-case-findings.h"
#include "ov-finding-row.h"
#include "ov-findings-badge.h"
#include "ov-findings-cache.h"
#include "ov-store.h"

struct _OvCaseFindings
{
  GtkWidget        parent_instance;

  OvStore         *store;
  OvCase          *the_case;
  OvFindingsCache *cache;
  GListStore      *findings;

  OvFindingsBadge *counts_badge;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (OvCaseFindings, ov_case_findings, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (OvCaseFindings *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  OvFindingCounts counts = { 0, 0, 0 };
  gint64 case_id;

  case_id = self->the_case != NULL ? ov_record_get_id (OV_RECORD (self->the_case)) : 0;
  if (self->cache != NULL && case_id != 0)
    {
      findings = ov_findings_cache_list_case (self->cache, case_id);
      ov_findings_cache_get_counts (self->cache, case_id, &counts);
    }
  else
    findings = g_ptr_array_new ();

  g_list_store_splice (self->findings, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       findings->pdata, findings->len);
  ov_findings_badge_set_counts (self->counts_badge, counts.n_overdue, counts.n_due_soon);

  gtk_widget_set_visible (GTK_WIDGET (self), findings->len > 0);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  OvFindingRow *row = ov_finding_row_new (item);

  ov_finding_row_set_show_case (row, FALSE);
  return GTK_WIDGET (row);
}

static void
on_row_activated (OvCaseFindings *self,
                  GtkListBoxRow  *row,
                  GtkListBox     *list_box)
{
  GtkWidget *child = gtk_list_box_row_get_child (row);
  OvFinding *finding = ov_finding_row_get_finding (OV_FINDING_ROW (child));
  const char *section;

  if (finding == NULL)
    return;
  section = ov_finding_get_section (finding);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-case-section", "(xs)",
                              ov_finding_get_case_id (finding), section != NULL ? section : "");
}

static void
on_case_id_changed (OvCaseFindings *self)
{
  update (self);
}

/* Overrides */

static void
ov_case_findings_dispose (GObject *object)
{
  OvCaseFindings *self = OV_CASE_FINDINGS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OV_TYPE_CASE_FINDINGS);
  /* Children without an id are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->findings);
  g_clear_object (&self->the_case);
  g_clear_object (&self->cache);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ov_case_findings_parent_class)->dispose (object);
}

static void
ov_case_findings_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OvCaseFindings *self = OV_CASE_FINDINGS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CASE:
      g_value_set_object (value, self->the_case);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_case_findings_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OvCaseFindings *self = OV_CASE_FINDINGS (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ov_case_findings_set_store (self, g_value_get_object (value));
      break;
    case PROP_CASE:
      ov_case_findings_set_case (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ov_case_findings_class_init (OvCaseFindingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ov_case_findings_dispose;
  object_class->get_property = ov_case_findings_get_property;
  object_class->set_property = ov_case_findings_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OV_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OV_TYPE_FINDINGS_BADGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ov-case-findings.ui");
  gtk_widget_class_bind_template_child (widget_class, OvCaseFindings, counts_badge);
  gtk_widget_class_bind_template_child (widget_class, OvCaseFindings, list_box);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
}

static void
ov_case_findings_init (OvCaseFindings *self)
{
  self->findings = g_list_store_new (OV_TYPE_FINDING);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->findings), create_row, NULL, NULL);
  update (self);
}

/* Public API */

OvStore *
ov_case_findings_get_store (OvCaseFindings *self)
{
  g_return_val_if_fail (OV_IS_CASE_FINDINGS (self), NULL);
  return self->store;
}

/**
 * ov_case_findings_set_store:
 * @store: (nullable): the store whose findings are shown
 */
void
ov_case_findings_set_store (OvCaseFindings *self,
                            OvStore        *store)
{
  g_return_if_fail (OV_IS_CASE_FINDINGS (self));
  g_return_if_fail (store == NULL || OV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  if (self->cache != NULL)
    g_signal_handlers_disconnect_by_data (self->cache, self);
  g_clear_object (&self->cache);
  if (store != NULL)
    {
      self->cache = g_object_ref (ov_findings_cache_get_for_store (store));
      g_signal_connect_object (self->cache, "updated", G_CALLBACK (update), self,
                               G_CONNECT_SWAPPED);
    }
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ov_case_findings_get_case:
 *
 * Returns: (transfer none) (nullable): the case whose findings are shown
 */
OvCase *
ov_case_findings_get_case (OvCaseFindings *self)
{
  g_return_val_if_fail (OV_IS_CASE_FINDINGS (self), NULL);
  return self->the_case;
}

/**
 * ov_case_findings_set_case:
 * @the_case: (nullable): the case whose findings to show; one not yet saved has none
 */
void
ov_case_findings_set_case (OvCaseFindings *self,
                           OvCase         *the_case)
{
  g_return_if_fail (OV_IS_CASE_FINDINGS (self));
  g_return_if_fail (the_case == NULL || OV_IS_CASE (the_case));

  if (self->the_case == the_case)
    return;

  if (self->the_case != NULL)
    g_signal_handlers_disconnect_by_data (self->the_case, self);
  g_set_object (&self->the_case, the_case);

  /* A new case gets its id when first saved. */
  if (the_case != NULL)
    g_signal_connect_object (the_case, "notify::id", G_CALLBACK (on_case_id_changed), self,
                             G_CONNECT_SWAPPED);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

/**
 * ov_case_findings_get_findings:
 *
 * Returns: (transfer none): the findings shown, most pressing first
 */
GListModel *
ov_case_findings_get_findings (OvCaseFindings *self)
{
  g_return_val_if_fail (OV_IS_CASE_FINDINGS (self), NULL);
  return G_LIST_MODEL (self->findings);
}
