/* ov-victims.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Victims and safeguarding. The rules live here and in the schema, so every path obeys
 * them: a person whose age is disputed is treated as a child; children are referred to the
 * NRM without consent and adults only with it (otherwise MS1); every child is a vulnerable
 * victim; only a supervisor agrees a victim strategy or endorses a risk assessment, and
 * either is then frozen; restricted details are read only by revealing them, which is
 * audited with the reason.
 */

#define G_LOG_DOMAIN "ov-victims"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "ov-enum-types.h"
#include "ov-staff.h"
#include "ov-store-private.h"
#include "ov-util.h"
#include "ov-victims.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

/* ---- Rules checked on every save (called by the store) ------------------------------ */

static gboolean
check_nrm_route (OvStore        *self,
                 OvNrmReferral  *referral,
                 GError        **error)
{
  g_autoptr(OvPerson) person = NULL;
  g_autofree char *today = ov_today_local ();
  OvNrmRoute route = ov_nrm_referral_get_route (referral);

  person = ov_store_load (self, OV_TYPE_PERSON, ov_nrm_referral_get_person_id (referral), error);
  if (person == NULL)
    return FALSE;

  if (ov_person_is_child (person, today))
    {
      if (route != OV_NRM_ROUTE_NRM_CHILD)
        {
          g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                       _("%s is treated as a child, so they are referred to the NRM without "
                         "needing consent: choose “NRM referral of a child”."),
                       ov_person_get_name (person));
          return FALSE;
        }
      return TRUE;
    }

  if (ov_person_get_age_status (person) == OV_AGE_STATUS_UNKNOWN &&
      !ov_date_is_valid (ov_person_get_date_of_birth (person)))
    {
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Record whether %s is an adult or a child (or that their age is "
                     "disputed) before the NRM referral or MS1 notification."),
                   ov_person_get_name (person));
      return FALSE;
    }

  if (route == OV_NRM_ROUTE_NRM_CHILD)
    {
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("%s is an adult: refer them to the NRM with their consent, or notify "
                     "anonymously on form MS1 if they do not consent."),
                   ov_person_get_name (person));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_victim_strategy (OvStore           *self,
                       OvVictimStrategy  *strategy,
                       GError           **error)
{
  g_autoptr(OvPerson) person = NULL;
  g_autofree char *today = ov_today_local ();

  person = ov_store_load (self, OV_TYPE_PERSON, ov_victim_strategy_get_person_id (strategy),
                          error);
  if (person == NULL)
    return FALSE;

  /* Every child is a vulnerable victim, entitled to enhanced rights. */
  if (ov_person_is_child (person, today) &&
      !(ov_victim_strategy_get_enhanced_reasons (strategy) & OV_ENHANCED_REASON_VULNERABLE))
    ov_victim_strategy_set_enhanced_reasons (strategy,
                                             ov_victim_strategy_get_enhanced_reasons (strategy) |
                                             OV_ENHANCED_REASON_VULNERABLE);
  return TRUE;
}

/**
 * _ov_victims_check_record:
 *
 * The victims rules that need the store, checked before @record is written.
 */
gboolean
_ov_victims_check_record (OvStore   *self,
                          OvRecord  *record,
                          GError   **error)
{
  if (OV_IS_NRM_REFERRAL (record))
    return check_nrm_route (self, OV_NRM_REFERRAL (record), error);
  if (OV_IS_VICTIM_STRATEGY (record) && !ov_victim_strategy_is_agreed (OV_VICTIM_STRATEGY (record)))
    return check_victim_strategy (self, OV_VICTIM_STRATEGY (record), error);
  return TRUE;
}

/* ---- People -------------------------------------------------------------------------- */

/**
 * ov_store_list_people:
 *
 * Returns: (transfer full) (element-type OvPerson): the people of a case, victims first,
 *   by name
 */
GPtrArray *
ov_store_list_people (OvStore  *self,
                      gint64    case_id,
                      GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_PERSON,
                           "WHERE case_id = ?1 "
                           "ORDER BY instr (',' || roles || ',', ',victim,') = 0, "
                           "name COLLATE NOCASE, id",
                           case_id, error);
}

