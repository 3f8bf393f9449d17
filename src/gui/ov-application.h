/* ov-application.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_APPLICATION (ov_application_get_type ())

G_DECLARE_FINAL_TYPE (OvApplication, ov_application, OV, APPLICATION, GtkApplication)

OvApplication *ov_application_new       (void);
OvStore       *ov_application_get_store (OvApplication *self);

G_END_DECLS
