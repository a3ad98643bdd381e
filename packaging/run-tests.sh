#!/usr/bin/env bash
# Install evactrack with its test tools and run the whole test suite (Qt offscreen).
# PostgreSQL tests use EVACTRACK_TEST_PG_URL, or a server found on 127.0.0.1:5432;
# under CI=true a server is started or installed, and those tests never skip.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen
if [ -z "${EVACTRACK_TEST_PG_URL:-}" ]; then
    if [ "${CI:-}" = "true" ]; then
        EVACTRACK_TEST_PG_URL="$(bash packaging/ensure-postgres.sh)"
    elif command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 \
            && psql -h 127.0.0.1 -U postgres -d test -Atqc "select 1" >/dev/null 2>&1; then
        EVACTRACK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    fi
fi
export EVACTRACK_TEST_PG_URL="${EVACTRACK_TEST_PG_URL:-}"
exec .venv/bin/python -m pytest "$@"
