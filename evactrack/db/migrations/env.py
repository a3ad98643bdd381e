"""Alembic environment: runs on the connection evactrack hands it (see db/migrate.py)."""

from __future__ import annotations

from alembic import context

import evactrack.db.models  # noqa: F401 - registers every table on Base.metadata
from evactrack.db.base import Base
from evactrack.db.migrate import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - evactrack always passes its own connection
    raise RuntimeError("run migrations through evactrack.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_name=include_name,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
