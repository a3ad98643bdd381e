"""Persons: creation rules, normalisation, audited edits, search and case transitions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from evactrack.db.models import AuditEvent, IdentityDocument, Person, PhoneNumber, StatusChange
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    DocumentType,
    LegalStatus,
    PhoneLabel,
)
from evactrack.domain.errors import IllegalTransitionError, ReasonRequiredError, ValidationError
from evactrack.domain.phones import NotAPhoneNumber
from evactrack.services import case_status, persons, search
from evactrack.services.context import Context
from evactrack.services.persons import Document, PersonInput, Phone, PhoneInput
from tests.factories import make_person
from tests.services.dbstate import audit_rows, count, rows, status_rows

# ---------------------------------------------------------------- creation


def test_a_native_script_name_alone_is_enough(ctx: Context) -> None:
    created = persons.create_person(ctx, PersonInput(native_name="  زهرا   احمدی "))

    stored = persons.get_person(ctx, created.id)
    assert stored.data.native_name == "زهرا احمدی"
    assert stored.data.given_name is None and stored.data.family_name is None
    assert stored.name == "زهرا احمدی"
    assert stored.status is CaseStatus.NEW
    assert stored.version == 1
    [first] = status_rows(ctx, created.id)
    assert (first.from_status, first.to_status) == (None, CaseStatus.NEW)
    assert first.user_id == ctx.actor.user_id
    [event] = audit_rows(ctx, "person", created.id)
    assert event.action is AuditAction.CREATE
    assert event.username == "tester"
    assert event.new_value == "زهرا احمدی"


def test_a_person_without_any_name_or_with_impossible_dates_is_refused(ctx: Context) -> None:
    nameless = (
        PersonInput(),
        PersonInput(given_name="   ", family_name="\t", native_name=""),
        PersonInput(father_name="Karim", email="x@example.org"),  # a father's name is not hers
    )
    for data in nameless:
        with pytest.raises(ValidationError, match="at least one name"):
            persons.create_person(ctx, data)
    in_two_days = datetime.now(UTC).date() + timedelta(days=2)
    with pytest.raises(ValidationError, match="future"):
        persons.create_person(ctx, PersonInput(given_name="Ahmad", date_of_birth=in_two_days))
    with pytest.raises(ValidationError, match="not plausible"):
        persons.create_person(ctx, PersonInput(given_name="Ahmad", birth_year=1850))

    assert count(ctx, Person) == 0
    assert count(ctx, StatusChange) == 0
    assert count(ctx, AuditEvent) == 0


def test_phones_and_email_are_normalised_or_refused(ctx: Context) -> None:
    created = persons.create_person(
        ctx,
        PersonInput(
            given_name="Ahmad",
            phones=(
                PhoneInput("0701234567"),
                PhoneInput("+93 79 987 6543", PhoneLabel.WHATSAPP),
                PhoneInput(" 12-345 "),
            ),
        ),
    )

    assert created.phones == (
        Phone("+93701234567", True, PhoneLabel.MOBILE),
        Phone("+93799876543", True, PhoneLabel.WHATSAPP),
        Phone("12-345", False, PhoneLabel.MOBILE),
    )
    stored = rows(
        ctx,
        select(PhoneNumber.number, PhoneNumber.valid, PhoneNumber.position)
        .where(PhoneNumber.person_id == created.id)
        .order_by(PhoneNumber.position),
    )
    assert [tuple(r) for r in stored] == [
        ("+93701234567", True, 0),
        ("+93799876543", True, 1),
        ("12-345", False, 2),
    ]
    in_berlin = persons.create_person(
        ctx, PersonInput(given_name="Anna", phones=(PhoneInput("030 901820"),)), region="DE"
    )
    assert in_berlin.phones == (Phone("+4930901820", True, PhoneLabel.MOBILE),)

    created = persons.create_person(
        ctx, PersonInput(given_name="Ahmad", email=" Ahmad.Rahimi@Example.ORG ")
    )
    assert persons.get_person(ctx, created.id).data.email == "ahmad.rahimi@example.org"

    for bad in ("ahmad.example.org", "ahmad@example", "a b@example.org", "a@@example.org"):
        with pytest.raises(ValidationError, match="not a valid e-mail"):
            persons.create_person(ctx, PersonInput(given_name="Bashir", email=bad))
    assert count(ctx, Person) == 3


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("12ab", "it contains letters"),
        ("pas de téléphone", "it has no digits"),
        ("123", "it has too few digits"),
        ("+999 123 4567", "no country has its calling code"),
    ],
)
def test_a_phone_that_cannot_be_a_number_is_refused_with_the_reason_and_nothing_written(
    ctx: Context, text: str, reason: str
) -> None:
    data = PersonInput(
        given_name="Bashir", phones=(PhoneInput("0701234567"), PhoneInput(f" {text} "))
    )
    with pytest.raises(NotAPhoneNumber) as refused:
        persons.create_person(ctx, data)
    assert refused.value.fields == ("phones",)
    assert str(refused.value) == f"'{text}' is not a phone number: {reason}."
    assert (count(ctx, Person), count(ctx, PhoneNumber), count(ctx, AuditEvent)) == (0, 0, 0)


def test_an_edit_adding_a_phone_that_cannot_be_a_number_is_refused_and_nothing_written(
    ctx: Context,
) -> None:
    person = make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    edited = replace(
        person.data, location="Kabul", phones=(*person.data.phones, PhoneInput("no phone 1"))
    )
    with pytest.raises(NotAPhoneNumber, match="'no phone 1' is not a phone number"):
        persons.update_person(ctx, person.id, person.version, edited)
    stored = persons.get_person(ctx, person.id)
    assert stored == person
    assert len(audit_rows(ctx, "person", person.id)) == 1  # the creation only


def test_a_number_kept_as_written_before_the_rule_survives_an_untouched_save(
    ctx: Context,
) -> None:
    """An earlier import kept "12ab" as written: saving the person must not lose it, nor
    refuse the caseworker's other edits."""
    person = make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    with ctx.db.transaction() as session:
        session.add(PhoneNumber(person_id=person.id, number="12ab", valid=False, position=1))
    before = persons.get_person(ctx, person.id)
    assert before.phones[1] == Phone("12ab", False, PhoneLabel.MOBILE)

    saved = persons.update_person(
        ctx, person.id, before.version, replace(before.data, location="Kabul")
    )
    assert saved.phones == before.phones and saved.data.location == "Kabul"
    with pytest.raises(NotAPhoneNumber):
        persons.update_person(
            ctx,
            person.id,
            saved.version,
            replace(saved.data, phones=(*saved.data.phones, PhoneInput("12abc"))),
        )


