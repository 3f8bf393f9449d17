/* ov-exchange.h
 *
 * Copyright 2026 The Oversight authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case bundles: the XML files that carry cases between two Oversight databases (a desk and
 * a laptop taken on an operation). Writing, safe reading, merging and the conflicts a merge
 * leaves for a person to resolve.
 */

#pragma once

#include <gio/gio.h>

#include "ov-types.h"

G_BEGIN_DECLS

/* The namespace of every element of a bundle. */
#define OV_BUNDLE_NAMESPACE "urn:oversight:bundle:1"
/* The protective marking a bundle carries when none is given. */
#define OV_BUNDLE_DEFAULT_MARKING "OFFICIAL-SENSITIVE"
/* The largest bundle read when the caller gives no cap: 200 MB. */
#define OV_BUNDLE_DEFAULT_MAX_SIZE ((gsize) 200 * 1024 * 1024)

#define OV_BUNDLE_ERROR (ov_bundle_error_quark ())

/**
 * OvBundleError:
 * @OV_BUNDLE_ERROR_TOO_LARGE: the file is over the size cap
 * @OV_BUNDLE_ERROR_MALFORMED: not well-formed XML (truncated, bad encoding ...)
 * @OV_BUNDLE_ERROR_FORBIDDEN: a DOCTYPE, entity declaration or other construct a bundle
 *   never has (it may be an attack)
 * @OV_BUNDLE_ERROR_INVALID: well-formed but not a valid bundle (the schema refuses it)
 * @OV_BUNDLE_ERROR_INCONSISTENT: valid, but a reference does not resolve, a uuid appears
 *   twice, or a record fails the model's own validation
 * @OV_BUNDLE_ERROR_APPEND_ONLY: a record that is never changed (a decision log entry, an
 *   addendum) arrives with the uuid of a local record but different content
 * @OV_BUNDLE_ERROR_WRITE: the bundle could not be written
 * @OV_BUNDLE_ERROR_NOT_FOUND: a conflict or case asked for does not exist
 *
 * Every error message is for the user: it names the line and element at fault, when there
 * is one, and says what to do. A refused file changes nothing in the database.
 */
typedef enum
{
  OV_BUNDLE_ERROR_TOO_LARGE,
  OV_BUNDLE_ERROR_MALFORMED,
  OV_BUNDLE_ERROR_FORBIDDEN,
  OV_BUNDLE_ERROR_INVALID,
  OV_BUNDLE_ERROR_INCONSISTENT,
  OV_BUNDLE_ERROR_APPEND_ONLY,
  OV_BUNDLE_ERROR_WRITE,
  OV_BUNDLE_ERROR_NOT_FOUND,
} OvBundleError;

GQuark ov_bundle_error_quark (void);

/* ---- Export -------------------------------------------------------------------------- */

/**
 * ov_exchange_export:
 * @store: the database to export from
 * @case_ids: (array length=n_cases) (nullable): the ids of the cases to carry; %NULL (or
 *   @n_cases 0) for every open case
 * @n_cases: the number of ids in @case_ids
 * @marking: (nullable): the protective marking written in the bundle's header; %NULL for
 *   %OV_BUNDLE_DEFAULT_MARKING
 * @stream: where the XML is written (not closed)
 * @cancellable: (nullable): a #GCancellable
 *
 * Writes a bundle of the cases with everything attached to them (allocations, strategies
 * and lines of enquiry, reviews with their lines, action checks and addenda, actions, the
 * decision log, people with their restricted details, victim support, victim strategies
 * and Victims' Code rights, risk assessments, safeguarding and NRM referrals) and the staff
 * they refer to. Records are written by kind, then by uuid, so the same data gives the same
 * bytes. Each exported case gets an audit event.
 *
 * Returns: %TRUE on success, else %FALSE with @error set (%OV_BUNDLE_ERROR_WRITE,
 *   %OV_BUNDLE_ERROR_NOT_FOUND for an unknown case id, or an %OV_STORE_ERROR)
 */
gboolean  ov_exchange_export          (OvStore        *store,
                                       const gint64   *case_ids,
                                       guint           n_cases,
                                       const char     *marking,
                                       GOutputStream  *stream,
                                       GCancellable   *cancellable,
                                       GError        **error);
/**
 * ov_exchange_export_to_file:
 * @path: the file to write; replaced only once the whole bundle is written
 *
 * As ov_exchange_export(), into a file (mode 0600: bundles hold victim data).
 */
gboolean  ov_exchange_export_to_file  (OvStore        *store,
                                       const gint64   *case_ids,
                                       guint           n_cases,
                                       const char     *marking,
                                       const char     *path,
                                       GError        **error);
/**
 * ov_exchange_export_to_bytes:
 *
 * As ov_exchange_export(), into memory.
 *
 * Returns: (transfer full): the bundle, or %NULL with @error set
 */
