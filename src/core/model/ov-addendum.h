/* ov-addendum.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ov-enums.h"
#include "ov-record.h"

G_BEGIN_DECLS

#define OV_TYPE_ADDENDUM (ov_addendum_get_type ())

G_DECLARE_FINAL_TYPE (OvAddendum, ov_addendum, OV, ADDENDUM, OvRecord)

OvAddendum *ov_addendum_new             (void);
gint64      ov_addendum_get_review_id   (OvAddendum *self);
void        ov_addendum_set_review_id   (OvAddendum *self,
                                         gint64      review_id);
gint64      ov_addendum_get_author_id   (OvAddendum *self);
void        ov_addendum_set_author_id   (OvAddendum *self,
                                         gint64      author_id);
const char *ov_addendum_get_added_at    (OvAddendum *self);
void        ov_addendum_set_added_at    (OvAddendum *self,
                                         const char *added_at);
const char *ov_addendum_get_text        (OvAddendum *self);
void        ov_addendum_set_text        (OvAddendum *self,
                                         const char *text);
const char *ov_addendum_get_author_name (OvAddendum *self);
void        ov_addendum_set_author_name (OvAddendum *self,
                                         const char *author_name);

G_END_DECLS
