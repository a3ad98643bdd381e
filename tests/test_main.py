"""main.py, the bundle's one program: the window without a sub-command, else the command line."""

from __future__ import annotations

import pytest

from main import opens_window


@pytest.mark.parametrize("args", [[], ["--db", "cases.sqlite3"], ["--db=postgresql://h/db"]])
def test_no_sub_command_opens_the_window(args: list[str]) -> None:
    assert opens_window(args)


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["stats", "--json"],
        ["--db", "cases.sqlite3", "report", "daily", "-o", "daily.pdf"],
        ["--db"],
    ],
)
def test_a_sub_command_or_another_option_is_the_command_line(args: list[str]) -> None:
    assert not opens_window(args)
