/* ov-investigation.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The investigative strategy, supervisory reviews, actions and the decision log. The rules
 * that make them trustworthy live here and in the schema's triggers, so every path obeys
 * them: an author cannot agree their own strategy; agreed versions and signed-off reviews
 * are frozen; decision log entries are numbered without gaps and never rewritten.
 */

#define G_LOG_DOMAIN "ov-investigation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "ov-case.h"
#include "ov-enum-types.h"
#include "ov-investigation.h"
#include "ov-policy.h"
#include "ov-settings.h"
#include "ov-staff.h"
#include "ov-store-private.h"
#include "ov-util.h"
#include "ov-victims.h"

static gint64
id_of (gpointer record)
{
  return ov_record_get_id (OV_RECORD (record));
}

/* ---- Strategy ---------------------------------------------------------------------- */

/**
 * ov_store_list_strategies:
 *
 * Returns: (transfer full) (element-type OvStrategy): every version, newest first
 */
GPtrArray *
ov_store_list_strategies (OvStore  *self,
                          gint64    case_id,
                          GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_STRATEGY, "WHERE case_id = ?1 ORDER BY version DESC",
                           case_id, error);
}

/**
 * ov_store_get_strategy_in_force:
 *
 * Returns: (transfer full) (nullable): the newest agreed version, or %NULL (without an
 *   error) if no version has been agreed yet
 */
OvStrategy *
ov_store_get_strategy_in_force (OvStore  *self,
                                gint64    case_id,
                                GError  **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  found = _ov_store_select (self, OV_TYPE_STRATEGY,
                            "WHERE case_id = ?1 AND status = 'agreed' "
                            "ORDER BY version DESC LIMIT 1",
                            case_id, error);
  if (found == NULL || found->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * ov_store_list_lines_of_enquiry:
 *
 * Returns: (transfer full) (element-type OvLineOfEnquiry): the lines of one strategy version
 */
GPtrArray *
ov_store_list_lines_of_enquiry (OvStore  *self,
                                gint64    strategy_id,
                                GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_LINE_OF_ENQUIRY,
                           "WHERE strategy_id = ?1 ORDER BY position, id", strategy_id, error);
}

typedef struct
{
  gint64      case_id;
  OvStrategy *result;
} DraftData;

static void
copy_strategy_fields (OvStrategy *to,
                      OvStrategy *from)
{
  static const char * const fields[] = {
    "parameters", "aims", "financial-investigation", "financial-rationale",
    "rocu-notified-on", "orders-considered", "orders-rationale", "intelligence-plan",
    "forensic-plan", "suspect-plan", "communications-plan", "other-plan",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (from), fields[i], &value);
      g_object_set_property (G_OBJECT (to), fields[i], &value);
    }
}

static gboolean
draft_in_transaction (OvStore  *self,
                      gpointer  user_data,
                      GError  **error)
{
  DraftData *data = user_data;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(OvStrategy) draft = NULL;
  g_autoptr(OvCase) the_case = NULL;
  OvStrategy *latest = NULL;

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;
  the_case = ov_store_load (self, OV_TYPE_CASE, data->case_id, error);
  if (the_case == NULL)
    return FALSE;

  versions = ov_store_list_strategies (self, data->case_id, error);
  if (versions == NULL)
    return FALSE;
  if (versions->len > 0)
    latest = g_ptr_array_index (versions, 0);

  /* One draft at a time: a draft in progress is the one to carry on with. */
  if (latest != NULL && !ov_strategy_is_agreed (latest))
    {
      data->result = g_object_ref (latest);
      return TRUE;
    }

  draft = ov_strategy_new ();
  ov_strategy_set_case_id (draft, data->case_id);
  ov_strategy_set_version (draft, latest != NULL ? ov_strategy_get_version (latest) + 1 : 1);
  ov_strategy_set_author_id (draft, id_of (ov_store_get_current_user (self)));
  if (latest != NULL)
    copy_strategy_fields (draft, latest);
  if (!_ov_store_write_record (self, OV_RECORD (draft), error))
    return FALSE;

  /* The new version starts from the lines of enquiry of the last agreed one. */
  if (latest != NULL)
    {
      g_autoptr(GPtrArray) lines = ov_store_list_lines_of_enquiry (self, id_of (latest), error);

      if (lines == NULL)
        return FALSE;
      for (guint i = 0; i < lines->len; i++)
        {
          OvLineOfEnquiry *line = g_ptr_array_index (lines, i);
          g_autoptr(OvLineOfEnquiry) copy = ov_line_of_enquiry_new ();

          ov_line_of_enquiry_set_strategy_id (copy, id_of (draft));
          ov_line_of_enquiry_set_case_id (copy, data->case_id);
          ov_line_of_enquiry_set_position (copy, ov_line_of_enquiry_get_position (line));
          ov_line_of_enquiry_set_title (copy, ov_line_of_enquiry_get_title (line));
          ov_line_of_enquiry_set_description (copy, ov_line_of_enquiry_get_description (line));
          ov_line_of_enquiry_set_status (copy, ov_line_of_enquiry_get_status (line));
          ov_line_of_enquiry_set_closure_rationale (copy,
                                                    ov_line_of_enquiry_get_closure_rationale (line));
          if (!_ov_store_write_record (self, OV_RECORD (copy), error))
            return FALSE;
        }
    }

  data->result = ov_store_load (self, OV_TYPE_STRATEGY, id_of (draft), error);
  return data->result != NULL;
}

