from pathlib import Path

import pytest

from evactrack.cli import main
from evactrack.services import stats
from evactrack.services.context import Context
from tests.reports.pdf_text import all_text, pages_text
from tests.reports.seed import seed_operation


def test_report_daily_manifest_and_case_write_pdfs(
    ctx: Context, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded = seed_operation(ctx)
    daily, manifest, case = tmp_path / "daily.pdf", tmp_path / "manifest.pdf", tmp_path / "c.pdf"
    today = stats.overview(ctx).day
    assert (
        main(["--db", db_url, "report", "daily", "--date", today.isoformat(), "-o", str(daily)])
        == 0
    )
    assert (
        main(
            [
                "--db",
                db_url,
                "report",
                "manifest",
                str(seeded.movement_id),
                "--lang",
                "fr",
                "-o",
                str(manifest),
            ]
        )
        == 0
    )
    assert (
        main(["--db", db_url, "report", "case", str(seeded.french_id), "--redact", "-o", str(case)])
        == 0
    )
    assert f"wrote {daily}" in capsys.readouterr().out
    assert daily.stat().st_mode & 0o777 == 0o600, "personal data: readable by its owner only"
    assert f"Daily status report — {today.isoformat()}" in all_text(daily.read_bytes())
    assert "Manifeste de mouvement" in all_text(manifest.read_bytes())
    case_text = all_text(case.read_bytes())
    assert "REDACTED" in case_text and "+33612345678" not in case_text


def test_report_errors_are_one_line_and_leave_no_file(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m.pdf"
    assert main(["--db", sqlite_url, "report", "manifest", "7", "-o", str(out)]) == 1
    assert "There is no movement #7." in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []
    assert (
        main(["--db", sqlite_url, "report", "daily", "--date", "2021-02-30", "-o", str(out)]) == 2
    )
    assert "not a date" in capsys.readouterr().err
    assert main(["--db", sqlite_url, "report", "daily", "-o", str(tmp_path / "no" / "d.pdf")]) == 1
    assert "d.pdf" in capsys.readouterr().err


def test_report_daily_defaults_to_today(sqlite_url: str, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    assert main(["--db", sqlite_url, "report", "daily", "--lang", "en", "-o", str(out)]) == 0
    assert len(pages_text(out.read_bytes())) >= 1


def test_report_gate_writes_the_gate_sheet(ctx: Context, db_url: str, tmp_path: Path) -> None:
    seeded = seed_operation(ctx)
    gate = tmp_path / "gate.pdf"
    args = ["--db", db_url, "report", "gate", str(seeded.movement_id), "-o", str(gate)]
    assert main(args) == 0
    assert gate.stat().st_mode & 0o777 == 0o600
    assert "Gate sheet" in all_text(gate.read_bytes())
