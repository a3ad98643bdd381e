"""What an engine asks of a PostgreSQL server when it connects, read without a server."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from evactrack.db.engine import make_engine


class Stop(Exception):
    """Raised instead of reaching a server that does not exist."""


def connection_parameters(url: str) -> dict[str, Any]:
    """The parameters the engine of ``url`` hands the driver to connect."""
    engine = make_engine(url)
    asked: dict[str, Any] = {}

    @event.listens_for(engine, "do_connect")
    def capture(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        asked.update(params)
        raise Stop

    try:
        with pytest.raises(Stop), engine.connect():
            pass
    finally:
        engine.dispose()
    return asked
