/* ov-command-line.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line, handled before any window opens, so it works with no display.
 * Exit status for every action: 0 done, 1 done but something needs attention,
 * 2 refused or failed (with a one-line reason on standard error).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OV_EXIT_OK        0
#define OV_EXIT_ATTENTION 1
#define OV_EXIT_FAILED    2

void ov_command_line_add_options (GApplication  *application);
int  ov_command_line_handle      (GVariantDict  *options,
                                  char         **database_path);

G_END_DECLS
