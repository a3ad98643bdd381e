"""Rendezvous points: create, edit, deactivate, unique names, and who is expected there."""

from __future__ import annotations

import pytest

from evactrack.db.models import AuditEvent, RendezvousPoint
from evactrack.domain.enums import AuditAction, CaseStatus, ManifestOutcome, MovementStatus
from evactrack.domain.errors import NotFoundError, ValidationError
from evactrack.services import case_status, movements, persons, rendezvous
from evactrack.services.context import Context
from evactrack.services.rendezvous import PointInput
from tests.factories import make_movement, make_person, make_point
from tests.services.dbstate import audit_rows, count


def test_create_and_update_a_point_with_its_audit_trail(ctx: Context) -> None:
    created = rendezvous.create_point(
        ctx, PointInput("  Abbey   gate ", "south side, by the canal", 34.54, 69.21, 120)
    )
    assert (created.name, created.description, created.capacity, created.active) == (
        "Abbey gate",
        "south side, by the canal",
        120,
        True,
    )
    assert (created.latitude, created.longitude, created.assigned, created.preferred) == (
        34.54,
        69.21,
        0,
        0,
    )

    updated = rendezvous.update_point(
        ctx, created.id, created.version, PointInput("Abbey gate", "north side", 34.54, 69.21, 80)
    )

    assert (updated.description, updated.capacity, updated.version) == (
        "north side",
        80,
        created.version + 1,
    )
    assert rendezvous.get_point(ctx, created.id) == updated
    trail = [
        (e.action, e.field, e.old_value, e.new_value)
        for e in audit_rows(ctx, "rendezvous_point", created.id)
    ]
    assert trail == [
        (AuditAction.CREATE, None, None, "Abbey gate"),
        (AuditAction.UPDATE, "description", "south side, by the canal", "north side"),
        (AuditAction.UPDATE, "capacity", "120", "80"),
    ]


def test_bad_input_and_duplicate_names_are_refused(ctx: Context) -> None:
    cases = [
        (PointInput("   "), "needs a name"),
        (PointInput("Gate", capacity=-1), "cannot be negative"),
        (PointInput("Gate", latitude=91.0), "latitude"),
        (PointInput("Gate", longitude=-181.0), "longitude"),
    ]
    for data, message in cases:
        with pytest.raises(ValidationError, match=message):
            rendezvous.create_point(ctx, data)
    assert count(ctx, RendezvousPoint) == 0

    abbey = rendezvous.create_point(ctx, PointInput("Abbey gate"))
    baron = rendezvous.create_point(ctx, PointInput("Baron Hotel"))
    events = count(ctx, AuditEvent)

    with pytest.raises(ValidationError, match="'Abbey gate' already exists"):
        rendezvous.create_point(ctx, PointInput(" Abbey  gate"))
    with pytest.raises(ValidationError, match="'Abbey gate' already exists"):
        rendezvous.update_point(ctx, baron.id, baron.version, PointInput("Abbey gate"))

    assert [p.name for p in rendezvous.list_points(ctx)] == ["Abbey gate", "Baron Hotel"]
    assert rendezvous.get_point(ctx, baron.id).version == baron.version
    assert rendezvous.get_point(ctx, abbey.id) == abbey
    assert count(ctx, AuditEvent) == events


def test_a_point_is_deactivated_not_deleted(ctx: Context) -> None:
    point = make_point(ctx, "Abbey gate")
    make_point(ctx, "Baron Hotel")

    off = rendezvous.set_active(ctx, point, False)

    assert off.active is False
    assert [p.name for p in rendezvous.list_points(ctx, include_inactive=False)] == ["Baron Hotel"]
    assert [p.name for p in rendezvous.list_points(ctx)] == ["Abbey gate", "Baron Hotel"]
    assert rendezvous.set_active(ctx, point, False) == off  # no change, no event
    events = [
        (e.field, e.old_value, e.new_value) for e in audit_rows(ctx, "rendezvous_point", point)
    ]
    assert events[1:] == [("active", "yes", "no")]
    assert rendezvous.set_active(ctx, point, True).active is True
    with pytest.raises(NotFoundError, match="#999"):
        rendezvous.set_active(ctx, 999, False)


def test_assigned_counts_persons_still_to_meet_there(ctx: Context) -> None:
    abbey, baron = make_point(ctx, "Abbey gate"), make_point(ctx, "Baron Hotel")
    people = [make_person(ctx, name, status=CaseStatus.VERIFIED).id for name in "ABCD"]
    at_abbey = make_movement(ctx, abbey)
    movements.assign(ctx, at_abbey, people[:3])
    movements.assign(ctx, make_movement(ctx, baron), people[3:])
    assert [p.assigned for p in rendezvous.list_points(ctx)] == [3, 1]

    movements.set_status(ctx, at_abbey, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, at_abbey, people[0], ManifestOutcome.BOARDED)
    movements.remove_from_movement(ctx, at_abbey, people[1], "ill")

    assert rendezvous.get_point(ctx, abbey).assigned == 1
    assert rendezvous.get_point(ctx, baron).assigned == 1


def test_preferred_counts_persons_who_chose_the_point_and_are_still_here(ctx: Context) -> None:
    abbey = make_point(ctx, "Abbey gate")
    staying = make_person(ctx, "Ahmad", rendezvous_point_id=abbey).id
    gone = make_person(ctx, "Bashir", rendezvous_point_id=abbey).id
    make_person(ctx, "Cyrus")
    assert rendezvous.get_point(ctx, abbey).preferred == 2

    case_status.change_status(ctx, gone, CaseStatus.SELF_EVACUATED, "crossed at Torkham")

    assert rendezvous.get_point(ctx, abbey).preferred == 1
    assert persons.get_person(ctx, staying).data.rendezvous_point_id == abbey
