"""A small operation seeded through the real services, shared by the report tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    DocumentType,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
    VulnerabilityFlag,
)
from evactrack.services import contacts, households, movements
from evactrack.services.context import Context
from evactrack.services.persons import Document
from evactrack.services.refusals import RefusalInput
from tests.factories import make_movement, make_person, make_point

DARI = "عبدالله رحیمی"
PASHTO = "ځلاند ننګیال"
FRENCH = ("Hélène", "Garçon-Lefèvre")
EMAIL = "helene.lefevre@example.org"


@dataclass
class Seeded:
    point_id: int
    movement_id: int
    principal_id: int
    pashto_id: int
    french_id: int
    phones: list[str]
    document_numbers: list[str]


def seed_operation(ctx: Context) -> Seeded:
    """A household of three on a movement (one boards, one is refused), a French evacuee
    with an e-mail, and extra persons waiting at a rendezvous point."""
    point = make_point(ctx, "Baron Hotel gate")
    principal = make_person(
        ctx,
        "Abdullah",
        "Rahimi",
        native_name=DARI,
        phone="+93 70 123 4567",
        status=CaseStatus.VERIFIED,
        date_of_birth=date(1980, 3, 1),
        documents=(Document(DocumentType.PASSPORT, "P01234567"),),
        rendezvous_point_id=point,
    )
    pashto = make_person(
        ctx,
        "Zaland",
        "Nangyal",
        legal_status=LegalStatus.FAMILY_MEMBER,
        native_name=PASHTO,
        phone="0799 765 432",
        status=CaseStatus.VERIFIED,
        documents=(Document(DocumentType.TAZKIRA, "1400-0101-23456"),),
        flags=frozenset({VulnerabilityFlag.MEDICAL}),
    )
    child = make_person(
        ctx,
        "Maryam",
        "Rahimi",
        legal_status=LegalStatus.FAMILY_MEMBER,
        status=CaseStatus.VERIFIED,
        flags=frozenset({VulnerabilityFlag.UNACCOMPANIED_CHILD}),
    )
    households.create_household(ctx, principal.id, [pashto.id, child.id], name="Rahimi")
    french = make_person(
        ctx,
        *FRENCH,
        legal_status=LegalStatus.PERMANENT_RESIDENT,
        phone="+33 6 12 34 56 78",
        email=EMAIL,
        notes="lives above the bakery",
        location="Wazir Akbar Khan",
    )
    contacts.log_attempt(ctx, french.id, ContactChannel.PHONE, ContactOutcome.REACHED)
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, [principal.id])
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, movement, principal.id, ManifestOutcome.BOARDED)
    movements.record_outcome(
        ctx,
        movement,
        pashto.id,
        ManifestOutcome.REFUSED,
        RefusalInput(
            RefusalReason.DOCUMENT_NOT_ACCEPTED,
            rendezvous_point_id=point,
            refused_by="gate officer",
            follow_up="call the embassy",
        ),
    )
    return Seeded(
        point,
        movement,
        principal.id,
        pashto.id,
        french.id,
        ["+93701234567", "+93799765432", "+33612345678"],
        ["P01234567", "1400-0101-23456"],
    )
