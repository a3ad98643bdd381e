"""Person records (evacuees): create, edit and look up; what a list shows of them.

Case statuses are in :mod:`~evactrack.services.case_status`, search in
:mod:`~evactrack.services.search`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from evactrack.db.models import IdentityDocument, Person, PhoneNumber, StatusChange
from evactrack.domain.coordinates import stored_coordinate
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    DocumentType,
    LegalStatus,
    PhoneLabel,
    Sex,
    VulnerabilityFlag,
    WishesToLeave,
)
from evactrack.domain.errors import NotFoundError, ValidationError
from evactrack.domain.names import (
    alnum_key,
    clean_text,
    digits_only,
    display_name,
    fold,
    written_in,
)
from evactrack.domain.phones import (
    DEFAULT_REGION,
    check_phone,
    normalise_phone,
)
from evactrack.domain.timezones import utcnow
from evactrack.services import audit
from evactrack.services.context import Actor, Context
from evactrack.services.versions import check_version

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FLAG_COLUMNS: dict[VulnerabilityFlag, str] = {
    flag: f"flag_{flag.value}" for flag in VulnerabilityFlag
}


@dataclass(frozen=True, slots=True)
class PhoneInput:
    number: str
    label: PhoneLabel = PhoneLabel.MOBILE


@dataclass(frozen=True, slots=True)
class Phone:
    number: str  # E.164 when valid, else as written
    valid: bool
    label: PhoneLabel


@dataclass(frozen=True, slots=True)
class Document:
    doc_type: DocumentType
    number: str
    issuing_country: str | None = None
    expiry: date | None = None


@dataclass(frozen=True)
class PersonInput:
    """What a caseworker (or an import) says about a person. Only one name is required."""

    given_name: str | None = None
    family_name: str | None = None
    native_name: str | None = None
    father_name: str | None = None
    grandfather_name: str | None = None
    aliases: tuple[str, ...] = ()
    date_of_birth: date | None = None
    birth_year: int | None = None
    sex: Sex = Sex.UNKNOWN
    nationality: str | None = None
    legal_status: LegalStatus = LegalStatus.UNKNOWN
    phones: tuple[PhoneInput, ...] = ()
    email: str | None = None
    documents: tuple[Document, ...] = ()
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    languages: tuple[str, ...] = ()
    flags: frozenset[VulnerabilityFlag] = frozenset()
    wishes_to_leave: WishesToLeave = WishesToLeave.UNKNOWN
    notes: str | None = None
    rendezvous_point_id: int | None = None


@dataclass(frozen=True)
class PersonDetail:
    id: int
    version: int
    status: CaseStatus
    household_id: int | None
    last_contact_at: datetime | None
    last_attempt_at: datetime | None
    next_attempt_due: datetime | None
    created_at: datetime
    updated_at: datetime
    data: PersonInput
    phones: tuple[Phone, ...] = ()

    @property
    def name(self) -> str:
        d = self.data
        return display_name(d.given_name, d.family_name, d.father_name, d.native_name, d.sex)


@dataclass(frozen=True, slots=True)
class PersonSummary:
    id: int
    name: str
    native_name: str | None
    legal_status: LegalStatus
    status: CaseStatus
    household_id: int | None


# ---------------------------------------------------------------- validation and mapping


def clean_input(data: PersonInput, region: str = DEFAULT_REGION) -> PersonInput:
    """Trim and NFC-normalise text, lower-case e-mail, check what can be checked; every
    problem is reported at once, each with the fields it concerns."""
    names = {
        k: clean_text(getattr(data, k))
        for k in ("given_name", "family_name", "native_name", "father_name", "grandfather_name")
    }
    problems: list[tuple[str, tuple[str, ...]]] = []
    if not (names["given_name"] or names["family_name"] or names["native_name"]):
        problems.append(
            (
                "A person needs at least one name, in Latin or native script.",
                ("given_name", "family_name", "native_name"),
            )
        )
    email = clean_text(data.email)
    if email:
        email = email.lower()
        if not EMAIL.match(email):
            problems.append((f"'{email}' is not a valid e-mail address.", ("email",)))
    today = date.today()
    if data.date_of_birth and data.date_of_birth > today:
        problems.append(("The date of birth is in the future.", ("date_of_birth",)))
    birth_year = data.birth_year or (data.date_of_birth.year if data.date_of_birth else None)
    if birth_year is not None and not 1900 <= birth_year <= today.year:
        problems.append(
            (f"The birth year {birth_year} is not plausible.", ("date_of_birth", "birth_year"))
        )
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        problems.append(("The latitude must be between -90 and 90.", ("latitude",)))
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        problems.append(("The longitude must be between -180 and 180.", ("longitude",)))
    if problems:
        raise ValidationError(
            "\n".join(message for message, _fields in problems),
            tuple(f for _message, fields_ in problems for f in fields_),
        )
    phones = []
    for phone in data.phones:
        raw = clean_text(phone.number)
        if raw:
            phones.append(PhoneInput(normalise_phone(raw, region).number, phone.label))
    documents = []
    for doc in data.documents:
        number = clean_text(doc.number)
        if number:
            documents.append(
                replace(doc, number=number, issuing_country=clean_text(doc.issuing_country))
            )
    return replace(
        data,
        given_name=names["given_name"],
        family_name=names["family_name"],
        native_name=names["native_name"],
        father_name=names["father_name"],
        grandfather_name=names["grandfather_name"],
        aliases=tuple(a for a in (clean_text(x) for x in data.aliases) if a),
        birth_year=birth_year,
        nationality=clean_text(data.nationality),
        email=email,
        phones=tuple(phones),
        documents=tuple(documents),
        location=clean_text(data.location),
        latitude=stored_coordinate(data.latitude),
        longitude=stored_coordinate(data.longitude),
        languages=tuple(lang for lang in (clean_text(x) for x in data.languages) if lang),
        notes=data.notes.strip() or None if data.notes else None,
    )


def check_phones(data: PersonInput, region: str, on_file: Iterable[str] = ()) -> None:
    """Refuse a phone that cannot be a number (:class:`NotAPhoneNumber`, naming the
    phones field); one already on file (kept as written by an earlier import) stays."""
    kept = set(on_file)
    for phone in data.phones:
        raw = clean_text(phone.number)
        if raw and raw not in kept:
            check_phone(raw, region)


def build_search_text(
    names: Iterable[str | None],
    phones: Iterable[str],
    emails: Iterable[str | None],
    documents: Iterable[str],
) -> str:
    """What search looks through: folded names, phone digits, e-mails, document numbers."""
    parts = [fold(n) for n in names if n]
    parts += [digits_only(p) for p in phones if digits_only(p)]
    parts += [fold(e) for e in emails if e]
    parts += [alnum_key(d) for d in documents if alnum_key(d)]
    return " | ".join(parts)


def _search_text_for(data: PersonInput) -> str:
    return build_search_text(
        (
            data.given_name,
            data.family_name,
            data.native_name,
            data.father_name,
            data.grandfather_name,
            *data.aliases,
        ),
        (p.number for p in data.phones),
        (data.email,),
        (d.number for d in data.documents),
    )


def _scalar_fields(data: PersonInput) -> dict[str, Any]:
    """The Person columns a PersonInput sets, keyed by column name."""
    values: dict[str, Any] = {
        f.name: getattr(data, f.name)
        for f in fields(data)
        if f.name not in ("phones", "documents", "flags", "aliases", "languages")
    }
    values["aliases"] = list(data.aliases)
    values["languages"] = list(data.languages)
    for flag, column in FLAG_COLUMNS.items():
        values[column] = flag in data.flags
    return values


def _audit_view(data: PersonInput) -> dict[str, Any]:
    """Every stored value of a person as the audit compares it: a phone's label (when not
    mobile) and a document's country and expiry count, so that a change to them is saved."""
    view = _scalar_fields(data)
    view["phones"] = [
        p.number if p.label is PhoneLabel.MOBILE else f"{p.number} ({p.label.value})"
        for p in data.phones
    ]
    view["documents"] = [
        " ".join(
            str(part)
            for part in (f"{d.doc_type.value}:{d.number}", d.issuing_country, d.expiry)
            if part
        )
        for d in data.documents
    ]
    return view


