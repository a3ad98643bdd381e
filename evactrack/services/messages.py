"""Instructions to each evacuee: templates per language, the messages of a movement (or of
chosen persons), their CSV for a bulk-SMS gateway, and the record that they were sent.

A message holds only what its template names: the person's name, the meeting point and its
address, the time window, the recognition signal, the *types* of the household's documents
and the emergency contact; never a document number.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from evactrack.db.models import (
    IdentityDocument,
    ManifestEntry,
    MessageTemplate,
    Movement,
    Person,
    PhoneNumber,
)
from evactrack.domain import messages as domain
from evactrack.domain.enums import AuditAction, ContactChannel, ContactOutcome, DocumentType
from evactrack.domain.errors import NotFoundError, ValidationError
from evactrack.domain.names import display_name
from evactrack.domain.spreadsheet import neutralise
from evactrack.domain.timezones import utcnow, zone
from evactrack.files import private_file
from evactrack.services import audit, contacts, settings
from evactrack.services.context import Context
from evactrack.services.movements import OPEN_MOVEMENTS
from evactrack.services.versions import check_version

CSV_COLUMNS = ["person_id", "phone", "language", "text"]
SENT_CHANNELS = (ContactChannel.SMS, ContactChannel.WHATSAPP, ContactChannel.SIGNAL)


@dataclass(frozen=True, slots=True)
class Template:
    language: str
    text: str
    version: int  # 0: the default text, never saved
    right_to_left: bool


@dataclass(frozen=True, slots=True)
class Message:
    person_id: int
    name: str
    phone: str | None  # the first valid number; ``None``: the message cannot be sent
    language: str
    text: str

    @property
    def right_to_left(self) -> bool:
        return domain.is_right_to_left(self.language)


@dataclass(frozen=True, slots=True)
class MessageBatch:
    messages: tuple[Message, ...]
    not_on_movement: tuple[int, ...] = ()  # chosen persons with no open movement
    missing: tuple[str, ...] = field(default=())  # fields every message leaves empty

    @property
    def without_phone(self) -> tuple[Message, ...]:
        return tuple(m for m in self.messages if m.phone is None)


# ---------------------------------------------------------------- templates


def _read_templates(session: Session) -> dict[str, Template]:
    saved = {t.language: t for t in session.scalars(select(MessageTemplate))}
    return {
        language: Template(
            language,
            saved[language].text if language in saved else domain.DEFAULT_TEMPLATES[language],
            saved[language].version if language in saved else 0,
            domain.is_right_to_left(language),
        )
        for language in domain.LANGUAGES
    }


def templates(ctx: Context) -> dict[str, Template]:
    """Every language's template, the default text where none was saved."""
    with ctx.db.reading() as session:
        return _read_templates(session)


def save_template(ctx: Context, language: str, text: str, version: int) -> Template:
    """An administrator's new text; an unknown field is refused here, never rendered, and a
    colleague's save since ``version`` was read is a conflict."""
    ctx.require_write()
    ctx.require_admin()
    if language not in domain.LANGUAGES:
        raise ValidationError(f"No message template for the language '{language}'.")
    text = text.strip()
    domain.check_template(text)
    with ctx.db.transaction() as session:
        row = session.get(MessageTemplate, language, with_for_update=True)
        old = row.text if row else domain.DEFAULT_TEMPLATES[language]
        saved = row.version if row else 0
        check_version(
            "message template",
            0,
            version,
            saved,
            f"The {language} message template was changed by someone else since you "
            "opened it; close the editor, open it again and redo your change.",
        )
        if row is None:
            row = MessageTemplate(language=language, text=text)
            session.add(row)
        else:
            row.text = text
        if old != text:
            audit.record(
                session,
                ctx.actor,
                AuditAction.UPDATE,
                "message_template",
                None,
                language,
                old,
                text,
            )
        session.flush()
        return Template(language, row.text, row.version, domain.is_right_to_left(language))


# ---------------------------------------------------------------- messages


def movement_messages(
    ctx: Context, movement_id: int, default_language: str = domain.DEFAULT_LANGUAGE
) -> MessageBatch:
    """One message for each person on the movement's manifest whose outcome is still open."""
    _check_language(default_language)
    with ctx.db.reading() as session:
        movement = session.get(Movement, movement_id)
        if movement is None:
            raise NotFoundError(f"Movement #{movement_id} does not exist.")
        person_ids = list(
            session.scalars(
                select(ManifestEntry.person_id)
                .where(ManifestEntry.movement_id == movement_id, ManifestEntry.outcome.is_(None))
                .order_by(ManifestEntry.id)
            )
        )
        return _batch(session, [(pid, movement) for pid in person_ids], default_language)


