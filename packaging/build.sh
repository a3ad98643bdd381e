#!/usr/bin/env bash
# Build evactrack as a one-folder application (PyInstaller, packaging/evactrack.spec) and,
# on Debian, its package; offline once the build tools are installed.
#   bash packaging/build.sh   ->  dist/evactrack/ (run dist/evactrack/evactrack)
#                                 dist/evactrack_<version>_<arch>.deb
# The package installs the bundle under /opt/evactrack, /usr/bin/evactrack (the command line,
# and the window when given no sub-command), a menu entry and the icon.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "build: $*" >&2; }

[ -x .venv/bin/python ] || bash packaging/bootstrap.sh
# The pinned build tools of pyproject's "build" extra (pip does nothing when they are there).
mapfile -t BUILD_TOOLS < <(.venv/bin/python -c '
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["build"]))')
.venv/bin/python -m pip install --quiet "${BUILD_TOOLS[@]}"
VERSION="$(.venv/bin/python -c '
import tomllib
print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"

log "bundle (PyInstaller)"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/evactrack.spec
log "bundle: dist/evactrack ($(du -sh dist/evactrack | cut -f1))"

if ! command -v dpkg-deb >/dev/null; then
    log "no dpkg-deb: not a Debian system, no package built"
    exit 0
fi
ARCH="$(dpkg --print-architecture)"
DEB="dist/evactrack_${VERSION}_${ARCH}.deb"
ROOT="build/deb/evactrack"
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/icons/hicolor/scalable/apps"
cp -a dist/evactrack "$ROOT/opt/evactrack"
# Relative: the same link works installed and unpacked in a scratch root (smoke-test.sh).
ln -s ../../opt/evactrack/evactrack "$ROOT/usr/bin/evactrack"
install -m 0644 packaging/evactrack.desktop "$ROOT/usr/share/applications/evactrack.desktop"
install -m 0644 resources/icons/evactrack.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/"
for png in resources/icons/evactrack-*.png; do
    size="${png##*-}"
    size="${size%.png}"
    install -D -m 0644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/evactrack.png"
done
chmod -R u+rwX,go+rX,go-w "$ROOT"

DEPENDS="$(grep -v '^#' packaging/qt-debian-packages.txt | paste -sd, - | sed 's/,/, /g')"
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: evactrack
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: evactrack developers <evactrack@localhost>
Section: misc
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
Depends: ${DEPENDS}
Recommends: libpulse0
Suggests: postgresql-client
Description: case tracking for crisis evacuations
 Evacuees, households, rendezvous points, escorted movements and their
 manifests, refusals, contact attempts and the daily status report, in an
 encrypted SQLite database or on a shared PostgreSQL server.
 .
 libpulse0 plays the check-in sounds; postgresql-client backs up a database
 kept on a PostgreSQL server.
CONTROL
dpkg-deb --root-owner-group -Zxz -z3 --threads-max=2 --build "$ROOT" "$DEB" >/dev/null
log "package: $DEB ($(du -h "$DEB" | cut -f1))"
