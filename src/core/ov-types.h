/* ov-types.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Forward declarations, so headers need not include each other.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OvRecord     OvRecord;
typedef struct _OvStaff      OvStaff;
typedef struct _OvCase       OvCase;
typedef struct _OvAllocation OvAllocation;
typedef struct _OvStore      OvStore;
typedef struct _OvCaseList   OvCaseList;

G_END_DECLS
