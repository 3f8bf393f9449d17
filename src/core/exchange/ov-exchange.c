/* ov-exchange.c
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the writer, the reader and the merge share: the kinds of record a bundle carries,
 * worked out from the model's GParamSpecs and the database's foreign keys, and how each
 * field is written as text.
 */

#define G_LOG_DOMAIN "ov-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ov-action.h"
#include "ov-addendum.h"
#include "ov-allocation.h"
#include "ov-case.h"
#include "ov-decision.h"
#include "ov-enums.h"
#include "ov-escalation.h"
#include "ov-exchange-private.h"
#include "ov-exchange-resources.h"
#include "ov-learning-entry.h"
#include "ov-line-of-enquiry.h"
#include "ov-nrm-referral.h"
#include "ov-partner-contact.h"
#include "ov-partner.h"
#include "ov-person-restricted.h"
#include "ov-person.h"
#include "ov-review-action-check.h"
#include "ov-review-line.h"
#include "ov-review.h"
#include "ov-risk-assessment.h"
#include "ov-safeguarding-referral.h"
#include "ov-staff.h"
#include "ov-strategy.h"
#include "ov-util.h"
#include "ov-victim-code-right.h"
#include "ov-victim-strategy.h"
#include "ov-victim-support.h"

G_DEFINE_QUARK (ov-bundle-error-quark, ov_bundle_error)

static OvExchangeKind *kinds;
static guint n_kinds;
static gboolean kinds_resolved;
G_LOCK_DEFINE_STATIC (kinds);

/* Fields that belong to one database and never travel: the computer account a staff
 * record is linked to. */
static const struct
{
  const char *entity;
  const char *property;
} local_fields[] = {
  { "staff", "os-account" },
};

/* Text fields that hold a list of ids of another kind. */
static const struct
{
  const char *entity;
  const char *property;
  const char *target;
} id_list_fields[] = {
  { "review", "attendee-ids", "staff" },
};

static gboolean
is_local_field (const char *entity,
                const char *property)
{
  for (gsize i = 0; i < G_N_ELEMENTS (local_fields); i++)
    if (strcmp (local_fields[i].entity, entity) == 0 &&
        strcmp (local_fields[i].property, property) == 0)
      return TRUE;
  return FALSE;
}

/* The same properties the store keeps in columns, without the ones every record has (the
 * bundle writes those as attributes) and those that stay on one machine. */
static gboolean
is_exchanged_property (const char *entity,
                       GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_WRITABLE) != 0 &&
         (pspec->flags & G_PARAM_READABLE) != 0 &&
         (pspec->flags & OV_PARAM_DERIVED) == 0 &&
         g_type_is_a (pspec->owner_type, OV_TYPE_RECORD) &&
         pspec->owner_type != OV_TYPE_RECORD &&
         !is_local_field (entity, pspec->name);
}

