"""Read the database state a service test asserts on, as plain values (never ORM objects)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Row, Select, event, func, select

from evactrack.db.base import Base
from evactrack.db.models import AuditChainHead, AuditEvent, StatusChange
from evactrack.domain.enums import AuditAction
from evactrack.services.context import Context


def count(ctx: Context, model: Any, *where: ColumnElement[bool]) -> int:
    with ctx.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def rows(ctx: Context, query: Select[Any]) -> list[Row[Any]]:
    with ctx.db.reading() as session:
        return list(session.execute(query).all())


def audit_rows(ctx: Context, entity: str, entity_id: int) -> list[Row[Any]]:
    """(action, field, old, new, username, user_id, occurred_at), oldest first."""
    return rows(
        ctx,
        select(
            AuditEvent.action,
            AuditEvent.field,
            AuditEvent.old_value,
            AuditEvent.new_value,
            AuditEvent.username,
            AuditEvent.user_id,
            AuditEvent.occurred_at,
        )
        .where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.id),
    )


def status_rows(ctx: Context, person_id: int) -> list[Row[Any]]:
    """(from_status, to_status, reason, changed_at, user_id), in the order they were made."""
    return rows(
        ctx,
        select(
            StatusChange.from_status,
            StatusChange.to_status,
            StatusChange.reason,
            StatusChange.changed_at,
            StatusChange.user_id,
        )
        .where(StatusChange.person_id == person_id)
        .order_by(StatusChange.id),
    )


def everything(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: what an untouched save must leave as it is."""
    with ctx.db.reading() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(
                    select(table).order_by(*(table.primary_key.columns or table.columns))
                )
            ]
            for table in Base.metadata.sorted_tables
        }


# Events that record who looked, not what changed.
_ACCESS = frozenset({AuditAction.VIEW, AuditAction.EXPORT, AuditAction.PRINT, AuditAction.LOGIN})


def everything_but_access(ctx: Context) -> dict[str, list[tuple[Any, ...]]]:
    """:func:`everything` without the events of access (a case opened, a list printed) and
    without the audit chain's head, which moves with every event: what a form opened and
    saved untouched must leave as it is."""
    state = everything(ctx)
    state.pop(AuditChainHead.__tablename__)
    action = [c.name for c in AuditEvent.__table__.columns].index("action")
    events = state[AuditEvent.__tablename__]
    state[AuditEvent.__tablename__] = [e for e in events if e[action] not in _ACCESS]
    return state


T = TypeVar("T")


def with_subplans(ctx: Context, work: Callable[[], T]) -> tuple[T, list[str]]:
    """Run ``work``; answer its result and, on PostgreSQL, the SELECTs it ran whose plan
    has a subplan per row (a correlated subquery the server may answer by walking a whole
    index for each row: minutes at 100k persons, where a join takes milliseconds)."""
    ran: list[tuple[str, Any]] = []

    def note(_c: object, _cursor: object, statement: str, params: Any, *_: object) -> None:
        ran.append((statement, params))

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        result = work()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)
    if ctx.db.is_sqlite:
        return result, []
    slow = []
    with ctx.db.engine.connect() as connection:
        for statement, params in ran:
            if statement.lstrip().upper().startswith("SELECT"):
                plan = connection.exec_driver_sql("EXPLAIN " + statement, params).scalars()
                if any("SubPlan" in line for line in plan):
                    slow.append(statement)
    return result, slow
