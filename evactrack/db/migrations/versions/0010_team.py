"""team work: a manifest entry says whether its person is still waiting to travel on it, and
a person can wait on one movement only (a unique constraint, whichever caseworker assigns)

``waiting`` is TRUE while the entry has no outcome and its movement was not aborted, NULL
otherwise (NULLs never collide in a unique constraint). Should an older database hold a
person waiting on two movements, the earliest entry keeps them.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-04 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("manifest_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("waiting", sa.Boolean(), nullable=True))
    op.execute(
        "UPDATE manifest_entries SET waiting = TRUE WHERE id IN ("
        " SELECT min(e.id) FROM manifest_entries e"
        " JOIN movements m ON m.id = e.movement_id"
        " WHERE e.outcome IS NULL AND m.status <> 'aborted'"
        " GROUP BY e.person_id)"
    )
    with op.batch_alter_table("manifest_entries", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f("uq_manifest_entries_person_id"), ["person_id", "waiting"]
        )


def downgrade() -> None:
    with op.batch_alter_table("manifest_entries", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_manifest_entries_person_id"), type_="unique")
        batch_op.drop_column("waiting")
