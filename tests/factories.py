"""Seed data through the real services (never by writing rows by hand)."""

from __future__ import annotations

from datetime import timedelta

from evactrack.domain.enums import CaseStatus, LegalStatus
from evactrack.domain.timezones import utcnow
from evactrack.services import case_status, movements, persons, rendezvous
from evactrack.services.context import Context
from evactrack.services.persons import PersonDetail, PersonInput, PhoneInput


def make_person(
    ctx: Context,
    given: str = "Ahmad",
    family: str | None = "Rahimi",
    *,
    legal_status: LegalStatus = LegalStatus.CITIZEN,
    phone: str | None = None,
    status: CaseStatus = CaseStatus.NEW,
    **fields: object,
) -> PersonDetail:
    data = PersonInput(
        given_name=given,
        family_name=family,
        legal_status=legal_status,
        phones=(PhoneInput(phone),) if phone else (),
        **fields,
    )  # type: ignore[arg-type]
    person = persons.create_person(ctx, data)
    path = {
        CaseStatus.NEW: [],
        CaseStatus.CONTACTED: [CaseStatus.CONTACTED],
        CaseStatus.VERIFIED: [CaseStatus.CONTACTED, CaseStatus.VERIFIED],
    }[status]
    for step in path:
        case_status.change_status(ctx, person.id, step)
    return persons.get_person(ctx, person.id) if path else person


def make_point(ctx: Context, name: str = "Baron Hotel gate", capacity: int | None = 200) -> int:
    return rendezvous.create_point(ctx, rendezvous.PointInput(name, capacity=capacity)).id


def make_movement(ctx: Context, point_id: int, capacity: int = 20) -> int:
    # Begun an hour ago: the window lies within the operation's day at any hour of the clock
    # (one starting an hour from now is tomorrow's after 23:00 in Kabul).
    start = utcnow() - timedelta(hours=1)
    return movements.create_movement(
        ctx,
        movements.MovementInput(
            point_id,
            start,
            start + timedelta(hours=3),
            capacity,
            escort_party="escort unit 7",
            recognition_signal="blue scarf",
        ),
    ).id
