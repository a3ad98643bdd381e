"""Deterministic, realistic demo data for training, screenshots and benchmarks.

Households with names in Latin and Arabic script, every legal and case status, rendezvous
points, movements with outcomes, refusals and contact attempts over the last 14 days. Not a
use case of the product's data: a tool for trying it. Rows go in through ``db.bulk`` in one
transaction (ORM ``add_all`` is ~36x slower).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from evactrack.db.bulk import BulkWriter
from evactrack.db.models import (
    AuditEvent,
    ContactAttempt,
    Household,
    IdentityDocument,
    ManifestEntry,
    Movement,
    Person,
    PhoneNumber,
    Refusal,
    RendezvousPoint,
    StatusChange,
)
from evactrack.demo import names
from evactrack.domain.enums import (
    AuditAction,
    ContactChannel,
    ContactOutcome,
    DocumentType,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    PhoneLabel,
    RefusalReason,
    Sex,
    WishesToLeave,
)
from evactrack.domain.enums import CaseStatus as S
from evactrack.domain.names import alnum_key
from evactrack.domain.timezones import utcnow
from evactrack.services import audit
from evactrack.services.context import Context
from evactrack.services.persons import build_search_text

DAYS = 14
CHUNK = 5_000

# Where a household's case ends up today, with weights (the path to it is built below).
FINAL_STATUS_WEIGHTS: list[tuple[S, int]] = [
    (S.NEW, 10),
    (S.CONTACTED, 12),
    (S.VERIFIED, 14),
    (S.ASSIGNED, 6),
    (S.IN_TRANSIT, 2),
    (S.AT_AIRPORT, 3),
    (S.EVACUATED, 25),
    (S.REFUSED, 6),
    (S.NO_CONTACT, 6),
    (S.DECLINED, 3),
    (S.SELF_EVACUATED, 6),
    (S.DEFERRED, 3),
    (S.DUPLICATE, 1),
    ("no_show", 3),  # type: ignore[list-item]
]
PATHS: dict[Any, list[S]] = {
    S.NEW: [S.NEW],
    S.CONTACTED: [S.NEW, S.CONTACTED],
    S.VERIFIED: [S.NEW, S.CONTACTED, S.VERIFIED],
    S.ASSIGNED: [S.NEW, S.CONTACTED, S.VERIFIED, S.ASSIGNED],
    S.IN_TRANSIT: [S.NEW, S.CONTACTED, S.VERIFIED, S.ASSIGNED, S.IN_TRANSIT],
    S.AT_AIRPORT: [S.NEW, S.CONTACTED, S.VERIFIED, S.ASSIGNED, S.IN_TRANSIT, S.AT_AIRPORT],
    S.EVACUATED: [
        S.NEW,
        S.CONTACTED,
        S.VERIFIED,
        S.ASSIGNED,
        S.IN_TRANSIT,
        S.AT_AIRPORT,
        S.EVACUATED,
    ],
    S.REFUSED: [S.NEW, S.CONTACTED, S.VERIFIED, S.ASSIGNED, S.REFUSED],
    "no_show": [S.NEW, S.CONTACTED, S.VERIFIED, S.ASSIGNED, S.VERIFIED],
    S.NO_CONTACT: [S.NEW, S.NO_CONTACT],
    S.DECLINED: [S.NEW, S.CONTACTED, S.DECLINED],
    S.SELF_EVACUATED: [S.NEW, S.CONTACTED, S.SELF_EVACUATED],
    S.DEFERRED: [S.NEW, S.CONTACTED, S.VERIFIED, S.DEFERRED],
    S.DUPLICATE: [S.NEW, S.DUPLICATE],
}
REASONS = {
    S.REFUSED: "turned away at the meeting point",
    S.DECLINED: "wishes to stay with relatives",
    S.SELF_EVACUATED: "crossed at Torkham",
    S.DEFERRED: "waiting for documents",
    S.DUPLICATE: "same person entered twice",
    S.VERIFIED: "no show at the meeting point",
}
PRINCIPAL_STATUS = [
    (LegalStatus.CITIZEN, 30),
    (LegalStatus.PERMANENT_RESIDENT, 20),
    (LegalStatus.VISA_APPLICANT, 24),
    (LegalStatus.VISA_HOLDER, 8),
    (LegalStatus.THIRD_COUNTRY_NATIONAL, 8),
    (LegalStatus.UNKNOWN, 10),
]


@dataclass
class DemoResult:
    persons: int = 0
    households: int = 0
    movements: int = 0
    refusals: int = 0
    contact_attempts: int = 0


@dataclass
class _Rows:
    """Rows waiting for the next executemany, per table."""

    tables: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: Any, row: dict[str, Any]) -> None:
        self.tables.setdefault(model, []).append(row)

    def flush(self, writer: BulkWriter) -> None:
        # Parents before children, so foreign keys hold at every statement.
        order = [
            Household,
            Person,
            PhoneNumber,
            IdentityDocument,
            ManifestEntry,
            Refusal,
            ContactAttempt,
            StatusChange,
            AuditEvent,
        ]
        for model in order:
            rows = self.tables.pop(model, [])
            if model is AuditEvent:
                audit.chain_bulk(writer.session, rows)
            writer.insert(model, rows)


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _phone(rng: random.Random) -> str:
    return f"+937{rng.randint(0, 9)}{rng.randint(0, 9_999_999):07d}"


def generate(
    ctx: Context,
    people: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Add about ``people`` persons (whole households) with their history; one transaction."""
    ctx.require_write()
    rng = random.Random(seed)
    now = utcnow().replace(microsecond=0)
    result = DemoResult()
    with ctx.db.transaction() as session, BulkWriter(session) as writer:
        writer.suspend_search_index()
        points = _ensure_points(session, ctx)
        movements = _plan_movements(session, rng, points, now)
        for planned, movement_id in zip(
            movements, writer.ids(Movement, len(movements)), strict=True
        ):
            planned["id"] = movement_id
        writer.insert(Movement, [{k: v for k, v in m.items() if k != "count"} for m in movements])
        principals: list[dict[str, int]] = []
        rows = _Rows()
        actor = ctx.actor
        user_id = actor.user_id
        created_people = 0
        while created_people < people:
            size = min(
                people - created_people,
                _pick(rng, [(1, 25), (2, 15), (3, 15), (4, 15), (5, 12), (6, 10), (7, 8)]),
            )
            created_people += size
            result.households += 1
            result.persons += size
            # The first households take each final status once, so that even a small demo
            # shows every case status; the rest are drawn by weight.
            final = (
                FINAL_STATUS_WEIGHTS[result.households - 1][0]
                if result.households <= len(FINAL_STATUS_WEIGHTS)
                else _pick(rng, FINAL_STATUS_WEIGHTS)
            )
            path = PATHS[final]
            movement: dict[str, Any] | None = _movement_for(rng, movements, final)
            start = now - timedelta(days=DAYS) + timedelta(seconds=rng.randint(0, 3600 * 24 * 3))
            if movement is not None:
                latest_start = movement["window_start"] - timedelta(hours=6)
                start = min(start + timedelta(days=rng.uniform(0, 8)), latest_start)
            else:
                start = start + timedelta(days=rng.uniform(0, DAYS - 3.2))
            times = _timeline(rng, path, start, now, movement)
            family_latin, family_native = rng.choice(names.FAMILY)
            principal_status = _pick(rng, PRINCIPAL_STATUS)
            point_id = (
                movement["rendezvous_point_id"]
                if movement
                else (rng.choice(points) if rng.random() < 0.6 else None)
            )
            district = rng.choice(names.DISTRICTS)
            household_id = writer.next_id(Household)
            member_ids = [writer.next_id(Person) for _ in range(size)]
            rows.add(
                Household,
                {
                    "id": household_id,
                    "name": family_latin,
                    "principal_id": None,
                    "notes": None,
                    "version": 1,
                    "created_at": times[0],
                    "updated_at": times[0],
                },
            )
            for index, person_id in enumerate(member_ids):
                status_path = list(path)
                person_times = list(times)
                outcome = None
                if final is S.REFUSED and index > 0 and rng.random() < 0.5:
                    # Only part of the family was refused; the rest went on.
                    status_path = PATHS[S.EVACUATED]
                    person_times = _timeline(rng, status_path, start, now, movement)
                self_status = (
                    principal_status
                    if index == 0
                    else (
                        LegalStatus.FAMILY_MEMBER
                        if rng.random() < 0.85
                        else _pick(rng, PRINCIPAL_STATUS)
                    )
                )
                person = _person_row(
                    rng,
                    person_id,
                    index,
                    family_latin,
                    family_native,
                    self_status,
                    status_path[-1],
                    household_id,
                    point_id,
                    district,
                    person_times[0],
                    final is S.DECLINED,
                )
                phones = [_phone(rng) for _ in range(rng.choice((1, 1, 1, 2)))]
                invalid = rng.random() < 0.02
                if invalid:
                    phones = [number[4:8] for number in phones]
                for position, number in enumerate(phones):
                    rows.add(
                        PhoneNumber,
                        {
                            "person_id": person_id,
                            "number": number,
                            "valid": not invalid,
                            "label": rng.choice((PhoneLabel.MOBILE, PhoneLabel.WHATSAPP)).value,
                            "position": position,
                        },
                    )
                documents = _documents(rng, self_status, index)
                for doc_type, number in documents:
                    rows.add(
                        IdentityDocument,
                        {
                            "person_id": person_id,
                            "doc_type": doc_type.value,
                            "number": number,
                            "number_key": alnum_key(number),
                            "issuing_country": "United States"
                            if doc_type
                            in (
                                DocumentType.PASSPORT,
                                DocumentType.GREEN_CARD,
                                DocumentType.VISA,
                                DocumentType.A_NUMBER,
                            )
                            else "Afghanistan",
                            "expiry": None,
                        },
                    )
                person["search_text"] = build_search_text(
                    (
                        person["given_name"],
                        person["family_name"],
                        person["native_name"],
                        person["father_name"],
                        person["grandfather_name"],
                    ),
                    phones,
                    (person["email"],),
                    (n for _, n in documents),
                )
                last_contact = _contacts(
                    rng, rows, person_id, status_path, person_times, user_id, now, result
                )
                person["last_contact_at"] = last_contact
                person["last_attempt_at"] = last_contact
                person["updated_at"] = person_times[-1]
                rows.add(Person, person)
                for step, (status, when) in enumerate(zip(status_path, person_times, strict=True)):
                    previous = status_path[step - 1] if step else None
                    reason = (
                        "created"
                        if step == 0
                        else (
                            REASONS.get(status)
                            if status in REASONS
                            and status
                            in (S.REFUSED, S.DECLINED, S.SELF_EVACUATED, S.DEFERRED, S.DUPLICATE)
                            or (previous, status) == (S.ASSIGNED, S.VERIFIED)
                            else None
                        )
                    )
                    rows.add(
                        StatusChange,
                        {
                            "person_id": person_id,
                            "from_status": previous.value if previous else None,
                            "to_status": status.value,
                            "reason": reason,
                            "changed_at": when,
                            "user_id": user_id,
                        },
                    )
                    rows.add(
                        AuditEvent,
                        audit.event_row(
                            actor,
                            AuditAction.TRANSITION if step else AuditAction.CREATE,
                            "person",
                            person_id,
                            "status" if step else None,
                            previous,
                            status if step else "demo data",
                            at=when,
                        ),
                    )
                if movement is not None and S.ASSIGNED in status_path:
                    outcome = _outcome(rng, status_path)
                    rows.add(
                        ManifestEntry,
                        {
                            "movement_id": movement["id"],
                            "person_id": person_id,
                            "outcome": outcome.value if outcome else None,
                            "outcome_at": movement["window_start"] + timedelta(minutes=40)
                            if outcome
                            else None,
                            "added_at": person_times[status_path.index(S.ASSIGNED)],
                            "waiting": ManifestEntry.waits(
                                outcome, aborted=movement["status"] is MovementStatus.ABORTED
                            ),
                        },
                    )
                    movement["count"] += 1
                    if outcome in (ManifestOutcome.REFUSED, ManifestOutcome.TURNED_BACK):
                        result.refusals += 1
                        rows.add(
                            Refusal,
                            _refusal_row(
                                rng,
                                person_id,
                                movement,
                                outcome,
                                person_times[-1],
                                user_id,
                            ),
                        )
            principals.append({"h": household_id, "p": member_ids[0]})
            if result.persons % CHUNK < size or created_people >= people:
                rows.flush(writer)
                session.execute(
                    text("UPDATE households SET principal_id = :p WHERE id = :h"), principals
                )
                principals.clear()
                if progress:
                    progress(min(created_people, people), people)
        unused = [
            {"id": m["id"]}
            for m in movements
            if not m["count"] and m["status"] is MovementStatus.ARRIVED
        ]
        if unused:
            session.execute(text("DELETE FROM movements WHERE id = :id"), unused)
        grown = [{"id": m["id"], "c": m["count"]} for m in movements if m["count"] > m["capacity"]]
        if grown:
            session.execute(text("UPDATE movements SET capacity = :c WHERE id = :id"), grown)
        result.movements = len(movements) - len(unused)
        audit.record(
            session, actor, AuditAction.CREATE, "demo", None, "persons", new=result.persons
        )
    return result


