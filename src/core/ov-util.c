/* ov-util.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-util"

#include "config.h"

#include <string.h>

#include "ov-util.h"

/**
 * ov_set_str:
 * @str_pointer: a pointer to an owned string
 * @new_str: (nullable): the new value
 *
 * Replaces the string at @str_pointer with a copy of @new_str.
 * GLib 2.74 has no g_set_str(), so this is ours.
 *
 * Returns: %TRUE if the value changed
 */
gboolean
ov_set_str (char       **str_pointer,
            const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

gboolean
ov_str_empty (const char *str)
{
  if (str == NULL)
    return TRUE;
  while (*str != '\0')
    {
      if (!g_ascii_isspace (*str))
        return FALSE;
      str++;
    }
  return TRUE;
}

/**
 * ov_timestamp_utc:
 * @when: a date and time
 *
 * Returns: (transfer full): @when as UTC ISO-8601 text with seconds, e.g.
 *   `2026-11-27T09:30:00Z`, the form every stored time takes.
 */
char *
ov_timestamp_utc (GDateTime *when)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (when);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
ov_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return ov_timestamp_utc (now);
}

/* Calendar dates are YYYY-MM-DD and must exist (no 2026-02-30). */
gboolean
ov_date_is_valid (const char *date)
{
  int year, month, day;

  if (date == NULL || strlen (date) != 10)
    return FALSE;
  for (int i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        {
          if (date[i] != '-')
            return FALSE;
        }
      else if (!g_ascii_isdigit (date[i]))
        return FALSE;
    }

  year = atoi (date);
  month = atoi (date + 5);
  day = atoi (date + 8);

  return year >= 1900 && year <= 2999 &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
ov_timestamp_is_valid (const char *timestamp)
{
  g_autoptr(GDateTime) parsed = NULL;

  if (timestamp == NULL)
    return FALSE;
  parsed = g_date_time_new_from_iso8601 (timestamp, NULL);
  return parsed != NULL;
}

char *
ov_today_local (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* The local time zone, looked up once: GLib would otherwise read /etc/localtime at each
 * conversion, which the compliance check does hundreds of thousands of times. */
static GTimeZone *
local_zone (void)
{
  static gsize initialised;
  static GTimeZone *zone;

  if (g_once_init_enter (&initialised))
    {
      zone = g_time_zone_new_local ();
      g_once_init_leave (&initialised, 1);
    }
  return zone;
}

/**
 * ov_format_date:
 * @date: (nullable): a YYYY-MM-DD date
 *
 * Returns: (transfer full): the date as people in England write it
 *   ("27 Nov 2026"), or an empty string.
 */
char *
ov_format_date (const char *date)
{
  g_autoptr(GDateTime) dt = NULL;
  int year, month, day;

  if (!ov_date_is_valid (date))
    return g_strdup ("");

  year = atoi (date);
  month = atoi (date + 5);
  day = atoi (date + 8);
  dt = g_date_time_new (local_zone (), year, month, day, 0, 0, 0);
  return g_date_time_format (dt, "%-d %b %Y");
}

/**
 * ov_format_timestamp:
 * @timestamp: (nullable): a stored UTC timestamp
 *
 * Returns: (transfer full): the time in local time, e.g. "27 Nov 2026 09:30".
 */
char *
ov_format_timestamp (const char *timestamp)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL)
    return g_strdup ("");
  parsed = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (parsed == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (parsed);
  return g_date_time_format (local, "%-d %b %Y %H:%M");
}

/**
 * ov_date_add_days:
 * @date: a YYYY-MM-DD date
 * @days: calendar days to add (may be negative)
 *
 * Returns: (transfer full) (nullable): the date @days later, or %NULL if @date is not a date
 */
char *
ov_date_add_days (const char *date,
                  int         days)
{
  g_autoptr(GDate) d = NULL;
  char buffer[16];

  if (!ov_date_is_valid (date))
    return NULL;

  d = g_date_new_dmy ((GDateDay) atoi (date + 8), (GDateMonth) atoi (date + 5),
                      (GDateYear) atoi (date));
  if (days >= 0)
    g_date_add_days (d, (guint) days);
  else
    g_date_subtract_days (d, (guint) -days);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", d);
  return g_strdup (buffer);
}

/**
 * ov_date_of_timestamp:
 * @timestamp: a stored UTC time
 *
 * Returns: (transfer full) (nullable): the local calendar date of @timestamp
 */
char *
ov_date_of_timestamp (const char *timestamp)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (timestamp == NULL)
    return NULL;
  parsed = g_date_time_new_from_iso8601 (timestamp, NULL);
  if (parsed == NULL)
    return NULL;
  local = g_date_time_to_timezone (parsed, local_zone ());
  return g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (local),
                          g_date_time_get_month (local), g_date_time_get_day_of_month (local));
}
