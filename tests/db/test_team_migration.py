"""Migration 0010: who waits on a movement is filled in from the manifests as they stand."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from sqlalchemy import Connection, Engine, select, text

from evactrack.db.engine import make_engine
from evactrack.db.migrate import alembic_config, upgrade_to_head
from evactrack.db.models import ManifestEntry
from evactrack.domain.enums import CaseStatus, ManifestOutcome, MovementStatus
from evactrack.services import movements
from evactrack.services.context import open_database
from tests.conftest import log_in
from tests.factories import make_movement, make_person, make_point


@contextmanager
def _at_revision(engine: Engine, revision: str) -> Iterator[Connection]:
    """The database taken back to ``revision``, for the block to leave rows as an older
    version would have; committed when the block ends."""
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        yield connection


def test_waiting_entries_are_found_and_a_person_waits_on_one_movement_only(
    empty_db_url: str,
) -> None:
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    db = open_database(empty_db_url)
    ctx = log_in(db)
    point = make_point(ctx)
    aborted, first, second, marked = (make_movement(ctx, point) for _ in range(4))
    gone, twice, boarded = (make_person(ctx, status=CaseStatus.VERIFIED).id for _ in range(3))
    movements.assign(ctx, aborted, [gone])
    movements.set_status(ctx, aborted, MovementStatus.ABORTED, "road closed")
    movements.assign(ctx, first, [twice])
    movements.assign(ctx, marked, [boarded])
    movements.set_status(ctx, marked, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, marked, boarded, ManifestOutcome.BOARDED)
    db.close()

    with _at_revision(engine, "0009") as connection:
        # What a race between two caseworkers could leave before 0010: one person on two.
        connection.execute(
            text(
                "INSERT INTO manifest_entries (movement_id, person_id, added_at) "
                "VALUES (:movement, :person, CURRENT_TIMESTAMP)"
            ),
            {"movement": second, "person": twice},
        )
    upgrade_to_head(engine)
    engine.dispose()

    db = open_database(empty_db_url)
    with db.reading() as session:
        waiting = {
            (e.movement_id, e.person_id): e.waiting for e in session.scalars(select(ManifestEntry))
        }
    db.close()
    assert waiting == {
        (aborted, gone): None,
        (first, twice): True,
        (second, twice): None,
        (marked, boarded): None,
    }


def test_a_settled_entry_left_waiting_by_older_demo_data_waits_no_more(
    empty_db_url: str,
) -> None:
    """Migration 0012: the no-show of an arrived movement (as demo data of 0010–0011 wrote
    it, still marked waiting) can be assigned again once the database is upgraded."""
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    db = open_database(empty_db_url)
    ctx = log_in(db)
    point = make_point(ctx)
    earlier, aborted, later = (make_movement(ctx, point) for _ in range(3))
    no_show, gone, waits = (make_person(ctx, status=CaseStatus.VERIFIED).id for _ in range(3))
    movements.assign(ctx, earlier, [no_show, waits])
    movements.set_status(ctx, earlier, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, earlier, no_show, ManifestOutcome.NO_SHOW)
    movements.assign(ctx, aborted, [gone])
    movements.set_status(ctx, aborted, MovementStatus.ABORTED, "road closed")
    db.close()
    with _at_revision(engine, "0011") as connection:
        connection.execute(
            text("UPDATE manifest_entries SET waiting = TRUE WHERE person_id IN (:a, :b)"),
            {"a": no_show, "b": gone},
        )
    upgrade_to_head(engine)
    engine.dispose()

    db = open_database(empty_db_url)
    with db.reading() as session:
        waiting = {e.person_id: e.waiting for e in session.scalars(select(ManifestEntry))}
    assert waiting == {no_show: None, gone: None, waits: True}
    ctx = log_in(db)
    movements.assign(ctx, later, [no_show, gone], split_households=True)
    db.close()
