/* ov-strategy-section.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_STRATEGY_SECTION (ov_strategy_section_get_type ())

G_DECLARE_FINAL_TYPE (OvStrategySection, ov_strategy_section, OV, STRATEGY_SECTION, GtkWidget)

void      ov_strategy_section_set_store    (OvStrategySection *self,
                                            OvStore           *store);
void      ov_strategy_section_set_case     (OvStrategySection *self,
                                            OvCase            *the_case);
gboolean  ov_strategy_section_get_modified (OvStrategySection *self);
gboolean  ov_strategy_section_save         (OvStrategySection *self);
void      ov_strategy_section_discard      (OvStrategySection *self);
void      ov_strategy_section_agree        (OvStrategySection *self);

G_END_DECLS
