#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 with a database "test", starting
# or installing one (Debian package postgresql) if needed; print the URL the tests use.
set -euo pipefail
HOST=127.0.0.1
PORT=5432
log() { echo "ensure-postgres: $*" >&2; }

as_postgres() { runuser -u postgres -- "$@"; }

if ! command -v pg_isready >/dev/null || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    log "installing PostgreSQL (Debian package postgresql)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_isready -q -h "$HOST" -p "$PORT"; then
    log "starting PostgreSQL"
    for version in $(ls /etc/postgresql); do
        pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
    for _ in $(seq 1 30); do
        pg_isready -q -h "$HOST" -p "$PORT" && break
        sleep 1
    done
fi
pg_isready -q -h "$HOST" -p "$PORT" || { log "PostgreSQL does not answer on $HOST:$PORT"; exit 1; }

# Trust auth is what our machines have; a fresh Debian install asks for a password instead.
URL="postgresql+psycopg://postgres@$HOST:$PORT/test"
if ! psql -h "$HOST" -p "$PORT" -U postgres -d postgres -Atqc "select 1" >/dev/null 2>&1; then
    as_postgres psql -qc "ALTER USER postgres PASSWORD 'evactrack-tests'" >/dev/null
    export PGPASSWORD=evactrack-tests
    URL="postgresql+psycopg://postgres:evactrack-tests@$HOST:$PORT/test"
fi
if [ "$(psql -h "$HOST" -p "$PORT" -U postgres -d postgres -Atqc \
        "select 1 from pg_database where datname = 'test'")" != "1" ]; then
    psql -h "$HOST" -p "$PORT" -U postgres -d postgres -qc "CREATE DATABASE test" >/dev/null
fi
echo "$URL"
