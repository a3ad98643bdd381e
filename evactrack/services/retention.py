"""Retention: closed cases are deleted for good once kept long enough, their values blanked
in the audit trail (whose chain still verifies), after a backup, with a disposal event that
holds counts only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from evactrack.db.models import Person, StatusChange
from evactrack.domain.enums import AuditAction, CaseStatus
from evactrack.domain.errors import ValidationError
from evactrack.domain.timezones import utcnow
from evactrack.services import audit, backup, settings
from evactrack.services.context import Context

CLOSED_STATUSES = frozenset(
    {CaseStatus.EVACUATED, CaseStatus.DECLINED, CaseStatus.DUPLICATE, CaseStatus.SELF_EVACUATED}
)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    persons: int
    events_blanked: int
    backup: Path | None  # the rotating backup taken first (none for PostgreSQL)


def kept_days(ctx: Context) -> int | None:
    """The admin's retention period, ``None`` while none is set."""
    value = settings.get(ctx, settings.RETENTION_DAYS)
    return int(value) if value else None


def _due(session: Session, older_than_days: int) -> list[int]:
    """Closed cases whose last status change is older than the period."""
    cutoff = utcnow() - timedelta(days=older_than_days)
    last_change = (
        select(StatusChange.person_id, func.max(StatusChange.changed_at).label("at"))
        .group_by(StatusChange.person_id)
        .subquery()
    )
    query = (
        select(Person.id)
        .outerjoin(last_change, last_change.c.person_id == Person.id)
        .where(
            Person.status.in_(CLOSED_STATUSES),
            func.coalesce(last_change.c.at, Person.updated_at) < cutoff,
        )
        .order_by(Person.id)
    )
    return list(session.scalars(query))


def purge(
    ctx: Context, older_than_days: int | None = None, *, dry_run: bool = False
) -> PurgeResult:
    """Delete every row of the closed cases older than ``older_than_days`` (default: the
    retention setting). Admin only; one transaction; a backup is taken first."""
    ctx.require_admin()
    days = older_than_days if older_than_days is not None else kept_days(ctx)
    if days is None or days < 1:
        raise ValidationError("give how many days closed cases are kept (at least 1)")
    if dry_run:
        with ctx.db.reading() as session:
            return PurgeResult(len(_due(session, days)), 0, None)
    ctx.require_write()
    taken = backup.rotate(ctx, "before-purge")
    with ctx.db.transaction() as session:
        due = _due(session, days)
        blanked = 0
        for start in range(0, len(due), 5000):
            part = due[start : start + 5000]
            # phones, documents, contacts, refusals, manifest entries, status history and
            # dependencies go with the person (ON DELETE CASCADE); household links are cleared
            session.execute(delete(Person).where(Person.id.in_(part)))
            blanked += audit.blank_values(session, "person", part)
        audit.record(session, ctx.actor, AuditAction.DISPOSE, "retention", None, "persons",
                     None, len(due))  # fmt: skip
    return PurgeResult(len(due), blanked, taken)
