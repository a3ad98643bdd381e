"""A database server that is not on this computer is reached over TLS only."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from evactrack.db.engine import PG_SSLMODE_VARIABLE, make_engine, pg_ssl_mode
from evactrack.db.migrate import pg_dump_command
from tests.conftest import pg_base_url
from tests.db.asked import connection_parameters


@pytest.mark.parametrize(
    ("url", "mode"),
    [
        ("postgresql+psycopg://team@db.example.org/cases", "require"),
        ("postgresql+psycopg://team@10.0.0.5:5432/cases", "require"),
        ("postgresql+psycopg://team@[2001:db8::1]/cases", "require"),
        ("postgresql+psycopg://team@localhost/cases", None),
        ("postgresql+psycopg://team@127.0.0.1/cases", None),
        ("postgresql+psycopg://team@[::1]/cases", None),
        ("postgresql+psycopg://team@/cases", None),  # a Unix socket
        ("postgresql+psycopg://team@db.example.org/cases?sslmode=verify-full", None),
    ],
)
def test_remote_servers_get_tls_unless_the_url_says_otherwise(
    url: str, mode: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PG_SSLMODE_VARIABLE, raising=False)
    assert pg_ssl_mode(url) == mode


def test_the_environment_chooses_the_mode_and_the_url_wins_over_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PG_SSLMODE_VARIABLE, "verify-full")
    assert pg_ssl_mode("postgresql+psycopg://team@db.example.org/cases") == "verify-full"
    assert pg_ssl_mode("postgresql+psycopg://team@localhost/cases") == "verify-full"
    assert pg_ssl_mode("postgresql+psycopg://team@db.example.org/cases?sslmode=disable") is None


def test_connections_and_pg_dump_ask_for_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PG_SSLMODE_VARIABLE, raising=False)
    url = "postgresql+psycopg://team@db.example.org/cases"
    assert connection_parameters(url)["sslmode"] == "require"
    _line, environment = pg_dump_command("pg_dump", make_url(url), Path("x.dump"))
    assert environment["PGSSLMODE"] == "require"


def test_a_remote_server_without_tls_is_not_talked_to_in_clear(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The local test server has no TLS: reached as if it were remote, the connection is
    refused rather than made in clear."""
    monkeypatch.setenv(PG_SSLMODE_VARIABLE, "require")
    engine = make_engine(pg_base_url())
    with pytest.raises(OperationalError, match="SSL"), engine.connect():
        pass
    engine.dispose()
