"""audit chain: each audit event carries the hash of its values and the hash that links it to
the event before it; one row keeps the newest link; the events already there are chained.

On PostgreSQL a trigger refuses UPDATE and DELETE on audit_events except the retention step
(which sets ``evactrack.audit_retention`` for its own statements). A trigger rather than
privileges: the application usually connects as the role that owns its tables, and an owner
can always grant itself UPDATE and DELETE back, so REVOKE would not hold; where another role
owns the table, the owner should also grant the application's role only INSERT and SELECT
(the migration tries, and logs when it cannot).

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-04 19:20:00
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

from evactrack.domain.audit_chain import chain_rows

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

log = logging.getLogger("evactrack.db.migrations")

_EVENT_COLUMNS = (
    "id", "occurred_at", "user_id", "username", "action", "entity", "entity_id", "field",
    "old_value", "new_value",
)  # fmt: skip

_GUARD = """
CREATE OR REPLACE FUNCTION evactrack_audit_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND current_setting('evactrack.audit_retention', true) = 'on'
       AND NEW.id = OLD.id AND NEW.content_hash = OLD.content_hash
       AND NEW.chain_hash = OLD.chain_hash THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are never changed or deleted (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("redacted_at", sa.DateTime(), nullable=True))
    head = op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    last = _chain_existing_events()
    op.bulk_insert(head, [{"id": 1, "chain_hash": last}])
    if op.get_bind().dialect.name == "postgresql":
        _guard_postgresql()


def _chain_existing_events() -> str | None:
    """Chain the events already recorded, oldest first, a block at a time."""
    bind = op.get_bind()
    events = sa.table("audit_events", *(sa.column(c) for c in _EVENT_COLUMNS))
    events.append_column(sa.column("content_hash"))
    events.append_column(sa.column("chain_hash"))
    last: str | None = None
    after = 0
    while True:
        rows = [
            dict(row._mapping)
            for row in bind.execute(
                sa.select(*(events.c[c] for c in _EVENT_COLUMNS))
                .where(events.c.id > after)
                .order_by(events.c.id)
                .limit(20_000)
            )
        ]
        if not rows:
            return last
        last = chain_rows(last, rows)
        bind.execute(
            events.update()
            .where(events.c.id == sa.bindparam("event_id"))
            .values(content_hash=sa.bindparam("hash_of_values"), chain_hash=sa.bindparam("link")),
            [
                {"event_id": r["id"], "hash_of_values": r["content_hash"], "link": r["chain_hash"]}
                for r in rows
            ],
        )
        after = rows[-1]["id"]


def _guard_postgresql() -> None:
    op.execute(_GUARD)
    op.execute(
        "CREATE TRIGGER audit_events_guard BEFORE UPDATE OR DELETE ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION evactrack_audit_guard()"
    )
    bind = op.get_bind()
    owner = bind.execute(
        sa.text(
            "SELECT tableowner = current_user FROM pg_tables "
            "WHERE tablename = 'audit_events' AND schemaname = current_schema()"
        )
    ).scalar()
    if owner:
        log.info(
            "audit_events belongs to the connecting role: UPDATE and DELETE are refused by "
            "a trigger, since an owner's privileges cannot be taken away"
        )
        return
    try:
        with bind.begin_nested():
            op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC")
            op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM current_user")
    except sa.exc.DBAPIError:
        log.warning(
            "could not take UPDATE and DELETE on audit_events from the application's role "
            "(only the table's owner can); the trigger still refuses them"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_guard ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS evactrack_audit_guard()")
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("redacted_at")
        batch_op.drop_column("chain_hash")
        batch_op.drop_column("content_hash")
