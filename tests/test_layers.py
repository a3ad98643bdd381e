"""The layers of docs/architecture.md: Qt only in ui/ and app.py; db/ and domain/ know nothing
of the services; domain/ knows nothing of the database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "evactrack"


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py")) if folder else sorted(PACKAGE.glob("*.py"))


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("domain", ("PySide6", "sqlalchemy", "evactrack.db", "evactrack.services")),
        ("db", ("PySide6", "evactrack.services", "evactrack.ui")),
        ("services", ("PySide6", "evactrack.ui")),
        ("importing", ("PySide6", "evactrack.ui")),
        ("reports", ("PySide6", "evactrack.ui")),
        ("demo", ("PySide6", "evactrack.ui")),
    ],
)
def test_a_layer_imports_nothing_above_it(folder: str, forbidden: tuple[str, ...]) -> None:
    found = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules(folder)
        for name in imported(path)
        if name.startswith(forbidden)
    ]
    assert not found, found


def test_qt_only_in_the_window_and_its_start() -> None:
    outside = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and path.name != "app.py"
        and any(name.startswith("PySide6") for name in imported(path))
    ]
    assert not outside, outside
