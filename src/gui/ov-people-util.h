/* ov-people-util.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words the people section and its dialogs use for a person's age, roles, risk and
 * victim strategy, so that the list, the detail pane and the dialogs say the same thing.
 */

#pragma once

#include <gtk/gtk.h>

#include "ov-person.h"
#include "ov-store.h"

G_BEGIN_DECLS

char       *ov_person_describe_age      (OvPerson    *person,
                                         const char  *today);
char       *ov_person_describe_roles    (OvPerson    *person);
char       *ov_person_describe_lead     (OvPerson    *person);
const char *ov_person_describe_strategy (OvPerson    *person);
char       *ov_person_describe_risk     (OvPerson    *person);
char       *ov_person_describe_nrm      (OvPerson    *person);

GListStore *ov_support_staff_new        (OvStore     *store,
                                         gboolean     anyone,
                                         GError     **error);

G_END_DECLS
