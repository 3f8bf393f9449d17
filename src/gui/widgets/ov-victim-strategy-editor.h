/* ov-victim-strategy-editor.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"
#include "ov-victim-strategy.h"

G_BEGIN_DECLS

#define OV_TYPE_VICTIM_STRATEGY_EDITOR (ov_victim_strategy_editor_get_type ())

G_DECLARE_FINAL_TYPE (OvVictimStrategyEditor, ov_victim_strategy_editor, OV,
                      VICTIM_STRATEGY_EDITOR, GtkWidget)

void              ov_victim_strategy_editor_set_store    (OvVictimStrategyEditor *self,
                                                          OvStore                *store);
void              ov_victim_strategy_editor_set_person   (OvVictimStrategyEditor *self,
                                                          OvPerson               *person);
OvVictimStrategy *ov_victim_strategy_editor_get_strategy (OvVictimStrategyEditor *self);
gboolean          ov_victim_strategy_editor_get_modified (OvVictimStrategyEditor *self);
gboolean          ov_victim_strategy_editor_save         (OvVictimStrategyEditor *self);

G_END_DECLS