GBytes   *ov_exchange_export_to_bytes (OvStore        *store,
                                       const gint64   *case_ids,
                                       guint           n_cases,
                                       const char     *marking,
                                       GError        **error);
/**
 * ov_exchange_list_open_cases:
 *
 * Returns: (transfer full) (element-type gint64): the ids of every case not closed, the
 *   cases exported when none are chosen
 */
GArray   *ov_exchange_list_open_cases (OvStore        *store,
                                       GError        **error);

/* ---- Reading ------------------------------------------------------------------------- */

#define OV_TYPE_BUNDLE (ov_bundle_get_type ())

G_DECLARE_FINAL_TYPE (OvBundle, ov_bundle, OV, BUNDLE, GObject)

/**
 * ov_bundle_read:
 * @data: the bytes of a bundle file
 * @max_size: the largest bundle accepted, in bytes; 0 for %OV_BUNDLE_DEFAULT_MAX_SIZE
 *
 * Reads a bundle safely: the size is checked before parsing; the XML parser never touches
 * the network, substitutes no entities and loads no DTD, and any DOCTYPE is refused; then
 * the document is validated against the RELAX NG schema (data/oversight-bundle.rng, also in
 * the resources), and checked: no uuid twice, every reference resolves within the bundle
 * (staff may also be found in the database when importing), and every record passes the
 * model's own validation (ov_record_validate()).
 *
 * Returns: (transfer full): the bundle, or %NULL with an %OV_BUNDLE_ERROR whose message
 *   names the line and element at fault and says what to do
 */
OvBundle   *ov_bundle_read              (GBytes      *data,
                                         gsize        max_size,
                                         GError     **error);
/**
 * ov_bundle_read_file:
 *
 * As ov_bundle_read(), from a file; a file over @max_size is refused before it is read.
 */
OvBundle   *ov_bundle_read_file         (const char  *path,
                                         gsize        max_size,
                                         GError     **error);
const char *ov_bundle_get_creator       (OvBundle    *self);
const char *ov_bundle_get_created_at    (OvBundle    *self);
const char *ov_bundle_get_marking       (OvBundle    *self);
const char *ov_bundle_get_source_id     (OvBundle    *self);
guint       ov_bundle_get_n_records     (OvBundle    *self);
/**
 * ov_bundle_dup_case_references:
 *
 * Returns: (transfer full): the references of the cases the bundle carries, in its order
 */
GStrv       ov_bundle_dup_case_references (OvBundle  *self);

/* ---- Planning and importing ---------------------------------------------------------- */

#define OV_TYPE_IMPORT_SUMMARY (ov_import_summary_get_type ())

G_DECLARE_FINAL_TYPE (OvImportSummary, ov_import_summary, OV, IMPORT_SUMMARY, GObject)

/**
 * OvImportCount:
 * @OV_IMPORT_ADDED: records new to this database
 * @OV_IMPORT_UPDATED: records changed only in the bundle, taken from it
 * @OV_IMPORT_UNCHANGED: records the same on both sides, or changed only here (kept)
 * @OV_IMPORT_CONFLICTS: records changed on both sides, kept as they are here until the
 *   conflict is resolved
 * @OV_IMPORT_REFUSED: records the bundle would change but that are frozen here (an agreed
 *   strategy, a signed-off review): kept as they are, and listed in the notes
 */
typedef enum
{
  OV_IMPORT_ADDED,
  OV_IMPORT_UPDATED,
  OV_IMPORT_UNCHANGED,
  OV_IMPORT_CONFLICTS,
  OV_IMPORT_REFUSED,
  OV_IMPORT_N_COUNTS,
} OvImportCount;

/**
 * ov_import_summary_dup_kinds:
 *
 * The kinds are the model's entity names ("case", "review", "person" ...), in the order the
 * bundle format lists them; ov_import_summary_get_kind_label() gives the words for people.
 *
 * Returns: (transfer full): the kinds of record the bundle carried
 */
GStrv       ov_import_summary_dup_kinds   (OvImportSummary *self);
const char *ov_import_summary_get_kind_label (OvImportSummary *self,
                                           const char      *kind);
guint       ov_import_summary_get_count   (OvImportSummary *self,
                                           const char      *kind,
                                           OvImportCount    count);
guint       ov_import_summary_get_total   (OvImportSummary *self,
                                           OvImportCount    count);
GStrv       ov_import_summary_dup_notes   (OvImportSummary *self);
gboolean    ov_import_summary_get_dry_run (OvImportSummary *self);
/**
 * ov_import_summary_to_text:
 *
 * Returns: (transfer full): the summary as the command line prints it: one line per kind
 *   with its added / updated / unchanged / conflicts counts, totals, then the notes
 */
char       *ov_import_summary_to_text     (OvImportSummary *self);

/**
 * ov_exchange_plan:
 * @store: the database the bundle would be imported into
 * @bundle: a bundle from ov_bundle_read()
 *
 * The dry run: works out what ov_exchange_import() would do, and changes nothing (the
 * merge runs in a transaction that is rolled back).
 *
 * Returns: (transfer full): the summary, or %NULL with @error set when the import would be
 *   refused
 */
