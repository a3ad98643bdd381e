"""The bulk writer stores a row exactly as the ORM would, from the tables' own metadata: a
column added to a model is written (its default, or an error), never silently dropped."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Column, MetaData, String, create_engine, func, select, text
from sqlalchemy.orm import Session

from evactrack.db.bulk import BulkWriter
from evactrack.db.models import AuditEvent, Person, StatusChange
from evactrack.domain.enums import AuditAction, CaseStatus, LegalStatus, Sex
from evactrack.domain.timezones import utcnow
from evactrack.services import audit, persons, search
from evactrack.services.context import Context


def _person_table_with(extra: Column[str]) -> tuple[object, Session]:
    """A copy of the persons table with one more column, in an empty in-memory database."""
    metadata = MetaData()
    table = Person.__table__.to_metadata(metadata)
    table.append_column(extra)
    for other in Person.metadata.sorted_tables:
        if other is not Person.__table__:
            other.to_metadata(metadata)
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    model = type("Model", (), {"__table__": table})
    return model, Session(engine)


def test_a_column_added_to_a_model_is_written_with_its_default() -> None:
    model, session = _person_table_with(
        Column("preferred_contact", String(20), nullable=False, default="phone")
    )
    with session.begin(), BulkWriter(session) as writer:
        writer.insert(model, [{"given_name": "Zahra"}])
    stored = session.execute(text("SELECT preferred_contact, status, aliases FROM persons")).one()
    assert tuple(stored) == ("phone", "new", "[]")


def test_a_column_without_value_or_default_is_refused_and_nothing_is_written() -> None:
    model, session = _person_table_with(Column("preferred_contact", String(20), nullable=False))
    with pytest.raises(ValueError, match=r"persons\.preferred_contact"), session.begin():
        BulkWriter(session).insert(model, [{"given_name": "Zahra"}])
    assert session.scalar(text("SELECT COUNT(*) FROM persons")) == 0


@pytest.mark.parametrize("given_as", ["dicts", "tuples", "columns"])
def test_every_column_is_stored_as_the_orm_stores_it(ctx: Context, given_as: str) -> None:
    now = utcnow()
    values = {
        "given_name": "Zahra",
        "family_name": "Karimi",
        "aliases": ["Zara"],
        "date_of_birth": date(1990, 2, 3),
        "sex": Sex.FEMALE,
        "legal_status": LegalStatus.VISA_APPLICANT,
        "email": "z" * 400,  # longer than the column: cut to it on every backend
        "search_text": "zahra karimi",
        "created_at": now,
        "updated_at": now,
    }
    with ctx.db.transaction() as session:
        session.add(Person(**{**values, "email": values["email"][:320]}))
        session.flush()
        with BulkWriter(session) as writer:
            writer.suspend_search_index()
            if given_as == "dicts":
                writer.insert(Person, [values])
            elif given_as == "tuples":
                writer.insert_rows(Person, list(values), [tuple(values.values())])
            else:
                writer.insert_columns(Person, {name: [value] for name, value in values.items()})
    with ctx.db.reading() as session:
        orm, bulk = (
            {k: v for k, v in row._mapping.items() if k != "id"}
            for row in session.execute(select(Person.__table__).order_by(Person.id))
        )
    assert bulk == orm
    assert bulk["status"] is CaseStatus.NEW and len(bulk["email"]) == 320


def test_persons_written_in_bulk_are_found_and_the_index_trigger_is_back(ctx: Context) -> None:
    with ctx.db.transaction() as session, BulkWriter(session) as writer:
        writer.suspend_search_index()
        ids = writer.ids(Person, 2)
        writer.insert(
            Person,
            [{"id": ids[0], "given_name": "Wahid", "search_text": "wahid"},
             {"id": ids[1], "given_name": "Parwana", "search_text": "parwana"}],
        )  # fmt: skip
        audit.write_bulk(
            writer,
            ctx.actor,
            AuditAction.CREATE,
            "person",
            [(i, None, None, "x") for i in ids],
            utcnow(),
        )
    assert [p.id for p in search.search(ctx, "parwan")] == [ids[1]]
    with ctx.db.transaction() as session:  # through the trigger, which is back
        persons.add_person(session, ctx.actor, persons.PersonInput(given_name="Shabnam"))
    assert len(search.search(ctx, "shabnam")) == 1
    with ctx.db.reading() as session:
        events = session.execute(
            select(AuditEvent.entity_id, AuditEvent.username, AuditEvent.action)
            .where(AuditEvent.entity == "person")
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(e) for e in events[:2]] == [
        (ids[0], "tester", AuditAction.CREATE),
        (ids[1], "tester", AuditAction.CREATE),
    ]


def test_rows_given_their_ids_by_the_table_get_them_in_order_with_the_shared_values(
    ctx: Context,
) -> None:
    """More rows than one statement holds, ids from the table: they follow the rows' order
    (an audit chain relies on it) and each row has the values all rows share."""
    now = utcnow()
    with ctx.db.transaction() as session, BulkWriter(session) as writer:
        person_id = writer.ids(Person, 1)[0]
        writer.insert(Person, [{"id": person_id, "given_name": "Nasir"}])
        writer.insert(
            StatusChange,
            [{"person_id": person_id, "reason": f"step {n}"} for n in range(1_234)],
            same={"to_status": CaseStatus.VERIFIED, "changed_at": now},
        )
    with ctx.db.reading() as session:
        stored = session.execute(
            select(StatusChange.reason, StatusChange.to_status, StatusChange.changed_at)
            .where(StatusChange.person_id == person_id)
            .order_by(StatusChange.id)
        ).all()
    assert [r.reason for r in stored] == [f"step {n}" for n in range(1_234)]
    assert {(r.to_status, r.changed_at) for r in stored} == {(CaseStatus.VERIFIED, now)}


def test_a_rollback_puts_the_index_trigger_back(sqlite_ctx: Context) -> None:
    with pytest.raises(RuntimeError), sqlite_ctx.db.transaction() as session:
        BulkWriter(session).suspend_search_index()
        raise RuntimeError("the import failed")
    with sqlite_ctx.db.reading() as session:
        triggers = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        ).all()
    assert "persons_search_ai" in triggers


def automerge(session: Session) -> int | None:
    return session.scalar(text("SELECT v FROM person_search_config WHERE k = 'automerge'"))


@pytest.mark.parametrize("before", [None, 0, 7])
def test_the_index_merges_its_segments_as_before_once_a_bulk_write_is_done(
    sqlite_ctx: Context, before: int | None
) -> None:
    """Segments are left to SQLite's crisis merges while a bulk write fills the index batch
    by batch; then the index's own setting is back, and the index is whole."""
    with sqlite_ctx.db.transaction() as session:
        if before is not None:
            session.execute(
                text("INSERT INTO person_search (person_search, rank) VALUES ('automerge', :v)"),
                {"v": before},
            )
    with sqlite_ctx.db.transaction() as session, BulkWriter(session) as writer:
        writer.suspend_search_index()
        assert automerge(session) == 0
        for batch in range(20):
            ids = writer.ids(Person, 50)
            writer.insert(
                Person,
                [{"id": i, "given_name": f"Name{batch}x{i}", "search_text": f"name{batch}x{i}"}
                 for i in ids],
            )  # fmt: skip
    with sqlite_ctx.db.reading() as session:
        assert automerge(session) == (4 if before is None else before)
        session.execute(
            text("INSERT INTO person_search (person_search) VALUES ('integrity-check')")
        )
    assert len(search.search(sqlite_ctx, "name19x")) == 50
    with pytest.raises(RuntimeError), sqlite_ctx.db.transaction() as session:
        BulkWriter(session).suspend_search_index()
        raise RuntimeError("the import failed")
    with sqlite_ctx.db.reading() as session:
        assert automerge(session) == (4 if before is None else before)


