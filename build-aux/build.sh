#!/bin/sh
# build-aux/build.sh — configure and compile Oversight in the build directory.
# Copyright 2026 The Oversight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by build-aux/run and build-aux/check after build-aux/deps.sh. Expects OV_SRCDIR
# (the source root, absolute) and OV_BUILDDIR (the build directory, absolute) to be set.
# OV_SETUP_OPTIONS, if set, holds `-Dname=value` options the build directory must have
# (build-aux/check: warnings as errors, and the sanitizers in a second build directory).

# The version of meson that configured a build directory, or nothing if unknown.
ov_configured_meson_version ()
{
  python3 - "$OV_BUILDDIR/meson-info/meson-info.json" <<'PY' 2>/dev/null || true
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    v = json.load(f)["meson_version"]
print("%d.%d.%d" % (v["major"], v["minor"], v["patch"]))
PY
}

# Succeeds if every option in OV_SETUP_OPTIONS already has its value in the build directory.
ov_setup_options_match ()
{
  # shellcheck disable=SC2086
  python3 - "$OV_BUILDDIR/meson-info/intro-buildoptions.json" ${OV_SETUP_OPTIONS:-} <<'PY' 2>/dev/null
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    current = {o["name"]: o["value"] for o in json.load(f)}
for option in sys.argv[2:]:
    name, _, value = option[2:].partition("=")
    have = current.get(name)
    if isinstance(have, bool):
        have = "true" if have else "false"
    elif isinstance(have, list):
        have = ",".join(have)
    if str(have) != value:
        sys.exit(1)
PY
}

# Returns non-zero, without going further, when a step fails; safe to call as a condition.
ov_build ()
{
  if [ ! -f "$OV_BUILDDIR/meson-private/coredata.dat" ]; then
    # shellcheck disable=SC2086
    meson setup ${OV_SETUP_OPTIONS:-} "$OV_BUILDDIR" "$OV_SRCDIR" || return
  elif [ "$(ov_configured_meson_version)" != "$(meson --version)" ]; then
    # Configured by another version of meson: its files cannot be reused.
    # shellcheck disable=SC2086
    meson setup --wipe ${OV_SETUP_OPTIONS:-} "$OV_BUILDDIR" "$OV_SRCDIR" || return
  elif [ "$OV_DEPS_INSTALLED" = yes ] || [ ! -f "$OV_BUILDDIR/build.ninja" ]; then
    # New packages may provide programs that the last configuration did not find, and a
    # configuration that stopped half-way has no build.ninja.
    # shellcheck disable=SC2086
    meson setup --reconfigure ${OV_SETUP_OPTIONS:-} "$OV_BUILDDIR" "$OV_SRCDIR" || return
  elif ! ov_setup_options_match; then
    # shellcheck disable=SC2086
    meson configure ${OV_SETUP_OPTIONS:-} "$OV_BUILDDIR" || return
  fi
  # ninja reconfigures by itself when a meson.build file changed since the last run.
  meson compile -C "$OV_BUILDDIR"
}