# ---------------------------------------------------------------- update


def test_an_update_records_one_audit_event_per_changed_field(ctx: Context) -> None:
    person = make_person(ctx, "Ahmad", "Rahimi", phone="0701234567", email="a@example.org")
    before = len(audit_rows(ctx, "person", person.id))

    edited = persons.update_person(
        ctx,
        person.id,
        person.version,
        PersonInput(
            given_name="Ahmed",
            family_name="Rahimi",
            legal_status=LegalStatus.CITIZEN,
            phones=(PhoneInput("0701234567"), PhoneInput("0799876543")),
            email="A@Example.org",
        ),
    )

    assert edited.version == person.version + 1
    assert edited.data.given_name == "Ahmed"
    changes = {
        e.field: (e.action, e.old_value, e.new_value)
        for e in audit_rows(ctx, "person", person.id)[before:]
    }
    assert changes == {
        "given_name": (AuditAction.UPDATE, "Ahmad", "Ahmed"),
        "phones": (AuditAction.UPDATE, "+93701234567", "+93701234567; +93799876543"),
    }
    stored = persons.get_person(ctx, person.id)
    assert [p.number for p in stored.phones] == ["+93701234567", "+93799876543"]
    assert stored.data.email == "a@example.org"


def test_an_edit_leaves_untouched_documents_as_they_are(ctx: Context) -> None:
    """A name's edit rewrites no document (their ids say which is first); a change of the
    documents stores them in the form's order."""
    passport = Document(DocumentType.PASSPORT, "P1234567")
    tazkira = Document(DocumentType.TAZKIRA, "1234-5678-12345")
    person = persons.create_person(
        ctx, PersonInput(given_name="Ahmad", documents=(passport, tazkira))
    )

    def stored() -> list[tuple[int, str]]:
        found = rows(
            ctx,
            select(IdentityDocument.id, IdentityDocument.number)
            .where(IdentityDocument.person_id == person.id)
            .order_by(IdentityDocument.id),
        )
        return [(row.id, row.number) for row in found]

    before = stored()
    edited = persons.update_person(
        ctx, person.id, person.version, replace(person.data, given_name="Ahmed")
    )
    assert stored() == before

    persons.update_person(
        ctx, person.id, edited.version, replace(edited.data, documents=(tazkira, passport))
    )
    assert [number for _id, number in stored()] == ["1234-5678-12345", "P1234567"]
    assert persons.get_person(ctx, person.id).data.documents == (tazkira, passport)


