/* ov-person-detail.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_PERSON_DETAIL (ov_person_detail_get_type ())

G_DECLARE_FINAL_TYPE (OvPersonDetail, ov_person_detail, OV, PERSON_DETAIL, GtkWidget)

OvStore  *ov_person_detail_get_store  (OvPersonDetail *self);
void      ov_person_detail_set_store  (OvPersonDetail *self,
                                       OvStore        *store);
OvPerson *ov_person_detail_get_person (OvPersonDetail *self);
void      ov_person_detail_set_person (OvPersonDetail *self,
                                       OvPerson       *person);
gboolean  ov_person_detail_get_modified (OvPersonDetail *self);
gboolean  ov_person_detail_save       (OvPersonDetail *self);

G_END_DECLS
