/* ov-exchange-private.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files of the exchange: the kinds of record a bundle carries and how
 * their fields are written as text.
 */

#pragma once

#include <libxml/tree.h>

#include "ov-exchange.h"
#include "ov-record.h"
#include "ov-store-private.h"

G_BEGIN_DECLS

#define OV_BUNDLE_FORMAT_VERSION "1"

/* One kind of record, in the order bundles list them: a record's references point to
 * kinds before it (or to its own kind, for "supersedes"). */
typedef struct
{
  GType        type;
  const char  *entity;          /* element name and audit entity: "case" */
  const char  *label;           /* for people, plural and translated: "Cases" */
  gboolean     append_only;     /* never changed once recorded: merged by union */
  const char  *freeze_property; /* while this enum property is not freeze_open, children
                                   cannot be added (a signed-off review) */
  const char  *freeze_open;
  const char  *uncompared;      /* a field kept per database (a decision's number) */
  const char  *match_by;        /* a unique text field: a record with the same value here
                                   is the same record under another uuid */
  GParamSpec **fields;          /* the exchanged properties, in the store's column order */
  guint        n_fields;
  int         *targets;         /* per field: the kind a reference points to, or -1 */
  gboolean    *id_lists;        /* per field: a text list of ids ("attendee-ids") */
  int          owner;           /* the field that ties the record to its case, or -1 */
  gboolean     shared;          /* staff: carried when referred to, not owned by a case */
  gboolean     with_shared;     /* owned by a shared record (a partner's contacts): carried
                                   with every one of those the bundle carries */
} OvExchangeKind;

/* Turns an id of a record of kind @kind into its uuid, or the reverse. */
typedef const char *(*OvIdToUuid) (gpointer  data,
                                   int       kind,
                                   gint64    id);
typedef gint64      (*OvUuidToId) (gpointer    data,
                                   int         kind,
                                   const char *uuid);

const OvExchangeKind *_ov_exchange_get_kinds     (guint            *n_kinds);
gboolean              _ov_exchange_resolve_kinds (OvStore          *store,
                                                  GError          **error);
int                   _ov_exchange_find_kind     (const char       *entity);
int                   _ov_exchange_kind_of_type  (GType             type);

char     *_ov_exchange_field_to_text   (const OvExchangeKind *kind,
                                        guint                 field,
                                        OvRecord             *record,
                                        OvIdToUuid            id_to_uuid,
                                        gpointer              data);
gboolean  _ov_exchange_field_from_text (const OvExchangeKind *kind,
                                        guint                 field,
                                        OvRecord             *record,
                                        const char           *text,
                                        OvUuidToId            uuid_to_id,
                                        gpointer              data);
char     *_ov_exchange_field_display   (OvStore              *store,
                                        const OvExchangeKind *kind,
                                        guint                 field,
                                        const char           *text);
void      _ov_exchange_keep_local_fields (const OvExchangeKind *kind,
                                          OvRecord             *record,
                                          OvRecord             *local);
char     *_ov_exchange_hash_texts      (const OvExchangeKind *kind,
                                        char * const         *texts);

const char *_ov_exchange_database_id   (OvStore  *store,
                                        GError  **error);
char       *_ov_exchange_current_user_name (OvStore *store);
GBytes     *_ov_exchange_get_schema    (void);
char       *_ov_exchange_generate_schema (void);

/* A record in a bundle, with pseudo ids: record i of the bundle has id i + 1, and a
 * reference to a record outside the bundle has an id past the bundle's records. */
typedef struct
{
  int       kind;
  OvRecord *record;
  char     *base;      /* the hash of the version the exporter last exchanged, or NULL */
  int       line;
  char    **texts;     /* per field of the kind: the text in the bundle, or NULL */
} OvBundleRecord;

typedef struct
{
  int   kind;
  char *uuid;
  int   line;          /* where it was first referred to */
  char *element;
} OvBundleExternal;

GPtrArray  *_ov_bundle_get_records   (OvBundle *self);
GPtrArray  *_ov_bundle_get_externals (OvBundle *self);
gint64      _ov_bundle_lookup        (OvBundle   *self,
                                      const char *uuid);
gint64      _ov_bundle_lookup_external (OvBundle   *self,
                                        const char *uuid);

OvRecord   *_ov_exchange_record_from_texts (const OvExchangeKind *kind,
                                            const char           *uuid,
                                            GVariant             *texts,
                                            OvUuidToId            uuid_to_id,
                                            gpointer              data);

G_END_DECLS