def test_an_update_without_changes_or_with_bad_input_writes_nothing(ctx: Context) -> None:
    person = make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    events = len(audit_rows(ctx, "person", person.id))

    same = persons.update_person(ctx, person.id, person.version, person.data)

    assert same.version == person.version
    assert len(audit_rows(ctx, "person", person.id)) == events
    with pytest.raises(ValidationError):
        persons.update_person(
            ctx, person.id, person.version, PersonInput(given_name="Ahmed", email="nonsense")
        )

    stored = persons.get_person(ctx, person.id)
    assert stored.data.given_name == "Ahmad"
    assert stored.version == person.version
    assert len(audit_rows(ctx, "person", person.id)) == events


# ---------------------------------------------------------------- search


@pytest.fixture
def people(ctx: Context) -> dict[str, int]:
    """A small register whose every entry is found by some query and missed by others."""
    seeded = {
        "ahmad": PersonInput(
            given_name="Ahmad",
            family_name="Rahimi",
            native_name="احمد رحیمی",
            phones=(PhoneInput("+93 70 123 4567"),),
            email="Ahmad.Rahimi@Example.org",
            documents=(Document(DocumentType.TAZKIRA, "1234-5678-12345"),),
        ),
        "jose": PersonInput(
            given_name="José",
            family_name="Núñez",
            documents=(Document(DocumentType.VISA, "SIV-98765"),),
        ),
        "ali": PersonInput(native_name="علی کریمی", phones=(PhoneInput("0799876543"),)),
        "asad": PersonInput(native_name="أسد الله", given_name="Asadullah"),
        "karim": PersonInput(given_name="Karim", family_name="Ahmadzai"),
    }
    return {key: persons.create_person(ctx, data).id for key, data in seeded.items()}


def _found(ctx: Context, query: str) -> set[int]:
    return {s.id for s in search.search(ctx, query)}


def test_search_names_in_either_script(ctx: Context, people: dict[str, int]) -> None:
    # Latin: case and diacritics ignored.
    assert _found(ctx, "RAHIMI") == {people["ahmad"]}
    assert _found(ctx, "jose nunez") == {people["jose"]}
    assert _found(ctx, "Núñez") == {people["jose"]}
    assert _found(ctx, "NUÑEZ") == {people["jose"]}
    assert _found(ctx, "ahmad") == {people["ahmad"], people["karim"]}  # Ahmadzai too
    assert _found(ctx, "nobody here") == set()
    # Arabic script: the letter variants of Dari, Pashto and Arabic sources ignored.
    assert _found(ctx, "علي") == {people["ali"]}  # Arabic yeh finds Persian yeh
    assert _found(ctx, "كريمي") == {people["ali"]}  # Arabic kaf and yeh
    assert _found(ctx, "علی کریمی") == {people["ali"]}
    assert _found(ctx, "اسد") == {people["asad"]}  # plain alef finds alef with hamza
    assert _found(ctx, "أحمد") == {people["ahmad"]}  # and the other way round
    assert _found(ctx, "رحيمي") == {people["ahmad"]}


