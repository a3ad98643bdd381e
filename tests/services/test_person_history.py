"""A person's history decoded: enum members, records by name, never column values."""

from __future__ import annotations

from dataclasses import replace

from evactrack.domain import names
from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    DocumentType,
    ManifestOutcome,
    MovementStatus,
    Sex,
    VulnerabilityFlag,
)
from evactrack.services import audit, contacts, movements, persons
from evactrack.services.audit import Named
from evactrack.services.context import Context
from evactrack.services.persons import Document
from tests.factories import make_movement, make_person, make_point


def test_every_kind_of_event_is_decoded(ctx: Context) -> None:
    point = make_point(ctx, "North Gate")
    person = make_person(ctx, "Zahra", "Ahmadi", status=CaseStatus.VERIFIED)
    edited = replace(
        person.data,
        rendezvous_point_id=point,
        flags=frozenset({VulnerabilityFlag.MEDICAL}),
        documents=(Document(DocumentType.PASSPORT, "P123"),),
    )
    persons.update_person(ctx, person.id, person.version, edited)
    contacts.log_attempt(ctx, person.id, ContactChannel.WHATSAPP, ContactOutcome.REACHED)
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, [person.id])
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, movement, person.id, ManifestOutcome.BOARDED)
    # Boarded while assembling stays assigned until the movement departs.
    movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)

    lines = {line.field: line for line in reversed(audit.person_history(ctx, person.id))}
    assert lines["rendezvous_point_id"].new == Named("rendezvous_point", point, "North Gate")
    assert lines["flag:medical"].old is False and lines["flag:medical"].new is True
    assert lines["documents"].new == [(DocumentType.PASSPORT, "P123")]
    assert lines["contact_attempt"].new == (ContactChannel.WHATSAPP, ContactOutcome.REACHED)
    assert lines["movement"].new == Named("movement", movement, None)
    assert lines["outcome"].new is ManifestOutcome.BOARDED
    assert lines["outcome"].movement == Named("movement", movement, None)
    assert lines["status"].new is CaseStatus.IN_TRANSIT
    assert lines[None].new == "Zahra Ahmadi"


def test_a_value_that_cannot_be_decoded_is_shown_as_stored(ctx: Context) -> None:
    person = make_person(ctx, "Zahra", "Ahmadi")
    with ctx.db.transaction() as session:
        audit.record(session, ctx.actor, audit.AuditAction.UPDATE, "person", person.id,
                     "status", "retired_status", "also unknown")  # fmt: skip
        audit.record(session, ctx.actor, audit.AuditAction.UPDATE, "person", person.id,
                     "rendezvous_point_id", None, 999)  # fmt: skip
    lines = audit.person_history(ctx, person.id)
    assert (lines[1].old, lines[1].new) == ("retired_status", "also unknown")
    assert lines[0].new == Named("rendezvous_point", 999, None)


def test_the_stored_name_does_not_follow_the_interface_language(ctx: Context) -> None:
    names.set_language("fr")
    try:
        person = make_person(ctx, "Mariam", None, father_name="Karim", sex=Sex.FEMALE)
    finally:
        names.set_language("en")
    assert audit.person_history(ctx, person.id)[-1].new == "Mariam d/o Karim"
