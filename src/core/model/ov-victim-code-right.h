/* ov-victim-code-right.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_VICTIM_CODE_RIGHT (ov_victim_code_right_get_type ())

G_DECLARE_FINAL_TYPE (OvVictimCodeRight, ov_victim_code_right, OV, VICTIM_CODE_RIGHT, OvRecord)

OvVictimCodeRight *ov_victim_code_right_new                    (void);
gint64             ov_victim_code_right_get_victim_strategy_id (OvVictimCodeRight *self);
void               ov_victim_code_right_set_victim_strategy_id (OvVictimCodeRight *self,
                                                                gint64             victim_strategy_id);
gint64             ov_victim_code_right_get_person_id          (OvVictimCodeRight *self);
void               ov_victim_code_right_set_person_id          (OvVictimCodeRight *self,
                                                                gint64             person_id);
OvVictimRight      ov_victim_code_right_get_code_right         (OvVictimCodeRight *self);
void               ov_victim_code_right_set_code_right         (OvVictimCodeRight *self,
                                                                OvVictimRight      code_right);
OvRightStatus      ov_victim_code_right_get_status             (OvVictimCodeRight *self);
void               ov_victim_code_right_set_status             (OvVictimCodeRight *self,
                                                                OvRightStatus      status);
const char        *ov_victim_code_right_get_met_on             (OvVictimCodeRight *self);
void               ov_victim_code_right_set_met_on             (OvVictimCodeRight *self,
                                                                const char        *met_on);
const char        *ov_victim_code_right_get_evidence           (OvVictimCodeRight *self);
void               ov_victim_code_right_set_evidence           (OvVictimCodeRight *self,
                                                                const char        *evidence);
const char        *ov_victim_code_right_get_reason             (OvVictimCodeRight *self);
void               ov_victim_code_right_set_reason             (OvVictimCodeRight *self,
                                                                const char        *reason);

G_END_DECLS
