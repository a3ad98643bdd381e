"""An update that changes nothing writes nothing: no row, no version, no audit event
(issue 9, point 1), on both database engines."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evactrack.services import households, movements, persons, rendezvous
from evactrack.services.context import Context
from evactrack.services.persons import PersonInput, PhoneInput
from tests.services.dbstate import everything
from tests.strategies import full_persons

NO_CHANGE = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@NO_CHANGE
@given(data=st.data())
def test_updating_a_person_with_what_is_stored_writes_nothing(
    ctx: Context, data: st.DataObject
) -> None:
    point_id = rendezvous.create_point(
        ctx, rendezvous.PointInput(f"Gate {datetime.now(UTC).timestamp()}")
    ).id
    person = persons.create_person(ctx, data.draw(full_persons(point_id)))
    before = everything(ctx)
    saved = persons.update_person(ctx, person.id, person.version, person.data)
    assert saved == person
    assert everything(ctx) == before


def test_a_negative_zero_coordinate_is_the_place_stored(ctx: Context) -> None:
    """Found by the property above: -0.0 comes back from the database as 0.0, and saving the
    person as shown recorded a change of longitude."""
    person = persons.create_person(
        ctx, PersonInput(given_name="Zahra", latitude=-0.0, longitude=-0.0)
    )
    assert str(person.data.longitude) == "0.0"
    before = everything(ctx)
    again = replace(person.data, latitude=-0.0, longitude=-0.0)
    assert persons.update_person(ctx, person.id, person.version, again) == person
    assert everything(ctx) == before
    point = rendezvous.create_point(ctx, rendezvous.PointInput("Gate", latitude=-0.0))
    assert str(point.latitude) == "0.0"


def test_a_phone_label_or_a_documents_expiry_alone_is_a_change(ctx: Context) -> None:
    """What the audit compares covers every stored value, so such an edit is saved."""
    person = persons.create_person(
        ctx, PersonInput(given_name="Zahra", phones=(PhoneInput("+93701234567"),))
    )
    relabelled = persons.update_person(
        ctx,
        person.id,
        person.version,
        PersonInput(
            given_name="Zahra", phones=(PhoneInput("+93701234567", persons.PhoneLabel.WHATSAPP),)
        ),
    )
    assert relabelled.version == person.version + 1
    assert relabelled.data.phones[0].label is persons.PhoneLabel.WHATSAPP


def test_updating_a_point_with_what_is_stored_writes_nothing(ctx: Context) -> None:
    point = rendezvous.create_point(
        ctx, rendezvous.PointInput("Baron gate", "north side", 34.5553, 69.2075, 150)
    )
    before = everything(ctx)
    same = rendezvous.PointInput(
        point.name, point.description, point.latitude, point.longitude, point.capacity
    )
    assert rendezvous.update_point(ctx, point.id, point.version, same) == point
    assert everything(ctx) == before


def test_a_movement_window_given_in_another_zone_is_no_change(ctx: Context) -> None:
    point_id = rendezvous.create_point(ctx, rendezvous.PointInput("Baron gate")).id
    start = datetime(2026, 8, 26, 9, 30, 15, 250, tzinfo=UTC)
    movement = movements.create_movement(
        ctx, movements.MovementInput(point_id, start, start + timedelta(hours=3), 40, "Run 3")
    )
    before = everything(ctx)
    kabul = ZoneInfo("Asia/Kabul")
    same = movements.MovementInput(
        point_id,
        movement.window_start.astimezone(kabul),
        movement.window_end.astimezone(kabul),
        movement.capacity,
        movement.name,
    )
    assert movements.update_movement(ctx, movement.id, movement.version, same) == movement
    assert everything(ctx) == before


def test_choosing_the_principal_again_or_an_existing_dependency_writes_nothing(
    ctx: Context,
) -> None:
    lead = persons.create_person(ctx, PersonInput(given_name="Zahra")).id
    child = persons.create_person(ctx, PersonInput(given_name="Amin")).id
    household = households.create_household(ctx, lead, [child])
    households.set_travel_dependency(ctx, child, lead)
    before = everything(ctx)
    households.set_principal(ctx, household.id, lead, household.version)
    households.set_travel_dependency(ctx, child, lead, True)
    households.set_travel_dependency(ctx, lead, child, False)
    assert everything(ctx) == before
