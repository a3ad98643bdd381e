"""The benchmarks' account: the commands they start log in with it (through the variables,
as a kiosk set-up would), and so do their own service calls."""

from __future__ import annotations

import os

from evactrack.domain.enums import Role
from evactrack.services import users
from evactrack.services.context import Context, Database

NAME, PASSWORD = "bench", "bench password"
os.environ.setdefault("EVACTRACK_USER", NAME)
os.environ.setdefault("EVACTRACK_PASSWORD", PASSWORD)


def bench_login(db: Database) -> Context:
    """Logged in; a new database's first administrator."""
    return users.first_admin_or_login(db, NAME, PASSWORD)


def bench_user(db: Database, username: str, role: Role = Role.CASEWORKER) -> Context:
    """``username`` logged in, their account made by the bench's administrator if new."""
    admin = bench_login(db)
    if username == NAME:
        return admin
    if username not in {a.username for a in users.list_accounts(admin)}:
        users.add_account(admin, username, role, PASSWORD)
    return users.login(db, username, PASSWORD)
