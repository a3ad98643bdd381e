"""A database server lost without a word (a laptop off the network, a VPN dropped) is given
up on, rather than waited for as long as the system's TCP retries last."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from evactrack.db import engine as engine_module
from evactrack.db.migrate import pg_dump_command
from evactrack.domain.errors import DatabaseOpenError
from evactrack.services.context import open_database
from tests.db.asked import connection_parameters


def test_a_server_that_never_answers_is_given_up_on(
    silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PG_CONNECT_TIMEOUT_S", 2)  # libpq's least
    started = time.monotonic()
    with pytest.raises(DatabaseOpenError, match="connection timeout expired"):
        open_database(f"postgresql+psycopg://team@127.0.0.1:{silent_server}/cases")
    assert time.monotonic() - started < 15


def test_connections_and_pg_dump_give_up_on_a_lost_link_unless_the_url_says_otherwise() -> None:
    asked = connection_parameters("postgresql+psycopg://team@db.example.org/cases")
    assert asked["connect_timeout"] == 10
    assert asked["keepalives"] == 1 and asked["keepalives_idle"] == 10
    assert asked["tcp_user_timeout"] == 30_000
    own = connection_parameters("postgresql+psycopg://team@db.example.org/cases?connect_timeout=3")
    assert own["connect_timeout"] == "3" and own["tcp_user_timeout"] == 30_000

    url = make_url("postgresql+psycopg://team@db.example.org/cases?keepalives_idle=60")
    command_line, _environment = pg_dump_command("pg_dump", url, Path("x.dump"))
    dumped = make_url(command_line[-1])
    assert dumped.query["connect_timeout"] == "10" and dumped.query["keepalives_idle"] == "60"
    assert dumped.query["tcp_user_timeout"] == "30000"
