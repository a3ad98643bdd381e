"""Refusals outside a manifest (checkpoints), their follow-up, and listing them by day."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from evactrack.db.models import Refusal
from evactrack.domain.enums import AuditAction, CaseStatus, RefusalReason
from evactrack.domain.errors import IllegalTransitionError, ValidationError
from evactrack.services import movements, persons, refusals, settings
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from tests.factories import make_movement, make_person, make_point
from tests.services.dbstate import audit_rows, count, rows, status_rows


def _on_their_way(ctx: Context, *names: str) -> list[int]:
    """Persons assigned to a movement: the ones a checkpoint can turn away."""
    ids = [make_person(ctx, name, status=CaseStatus.VERIFIED).id for name in names]
    movements.assign(ctx, make_movement(ctx, make_point(ctx)), ids)
    return ids


def test_a_checkpoint_refusal_puts_the_person_in_the_follow_up_queue_once(ctx: Context) -> None:
    [person] = _on_their_way(ctx, "Ahmad")
    when = datetime(2026, 8, 25, 9, 30, tzinfo=UTC)

    detail = refusals.record_refusal(
        ctx,
        person,
        RefusalInput(
            RefusalReason.NOT_ON_LIST,
            checkpoint="  Checkpoint   Massoud square ",
            refused_by="militia",
            reason_text="name not on the printed list",
            follow_up="send the list again",
            occurred_at=when,
        ),
    )

    assert (detail.where, detail.movement_id, detail.person_name) == (
        "Checkpoint Massoud square",
        None,
        "Ahmad Rahimi",
    )
    assert persons.get_person(ctx, person).status is CaseStatus.REFUSED
    assert movements.follow_up_queue(ctx) == [person]
    last = status_rows(ctx, person)[-1]
    assert (last.from_status, last.to_status, last.changed_at) == (
        CaseStatus.ASSIGNED,
        CaseStatus.REFUSED,
        when,
    )
    assert last.reason == "refused (not_on_list): name not on the printed list"
    [stored] = rows(
        ctx, select(Refusal.checkpoint, Refusal.occurred_at, Refusal.recorded_by_id, Refusal.reason)
    )
    assert tuple(stored) == (
        "Checkpoint Massoud square",
        when,
        ctx.actor.user_id,
        RefusalReason.NOT_ON_LIST,
    )
    created = [e for e in audit_rows(ctx, "person", person) if e.field == "refusal"]
    assert [(e.action, e.new_value) for e in created] == [
        (AuditAction.CREATE, f"#{detail.id} not_on_list")
    ]

    # A second refusal is recorded; the person stays refused without a new transition.
    changes = len(status_rows(ctx, person))
    refusals.record_refusal(ctx, person, RefusalInput(RefusalReason.OTHER, checkpoint="CP 2"))

    assert count(ctx, Refusal) == 2
    assert len(status_rows(ctx, person)) == changes
    assert persons.get_person(ctx, person).status is CaseStatus.REFUSED


def test_a_refusal_without_a_place_is_refused_and_nothing_written(ctx: Context) -> None:
    [person] = _on_their_way(ctx, "Ahmad")

    with pytest.raises(ValidationError, match="rendezvous point or checkpoint"):
        refusals.record_refusal(ctx, person, RefusalInput(RefusalReason.OTHER, checkpoint="  "))

    assert count(ctx, Refusal) == 0
    assert persons.get_person(ctx, person).status is CaseStatus.ASSIGNED


def test_a_refusal_the_case_status_does_not_allow_writes_nothing(ctx: Context) -> None:
    person = make_person(ctx, "Ahmad").id  # new: not on the way anywhere

    with pytest.raises(IllegalTransitionError, match="'new' to 'refused'"):
        refusals.record_refusal(ctx, person, RefusalInput(RefusalReason.OTHER, checkpoint="CP 1"))

    assert count(ctx, Refusal) == 0
    assert persons.get_person(ctx, person).status is CaseStatus.NEW


def test_follow_up_and_resolution_are_saved_and_audited(ctx: Context) -> None:
    first, second = _on_their_way(ctx, "Ahmad", "Bashir")
    point = make_point(ctx, "Abbey gate")
    refusal = refusals.record_refusal(
        ctx, first, RefusalInput(RefusalReason.DOCUMENT_NOT_ACCEPTED, rendezvous_point_id=point)
    )
    other = refusals.record_refusal(
        ctx, second, RefusalInput(RefusalReason.OTHER, checkpoint="CP 1")
    )
    assert refusal.where == "Abbey gate"

    noted = refusals.update_follow_up(ctx, refusal.id, refusal.version, " embassy to confirm ")
    resolved = refusals.update_follow_up(
        ctx, refusal.id, noted.version, noted.follow_up, "passport accepted on appeal", True
    )

    assert noted.follow_up == "embassy to confirm"
    assert resolved.resolution == "passport accepted on appeal"
    assert resolved.resolved_at is not None
    assert resolved.version == refusal.version + 2
    changes = [(e.field, e.old_value, e.new_value) for e in audit_rows(ctx, "refusal", refusal.id)]
    assert changes[:2] == [
        ("follow_up", None, "embassy to confirm"),
        ("resolution", None, "passport accepted on appeal"),
    ]
    assert changes[2][0] == "resolved_at"
    assert [r.id for r in refusals.list_refusals(ctx, open_only=True)] == [other.id]
    assert {r.id for r in refusals.list_refusals(ctx)} == {refusal.id, other.id}
    assert [r.id for r in refusals.list_refusals(ctx, person_id=first)] == [refusal.id]


def test_refusals_are_listed_by_day_of_the_operation_time_zone(ctx: Context) -> None:
    late, evening, morning = _on_their_way(ctx, "Ahmad", "Bashir", "Cyrus")
    times = {
        late: datetime(2026, 8, 25, 20, 0, tzinfo=UTC),  # 00:30 on the 26th in Kabul
        evening: datetime(2026, 8, 25, 19, 0, tzinfo=UTC),  # 23:30 on the 25th in Kabul
        morning: datetime(2026, 8, 25, 3, 0, tzinfo=UTC),
    }
    ids = {
        person: refusals.record_refusal(
            ctx, person, RefusalInput(RefusalReason.OTHER, checkpoint="CP", occurred_at=when)
        ).id
        for person, when in times.items()
    }

    def on(day: date) -> list[int]:
        return [r.id for r in refusals.list_refusals(ctx, day=day)]

    assert settings.get(ctx, settings.OPERATION_TZ) == "Asia/Kabul"
    assert on(date(2026, 8, 26)) == [ids[late]]
    assert on(date(2026, 8, 25)) == [ids[evening], ids[morning]]  # newest first
    assert on(date(2026, 8, 24)) == []

    settings.put(ctx, settings.OPERATION_TZ, "UTC")
    assert on(date(2026, 8, 25)) == [ids[late], ids[evening], ids[morning]]
    assert on(date(2026, 8, 26)) == []
