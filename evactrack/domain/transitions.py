"""The case-status state machine: the one table of allowed transitions.

Every change of a person's case status goes through :func:`check_transition`, or through
:func:`check_undo` when a caseworker takes back a step; services record who made it, when
and why.
"""

from __future__ import annotations

from evactrack.domain.enums import CaseStatus as S
from evactrack.domain.enums import MovementStatus as M
from evactrack.domain.errors import IllegalTransitionError, ReasonRequiredError

# from-status -> statuses it may move to
TRANSITIONS: dict[S, frozenset[S]] = {
    S.NEW: frozenset(
        {
            S.CONTACTED,
            S.VERIFIED,
            S.NO_CONTACT,
            S.DECLINED,
            S.SELF_EVACUATED,
            S.DEFERRED,
            S.DUPLICATE,
        }
    ),
    S.CONTACTED: frozenset(
        {S.VERIFIED, S.NO_CONTACT, S.DECLINED, S.SELF_EVACUATED, S.DEFERRED, S.DUPLICATE}
    ),
    # verified -> refused: turned back at a checkpoint while making their own way.
    S.VERIFIED: frozenset(
        {
            S.REFUSED,
            S.ASSIGNED,
            S.CONTACTED,
            S.NO_CONTACT,
            S.DECLINED,
            S.SELF_EVACUATED,
            S.DEFERRED,
            S.DUPLICATE,
        }
    ),
    S.ASSIGNED: frozenset(
        {
            S.IN_TRANSIT,
            S.VERIFIED,
            S.REFUSED,
            S.NO_CONTACT,
            S.DECLINED,
            S.SELF_EVACUATED,
            S.DEFERRED,
        }
    ),
    S.IN_TRANSIT: frozenset({S.AT_AIRPORT, S.REFUSED, S.VERIFIED}),
    S.AT_AIRPORT: frozenset({S.EVACUATED, S.REFUSED, S.VERIFIED}),
    S.EVACUATED: frozenset({S.AT_AIRPORT}),
    S.REFUSED: frozenset(
        {
            S.ASSIGNED,
            S.VERIFIED,
            S.CONTACTED,
            S.NO_CONTACT,
            S.DECLINED,
            S.SELF_EVACUATED,
            S.DEFERRED,
        }
    ),
    S.NO_CONTACT: frozenset(
        {S.CONTACTED, S.VERIFIED, S.DECLINED, S.SELF_EVACUATED, S.DEFERRED, S.DUPLICATE}
    ),
    S.DECLINED: frozenset({S.CONTACTED, S.VERIFIED, S.SELF_EVACUATED, S.DUPLICATE}),
    S.SELF_EVACUATED: frozenset({S.CONTACTED}),
    S.DEFERRED: frozenset(
        {S.CONTACTED, S.VERIFIED, S.NO_CONTACT, S.DECLINED, S.SELF_EVACUATED, S.DUPLICATE}
    ),
    S.DUPLICATE: frozenset({S.NEW}),
}

# Targets that always need a reason: they end or suspend a case, or record a refusal.
REASON_REQUIRED_TARGETS: frozenset[S] = frozenset(
    {S.REFUSED, S.DECLINED, S.SELF_EVACUATED, S.DEFERRED, S.DUPLICATE}
)

# Corrections that walk a case backwards; they need a reason too.
REASON_REQUIRED_STEPS: frozenset[tuple[S, S]] = frozenset(
    {
        (S.EVACUATED, S.AT_AIRPORT),
        (S.SELF_EVACUATED, S.CONTACTED),
        (S.DUPLICATE, S.NEW),
        (S.IN_TRANSIT, S.VERIFIED),
        (S.AT_AIRPORT, S.VERIFIED),
        (S.VERIFIED, S.CONTACTED),
    }
)


def allowed_targets(current: S) -> list[S]:
    """Statuses reachable from ``current``, in the enum's order (for menus)."""
    targets = TRANSITIONS[current]
    return [s for s in S if s in targets]


def needs_reason(current: S, target: S) -> bool:
    return target in REASON_REQUIRED_TARGETS or (current, target) in REASON_REQUIRED_STEPS


def check_transition(current: S, target: S, reason: str | None = None) -> None:
    """Raise if ``current -> target`` is not allowed, or allowed only with a reason."""
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(s.value for s in allowed_targets(current)) or "none"
        raise IllegalTransitionError(
            f"A case cannot go from '{current.value}' to '{target.value}'. "
            f"From '{current.value}' it can go to: {allowed}."
        )
    if needs_reason(current, target) and not (reason and reason.strip()):
        raise ReasonRequiredError(
            f"Changing a case from '{current.value}' to '{target.value}' needs a reason."
        )


def restored_status(recorded_from: S | None) -> S:
    """The status that taking back a recorded change restores; a case's creation (recorded
    from no status) is never taken back."""
    if recorded_from is None:
        raise IllegalTransitionError("The creation of a case cannot be undone.")
    return recorded_from


def check_undo(current: S, recorded_from: S | None, recorded_to: S) -> S:
    """Raise unless the recorded change ``recorded_from -> recorded_to`` may be taken back
    now; return the status it restores.

    Taking back a mistaken step restores a status the table itself led from, so it is
    allowed even where the table has no way back (``assigned -> in transit``), but only while
    the case is still where that step put it.
    """
    restored = restored_status(recorded_from)
    if current is not recorded_to:
        raise IllegalTransitionError(
            f"The change from '{restored.value}' to '{recorded_to.value}' cannot be undone: "
            f"the case is now '{current.value}'."
        )
    return restored


MOVEMENT_TRANSITIONS: dict[M, frozenset[M]] = {
    M.PLANNED: frozenset({M.ASSEMBLING, M.ABORTED}),
    M.ASSEMBLING: frozenset({M.PLANNED, M.EN_ROUTE, M.ABORTED}),
    M.EN_ROUTE: frozenset({M.ARRIVED, M.ABORTED}),
    M.ARRIVED: frozenset(),
    M.ABORTED: frozenset(),
}


def check_movement_transition(current: M, target: M) -> None:
    if target not in MOVEMENT_TRANSITIONS[current]:
        allowed = ", ".join(m.value for m in M if m in MOVEMENT_TRANSITIONS[current]) or "none"
        raise IllegalTransitionError(
            f"A movement cannot go from '{current.value}' to '{target.value}'. "
            f"From '{current.value}' it can go to: {allowed}."
        )