typedef struct
{
  OvPerson           *person;
  const char         *reason;
  OvPersonRestricted *result;
} RevealData;

static gboolean
reveal_in_transaction (OvStore  *self,
                       gpointer  user_data,
                       GError  **error)
{
  RevealData *data = user_data;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *detail = NULL;

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;
  if (ov_str_empty (data->reason))
    {
      g_set_error (error, OV_MODEL_ERROR, OV_MODEL_ERROR_INVALID,
                   _("Give the reason you need to see the address and contact details: the "
                     "reason is recorded."));
      return FALSE;
    }

  found = _ov_store_select (self, OV_TYPE_PERSON_RESTRICTED, "WHERE person_id = ?1",
                            id_of (data->person), error);
  if (found == NULL)
    return FALSE;
  if (found->len > 0)
    data->result = g_object_ref (g_ptr_array_index (found, 0));
  else
    {
      /* Nothing recorded yet: a new, empty record to fill in. */
      data->result = ov_person_restricted_new ();
      ov_person_restricted_set_person_id (data->result, id_of (data->person));
    }

  /* Translators: audit detail when restricted details are revealed */
  detail = g_strdup_printf (_("Address and contact details of %s revealed. Reason: %s"),
                            ov_person_get_name (data->person), data->reason);
  return _ov_store_append_audit (self, "person", ov_record_get_uuid (OV_RECORD (data->person)),
                                 "consult", detail, error);
}

/**
 * ov_store_reveal_restricted:
 * @person: the person
 * @reason: why the user needs to see the details
 *
 * Reads the person's restricted address and contact details. Each reveal is audited as a
 * consultation, with who, when and the reason. Save changes to the returned record with
 * ov_store_save().
 *
 * Returns: (transfer full): the details (a new, unsaved record if none are recorded), or
 *   %NULL with @error set
 */
OvPersonRestricted *
ov_store_reveal_restricted (OvStore     *self,
                            OvPerson    *person,
                            const char  *reason,
                            GError     **error)
{
  RevealData data = { person, reason, NULL };

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (OV_IS_PERSON (person), NULL);

  /* Every reveal is audited, and a database open read-only takes no audit event: rather
   * than show the details unrecorded, they are not shown. */
  if (ov_store_is_read_only (self))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_READ_ONLY,
                   _("Address and contact details are not shown while the database is open "
                     "read-only: each time they are shown it is recorded in the audit log, "
                     "which cannot be written now. Start Oversight without --read-only to "
                     "see them."));
      return NULL;
    }

  if (!ov_store_run_in_transaction (self, reveal_in_transaction, &data, error))
    {
      g_clear_object (&data.result);
      return NULL;
    }
  return data.result;
}

/**
 * ov_nrm_stage_get_label:
 * @stage: (nullable): the nrm-stage of a person, as the store derives it
 *
 * Returns: (transfer none): where the NRM referral or Duty to Notify stands, for people
 */
const char *
ov_nrm_stage_get_label (const char *stage)
{
  static const struct { const char *stage; const char *label; } labels[] = {
    { "referred", N_("Awaiting reasonable grounds") },
    { "rg-positive", N_("Positive reasonable grounds") },
    { "rg-negative", N_("Negative reasonable grounds") },
    { "cg-positive", N_("Positive conclusive grounds") },
    { "cg-negative", N_("Negative conclusive grounds") },
    { "ms1", N_("MS1 notified") },
  };

  for (gsize i = 0; stage != NULL && i < G_N_ELEMENTS (labels); i++)
    {
      if (g_str_equal (stage, labels[i].stage))
        return g_dgettext (GETTEXT_PACKAGE, labels[i].label);
    }
  return _("Not referred");
}

/* ---- Victim support ------------------------------------------------------------------ */

