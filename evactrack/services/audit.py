"""The audit trail: who changed what, when, field by field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evactrack.db.models import AuditEvent
from evactrack.domain.enums import AuditAction
from evactrack.domain.timezones import utcnow
from evactrack.services.context import Actor, Context


def as_text(value: Any) -> str | None:
    """Audit values are stored as text, in a stable form."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(as_text(v)) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    session.add(
        AuditEvent(
            occurred_at=utcnow(),
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=as_text(old),
            new_value=as_text(new),
        )
    )


def record_changes(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: int,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
) -> list[str]:
    """One UPDATE event per field whose value changed; returns the changed field names."""
    changed = [k for k in after if as_text(before.get(k)) != as_text(after[k])]
    for key in changed:
        record(
            session, actor, AuditAction.UPDATE, entity, entity_id, key, before.get(key), after[key]
        )
    return changed


@dataclass(frozen=True, slots=True)
class AuditEntry:
    occurred_at: datetime
    username: str | None
    action: AuditAction
    entity: str
    entity_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None


def history(ctx: Context, entity: str, entity_id: int, limit: int = 1000) -> list[AuditEntry]:
    """A record's audit trail, newest first."""
    with ctx.db.reading() as session:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
            .order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
            .limit(limit)
        )
        return [
            AuditEntry(
                e.occurred_at,
                e.username,
                e.action,
                e.entity,
                e.entity_id,
                e.field,
                e.old_value,
                e.new_value,
            )
            for e in rows
        ]
