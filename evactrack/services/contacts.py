"""Contact attempts, and each person's last proof of life."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from evactrack.db.models import ContactAttempt, Person, User
from evactrack.domain.enums import AuditAction, CaseStatus, ContactChannel, ContactOutcome
from evactrack.domain.errors import ValidationError
from evactrack.domain.names import clean_text
from evactrack.domain.timezones import utcnow
from evactrack.services import audit
from evactrack.services.case_status import apply_transition
from evactrack.services.context import Context
from evactrack.services.persons import load_person


@dataclass(frozen=True, slots=True)
class ContactEntry:
    id: int
    person_id: int
    channel: ContactChannel
    outcome: ContactOutcome
    note: str | None
    occurred_at: datetime
    caseworker: str | None
    next_attempt_due: datetime | None


# A person first reached moves on from these statuses to ``contacted``.
_FIRST_REACHED = (CaseStatus.NEW, CaseStatus.NO_CONTACT)


def log_attempt(
    ctx: Context,
    person_id: int,
    channel: ContactChannel,
    outcome: ContactOutcome,
    note: str | None = None,
    occurred_at: datetime | None = None,
    next_attempt_due: datetime | None = None,
) -> ContactEntry:
    """Log one attempt; reaching a new person marks them ``contacted``.

    The person's own record is not versioned by this: logging a call never makes a
    colleague's open edit of the same person conflict.
    """
    when = occurred_at or utcnow()
    if when > utcnow():
        raise ValidationError("A contact attempt cannot be in the future.")
    with ctx.writing() as session:
        person = load_person(session, person_id, for_update=True, details=False)
        attempt = ContactAttempt(
            person_id=person_id,
            channel=channel,
            outcome=outcome,
            note=clean_text(note),
            occurred_at=when,
            user_id=ctx.actor.user_id,
            next_attempt_due=next_attempt_due,
        )
        session.add(attempt)
        session.flush()
        audit.record(
            session,
            ctx.actor,
            AuditAction.CREATE,
            "person",
            person_id,
            "contact_attempt",
            None,
            f"{channel.value}: {outcome.value}",
        )
        values: dict[str, object] = {"next_attempt_due": next_attempt_due}
        if person.last_attempt_at is None or when > person.last_attempt_at:
            values["last_attempt_at"] = when
        if outcome is ContactOutcome.REACHED and (
            person.last_contact_at is None or when > person.last_contact_at
        ):
            values["last_contact_at"] = when
        if outcome is ContactOutcome.REACHED and person.status in _FIRST_REACHED:
            apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.CONTACTED,
                f"reached by {channel.value}",
                at=when,
            )
            values["status"] = person.status
        # Written below without the ORM, so the version stays and no open edit conflicts.
        session.expunge(person)
        session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return ContactEntry(
            attempt.id,
            person_id,
            channel,
            outcome,
            attempt.note,
            when,
            ctx.actor.username,
            next_attempt_due,
        )


def list_attempts(ctx: Context, person_id: int) -> list[ContactEntry]:
    """A person's contact log, newest first."""
    with ctx.db.reading() as session:
        rows = session.execute(
            select(ContactAttempt, User.username)
            .outerjoin(User, User.id == ContactAttempt.user_id)
            .where(ContactAttempt.person_id == person_id)
            .order_by(ContactAttempt.occurred_at.desc(), ContactAttempt.id.desc())
        ).all()
        return [
            ContactEntry(
                a.id,
                a.person_id,
                a.channel,
                a.outcome,
                a.note,
                a.occurred_at,
                name,
                a.next_attempt_due,
            )
            for a, name in rows
        ]


def last_proof_of_life(ctx: Context, person_id: int) -> datetime | None:
    with ctx.db.reading() as session:
        return session.scalar(select(Person.last_contact_at).where(Person.id == person_id))