def _ensure_points(session: Session, ctx: Context) -> list[int]:
    existing = {p.name: p.id for p in session.scalars(select(RendezvousPoint))}
    ids = []
    for name, description, lat, lon in names.POINTS:
        if name not in existing:
            point = RendezvousPoint(
                name=name,
                description=description,
                latitude=lat,
                longitude=lon,
                capacity=300,
                active=True,
            )
            session.add(point)
            session.flush()
            audit.record(
                session, ctx.actor, AuditAction.CREATE, "rendezvous_point", point.id, new=name
            )
            existing[name] = point.id
        ids.append(existing[name])
    return ids


def _plan_movements(
    session: Session,
    rng: random.Random,
    points: list[int],
    now: datetime,
) -> list[dict[str, Any]]:
    """Two runs a day from each point over the last 14 days, plus tomorrow's; outside the
    two daily windows one more run is on the road now, so that persons in transit have one."""
    movements = []
    today = now.date()
    for offset in range(-DAYS + 1, 2):
        day = today + timedelta(days=offset)
        for point_id in points:
            for hour in (2, 10):  # 06:30 and 14:30 in Kabul
                start = datetime.combine(day, datetime.min.time(), tzinfo=now.tzinfo) + timedelta(
                    hours=hour
                )
                end = start + timedelta(hours=4)
                if end < now:
                    status = (
                        MovementStatus.ABORTED if rng.random() < 0.04 else MovementStatus.ARRIVED
                    )
                elif start <= now:
                    status = MovementStatus.EN_ROUTE
                else:
                    status = MovementStatus.PLANNED
                movements.append(_movement_row(rng, point_id, start, status))
    if not any(m["status"] is MovementStatus.EN_ROUTE for m in movements):
        movements.append(
            _movement_row(rng, points[0], now - timedelta(hours=1), MovementStatus.EN_ROUTE)
        )
    return movements


