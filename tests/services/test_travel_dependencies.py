"""Who cannot travel without whom holds even when a household is split on purpose."""

from __future__ import annotations

import pytest

from evactrack.domain.enums import CaseStatus, LegalStatus
from evactrack.domain.errors import ValidationError
from evactrack.services import households, movements, persons
from evactrack.services.context import Context
from tests.factories import make_movement, make_person, make_point


def test_a_dependent_child_cannot_be_split_from_the_parent(ctx: Context) -> None:
    mother = make_person(ctx, "Laila", "Popal", status=CaseStatus.VERIFIED)
    child = make_person(
        ctx, "Omid", "Popal", legal_status=LegalStatus.FAMILY_MEMBER, status=CaseStatus.VERIFIED
    )
    uncle = make_person(
        ctx, "Farid", "Popal", legal_status=LegalStatus.FAMILY_MEMBER, status=CaseStatus.VERIFIED
    )
    household = households.create_household(ctx, mother.id, [child.id, uncle.id])
    households.set_travel_dependency(ctx, child.id, mother.id)
    movement_id = make_movement(ctx, make_point(ctx))

    with pytest.raises(
        ValidationError, match=f"#{child.id} cannot travel without person #{mother.id}"
    ):
        movements.assign(ctx, movement_id, [child.id], split_households=True)
    assert movements.get_movement(ctx, movement_id).manifest == ()
    assert persons.get_person(ctx, child.id).status is CaseStatus.VERIFIED

    movements.assign(ctx, movement_id, [child.id, mother.id], split_households=True)
    detail = movements.get_movement(ctx, movement_id)
    assert {line.person_id for line in detail.manifest} == {child.id, mother.id}
    assert household.id == persons.get_person(ctx, uncle.id).household_id
    assert persons.get_person(ctx, uncle.id).status is CaseStatus.VERIFIED
