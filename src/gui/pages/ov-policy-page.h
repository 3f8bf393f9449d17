/* ov-policy-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_POLICY_PAGE (ov_policy_page_get_type ())

G_DECLARE_FINAL_TYPE (OvPolicyPage, ov_policy_page, OV, POLICY_PAGE, GtkWidget)

OvStore  *ov_policy_page_get_store    (OvPolicyPage *self);
void      ov_policy_page_set_store    (OvPolicyPage *self,
                                       OvStore      *store);
gboolean  ov_policy_page_get_modified (OvPolicyPage *self);
gboolean  ov_policy_page_save         (OvPolicyPage *self);

G_END_DECLS