def _apply(person: Person, data: PersonInput) -> None:
    for key, value in _scalar_fields(data).items():
        setattr(person, key, value)
    existing_phones = {(p.number, p.label): p for p in person.phones}
    person.phones = [
        existing_phones.get((p.number, p.label))
        or PhoneNumber(
            number=p.number,
            valid=p.number.startswith("+") and normalise_phone(p.number).valid,
            label=p.label,
        )
        for p in data.phones
    ]
    for position, phone in enumerate(person.phones):
        phone.position = position
    if _documents_of(person) != tuple(data.documents):
        _replace_documents(person, data)
    person.search_text = _search_text_for(data)


def _replace_documents(person: Person, data: PersonInput) -> None:
    """New rows in the form's order (the first document is the lowest id); untouched
    documents are left as they are, so an edit of a name rewrites no document."""
    person.documents = [
        IdentityDocument(
            doc_type=d.doc_type,
            number=d.number,
            number_key=alnum_key(d.number),
            issuing_country=d.issuing_country,
            expiry=d.expiry,
        )
        for d in data.documents
    ]


def _documents_of(person: Person) -> tuple[Document, ...]:
    return tuple(
        Document(d.doc_type, d.number, d.issuing_country, d.expiry) for d in person.documents
    )


def to_input(person: Person) -> PersonInput:
    return PersonInput(
        given_name=person.given_name,
        family_name=person.family_name,
        native_name=person.native_name,
        father_name=person.father_name,
        grandfather_name=person.grandfather_name,
        aliases=tuple(person.aliases or ()),
        date_of_birth=person.date_of_birth,
        birth_year=person.birth_year,
        sex=person.sex,
        nationality=person.nationality,
        legal_status=person.legal_status,
        phones=tuple(PhoneInput(p.number, p.label) for p in person.phones),
        email=person.email,
        documents=_documents_of(person),
        location=person.location,
        latitude=person.latitude,
        longitude=person.longitude,
        languages=tuple(person.languages or ()),
        flags=frozenset(f for f, col in FLAG_COLUMNS.items() if getattr(person, col)),
        wishes_to_leave=person.wishes_to_leave,
        notes=person.notes,
        rendezvous_point_id=person.rendezvous_point_id,
    )


