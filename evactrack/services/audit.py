"""The audit trail: who changed what, when, field by field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evactrack.db.models import AuditEvent, Household, Movement, Person, RendezvousPoint
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    DocumentType,
    LabelledEnum,
    LegalStatus,
    ManifestOutcome,
    RefusalReason,
    Sex,
    WishesToLeave,
)
from evactrack.domain.names import display_name
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
    session.add(AuditEvent(**event_row(actor, action, entity, entity_id, field, old, new)))


def event_row(
    actor: Actor,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
    *,
    at: datetime | None = None,
) -> dict[str, Any]:
    """One audit event as the values of its row: what :func:`record` adds, and what bulk
    work (an import, demo data) writes through ``db.bulk``."""
    return {
        "occurred_at": at or utcnow(),
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "field": field,
        "old_value": as_text(old),
        "new_value": as_text(new),
    }


def bulk_rows(
    actor: Actor,
    action: AuditAction,
    entity: str,
    changes: Iterable[tuple[int | None, str | None, Any, Any]],
    at: datetime,
) -> list[dict[str, Any]]:
    """The events of one bulk step, one per (entity id, field, old value, new value), all
    at the same time: rows for ``db.bulk.BulkWriter.insert(AuditEvent, ...)``."""
    return [event_row(actor, action, entity, i, f, old, new, at=at) for i, f, old, new in changes]


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


@dataclass(frozen=True, slots=True)
class Named:
    """A record an event refers to by id, with its name today (``None``: no name, or gone)."""

    kind: str  # "rendezvous_point", "household", "person" or "movement"
    id: int
    name: str | None


# What a value of the history is: words to translate (enum members, yes/no), a record by name,
# a list ("; "), a pair ("Phone: Reached"), or text as it was typed.
HistoryValue = (
    str | bool | LabelledEnum | Named | tuple["HistoryValue", ...] | list["HistoryValue"] | None
)


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One event of a person's history, its values decoded for a caseworker to read.

    ``field`` is a stable key (a :class:`PersonInput` field, ``status``, ``movement``,
    ``outcome``, ``refusal``, ``contact_attempt``…); a value that cannot be decoded stays the
    text it was stored as, so nothing recorded is ever hidden."""

    occurred_at: datetime
    username: str | None
    action: AuditAction
    field: str | None
    old: HistoryValue
    new: HistoryValue
    movement: Named | None = None  # the movement an outcome was recorded on


_ENUM_FIELDS: dict[str, type[LabelledEnum]] = {
    "status": CaseStatus,
    "sex": Sex,
    "legal_status": LegalStatus,
    "wishes_to_leave": WishesToLeave,
}
_REFERENCES = {
    "rendezvous_point_id": "rendezvous_point",
    "household_id": "household",
    "travels_only_with": "person",
    "movement": "movement",
}
_OUTCOME_FIELD = re.compile(r"movement #(\d+) outcome")
_REFUSAL_VALUE = re.compile(r"#\d+ (\w+)")


def person_history(ctx: Context, person_id: int, limit: int = 1000) -> list[HistoryLine]:
    """A person's audit trail, newest first, in field keys and typed values: the interface
    turns them into words in its own language."""
    from evactrack.services.persons import FLAG_COLUMNS  # persons records through this module

    flags = {column: flag for flag, column in FLAG_COLUMNS.items()}
    entries = history(ctx, "person", person_id, limit)
    wanted: dict[str, set[int]] = {kind: set() for kind in _REFERENCES.values()}
    for e in entries:
        kind = _REFERENCES.get(e.field or "")
        outcome = _OUTCOME_FIELD.fullmatch(e.field or "")
        if outcome:
            wanted["movement"].add(int(outcome.group(1)))
        elif kind:
            wanted[kind].update(int(v) for v in (e.old_value, e.new_value) if v and v.isdigit())
    with ctx.db.reading() as session:
        names = _names(session, wanted)

    def named(kind: str, value: str | None) -> HistoryValue:
        if value is None or not value.isdigit():
            return value
        return Named(kind, int(value), names[kind].get(int(value)))

    def decode(field: str | None, value: str | None) -> HistoryValue:
        if value is None or field is None:
            return value
        try:
            if field in _ENUM_FIELDS:
                return _ENUM_FIELDS[field](value)
            if field == "outcome":
                return ManifestOutcome(value)
            if field in _REFERENCES:
                return named(_REFERENCES[field], value)
            if field in flags:
                return {"yes": True, "no": False}[value]
            if field == "documents":
                return [_document(d) for d in value.split("; ")]
            if field == "contact_attempt":
                channel, outcome = value.split(": ")
                return (ContactChannel(channel), ContactOutcome(outcome))
            if field == "refusal":
                match = _REFUSAL_VALUE.fullmatch(value)
                return RefusalReason(match.group(1)) if match else value
        except (ValueError, KeyError):
            return value
        return value

    lines = []
    for e in entries:
        field, movement = e.field, None
        outcome = _OUTCOME_FIELD.fullmatch(e.field or "")
        if outcome:
            field = "outcome"
            number = int(outcome.group(1))
            movement = Named("movement", number, names["movement"].get(number))
        old, new = decode(field, e.old_value), decode(field, e.new_value)
        if field in flags:
            field = f"flag:{flags[field].value}"
        lines.append(HistoryLine(e.occurred_at, e.username, e.action, field, old, new, movement))
    return lines


def _document(stored: str) -> HistoryValue:
    """ "passport:X123" as (Passport, "X123"); an unknown type stays as stored."""
    kind, _, number = stored.partition(":")
    try:
        return (DocumentType(kind), number)
    except ValueError:
        return stored


def _names(session: Session, wanted: dict[str, set[int]]) -> dict[str, dict[int, str | None]]:
    found: dict[str, dict[int, str | None]] = {kind: {} for kind in wanted}
    if wanted["rendezvous_point"]:
        found["rendezvous_point"] = dict(
            session.execute(
                select(RendezvousPoint.id, RendezvousPoint.name).where(
                    RendezvousPoint.id.in_(wanted["rendezvous_point"])
                )
            )
            .tuples()
            .all()
        )
    if wanted["household"]:
        found["household"] = dict(
            session.execute(
                select(Household.id, Household.name).where(Household.id.in_(wanted["household"]))
            )
            .tuples()
            .all()
        )
    if wanted["movement"]:
        found["movement"] = dict(
            session.execute(
                select(Movement.id, Movement.name).where(Movement.id.in_(wanted["movement"]))
            )
            .tuples()
            .all()
        )
    if wanted["person"]:
        for p in session.scalars(select(Person).where(Person.id.in_(wanted["person"]))):
            found["person"][p.id] = display_name(
                p.given_name, p.family_name, p.father_name, p.native_name, p.sex
            )
    return found
