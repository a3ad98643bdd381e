"""The case database: persons, households, rendezvous points, movements, refusals, contacts.

Every mutable record carries a ``version`` (optimistic locking): a save whose version is
stale is refused instead of silently overwriting a colleague's work.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from evactrack.db.base import Base, EnumText
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    DocumentType,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    PhoneLabel,
    RefusalReason,
    Role,
    Sex,
    WishesToLeave,
)
from evactrack.domain.timezones import utcnow


class Versioned:
    """Mixin: a version counter SQLAlchemy checks on every UPDATE."""

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class User(Base):
    """A caseworker who logs in; ``active`` false is a disabled account, which can do
    nothing more, even in a session already open."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str | None]
    role: Mapped[Role] = mapped_column(EnumText(Role), default=Role.CASEWORKER)
    password_hash: Mapped[str | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Failed logins in a row; at the limit the account is locked until ``locked_until``.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Operation-wide settings (time zone, site name)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str]


class Household(Versioned, Base):
    """Persons who move together, led by one principal."""

    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None]
    principal_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL", use_alter=True), index=True
    )
    notes: Mapped[str | None]

    members: Mapped[list[Person]] = relationship(
        back_populates="household", foreign_keys="Person.household_id"
    )


class Person(Versioned, Base):
    """An evacuee: one case."""

    __tablename__ = "persons"
    # An import looks up, chunk by chunk, the persons born on its rows' days and compares
    # their names: the index holds the names, so it answers without reading the rows.
    __table_args__ = (
        Index(
            "ix_persons_birth_names",
            "date_of_birth",
            "merged_into_id",
            "given_name",
            "family_name",
            "native_name",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str | None]
    family_name: Mapped[str | None]
    native_name: Mapped[str | None]
    father_name: Mapped[str | None]
    grandfather_name: Mapped[str | None]
    aliases: Mapped[list[str]] = mapped_column(default=list)
    date_of_birth: Mapped[date | None]
    birth_year: Mapped[int | None]
    sex: Mapped[Sex] = mapped_column(EnumText(Sex), default=Sex.UNKNOWN)
    nationality: Mapped[str | None] = mapped_column(String(100))
    legal_status: Mapped[LegalStatus] = mapped_column(
        EnumText(LegalStatus), default=LegalStatus.UNKNOWN, index=True
    )
    status: Mapped[CaseStatus] = mapped_column(
        EnumText(CaseStatus), default=CaseStatus.NEW, index=True
    )
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    location: Mapped[str | None]
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    languages: Mapped[list[str]] = mapped_column(default=list)
    flag_medical: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_disability: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_unaccompanied_child: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_elderly: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    wishes_to_leave: Mapped[WishesToLeave] = mapped_column(
        EnumText(WishesToLeave), default=WishesToLeave.UNKNOWN
    )
    notes: Mapped[str | None]
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="SET NULL"), index=True
    )
    rendezvous_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("rendezvous_points.id", ondelete="SET NULL"), index=True
    )
    # Denormalised for the case list: last successful contact ("last proof of life").
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)
    last_attempt_at: Mapped[datetime | None]
    next_attempt_due: Mapped[datetime | None]
    # Folded names, digits, e-mails and document numbers: what search looks through.
    search_text: Mapped[str] = mapped_column(default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )

    household: Mapped[Household | None] = relationship(
        back_populates="members", foreign_keys=[household_id]
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PhoneNumber.position"
    )
    documents: Mapped[list[IdentityDocument]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="IdentityDocument.id"
    )
    rendezvous_point: Mapped[RendezvousPoint | None] = relationship()


class TravelDependency(Base):
    """Within a household: ``person`` cannot travel without ``depends_on``."""

    __tablename__ = "travel_dependencies"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )
    depends_on_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True
    )


class PhoneNumber(Base):
    __tablename__ = "phone_numbers"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(64), index=True)  # E.164 when valid
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    label: Mapped[PhoneLabel] = mapped_column(EnumText(PhoneLabel), default=PhoneLabel.MOBILE)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="phones")


class IdentityDocument(Base):
    __tablename__ = "identity_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    doc_type: Mapped[DocumentType] = mapped_column(EnumText(DocumentType))
    number: Mapped[str] = mapped_column(String(100))
    number_key: Mapped[str] = mapped_column(String(100), index=True)  # for duplicate checks
    issuing_country: Mapped[str | None] = mapped_column(String(100))
    expiry: Mapped[date | None]

    person: Mapped[Person] = relationship(back_populates="documents")


