"""Every allowed and every forbidden case-status transition, from the one table."""

from __future__ import annotations

import itertools

import pytest

from evactrack.domain.enums import CaseStatus, MovementStatus
from evactrack.domain.errors import IllegalTransitionError, ReasonRequiredError
from evactrack.domain.transitions import (
    MOVEMENT_TRANSITIONS,
    TRANSITIONS,
    allowed_targets,
    check_movement_transition,
    check_transition,
    check_undo,
    needs_reason,
    restored_status,
)

ALL_PAIRS = list(itertools.product(CaseStatus, CaseStatus))
ALLOWED = [(a, b) for a, b in ALL_PAIRS if b in TRANSITIONS[a]]
FORBIDDEN = [(a, b) for a, b in ALL_PAIRS if b not in TRANSITIONS[a]]


def test_table_covers_every_status() -> None:
    assert set(TRANSITIONS) == set(CaseStatus)


@pytest.mark.parametrize(("current", "target"), ALLOWED, ids=lambda s: s.value)
def test_allowed_transition_passes_with_a_reason(current: CaseStatus, target: CaseStatus) -> None:
    check_transition(current, target, "confirmed by phone")


@pytest.mark.parametrize(("current", "target"), ALLOWED, ids=lambda s: s.value)
def test_allowed_transition_without_reason(current: CaseStatus, target: CaseStatus) -> None:
    if needs_reason(current, target):
        with pytest.raises(ReasonRequiredError, match="needs a reason"):
            check_transition(current, target, "  ")
    else:
        check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), FORBIDDEN, ids=lambda s: s.value)
def test_forbidden_transition_is_refused_with_a_clear_message(
    current: CaseStatus, target: CaseStatus
) -> None:
    with pytest.raises(IllegalTransitionError) as info:
        check_transition(current, target, "any reason")
    assert not isinstance(info.value, ReasonRequiredError)
    message = str(info.value)
    assert f"'{current.value}' to '{target.value}'" in message
    for reachable in allowed_targets(current):
        assert reachable.value in message


def test_the_evacuation_path_and_the_refusal_loop() -> None:
    path = [
        CaseStatus.NEW,
        CaseStatus.CONTACTED,
        CaseStatus.VERIFIED,
        CaseStatus.ASSIGNED,
        CaseStatus.IN_TRANSIT,
        CaseStatus.AT_AIRPORT,
        CaseStatus.EVACUATED,
    ]
    for current, target in itertools.pairwise(path):
        check_transition(current, target)
    check_transition(CaseStatus.ASSIGNED, CaseStatus.REFUSED, "not on the list")
    check_transition(CaseStatus.REFUSED, CaseStatus.ASSIGNED)
    with pytest.raises(IllegalTransitionError):
        check_transition(CaseStatus.NEW, CaseStatus.EVACUATED)


def test_no_status_moves_to_itself() -> None:
    for status in CaseStatus:
        assert status not in TRANSITIONS[status]


@pytest.mark.parametrize(
    ("current", "target"),
    list(itertools.product(MovementStatus, MovementStatus)),
    ids=lambda s: s.value,
)
def test_movement_transitions(current: MovementStatus, target: MovementStatus) -> None:
    if target in MOVEMENT_TRANSITIONS[current]:
        check_movement_transition(current, target)
    else:
        with pytest.raises(IllegalTransitionError, match="A movement cannot go"):
            check_movement_transition(current, target)


@pytest.mark.parametrize(("before", "after"), ALLOWED, ids=lambda s: s.value)
def test_every_allowed_step_can_be_taken_back_while_the_case_is_still_there(
    before: CaseStatus, after: CaseStatus
) -> None:
    assert check_undo(after, before, after) is before
    elsewhere = next(s for s in CaseStatus if s is not after)
    with pytest.raises(IllegalTransitionError, match=f"the case is now '{elsewhere.value}'"):
        check_undo(elsewhere, before, after)


def test_a_creation_is_never_taken_back() -> None:
    assert restored_status(CaseStatus.VERIFIED) is CaseStatus.VERIFIED
    with pytest.raises(IllegalTransitionError, match="creation of a case cannot be undone"):
        check_undo(CaseStatus.NEW, None, CaseStatus.NEW)
