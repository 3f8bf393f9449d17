#!/bin/sh
# build-aux/deps.sh — install the Debian packages Oversight needs to build, run and test.
# Copyright 2026 The Oversight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by build-aux/run and build-aux/check. Installs only what is missing, so running it
# twice is harmless. Needs root or sudo only when something is missing.

# Build: compiler, meson and the libraries of the platform floor (Debian 12).
# Tools: gettext for translations, xmllint, desktop-file-validate and appstreamcli for the
#   validation tests, sqlite3 for backups, poppler-utils and qpdf for the report tests,
#   dbus-daemon and dbus-run-session (dbus-bin) for the private session bus of the
#   one-instance test, valgrind for the memcheck test setup, fonts-noto-color-emoji so that
#   emoji in names print in the reports.
# Runtime and GUI tests under Xvfb: GTK's icon themes, the SVG loader for the icons, and fonts.
OV_DEB_PACKAGES="
  meson ninja-build pkg-config gcc libc6-dev python3 gettext
  libgtk-4-dev libglib2.0-dev libglib2.0-bin libsqlite3-dev libxml2-dev libxml2-utils
  libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream
  sqlite3 xvfb xauth
  adwaita-icon-theme hicolor-icon-theme librsvg2-common shared-mime-info
  fonts-dejavu-core fonts-dejavu-extra fonts-noto-color-emoji
  poppler-utils qpdf
  dbus-daemon dbus-bin valgrind
"

# Optional: clang and its run-time libraries (libFuzzer, the sanitizers) for build-aux/fuzz,
# which skips fuzzing when they cannot be had.
OV_DEB_FUZZ_PACKAGES="clang libclang-rt-14-dev"

# Set to "yes" by ov_install_deps when it installed anything, so that a build directory
# configured before can be reconfigured to find the new tools (read by build-aux/build.sh).
# shellcheck disable=SC2034
OV_DEPS_INSTALLED=no

ov_install_deps ()
{
  missing=""
  for p in $OV_DEB_PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  [ -z "$missing" ] && return 0

  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo_cmd="sudo"
  else
    echo "error: these packages are missing and neither root nor sudo is available:$missing" >&2
    echo "Install them, then run this command again." >&2
    exit 2
  fi
  echo "Installing Debian packages:$missing"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q || exit 2
  # shellcheck disable=SC2086
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends $missing || exit 2
  # shellcheck disable=SC2034
  OV_DEPS_INSTALLED=yes
}

# Installs what is missing of the packages given, as ov_install_deps does, but never fails:
# whoever calls it checks for what it needs afterwards.
ov_install_optional_deps ()
{
  missing=""
  for p in $1; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo_cmd="sudo -n"
  else
    return 0
  fi
  echo "Installing optional Debian packages:$missing"
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 || return 0
  # shellcheck disable=SC2086
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 ||
    echo "Could not install:$missing" >&2
  return 0
}
