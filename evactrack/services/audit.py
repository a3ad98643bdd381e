"""The audit trail: who changed what, when, field by field, in a tamper-evident chain.

Each event stores ``content_hash`` (its old and new values) and ``chain_hash`` (the previous
event's chain hash, its content hash and its other fields). Retention blanks the values of old
events but keeps their content hash, so the chain still verifies; any other change, deletion or
insertion behind the application's back breaks it at that event. The newest chain hash is also
kept in ``audit_chain_head``: writers lock that row inside their transaction (``FOR UPDATE`` on
PostgreSQL, the write lock on SQLite), so concurrent writers never fork the chain, and events
deleted from the end of the trail are noticed.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, func, insert, or_, select, text, update
from sqlalchemy import event as orm_events
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Update

from evactrack.db.bulk import BulkWriter
from evactrack.db.engine import commit_in_one_trip, commits_in_one_trip
from evactrack.db.models import (
    AuditChainHead,
    AuditEvent,
    Household,
    Movement,
    Person,
    RendezvousPoint,
)
from evactrack.domain.audit_chain import GENESIS, chain_rows, chain_step, content_hash, link
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
from evactrack.services import changes
from evactrack.services.context import Actor, Context


def as_text(value: Any) -> str | None:
    """Audit values are stored as text, in a stable form."""
    if value is None or type(value) is str:  # most of them, a bulk step's hundred thousand
        return value
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
    """Note an event in ``session``'s transaction; it is chained and written at the commit
    (:func:`write_recorded`)."""
    transaction = session.get_transaction()
    known: tuple[Any, list[dict[str, Any]]] | None = session.info.get(_RECORDED)
    if known is None or known[0] is not transaction:
        known = session.info[_RECORDED] = (transaction, [])
    known[1].append(event_row(actor, action, entity, entity_id, field, old, new))


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
        **_step(actor, action, entity, at or utcnow()),
        "entity_id": entity_id,
        "field": field,
        "old_value": as_text(old),
        "new_value": as_text(new),
    }


def _step(actor: Actor, action: AuditAction, entity: str, at: datetime) -> dict[str, Any]:
    """The values that the events of one step share."""
    return {
        "occurred_at": at,
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": entity,
    }


def write_bulk(
    writer: BulkWriter,
    actor: Actor,
    action: AuditAction,
    entity: str,
    changes: Iterable[tuple[int | None, str | None, Any, Any]],
    at: datetime,
) -> None:
    """Write the events of one bulk step, one per (entity id, field, old value, new value),
    all at the same time, through ``writer``, chained in their order."""
    stored = [(i, f, as_text(old), as_text(new)) for i, f, old, new in changes]
    if not stored:
        return
    session, step = writer.session, _step(actor, action, entity, at)
    rows, last = chain_step(_bulk_head(session), step, stored)
    session.execute(_moved_head(session, last))
    writer.insert_rows(AuditEvent, _STEP_COLUMNS, rows, same=step)


_STEP_COLUMNS = ("entity_id", "field", "old_value", "new_value", "content_hash", "chain_hash")


# ---------------------------------------------------------------- the chain

_HEAD_ID = 1
_RECORDED = "audit_recorded"  # session.info: (its transaction, the events not yet written)
_HEAD = "audit_chain_head"  # session.info: (its transaction, the chain hash it has written)
_RETENTION_SETTING = "evactrack.audit_retention"  # the PostgreSQL trigger lets it blank values


def write_recorded(session: Session, *, committing: bool = False) -> None:
    """Chain the events recorded in this transaction and write them. Called at every commit
    (``committing``, before its last flush), or earlier by a caller whose next step needs
    them written.

    The chain head is locked from here to the transaction's end: every writer waits for it,
    so the lock is taken as late as it can be: after the transaction's own rows are written
    and with the events and the commit left to do. Taken now, the events get their ids in
    the order of the chain."""
    known = session.info.pop(_RECORDED, None)
    if known is None or known[0] is not session.get_transaction() or not known[1]:
        return
    events = known[1]
    session.flush()
    notices = changes.notices(session, events)
    if committing and commits_in_one_trip(session):
        _append_and_commit(session, events, notices)
    else:
        changes.note_own(session, _append(session, events, notices))


def _write_at_commit(session: Session) -> None:
    write_recorded(session, committing=True)


orm_events.listen(Session, "before_commit", _write_at_commit)


def chain_bulk(session: Session, events: Sequence[MutableMapping[str, Any]]) -> None:
    """Chain events that a bulk writer inserts itself (executemany, raw rows): call it right
    before inserting ``events``, in their order, in the writing transaction. Events recorded
    before are written first, so the ids follow the chain."""
    if not events:
        return
    session.execute(_moved_head(session, chain_rows(_bulk_head(session), events)))


def _bulk_head(session: Session) -> str | None:
    """The chain head a bulk writer's events follow: events recorded before are written
    first, so the ids follow the chain."""
    write_recorded(session)
    session.flush()
    return _head(session, [])


_CHUNK = 1000  # events per INSERT: PostgreSQL takes at most 65,535 values in a statement


def _append(
    session: Session, events: Sequence[MutableMapping[str, Any]], notices: list[str]
) -> list[tuple[int, AuditAction]]:
    """Chain and insert ``events``, store the new chain head, send the ``notices``
    (``services.changes``); the events' (id, action). Rows go in as one multi-row INSERT per
    chunk, in order, so ids follow the chain."""
    session.execute(_moved_head(session, chain_rows(_head(session, notices), events)))
    table = cast(Table, AuditEvent.__table__)
    written: list[tuple[int, AuditAction]] = []
    for start in range(0, len(events), _CHUNK):
        statement = insert(table).values(events[start : start + _CHUNK])
        found = session.execute(statement.returning(table.c.id, table.c.action))
        written.extend(found.tuples())
    return written


def _append_and_commit(
    session: Session, events: Sequence[MutableMapping[str, Any]], notices: list[str]
) -> None:
    """PostgreSQL, at commit: lock the chain head, taking the events' ids with it (in the
    order of the chain) and sending the ``notices``; then the events, the new head and the
    COMMIT go to the server together. Every writer waits for the head: it is held for one
    round trip and the hashing, where separate statements would wait for this process to
    be given a core again between each (a busy server runs many)."""
    head = cast(Table, AuditChainHead.__table__)
    sequence = func.pg_get_serial_sequence(AuditEvent.__tablename__, "id")
    ids = (
        select(func.array_agg(func.nextval(sequence)))
        .select_from(func.generate_series(1, len(events)))
        .scalar_subquery()
    )
    # The ids are taken above the locked row (a subquery of it), so only once it is held:
    # beside its column, PostgreSQL would take them while the row is still being waited for.
    locked = select(head.c.chain_hash).where(head.c.id == _HEAD_ID).with_for_update().subquery()
    lock = select(locked.c.chain_hash, ids)
    if notices:
        lock = lock.add_columns(changes.sending(notices))
    found = session.execute(lock).one_or_none()
    if found is None:  # a database whose migration could not write the row
        changes.note_own(session, _append(session, events, notices))
        return
    for event, event_id in zip(events, sorted(found[1]), strict=True):
        event["id"] = event_id
    last = chain_rows(found.chain_hash, events)
    changes.note_own(session, [(event["id"], event["action"]) for event in events])
    writer = BulkWriter(session)
    commit_in_one_trip(
        session,
        [
            *writer.insert_statements(AuditEvent, events),
            writer.update_statement(AuditChainHead, {"chain_hash": last}, {"id": _HEAD_ID}),
        ],
    )


def _head(session: Session, notices: list[str]) -> str | None:
    """This transaction's chain head: read once per transaction and locked until it ends
    (the ``notices`` sent by the same statement)."""
    known = session.info.get(_HEAD)
    if known is not None and known[0] is session.get_transaction():
        previous, sent = known[1], not notices
    else:
        head = select(AuditChainHead.chain_hash).where(AuditChainHead.id == _HEAD_ID)
        if notices:
            head = head.add_columns(changes.sending(notices))
        found = session.execute(head.with_for_update()).one_or_none()
        if found is None:  # a database whose migration could not write the row
            session.execute(insert(AuditChainHead).values(id=_HEAD_ID, chain_hash=None))
        previous, sent = (None, not notices) if found is None else (found.chain_hash, True)
    if not sent:
        session.execute(select(changes.sending(notices)))
    return cast(str | None, previous)


def _moved_head(session: Session, chain_hash: str) -> Update:
    """The statement that stores ``chain_hash`` as the new chain head, known from now on
    to this transaction."""
    session.info[_HEAD] = (session.get_transaction(), chain_hash)
    return _stored_head(chain_hash)


def _stored_head(chain_hash: str) -> Update:
    head = cast(Table, AuditChainHead.__table__)
    return update(head).where(head.c.id == _HEAD_ID).values(chain_hash=chain_hash)


def blank_values(session: Session, entity: str, entity_ids: Iterable[int]) -> int:
    """Retention: blank the values of a record's events (its personal data), keeping their
    content hash so the chain still verifies. The only change ever made to an event."""
    ids = list(entity_ids)
    blanked = 0
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql:
        session.execute(text(f"SET LOCAL {_RETENTION_SETTING} = 'on'"))
    for start in range(0, len(ids), 5000):
        part = ids[start : start + 5000]
        done = session.execute(
            update(AuditEvent)
            .where(
                AuditEvent.entity == entity,
                AuditEvent.entity_id.in_(part),
                or_(AuditEvent.old_value.is_not(None), AuditEvent.new_value.is_not(None)),
            )
            .values(old_value=None, new_value=None, redacted_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        blanked += int(getattr(done, "rowcount", 0) or 0)
    if postgresql:
        session.execute(text(f"SET LOCAL {_RETENTION_SETTING} = 'off'"))
    return blanked


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The outcome of checking the audit trail: ``broken_event`` is the first event that
    does not verify (``None`` with a ``problem``: the end of the trail is missing)."""

    checked: int
    problem: str | None = None
    broken_event: int | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify_steps(ctx: Context, step: int = 20_000) -> Generator[tuple[int, int], None, ChainCheck]:
    """Check the whole chain, oldest event first, yielding (events checked, events in all)."""
    with ctx.db.reading() as session:
        total = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        stored_head = session.scalar(
            select(AuditChainHead.chain_hash).where(AuditChainHead.id == _HEAD_ID)
        )
        columns = AuditEvent.__table__.c
        query = select(
            columns.id,
            columns.occurred_at,
            columns.user_id,
            columns.username,
            columns.action,
            columns.entity,
            columns.entity_id,
            columns.field,
            columns.old_value,
            columns.new_value,
            columns.content_hash,
            columns.chain_hash,
            columns.redacted_at,
        ).order_by(columns.id)
        previous, checked, last_id = GENESIS, 0, None
        yield 0, total
        rows = session.execute(query.execution_options(yield_per=step))
        for row in rows:
            event = row._mapping
            last_id = event["id"]
            if event["chain_hash"] is None or event["content_hash"] is None:
                return ChainCheck(checked, f"event #{last_id} is not chained", last_id)
            blanked = event["redacted_at"] is not None and (
                event["old_value"] is None and event["new_value"] is None
            )
            values = content_hash(event["old_value"], event["new_value"])
            if not blanked and values != event["content_hash"]:
                return ChainCheck(checked, f"the values of event #{last_id} changed", last_id)
            if link(previous, event, event["content_hash"]) != event["chain_hash"]:
                return ChainCheck(
                    checked,
                    f"event #{last_id} changed, or an event just before it was deleted or inserted",
                    last_id,
                )
            previous = event["chain_hash"]
            checked += 1
            if checked % step == 0:
                yield checked, total
        if (stored_head or GENESIS) != previous:
            where = f"after event #{last_id}" if last_id is not None else "(no event left)"
            return ChainCheck(checked, f"the newest events were deleted {where}")
        yield checked, total
        return ChainCheck(checked)


def verify(ctx: Context) -> ChainCheck:
    """:func:`verify_steps` run to the end, for the command line and tests."""
    steps = verify_steps(ctx)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: ChainCheck = done.value
            return result


def record_access(
    ctx: Context,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    field: str | None = None,
    new: Any = None,
) -> None:
    """A case view, print or export, in its own transaction: every role is audited when it
    reads. A read-only database cannot take the event (nothing can be written to it)."""
    if ctx.db.read_only:
        return
    with ctx.db.transaction() as session:
        record(session, ctx.actor, action, entity, entity_id, field, None, new)


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
    entries = [e for e in history(ctx, "person", person_id, limit) if e.action != AuditAction.VIEW]
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
