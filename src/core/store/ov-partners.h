/* ov-partners.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The partner register and victim reception centre plans on the store. A partner is
 * saved with its contacts and a plan with its agencies, each in one transaction; a
 * partner still named by a referral, victim support or a plan cannot be deleted.
 */

#pragma once

#include "ov-partner-contact.h"
#include "ov-partner.h"
#include "ov-reception-plan-agency.h"
#include "ov-reception-plan.h"
#include "ov-store.h"

G_BEGIN_DECLS

/* Partners */
GPtrArray       *ov_store_list_partners           (OvStore          *self,
                                                   const char       *search,
                                                   GError          **error);
OvPartner       *ov_store_find_partner            (OvStore          *self,
                                                   const char       *name,
                                                   GError          **error);
GPtrArray       *ov_store_list_partner_contacts   (OvStore          *self,
                                                   gint64            partner_id,
                                                   GError          **error);
gboolean         ov_store_save_partner            (OvStore          *self,
                                                   OvPartner        *partner,
                                                   GPtrArray        *contacts,
                                                   GError          **error);
guint            ov_store_count_partner_uses      (OvStore          *self,
                                                   gint64            partner_id,
                                                   GError          **error);
gboolean         ov_store_delete_partner          (OvStore          *self,
                                                   OvPartner        *partner,
                                                   GError          **error);

/* Victim reception centre plans */
GPtrArray       *ov_store_list_reception_plans    (OvStore          *self,
                                                   const char       *search,
                                                   GError          **error);
OvReceptionPlan *ov_store_find_reception_plan     (OvStore          *self,
                                                   const char       *id_or_name,
                                                   GError          **error);
GPtrArray       *ov_store_list_plan_agencies      (OvStore          *self,
                                                   gint64            plan_id,
                                                   GError          **error);
gboolean         ov_store_save_reception_plan     (OvStore          *self,
                                                   OvReceptionPlan  *plan,
                                                   GPtrArray        *agencies,
                                                   GError          **error);
gboolean         ov_store_delete_reception_plan   (OvStore          *self,
                                                   OvReceptionPlan  *plan,
                                                   GError          **error);

G_END_DECLS
