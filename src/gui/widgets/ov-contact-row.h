/* ov-contact-row.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-partner-contact.h"

G_BEGIN_DECLS

#define OV_TYPE_CONTACT_ROW (ov_contact_row_get_type ())

G_DECLARE_FINAL_TYPE (OvContactRow, ov_contact_row, OV, CONTACT_ROW, GtkWidget)

OvContactRow     *ov_contact_row_new         (OvPartnerContact *contact);
OvPartnerContact *ov_contact_row_get_contact (OvContactRow     *self);

G_END_DECLS
