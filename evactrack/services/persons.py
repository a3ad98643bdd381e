"""Persons (evacuees): create, edit, look up, search and move through the case states."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, func, select, text
from sqlalchemy.orm import Session, selectinload

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
from evactrack.domain.errors import ConflictError, NotFoundError, ValidationError
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
    search_digits,
)
from evactrack.domain.timezones import utcnow
from evactrack.domain.transitions import check_transition, check_undo, restored_status
from evactrack.services import audit
from evactrack.services.context import Actor, Context

T = TypeVar("T")
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


@dataclass(frozen=True, slots=True)
class StatusChangeEntry:
    from_status: CaseStatus | None
    to_status: CaseStatus
    reason: str | None
    changed_at: datetime
    user_id: int | None


@dataclass(frozen=True, slots=True)
class StatusStep:
    """One recorded status change and the person's version right after it: what an undo
    history keeps of it."""

    person_id: int
    change_id: int
    from_status: CaseStatus | None
    to_status: CaseStatus
    version: int


@dataclass(frozen=True, slots=True)
class TakeBack:
    """A status change to undo (or an undone one to make again), and the person as the
    caseworker last left them: their version and their latest status change then."""

    person_id: int
    change_id: int
    expected_version: int
    latest_change_id: int


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
    person.search_text = _search_text_for(data)


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
        documents=tuple(
            Document(d.doc_type, d.number, d.issuing_country, d.expiry) for d in person.documents
        ),
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


def load_person(session: Session, person_id: int, *, for_update: bool = False) -> Person:
    query = (
        select(Person)
        .where(Person.id == person_id)
        .options(selectinload(Person.phones), selectinload(Person.documents))
    )
    if for_update and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    person = session.scalar(query)
    if person is None:
        raise NotFoundError(f"There is no person #{person_id}.")
    return person


def check_version(entity: str, entity_id: int, expected: int | None, actual: int) -> None:
    if expected is not None and expected != actual:
        raise ConflictError(entity, entity_id, expected, actual)


# ---------------------------------------------------------------- use cases


def create_person(
    ctx: Context,
    data: PersonInput,
    *,
    household_id: int | None = None,
    status: CaseStatus = CaseStatus.NEW,
    region: str = DEFAULT_REGION,
) -> PersonDetail:
    ctx.require_write()
    check_phones(data, region)
    clean = clean_input(data, region)
    with ctx.db.transaction() as session:
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
    ctx.require_write()
    clean = clean_input(data, region)
    with ctx.db.transaction() as session:
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


def apply_transition(
    session: Session,
    actor: Actor,
    person: Person,
    target: CaseStatus,
    reason: str | None,
    *,
    at: datetime | None = None,
) -> StatusChange:
    """Check and record one status change inside the caller's transaction."""
    check_transition(person.status, target, reason)
    return _record_status(session, actor, person, target, reason, at)


def _record_status(
    session: Session,
    actor: Actor,
    person: Person,
    target: CaseStatus,
    reason: str | None,
    at: datetime | None = None,
) -> StatusChange:
    """Record a status change already checked: who, when, why, and the audit event."""
    when = at or utcnow()
    change = StatusChange(
        person_id=person.id,
        from_status=person.status,
        to_status=target,
        reason=clean_text(reason),
        changed_at=when,
        user_id=actor.user_id,
    )
    session.add(change)
    audit.record(
        session, actor, AuditAction.TRANSITION, "person", person.id, "status", person.status, target
    )
    person.status = target
    person.updated_at = when
    return change


def transition(
    ctx: Context,
    person_id: int,
    target: CaseStatus,
    reason: str | None = None,
    expected_version: int | None = None,
) -> PersonDetail:
    return _change_status(
        ctx, person_id, target, reason, expected_version, lambda _change, person: to_detail(person)
    )


def change_status(
    ctx: Context,
    person_id: int,
    target: CaseStatus,
    reason: str | None = None,
    expected_version: int | None = None,
) -> StatusStep:
    """:func:`transition`, answering with the recorded step so that it can be undone."""
    return _change_status(ctx, person_id, target, reason, expected_version, step_of)


def _change_status(
    ctx: Context,
    person_id: int,
    target: CaseStatus,
    reason: str | None,
    expected_version: int | None,
    answer: Callable[[StatusChange, Person], T],
) -> T:
    """One status change in its own transaction; ``answer`` reads what the caller needs
    before the session closes."""
    ctx.require_write()
    with ctx.db.transaction() as session:
        person = load_person(session, person_id, for_update=True)
        check_version("Person", person_id, expected_version, person.version)
        change = apply_transition(session, ctx.actor, person, target, reason)
        session.flush()
        return answer(change, person)