static void
init_kinds (void)
{
  const struct
  {
    GType       type;
    const char *label;
    gboolean    append_only;
    const char *freeze_property;
    const char *freeze_open;
    const char *uncompared;
    const char *match_by;
  } table[] = {
    { OV_TYPE_STAFF, N_("Staff") },
    /* Partners named by referrals and victim support travel with them, as staff do; both
     * databases may have registered the same agency, and its name is unique. */
    { OV_TYPE_PARTNER, N_("Partners"), FALSE, NULL, NULL, NULL, "name" },
    /* The named people at each partner carried, updated as other records are. */
    { OV_TYPE_PARTNER_CONTACT, N_("Partner contacts") },
    { OV_TYPE_CASE, N_("Cases") },
    { OV_TYPE_ALLOCATION, N_("Allocations") },
    { OV_TYPE_STRATEGY, N_("Investigative strategies"), FALSE, "status", "draft" },
    { OV_TYPE_LINE_OF_ENQUIRY, N_("Lines of enquiry") },
    { OV_TYPE_REVIEW, N_("Reviews"), FALSE, "status", "draft" },
    { OV_TYPE_ACTION, N_("Actions") },
    { OV_TYPE_REVIEW_LINE, N_("Review lines") },
    { OV_TYPE_REVIEW_ACTION_CHECK, N_("Review action checks") },
    { OV_TYPE_ADDENDUM, N_("Review addenda"), TRUE },
    /* Numbers are given in order on each machine: an entry added on both sides keeps its
     * content and takes the next number here. */
    { OV_TYPE_DECISION, N_("Decision log entries"), TRUE, NULL, NULL, "number" },
    { OV_TYPE_PERSON, N_("People") },
    { OV_TYPE_PERSON_RESTRICTED, N_("Restricted details") },
    { OV_TYPE_VICTIM_SUPPORT, N_("Victim support") },
    { OV_TYPE_VICTIM_STRATEGY, N_("Victim strategies") },
    { OV_TYPE_VICTIM_CODE_RIGHT, N_("Victims’ Code rights") },
    { OV_TYPE_RISK_ASSESSMENT, N_("Risk assessments") },
    { OV_TYPE_SAFEGUARDING_REFERRAL, N_("Safeguarding referrals") },
    { OV_TYPE_NRM_REFERRAL, N_("NRM referrals") },
    /* The learning log and escalations to senior leaders name their case, if any: those of
     * the cases carried travel with them. Neither is append-only or frozen in the store. */
    { OV_TYPE_LEARNING_ENTRY, N_("Learning entries") },
    { OV_TYPE_ESCALATION, N_("Escalations") },
  };

  n_kinds = G_N_ELEMENTS (table);
  kinds = g_new0 (OvExchangeKind, n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    {
      OvExchangeKind *kind = &kinds[k];
      GObjectClass *klass = g_type_class_ref (table[k].type);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();
      GParamSpec **pspecs;
      guint n_pspecs;

      kind->type = table[k].type;
      kind->entity = ov_record_class_get_entity_name (OV_RECORD_CLASS (klass));
      kind->label = table[k].label;
      kind->append_only = table[k].append_only;
      kind->freeze_property = table[k].freeze_property;
      kind->freeze_open = table[k].freeze_open;
      kind->uncompared = table[k].uncompared;
      kind->match_by = table[k].match_by;

      pspecs = g_object_class_list_properties (klass, &n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        if (is_exchanged_property (kind->entity, pspecs[i]))
          g_ptr_array_add (fields, pspecs[i]);
      g_free (pspecs);

      kind->n_fields = fields->len;
      kind->fields = (GParamSpec **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
      kind->targets = g_new (int, kind->n_fields);
      kind->id_lists = g_new0 (gboolean, kind->n_fields);
      kind->owner = -1;
      for (guint f = 0; f < kind->n_fields; f++)
        kind->targets[f] = -1;
      /* The class stays referenced: the kinds live as long as the program. */
    }

  /* Lists of ids are known from the model alone; other references from the database. */
  for (guint k = 0; k < n_kinds; k++)
    for (gsize i = 0; i < G_N_ELEMENTS (id_list_fields); i++)
      for (guint f = 0; f < kinds[k].n_fields; f++)
        if (strcmp (id_list_fields[i].entity, kinds[k].entity) == 0 &&
            strcmp (id_list_fields[i].property, kinds[k].fields[f]->name) == 0)
          {
            kinds[k].id_lists[f] = TRUE;
            for (guint t = 0; t < n_kinds; t++)
              if (strcmp (kinds[t].entity, id_list_fields[i].target) == 0)
                kinds[k].targets[f] = (int) t;
          }
}

/**
 * _ov_exchange_get_kinds:
 *
 * Returns: (transfer none): the kinds, in bundle order
 */
const OvExchangeKind *
_ov_exchange_get_kinds (guint *n_kinds_out)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      init_kinds ();
      g_once_init_leave (&initialised, 1);
    }
  *n_kinds_out = n_kinds;
  return kinds;
}

int
_ov_exchange_find_kind (const char *entity)
{
  guint n;
  const OvExchangeKind *all = _ov_exchange_get_kinds (&n);

  for (guint k = 0; k < n; k++)
    if (strcmp (all[k].entity, entity) == 0)
      return (int) k;
  return -1;
}

int
_ov_exchange_kind_of_type (GType type)
{
  guint n;
  const OvExchangeKind *all = _ov_exchange_get_kinds (&n);

  for (guint k = 0; k < n; k++)
    if (all[k].type == type)
      return (int) k;
  return -1;
}

static int
kind_of_table (const char *table)
{
  guint n;
  const OvExchangeKind *all = _ov_exchange_get_kinds (&n);

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (all[k].type);

      if (g_strcmp0 (ov_record_class_get_table_name (OV_RECORD_CLASS (klass)), table) == 0)
        return (int) k;
    }
  return -1;
}