def to_detail(person: Person) -> PersonDetail:
    return PersonDetail(
        id=person.id,
        version=person.version,
        status=person.status,
        household_id=person.household_id,
        last_contact_at=person.last_contact_at,
        last_attempt_at=person.last_attempt_at,
        next_attempt_due=person.next_attempt_due,
        created_at=person.created_at,
        updated_at=person.updated_at,
        data=to_input(person),
        phones=tuple(Phone(p.number, p.valid, p.label) for p in person.phones),
    )


def load_person(
    session: Session, person_id: int, *, for_update: bool = False, details: bool = True
) -> Person:
    """The person (locked with ``for_update``); with ``details``, their phones and documents
    read at once (a case shown or edited), else only if touched (a status change: two round
    trips fewer while the row is locked)."""
    query = select(Person).where(Person.id == person_id)
    if details:
        query = query.options(joinedload(Person.phones), joinedload(Person.documents))
    if for_update and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(of=Person)
    person = session.scalars(query).unique().one_or_none()
    if person is None:
        raise NotFoundError(f"There is no person #{person_id}.")
    return person


# ---------------------------------------------------------------- use cases


def create_person(
    ctx: Context,
    data: PersonInput,
    *,
    household_id: int | None = None,
    status: CaseStatus = CaseStatus.NEW,
    region: str = DEFAULT_REGION,
) -> PersonDetail:
    check_phones(data, region)
    clean = clean_input(data, region)
    with ctx.writing() as session:
        person = add_person(session, ctx.actor, clean, household_id=household_id, status=status)
        return to_detail(person)


