/* ov-calendar.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar dates as day numbers, and working days: not Saturdays, Sundays or bank
 * holidays in England and Wales (shipped as data, 2020 to 2030).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Days since 1 January of year 1 (GDate's Julian day); 0 means "no date". */
typedef guint32 OvDay;

/* Room for a day written as YYYY-MM-DD, with its terminating nul. */
#define OV_DAY_DATE_SIZE 11

OvDay     ov_day_from_date              (const char *date);
char     *ov_day_to_date                (OvDay       day);
OvDay     ov_day_of_timestamp           (const char *timestamp);
gboolean  ov_day_format_date            (OvDay       day,
                                         char        buffer[OV_DAY_DATE_SIZE]);
gboolean  ov_calendar_is_working_day    (OvDay       day);
OvDay     ov_calendar_add_working_days  (OvDay       day,
                                         int         working_days);
char     *ov_calendar_add_working_days_to_date (const char *date,
                                         int         working_days);

G_END_DECLS
