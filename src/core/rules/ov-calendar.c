/* ov-calendar.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-calendar"

#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>

#include "ov-calendar.h"
#include "ov-store-resources.h"
#include "ov-util.h"

#define BANK_HOLIDAYS_RESOURCE RESOURCE_BASE "/calendar/bank-holidays-england-and-wales.txt"

static GHashTable *
load_bank_holidays (void)
{
  GHashTable *days = g_hash_table_new (NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;

  bytes = g_resource_lookup_data (ov_store_get_resource (), BANK_HOLIDAYS_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      OvDay day;

      if (*line == '\0' || *line == '#')
        continue;
      day = ov_day_from_date (line);
      g_assert (day != 0);
      g_hash_table_add (days, GUINT_TO_POINTER (day));
    }
  return days;
}

static GHashTable *
bank_holidays (void)
{
  static gsize initialised;
  static GHashTable *days;

  if (g_once_init_enter (&initialised))
    {
      days = load_bank_holidays ();
      g_once_init_leave (&initialised, 1);
    }
  return days;
}

/**
 * ov_day_from_date:
 * @date: (nullable): a YYYY-MM-DD date
 *
 * Returns: the day number, or 0 if @date is not a date
 */
OvDay
ov_day_from_date (const char *date)
{
  GDate d;

  if (!ov_date_is_valid (date))
    return 0;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) atoi (date + 8), (GDateMonth) atoi (date + 5),
                  (GDateYear) atoi (date));
  return g_date_get_julian (&d);
}

/**
 * ov_day_to_date:
 *
 * Returns: (transfer full) (nullable): the day as YYYY-MM-DD
 */
char *
ov_day_to_date (OvDay day)
{
  GDate d;

  if (day == 0 || !g_date_valid_julian (day))
    return NULL;
  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  /* Not g_date_strftime (): it converts through the locale's character set each time. */
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&d), g_date_get_month (&d),
                          g_date_get_day (&d));
}

gboolean
ov_calendar_is_working_day (OvDay day)
{
  /* Julian day 1 (1 January of year 1) was a Monday. */
  guint weekday = (day - 1) % 7; /* 0 Monday ... 6 Sunday */

  if (weekday >= 5)
    return FALSE;
  return !g_hash_table_contains (bank_holidays (), GUINT_TO_POINTER (day));
}

/**
 * ov_calendar_add_working_days:
 * @day: the day something happened
 * @working_days: how many working days later
 *
 * "Within 2 working days" of a Friday before a bank holiday Monday ends on Wednesday.
 * Zero working days is @day itself.
 *
 * Returns: the day @working_days working days after @day, or 0 for no day
 */
OvDay
ov_calendar_add_working_days (OvDay day,
                              int   working_days)
{
  if (day == 0)
    return 0;
  while (working_days > 0)
    {
      day++;
      if (ov_calendar_is_working_day (day))
        working_days--;
    }
  return day;
}

char *
ov_calendar_add_working_days_to_date (const char *date,
                                      int         working_days)
{
  return ov_day_to_date (ov_calendar_add_working_days (ov_day_from_date (date), working_days));
}