/**
 * _ov_exchange_resolve_kinds:
 *
 * Finds which kind each reference points to, from the database's foreign keys (the same
 * for every database of this version), and which reference ties each kind to its case.
 */
gboolean
_ov_exchange_resolve_kinds (OvStore  *store,
                            GError  **error)
{
  guint n;
  OvExchangeKind *all = (OvExchangeKind *) _ov_exchange_get_kinds (&n);
  sqlite3 *db = _ov_store_get_db (store);
  int case_kind = _ov_exchange_find_kind ("case");

  G_LOCK (kinds);
  if (kinds_resolved)
    {
      G_UNLOCK (kinds);
      return TRUE;
    }

  for (guint k = 0; k < n; k++)
    {
      OvExchangeKind *kind = &all[k];
      g_autoptr(GTypeClass) klass = g_type_class_ref (kind->type);
      g_autofree char *sql = g_strdup_printf ("PRAGMA foreign_key_list (%s)",
                                              ov_record_class_get_table_name (OV_RECORD_CLASS (klass)));
      sqlite3_stmt *stmt = NULL;
      gboolean has_reference = FALSE;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          G_UNLOCK (kinds);
          return _ov_store_set_error (store, sqlite3_errcode (db), error);
        }
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autofree char *property = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          const char *table = (const char *) sqlite3_column_text (stmt, 2);

          g_strdelimit (property, "_", '-');
          for (guint f = 0; f < kind->n_fields; f++)
            if (strcmp (kind->fields[f]->name, property) == 0)
              kind->targets[f] = kind_of_table (table);
        }
      sqlite3_finalize (stmt);

      /* The owner: the reference to the case, else the first to a kind owned by a case. */
      for (guint f = 0; f < kind->n_fields && kind->owner < 0; f++)
        if (kind->targets[f] == case_kind && !kind->id_lists[f])
          kind->owner = (int) f;
      for (guint f = 0; f < kind->n_fields && kind->owner < 0; f++)
        if (kind->targets[f] >= 0 && kind->targets[f] != (int) k && !kind->id_lists[f] &&
            !all[kind->targets[f]].shared)
          kind->owner = (int) f;
      for (guint f = 0; f < kind->n_fields; f++)
        if (kind->targets[f] >= 0 && kind->targets[f] != (int) k)
          has_reference = TRUE;
      kind->shared = !has_reference && (int) k != case_kind;

      /* Else the record belongs to a shared one: a contact to its partner. */
      for (guint f = 0; f < kind->n_fields && kind->owner < 0 && !kind->shared &&
                        (int) k != case_kind; f++)
        if (kind->targets[f] >= 0 && kind->targets[f] != (int) k && !kind->id_lists[f] &&
            all[kind->targets[f]].shared)
          {
            kind->owner = (int) f;
            kind->with_shared = TRUE;
          }
    }

  kinds_resolved = TRUE;
  G_UNLOCK (kinds);
  return TRUE;
}

/* ---- Fields as text ------------------------------------------------------------------ */

/**
 * _ov_exchange_field_to_text:
 *
 * Returns: (transfer full) (nullable): the field as a bundle writes it, or %NULL when the
 *   bundle leaves it out (empty text, no reference)
 */
