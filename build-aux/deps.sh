#!/bin/sh
# build-aux/deps.sh — install the Debian packages Oversight needs to build, run and test.
# Copyright 2026 The Oversight authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by build-aux/run and build-aux/check. Installs only what is missing, so running it
# twice is harmless.

OV_DEB_PACKAGES="
  meson ninja-build pkg-config gcc gettext
  libgtk-4-dev libglib2.0-dev libglib2.0-bin libsqlite3-dev libxml2-dev libxml2-utils
  libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream
  sqlite3 xvfb xauth
  fonts-dejavu-core fonts-dejavu-extra
"

ov_install_deps ()
{
  missing=""
  for p in $OV_DEB_PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  [ -z "$missing" ] && return 0

  echo "Installing Debian packages:$missing"
  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo_cmd="sudo"
  else
    echo "error: these packages are missing and neither root nor sudo is available:$missing" >&2
    echo "Install them, then run this command again." >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -q || exit 2
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -q --no-install-recommends $missing || exit 2
}