/**
 * ov_store_draft_strategy:
 *
 * Returns the case's draft strategy, creating it if there is none: version 1, or the next
 * version copied from the newest agreed one with its lines of enquiry. The current user is
 * its author.
 *
 * Returns: (transfer full): the draft, or %NULL with @error set
 */
OvStrategy *
ov_store_draft_strategy (OvStore  *self,
                         gint64    case_id,
                         GError  **error)
{
  DraftData data = { case_id, NULL };

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  if (!ov_store_run_in_transaction (self, draft_in_transaction, &data, error))
    {
      g_clear_object (&data.result);
      return NULL;
    }
  return data.result;
}

static gboolean
agree_in_transaction (OvStore  *self,
                      gpointer  user_data,
                      GError  **error)
{
  OvStrategy *strategy = user_data;
  OvStaff *user = ov_store_get_current_user (self);
  g_autoptr(OvStrategy) stored = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *detail = NULL;

  if (!_ov_store_check_user (self, TRUE, error))
    return FALSE;

  stored = ov_store_load (self, OV_TYPE_STRATEGY, id_of (strategy), error);
  if (stored == NULL)
    return FALSE;
  if (ov_strategy_is_agreed (stored))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN,
                   _("This strategy version has already been agreed."));
      return FALSE;
    }
  if (ov_strategy_get_author_id (strategy) == id_of (user))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("You drafted this strategy version, so you cannot agree it. A strategy "
                     "is agreed by a supervisor who is not its author."));
      return FALSE;
    }

  /* Unsaved edits are saved with the agreement, so what is agreed is what was shown. */
  ov_strategy_set_status (strategy, OV_STRATEGY_STATUS_AGREED);
  ov_strategy_set_agreed_by (strategy, id_of (user));
  ov_strategy_set_agreed_at (strategy, now);
  if (!_ov_store_write_record (self, OV_RECORD (strategy), error))
    return FALSE;

  /* Translators: audit detail, e.g. "Strategy version 2 of MSHT/2026/0001 agreed" */
  detail = g_strdup_printf (_("Strategy version %" PRId64 " agreed"),
                            ov_strategy_get_version (strategy));
  return _ov_store_append_audit (self, "strategy", ov_record_get_uuid (OV_RECORD (strategy)),
                                 "agree", detail, error);
}

/**
 * ov_store_agree_strategy:
 *
 * Agrees a draft strategy version: only a supervisor who is not its author may. Agreeing
 * records who and when, and freezes the version.
 */
gboolean
ov_store_agree_strategy (OvStore     *self,
                         OvStrategy  *strategy,
                         GError     **error)
{
  g_autofree char *agreed_at = NULL;
  OvStrategyStatus status;
  gint64 agreed_by;
  gint64 revision;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_STRATEGY (strategy), FALSE);

  status = ov_strategy_get_status (strategy);
  agreed_by = ov_strategy_get_agreed_by (strategy);
  agreed_at = g_strdup (ov_strategy_get_agreed_at (strategy));
  revision = ov_record_get_revision (OV_RECORD (strategy));

  if (!ov_store_run_in_transaction (self, agree_in_transaction, strategy, error))
    {
      ov_strategy_set_status (strategy, status);
      ov_strategy_set_agreed_by (strategy, agreed_by);
      ov_strategy_set_agreed_at (strategy, agreed_at);
      ov_record_set_revision (OV_RECORD (strategy), revision);
      return FALSE;
    }
  return TRUE;
}

