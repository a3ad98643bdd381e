"""The checks that keep the code as the house wants it run with the suite, so CI fails on them:
``ruff check``, ``ruff format --check`` and ``mypy`` (strict on domain/, db/, services/,
importing/; see pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "evactrack"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_code_passes(command: list[str]) -> None:
    done = subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_every_benchmark_imports() -> None:
    """The benchmarks are plain scripts, never collected: a module they import that moved
    would go unnoticed until someone measures. Imported in a child, since their account
    sets the bench login's variables."""
    scripts = sorted((ROOT / "tests" / "bench").glob("bench_*.py"))
    assert scripts
    program = (
        "import runpy, sys\n"
        f"sys.path[:0] = [{str(ROOT / 'tests' / 'bench')!r}, {str(ROOT)!r}]\n"
        "for script in sys.argv[1:]:\n"
        "    runpy.run_path(script, run_name='bench_import_check')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, *map(str, scripts)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
