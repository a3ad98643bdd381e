"""Dashboard and report counts against data whose every number is known."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
    VulnerabilityFlag,
)
from evactrack.domain.timezones import utcnow
from evactrack.services import case_status, contacts, households, movements, persons, stats
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from tests.factories import make_movement, make_person, make_point

S, L = CaseStatus, LegalStatus
KABUL = ZoneInfo("Asia/Kabul")


def _counts(**nonzero: int) -> dict[str, int]:
    return {s.value: nonzero.get(s.value, 0) for s in CaseStatus}


def _seed_today(ctx: Context) -> None:
    """Ten persons; the comments say what each one counts for."""
    # Citizen, evacuated today; his wife stays behind and is eligible through him.
    amir = make_person(
        ctx, "Amir", status=S.VERIFIED, flags=frozenset({VulnerabilityFlag.DISABILITY})
    ).id
    bina = make_person(ctx, "Bina", legal_status=L.FAMILY_MEMBER, status=S.VERIFIED).id
    households.create_household(ctx, amir, [bina])
    # A visa applicant and her family member: neither eligible.
    carla = make_person(ctx, "Carla", legal_status=L.VISA_APPLICANT).id
    dawud = make_person(ctx, "Dawud", legal_status=L.FAMILY_MEMBER).id
    households.create_household(ctx, carla, [dawud])
    erin = make_person(ctx, "Erin", legal_status=L.PERMANENT_RESIDENT).id
    case_status.change_status(ctx, erin, S.SELF_EVACUATED, "crossed at Torkham")
    # Eligible, medical, last reached three days ago.
    farid = make_person(
        ctx,
        "Farid",
        legal_status=L.PERMANENT_RESIDENT,
        flags=frozenset({VulnerabilityFlag.MEDICAL}),
    ).id
    contacts.log_attempt(
        ctx,
        farid,
        ContactChannel.PHONE,
        ContactOutcome.REACHED,
        None,
        utcnow() - timedelta(hours=72),
    )
    make_person(ctx, "Gul", legal_status=L.FAMILY_MEMBER)  # no household: not eligible
    hana = make_person(ctx, "Hana", legal_status=L.UNKNOWN).id
    case_status.change_status(ctx, hana, S.DECLINED, "stays with her parents")
    # Citizen, elderly, refused at the gate today.
    ilyas = make_person(
        ctx, "Ilyas", status=S.VERIFIED, flags=frozenset({VulnerabilityFlag.ELDERLY})
    ).id
    jamal = make_person(ctx, "Jamal", legal_status=L.THIRD_COUNTRY_NATIONAL).id
    contacts.log_attempt(
        ctx, jamal, ContactChannel.SMS, ContactOutcome.REACHED, None, utcnow() - timedelta(hours=1)
    )

    point = make_point(ctx)
    movement = make_movement(ctx, point)
    make_movement(ctx, point)  # tomorrow's, still planned
    movements.assign(ctx, movement, [amir, ilyas], split_households=True)
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, movement, amir, ManifestOutcome.BOARDED)
    movements.record_outcome(
        ctx, movement, ilyas, ManifestOutcome.REFUSED, RefusalInput(RefusalReason.NOT_ON_LIST)
    )
    movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)
    movements.set_status(ctx, movement, MovementStatus.ARRIVED)
    movements.mark_evacuated(ctx, movement, [amir])


def test_overview_counts_match_the_seeded_cases(ctx: Context) -> None:
    _seed_today(ctx)

    seen = stats.overview(ctx)

    assert seen.total == 10
    assert seen.by_status == _counts(
        evacuated=1, verified=1, new=3, self_evacuated=1, contacted=2, declined=1, refused=1
    )
    assert seen.by_legal_status == {
        "citizen": 2,
        "permanent_resident": 2,
        "visa_applicant": 1,
        "visa_holder": 0,
        "third_country_national": 1,
        "family_member": 3,
        "unknown": 1,
    }
    assert seen.remaining == 8
    assert seen.eligible_remaining == 3  # Bina (through Amir), Farid, Ilyas
    assert seen.households == 2
    assert (seen.evacuated_today, seen.refusals_today) == (1, 1)
    assert seen.not_contacted_48h == 6  # all open cases but Jamal (and Hana, who declined)
    assert seen.vulnerable == {
        "medical": 1,
        "disability": 0,  # Amir has left
        "unaccompanied_child": 0,
        "elderly": 1,
        "pregnant": 0,
    }
    assert seen.movements_by_status == {
        "planned": 1,
        "assembling": 0,
        "en_route": 0,
        "arrived": 1,
        "aborted": 0,
    }
    assert seen.as_json()["day"] == seen.day.isoformat()

    yesterday = stats.overview(ctx, seen.day - timedelta(days=1))
    assert (yesterday.evacuated_today, yesterday.refusals_today) == (0, 0)
    assert stats.status_counts_on(ctx, seen.day) == seen.by_status
    assert stats.remaining_by_day(ctx, days=1) == [(seen.day, seen.remaining)]


def _kabul_noon(day: date, hours: int = 0) -> datetime:
    return datetime.combine(day, time(12), tzinfo=KABUL) + timedelta(hours=hours)


def test_counts_by_day_follow_the_transition_history(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = stats.overview(ctx).day
    d1, d2, d3, d4 = (today - timedelta(days=n) for n in (1, 2, 3, 4))
    clock = [_kabul_noon(d4)]
    monkeypatch.setattr(persons, "utcnow", lambda: clock[0])  # creations
    monkeypatch.setattr(case_status, "utcnow", lambda: clock[0])  # transitions

    def at(moment: datetime, person_id: int, target: CaseStatus, reason: str | None = None) -> None:
        clock[0] = moment
        case_status.change_status(ctx, person_id, target, reason)

    evacuee, walker = (make_person(ctx, n, status=S.CONTACTED).id for n in ("Amir", "Bina"))
    clock[0] = _kabul_noon(d3)
    make_person(ctx, "Cyrus", status=S.CONTACTED)  # waits
    at(_kabul_noon(d3, 1), evacuee, S.VERIFIED)
    at(_kabul_noon(d3, 2), evacuee, S.ASSIGNED)
    at(_kabul_noon(d2), evacuee, S.IN_TRANSIT)
    at(_kabul_noon(d2, 1), evacuee, S.AT_AIRPORT)
    at(_kabul_noon(d2, 2), evacuee, S.EVACUATED)
    at(_kabul_noon(d1), walker, S.SELF_EVACUATED, "crossed at Torkham")
    # A correction and its undoing on the same day leave the day's count as it was.
    at(_kabul_noon(d1, 1), evacuee, S.AT_AIRPORT, "flight cancelled")
    at(_kabul_noon(d1, 2), evacuee, S.EVACUATED)
    clock[0] = min(_kabul_noon(today), utcnow())
    make_person(ctx, "Dina")

    assert stats.status_counts_on(ctx, d4 - timedelta(days=1)) == _counts()
    assert stats.status_counts_on(ctx, d4) == _counts(contacted=2)
    assert stats.status_counts_on(ctx, d3) == _counts(assigned=1, contacted=2)
    assert stats.status_counts_on(ctx, d2) == _counts(evacuated=1, contacted=2)
    assert stats.status_counts_on(ctx, d1) == _counts(evacuated=1, self_evacuated=1, contacted=1)
    assert stats.status_counts_on(ctx, today) == _counts(
        evacuated=1, self_evacuated=1, contacted=1, new=1
    )
    assert stats.remaining_by_day(ctx, days=6, last_day=today) == [
        (d4 - timedelta(days=1), 0),
        (d4, 2),
        (d3, 3),
        (d2, 2),
        (d1, 1),
        (today, 2),
    ]