GPtrArray *
ov_store_list_victim_support (OvStore  *self,
                              gint64    person_id,
                              GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_VICTIM_SUPPORT,
                           "WHERE person_id = ?1 "
                           "ORDER BY ends_on IS NOT NULL, lead DESC, starts_on DESC, id DESC",
                           person_id, error);
}

static gboolean
assign_support_in_transaction (OvStore  *self,
                               gpointer  user_data,
                               GError  **error)
{
  OvVictimSupport *support = user_data;
  g_autoptr(GPtrArray) history = NULL;

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;

  /* One current lead contact: a new lead ends the one before, which stays in history. */
  if (ov_victim_support_get_lead (support))
    {
      history = ov_store_list_victim_support (self, ov_victim_support_get_person_id (support),
                                              error);
      if (history == NULL)
        return FALSE;
      for (guint i = 0; i < history->len; i++)
        {
          OvVictimSupport *previous = g_ptr_array_index (history, i);

          if (id_of (previous) == id_of (support) || !ov_victim_support_get_lead (previous) ||
              !ov_str_empty (ov_victim_support_get_ends_on (previous)))
            continue;
          ov_victim_support_set_ends_on (previous, ov_victim_support_get_starts_on (support));
          if (g_strcmp0 (ov_victim_support_get_ends_on (previous),
                         ov_victim_support_get_starts_on (previous)) < 0)
            ov_victim_support_set_ends_on (previous, ov_victim_support_get_starts_on (previous));
          if (!_ov_store_write_record (self, OV_RECORD (previous), error))
            return FALSE;
        }
    }

  return _ov_store_write_record (self, OV_RECORD (support), error);
}

/**
 * ov_store_assign_support:
 * @support: an MSVLO, navigator or SPOC for a victim
 *
 * Saves @support. When it is the lead contact, the victim's previous lead contact ends on
 * the day the new one starts; its record stays in the history.
 */
gboolean
ov_store_assign_support (OvStore          *self,
                         OvVictimSupport  *support,
                         GError          **error)
{
  gint64 id;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_VICTIM_SUPPORT (support), FALSE);

  id = id_of (support);
  if (!ov_store_run_in_transaction (self, assign_support_in_transaction, support, error))
    {
      ov_record_set_id (OV_RECORD (support), id);
      return FALSE;
    }
  return TRUE;
}

/* ---- Victim strategy ----------------------------------------------------------------- */

GPtrArray *
ov_store_list_victim_strategies (OvStore  *self,
                                 gint64    person_id,
                                 GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_VICTIM_STRATEGY,
                           "WHERE person_id = ?1 ORDER BY version DESC", person_id, error);
}

/**
 * ov_store_list_code_rights:
 *
 * Returns: (transfer full) (element-type OvVictimCodeRight): the twelve rights of a victim
 *   strategy version, in the Code's order
 */
GPtrArray *
ov_store_list_code_rights (OvStore  *self,
                           gint64    victim_strategy_id,
                           GError  **error)
{
  g_autoptr(GPtrArray) rights = NULL;
  g_autoptr(GEnumClass) klass = NULL;
  GPtrArray *ordered;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  rights = _ov_store_select (self, OV_TYPE_VICTIM_CODE_RIGHT, "WHERE victim_strategy_id = ?1",
                             victim_strategy_id, error);
  if (rights == NULL)
    return NULL;

  /* Stored by nick; listed in the order of the Code. */
  ordered = g_ptr_array_new_with_free_func (g_object_unref);
  klass = g_type_class_ref (OV_TYPE_VICTIM_RIGHT);
  for (guint v = 0; v < klass->n_values; v++)
    {
      for (guint i = 0; i < rights->len; i++)
        {
          OvVictimCodeRight *right = g_ptr_array_index (rights, i);

          if ((int) ov_victim_code_right_get_code_right (right) == klass->values[v].value)
            g_ptr_array_add (ordered, g_object_ref (right));
        }
    }
  return ordered;
}

typedef struct
{
  gint64            person_id;
  OvVictimStrategy *result;
} DraftData;

