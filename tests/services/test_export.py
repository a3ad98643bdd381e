"""CSV export: what a spreadsheet opens, safe against formulas, private, never half-written."""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import pytest

from evactrack.domain.enums import LegalStatus
from evactrack.domain.errors import OperationCancelled
from evactrack.domain.spreadsheet import neutralise
from evactrack.services import households
from evactrack.services.context import Context
from evactrack.services.export import export_persons_csv
from evactrack.services.persons import PersonInput, PhoneInput, create_person
from tests.factories import make_person, make_point

REQUIRED = [
    "person_id",
    "full_name",
    "native_name",
    "date_of_birth",
    "phone",
    "email",
    "legal_status",
    "status",
    "household_id",
    "rendezvous_point",
]


def _read(path: Path) -> tuple[list[str], dict[str, dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        table = {row["person_id"]: row for row in reader}
        return list(reader.fieldnames or []), table


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (the SQLite test database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def register(ctx: Context) -> dict[str, int]:
    point = make_point(ctx, "Abbey gate")
    ahmad = create_person(
        ctx,
        PersonInput(
            given_name="Ahmad",
            family_name="Rahimi",
            native_name="احمد رحیمی",
            date_of_birth=date(1980, 5, 17),
            legal_status=LegalStatus.CITIZEN,
            phones=(PhoneInput("0701234567"), PhoneInput("+93 79 987 6543")),
            email="Ahmad@Example.org",
            rendezvous_point_id=point,
        ),
    ).id
    nadia = make_person(ctx, "Nadia", None, legal_status=LegalStatus.FAMILY_MEMBER, birth_year=1985)
    household = households.create_household(ctx, ahmad, [nadia.id]).id
    hostile = {
        "formula": make_person(ctx, '=HYPERLINK("http://evil.example","open")', None).id,
        "at": make_person(ctx, "@SUM(A1:A9)", None).id,
        "minus": make_person(ctx, "-2+3", None).id,
        "plus": make_person(ctx, "+cmd", "|calc", email="-x@example.org").id,
        "junk_phone": make_person(ctx, "Karim", None, phone="=1+2 345 678").id,
    }
    return {"ahmad": ahmad, "nadia": nadia.id, "household": household, **hostile}


def test_export_writes_one_row_per_person_in_utf8_with_bom(
    ctx: Context, register: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "persons.csv"

    written = export_persons_csv(ctx, target)

    assert written == 7
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    header, table = _read(target)
    assert [c for c in REQUIRED if c not in header] == []
    assert len(table) == 7
    ahmad = table[str(register["ahmad"])]
    assert {k: ahmad[k] for k in REQUIRED} == {
        "person_id": str(register["ahmad"]),
        "full_name": "Ahmad Rahimi",
        "native_name": "احمد رحیمی",
        "date_of_birth": "1980-05-17",
        "phone": "+93701234567; +93799876543",
        "email": "ahmad@example.org",
        "legal_status": "citizen",
        "status": "new",
        "household_id": str(register["household"]),
        "rendezvous_point": "Abbey gate",
    }
    nadia = table[str(register["nadia"])]
    assert (nadia["date_of_birth"], nadia["phone"], nadia["household_id"]) == (
        "1985",
        "",
        str(register["household"]),
    )
    assert nadia["rendezvous_point"] == ""
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_cells_that_would_run_as_formulas_are_neutralised(
    ctx: Context, register: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "persons.csv"
    export_persons_csv(ctx, target)
    _, table = _read(target)

    def cell(key: str, column: str) -> str:
        return table[str(register[key])][column]

    assert cell("formula", "full_name") == '\'=HYPERLINK("http://evil.example","open")'
    assert cell("formula", "given_name") == '\'=HYPERLINK("http://evil.example","open")'
    assert cell("at", "full_name") == "'@SUM(A1:A9)"
    assert cell("minus", "full_name") == "'-2+3"
    assert cell("plus", "full_name") == "'+cmd |calc"
    assert cell("plus", "email") == "'-x@example.org"
    assert cell("junk_phone", "phone") == "'=1+2 345 678"  # not valid: kept, made harmless
    assert cell("ahmad", "phone") == "+93701234567; +93799876543"  # E.164 stays as it is
    for value in ("\tcmd", "\r=1+1", "=1", "+1", "-1", "@x"):
        assert neutralise(value) == "'" + value
    for value in ("Ahmad", "", "1-2", "a=b"):
        assert neutralise(value) == value


def test_a_selection_of_persons_is_exported(
    ctx: Context, register: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "selection.csv"
    calls: list[tuple[int, int]] = []

    written = export_persons_csv(
        ctx,
        target,
        [register["minus"], register["ahmad"]],
        progress=lambda done, total: calls.append((done, total)),
    )

    assert written == 2
    _, table = _read(target)
    assert sorted(table) == sorted([str(register["ahmad"]), str(register["minus"])])
    assert calls[-1] == (2, 2)


def test_a_failed_export_leaves_no_part_and_keeps_the_previous_file(
    ctx: Context, register: dict[str, int], out: Path
) -> None:
    target = out / "no such folder" / "persons.csv"

    with pytest.raises(FileNotFoundError):
        export_persons_csv(ctx, target)

    assert list(out.iterdir()) == []

    target = out / "persons.csv"
    target.write_text("yesterday's list\n", encoding="utf-8")

    def cancel(done: int, total: int) -> None:
        raise OperationCancelled("stopped by the caseworker")

    with pytest.raises(OperationCancelled):
        export_persons_csv(ctx, target, progress=cancel)

    assert target.read_text(encoding="utf-8") == "yesterday's list\n"
    assert [p.name for p in out.iterdir()] == ["persons.csv"]