def step_of(change: StatusChange, person: Person) -> StatusStep:
    """A flushed status change as a :class:`StatusStep`."""
    return StatusStep(person.id, change.id, change.from_status, change.to_status, person.version)


def latest_change_ids(session: Session, person_ids: Sequence[int]) -> dict[int, int]:
    """Each person's latest recorded status change (the highest id: backdated changes, such
    as a contact logged afterwards, still count as later)."""
    latest: dict[int, int] = {}
    for start in range(0, len(person_ids), 1000):
        chunk = list(person_ids[start : start + 1000])
        for person_id, change_id in session.execute(
            select(StatusChange.person_id, func.max(StatusChange.id))
            .where(StatusChange.person_id.in_(chunk))
            .group_by(StatusChange.person_id)
        ).tuples():
            latest[person_id] = change_id
    return latest


def undo_status_changes(ctx: Context, takes: Sequence[TakeBack]) -> list[StatusStep]:
    """Take back recorded status changes in one transaction: each person goes back to the
    status before the change, recorded and audited as a change of its own ("undo of ...").

    Allowed outside the transition table (see :func:`check_undo`), and so only while every
    person is exactly as the caseworker left them: still in the status the change set, at
    the version expected, with no status change recorded since. If any person has moved
    on, :class:`ConflictError` names them all and nothing is changed.
    """
    return _take_back(ctx, takes, redo=False)


def redo_status_changes(ctx: Context, takes: Sequence[TakeBack]) -> list[StatusStep]:
    """Make undone status changes again in one transaction, through the transition table and
    with the original reason ("redo of ..."); refused like :func:`undo_status_changes` if any
    person has moved on since the undo."""
    return _take_back(ctx, takes, redo=True)


def _take_back(ctx: Context, takes: Sequence[TakeBack], *, redo: bool) -> list[StatusStep]:
    ctx.require_write()
    if len({t.person_id for t in takes}) != len(takes):
        raise ValidationError("Each person can have only one status change undone at a time.")
    with ctx.db.transaction() as session:
        found: list[tuple[TakeBack, Person, StatusChange]] = []
        for take in takes:
            person = load_person(session, take.person_id, for_update=True)
            change = session.get(StatusChange, take.change_id)
            if change is None or change.person_id != person.id:
                raise NotFoundError(f"Person #{person.id} has no status change #{take.change_id}.")
            found.append((take, person, change))
        # Read once the persons are locked: a status change needs that lock too.
        latest = latest_change_ids(session, [t.person_id for t in takes])
        work: list[tuple[Person, StatusChange, CaseStatus]] = []
        moved_on: list[tuple[TakeBack, Person]] = []
        for take, person, change in found:
            before = restored_status(change.from_status)
            if (
                person.version != take.expected_version
                or latest.get(person.id) != take.latest_change_id
                or person.status is not (before if redo else change.to_status)
            ):
                moved_on.append((take, person))
            else:
                work.append((person, change, before))
        if moved_on:
            raise _moved_on_error(moved_on, len(takes), redo)
        done: list[tuple[Person, StatusChange]] = []
        for person, change, before in work:
            if redo:
                after = change.to_status
                what = f"the change from '{before.value}' to '{after.value}' (#{change.id})"
                reason = f"redo of {what}" + (f": {change.reason}" if change.reason else "")
                done.append((person, apply_transition(session, ctx.actor, person, after, reason)))
            else:
                done.append((person, take_back(session, ctx.actor, person, change)))
        session.flush()
        return [step_of(change, person) for person, change in done]


def take_back(session: Session, actor: Actor, person: Person, change: StatusChange) -> StatusChange:
    """Record the person's return to the status before ``change`` ("undo of ..."), inside
    the caller's transaction, once the caller has checked that nobody moved them on."""
    before = check_undo(person.status, change.from_status, change.to_status)
    what = f"the change from '{before.value}' to '{change.to_status.value}' (#{change.id})"
    return _record_status(session, actor, person, before, f"undo of {what}")


def _moved_on_error(
    moved_on: list[tuple[TakeBack, Person]], total: int, redo: bool
) -> ConflictError:
    take, person = moved_on[0]
    return moved_on_error(
        [p for _take, p in moved_on], total, redo, take.expected_version, "status change"
    )