char *
_ov_exchange_field_to_text (const OvExchangeKind *kind,
                            guint                 field,
                            OvRecord             *record,
                            OvIdToUuid            id_to_uuid,
                            gpointer              data)
{
  GParamSpec *pspec = kind->fields[field];
  GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, vtype);
  g_object_get_property (G_OBJECT (record), pspec->name, &value);

  if (kind->id_lists[field])
    {
      g_auto(GStrv) ids = NULL;
      g_autoptr(GString) out = g_string_new (NULL);
      const char *str = g_value_get_string (&value);

      if (ov_str_empty (str))
        return NULL;
      ids = g_strsplit (str, ",", -1);
      for (guint i = 0; ids[i] != NULL; i++)
        {
          gint64 id = g_ascii_strtoll (g_strstrip (ids[i]), NULL, 10);
          const char *uuid = id > 0 ? id_to_uuid (data, kind->targets[field], id) : NULL;

          if (uuid == NULL)
            continue;
          if (out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, uuid);
        }
      if (out->len == 0)
        return NULL;
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  else if (vtype == G_TYPE_STRING)
    {
      const char *str = g_value_get_string (&value);

      return ov_str_empty (str) ? NULL : g_strdup (str);
    }
  else if (vtype == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (&value) ? "true" : "false");
  else if (vtype == G_TYPE_INT64)
    {
      gint64 number = g_value_get_int64 (&value);

      if (kind->targets[field] >= 0 || (pspec->flags & OV_PARAM_REFERENCE) != 0)
        {
          const char *uuid;

          if (number == 0)
            return NULL;
          uuid = id_to_uuid (data, kind->targets[field], number);
          return uuid != NULL ? g_strdup (uuid) : NULL;
        }
      return g_strdup_printf ("%" G_GINT64_FORMAT, number);
    }
  else if (vtype == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (&value));
  else if (vtype == G_TYPE_UINT)
    return g_strdup_printf ("%u", g_value_get_uint (&value));
  else if (G_TYPE_IS_ENUM (vtype))
    return g_strdup (ov_enum_get_nick (vtype, g_value_get_enum (&value)));
  else if (G_TYPE_IS_FLAGS (vtype))
    {
      char *nicks = ov_flags_to_nicks (vtype, g_value_get_flags (&value));

      g_strdelimit (nicks, ",", ' ');
      return nicks;
    }

  g_critical ("Property %s of type %s cannot be exchanged", pspec->name, g_type_name (vtype));
  return NULL;
}

static gboolean
parse_integer (const char *text,
               gint64      min,
               gint64      max,
               gint64     *out)
{
  gint64 number;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, min, max, &number, NULL))
    return FALSE;
  *out = number;
  return TRUE;
}

/**
 * _ov_exchange_field_from_text:
 * @text: (nullable): the text in the bundle, or %NULL when the field was left out
 *
 * Sets the field from its text; references are turned into ids by @uuid_to_id.
 *
 * Returns: %FALSE if the text is not a value of the field (which the schema also refuses)
 */
