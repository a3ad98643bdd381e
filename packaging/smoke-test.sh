#!/usr/bin/env bash
# Smoke test of the built program, as CI runs it: builds the bundle and the package when
# they are missing or older than the sources (packaging/build.sh), then runs them with no
# Python on the PATH: --version; init, demo, stats --json and the daily report (English and
# French) on an encrypted database; every resource the application loads is in the bundle;
# the window started offscreen in French on that database, shown, then closed (SIGTERM ends
# it as Quit does); the .deb unpacked into a scratch root and evactrack run from its PATH.
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
step() { echo "smoke-test: $*" >&2; }

BUNDLE="$REPO/dist/evactrack"
if [ ! -x "$BUNDLE/evactrack" ] || ! ls dist/evactrack_*.deb >/dev/null 2>&1 ||
    [ -n "$(find evactrack resources main.py pyproject.toml packaging/evactrack.spec \
        packaging/build.sh -newer "$BUNDLE/evactrack" -print -quit)" ]; then
    step "building"
    bash packaging/build.sh
fi
VERSION="$(.venv/bin/python -c '
import tomllib
print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
DEB="$(ls dist/evactrack_"$VERSION"_*.deb)"
# The files the bundle must carry: pyproject's package data and the migrations, as paths
# under the bundle's _internal folder (computed here, while Python may still be used).
EXPECTED="$(.venv/bin/python -c '
import tomllib
from pathlib import Path
tool = tomllib.load(open("pyproject.toml", "rb"))["tool"]["setuptools"]
for package, patterns in tool["package-data"].items():
    source = Path(tool["package-dir"].get(package, package.replace(".", "/")))
    for pattern in patterns:
        for path in sorted(source.glob(pattern)):
            print(Path(package.replace(".", "/"), path.relative_to(source)))
for path in sorted(Path("evactrack/db/migrations").rglob("*.py")):
    print(path)')"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A PATH with every tool of the system but Python.
mkdir "$WORK/bin"
for tool in /usr/local/bin/* /usr/bin/* /bin/*; do
    case "$(basename "$tool")" in python* | pip* | pydoc* | idle* | 2to3*) continue ;; esac
    [ -e "$WORK/bin/$(basename "$tool")" ] || ln -s "$tool" "$WORK/bin/$(basename "$tool")"
done
export PATH="$BUNDLE:$WORK/bin"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
! command -v python3 >/dev/null && ! command -v python >/dev/null || fail "Python on the PATH"
[ "$(command -v evactrack)" = "$BUNDLE/evactrack" ] || fail "evactrack is not the bundle's"

export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
export EVACTRACK_DATA_DIR="$WORK/data" XDG_CONFIG_HOME="$WORK/config" HOME="$WORK/home"
export EVACTRACK_PASSPHRASE="smoke test passphrase"
# The first administrator (init makes it) and every later command log in with these.
export EVACTRACK_USER="smoke" EVACTRACK_PASSWORD="smoke test password"
export EVACTRACK_NO_KEYRING=1
mkdir -p "$HOME"
DB="$WORK/cases.sqlite3"

step "--version"
[ "$(evactrack --version)" = "evactrack $VERSION" ] || fail "--version: $(evactrack --version)"

step "init, demo, stats, report on an encrypted database"
evactrack --db "$DB" init >/dev/null || fail "init"
[ "$(head -c 15 "$DB" | tr -d "\0")" != "SQLite format 3" ] || fail "the database is not encrypted"
evactrack --db "$DB" demo --people 300 >/dev/null || fail "demo"
evactrack --db "$DB" stats --json >"$WORK/stats.json" || fail "stats"
grep -q '"total": 300' "$WORK/stats.json" || fail "stats --json: $(head -c 200 "$WORK/stats.json")"
for language in en fr; do
    evactrack --db "$DB" report daily --lang "$language" -o "$WORK/daily-$language.pdf" ||
        fail "report daily --lang $language"
    [ "$(head -c 4 "$WORK/daily-$language.pdf")" = "%PDF" ] || fail "daily-$language.pdf"
done

step "every resource in the bundle"
while read -r path; do
    [ -f "$BUNDLE/_internal/$path" ] || fail "not in the bundle: $path"
done <<<"$EXPECTED"
# Help → About reads each library's version (and shows its licence) from its metadata.
while read -r metadata; do
    [ -f "$BUNDLE/_internal/$metadata" ] || fail "not in the bundle: $metadata (About says ?)"
done <<<"$("$REPO/.venv/bin/python" -c '
from importlib.metadata import distribution
from evactrack.services.about import LIBRARIES
for _name, name, _licence in LIBRARIES:
    print(next(str(f) for f in distribution(name).files if f.name == "METADATA"))
')"

step "the window, offscreen, in French, opened on the database and closed"
LOG="$EVACTRACK_DATA_DIR/logs/evactrack.log"
mkdir -p "$XDG_CONFIG_HOME/evactrack"  # French chosen in the menu, as a caseworker would
printf '[General]\nlanguage=fr\n' >"$XDG_CONFIG_HOME/evactrack/evactrack.conf"
evactrack --db "$DB" >"$WORK/gui.out" 2>&1 &
GUI=$!
for _ in $(seq 1 240); do
    grep -q "window shown" "$LOG" 2>/dev/null && break
    kill -0 "$GUI" 2>/dev/null || break
    sleep 0.5
done
grep -q "window shown" "$LOG" || { kill -KILL "$GUI" 2>/dev/null; cat "$WORK/gui.out" >&2;
    fail "the window was not shown"; }
sleep 2  # the list loads and paints
kill -TERM "$GUI"
code=0
wait "$GUI" || code=$?
[ "$code" -eq 0 ] || { cat "$WORK/gui.out" >&2; fail "the window ended with $code"; }
if grep -E "ERROR|CRITICAL|Traceback|no translation file|cannot load the font" "$LOG"; then
    fail "the log shows a problem"
fi

step "the package: unpacked into a scratch root, evactrack from its PATH"
dpkg-deb --info "$DEB" >/dev/null || fail "dpkg-deb --info"
SCRATCH="$WORK/root"
dpkg-deb -x "$DEB" "$SCRATCH"
for path in opt/evactrack/evactrack usr/bin/evactrack usr/share/applications/evactrack.desktop \
    usr/share/icons/hicolor/scalable/apps/evactrack.svg \
    usr/share/icons/hicolor/48x48/apps/evactrack.png; do
    [ -e "$SCRATCH/$path" ] || fail "not in the package: /$path"
done
# The package holds the bundle, file for file.
diff <(cd "$BUNDLE" && find . | sort) <(cd "$SCRATCH/opt/evactrack" && find . | sort) >/dev/null ||
    fail "the package's /opt/evactrack differs from the bundle"
[ "$(PATH="$SCRATCH/usr/bin:$WORK/bin" evactrack --version)" = "evactrack $VERSION" ] ||
    fail "evactrack --version from the package's /usr/bin"
dpkg-deb -f "$DEB" Depends | grep -q "libxkbcommon-x11-0" || fail "Depends lacks Qt's libraries"

step "all passed ($(du -sh "$BUNDLE" | cut -f1) bundle, $(du -h "$DEB" | cut -f1) package)"