/* ---- Reviews ----------------------------------------------------------------------- */

/**
 * ov_store_list_reviews:
 *
 * Returns: (transfer full) (element-type OvReview): the case's reviews, newest first
 */
GPtrArray *
ov_store_list_reviews (OvStore  *self,
                       gint64    case_id,
                       GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_REVIEW, "WHERE case_id = ?1 ORDER BY held_at DESC, id DESC",
                           case_id, error);
}

GPtrArray *
ov_store_list_review_lines (OvStore  *self,
                            gint64    review_id,
                            GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_REVIEW_LINE, "WHERE review_id = ?1 ORDER BY id",
                           review_id, error);
}

GPtrArray *
ov_store_list_review_action_checks (OvStore  *self,
                                    gint64    review_id,
                                    GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_REVIEW_ACTION_CHECK, "WHERE review_id = ?1 ORDER BY id",
                           review_id, error);
}

GPtrArray *
ov_store_list_addenda (OvStore  *self,
                       gint64    review_id,
                       GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_ADDENDUM, "WHERE review_id = ?1 ORDER BY added_at, id",
                           review_id, error);
}

/**
 * ov_store_propose_next_review:
 * @held_on: the date of the review, YYYY-MM-DD
 *
 * Returns: (transfer full) (nullable): the next review date force policy proposes for the
 *   case
 */
char *
ov_store_propose_next_review (OvStore    *self,
                              gint64      case_id,
                              const char *held_on)
{
  OvPolicy policy;

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  ov_store_load_policy (self, &policy);
  return ov_policy_propose_next_review (&policy, held_on,
                                        ov_store_case_has_high_risk_victim (self, case_id));
}

typedef struct
{
  gint64           case_id;
  OvReviewType     review_type;
  OvReviewTrigger  trigger_event;
  const char      *trigger_detail;
  OvReview        *result;
} StartData;

static gboolean
start_review_in_transaction (OvStore  *self,
                             gpointer  user_data,
                             GError  **error)
{
  StartData *data = user_data;
  g_autoptr(OvCase) the_case = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(OvStrategy) strategy = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(OvReview) review = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *today = ov_today_local ();
  g_autofree char *proposed = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!_ov_store_check_user (self, TRUE, error))
    return FALSE;
  the_case = ov_store_load (self, OV_TYPE_CASE, data->case_id, error);
  if (the_case == NULL)
    return FALSE;

  /* A review in progress is finished before another starts. */
  reviews = ov_store_list_reviews (self, data->case_id, error);
  if (reviews == NULL)
    return FALSE;
  for (guint i = 0; i < reviews->len; i++)
    {
      OvReview *existing = g_ptr_array_index (reviews, i);

      if (!ov_review_is_signed_off (existing))
        {
          data->result = g_object_ref (existing);
          return TRUE;
        }
    }

  strategy = ov_store_get_strategy_in_force (self, data->case_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  review = ov_review_new ();
  ov_review_set_case_id (review, data->case_id);
  ov_review_set_review_type (review, data->review_type);
  ov_review_set_trigger_event (review, data->trigger_event);
  ov_review_set_trigger_detail (review, data->trigger_detail);
  ov_review_set_held_at (review, now);
  ov_review_set_reviewer_id (review, id_of (ov_store_get_current_user (self)));
  if (strategy != NULL)
    ov_review_set_strategy_id (review, id_of (strategy));
  if (data->review_type != OV_REVIEW_TYPE_CLOSURE)
    {
      proposed = ov_store_propose_next_review (self, data->case_id, today);
      ov_review_set_proposed_next_review_on (review, proposed);
      ov_review_set_next_review_on (review, proposed);
    }

  if (!_ov_store_write_record (self, OV_RECORD (review), error))
    return FALSE;

  /* Progress against each open line of enquiry of the strategy in force. */
  if (strategy != NULL)
    {
      g_autoptr(GPtrArray) lines = ov_store_list_lines_of_enquiry (self, id_of (strategy), error);

      if (lines == NULL)
        return FALSE;
      for (guint i = 0; i < lines->len; i++)
        {
          OvLineOfEnquiry *line = g_ptr_array_index (lines, i);
          g_autoptr(OvReviewLine) progress = NULL;

          if (ov_line_of_enquiry_get_status (line) != OV_LINE_STATUS_OPEN)
            continue;
          progress = ov_review_line_new ();
          ov_review_line_set_review_id (progress, id_of (review));
          ov_review_line_set_line_id (progress, id_of (line));
          ov_review_line_set_status (progress, OV_LINE_STATUS_OPEN);
          if (!_ov_store_write_record (self, OV_RECORD (progress), error))
            return FALSE;
        }
    }

  /* Every open action is checked. */
  actions = ov_store_list_actions (self, data->case_id, error);
  if (actions == NULL)
    return FALSE;
  for (guint i = 0; i < actions->len; i++)
    {
      OvAction *action = g_ptr_array_index (actions, i);
      g_autoptr(OvReviewActionCheck) check = NULL;

      if (ov_action_get_status (action) != OV_ACTION_STATUS_OPEN)
        continue;
      check = ov_review_action_check_new ();
      ov_review_action_check_set_review_id (check, id_of (review));
      ov_review_action_check_set_action_id (check, id_of (action));
      ov_review_action_check_set_status (check, OV_ACTION_STATUS_OPEN);
      if (!_ov_store_write_record (self, OV_RECORD (check), error))
        return FALSE;
    }

  data->result = ov_store_load (self, OV_TYPE_REVIEW, id_of (review), error);
  return data->result != NULL;
}