gboolean
_ov_exchange_field_from_text (const OvExchangeKind *kind,
                              guint                 field,
                              OvRecord             *record,
                              const char           *text,
                              OvUuidToId            uuid_to_id,
                              gpointer              data)
{
  GParamSpec *pspec = kind->fields[field];
  GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, vtype);

  if (kind->id_lists[field])
    {
      g_autoptr(GString) out = g_string_new (NULL);

      if (text != NULL)
        {
          g_auto(GStrv) uuids = g_strsplit_set (text, " \t\n\r", -1);

          for (guint i = 0; uuids[i] != NULL; i++)
            {
              gint64 id;

              if (*uuids[i] == '\0')
                continue;
              id = uuid_to_id (data, kind->targets[field], uuids[i]);
              if (id <= 0)
                return FALSE;
              if (out->len > 0)
                g_string_append_c (out, ',');
              g_string_append_printf (out, "%" G_GINT64_FORMAT, id);
            }
        }
      g_value_set_string (&value, out->len > 0 ? out->str : NULL);
    }
  else if (vtype == G_TYPE_STRING)
    g_value_set_string (&value, text);
  else if (vtype == G_TYPE_BOOLEAN)
    {
      if (g_strcmp0 (text, "true") == 0 || g_strcmp0 (text, "1") == 0)
        g_value_set_boolean (&value, TRUE);
      else if (g_strcmp0 (text, "false") == 0 || g_strcmp0 (text, "0") == 0)
        g_value_set_boolean (&value, FALSE);
      else
        return FALSE;
    }
  else if (vtype == G_TYPE_INT64)
    {
      gint64 number = 0;

      if (kind->targets[field] >= 0 || (pspec->flags & OV_PARAM_REFERENCE) != 0)
        {
          if (text != NULL)
            {
              number = uuid_to_id (data, kind->targets[field], text);
              if (number <= 0)
                return FALSE;
            }
        }
      else if (!parse_integer (text, G_PARAM_SPEC_INT64 (pspec)->minimum,
                               G_PARAM_SPEC_INT64 (pspec)->maximum, &number))
        return FALSE;
      g_value_set_int64 (&value, number);
    }
  else if (vtype == G_TYPE_INT)
    {
      gint64 number;

      if (!parse_integer (text, G_PARAM_SPEC_INT (pspec)->minimum,
                          G_PARAM_SPEC_INT (pspec)->maximum, &number))
        return FALSE;
      g_value_set_int (&value, (int) number);
    }
  else if (vtype == G_TYPE_UINT)
    {
      gint64 number;

      if (!parse_integer (text, G_PARAM_SPEC_UINT (pspec)->minimum,
                          G_PARAM_SPEC_UINT (pspec)->maximum, &number))
        return FALSE;
      g_value_set_uint (&value, (guint) number);
    }
  else if (G_TYPE_IS_ENUM (vtype))
    {
      int v;

      if (text == NULL || !ov_enum_from_nick (vtype, text, &v))
        return FALSE;
      g_value_set_enum (&value, v);
    }
  else if (G_TYPE_IS_FLAGS (vtype))
    {
      g_autofree char *nicks = g_strdup (text != NULL ? text : "");
      g_auto(GStrv) parts = NULL;
      g_autofree char *joined = NULL;
      guint v = 0;

      parts = g_strsplit_set (nicks, " \t\n\r", -1);
      {
        g_autoptr(GPtrArray) kept = g_ptr_array_new ();

        for (guint i = 0; parts[i] != NULL; i++)
          if (*parts[i] != '\0')
            g_ptr_array_add (kept, parts[i]);
        g_ptr_array_add (kept, NULL);
        joined = g_strjoinv (",", (char **) kept->pdata);
      }
      if (!ov_flags_from_nicks (vtype, joined, &v))
        return FALSE;
      g_value_set_flags (&value, v);
    }
  else
    return FALSE;

  g_object_set_property (G_OBJECT (record), pspec->name, &value);
  return TRUE;
}

/**
 * _ov_exchange_record_from_texts:
 * @texts: an `a{ss}` of field name to bundle text
 *
 * Returns: (transfer full) (nullable): a new record with the fields of @texts, or %NULL if
 *   one is not a value of its field
 */
OvRecord *
_ov_exchange_record_from_texts (const OvExchangeKind *kind,
                                const char           *uuid,
                                GVariant             *texts,
                                OvUuidToId            uuid_to_id,
                                gpointer              data)
{
  g_autoptr(OvRecord) record = g_object_new (kind->type, NULL);

  ov_record_set_uuid (record, uuid);
  for (guint f = 0; f < kind->n_fields; f++)
    {
      const char *text = NULL;

      g_variant_lookup (texts, kind->fields[f]->name, "&s", &text);
      if (!_ov_exchange_field_from_text (kind, f, record, text, uuid_to_id, data))
        return NULL;
    }
  return g_steal_pointer (&record);
}

/**
 * _ov_exchange_field_display:
 * @text: (nullable): the field as a bundle writes it
 *
 * Returns: (transfer full): the value as people read it: labels for enumerations, the
 *   record described for a reference, "Yes" or "No", "—" for nothing
 */