OvImportSummary *ov_exchange_plan   (OvStore          *store,
                                     OvBundle         *bundle,
                                     GError          **error);
/**
 * ov_exchange_import:
 * @summary: (out) (optional) (transfer full): what was done
 *
 * Merges @bundle into @store in one transaction, by uuid and revision: new records are
 * added; records changed only in the bundle (since the revision last exchanged) are taken
 * from it; records changed only here are kept; records changed on both sides become stored
 * conflicts (see ov_exchange_list_conflicts()) and keep this database's version until
 * resolved. Decision log entries and addenda merge by union and are never altered. Every
 * change writes an audit event naming the bundle's author and the importing user. On any
 * error nothing changes.
 *
 * Returns: %TRUE if the bundle was imported (conflicts may remain: see the summary's
 *   %OV_IMPORT_CONFLICTS), %FALSE with @error set if nothing was imported
 */
gboolean         ov_exchange_import (OvStore          *store,
                                     OvBundle         *bundle,
                                     OvImportSummary **summary,
                                     GError          **error);

/* ---- Conflicts ----------------------------------------------------------------------- */

#define OV_TYPE_CONFLICT_FIELD (ov_conflict_field_get_type ())

G_DECLARE_FINAL_TYPE (OvConflictField, ov_conflict_field, OV, CONFLICT_FIELD, GObject)

const char *ov_conflict_field_get_property_name (OvConflictField *self);
const char *ov_conflict_field_get_label         (OvConflictField *self);
const char *ov_conflict_field_get_ours          (OvConflictField *self);
const char *ov_conflict_field_get_theirs        (OvConflictField *self);
gboolean    ov_conflict_field_get_differs       (OvConflictField *self);

#define OV_TYPE_CONFLICT (ov_conflict_get_type ())

G_DECLARE_FINAL_TYPE (OvConflict, ov_conflict, OV, CONFLICT, GObject)

gint64      ov_conflict_get_id             (OvConflict *self);
const char *ov_conflict_get_kind           (OvConflict *self);
const char *ov_conflict_get_kind_label     (OvConflict *self);
const char *ov_conflict_get_uuid           (OvConflict *self);
gint64      ov_conflict_get_record_id      (OvConflict *self);
gint64      ov_conflict_get_case_id        (OvConflict *self);
const char *ov_conflict_get_case_reference (OvConflict *self);
const char *ov_conflict_get_description    (OvConflict *self);
const char *ov_conflict_get_bundle_creator (OvConflict *self);
const char *ov_conflict_get_imported_at    (OvConflict *self);
const char *ov_conflict_get_imported_by    (OvConflict *self);
/**
 * ov_conflict_get_fields:
 *
 * Returns: (transfer none): a #GListModel of #OvConflictField, one per stored field of the
 *   record in the model's order, each with both values as people read them; those that
 *   differ have ov_conflict_field_get_differs() %TRUE
 */
GListModel *ov_conflict_get_fields         (OvConflict *self);

/**
 * ov_exchange_list_conflicts:
 * @case_id: the case whose conflicts to list, or 0 for every case
 *
 * Returns: (transfer full): a #GListModel of #OvConflict, the unresolved conflicts, oldest
 *   first; a snapshot (list again after the store's #OvStore::changed with detail
 *   "exchange-conflict")
 */
GListModel *ov_exchange_list_conflicts       (OvStore            *store,
                                              gint64              case_id,
                                              GError            **error);
/**
 * ov_exchange_load_conflict:
 *
 * Returns: (transfer full): the conflict with its fields, or %NULL with
 *   %OV_BUNDLE_ERROR_NOT_FOUND
 */
OvConflict *ov_exchange_load_conflict        (OvStore            *store,
                                              gint64              conflict_id,
                                              GError            **error);
/**
 * ov_exchange_count_conflicts:
 * @case_id: a case, or 0 for every case
 *
 * Returns: the number of unresolved conflicts, for badges and the dashboard
 */
guint       ov_exchange_count_conflicts      (OvStore            *store,
                                              gint64              case_id);
/**
 * ov_exchange_resolve_conflict:
 * @conflict_id: an unresolved conflict
 * @take_theirs: (array zero-terminated=1) (nullable): the property names (as in
 *   ov_conflict_field_get_property_name()) whose value to take from the bundle; every
 *   other field keeps this database's value. %NULL keeps ours for all.
 *
 * Applies the choice to the record (validated, saved through the store with its audit
 * event, its revision moved past both versions so that the next exchange carries it) and
 * marks the conflict resolved, in one transaction.
 *
 * Returns: %TRUE on success, else %FALSE with @error set and nothing changed
 */
gboolean    ov_exchange_resolve_conflict     (OvStore            *store,
                                              gint64              conflict_id,
                                              const char * const *take_theirs,
                                              GError            **error);

G_END_DECLS
