"""Households: persons who move together, one principal, and who cannot travel without whom."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from evactrack.db.models import Household, Person, TravelDependency
from evactrack.domain.eligibility import is_eligible
from evactrack.domain.enums import AuditAction, CaseStatus, LegalStatus
from evactrack.domain.errors import NotFoundError, ValidationError
from evactrack.domain.names import clean_text, display_name
from evactrack.services import audit
from evactrack.services.context import Context
from evactrack.services.versions import check_version


@dataclass(frozen=True, slots=True)
class Member:
    person_id: int
    name: str
    native_name: str | None
    legal_status: LegalStatus
    status: CaseStatus
    is_principal: bool
    eligible: bool
    depends_on: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class HouseholdDetail:
    id: int
    version: int
    name: str | None
    principal_id: int | None
    notes: str | None
    members: tuple[Member, ...]


def _load(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise NotFoundError(f"There is no household #{household_id}.")
    return household


def _detail(session: Session, household: Household) -> HouseholdDetail:
    people = session.scalars(
        select(Person).where(Person.household_id == household.id).order_by(Person.id)
    ).all()
    deps: dict[int, list[int]] = {}
    for dep in session.scalars(
        select(TravelDependency).where(TravelDependency.person_id.in_([p.id for p in people]))
    ):
        deps.setdefault(dep.person_id, []).append(dep.depends_on_id)
    principal = next((p for p in people if p.id == household.principal_id), None)
    principal_status = principal.legal_status if principal else None
    members = tuple(
        Member(
            p.id,
            display_name(p.given_name, p.family_name, p.father_name, p.native_name, p.sex),
            p.native_name,
            p.legal_status,
            p.status,
            p.id == household.principal_id,
            is_eligible(p.legal_status, principal_status),
            tuple(sorted(deps.get(p.id, ()))),
        )
        for p in people
    )
    return HouseholdDetail(
        household.id,
        household.version,
        household.name,
        household.principal_id,
        household.notes,
        members,
    )


def create_household(
    ctx: Context,
    principal_id: int,
    member_ids: Iterable[int] = (),
    name: str | None = None,
    notes: str | None = None,
) -> HouseholdDetail:
    """Group a principal and members; a person already in another household is moved."""
    ids = [principal_id, *[m for m in member_ids if m != principal_id]]
    with ctx.writing() as session:
        people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
        missing = [i for i in ids if i not in people]
        if missing:
            raise NotFoundError(f"There is no person #{missing[0]}.")
        household = Household(name=clean_text(name), notes=clean_text(notes))
        session.add(household)
        session.flush()
        household.principal_id = principal_id
        audit.record(
            session, ctx.actor, AuditAction.CREATE, "household", household.id, new=clean_text(name)
        )
        for pid in ids:
            _set_household(session, ctx, people[pid], household.id)
        session.flush()
        return _detail(session, household)


def _set_household(
    session: Session, ctx: Context, person: Person, household_id: int | None
) -> None:
    if person.household_id == household_id:
        return
    audit.record(
        session,
        ctx.actor,
        AuditAction.UPDATE,
        "person",
        person.id,
        "household_id",
        person.household_id,
        household_id,
    )
    if person.household_id is not None:
        old = session.get(Household, person.household_id)
        if old is not None and old.principal_id == person.id:
            old.principal_id = None
        session.execute(
            delete(TravelDependency).where(
                (TravelDependency.person_id == person.id)
                | (TravelDependency.depends_on_id == person.id)
            )
        )
    person.household_id = household_id


def get_household(ctx: Context, household_id: int) -> HouseholdDetail:
    with ctx.db.reading() as session:
        return _detail(session, _load(session, household_id))


def add_member(ctx: Context, household_id: int, person_id: int) -> HouseholdDetail:
    with ctx.writing() as session:
        household = _load(session, household_id)
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(f"There is no person #{person_id}.")
        _set_household(session, ctx, person, household_id)
        session.flush()
        return _detail(session, household)


def remove_member(ctx: Context, household_id: int, person_id: int) -> HouseholdDetail:
    with ctx.writing() as session:
        household = _load(session, household_id)
        person = session.get(Person, person_id)
        if person is None or person.household_id != household_id:
            raise ValidationError(f"Person #{person_id} is not in household #{household_id}.")
        _set_household(session, ctx, person, None)
        session.flush()
        return _detail(session, household)


def set_principal(
    ctx: Context, household_id: int, person_id: int, expected_version: int | None = None
) -> HouseholdDetail:
    with ctx.writing() as session:
        household = _load(session, household_id)
        check_version("Household", household_id, expected_version, household.version)
        person = session.get(Person, person_id)
        if person is None or person.household_id != household_id:
            raise ValidationError(f"Person #{person_id} is not in household #{household_id}.")
        if household.principal_id == person_id:  # already so: nothing to write
            return _detail(session, household)
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "household",
            household_id,
            "principal_id",
            household.principal_id,
            person_id,
        )
        household.principal_id = person_id
        session.flush()
        return _detail(session, household)


def set_travel_dependency(
    ctx: Context, person_id: int, depends_on_id: int, needed: bool = True
) -> HouseholdDetail:
    """Record (or lift) that ``person_id`` cannot travel without ``depends_on_id``."""
    if person_id == depends_on_id:
        raise ValidationError("A person cannot depend on themselves.")
    with ctx.writing() as session:
        person, other = session.get(Person, person_id), session.get(Person, depends_on_id)
        if person is None or other is None:
            raise NotFoundError(f"There is no person #{depends_on_id if person else person_id}.")
        if person.household_id is None or person.household_id != other.household_id:
            raise ValidationError("Both persons must be in the same household.")
        existing = session.get(TravelDependency, (person_id, depends_on_id))
        if needed == (existing is not None):  # already so: nothing to write
            return _detail(session, _load(session, person.household_id))
        if needed:
            session.add(TravelDependency(person_id=person_id, depends_on_id=depends_on_id))
        else:
            session.delete(existing)
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "person",
            person_id,
            "travels_only_with",
            None if needed else depends_on_id,
            depends_on_id if needed else None,
        )
        session.flush()
        return _detail(session, _load(session, person.household_id))


def household_member_ids(session: Session, person_ids: Iterable[int]) -> dict[int, list[int]]:
    """For each person: every member of their household (themselves alone if none)."""
    ids = list(person_ids)
    rows = session.execute(select(Person.id, Person.household_id).where(Person.id.in_(ids))).all()
    households = {hid for _, hid in rows if hid is not None}
    members: dict[int, list[int]] = {}
    if households:
        for pid, hid in session.execute(
            select(Person.id, Person.household_id)
            .where(Person.household_id.in_(households))
            .order_by(Person.id)
        ):
            members.setdefault(hid, []).append(pid)
    return {pid: (members[hid] if hid is not None else [pid]) for pid, hid in rows}
