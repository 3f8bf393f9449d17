/* ov-readiness-page.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Staff readiness: each person's training, accreditation history, welfare support and
 * guidance acknowledgements; a matrix of staff against courses and current guidance; the
 * force's guidance documents and support services.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_READINESS_PAGE (ov_readiness_page_get_type ())

G_DECLARE_FINAL_TYPE (OvReadinessPage, ov_readiness_page, OV, READINESS_PAGE, GtkWidget)

void      ov_readiness_page_set_store     (OvReadinessPage *self,
                                           OvStore         *store);
OvStaff  *ov_readiness_page_get_person    (OvReadinessPage *self);
void      ov_readiness_page_focus_search  (OvReadinessPage *self);

G_END_DECLS
