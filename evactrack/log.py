"""Logging to a rotating file in the log folder. Never log personal data.

The file is private (0600) from its creation. A database error is logged by its kind, table
and constraint only: its message may quote the values of a row (PostgreSQL's "Key (…)=(…)
already exists", a statement's bound parameters).
"""

from __future__ import annotations

import logging
import os
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from evactrack.config import log_dir
from evactrack.files import PRIVATE_FILE

LOG_FILE = "evactrack.log"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file is created 0600 (an existing wider one is narrowed)."""

    def _open(self) -> TextIOWrapper:
        handle = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        os.fchmod(handle, PRIVATE_FILE)
        return os.fdopen(handle, "a", encoding=self.encoding, errors=self.errors)


class ValueFreeFormatter(logging.Formatter):
    """Tracebacks as usual, but a database error says what failed, never with which values."""

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple) and any(
            isinstance(a, BaseException) for a in record.args
        ):
            record.args = tuple(
                described(a) if isinstance(a, BaseException) else a for a in record.args
            )
        return super().format(record)

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        error = ei[1]
        if error is None:
            return super().formatException(ei)
        chain: list[BaseException] = []
        while error is not None and error not in chain:
            chain.append(error)
            error = error.__cause__ or error.__context__
        lines: list[str] = []
        for link in reversed(chain):
            if lines:
                lines.append("\nThe above exception led to the following one:\n\n")
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(link.__traceback__))
            lines.append(f"{type(link).__module__}.{type(link).__qualname__}: {described(link)}\n")
        return "".join(lines).rstrip("\n")


def described(error: BaseException) -> str:
    """What an error says, without the values a database error may quote."""
    from sqlalchemy.exc import StatementError

    if isinstance(error, StatementError):
        return "database error" + (f": {described(error.orig)}" if error.orig else "")
    diag = getattr(error, "diag", None)  # psycopg
    if diag is not None:
        names = [
            f"{label} {value}"
            for label, value in (
                ("SQLSTATE", getattr(error, "sqlstate", None)),
                ("table", diag.table_name),
                ("column", diag.column_name),
                ("constraint", diag.constraint_name),
            )
            if value
        ]
        return ", ".join(names) or "database error"
    if type(error).__module__ == "sqlite3":
        # SQLite names tables, columns and constraints, and quotes no values.
        return str(error).splitlines()[0] if str(error) else "database error"
    return str(error)


def crash_report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What an unexpected error tells support without a single value: the error's type and,
    for it and its causes, the traceback's files, lines and functions. No message (it may
    quote a name), no local variable, no home folder."""
    import platform

    from evactrack import __version__

    lines = [
        f"evactrack {__version__}",
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
        f"{platform.machine()}",
    ]
    chain: list[tuple[type[BaseException], TracebackType | None]] = [(kind, tb)]
    seen = [error]
    link = error.__cause__ or error.__context__
    while link is not None and link not in seen:
        seen.append(link)
        chain.append((type(link), link.__traceback__))
        link = link.__cause__ or link.__context__
    for number, (link_kind, link_tb) in enumerate(reversed(chain)):
        if number:
            lines.append("which led to")
        lines.append(f"{link_kind.__module__}.{link_kind.__qualname__}")
        lines.extend(
            f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}"
            for frame in traceback.extract_tb(link_tb)
        )
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    """A source file named from its package, never from a folder that may hold a name."""
    parts = filename.replace("\\", "/").split("/")
    for anchor in ("site-packages", "dist-packages"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) :])
    if "evactrack" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("evactrack") :])
    return parts[-1]


def log_file() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to the rotating file (once per process), never to the terminal."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = PrivateRotatingFileHandler(
        log_file(), maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(ValueFreeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)


def stop_logging() -> None:
    """Close the log file (the emergency wipe deletes it); later records go nowhere."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    root.addHandler(logging.NullHandler())