def _movement_row(
    rng: random.Random, point_id: int, start: datetime, status: MovementStatus
) -> dict[str, Any]:
    return {
        "name": None,
        "rendezvous_point_id": point_id,
        "window_start": start,
        "window_end": start + timedelta(hours=4),
        "escort_party": rng.choice(names.ESCORTS),
        "escort_contact": _phone(rng),
        "recognition_signal": rng.choice(names.SIGNALS),
        "capacity": 150,
        "status": status,
        "notes": "aborted: road closed after a security incident"
        if status is MovementStatus.ABORTED
        else None,
        "version": 1,
        "created_at": start - timedelta(days=1),
        "updated_at": start - timedelta(days=1),
        "count": 0,
    }


def _movement_for(
    rng: random.Random, movements: list[dict[str, Any]], final: Any
) -> dict[str, Any] | None:
    if final not in (S.ASSIGNED, S.IN_TRANSIT, S.AT_AIRPORT, S.EVACUATED, S.REFUSED, "no_show"):
        return None
    wanted = {S.ASSIGNED: MovementStatus.PLANNED, S.IN_TRANSIT: MovementStatus.EN_ROUTE}.get(
        final, MovementStatus.ARRIVED
    )
    choices = [m for m in movements if m["status"] is wanted]
    if final is S.AT_AIRPORT:  # at the airport since the latest arrivals
        choices = choices[-len(choices) // 7 :]
    return rng.choice(choices) if choices else None


def _timeline(
    rng: random.Random,
    path: list[S],
    start: datetime,
    now: datetime,
    movement: dict[str, Any] | None,
) -> list[datetime]:
    """Increasing times for each step: before the movement for the steps that lead to it."""
    times = [start]
    for step, status in enumerate(path[1:], start=1):
        previous = times[-1]
        assigned = S.ASSIGNED in path[:step]  # already on the movement's manifest
        if movement is not None and status is S.ASSIGNED:
            when = previous + (movement["window_start"] - previous) * rng.uniform(0.3, 0.9)
        elif movement is not None and status is S.IN_TRANSIT:
            when = movement["window_start"] + timedelta(minutes=rng.randint(30, 90))
        elif movement is not None and status is S.AT_AIRPORT:
            when = movement["window_end"] - timedelta(minutes=rng.randint(0, 60))
        elif movement is not None and status in (S.REFUSED, S.VERIFIED) and assigned:
            when = movement["window_start"] + timedelta(minutes=rng.randint(20, 80))
        else:
            until = now if movement is None or assigned else movement["window_start"]
            room = max((until - previous).total_seconds(), 60)
            when = previous + timedelta(seconds=rng.uniform(0.05, 0.4) * min(room, 3 * 86400))
        times.append(min(when, now))
    return times


def _person_row(
    rng: random.Random,
    person_id: int,
    index: int,
    family_latin: str,
    family_native: str,
    legal: LegalStatus,
    status: S,
    household_id: int,
    point_id: int | None,
    district: tuple[str, float, float],
    created: datetime,
    declined: bool,
) -> dict[str, Any]:
    female = rng.random() < (0.3 if index == 0 else 0.55)
    given_latin, given_native = rng.choice(names.FEMALE if female else names.MALE)
    father_latin, _ = rng.choice(names.MALE)
    family = family_latin if rng.random() < 0.8 else None  # many have no family name
    if rng.random() < 0.003:
        given_latin, family = rng.choice(names.LATIN_ACCENTED)
    age = (
        rng.randint(25, 70)
        if index == 0
        else rng.choice(
            (rng.randint(0, 17), rng.randint(0, 17), rng.randint(18, 50), rng.randint(60, 85))
        )
    )
    birth_year = created.year - age
    dob = date(birth_year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.7 else None
    if dob is not None:
        dob = min(dob, created.date())  # a baby of this year is not born after the record
    row: dict[str, Any] = {
        "id": person_id,
        "given_name": given_latin,
        "family_name": family,
        "native_name": f"{given_native} {family_native}" if rng.random() < 0.85 else None,
        "father_name": father_latin,
        "grandfather_name": rng.choice(names.MALE)[0] if rng.random() < 0.3 else None,
        "aliases": [],
        "date_of_birth": dob,
        "birth_year": birth_year,
        "sex": (Sex.FEMALE if female else Sex.MALE).value,
        "nationality": "United States" if legal is LegalStatus.CITIZEN else "Afghanistan",
        "legal_status": legal.value,
        "status": status.value,
        "email": f"{given_latin.lower()}.{(family or father_latin).lower()}{person_id}@example.org"
        if index == 0 and rng.random() < 0.6
        else None,
        "location": district[0],
        "latitude": round(district[1] + rng.uniform(-0.01, 0.01), 5),
        "longitude": round(district[2] + rng.uniform(-0.01, 0.01), 5),
        "languages": rng.choice((["Dari"], ["Pashto"], ["Dari", "English"], ["Pashto", "Dari"])),
        "flag_medical": rng.random() < 0.05,
        "flag_disability": rng.random() < 0.03,
        "flag_unaccompanied_child": age < 16 and rng.random() < 0.02,
        "flag_elderly": age >= 65,
        "flag_pregnant": female and 18 <= age <= 45 and rng.random() < 0.04,
        "wishes_to_leave": (
            WishesToLeave.NO
            if declined
            else rng.choice((WishesToLeave.YES,) * 9 + (WishesToLeave.UNKNOWN,))
        ).value,
        "notes": "Needs wheelchair access" if rng.random() < 0.01 else None,
        "household_id": household_id,
        "rendezvous_point_id": point_id,
        "next_attempt_due": None,
        "import_batch_id": None,
        "merged_into_id": None,
        "version": 1,
        "created_at": created,
    }
    return row


def _documents(
    rng: random.Random, legal: LegalStatus, index: int
) -> list[tuple[DocumentType, str]]:
    if legal is LegalStatus.CITIZEN:
        return [(DocumentType.PASSPORT, f"{rng.randint(500_000_000, 599_999_999)}")]
    if legal is LegalStatus.PERMANENT_RESIDENT:
        return [
            (DocumentType.GREEN_CARD, f"IOE{rng.randint(0, 9_999_999_999):010d}"),
            (DocumentType.A_NUMBER, f"A{rng.randint(10_000_000, 299_999_999):09d}"),
        ]
    if legal in (LegalStatus.VISA_APPLICANT, LegalStatus.VISA_HOLDER):
        return [
            (DocumentType.PASSPORT, f"P{rng.randint(1_000_000, 9_999_999):07d}"),
            (DocumentType.VISA, f"SIV-{rng.randint(10_000, 99_999)}"),
        ]
    if rng.random() < 0.6:
        return [
            (
                DocumentType.TAZKIRA,
                f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}",
            )
        ]
    return []


def _contacts(
    rng: random.Random,
    rows: _Rows,
    person_id: int,
    path: list[S],
    times: list[datetime],
    user_id: int | None,
    now: datetime,
    result: DemoResult,
) -> datetime | None:
    """A few attempts before each step; successful ones once the person was contacted."""
    last_reached: datetime | None = None
    reached_from = 1 if len(path) > 1 and path[1] is not S.NO_CONTACT else len(path)
    attempts = []
    for step in range(1, len(path)):
        attempts.append(
            (times[step] - timedelta(minutes=rng.randint(5, 600)), step >= reached_from)
        )
    if path[-1] in (S.NEW, S.NO_CONTACT):
        attempts += [
            (times[-1] + (now - times[-1]) * rng.random(), False) for _ in range(rng.randint(0, 2))
        ]
    elif rng.random() < 0.5:
        attempts.append((times[-1] + (now - times[-1]) * rng.random(), True))
    for when, reached in attempts:
        when = max(min(when, now), times[0])
        outcome = (
            ContactOutcome.REACHED
            if reached
            else rng.choice(
                (
                    ContactOutcome.NO_ANSWER,
                    ContactOutcome.NO_ANSWER,
                    ContactOutcome.WRONG_NUMBER,
                    ContactOutcome.MESSAGE_LEFT,
                )
            )
        )
        rows.add(
            ContactAttempt,
            {
                "person_id": person_id,
                "channel": rng.choice(
                    (
                        ContactChannel.PHONE,
                        ContactChannel.WHATSAPP,
                        ContactChannel.SIGNAL,
                        ContactChannel.SMS,
                    )
                ).value,
                "outcome": outcome.value,
                "note": None,
                "occurred_at": when,
                "user_id": user_id,
                "next_attempt_due": None,
            },
        )
        result.contact_attempts += 1
        if reached and (last_reached is None or when > last_reached):
            last_reached = when
    return last_reached


def _outcome(rng: random.Random, path: list[S]) -> ManifestOutcome | None:
    last = path[-1]
    if last is S.ASSIGNED:
        return None
    if last is S.REFUSED:
        return ManifestOutcome.REFUSED if rng.random() < 0.7 else ManifestOutcome.TURNED_BACK
    if last is S.VERIFIED:
        return ManifestOutcome.NO_SHOW
    return ManifestOutcome.BOARDED


def _refusal_row(
    rng: random.Random,
    person_id: int,
    movement: dict[str, Any],
    outcome: ManifestOutcome,
    when: datetime,
    user_id: int | None,
) -> dict[str, Any]:
    turned_back = outcome is ManifestOutcome.TURNED_BACK
    return {
        "person_id": person_id,
        "movement_id": movement["id"],
        "rendezvous_point_id": None if turned_back else movement["rendezvous_point_id"],
        "checkpoint": rng.choice(("Checkpoint Massoud square", "Checkpoint airport road"))
        if turned_back
        else None,
        "occurred_at": when,
        "refused_by": movement["escort_party"],
        "reason": rng.choice(list(RefusalReason)).value,
        "reason_text": None,
        "follow_up": rng.choice(
            ("Put on the next movement with the principal", "Embassy to confirm the document", None)
        ),
        "resolution": None,
        "resolved_at": None,
        "recorded_by_id": user_id,
        "version": 1,
        "created_at": when,
        "updated_at": when,
    }
