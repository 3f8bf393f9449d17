/* ov-partner-picker.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_PARTNER_PICKER (ov_partner_picker_get_type ())

G_DECLARE_FINAL_TYPE (OvPartnerPicker, ov_partner_picker, OV, PARTNER_PICKER, GtkWidget)

OvPartnerPicker *ov_partner_picker_new            (void);
OvStore         *ov_partner_picker_get_store      (OvPartnerPicker *self);
void             ov_partner_picker_set_store      (OvPartnerPicker *self,
                                                   OvStore         *store);
gint64           ov_partner_picker_get_partner_id (OvPartnerPicker *self);
void             ov_partner_picker_set_partner_id (OvPartnerPicker *self,
                                                   gint64           partner_id);
const char      *ov_partner_picker_get_other_name (OvPartnerPicker *self);
void             ov_partner_picker_set_other_name (OvPartnerPicker *self,
                                                   const char      *other_name);
gboolean         ov_partner_picker_select_name    (OvPartnerPicker *self,
                                                   const char      *name);
void             ov_partner_picker_choose_other   (OvPartnerPicker *self);

G_END_DECLS
