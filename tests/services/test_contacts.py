"""Contact attempts and each person's last proof of life."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from evactrack.db.models import ContactAttempt, Person
from evactrack.domain.enums import AuditAction, CaseStatus, ContactChannel, ContactOutcome
from evactrack.domain.errors import ValidationError
from evactrack.domain.timezones import utcnow
from evactrack.services import case_status, contacts, persons
from evactrack.services.context import Context
from tests.conftest import account
from tests.factories import make_person
from tests.services.dbstate import audit_rows, count, rows, status_rows

PHONE, WHATSAPP = ContactChannel.PHONE, ContactChannel.WHATSAPP
REACHED, NO_ANSWER = ContactOutcome.REACHED, ContactOutcome.NO_ANSWER


def _times(ctx: Context, person_id: int) -> tuple[object, object, object]:
    [row] = rows(
        ctx,
        select(Person.last_contact_at, Person.last_attempt_at, Person.next_attempt_due).where(
            Person.id == person_id
        ),
    )
    return tuple(row)


def test_reaching_a_new_person_marks_them_contacted(ctx: Context) -> None:
    person = make_person(ctx).id
    when = utcnow().replace(microsecond=0) - timedelta(hours=2)
    due = when + timedelta(days=1)

    entry = contacts.log_attempt(
        ctx, person, WHATSAPP, REACHED, " safe, at home ", occurred_at=when, next_attempt_due=due
    )

    assert (entry.note, entry.caseworker, entry.occurred_at) == ("safe, at home", "tester", when)
    assert _times(ctx, person) == (when, when, due)
    assert contacts.last_proof_of_life(ctx, person) == when
    assert persons.get_person(ctx, person).status is CaseStatus.CONTACTED
    last = status_rows(ctx, person)[-1]
    assert (last.from_status, last.to_status, last.reason, last.changed_at) == (
        CaseStatus.NEW,
        CaseStatus.CONTACTED,
        "reached by whatsapp",
        when,
    )
    logged = [e for e in audit_rows(ctx, "person", person) if e.field == "contact_attempt"]
    assert [(e.action, e.new_value, e.username) for e in logged] == [
        (AuditAction.CREATE, "whatsapp: reached", "tester")
    ]


def test_only_reaching_a_person_not_yet_reached_moves_their_case(ctx: Context) -> None:
    cases = [
        ((), NO_ANSWER, CaseStatus.NEW),
        ((), ContactOutcome.WRONG_NUMBER, CaseStatus.NEW),
        ((CaseStatus.NO_CONTACT,), REACHED, CaseStatus.CONTACTED),
        ((CaseStatus.VERIFIED,), REACHED, CaseStatus.VERIFIED),
    ]
    for path, outcome, after in cases:
        person = make_person(ctx).id
        for status in path:
            case_status.change_status(ctx, person, status)

        contacts.log_attempt(ctx, person, PHONE, outcome)

        assert persons.get_person(ctx, person).status is after, (path, outcome)
        last_contact, last_attempt, _ = _times(ctx, person)
        assert last_attempt is not None
        assert last_contact == (last_attempt if outcome is REACHED else None)


def test_an_older_attempt_logged_later_does_not_move_the_times_back(ctx: Context) -> None:
    person = make_person(ctx).id
    recent = utcnow().replace(microsecond=0) - timedelta(hours=1)
    contacts.log_attempt(ctx, person, PHONE, REACHED, occurred_at=recent)

    contacts.log_attempt(ctx, person, PHONE, REACHED, occurred_at=recent - timedelta(hours=5))
    contacts.log_attempt(ctx, person, PHONE, NO_ANSWER, occurred_at=recent - timedelta(hours=3))

    assert _times(ctx, person)[:2] == (recent, recent)
    assert contacts.last_proof_of_life(ctx, person) == recent

    later = recent + timedelta(minutes=30)
    contacts.log_attempt(ctx, person, PHONE, NO_ANSWER, occurred_at=later)
    assert _times(ctx, person)[:2] == (recent, later)


def test_an_attempt_in_the_future_is_refused(ctx: Context) -> None:
    person = make_person(ctx).id

    with pytest.raises(ValidationError, match="future"):
        contacts.log_attempt(
            ctx, person, PHONE, REACHED, occurred_at=utcnow() + timedelta(minutes=5)
        )

    assert count(ctx, ContactAttempt) == 0
    assert _times(ctx, person) == (None, None, None)
    assert persons.get_person(ctx, person).status is CaseStatus.NEW


def test_the_contact_log_is_newest_first_and_names_the_caseworker(ctx: Context) -> None:
    person = make_person(ctx).id
    alice = account(ctx, "alice")
    now = utcnow().replace(microsecond=0)
    contacts.log_attempt(ctx, person, PHONE, NO_ANSWER, occurred_at=now - timedelta(hours=3))
    contacts.log_attempt(alice, person, WHATSAPP, REACHED, occurred_at=now - timedelta(hours=1))
    contacts.log_attempt(ctx, person, PHONE, NO_ANSWER, "late entry", now - timedelta(hours=5))
    other = make_person(ctx, "Bashir").id
    contacts.log_attempt(ctx, other, PHONE, REACHED)

    log = contacts.list_attempts(ctx, person)

    assert [(e.occurred_at, e.caseworker, e.outcome) for e in log] == [
        (now - timedelta(hours=1), "alice", REACHED),
        (now - timedelta(hours=3), "tester", NO_ANSWER),
        (now - timedelta(hours=5), "tester", NO_ANSWER),
    ]
    assert log[2].note == "late entry"
    assert contacts.list_attempts(ctx, make_person(ctx, "Cyrus").id) == []
