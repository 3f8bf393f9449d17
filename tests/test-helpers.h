/* test-helpers.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared set-up for the tests of core: real databases in temporary files.
 */

#pragma once

#include <sqlite3.h>

#include "ov-case.h"
#include "ov-staff.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define TEST_ACCOUNT "test-supervisor"

char       *test_db_path          (void);
char       *test_file_path        (const char *name);
const char *test_wal_path         (const char *path);
OvStore    *test_store_new        (void);
sqlite3    *test_store_db         (OvStore    *store);
gint64      test_sql_int          (sqlite3    *db,
                                   const char *sql);
const char *test_sql_text         (sqlite3    *db,
                                   const char *sql);
char       *test_file_checksum    (const char *path);
char       *test_dump             (sqlite3    *db);
OvStaff    *test_add_staff        (OvStore    *store,
                                   const char *name,
                                   OvPipLevel  level,
                                   OvAccreditationStatus status);
OvStaff    *test_add_supervisor   (OvStore    *store);
OvCase     *test_add_case         (OvStore    *store,
                                   const char *reference);
void        test_close_case       (OvStore    *store,
                                   OvCase     *the_case,
                                   const char *closed_on);

G_END_DECLS
