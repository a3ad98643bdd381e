"""an index on persons' dates of birth: an import looks up, chunk by chunk, the persons born
on the same day as its rows instead of holding every person of the database in memory

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 14:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_persons_date_of_birth", "persons", ["date_of_birth"])


def downgrade() -> None:
    op.drop_index("ix_persons_date_of_birth", table_name="persons")