def test_a_column_alike_in_every_row_is_bound_once_and_stored_as_given(ctx: Context) -> None:
    """Binding values is most of SQLite's work in a bulk write: a column that holds one value
    in every row (NULL, as a list's missing field, or the same text or code) is bound once per
    statement; each row still stores exactly what it was given, NULL included. A column
    whose first and last rows agree is still looked at whole."""
    born = date(1990, 2, 3)
    rows = [
        {"given_name": given, "family_name": "Karimi", "native_name": None, "sex": Sex.FEMALE,
         "date_of_birth": born, "latitude": latitude, "search_text": given.lower(),
         "father_name": father}
        for given, latitude, father in (("Zahra", 1, "Gul"), ("Laila", 1.0, "Jan"),
                                        ("Mariam", 1, "Gul"))
    ]  # fmt: skip
    with ctx.db.transaction() as session, BulkWriter(session) as writer:
        writer.suspend_search_index()
        statements = list(writer.insert_statements(Person, rows))
        writer.insert(Person, rows)
        if writer.sqlite:  # the rest is bound once
            # names, fathers, search texts, and latitudes (1 and 1.0 are two types)
            assert {sql.split("FROM (VALUES ")[1][:13] for sql, _ in statements} == {
                "(?, ?, ?, ?),",
                "(?, ?, ?, ?))",
            }
    with ctx.db.reading() as session:
        stored = session.execute(
            select(*(Person.__table__.c[name] for name in rows[0])).order_by(Person.id)
        ).all()
    assert [row._asdict() for row in stored] == rows


def test_columns_of_different_lengths_are_refused_and_nothing_is_written(ctx: Context) -> None:
    with pytest.raises(ValueError, match="different lengths"), ctx.db.transaction() as session:
        BulkWriter(session).insert_columns(
            Person, {"given_name": ["Zahra", "Laila"], "search_text": ["zahra"]}
        )
    with ctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_batches_of_any_length_are_written_with_a_few_statement_texts(ctx: Context) -> None:
    """SQLite compiles each new statement text and keeps it: a batch's last statement is cut
    into powers of two, so every batch reuses the same few texts, rows still in order."""
    texts: set[str] = set()
    with ctx.db.transaction() as session, BulkWriter(session) as writer:
        person_id = writer.ids(Person, 1)[0]
        writer.insert(Person, [{"id": person_id, "given_name": "Nasir"}])
        for count in (*range(1, 40), 437, 500, 1_234, 2_000):
            rows = [{"person_id": person_id, "reason": f"{count} {n}"} for n in range(count)]
            same = {"to_status": CaseStatus.NEW, "changed_at": utcnow()}
            statements = list(writer.insert_statements(StatusChange, rows, same))
            texts |= {sql for sql, _ in statements}
            written = [v for _, values in statements for v in values if isinstance(v, str)]
            assert [v for v in written if v.startswith(f"{count} ")] == [r["reason"] for r in rows]
    assert len(texts) <= 10
