"""``evactrack messages``: a movement's instructions as CSV, persons without a phone named."""

from __future__ import annotations

import csv
import stat
from pathlib import Path

import pytest

from evactrack.cli import main
from evactrack.domain.enums import CaseStatus
from evactrack.services import movements, rendezvous
from evactrack.services.context import open_database
from tests.conftest import log_in
from tests.factories import make_movement, make_person


def test_messages_csv_and_persons_without_a_phone(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(db_url)
    ctx = log_in(db)
    point = rendezvous.create_point(ctx, rendezvous.PointInput("Gate B", "Airport road")).id
    dari = make_person(ctx, phone="+93701234567", status=CaseStatus.VERIFIED, languages=("Dari",))
    silent = make_person(ctx, "Nadia", "Azizi", status=CaseStatus.VERIFIED, languages=("Urdu",))
    movement_id = make_movement(ctx, point)
    movements.assign(ctx, movement_id, [dari.id, silent.id])
    db.close()
    out_file = tmp_path / "messages.csv"
    code = main(
        ["--db", db_url, "messages", str(movement_id),
         "--default-lang", "fr", "-o", str(out_file)]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "wrote 1 messages" in out
    assert f"no phone: person {silent.id}" in err and "Nadia" not in err
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    with out_file.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["person_id", "phone", "language", "text"]
    assert rows[1][:3] == [str(dari.id), "+93701234567", "fa"]
    assert "Gate B، Airport road" in rows[1][3]
    assert len(rows) == 2


def test_messages_of_a_missing_movement_is_one_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", db_url, "messages", "999", "-o", str(tmp_path / "m.csv")])
    _out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "Movement #999" in err
    assert not (tmp_path / "m.csv").exists()
    code = main(["--db", db_url, "messages", "1", "--default-lang", "de", "-o", "x.csv"])
    assert code == 2
