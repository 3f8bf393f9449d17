/* ov-calendar.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ov-calendar"

#include "config.h"

#include <gio/gio.h>
#include <stdlib.h>
#include <string.h>

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

/* The day numbers of dates between 1900 and 2999 (the dates ov_date_is_valid accepts) are
 * worked out here without GDate: the compliance check converts hundreds of thousands. */
#define FIRST_YEAR 1900
#define LAST_YEAR 2999

static gboolean
is_leap_year (guint year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static guint
days_in_month (guint year,
               guint month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return month == 2 && is_leap_year (year) ? 29 : days[month - 1];
}

/* GDate's Julian day of 1 January of @year: 1 January of year 1 is day 1. */
static OvDay
first_day_of_year (guint year)
{
  guint before = year - 1;

  return before * 365 + before / 4 - before / 100 + before / 400 + 1;
}

static OvDay
day_from_dmy (guint year,
              guint month,
              guint day)
{
  static const guint16 before_month[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  OvDay result = first_day_of_year (year) + before_month[month - 1] + day - 1;

  if (month > 2 && is_leap_year (year))
    result++;
  return result;
}

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (text[i] < '0' || text[i] > '9')
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

/**
 * ov_day_from_date:
 * @date: (nullable): a YYYY-MM-DD date
 *
 * Returns: the day number, or 0 if @date is not a date (see ov_date_is_valid())
 */
OvDay
ov_day_from_date (const char *date)
{
  guint year, month, day;

  if (date == NULL ||
      !parse_digits (date, 4, &year) || date[4] != '-' ||
      !parse_digits (date + 5, 2, &month) || date[7] != '-' ||
      !parse_digits (date + 8, 2, &day) || date[10] != '\0')
    return 0;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 ||
      day > days_in_month (year, month))
    return 0;
  return day_from_dmy (year, month, day);
}

/**
 * ov_day_format_date:
 * @day: a day number
 * @buffer: where to write the day as YYYY-MM-DD, with room for %OV_DAY_DATE_SIZE bytes
 *
 * Like ov_day_to_date(), without allocating.
 *
 * Returns: %FALSE, with @buffer empty, if @day is not a day
 */
gboolean
ov_day_format_date (OvDay day,
                    char  buffer[OV_DAY_DATE_SIZE])
{
  guint year, month, rest;

  buffer[0] = '\0';
  if (day == 0 || !g_date_valid_julian (day))
    return FALSE;
  if (day < first_day_of_year (FIRST_YEAR) || day >= first_day_of_year (LAST_YEAR + 1))
    {
      g_autofree char *date = ov_day_to_date (day);

      g_strlcpy (buffer, date, OV_DAY_DATE_SIZE);
      return TRUE;
    }

  /* Years are at least 365 days, so the estimate is never early. */
  year = FIRST_YEAR + (day - first_day_of_year (FIRST_YEAR)) / 366;
  while (first_day_of_year (year + 1) <= day)
    year++;
  rest = day - first_day_of_year (year);
  for (month = 1; rest >= days_in_month (year, month); month++)
    rest -= days_in_month (year, month);

  buffer[0] = (char) ('0' + year / 1000);
  buffer[1] = (char) ('0' + year / 100 % 10);
  buffer[2] = (char) ('0' + year / 10 % 10);
  buffer[3] = (char) ('0' + year % 10);
  buffer[4] = '-';
  buffer[5] = (char) ('0' + month / 10);
  buffer[6] = (char) ('0' + month % 10);
  buffer[7] = '-';
  buffer[8] = (char) ('0' + (rest + 1) / 10);
  buffer[9] = (char) ('0' + (rest + 1) % 10);
  buffer[10] = '\0';
  return TRUE;
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
  if (day >= first_day_of_year (FIRST_YEAR) && day < first_day_of_year (LAST_YEAR + 1))
    {
      char buffer[OV_DAY_DATE_SIZE];

      ov_day_format_date (day, buffer);
      return g_strdup (buffer);
    }
  g_date_clear (&d, 1);
  g_date_set_julian (&d, day);
  /* Not g_date_strftime (): it converts through the locale's character set each time. */
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&d), g_date_get_month (&d),
                          g_date_get_day (&d));
}

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
 * ov_day_of_timestamp:
 * @timestamp: (nullable): a stored UTC time
 *
 * The local calendar day of @timestamp: the day of ov_date_of_timestamp(), worked out
 * without parsing into a GDateTime for timestamps as the store writes them
 * (YYYY-MM-DDTHH:MM:SSZ).
 *
 * Returns: the day number, or 0 if @timestamp is not a time
 */
OvDay
ov_day_of_timestamp (const char *timestamp)
{
  g_autofree char *date = NULL;
  guint hour, minute, second;

  if (timestamp != NULL && strlen (timestamp) == 20 && timestamp[10] == 'T' &&
      timestamp[13] == ':' && timestamp[16] == ':' && timestamp[19] == 'Z' &&
      parse_digits (timestamp + 11, 2, &hour) && parse_digits (timestamp + 14, 2, &minute) &&
      parse_digits (timestamp + 17, 2, &second) && hour < 24 && minute < 60 && second < 60)
    {
      char utc_date[OV_DAY_DATE_SIZE];
      OvDay utc_day, epoch = day_from_dmy (1970, 1, 1);

      memcpy (utc_date, timestamp, 10);
      utc_date[10] = '\0';
      utc_day = ov_day_from_date (utc_date);
      if (utc_day != 0)
        {
          gint64 seconds = (gint64) utc_day - epoch;
          int interval;

          seconds = seconds * 86400 + hour * 3600 + minute * 60 + second;
          interval = g_time_zone_find_interval (local_zone (), G_TIME_TYPE_UNIVERSAL, seconds);
          if (interval >= 0)
            {
              gint64 local = seconds + g_time_zone_get_offset (local_zone (), interval);
              gint64 days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
              OvDay day = (OvDay) (epoch + days);

              /* Inside the years the fast path knows, else as below. */
              if (day >= first_day_of_year (FIRST_YEAR) && day < first_day_of_year (LAST_YEAR + 1))
                return day;
            }
        }
    }

  date = ov_date_of_timestamp (timestamp);
  return ov_day_from_date (date);
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
