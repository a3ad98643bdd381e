#!/usr/bin/env bash
# Install what evactrack needs and start it on the embedded database (or --db URL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/bootstrap.sh app
exec .venv/bin/python main.py "$@"
