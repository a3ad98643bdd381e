"""The data behind the reports, including the history count the chart is drawn from."""

from evactrack.domain.enums import CaseStatus
from evactrack.services import case_status, stats
from evactrack.services.context import Context
from tests.factories import make_person


def test_remaining_by_day_follows_arrivals_departures_and_returns(ctx: Context) -> None:
    waiting = make_person(ctx, "Nadia", "Waiting")
    gone = make_person(ctx, "Sima", "Gone", status=CaseStatus.CONTACTED)
    make_person(ctx, "Omid", "Stays", status=CaseStatus.VERIFIED)
    case_status.change_status(ctx, gone.id, CaseStatus.SELF_EVACUATED, "left by road")
    case_status.change_status(ctx, waiting.id, CaseStatus.DUPLICATE, "same as Omid")

    series = stats.remaining_by_day(ctx, 3)

    assert [count for _day, count in series] == [0, 0, 1]
    assert series[-1][1] == stats.overview(ctx).remaining
    assert series[-1][0] == stats.overview(ctx).day