char *
_ov_exchange_field_display (OvStore              *store,
                            const OvExchangeKind *kind,
                            guint                 field,
                            const char           *text)
{
  GParamSpec *pspec = kind->fields[field];
  GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);
  guint n;
  const OvExchangeKind *all = _ov_exchange_get_kinds (&n);

  if (text == NULL || *text == '\0')
    return g_strdup (_("—"));

  if (kind->targets[field] >= 0)
    {
      g_auto(GStrv) uuids = g_strsplit (text, " ", -1);
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; uuids[i] != NULL; i++)
        {
          g_autoptr(OvRecord) target = NULL;

          if (*uuids[i] == '\0')
            continue;
          if (out->len > 0)
            g_string_append (out, ", ");
          target = ov_store_load_by_uuid (store, all[kind->targets[field]].type, uuids[i], NULL);
          if (target != NULL)
            {
              g_autofree char *described = ov_record_describe (target);

              g_string_append (out, described);
            }
          else
            g_string_append (out, uuids[i]);
        }
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  if (vtype == G_TYPE_BOOLEAN)
    return g_strdup (g_strcmp0 (text, "true") == 0 ? _("Yes") : _("No"));
  if (G_TYPE_IS_ENUM (vtype))
    {
      int v;

      if (ov_enum_from_nick (vtype, text, &v))
        return g_strdup (ov_enum_get_label (vtype, v));
    }
  if (G_TYPE_IS_FLAGS (vtype))
    {
      g_autofree char *nicks = g_strdup (text);
      guint v;

      g_strdelimit (nicks, " ", ',');
      if (ov_flags_from_nicks (vtype, nicks, &v))
        return ov_flags_to_labels (vtype, v);
    }
  if ((pspec->flags & OV_PARAM_DATE) != 0)
    return ov_format_date (text);
  if ((pspec->flags & OV_PARAM_TIMESTAMP) != 0)
    return ov_format_timestamp (text);
  return g_strdup (text);
}

/**
 * _ov_exchange_keep_local_fields:
 *
 * Gives @record the values of @local for the fields that never travel (a staff record's
 * computer account), so that taking a version from a bundle leaves them as they were.
 */
void
_ov_exchange_keep_local_fields (const OvExchangeKind *kind,
                                OvRecord             *record,
                                OvRecord             *local)
{
  for (gsize i = 0; i < G_N_ELEMENTS (local_fields); i++)
    {
      GParamSpec *pspec;
      g_auto(GValue) value = G_VALUE_INIT;

      if (strcmp (local_fields[i].entity, kind->entity) != 0)
        continue;
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (local), local_fields[i].property);
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (G_OBJECT (local), pspec->name, &value);
      g_object_set_property (G_OBJECT (record), pspec->name, &value);
    }
}

/**
 * _ov_exchange_hash_texts:
 * @texts: per field of @kind, its text or %NULL
 *
 * Returns: (transfer full): a hash of a record's content, the same on every machine for
 *   the same content: how the merge recognises a version it has seen before
 */
