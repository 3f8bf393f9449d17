/* ov-partners-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-partner.h"
#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_PARTNERS_PAGE (ov_partners_page_get_type ())

G_DECLARE_FINAL_TYPE (OvPartnersPage, ov_partners_page, OV, PARTNERS_PAGE, GtkWidget)

OvStore    *ov_partners_page_get_store            (OvPartnersPage      *self);
void        ov_partners_page_set_store            (OvPartnersPage      *self,
                                                   OvStore             *store);
OvPartner  *ov_partners_page_get_partner          (OvPartnersPage      *self);
GListModel *ov_partners_page_get_contacts         (OvPartnersPage      *self);
gboolean    ov_partners_page_get_modified         (OvPartnersPage      *self);
gboolean    ov_partners_page_save                 (OvPartnersPage      *self);
void        ov_partners_page_focus_search         (OvPartnersPage      *self);

G_END_DECLS
