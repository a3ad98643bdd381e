"""The benchmarks' account: the commands they start log in with it (through the variables,
as a kiosk set-up would), and so do their own service calls."""

from __future__ import annotations

import os

from evactrack.services import users
from evactrack.services.context import Context, Database

NAME, PASSWORD = "bench", "bench password"
os.environ.setdefault("EVACTRACK_USER", NAME)
os.environ.setdefault("EVACTRACK_PASSWORD", PASSWORD)


def bench_login(db: Database) -> Context:
    """Logged in; a new database's first administrator."""
    return users.first_admin_or_login(db, NAME, PASSWORD)