static void
copy_properties (GObject            *to,
                 GObject            *from,
                 const char * const *names)
{
  for (gsize i = 0; names[i] != NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (from, names[i], &value);
      g_object_set_property (to, names[i], &value);
    }
}

static gboolean
draft_victim_strategy_in_transaction (OvStore  *self,
                                      gpointer  user_data,
                                      GError  **error)
{
  static const char * const strategy_fields[] = {
    "safeguarding-plan", "contact-arrangements", "update-frequency-days", "enhanced-reasons",
    "communication-needs", "special-measures", "support-services", NULL
  };
  static const char * const right_fields[] = {
    "status", "met-on", "evidence", "reason", NULL
  };
  DraftData *data = user_data;
  g_autoptr(OvPerson) person = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GPtrArray) previous_rights = NULL;
  g_autoptr(OvVictimStrategy) draft = NULL;
  g_autoptr(GEnumClass) klass = NULL;
  OvVictimStrategy *latest = NULL;

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;
  person = ov_store_load (self, OV_TYPE_PERSON, data->person_id, error);
  if (person == NULL)
    return FALSE;
  if (!ov_person_has_role (person, OV_PERSON_ROLE_VICTIM))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("%s is not recorded as a victim. A victim strategy is for victims."),
                   ov_person_get_name (person));
      return FALSE;
    }

  versions = ov_store_list_victim_strategies (self, data->person_id, error);
  if (versions == NULL)
    return FALSE;
  if (versions->len > 0)
    latest = g_ptr_array_index (versions, 0);
  if (latest != NULL && !ov_victim_strategy_is_agreed (latest))
    {
      data->result = g_object_ref (latest);
      return TRUE;
    }

  draft = ov_victim_strategy_new ();
  ov_victim_strategy_set_person_id (draft, data->person_id);
  ov_victim_strategy_set_version (draft, latest != NULL
                                          ? ov_victim_strategy_get_version (latest) + 1 : 1);
  ov_victim_strategy_set_author_id (draft, id_of (ov_store_get_current_user (self)));
  if (latest != NULL)
    copy_properties (G_OBJECT (draft), G_OBJECT (latest), strategy_fields);
  else
    /* A starting point that the supervisor agrees with the victim or changes. */
    ov_victim_strategy_set_update_frequency_days (draft, 5);
  if (!_ov_store_write_record (self, OV_RECORD (draft), error))
    return FALSE;

  /* The twelve rights, carried over from the previous version where there is one. */
  if (latest != NULL)
    {
      previous_rights = ov_store_list_code_rights (self, id_of (latest), error);
      if (previous_rights == NULL)
        return FALSE;
    }
  klass = g_type_class_ref (OV_TYPE_VICTIM_RIGHT);
  for (guint v = 0; v < klass->n_values; v++)
    {
      g_autoptr(OvVictimCodeRight) right = ov_victim_code_right_new ();

      ov_victim_code_right_set_victim_strategy_id (right, id_of (draft));
      ov_victim_code_right_set_person_id (right, data->person_id);
      ov_victim_code_right_set_code_right (right, klass->values[v].value);
      for (guint i = 0; previous_rights != NULL && i < previous_rights->len; i++)
        {
          OvVictimCodeRight *old = g_ptr_array_index (previous_rights, i);

          if ((int) ov_victim_code_right_get_code_right (old) == klass->values[v].value)
            copy_properties (G_OBJECT (right), G_OBJECT (old), right_fields);
        }
      if (!_ov_store_write_record (self, OV_RECORD (right), error))
        return FALSE;
    }

  data->result = ov_store_load (self, OV_TYPE_VICTIM_STRATEGY, id_of (draft), error);
  return data->result != NULL;
}

/**
 * ov_store_draft_victim_strategy:
 *
 * Returns the victim's draft strategy, creating it if there is none: version 1 with the
 * twelve rights of the Victims' Code, or the next version copied from the newest agreed
 * one with the state of each right.
 *
 * Returns: (transfer full): the draft, or %NULL with @error set
 */
