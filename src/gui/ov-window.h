/* ov-window.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_WINDOW (ov_window_get_type ())

G_DECLARE_FINAL_TYPE (OvWindow, ov_window, OV, WINDOW, GtkApplicationWindow)

OvWindow *ov_window_new          (GtkApplication *application,
                                  OvStore        *store);
OvStore  *ov_window_get_store    (OvWindow       *self);
void      ov_window_show_case    (OvWindow       *self,
                                  gint64          case_id,
                                  const char     *section);
gboolean  ov_window_show_subject (OvWindow       *self,
                                  const char     *kind,
                                  gint64          id);

G_END_DECLS