/**
 * ov_store_start_review:
 * @review_type: the kind of review
 * @trigger_event: what triggered it, for a triggered review; otherwise
 *   %OV_REVIEW_TRIGGER_NONE
 * @trigger_detail: (nullable): what happened (needed when the trigger is "other")
 *
 * Starts a supervisory review held now by the current user (a supervisor), with the next
 * review date proposed from force policy, a progress entry for each open line of enquiry
 * of the strategy in force, and a check for each open action. If a review of the case is
 * still in draft, that one is returned instead.
 *
 * Returns: (transfer full): the draft review, or %NULL with @error set
 */
OvReview *
ov_store_start_review (OvStore          *self,
                       gint64            case_id,
                       OvReviewType      review_type,
                       OvReviewTrigger   trigger_event,
                       const char       *trigger_detail,
                       GError          **error)
{
  StartData data = { case_id, review_type, trigger_event, trigger_detail, NULL };

  g_return_val_if_fail (OV_IS_STORE (self), NULL);

  if (!ov_store_run_in_transaction (self, start_review_in_transaction, &data, error))
    {
      g_clear_object (&data.result);
      return NULL;
    }
  return data.result;
}

static gboolean
apply_line_progress (OvStore       *self,
                     OvReviewLine  *progress,
                     GError       **error)
{
  g_autoptr(OvLineOfEnquiry) line = NULL;

  line = ov_store_load (self, OV_TYPE_LINE_OF_ENQUIRY, ov_review_line_get_line_id (progress),
                        error);
  if (line == NULL)
    return FALSE;
  ov_line_of_enquiry_set_status (line, ov_review_line_get_status (progress));
  if (ov_review_line_get_status (progress) == OV_LINE_STATUS_CLOSED)
    ov_line_of_enquiry_set_closure_rationale (line,
                                              ov_review_line_get_closure_rationale (progress));
  return _ov_store_write_record (self, OV_RECORD (line), error);
}

static gboolean
apply_action_check (OvStore              *self,
                    OvReviewActionCheck  *check,
                    const char           *held_on,
                    GError              **error)
{
  g_autoptr(OvAction) action = NULL;
  OvActionStatus status = ov_review_action_check_get_status (check);

  action = ov_store_load (self, OV_TYPE_ACTION, ov_review_action_check_get_action_id (check),
                          error);
  if (action == NULL)
    return FALSE;
  if (ov_action_get_status (action) == status)
    return TRUE;

  ov_action_set_status (action, status);
  if (status == OV_ACTION_STATUS_DONE && ov_str_empty (ov_action_get_completed_on (action)))
    ov_action_set_completed_on (action, held_on);
  if (status == OV_ACTION_STATUS_CANCELLED)
    ov_action_set_cancel_reason (action, ov_review_action_check_get_note (check));
  return _ov_store_write_record (self, OV_RECORD (action), error);
}

