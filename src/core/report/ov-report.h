/* ov-report.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports: everything a caller needs, in one include.
 */

#pragma once

#include "ov-report-command-line.h"
#include "ov-report-document.h"
#include "ov-report-export.h"
#include "ov-report-layout.h"
#include "ov-reports.h"
