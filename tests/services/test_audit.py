"""The audit trail names who changed what and when; a viewer changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from evactrack import demo
from evactrack.db.models import (
    AuditEvent,
    ContactAttempt,
    Household,
    ManifestEntry,
    Movement,
    Person,
    Refusal,
    RendezvousPoint,
    Setting,
    StatusChange,
)
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
    Role,
)
from evactrack.domain.errors import PermissionDeniedError
from evactrack.domain.timezones import utcnow
from evactrack.services import (
    audit,
    case_status,
    contacts,
    households,
    movements,
    persons,
    refusals,
    rendezvous,
    settings,
)
from evactrack.services.context import Context
from evactrack.services.persons import PersonInput
from evactrack.services.refusals import RefusalInput
from tests.conftest import account
from tests.factories import make_movement, make_person, make_point
from tests.services.dbstate import count, rows

A = AuditAction


def test_every_kind_of_write_is_audited_with_who_and_when(ctx: Context) -> None:
    started = utcnow() - timedelta(seconds=1)
    wali = make_person(ctx, "Wali", status=CaseStatus.VERIFIED)
    nadia = make_person(ctx, "Nadia", status=CaseStatus.VERIFIED)
    persons.update_person(ctx, wali.id, wali.version, PersonInput(given_name="Wali", notes="x"))
    household = households.create_household(ctx, wali.id, [nadia.id], name="Karimi")
    households.set_principal(ctx, household.id, nadia.id)
    households.set_travel_dependency(ctx, wali.id, nadia.id)
    point = make_point(ctx, "Abbey gate")
    rendezvous.update_point(ctx, point, 1, rendezvous.PointInput("Abbey gate", capacity=50))
    rendezvous.set_active(ctx, make_point(ctx, "Old gate"), False)
    movement = make_movement(ctx, point)
    detail = movements.get_movement(ctx, movement)
    movements.update_movement(
        ctx,
        movement,
        detail.version,
        movements.MovementInput(point, detail.window_start, detail.window_end, 25),
    )
    movements.assign(ctx, movement, [wali.id])
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, movement, wali.id, ManifestOutcome.BOARDED)
    movements.record_outcome(
        ctx, movement, nadia.id, ManifestOutcome.REFUSED, RefusalInput(RefusalReason.OTHER)
    )
    [refusal] = refusals.list_refusals(ctx)
    refusals.update_follow_up(ctx, refusal.id, refusal.version, "call the embassy")
    contacts.log_attempt(ctx, nadia.id, ContactChannel.PHONE, ContactOutcome.REACHED)
    settings.put(ctx, settings.SITE_NAME, "Kabul airport cell")

    events = rows(
        ctx,
        select(
            AuditEvent.entity,
            AuditEvent.action,
            AuditEvent.field,
            AuditEvent.username,
            AuditEvent.user_id,
            AuditEvent.occurred_at,
        ),
    )
    kinds = {(e.entity, e.action, e.field) for e in events}
    assert kinds >= {
        ("person", A.CREATE, None),
        ("person", A.TRANSITION, "status"),
        ("person", A.UPDATE, "notes"),
        ("person", A.UPDATE, "household_id"),
        ("person", A.UPDATE, "travels_only_with"),
        ("person", A.UPDATE, "movement"),
        ("person", A.UPDATE, f"movement #{movement} outcome"),
        ("person", A.CREATE, "refusal"),
        ("person", A.CREATE, "contact_attempt"),
        ("household", A.CREATE, None),
        ("household", A.UPDATE, "principal_id"),
        ("rendezvous_point", A.CREATE, None),
        ("rendezvous_point", A.UPDATE, "capacity"),
        ("rendezvous_point", A.UPDATE, "active"),
        ("movement", A.CREATE, None),
        ("movement", A.UPDATE, "capacity"),
        ("movement", A.TRANSITION, "status"),
        ("refusal", A.UPDATE, "follow_up"),
        ("setting", A.UPDATE, "site_name"),
    }
    finished = utcnow()
    for event in events:
        assert (event.username, event.user_id) == ("tester", ctx.actor.user_id)
        assert started <= event.occurred_at <= finished


def test_old_and_new_values_are_kept_field_by_field(ctx: Context) -> None:
    person = make_person(ctx, "Ahmad", "Rahimi")
    edited = persons.update_person(
        ctx,
        person.id,
        person.version,
        PersonInput(given_name="Ahmed", native_name="احمد", legal_status=person.data.legal_status),
    )
    case_status.change_status(ctx, person.id, CaseStatus.DEFERRED, "waiting for documents")
    settings.put(ctx, settings.OPERATION_TZ, "Asia/Dubai")

    trail = audit.history(ctx, "person", person.id)

    assert [(e.action, e.field, e.old_value, e.new_value) for e in trail] == [
        (A.TRANSITION, "status", "new", "deferred"),
        (A.UPDATE, "native_name", None, "احمد"),
        (A.UPDATE, "family_name", "Rahimi", None),
        (A.UPDATE, "given_name", "Ahmad", "Ahmed"),
        (A.CREATE, None, None, "Ahmad Rahimi"),
    ]
    assert all(e.entity == "person" and e.entity_id == person.id for e in trail)
    assert [e.occurred_at for e in trail] == sorted((e.occurred_at for e in trail), reverse=True)
    assert audit.history(ctx, "person", person.id, limit=2) == trail[:2]
    assert audit.history(ctx, "person", person.id + 1) == []
    assert edited.version == 2
    [tz] = rows(
        ctx,
        select(AuditEvent.old_value, AuditEvent.new_value).where(AuditEvent.entity == "setting"),
    )
    assert tuple(tz) == (None, "Asia/Dubai")


def test_a_viewer_cannot_write_and_nothing_changes(ctx: Context) -> None:
    person = make_person(ctx, "Ahmad", status=CaseStatus.VERIFIED)
    other = make_person(ctx, "Nadia", status=CaseStatus.VERIFIED)
    household = households.create_household(ctx, person.id, [other.id])
    point = make_point(ctx)
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, [person.id], split_households=True)
    refusal = refusals.record_refusal(
        ctx, person.id, RefusalInput(RefusalReason.OTHER, checkpoint="CP 1")
    )
    viewer = account(ctx, "victor", Role.VIEWER)
    tables = (
        Person,
        StatusChange,
        AuditEvent,
        Household,
        RendezvousPoint,
        Movement,
        ManifestEntry,
        Refusal,
        ContactAttempt,
        Setting,
    )
    before = {t: count(ctx, t) for t in tables}
    detail = movements.get_movement(ctx, movement)
    writes: list[Callable[[], Any]] = [
        lambda: persons.create_person(viewer, PersonInput(given_name="Zia")),
        lambda: persons.update_person(viewer, other.id, 3, PersonInput(given_name="Nadja")),
        lambda: case_status.change_status(viewer, other.id, CaseStatus.DEFERRED, "wait"),
        lambda: households.create_household(viewer, other.id),
        lambda: households.add_member(viewer, household.id, other.id),
        lambda: households.remove_member(viewer, household.id, other.id),
        lambda: households.set_principal(viewer, household.id, other.id),
        lambda: households.set_travel_dependency(viewer, other.id, person.id),
        lambda: rendezvous.create_point(viewer, rendezvous.PointInput("New gate")),
        lambda: rendezvous.update_point(viewer, point, 1, rendezvous.PointInput("Renamed")),
        lambda: rendezvous.set_active(viewer, point, False),
        lambda: movements.create_movement(
            viewer, movements.MovementInput(point, detail.window_start, detail.window_end, 5)
        ),
        lambda: movements.update_movement(
            viewer,
            movement,
            detail.version,
            movements.MovementInput(point, detail.window_start, detail.window_end, 5),
        ),
        lambda: movements.assign(viewer, movement, [other.id]),
        lambda: movements.remove_from_movement(viewer, movement, person.id, "no"),
        lambda: movements.record_outcome(viewer, movement, person.id, ManifestOutcome.NO_SHOW),
        lambda: movements.set_status(viewer, movement, MovementStatus.ABORTED, "no"),
        lambda: movements.mark_evacuated(viewer, movement, [person.id]),
        lambda: refusals.record_refusal(
            viewer, other.id, RefusalInput(RefusalReason.OTHER, checkpoint="CP")
        ),
        lambda: refusals.update_follow_up(viewer, refusal.id, refusal.version, "x"),
        lambda: contacts.log_attempt(
            viewer, other.id, ContactChannel.PHONE, ContactOutcome.REACHED
        ),
        lambda: settings.put(viewer, settings.SITE_NAME, "x"),
        lambda: demo.generate(viewer, 5),
    ]

    for write in writes:
        with pytest.raises(PermissionDeniedError):
            write()

    assert {t: count(ctx, t) for t in tables} == before
    assert persons.get_person(viewer, other.id) == persons.get_person(ctx, other.id)
    assert persons.get_person(viewer, other.id).status is CaseStatus.VERIFIED
    assert [e.username for e in audit.history(viewer, "person", other.id)] == ["tester"] * 4


def test_only_an_administrator_changes_settings(ctx: Context) -> None:
    caseworker = account(ctx, "bob")
    assert caseworker.actor.role is Role.CASEWORKER
    assert ctx.actor.role is Role.ADMIN  # the first account
    before = count(ctx, AuditEvent)

    with pytest.raises(PermissionDeniedError, match="not an administrator"):
        settings.put(caseworker, settings.OPERATION_TZ, "UTC")

    assert settings.get(ctx, settings.OPERATION_TZ) == "Asia/Kabul"
    assert count(ctx, AuditEvent) == before