static gboolean
sign_off_in_transaction (OvStore  *self,
                         gpointer  user_data,
                         GError  **error)
{
  OvReview *review = user_data;
  OvStaff *user = ov_store_get_current_user (self);
  g_autoptr(OvReview) stored = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *now = ov_now_utc ();
  g_autofree char *held_on = NULL;
  g_autofree char *detail = NULL;

  if (!_ov_store_check_user (self, TRUE, error))
    return FALSE;

  stored = ov_store_load (self, OV_TYPE_REVIEW, id_of (review), error);
  if (stored == NULL)
    return FALSE;
  if (ov_review_is_signed_off (stored))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN,
                   _("This review has already been signed off."));
      return FALSE;
    }

  /* Save what is on screen first, then carry the review's findings into the records it
   * checked: line of enquiry statuses and action statuses. */
  if (!_ov_store_write_record (self, OV_RECORD (review), error))
    return FALSE;

  held_on = ov_date_of_timestamp (ov_review_get_held_at (review));
  lines = ov_store_list_review_lines (self, id_of (review), error);
  if (lines == NULL)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      if (!ov_record_validate (g_ptr_array_index (lines, i), error) ||
          !apply_line_progress (self, g_ptr_array_index (lines, i), error))
        return FALSE;
    }
  checks = ov_store_list_review_action_checks (self, id_of (review), error);
  if (checks == NULL)
    return FALSE;
  for (guint i = 0; i < checks->len; i++)
    {
      if (!ov_record_validate (g_ptr_array_index (checks, i), error) ||
          !apply_action_check (self, g_ptr_array_index (checks, i), held_on, error))
        return FALSE;
    }

  ov_review_set_status (review, OV_REVIEW_STATUS_SIGNED_OFF);
  ov_review_set_signed_off_by (review, id_of (user));
  ov_review_set_signed_off_at (review, now);
  if (!_ov_store_write_record (self, OV_RECORD (review), error))
    return FALSE;

  detail = ov_record_describe (OV_RECORD (review));
  return _ov_store_append_audit (self, "review", ov_record_get_uuid (OV_RECORD (review)),
                                 "sign-off", detail, error);
}

/**
 * ov_store_sign_off_review:
 *
 * Saves and signs off a review (supervisors only), applying the statuses it recorded to
 * the lines of enquiry and actions it checked. A signed-off review is frozen: corrections
 * are addenda.
 */
gboolean
ov_store_sign_off_review (OvStore   *self,
                          OvReview  *review,
                          GError   **error)
{
  gint64 revision;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_REVIEW (review), FALSE);

  revision = ov_record_get_revision (OV_RECORD (review));
  if (!ov_store_run_in_transaction (self, sign_off_in_transaction, review, error))
    {
      ov_review_set_status (review, OV_REVIEW_STATUS_DRAFT);
      ov_review_set_signed_off_by (review, 0);
      ov_review_set_signed_off_at (review, NULL);
      ov_record_set_revision (OV_RECORD (review), revision);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  OvReview   *review;
  const char *text;
  OvAddendum *result;
} AddendumData;

static gboolean
addendum_in_transaction (OvStore  *self,
                         gpointer  user_data,
                         GError  **error)
{
  AddendumData *data = user_data;
  g_autoptr(OvAddendum) addendum = ov_addendum_new ();
  g_autofree char *now = ov_now_utc ();

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;
  if (!ov_review_is_signed_off (data->review))
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_NOT_PERMITTED,
                   _("This review is still a draft: edit it directly. Addenda are for "
                     "signed-off reviews."));
      return FALSE;
    }

  ov_addendum_set_review_id (addendum, id_of (data->review));
  ov_addendum_set_author_id (addendum, id_of (ov_store_get_current_user (self)));
  ov_addendum_set_added_at (addendum, now);
  ov_addendum_set_text (addendum, data->text);
  if (!_ov_store_write_record (self, OV_RECORD (addendum), error))
    return FALSE;

  data->result = ov_store_load (self, OV_TYPE_ADDENDUM, id_of (addendum), error);
  return data->result != NULL;
}

