/* ov-policy-setting-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-policy.h"

G_BEGIN_DECLS

#define OV_TYPE_POLICY_SETTING_ROW (ov_policy_setting_row_get_type ())

G_DECLARE_FINAL_TYPE (OvPolicySettingRow, ov_policy_setting_row, OV, POLICY_SETTING_ROW,
                      GtkListBoxRow)

OvPolicySettingRow    *ov_policy_setting_row_new          (const OvPolicySetting *setting);
const OvPolicySetting *ov_policy_setting_row_get_setting  (OvPolicySettingRow    *self);
int                    ov_policy_setting_row_get_value    (OvPolicySettingRow    *self);
void                   ov_policy_setting_row_set_value    (OvPolicySettingRow    *self,
                                                           int                    value);
void                   ov_policy_setting_row_set_editable (OvPolicySettingRow    *self,
                                                           gboolean               editable);

G_END_DECLS
