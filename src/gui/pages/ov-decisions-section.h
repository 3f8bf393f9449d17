/* ov-decisions-section.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_DECISIONS_SECTION (ov_decisions_section_get_type ())

G_DECLARE_FINAL_TYPE (OvDecisionsSection, ov_decisions_section, OV, DECISIONS_SECTION, GtkWidget)

void ov_decisions_section_set_store    (OvDecisionsSection *self,
                                        OvStore            *store);
void ov_decisions_section_set_case     (OvDecisionsSection *self,
                                        OvCase             *the_case);
void ov_decisions_section_new_decision (OvDecisionsSection *self);

G_END_DECLS