char *
_ov_exchange_hash_texts (const OvExchangeKind *kind,
                         char * const         *texts)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (checksum, (const guchar *) kind->entity, -1);
  for (guint f = 0; f < kind->n_fields; f++)
    {
      if (texts[f] == NULL ||
          (kind->uncompared != NULL && strcmp (kind->fields[f]->name, kind->uncompared) == 0))
        continue;
      /* Name and value, each ended by a NUL: no two contents run together the same. */
      g_checksum_update (checksum, (const guchar *) kind->fields[f]->name,
                         strlen (kind->fields[f]->name) + 1);
      g_checksum_update (checksum, (const guchar *) texts[f], strlen (texts[f]) + 1);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/* ---- The database --------------------------------------------------------------------- */

/**
 * _ov_exchange_database_id:
 *
 * Returns: (transfer none): this database's identity, written as a bundle's source
 */
const char *
_ov_exchange_database_id (OvStore  *store,
                          GError  **error)
{
  sqlite3_stmt *stmt;
  char *uuid;
  int rc;

  uuid = g_object_get_data (G_OBJECT (store), "ov-exchange-database-id");
  if (uuid != NULL)
    return uuid;

  stmt = _ov_store_prepare (store, "SELECT uuid FROM exchange_database WHERE id = 1", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      _ov_store_set_error (store, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, error);
      return NULL;
    }
  uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  g_object_set_data_full (G_OBJECT (store), "ov-exchange-database-id", uuid, g_free);
  return uuid;
}

/**
 * _ov_exchange_current_user_name:
 *
 * Returns: (transfer full): who is exporting or importing: the linked staff record's name,
 *   or the computer account
 */
char *
_ov_exchange_current_user_name (OvStore *store)
{
  OvStaff *user = ov_store_get_current_user (store);

  if (user != NULL)
    return g_strdup (ov_staff_get_name (user));
  return g_strdup (ov_store_get_account (store));
}

/**
 * _ov_exchange_get_schema:
 *
 * Returns: (transfer full): the RELAX NG schema of bundles (data/oversight-bundle.rng)
 */
GBytes *
_ov_exchange_get_schema (void)
{
  return g_resource_lookup_data (ov_exchange_get_resource (),
                                 "/io/github/msht/Oversight/exchange/oversight-bundle.rng",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/* ---- The schema ----------------------------------------------------------------------- */

static void
append_integer_type (GString    *out,
                     const char *type,
                     gint64      minimum,
                     gint64      maximum)
{
  g_string_append_printf (out, "<data type=\"%s\">"
                          "<param name=\"minInclusive\">%" G_GINT64_FORMAT "</param>"
                          "<param name=\"maxInclusive\">%" G_GINT64_FORMAT "</param></data>",
                          type, minimum, maximum);
}

static void
append_field_pattern (GString              *out,
                      const OvExchangeKind *kind,
                      guint                 f)
{
  GParamSpec *pspec = kind->fields[f];
  GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (kind->id_lists[f])
    g_string_append (out, "<ref name=\"uuid-list\"/>");
  else if ((pspec->flags & OV_PARAM_REFERENCE) != 0)
    g_string_append (out, "<ref name=\"uuid\"/>");
  else if (vtype == G_TYPE_STRING && (pspec->flags & OV_PARAM_DATE) != 0)
    g_string_append (out, "<ref name=\"date\"/>");
  else if (vtype == G_TYPE_STRING && (pspec->flags & OV_PARAM_TIMESTAMP) != 0)
    g_string_append (out, "<ref name=\"timestamp\"/>");
  else if (vtype == G_TYPE_STRING)
    g_string_append (out, "<ref name=\"text\"/>");
  else if (vtype == G_TYPE_BOOLEAN)
    g_string_append (out, "<ref name=\"boolean\"/>");
  else if (vtype == G_TYPE_INT64)
    append_integer_type (out, "long", G_PARAM_SPEC_INT64 (pspec)->minimum,
                         G_PARAM_SPEC_INT64 (pspec)->maximum);
  else if (vtype == G_TYPE_INT)
    append_integer_type (out, "int", G_PARAM_SPEC_INT (pspec)->minimum,
                         G_PARAM_SPEC_INT (pspec)->maximum);
  else if (vtype == G_TYPE_UINT)
    append_integer_type (out, "unsignedInt", G_PARAM_SPEC_UINT (pspec)->minimum,
                         G_PARAM_SPEC_UINT (pspec)->maximum);
  else if (G_TYPE_IS_ENUM (vtype))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (vtype);

      g_string_append (out, "<choice>");
      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (out, "<value>%s</value>", klass->values[i].value_nick);
      g_string_append (out, "</choice>");
    }
  else if (G_TYPE_IS_FLAGS (vtype))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (vtype);

      g_string_append (out, "<list><zeroOrMore><choice>");
      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value != 0)
          g_string_append_printf (out, "<value>%s</value>", klass->values[i].value_nick);
      g_string_append (out, "</choice></zeroOrMore></list>");
    }
  else
    g_assert_not_reached ();
}

/**
 * _ov_exchange_generate_schema:
 *
 * The RELAX NG schema of bundles, made from the model as the writer writes it. The copy
 * in data/oversight-bundle.rng must equal it (a test checks), so a new field reaches the
 * schema by running `OV_UPDATE_BUNDLE_SCHEMA=1 meson test exchange`.
 *
 * Returns: (transfer full): the schema
 */
