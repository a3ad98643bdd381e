"""Property tests: no input crashes the import, and no input is ever half-imported."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from evactrack.db.models import AuditEvent, ImportBatch, Person, PhoneNumber
from evactrack.domain.errors import EvactrackError
from evactrack.services import imports
from evactrack.services.context import Context

HEADERS = ["Name", "Prénom", "Nom", "Phone", "Mobile Phone", "E-mail", "Birthday", "Status",
           "Passport no.", "Name (Dari)", "Notes", "Whatever"]  # fmt: skip
CELLS = st.text(max_size=20) | st.sampled_from(
    ["0701234567", "+93 70 123 4567", "03/04/1990", "1990-13-45", "US Citizen", "محمد", "x@y.z"]
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def counts(ctx: Context) -> tuple[int, ...]:
    with ctx.db.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Person, PhoneNumber, AuditEvent, ImportBatch)
        )


def import_all_or_nothing(ctx: Context, data: bytes, suffix: str = ".csv") -> None:
    """The import either refuses (and nothing changed) or completes (batch and persons)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"list{suffix}"
        path.write_bytes(data)
        before = counts(ctx)
        try:
            result = imports.run_import(ctx, path)
        except EvactrackError:
            event("refused")
            assert counts(ctx) == before
            return
        event("imported")
        after = counts(ctx)
        assert after[0] - before[0] == result.created
        assert after[3] - before[3] == 1


@given(st.binary(max_size=3000))
@SETTINGS
def test_random_bytes_never_crash_nor_half_import(sqlite_ctx: Context, data: bytes) -> None:
    import_all_or_nothing(sqlite_ctx, data)


@given(st.binary(max_size=600))
@SETTINGS
def test_random_bytes_named_xlsx(sqlite_ctx: Context, data: bytes) -> None:
    import_all_or_nothing(sqlite_ctx, b"PK\x03\x04" + data, ".xlsx")


@given(
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    st.lists(st.lists(CELLS, max_size=7), max_size=15),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
@SETTINGS
def test_random_tables_never_crash_nor_half_import(
    sqlite_ctx: Context, headers: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    import_all_or_nothing(sqlite_ctx, buffer.getvalue().encode(encoding, errors="replace"))
