/* ov-reviews-section.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-types.h"

G_BEGIN_DECLS

#define OV_TYPE_REVIEWS_SECTION (ov_reviews_section_get_type ())

G_DECLARE_FINAL_TYPE (OvReviewsSection, ov_reviews_section, OV, REVIEWS_SECTION, GtkWidget)

void      ov_reviews_section_set_store    (OvReviewsSection *self,
                                           OvStore          *store);
void      ov_reviews_section_set_case     (OvReviewsSection *self,
                                           OvCase           *the_case);
void      ov_reviews_section_new_review   (OvReviewsSection *self);
gboolean  ov_reviews_section_open_review  (OvReviewsSection *self,
                                           gint64            review_id);
gboolean  ov_reviews_section_get_modified (OvReviewsSection *self);
gboolean  ov_reviews_section_save         (OvReviewsSection *self);
void      ov_reviews_section_discard      (OvReviewsSection *self);

G_END_DECLS
