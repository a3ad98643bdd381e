#!/usr/bin/env bash
# Prepare this machine for evactrack: the Debian libraries Qt needs, a virtual environment
# in .venv (Debian 12 refuses pip outside one, PEP 668) and evactrack installed in it.
#   packaging/bootstrap.sh        the application
#   packaging/bootstrap.sh test   the application and its test tools (postgresql-client too)
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-app}"
# The venv module, and what Qt needs offscreen and on a screen (packaging/qt-debian-packages.txt).
mapfile -t QT_PACKAGES < <(grep -v '^#' packaging/qt-debian-packages.txt)
DEBIAN_PACKAGES=(python3 python3-venv python3-pip "${QT_PACKAGES[@]}")
# The tests back up and restore PostgreSQL databases with pg_dump and pg_restore.
TEST_DEBIAN_PACKAGES=(postgresql-client)

install_debian_packages() {
    if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
        echo "bootstrap: not a Debian system; install Qt 6's libraries yourself" >&2
        return
    fi
    local missing=()
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "bootstrap: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

if [ "$MODE" = "test" ]; then
    install_debian_packages "${DEBIAN_PACKAGES[@]}" "${TEST_DEBIAN_PACKAGES[@]}"
else
    install_debian_packages "${DEBIAN_PACKAGES[@]}"
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
if [ "$MODE" = "test" ]; then
    .venv/bin/python -m pip install --quiet -e ".[test]"
else
    .venv/bin/python -m pip install --quiet -e .
fi