/**
 * ov_store_add_addendum:
 * @text: the correction or addition
 *
 * Adds an addendum, by the current user, to a signed-off review.
 *
 * Returns: (transfer full): the addendum, or %NULL with @error set
 */
OvAddendum *
ov_store_add_addendum (OvStore     *self,
                       OvReview    *review,
                       const char  *text,
                       GError     **error)
{
  AddendumData data = { review, text, NULL };

  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  g_return_val_if_fail (OV_IS_REVIEW (review), NULL);

  if (!ov_store_run_in_transaction (self, addendum_in_transaction, &data, error))
    {
      g_clear_object (&data.result);
      return NULL;
    }
  return data.result;
}

/* ---- Actions ----------------------------------------------------------------------- */

/**
 * ov_store_list_actions:
 *
 * Returns: (transfer full) (element-type OvAction): the case's actions, open ones first,
 *   by due date
 */
GPtrArray *
ov_store_list_actions (OvStore  *self,
                       gint64    case_id,
                       GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_ACTION,
                           "WHERE case_id = ?1 ORDER BY status <> 'open', due_on, id",
                           case_id, error);
}

/* ---- Decision log ------------------------------------------------------------------ */

/**
 * ov_store_list_decisions:
 *
 * Returns: (transfer full) (element-type OvDecision): the case's decision log in order
 */
GPtrArray *
ov_store_list_decisions (OvStore  *self,
                         gint64    case_id,
                         GError  **error)
{
  g_return_val_if_fail (OV_IS_STORE (self), NULL);
  return _ov_store_select (self, OV_TYPE_DECISION, "WHERE case_id = ?1 ORDER BY number",
                           case_id, error);
}

static gboolean
record_decision_in_transaction (OvStore  *self,
                                gpointer  user_data,
                                GError  **error)
{
  OvDecision *decision = user_data;
  g_autofree char *now = ov_now_utc ();
  sqlite3_stmt *stmt;
  gint64 number = 0;

  if (!_ov_store_check_user (self, FALSE, error))
    return FALSE;

  stmt = _ov_store_prepare (self,
                            "SELECT coalesce (max (number), 0) + 1 FROM decisions WHERE case_id = ?1",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ov_decision_get_case_id (decision));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    number = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  ov_decision_set_number (decision, number);
  ov_decision_set_recorded_at (decision, now);
  if (ov_str_empty (ov_decision_get_decided_at (decision)))
    ov_decision_set_decided_at (decision, now);
  if (ov_decision_get_decision_maker_id (decision) == 0)
    ov_decision_set_decision_maker_id (decision, id_of (ov_store_get_current_user (self)));

  return _ov_store_write_record (self, OV_RECORD (decision), error);
}

/**
 * ov_store_record_decision:
 * @decision: a new entry
 *
 * Adds @decision to its case's decision log with the next number and the time it was
 * recorded. Entries are never edited: to change a decision, record a new one whose
 * supersedes-id names the earlier entry.
 */
gboolean
ov_store_record_decision (OvStore     *self,
                          OvDecision  *decision,
                          GError     **error)
{
  g_autofree char *decided_at = NULL;
  gint64 maker;

  g_return_val_if_fail (OV_IS_STORE (self), FALSE);
  g_return_val_if_fail (OV_IS_DECISION (decision), FALSE);

  if (ov_record_get_id (OV_RECORD (decision)) != 0)
    {
      g_set_error (error, OV_STORE_ERROR, OV_STORE_ERROR_FROZEN,
                   _("Decision log entries are never edited. Record a new entry that "
                     "supersedes this one."));
      return FALSE;
    }

  decided_at = g_strdup (ov_decision_get_decided_at (decision));
  maker = ov_decision_get_decision_maker_id (decision);
  if (!ov_store_run_in_transaction (self, record_decision_in_transaction, decision, error))
    {
      ov_decision_set_number (decision, 0);
      ov_decision_set_recorded_at (decision, NULL);
      ov_decision_set_decided_at (decision, decided_at);
      ov_decision_set_decision_maker_id (decision, maker);
      return FALSE;
    }
  return TRUE;
}
