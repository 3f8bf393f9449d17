/* ov-training-record.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_TRAINING_RECORD (ov_training_record_get_type ())

G_DECLARE_FINAL_TYPE (OvTrainingRecord, ov_training_record, OV, TRAINING_RECORD, OvRecord)

OvTrainingRecord *ov_training_record_new              (void);
gint64            ov_training_record_get_staff_id     (OvTrainingRecord *self);
void              ov_training_record_set_staff_id     (OvTrainingRecord *self,
                                                       gint64            staff_id);
OvTrainingCourse  ov_training_record_get_course       (OvTrainingRecord *self);
void              ov_training_record_set_course       (OvTrainingRecord *self,
                                                       OvTrainingCourse  course);
const char       *ov_training_record_get_course_name  (OvTrainingRecord *self);
void              ov_training_record_set_course_name  (OvTrainingRecord *self,
                                                       const char       *course_name);
const char       *ov_training_record_get_completed_on (OvTrainingRecord *self);
void              ov_training_record_set_completed_on (OvTrainingRecord *self,
                                                       const char       *completed_on);
const char       *ov_training_record_get_expires_on   (OvTrainingRecord *self);
void              ov_training_record_set_expires_on   (OvTrainingRecord *self,
                                                       const char       *expires_on);
const char       *ov_training_record_get_provider     (OvTrainingRecord *self);
void              ov_training_record_set_provider     (OvTrainingRecord *self,
                                                       const char       *provider);
const char       *ov_training_record_get_notes        (OvTrainingRecord *self);
void              ov_training_record_set_notes        (OvTrainingRecord *self,
                                                       const char       *notes);

G_END_DECLS
