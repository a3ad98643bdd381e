"""Optimistic locking: two caseworkers saving the same record never silently overwrite."""

from __future__ import annotations

from dataclasses import replace

import pytest

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    MovementStatus,
    RefusalReason,
)
from evactrack.domain.errors import ConflictError
from evactrack.services import (
    case_status,
    contacts,
    households,
    movements,
    persons,
    refusals,
    rendezvous,
)
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from tests.conftest import account
from tests.factories import make_movement, make_person, make_point


@pytest.fixture
def alice(ctx: Context) -> Context:
    return account(ctx, "alice")


@pytest.fixture
def bob(ctx: Context) -> Context:
    return account(ctx, "bob")


def test_second_save_of_a_person_or_its_status_raises_and_the_first_stays(
    alice: Context, bob: Context
) -> None:
    person = make_person(alice, "Ahmad", "Rahimi")
    seen_by_alice = persons.get_person(alice, person.id)
    seen_by_bob = persons.get_person(bob, person.id)

    persons.update_person(
        alice, person.id, seen_by_alice.version, replace(seen_by_alice.data, given_name="Ahmed")
    )
    with pytest.raises(ConflictError, match=f"^Person #{person.id} was changed") as caught:
        persons.update_person(
            bob, person.id, seen_by_bob.version, replace(seen_by_bob.data, family_name="Rahimy")
        )

    assert caught.value.entity_id == person.id
    assert (caught.value.expected_version, caught.value.actual_version) == (1, 2)
    stored = persons.get_person(bob, person.id)
    assert (stored.data.given_name, stored.data.family_name) == ("Ahmed", "Rahimi")
    assert stored.version == 2

    person = make_person(alice)
    case_status.change_status(
        alice, person.id, CaseStatus.CONTACTED, expected_version=person.version
    )

    with pytest.raises(ConflictError, match=f"Person #{person.id}"):
        case_status.change_status(
            bob, person.id, CaseStatus.DECLINED, "stays", expected_version=person.version
        )

    assert persons.get_person(bob, person.id).status is CaseStatus.CONTACTED
    assert [h.to_status for h in case_status.status_history(bob, person.id)] == [
        CaseStatus.NEW,
        CaseStatus.CONTACTED,
    ]


def test_second_save_of_a_household_raises(alice: Context, bob: Context) -> None:
    father, mother, son = (make_person(alice, name, "Karimi") for name in ("Wali", "Nadia", "Omid"))
    household = households.create_household(alice, father.id, [mother.id, son.id])
    version = households.get_household(bob, household.id).version

    households.set_principal(alice, household.id, mother.id, expected_version=version)
    with pytest.raises(ConflictError, match=f"Household #{household.id}"):
        households.set_principal(bob, household.id, son.id, expected_version=version)

    assert households.get_household(alice, household.id).principal_id == mother.id


def test_second_save_of_a_movement_raises(alice: Context, bob: Context) -> None:
    movement = movements.get_movement(alice, make_movement(alice, make_point(alice)))
    fields = dict(
        rendezvous_point_id=movement.rendezvous_point_id,
        window_start=movement.window_start,
        window_end=movement.window_end,
    )

    movements.update_movement(
        alice,
        movement.id,
        movement.version,
        movements.MovementInput(**fields, capacity=30, escort_party="escort unit 9"),
    )
    with pytest.raises(ConflictError, match=f"Movement #{movement.id}"):
        movements.update_movement(
            bob, movement.id, movement.version, movements.MovementInput(**fields, capacity=5)
        )
    with pytest.raises(ConflictError, match=f"Movement #{movement.id}"):
        movements.set_status(
            bob, movement.id, MovementStatus.ASSEMBLING, expected_version=movement.version
        )

    stored = movements.get_movement(bob, movement.id)
    assert (stored.capacity, stored.escort_party) == (30, "escort unit 9")
    assert stored.status is MovementStatus.PLANNED


def test_second_save_of_a_rendezvous_point_raises(alice: Context, bob: Context) -> None:
    point = rendezvous.get_point(alice, make_point(alice, "Abbey gate", capacity=100))

    rendezvous.update_point(
        alice, point.id, point.version, rendezvous.PointInput("Abbey gate", capacity=150)
    )
    with pytest.raises(ConflictError, match=f"Rendezvous point #{point.id}"):
        rendezvous.update_point(
            bob, point.id, point.version, rendezvous.PointInput("Abbey gate (north)", capacity=80)
        )

    stored = rendezvous.get_point(bob, point.id)
    assert (stored.name, stored.capacity) == ("Abbey gate", 150)


def test_second_save_of_a_refusal_raises(alice: Context, bob: Context) -> None:
    person = make_person(alice, status=CaseStatus.VERIFIED)
    movements.assign(alice, make_movement(alice, make_point(alice)), [person.id])
    refusal = refusals.record_refusal(
        alice, person.id, RefusalInput(RefusalReason.NOT_ON_LIST, checkpoint="Checkpoint 3")
    )

    refusals.update_follow_up(alice, refusal.id, refusal.version, "call the embassy")
    with pytest.raises(ConflictError, match=f"Refusal #{refusal.id}"):
        refusals.update_follow_up(bob, refusal.id, refusal.version, "wait", "gave up", True)

    [stored] = refusals.list_refusals(bob, person_id=person.id)
    assert (stored.follow_up, stored.resolution, stored.resolved_at) == (
        "call the embassy",
        None,
        None,
    )


def test_logging_a_contact_attempt_does_not_make_an_open_edit_conflict(
    alice: Context, bob: Context
) -> None:
    cases = [
        (CaseStatus.NEW, ContactOutcome.NO_ANSWER, CaseStatus.NEW),
        (CaseStatus.NEW, ContactOutcome.REACHED, CaseStatus.CONTACTED),
        (CaseStatus.VERIFIED, ContactOutcome.REACHED, CaseStatus.VERIFIED),
    ]
    for status, outcome, after in cases:
        person = make_person(alice, "Ahmad", "Rahimi", status=status)
        open_in_bobs_form = persons.get_person(bob, person.id)

        contacts.log_attempt(alice, person.id, ContactChannel.PHONE, outcome)
        saved = persons.update_person(
            bob,
            person.id,
            open_in_bobs_form.version,
            replace(open_in_bobs_form.data, family_name="Rahimy"),
        )

        assert saved.data.family_name == "Rahimy"
        assert saved.status is after
        assert (saved.last_contact_at is not None) is (outcome is ContactOutcome.REACHED)
        assert len(contacts.list_attempts(bob, person.id)) == 1