def add_person(
    session: Session,
    actor: Actor,
    clean: PersonInput,
    *,
    household_id: int | None = None,
    status: CaseStatus = CaseStatus.NEW,
    reason: str | None = None,
) -> Person:
    """Insert an already cleaned person inside the caller's transaction (used by imports)."""
    now = utcnow()
    person = Person(status=status, household_id=household_id, created_at=now, updated_at=now)
    _apply(person, clean)
    session.add(person)
    session.flush()
    session.add(
        StatusChange(
            person_id=person.id,
            from_status=None,
            to_status=status,
            reason=reason or "created",
            changed_at=now,
            user_id=actor.user_id,
        )
    )
    with written_in("en"):  # stored text: the same whatever the interface's language
        name = display_name(
            clean.given_name, clean.family_name, clean.father_name, clean.native_name, clean.sex
        )
    audit.record(session, actor, AuditAction.CREATE, "person", person.id, new=name)
    return person


def get_person(ctx: Context, person_id: int) -> PersonDetail:
    with ctx.db.reading() as session:
        return to_detail(load_person(session, person_id))


def view_person(ctx: Context, person_id: int) -> PersonDetail:
    """A case opened by a caseworker: who looked at whom is in the audit trail."""
    detail = get_person(ctx, person_id)
    audit.record_access(ctx, AuditAction.VIEW, "person", person_id)
    return detail


def update_person(
    ctx: Context,
    person_id: int,
    expected_version: int,
    data: PersonInput,
    region: str = DEFAULT_REGION,
    *,
    restoring: Iterable[str] = (),
) -> PersonDetail:
    """Save a caseworker's edit; refused with :class:`ConflictError` if the record moved on.
    ``restoring``: numbers that were on file before (an undo brings back one kept as
    written, which a caseworker could not type today)."""
    clean = clean_input(data, region)
    with ctx.writing() as session:
        person = load_person(session, person_id, for_update=True)
        check_phones(data, region, [*restoring, *(p.number for p in person.phones)])
        check_version("Person", person_id, expected_version, person.version)
        before = _audit_view(to_input(person))
        changed = audit.record_changes(
            session, ctx.actor, "person", person_id, before, _audit_view(clean)
        )
        if changed:
            _apply(person, clean)
            person.updated_at = utcnow()
            session.flush()
        return to_detail(person)


# ---------------------------------------------------------------- summaries

# What a list of persons shows, in one place for every service that lists them.
SUMMARY_COLUMNS = (
    Person.id,
    Person.given_name,
    Person.family_name,
    Person.father_name,
    Person.native_name,
    Person.sex,
    Person.legal_status,
    Person.status,
    Person.household_id,
)


def summary_of(row: Any) -> PersonSummary:
    """A row selected with :data:`SUMMARY_COLUMNS` as a :class:`PersonSummary`."""
    return PersonSummary(
        row.id,
        display_name(row.given_name, row.family_name, row.father_name, row.native_name, row.sex),
        row.native_name,
        row.legal_status,
        row.status,
        row.household_id,
    )


def summaries(ctx: Context, person_ids: Iterable[int]) -> list[PersonSummary]:
    ids = list(person_ids)
    with ctx.db.reading() as session:
        query_rows = session.execute(
            select(*SUMMARY_COLUMNS).where(Person.id.in_(ids)).order_by(Person.id)
        )
        return [summary_of(r) for r in query_rows]