class RendezvousPoint(Versioned, Base):
    __tablename__ = "rendezvous_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None]
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    capacity: Mapped[int | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Movement(Versioned, Base):
    """An escorted run from a rendezvous point to the airport."""

    __tablename__ = "movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None]
    rendezvous_point_id: Mapped[int] = mapped_column(ForeignKey("rendezvous_points.id"), index=True)
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    escort_party: Mapped[str | None]
    escort_contact: Mapped[str | None]
    recognition_signal: Mapped[str | None]
    capacity: Mapped[int]
    status: Mapped[MovementStatus] = mapped_column(
        EnumText(MovementStatus), default=MovementStatus.PLANNED, index=True
    )
    notes: Mapped[str | None]

    rendezvous_point: Mapped[RendezvousPoint] = relationship()
    manifest: Mapped[list[ManifestEntry]] = relationship(
        back_populates="movement", cascade="all, delete-orphan", order_by="ManifestEntry.id"
    )


class ManifestEntry(Base):
    """A person on a movement's manifest, with their outcome at the meeting point."""

    __tablename__ = "manifest_entries"
    # A person waits on one movement at a time, however many caseworkers assign at once.
    __table_args__ = (
        UniqueConstraint("movement_id", "person_id"),
        UniqueConstraint("person_id", "waiting"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(
        ForeignKey("movements.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[ManifestOutcome | None] = mapped_column(EnumText(ManifestOutcome))
    outcome_at: Mapped[datetime | None]
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    # TRUE while the person waits to travel on it (no outcome, movement not aborted), else
    # NULL: see :meth:`settle`.
    waiting: Mapped[bool | None] = mapped_column(default=True)

    movement: Mapped[Movement] = relationship(back_populates="manifest")
    person: Mapped[Person] = relationship()

    @staticmethod
    def waits(outcome: ManifestOutcome | None, *, aborted: bool = False) -> bool | None:
        """The stored ``waiting`` of an entry with this outcome, on a movement aborted or not
        (NULL, not FALSE: the unique key counts only the entries a person waits on)."""
        return True if outcome is None and not aborted else None

    def settle(self, outcome: ManifestOutcome | None, at: datetime | None) -> None:
        """Record the outcome (``None`` takes it back): a person with one no longer waits."""
        self.outcome, self.outcome_at = outcome, at
        self.waiting = self.waits(outcome)


class Refusal(Versioned, Base):
    """A person turned away at a rendezvous point or checkpoint, and its follow-up."""

    __tablename__ = "refusals"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("movements.id", ondelete="SET NULL"), index=True
    )
    rendezvous_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("rendezvous_points.id", ondelete="SET NULL")
    )
    checkpoint: Mapped[str | None]
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    refused_by: Mapped[str | None]
    reason: Mapped[RefusalReason] = mapped_column(EnumText(RefusalReason))
    reason_text: Mapped[str | None]
    follow_up: Mapped[str | None]
    resolution: Mapped[str | None]
    resolved_at: Mapped[datetime | None]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ContactAttempt(Base):
    __tablename__ = "contact_attempts"
    __table_args__ = (Index("ix_contact_attempts_person_time", "person_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    channel: Mapped[ContactChannel] = mapped_column(EnumText(ContactChannel))
    outcome: Mapped[ContactOutcome] = mapped_column(EnumText(ContactOutcome))
    note: Mapped[str | None]
    occurred_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    next_attempt_due: Mapped[datetime | None]


class StatusChange(Base):
    """One case-status transition: who, when, why. The first row of a person is their creation."""

    __tablename__ = "status_changes"
    __table_args__ = (Index("ix_status_changes_person_time", "person_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    from_status: Mapped[CaseStatus | None] = mapped_column(EnumText(CaseStatus))
    to_status: Mapped[CaseStatus] = mapped_column(EnumText(CaseStatus))
    reason: Mapped[str | None]
    changed_at: Mapped[datetime] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AuditEvent(Base):
    """Every create, update, delete and transition, field by field."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[AuditAction] = mapped_column(EnumText(AuditAction))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None]
    field: Mapped[str | None] = mapped_column(String(100))
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    # The tamper-evident chain (services/audit.py): the hash of the values, kept when
    # retention blanks them, and the hash that links this event to the one before it.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    chain_hash: Mapped[str | None] = mapped_column(String(64))
    redacted_at: Mapped[datetime | None]


class AuditChainHead(Base):
    """One row: the chain hash of the newest audit event. Writers lock it, so two never chain
    on the same event, and an event deleted from the end of the trail is noticed."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class ImportBatch(Base):
    """One imported file: what it created and merged, so it can be undone as a whole."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    merged_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None]
    details: Mapped[dict[str, Any] | None]


class ImportChange(Base):
    """What an import's merge changed in a person who existed before it, so that undoing the
    import restores exactly that: a field's old value, or a phone or document row it added."""

    __tablename__ = "import_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(100))
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    added_id: Mapped[int | None]  # the phone_numbers or identity_documents row it added
    person_version: Mapped[int] = mapped_column(Integer)  # the person's version after the merge


# Deleting a person checks every foreign key that points at persons; without an index on the
# referring column each check scans the whole table (undoing a 20,000-person import took
# 45 s instead of about 1 s). Added by migration 0002.
Index("ix_persons_merged_into_id", Person.merged_into_id)
Index("ix_travel_dependencies_depends_on_id", TravelDependency.depends_on_id)


class MessageTemplate(Versioned, Base):
    """The instructions sent to evacuees in one language, as an administrator wrote them
    (a language without a row uses the default text of ``domain.messages``)."""

    __tablename__ = "message_templates"

    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    text: Mapped[str]
