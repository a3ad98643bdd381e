"""Where evactrack keeps its data and logs, and which database it opens."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from evactrack.domain.errors import DatabaseOpenError

APP_NAME = "evactrack"
DEFAULT_DB_FILE = "evactrack.sqlite3"


def data_dir() -> Path:
    """The user's data folder (``EVACTRACK_DATA_DIR`` overrides it), created private."""
    override = os.environ.get("EVACTRACK_DATA_DIR")
    path = Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def backups_dir() -> Path:
    """The rotating backups, inside the data folder, private like it."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resources_dir() -> Path:
    """The application's ``resources`` folder: ``EVACTRACK_RESOURCES``, the PyInstaller
    bundle, or the source tree next to the package (the one place to change for packaging)."""
    override = os.environ.get("EVACTRACK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    """The shipped fonts (OFL), for the reports and for native-script names on screen."""
    return resources_dir() / "fonts"


def log_dir() -> Path:
    """Logs: under the data folder when it is overridden (created private first: ``mkdir``
    would make missing parents with the umask's permissions)."""
    override = os.environ.get("EVACTRACK_DATA_DIR")
    path = data_dir() / "logs" if override else user_log_path(APP_NAME, False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resolve_db_url(given: str | None = None) -> str:
    """``--db`` value, else ``EVACTRACK_DB``, else the embedded SQLite file.

    A bare file path is taken as a SQLite file; ``postgresql://`` URLs use psycopg 3.
    """
    value = given or os.environ.get("EVACTRACK_DB")
    if not value:
        return "sqlite:///" + str(data_dir() / DEFAULT_DB_FILE)
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    try:
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    except (ValueError, OSError) as exc:
        raise DatabaseOpenError(f"{value!r} is not a usable database path: {exc}") from exc
