"""Saving a form the caseworker did not touch changes nothing: no column of any table, no
version, no audit event (issue 9, point 1). Random persons, points and movements with
every field filled are opened in the real forms and saved as they are."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from evactrack.services import households, movements, persons, rendezvous
from evactrack.services.context import Context
from evactrack.services.persons import PersonInput
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.views.point_form import PointForm
from tests.services.dbstate import everything_but_access
from tests.strategies import full_persons, notes, words

UNTOUCHED = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@UNTOUCHED
@given(data=st.data())
def test_the_case_detail_saved_untouched_changes_nothing(
    qtbot: QtBot, sqlite_ctx: Context, data: st.DataObject
) -> None:
    point_id = rendezvous.create_point(
        sqlite_ctx, rendezvous.PointInput(f"Gate {datetime.now(UTC).timestamp()}")
    ).id
    person = persons.create_person(sqlite_ctx, data.draw(full_persons(point_id)))
    empty = (None, "", (), frozenset())
    assert [k for k, v in vars(person.data).items() if v in empty] == []  # all filled
    other = persons.create_person(sqlite_ctx, PersonInput(given_name="Amin"))
    households.create_household(sqlite_ctx, person.id, [other.id], name="Family")
    households.set_travel_dependency(sqlite_ctx, other.id, person.id)
    before = everything_but_access(sqlite_ctx)
    dialog = CaseDetailDialog(sqlite_ctx, person.id)
    qtbot.addWidget(dialog)
    assert not dialog.is_modified()
    assert dialog.save()
    dialog.household.make_principal()  # disabled in the dialog: already the principal
    dialog.household.set_dependency(other.id, False)  # the box shown unticked, clicked as it is
    assert everything_but_access(sqlite_ctx) == before
    assert persons.get_person(sqlite_ctx, person.id).data == person.data


@UNTOUCHED
@given(
    name=words,
    description=notes,
    latitude=st.floats(-90, 90, allow_nan=False),
    longitude=st.floats(-180, 180, allow_nan=False),
    capacity=st.integers(1, 100_000),
)
def test_the_point_form_saved_untouched_changes_nothing(
    qtbot: QtBot,
    sqlite_ctx: Context,
    name: str,
    description: str,
    latitude: float,
    longitude: float,
    capacity: int,
) -> None:
    unique = f"{name} {datetime.now(UTC).timestamp()}"
    point = rendezvous.create_point(
        sqlite_ctx, rendezvous.PointInput(unique, description, latitude, longitude, capacity)
    )
    before = everything_but_access(sqlite_ctx)
    form = PointForm(sqlite_ctx, None, point)
    qtbot.addWidget(form)
    assert not form.is_modified()
    with qtbot.waitSignal(form.accepted):
        form.accept()
    assert form.saved == point
    assert everything_but_access(sqlite_ctx) == before


@UNTOUCHED
@given(
    start=st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC)),
    hours=st.floats(0.01, 48),
    capacity=st.integers(1, 10_000),
    texts=st.lists(words, min_size=4, max_size=4),
    note=notes,
)
def test_the_movement_form_saved_untouched_changes_nothing(
    qtbot: QtBot,
    sqlite_ctx: Context,
    start: datetime,
    hours: float,
    capacity: int,
    texts: list[str],
    note: str,
) -> None:
    """Windows to the microsecond: the form shows minutes, and keeps what it does not show."""
    point_id = rendezvous.create_point(
        sqlite_ctx, rendezvous.PointInput(f"Gate {datetime.now(UTC).timestamp()}")
    ).id
    movement = movements.create_movement(
        sqlite_ctx,
        movements.MovementInput(
            point_id, start, start + timedelta(hours=hours), capacity, *texts, note
        ),
    )
    before = everything_but_access(sqlite_ctx)
    form = MovementForm(sqlite_ctx, None, movement)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: not form.loading)
    assert not form.is_modified()
    with qtbot.waitSignal(form.accepted):
        form.accept()
    assert form.saved == movement
    assert everything_but_access(sqlite_ctx) == before
