/* ov-case-list.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ov-types.h"

G_BEGIN_DECLS

typedef enum
{
  OV_CASE_SORT_REFERENCE,
  OV_CASE_SORT_OPERATION,
  OV_CASE_SORT_STATUS,
  OV_CASE_SORT_OFFICER,
  OV_CASE_SORT_OPENED,
  OV_CASE_SORT_EXPLOITATION,
} OvCaseSort;

#define OV_TYPE_CASE_LIST (ov_case_list_get_type ())

G_DECLARE_FINAL_TYPE (OvCaseList, ov_case_list, OV, CASE_LIST, GObject)

OvCaseList *ov_case_list_new             (OvStore    *store);
OvStore    *ov_case_list_get_store       (OvCaseList *self);
const char *ov_case_list_get_search      (OvCaseList *self);
void        ov_case_list_set_search      (OvCaseList *self,
                                          const char *search);
OvCaseSort  ov_case_list_get_sort        (OvCaseList *self);
gboolean    ov_case_list_get_descending  (OvCaseList *self);
void        ov_case_list_set_sort        (OvCaseList *self,
                                          OvCaseSort  sort,
                                          gboolean    descending);
void        ov_case_list_refresh         (OvCaseList *self);
char       *ov_case_list_build_match     (const char *search);
guint       ov_case_list_get_n_loaded    (OvCaseList *self);

G_END_DECLS