char *
_ov_exchange_generate_schema (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;
  const OvExchangeKind *all = _ov_exchange_get_kinds (&n);

  g_string_append (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!-- oversight-bundle.rng: the RELAX NG schema of Oversight's case bundles.\n"
    "     Copyright 2026 The Oversight authors\n"
    "     SPDX-License-Identifier: GPL-3.0-or-later\n"
    "     Made from the model by _ov_exchange_generate_schema (src/core/exchange/ov-exchange.c):\n"
    "     regenerate it with OV_UPDATE_BUNDLE_SCHEMA=1 meson test -C BUILD exchange. -->\n"
    "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"\n"
    "         ns=\"" OV_BUNDLE_NAMESPACE "\"\n"
    "         datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\">\n"
    "  <start>\n"
    "    <element name=\"bundle\">\n"
    "      <attribute name=\"format\"><value>" OV_BUNDLE_FORMAT_VERSION "</value></attribute>\n"
    "      <attribute name=\"creator\"><ref name=\"line\"/></attribute>\n"
    "      <attribute name=\"created-at\"><ref name=\"timestamp\"/></attribute>\n"
    "      <attribute name=\"marking\"><ref name=\"line\"/></attribute>\n"
    "      <attribute name=\"source\"><ref name=\"uuid\"/></attribute>\n");
  for (guint k = 0; k < n; k++)
    g_string_append_printf (out, "      <zeroOrMore><ref name=\"%s\"/></zeroOrMore>\n",
                            all[k].entity);
  g_string_append (out,
    "    </element>\n"
    "  </start>\n"
    "  <define name=\"record\">\n"
    "    <attribute name=\"uuid\"><ref name=\"uuid\"/></attribute>\n"
    "    <attribute name=\"revision\"><data type=\"long\"><param name=\"minInclusive\">0</param></data></attribute>\n"
    "    <attribute name=\"created-at\"><ref name=\"timestamp\"/></attribute>\n"
    "    <attribute name=\"updated-at\"><ref name=\"timestamp\"/></attribute>\n"
    "    <optional><attribute name=\"base\"><data type=\"string\"><param name=\"pattern\">[0-9a-f]{64}</param></data></attribute></optional>\n"
    "  </define>\n"
    "  <define name=\"uuid\"><data type=\"string\"><param name=\"pattern\">"
    "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}</param></data></define>\n"
    "  <define name=\"uuid-list\"><list><oneOrMore><ref name=\"uuid\"/></oneOrMore></list></define>\n"
    "  <define name=\"date\"><data type=\"date\"><param name=\"pattern\">[0-9]{4}-[0-9]{2}-[0-9]{2}</param></data></define>\n"
    "  <define name=\"timestamp\"><data type=\"dateTime\"><param name=\"pattern\">"
    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z</param></data></define>\n"
    "  <define name=\"text\"><data type=\"string\"><param name=\"maxLength\">20000</param></data></define>\n"
    "  <define name=\"line\"><data type=\"string\"><param name=\"minLength\">1</param><param name=\"maxLength\">1000</param></data></define>\n"
    "  <define name=\"boolean\"><choice><value>true</value><value>false</value></choice></define>\n");

  for (guint k = 0; k < n; k++)
    {
      const OvExchangeKind *kind = &all[k];

      g_string_append_printf (out, "  <define name=\"%s\">\n", kind->entity);
      g_string_append_printf (out, "    <element name=\"%s\">\n", kind->entity);
      g_string_append (out, "      <ref name=\"record\"/>\n");
      for (guint f = 0; f < kind->n_fields; f++)
        {
          GParamSpec *pspec = kind->fields[f];
          GType vtype = G_PARAM_SPEC_VALUE_TYPE (pspec);
          /* Left out when empty: text, references and lists of them. */
          gboolean optional = vtype == G_TYPE_STRING ||
                              (pspec->flags & OV_PARAM_REFERENCE) != 0;

          g_string_append (out, "      ");
          if (optional)
            g_string_append (out, "<optional>");
          g_string_append_printf (out, "<element name=\"%s\">", pspec->name);
          append_field_pattern (out, kind, f);
          g_string_append (out, "</element>");
          if (optional)
            g_string_append (out, "</optional>");
          g_string_append_c (out, '\n');
        }
      g_string_append (out, "    </element>\n  </define>\n");
    }
  g_string_append (out, "</grammar>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