def persons_messages(
    ctx: Context, person_ids: Iterable[int], default_language: str = domain.DEFAULT_LANGUAGE
) -> MessageBatch:
    """One message for each chosen person, about the open movement they are on; persons on
    none are listed apart (a message without a meeting has nothing to say)."""
    _check_language(default_language)
    wanted = list(dict.fromkeys(person_ids))
    with ctx.db.reading() as session:
        found: dict[int, Movement] = {}
        for pid, movement in session.execute(
            select(ManifestEntry.person_id, Movement)
            .join(Movement, Movement.id == ManifestEntry.movement_id)
            .where(
                ManifestEntry.person_id.in_(wanted),
                ManifestEntry.outcome.is_(None),
                Movement.status.in_(OPEN_MOVEMENTS),
            )
            .order_by(Movement.window_start)
        ).tuples():
            found.setdefault(pid, movement)
        batch = _batch(
            session, [(pid, found[pid]) for pid in wanted if pid in found], default_language
        )
        return MessageBatch(
            batch.messages, tuple(p for p in wanted if p not in found), batch.missing
        )


def _check_language(language: str) -> None:
    if language not in domain.LANGUAGES:
        raise ValidationError(
            f"'{language}' is not a message language ({', '.join(domain.LANGUAGES)})."
        )


def _batch(
    session: Session, wanted: list[tuple[int, Movement]], default_language: str
) -> MessageBatch:
    texts = _read_templates(session)
    tz = zone(settings.read(session, settings.OPERATION_TZ))
    contact = settings.read(session, settings.EMERGENCY_CONTACT)
    ids = [pid for pid, _ in wanted]
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    phones: dict[int, str] = {}
    for pid, number in session.execute(
        select(PhoneNumber.person_id, PhoneNumber.number)
        .where(PhoneNumber.person_id.in_(ids), PhoneNumber.valid.is_(True))
        .order_by(PhoneNumber.person_id, PhoneNumber.position.desc())
    ).tuples():
        phones[pid] = number  # the lowest position is written last
    documents = _household_documents(session, list(persons.values()))
    out = []
    missing: set[str] = set()
    for pid, movement in wanted:
        person = persons[pid]
        language = domain.message_language(person.languages or (), default_language)
        point = movement.rendezvous_point
        values = {
            "name": _name(person, language),
            "point": point.name,
            "address": " ".join((point.description or "").split()),
            "window": domain.time_window(
                movement.window_start.astimezone(tz), movement.window_end.astimezone(tz)
            ),
            "signal": movement.recognition_signal or "",
            "bring": domain.documents_to_bring(language, documents[pid]),
            "contact": contact,
        }
        missing.update(k for k, v in values.items() if not v)
        text = domain.render(texts[language].text, values)
        out.append(Message(pid, _name(person, domain.ENGLISH), phones.get(pid), language, text))
    return MessageBatch(tuple(out), (), tuple(f for f in domain.FIELDS if f in missing))


def _name(person: Person, language: str) -> str:
    """In Dari and Pashto the native-script name when the record has one."""
    if domain.is_right_to_left(language) and person.native_name:
        return person.native_name
    return display_name(
        person.given_name, person.family_name, person.father_name, person.native_name, person.sex
    )


def _household_documents(session: Session, persons: list[Person]) -> dict[int, set[DocumentType]]:
    """Each person's household's document types (their own, if they have no household)."""
    households = {p.household_id for p in persons if p.household_id}
    by_household: dict[int, set[DocumentType]] = defaultdict(set)
    by_person: dict[int, set[DocumentType]] = defaultdict(set)
    for pid, household_id, doc_type in session.execute(
        select(IdentityDocument.person_id, Person.household_id, IdentityDocument.doc_type)
        .join(Person, Person.id == IdentityDocument.person_id)
        .where(
            Person.household_id.in_(households)
            | IdentityDocument.person_id.in_([p.id for p in persons])
        )
    ).tuples():
        by_person[pid].add(doc_type)
        if household_id:
            by_household[household_id].add(doc_type)
    return defaultdict(
        set,
        {
            p.id: by_household[p.household_id] if p.household_id else by_person[p.id]
            for p in persons
        },
    )


# ---------------------------------------------------------------- export and sending


def export_csv(ctx: Context, path: Path, batch: MessageBatch, about: str) -> int:
    """``person_id, phone, language, text`` for each message with a phone: a private file
    written whole, formulas neutralised, the export audited; viewers are refused.
    ``about`` says what was exported (e.g. "movement 12") for the audit trail."""
    ctx.require_write()
    rows = [m for m in batch.messages if m.phone]
    with private_file(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for m in rows:
            writer.writerow(
                [str(m.person_id), neutralise(m.phone or "", phone_list=True), m.language]
                + [neutralise(m.text)]
            )
    with ctx.db.transaction() as session:
        audit.record(
            session, ctx.actor, AuditAction.EXPORT, "export", None, "messages_csv", about, len(rows)
        )
    return len(rows)


def record_sent(
    ctx: Context, messages: Iterable[Message], channel: ContactChannel = ContactChannel.SMS
) -> int:
    """The caseworker confirms the messages went out: one contact attempt each (channel,
    template language, time), never the text itself. Returns how many were recorded."""
    if channel not in SENT_CHANNELS:
        raise ValidationError("A message is sent by SMS, WhatsApp or Signal.")
    ctx.require_write()
    when = utcnow()
    count = 0
    for m in messages:
        contacts.log_attempt(
            ctx,
            m.person_id,
            channel,
            ContactOutcome.MESSAGE_LEFT,
            note=f"instructions sent (template: {m.language})",
            occurred_at=when,
        )
        count += 1
    return count
