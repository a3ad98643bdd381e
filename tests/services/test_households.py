"""Households: principal and members, eligibility through the principal, travel dependencies."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from evactrack.db.models import AuditEvent, Household, Person, TravelDependency
from evactrack.domain.enums import ELIGIBLE_LEGAL_STATUSES, AuditAction, LegalStatus
from evactrack.domain.errors import NotFoundError, ValidationError
from evactrack.services import households
from evactrack.services.context import Context
from tests.factories import make_person
from tests.services.dbstate import audit_rows, count, rows

FM = LegalStatus.FAMILY_MEMBER


def _household_of(ctx: Context, *person_ids: int) -> list[int | None]:
    found = dict(rows(ctx, select(Person.id, Person.household_id).where(Person.id.in_(person_ids))))
    return [found[pid] for pid in person_ids]


def test_create_groups_principal_and_members_and_audits_it(ctx: Context) -> None:
    wali = make_person(ctx, "Wali", "Karimi")
    nadia = make_person(ctx, "Nadia", "Karimi", legal_status=FM)
    omid = make_person(ctx, "Omid", None, legal_status=FM)

    created = households.create_household(
        ctx, wali.id, [nadia.id, omid.id, wali.id], name=" Karimi  family ", notes="3 bags"
    )

    assert created.name == "Karimi family"
    assert created.principal_id == wali.id
    assert [(m.person_id, m.is_principal) for m in created.members] == [
        (wali.id, True),
        (nadia.id, False),
        (omid.id, False),
    ]
    assert _household_of(ctx, wali.id, nadia.id, omid.id) == [created.id] * 3
    assert households.get_household(ctx, created.id) == created
    [event] = audit_rows(ctx, "household", created.id)
    assert (event.action, event.new_value, event.username) == (
        AuditAction.CREATE,
        "Karimi family",
        "tester",
    )
    for member in (wali, nadia, omid):
        last = audit_rows(ctx, "person", member.id)[-1]
        assert (last.action, last.field, last.old_value, last.new_value) == (
            AuditAction.UPDATE,
            "household_id",
            None,
            str(created.id),
        )


def test_create_with_an_unknown_person_writes_nothing(ctx: Context) -> None:
    wali = make_person(ctx, "Wali", "Karimi")

    with pytest.raises(NotFoundError, match="#999"):
        households.create_household(ctx, wali.id, [999])

    assert count(ctx, Household) == 0
    assert _household_of(ctx, wali.id) == [None]
    assert count(ctx, AuditEvent, AuditEvent.entity == "household") == 0


def test_a_family_members_eligibility_follows_the_principal(ctx: Context) -> None:
    cases = [
        (LegalStatus.CITIZEN, FM, True),
        (LegalStatus.PERMANENT_RESIDENT, FM, True),
        (LegalStatus.VISA_APPLICANT, FM, False),
        (LegalStatus.UNKNOWN, FM, False),
        (LegalStatus.VISA_APPLICANT, LegalStatus.CITIZEN, True),  # eligible in their own right
        (LegalStatus.CITIZEN, LegalStatus.THIRD_COUNTRY_NATIONAL, False),
    ]
    for principal, member, eligible in cases:
        head = make_person(ctx, "Wali", legal_status=principal)
        relative = make_person(ctx, "Nadia", legal_status=member)

        created = households.create_household(ctx, head.id, [relative.id])

        by_id = {m.person_id: m for m in created.members}
        assert by_id[relative.id].eligible is eligible, (principal, member)
        assert by_id[head.id].eligible is (principal in ELIGIBLE_LEGAL_STATUSES)


def test_eligibility_changes_with_the_principal_who_must_be_a_member(ctx: Context) -> None:
    applicant = make_person(ctx, "Bashir", legal_status=LegalStatus.VISA_APPLICANT)
    citizen = make_person(ctx, "Sara", legal_status=LegalStatus.CITIZEN)
    child = make_person(ctx, "Omid", legal_status=FM)
    household = households.create_household(ctx, applicant.id, [citizen.id, child.id])
    assert {m.person_id: m.eligible for m in household.members}[child.id] is False

    changed = households.set_principal(ctx, household.id, citizen.id, household.version)

    assert changed.principal_id == citizen.id
    assert {m.person_id: m.eligible for m in changed.members}[child.id] is True
    [event] = [e for e in audit_rows(ctx, "household", household.id) if e.field]
    assert (event.field, event.old_value, event.new_value) == (
        "principal_id",
        str(applicant.id),
        str(citizen.id),
    )
    stranger = make_person(ctx, "Stranger")
    with pytest.raises(ValidationError, match=f"#{stranger.id} is not in household"):
        households.set_principal(ctx, household.id, stranger.id)
    assert households.get_household(ctx, household.id).principal_id == citizen.id


def test_travel_dependencies_are_added_lifted_and_kept_in_the_household(ctx: Context) -> None:
    mother = make_person(ctx, "Nadia")
    child = make_person(ctx, "Omid", legal_status=FM)
    grandfather = make_person(ctx, "Rahim", legal_status=FM)
    household = households.create_household(ctx, mother.id, [child.id, grandfather.id])

    households.set_travel_dependency(ctx, child.id, mother.id)
    households.set_travel_dependency(ctx, child.id, mother.id)  # saying it twice is harmless
    detail = households.set_travel_dependency(ctx, grandfather.id, child.id)

    depends = {m.person_id: m.depends_on for m in detail.members}
    assert depends == {mother.id: (), child.id: (mother.id,), grandfather.id: (child.id,)}
    assert count(ctx, TravelDependency) == 2
    last = audit_rows(ctx, "person", child.id)[-1]
    assert (last.field, last.old_value, last.new_value) == (
        "travels_only_with",
        None,
        str(mother.id),
    )

    lifted = households.set_travel_dependency(ctx, child.id, mother.id, needed=False)

    assert {m.person_id: m.depends_on for m in lifted.members}[child.id] == ()
    assert count(ctx, TravelDependency) == 1
    assert households.get_household(ctx, household.id) == lifted
    last = audit_rows(ctx, "person", child.id)[-1]
    assert (last.field, last.old_value, last.new_value) == (
        "travels_only_with",
        str(mother.id),
        None,
    )
    outsider = make_person(ctx, "Bashir")
    events = count(ctx, AuditEvent)
    with pytest.raises(ValidationError, match="same household"):
        households.set_travel_dependency(ctx, child.id, outsider.id)
    with pytest.raises(ValidationError, match="themselves"):
        households.set_travel_dependency(ctx, child.id, child.id)
    assert count(ctx, TravelDependency) == 1
    assert count(ctx, AuditEvent) == events


def test_moving_a_person_to_another_household_or_out(ctx: Context) -> None:
    wali = make_person(ctx, "Wali")
    nadia = make_person(ctx, "Nadia", legal_status=FM)
    omid = make_person(ctx, "Omid", legal_status=FM)
    first = households.create_household(ctx, wali.id, [nadia.id, omid.id])
    households.set_travel_dependency(ctx, omid.id, nadia.id)

    # Nadia marries into a household of her own: she leaves the first, with her dependency.
    aziz = make_person(ctx, "Aziz")
    second = households.create_household(ctx, aziz.id, [nadia.id])

    assert _household_of(ctx, wali.id, nadia.id, omid.id) == [first.id, second.id, first.id]
    left = households.get_household(ctx, first.id)
    assert [m.person_id for m in left.members] == [wali.id, omid.id]
    assert {m.person_id: m.depends_on for m in left.members}[omid.id] == ()
    assert count(ctx, TravelDependency) == 0
    last = audit_rows(ctx, "person", nadia.id)[-1]
    assert (last.field, last.old_value, last.new_value) == (
        "household_id",
        str(first.id),
        str(second.id),
    )

    # The principal moving away leaves the old household without one.
    households.add_member(ctx, second.id, wali.id)
    assert households.get_household(ctx, first.id).principal_id is None
    assert [m.person_id for m in households.get_household(ctx, second.id).members] == [
        wali.id,
        nadia.id,
        aziz.id,
    ]

    # Leaving a household for none at all.
    after = households.remove_member(ctx, second.id, nadia.id)
    assert [m.person_id for m in after.members] == [wali.id, aziz.id]
    assert _household_of(ctx, nadia.id) == [None]
    with pytest.raises(ValidationError, match="not in household"):
        households.remove_member(ctx, second.id, nadia.id)
