/* ov-people-section.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

#define OV_TYPE_PEOPLE_SECTION (ov_people_section_get_type ())

G_DECLARE_FINAL_TYPE (OvPeopleSection, ov_people_section, OV, PEOPLE_SECTION, GtkWidget)

OvPeopleSection *ov_people_section_new                 (OvStore         *store,
                                                        gint64           case_id);
OvStore         *ov_people_section_get_store           (OvPeopleSection *self);
void             ov_people_section_set_store           (OvPeopleSection *self,
                                                        OvStore         *store);
gint64           ov_people_section_get_case_id         (OvPeopleSection *self);
void             ov_people_section_set_case_id         (OvPeopleSection *self,
                                                        gint64           case_id);
OvPerson        *ov_people_section_get_selected_person (OvPeopleSection *self);
gboolean         ov_people_section_select_person       (OvPeopleSection *self,
                                                        gint64           person_id);

gboolean         ov_people_section_get_modified        (OvPeopleSection *self);
gboolean         ov_people_section_save                (OvPeopleSection *self);

G_END_DECLS
