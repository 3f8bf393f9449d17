/* ov-action.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_ACTION (ov_action_get_type ())

G_DECLARE_FINAL_TYPE (OvAction, ov_action, OV, ACTION, OvRecord)

OvAction       *ov_action_new               (void);
gint64          ov_action_get_case_id       (OvAction       *self);
void            ov_action_set_case_id       (OvAction       *self,
                                             gint64          case_id);
gint64          ov_action_get_review_id     (OvAction       *self);
void            ov_action_set_review_id     (OvAction       *self,
                                             gint64          review_id);
const char     *ov_action_get_description   (OvAction       *self);
void            ov_action_set_description   (OvAction       *self,
                                             const char     *description);
gint64          ov_action_get_owner_id      (OvAction       *self);
void            ov_action_set_owner_id      (OvAction       *self,
                                             gint64          owner_id);
const char     *ov_action_get_due_on        (OvAction       *self);
void            ov_action_set_due_on        (OvAction       *self,
                                             const char     *due_on);
OvActionStatus  ov_action_get_status        (OvAction       *self);
void            ov_action_set_status        (OvAction       *self,
                                             OvActionStatus  status);
const char     *ov_action_get_cancel_reason (OvAction       *self);
void            ov_action_set_cancel_reason (OvAction       *self,
                                             const char     *cancel_reason);
const char     *ov_action_get_completed_on  (OvAction       *self);
void            ov_action_set_completed_on  (OvAction       *self,
                                             const char     *completed_on);
const char     *ov_action_get_owner_name    (OvAction       *self);
void            ov_action_set_owner_name    (OvAction       *self,
                                             const char     *owner_name);

gboolean        ov_action_is_overdue        (OvAction       *self,
                                             const char     *today);

G_END_DECLS