OvVictimStrategy *
ov_store_draft_victim_strategy (OvStore  *self,
                                gint64    person_id,
                                GError  **error)
{
  DraftData data = { person_id, NULL };

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  if (!ov_store_run_in_transaction (self, draft_victim_strategy_in_transaction, &data, error))
    {
      g_clear_object (&data.result);
      return NULL;
    }
  return data.result;
}

static gboolean
agree_victim_strategy_in_transaction (OvStore  *self,
                                      gpointer  user_data,
                                      GError  **error)
{
  OvVictimStrategy *strategy = user_data;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *detail = NULL;

  if (!_ov_store_check_user (self, TRUE, error))
    return FALSE;
  if (ov_victim_strategy_is_agreed (strategy))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN,
                   _("This victim strategy version has already been agreed."));
      return FALSE;
    }

  ov_victim_strategy_set_status (strategy, OV_STRATEGY_STATUS_AGREED);
  ov_victim_strategy_set_agreed_by (strategy, id_of (ov_store_get_current_user (self)));
  ov_victim_strategy_set_agreed_at (strategy, now);
  if (!check_victim_strategy (self, strategy, error) ||
      !_ov_store_write_record (self, OV_RECORD (strategy), error))
    return FALSE;

  detail = ov_record_describe (OV_RECORD (strategy));
  return _ov_store_append_audit (self, "victim-strategy",
                                 ov_record_get_uuid (OV_RECORD (strategy)), "agree", detail,
                                 error);
}

/**
 * ov_store_agree_victim_strategy:
 *
 * Agrees a draft victim strategy (supervisors only), recording who and when and freezing
 * the version.
 */
gboolean
ov_store_agree_victim_strategy (OvStore           *self,
                                OvVictimStrategy  *strategy,
                                GError           **error)
{
  gint64 revision;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_VICTIM_STRATEGY (strategy), FALSE);

  revision = ov_record_get_revision (OV_RECORD (strategy));
  if (!ov_store_run_in_transaction (self, agree_victim_strategy_in_transaction, strategy, error))
    {
      ov_victim_strategy_set_status (strategy, OV_STRATEGY_STATUS_DRAFT);
      ov_victim_strategy_set_agreed_by (strategy, 0);
      ov_victim_strategy_set_agreed_at (strategy, NULL);
      ov_record_set_revision (OV_RECORD (strategy), revision);
      return FALSE;
    }
  return TRUE;
}

/* ---- Risk ---------------------------------------------------------------------------- */

/**
 * ov_store_list_risk_assessments:
 *
 * Returns: (transfer full) (element-type OvRiskAssessment): newest first; the first is
 *   the current assessment
 */
GPtrArray *
ov_store_list_risk_assessments (OvStore  *self,
                                gint64    person_id,
                                GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_RISK_ASSESSMENT,
                           "WHERE person_id = ?1 ORDER BY assessed_on DESC, id DESC",
                           person_id, error);
}

static gboolean
add_assessment_in_transaction (OvStore  *self,
                               gpointer  user_data,
                               GError  **error)
{
  OvRiskAssessment *assessment = user_data;
  g_autoptr(GPtrArray) history = NULL;

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;

  history = ov_store_list_risk_assessments (self, ov_risk_assessment_get_person_id (assessment),
                                            error);
  if (history == NULL)
    return FALSE;
  if (history->len > 0)
    ov_risk_assessment_set_supersedes_id (assessment, id_of (g_ptr_array_index (history, 0)));
  if (ov_risk_assessment_get_assessor_id (assessment) == 0)
    ov_risk_assessment_set_assessor_id (assessment, id_of (ov_store_get_current_user (self)));

  return _ov_store_write_record (self, OV_RECORD (assessment), error);
}

/**
 * ov_store_add_risk_assessment:
 * @assessment: a new assessment
 *
 * Saves a new assessment that supersedes the person's current one (which stays in the
 * history). The assessor defaults to the current user.
 */
