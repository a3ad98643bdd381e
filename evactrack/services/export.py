"""Export persons to CSV: UTF-8 with BOM so Excel opens it right, safe against formulas.

The file is written beside its target and renamed into place, so a failed export never
leaves half a list behind; it is readable by its owner only.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select

from evactrack.db.models import IdentityDocument, Person, PhoneNumber, RendezvousPoint
from evactrack.domain.enums import AuditAction
from evactrack.domain.names import display_name
from evactrack.domain.spreadsheet import neutralise
from evactrack.files import private_file
from evactrack.services import audit
from evactrack.services.context import Context
from evactrack.services.persons import FLAG_COLUMNS

COLUMNS = [
    "person_id",
    "full_name",
    "given_name",
    "family_name",
    "native_name",
    "father_name",
    "grandfather_name",
    "date_of_birth",
    "sex",
    "nationality",
    "phone",
    "email",
    "legal_status",
    "status",
    "household_id",
    "rendezvous_point",
    "documents",
    "location",
    "vulnerability",
    "wishes_to_leave",
    "last_contact_at",
]
CHUNK = 2_000


def export_persons_csv(
    ctx: Context,
    path: Path,
    person_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write one row per person (all, or the given ids); returns how many were written.
    Names and numbers in full: not for viewers."""
    ctx.require_output(redacted=False)
    written = 0
    with (
        private_file(path, "w", encoding="utf-8-sig", newline="") as out,
        ctx.db.reading() as session,
    ):
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        ids = (
            list(person_ids)
            if person_ids is not None
            else list(session.scalars(select(Person.id).order_by(Person.id)))
        )
        points = dict(
            session.execute(select(RendezvousPoint.id, RendezvousPoint.name)).tuples().all()
        )
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            phones: dict[int, list[str]] = defaultdict(list)
            for pid, number in session.execute(
                select(PhoneNumber.person_id, PhoneNumber.number)
                .where(PhoneNumber.person_id.in_(chunk))
                .order_by(PhoneNumber.person_id, PhoneNumber.position)
            ):
                phones[pid].append(number)
            documents: dict[int, list[str]] = defaultdict(list)
            for pid, doc_type, number in session.execute(
                select(
                    IdentityDocument.person_id,
                    IdentityDocument.doc_type,
                    IdentityDocument.number,
                )
                .where(IdentityDocument.person_id.in_(chunk))
                .order_by(IdentityDocument.id)
            ):
                documents[pid].append(f"{doc_type.value}: {number}")
            for p in session.scalars(
                select(Person).where(Person.id.in_(chunk)).order_by(Person.id)
            ):
                writer.writerow(_row(p, phones[p.id], documents[p.id], points))
                written += 1
            if progress:
                progress(written, len(ids))
    audit.record_access(ctx, AuditAction.EXPORT, "export", None, "persons_csv", written)
    return written


def _row(p: Person, phones: list[str], documents: list[str], points: dict[int, str]) -> list[str]:
    born = (
        p.date_of_birth.isoformat()
        if p.date_of_birth
        else (str(p.birth_year) if p.birth_year else "")
    )
    flags = "; ".join(flag.value for flag, column in FLAG_COLUMNS.items() if getattr(p, column))
    values = [
        str(p.id),
        display_name(p.given_name, p.family_name, p.father_name, p.native_name, p.sex),
        p.given_name or "",
        p.family_name or "",
        p.native_name or "",
        p.father_name or "",
        p.grandfather_name or "",
        born,
        p.sex.value,
        p.nationality or "",
        "; ".join(phones),
        p.email or "",
        p.legal_status.value,
        p.status.value,
        str(p.household_id) if p.household_id else "",
        points.get(p.rendezvous_point_id, "") if p.rendezvous_point_id else "",
        "; ".join(documents),
        p.location or "",
        flags,
        p.wishes_to_leave.value,
        p.last_contact_at.isoformat() if p.last_contact_at else "",
    ]
    phone_column = COLUMNS.index("phone")
    return [neutralise(v, phone_list=i == phone_column) for i, v in enumerate(values)]