def moved_on_error(
    moved_on: Sequence[Person], total: int, redo: bool, expected_version: int, what: str
) -> ConflictError:
    """One message naming every person who has moved on (the first ten, and how many more);
    ``what`` names the step in the singular ("status change", "assignment")."""
    verb = "redone" if redo else "undone"
    shown = [
        f"{display_name(p.given_name, p.family_name, p.father_name, p.native_name, p.sex)} "
        f"(#{p.id}, now '{p.status.value}')"
        for p in moved_on[:10]
    ]
    if len(moved_on) > 10:
        shown.append(f"and {len(moved_on) - 10} more")
    if total == 1:
        message = (
            f"The {what} of {shown[0]} cannot be {verb}: the case has been changed "
            "since, by someone else or by another action. Nothing was changed."
        )
    else:
        message = (
            f"The {what}s of {total} persons cannot be {verb}: {len(moved_on)} of them "
            "have been changed since, by someone else or by another action: "
            f"{', '.join(shown)}. Nothing was changed."
        )
    person = moved_on[0]
    return ConflictError("Person", person.id, expected_version, person.version, message)


def status_history(ctx: Context, person_id: int) -> list[StatusChangeEntry]:
    with ctx.db.reading() as session:
        rows = session.scalars(
            select(StatusChange)
            .where(StatusChange.person_id == person_id)
            .order_by(StatusChange.changed_at, StatusChange.id)
        )
        return [
            StatusChangeEntry(r.from_status, r.to_status, r.reason, r.changed_at, r.user_id)
            for r in rows
        ]


# ---------------------------------------------------------------- search

_PHONE_QUERY = re.compile(r"^[\s+()\-./0-9٠-٩۰-۹]+$")
_DOCUMENT_SEPARATORS = str.maketrans("", "", "-/")


def _search_token(token: str) -> str:
    """Document numbers are stored without dashes (``SIV-98765`` as ``siv98765``): a token
    with digits loses its dashes and slashes, unless it is an e-mail address."""
    if "@" in token or not any(ch.isdigit() for ch in token):
        return token
    return token.translate(_DOCUMENT_SEPARATORS)


def search_tokens(query: str) -> list[str]:
    """Folded tokens of a query; a phone-like query becomes one run of digits."""
    if _PHONE_QUERY.match(query) and digits_only(query):
        digits = search_digits(query)
        return [digits] if digits else []
    return [t for t in (_search_token(t) for t in fold(query).replace('"', " ").split()) if t]


def fts_match(tokens: Iterable[str]) -> str:
    """The FTS5 query (trigram index ``person_search``) finding every token as a substring:
    each token quoted as a phrase. Only for tokens of three characters or more, which
    :func:`search_tokens` never leaves with a double quote."""
    return " ".join('"' + t + '"' for t in tokens)


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on Person matching every token as a substring (``None``: no query)."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    clauses: list[ColumnElement[bool]] = []
    long_tokens = [t for t in tokens if len(t) >= 3]
    if session.get_bind().dialect.name == "sqlite" and long_tokens:
        match = fts_match(long_tokens)
        clauses.append(
            Person.id.in_(
                select(text("rowid"))
                .select_from(text("person_search"))
                .where(text("person_search MATCH :fts_query"))
                .params(fts_query=match)
            )
        )
        tokens = [t for t in tokens if len(t) < 3]
    for token in tokens:
        escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append(Person.search_text.like(f"%{escaped}%", escape="\\"))
    return and_(*clauses)


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


def search(ctx: Context, query: str, limit: int = 100) -> list[PersonSummary]:
    """Persons whose names (either script), phones, e-mail or documents contain the query;
    case, diacritics, Arabic letter variants and phone formatting are ignored."""
    with ctx.db.reading() as session:
        condition = search_condition(session, query)
        if condition is None:
            return []
        query_rows = session.execute(
            select(*SUMMARY_COLUMNS).where(condition).order_by(Person.id).limit(limit)
        )
        return [summary_of(r) for r in query_rows]


def summaries(ctx: Context, person_ids: Iterable[int]) -> list[PersonSummary]:
    ids = list(person_ids)
    with ctx.db.reading() as session:
        query_rows = session.execute(
            select(*SUMMARY_COLUMNS).where(Person.id.in_(ids)).order_by(Person.id)
        )
        return [summary_of(r) for r in query_rows]