gboolean
ov_store_add_risk_assessment (OvStore           *self,
                              OvRiskAssessment  *assessment,
                              GError           **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (id_of (assessment) == 0, FALSE);

  if (!ov_store_run_in_transaction (self, add_assessment_in_transaction, assessment, error))
    {
      ov_record_set_id (OV_RECORD (assessment), 0);
      ov_risk_assessment_set_supersedes_id (assessment, 0);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  OvRiskAssessment *assessment;
  const char       *comment;
} EndorseData;

static gboolean
endorse_in_transaction (OvStore  *self,
                        gpointer  user_data,
                        GError  **error)
{
  EndorseData *data = user_data;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *detail = NULL;

  if (!_ov_store_check_user (self, TRUE, error))
    return FALSE;
  if (ov_risk_assessment_is_endorsed (data->assessment))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN,
                   _("This risk assessment has already been endorsed."));
      return FALSE;
    }

  ov_risk_assessment_set_endorsed_by (data->assessment, id_of (ov_store_get_current_user (self)));
  ov_risk_assessment_set_endorsed_at (data->assessment, now);
  ov_risk_assessment_set_endorsement_comment (data->assessment, data->comment);
  if (!_ov_store_write_record (self, OV_RECORD (data->assessment), error))
    return FALSE;

  detail = ov_record_describe (OV_RECORD (data->assessment));
  return _ov_store_append_audit (self, "risk-assessment",
                                 ov_record_get_uuid (OV_RECORD (data->assessment)), "endorse",
                                 detail, error);
}

/**
 * ov_store_endorse_risk_assessment:
 * @comment: (nullable): the supervisor's comment
 *
 * Endorses an assessment (supervisors only), recording who, when and the comment; the
 * assessment is then frozen.
 */
gboolean
ov_store_endorse_risk_assessment (OvStore           *self,
                                  OvRiskAssessment  *assessment,
                                  const char        *comment,
                                  GError           **error)
{
  EndorseData data = { assessment, comment };
  gint64 revision;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_RISK_ASSESSMENT (assessment), FALSE);

  revision = ov_record_get_revision (OV_RECORD (assessment));
  if (!ov_store_run_in_transaction (self, endorse_in_transaction, &data, error))
    {
      ov_risk_assessment_set_endorsed_by (assessment, 0);
      ov_risk_assessment_set_endorsed_at (assessment, NULL);
      ov_risk_assessment_set_endorsement_comment (assessment, NULL);
      ov_record_set_revision (OV_RECORD (assessment), revision);
      return FALSE;
    }
  return TRUE;
}

/**
 * ov_store_case_has_high_risk_victim:
 *
 * Returns: %TRUE if any victim of the case has a current risk assessment graded high
 */
gboolean
ov_store_case_has_high_risk_victim (OvStore *self,
                                    gint64   case_id)
{
  sqlite3_stmt *stmt;
  gboolean high = FALSE;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);

  stmt = _ov_store_prepare (self,
                            "SELECT EXISTS (SELECT 1 FROM people p JOIN risk_assessments r "
                            "ON r.id = (SELECT r2.id FROM risk_assessments r2 "
                            "           WHERE r2.person_id = p.id "
                            "           ORDER BY r2.assessed_on DESC, r2.id DESC LIMIT 1) "
                            "WHERE p.case_id = ?1 "
                            "AND instr (',' || p.roles || ',', ',victim,') > 0 "
                            "AND r.grade = 'high')",
                            NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    high = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return high;
}

/* ---- Safeguarding and NRM ------------------------------------------------------------ */

GPtrArray *
ov_store_list_safeguarding_referrals (OvStore  *self,
                                      gint64    person_id,
                                      GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_SAFEGUARDING_REFERRAL,
                           "WHERE person_id = ?1 ORDER BY sent_at DESC, id DESC", person_id, error);
}

GPtrArray *
ov_store_list_nrm_referrals (OvStore  *self,
                             gint64    person_id,
                             GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_NRM_REFERRAL,
                           "WHERE person_id = ?1 ORDER BY submitted_on DESC, id DESC",
                           person_id, error);
}
