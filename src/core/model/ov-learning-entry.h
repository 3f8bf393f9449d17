/* ov-learning-entry.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_LEARNING_ENTRY (ov_learning_entry_get_type ())

G_DECLARE_FINAL_TYPE (OvLearningEntry, ov_learning_entry, OV, LEARNING_ENTRY, OvRecord)

OvLearningEntry   *ov_learning_entry_new                   (void);
OvLearningKind     ov_learning_entry_get_kind              (OvLearningEntry   *self);
void               ov_learning_entry_set_kind              (OvLearningEntry   *self,
                                                            OvLearningKind     kind);
const char        *ov_learning_entry_get_recorded_on       (OvLearningEntry   *self);
void               ov_learning_entry_set_recorded_on       (OvLearningEntry   *self,
                                                            const char        *recorded_on);
gint64             ov_learning_entry_get_case_id           (OvLearningEntry   *self);
void               ov_learning_entry_set_case_id           (OvLearningEntry   *self,
                                                            gint64             case_id);
gint64             ov_learning_entry_get_review_id         (OvLearningEntry   *self);
void               ov_learning_entry_set_review_id         (OvLearningEntry   *self,
                                                            gint64             review_id);
const char        *ov_learning_entry_get_description       (OvLearningEntry   *self);
void               ov_learning_entry_set_description       (OvLearningEntry   *self,
                                                            const char        *description);
const char        *ov_learning_entry_get_actions           (OvLearningEntry   *self);
void               ov_learning_entry_set_actions           (OvLearningEntry   *self,
                                                            const char        *actions);
const char        *ov_learning_entry_get_actions_closed_on (OvLearningEntry   *self);
void               ov_learning_entry_set_actions_closed_on (OvLearningEntry   *self,
                                                            const char        *actions_closed_on);
OvLearningAudience ov_learning_entry_get_shared_with       (OvLearningEntry   *self);
void               ov_learning_entry_set_shared_with       (OvLearningEntry   *self,
                                                            OvLearningAudience shared_with);
const char        *ov_learning_entry_get_shared_on         (OvLearningEntry   *self);
void               ov_learning_entry_set_shared_on         (OvLearningEntry   *self,
                                                            const char        *shared_on);

G_END_DECLS