def test_search_phones_documents_email_word_order_and_edits(
    ctx: Context, people: dict[str, int]
) -> None:
    for phone in ("+93 70 123 4567", "0701234567", "0093701234567", "70-123-45"):
        assert _found(ctx, phone) == {people["ahmad"]}, phone
    assert _found(ctx, "۰۷۹۹۸۷۶۵۴۳") == {people["ali"]}  # Persian digits
    assert _found(ctx, "1234-5678-12345") == {people["ahmad"]}
    assert _found(ctx, "1234567812345") == {people["ahmad"]}
    assert _found(ctx, "SIV98765") == {people["jose"]}
    assert _found(ctx, "siv-98765") == {people["jose"]}
    assert _found(ctx, "ahmad.rahimi@example.org") == {people["ahmad"]}
    assert _found(ctx, "RAHIMI@EXAMPLE") == {people["ahmad"]}

    # Short queries (one or two characters) match anywhere.
    assert _found(ctx, "ez") == {people["jose"]}
    assert _found(ctx, "ع") == {people["ali"]}
    assert _found(ctx, "zz") == set()
    assert _found(ctx, "") == set()
    assert _found(ctx, "   ") == set()
    # Every word must match, in any order.
    assert _found(ctx, "rahimi ahmad") == {people["ahmad"]}
    assert _found(ctx, "ahmadzai karim") == {people["karim"]}
    assert _found(ctx, "karim rahimi") == set()
    assert _found(ctx, "nunez 98765") == {people["jose"]}
    assert _found(ctx, "ez jo") == {people["jose"]}

    karim = persons.get_person(ctx, people["karim"])
    persons.update_person(
        ctx,
        karim.id,
        karim.version,
        PersonInput(given_name="Karim", family_name="Sultani"),
    )
    assert _found(ctx, "ahmadzai") == set()
    assert _found(ctx, "sultani") == {people["karim"]}
    [listed] = persons.summaries(ctx, [people["karim"]])
    assert (listed.name, listed.status, listed.household_id) == ("Karim Sultani", "new", None)
    pair = [people["ali"], people["ahmad"]]
    assert [s.id for s in persons.summaries(ctx, pair)] == sorted(pair)


# ---------------------------------------------------------------- transitions


def test_an_allowed_transition_records_who_when_and_why(ctx: Context) -> None:
    person = make_person(ctx)
    started = datetime.now(UTC)

    moved = case_status.change_status(ctx, person.id, CaseStatus.CONTACTED, "  reached by phone ")

    assert moved.to_status is CaseStatus.CONTACTED
    assert moved.version == person.version + 1
    last = status_rows(ctx, person.id)[-1]
    assert (last.from_status, last.to_status) == (CaseStatus.NEW, CaseStatus.CONTACTED)
    assert last.reason == "reached by phone"
    assert last.user_id == ctx.actor.user_id
    assert started - timedelta(seconds=5) <= last.changed_at <= datetime.now(UTC)
    event = audit_rows(ctx, "person", person.id)[-1]
    assert (event.action, event.field, event.old_value, event.new_value) == (
        AuditAction.TRANSITION,
        "status",
        "new",
        "contacted",
    )
    assert [h.to_status for h in case_status.status_history(ctx, person.id)] == [
        CaseStatus.NEW,
        CaseStatus.CONTACTED,
    ]


def test_forbidden_or_unexplained_transitions_change_nothing(ctx: Context) -> None:
    person = make_person(ctx)
    events = len(audit_rows(ctx, "person", person.id))

    with pytest.raises(IllegalTransitionError, match="'new' to 'evacuated'"):
        case_status.change_status(ctx, person.id, CaseStatus.EVACUATED, "flew out")

    stored = persons.get_person(ctx, person.id)
    assert stored.status is CaseStatus.NEW
    assert stored.version == person.version
    assert len(status_rows(ctx, person.id)) == 1
    assert len(audit_rows(ctx, "person", person.id)) == events
    for reason in (None, "", "   "):
        with pytest.raises(ReasonRequiredError, match="needs a reason"):
            case_status.change_status(ctx, person.id, CaseStatus.DECLINED, reason)

    assert persons.get_person(ctx, person.id).status is CaseStatus.NEW
    assert len(status_rows(ctx, person.id)) == 1
    declined = case_status.change_status(ctx, person.id, CaseStatus.DECLINED, "stays with family")
    assert declined.to_status is CaseStatus.DECLINED
    assert status_rows(ctx, person.id)[-1].reason == "stays with family"
