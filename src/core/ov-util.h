/* ov-util.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  ov_set_str            (char       **str_pointer,
                                 const char  *new_str);
char     *ov_now_utc            (void);
char     *ov_timestamp_utc      (GDateTime   *when);
gboolean  ov_date_is_valid      (const char  *date);
gboolean  ov_timestamp_is_valid (const char  *timestamp);
char     *ov_today_local        (void);
char     *ov_format_date        (const char  *date);
char     *ov_format_timestamp   (const char  *timestamp);
gboolean  ov_str_empty          (const char  *str);
char     *ov_date_add_days      (const char  *date,
                                 int          days);
char     *ov_date_of_timestamp  (const char  *timestamp);

G_END_DECLS
