"""Where evactrack keeps its data and logs, and which database it opens."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_path, user_data_path, user_log_path

from evactrack.domain.errors import DatabaseOpenError
from evactrack.files import private_folder

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP_NAME = "evactrack"
DEFAULT_DB_FILE = "evactrack.sqlite3"
# The first run's "look around with demo data" goes here, never into the real database.
DEMO_DB_FILE = "evactrack-demo.sqlite3"
# Settings keys that name databases opened before (the emergency wipe removes them).
LAST_DATABASE = "last_database"
RECENT_DATABASE_KEYS = (LAST_DATABASE,)
# Where a passphrase is given without a prompt (scripts, kiosks, the benchmarks).
PASSPHRASE_VARIABLE = "EVACTRACK_PASSPHRASE"
# The system keyring's service under which a database server's password is kept.
KEYRING_SERVICE = "evactrack"


def data_dir() -> Path:
    """The user's data folder (``EVACTRACK_DATA_DIR`` overrides it), created private."""
    override = os.environ.get("EVACTRACK_DATA_DIR")
    path = Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    return private_folder(path)


def settings_file() -> Path:
    """The settings (an INI file on every system: the emergency wipe must find it)."""
    return user_config_path(APP_NAME, appauthor=False) / f"{APP_NAME}.conf"


def backups_dir() -> Path:
    """The rotating backups of the embedded database, inside the data folder, private like it."""
    return private_folder(data_dir() / "backups")


def resources_dir() -> Path:
    """The application's resources (fonts, translations, icons, sounds): the package data of
    ``evactrack.resources``, found by one lookup from a checkout, a wheel and the bundle."""
    folder = files("evactrack.resources")
    if not isinstance(folder, Path):  # a zipped install: Qt and reportlab need real files
        raise RuntimeError(f"evactrack's resources are not files on disk: {folder}")
    return folder


def fonts_dir() -> Path:
    """The shipped fonts (OFL), for the reports and for native-script names on screen."""
    return resources_dir() / "fonts"


def guide_file(language: str) -> Path:
    """The user guide in ``language`` (English where it has none); its images are beside it
    in the resources, so the guide shows them on GitHub and in the application alike."""
    folder = resources_dir() / "guide"
    translated = folder / f"user-guide.{language}.md"
    return translated if translated.exists() else folder / "user-guide.md"


def log_dir() -> Path:
    """Logs: under the data folder when it is overridden; created private."""
    override = os.environ.get("EVACTRACK_DATA_DIR")
    path = data_dir() / "logs" if override else user_log_path(APP_NAME, False)
    return private_folder(path)


def resolve_db_url(given: str | None = None) -> str:
    """``--db`` value, else ``EVACTRACK_DB``, else the embedded SQLite file.

    A bare file path is taken as a SQLite file; ``postgresql://`` URLs use psycopg 3.
    """
    value = given or os.environ.get("EVACTRACK_DB")
    if not value:
        return "sqlite:///" + str(data_dir() / DEFAULT_DB_FILE)
    if value.startswith(("postgresql://", "postgres://")):
        return with_stored_password("postgresql+psycopg://" + value.split("://", 1)[1])
    if "://" in value:
        return with_stored_password(value)
    try:
        return "sqlite:///" + str(Path(value).expanduser().resolve())
    except (ValueError, OSError) as exc:
        raise DatabaseOpenError(f"{value!r} is not a usable database path: {exc}") from exc


# ---------------------------------------------------------------- a server's password
# A server URL is remembered without its password; the password is kept in the system
# keyring when there is one, else it comes from the environment (PGPASSWORD, ~/.pgpass)
# or is typed again.


def without_password(value: str) -> str:
    """``value`` as it may be written in the settings: a URL loses its password."""
    if "://" not in value:
        return value
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except ArgumentError:
        return value
    if url.password is None:
        return value
    return _no_password(url).render_as_string(hide_password=False)


def _no_password(url: URL, drivername: str | None = None) -> URL:
    """``url`` without a password (``URL.set(password=None)`` leaves it as it is)."""
    from sqlalchemy.engine import URL

    return URL.create(
        drivername or url.drivername, url.username, None, url.host, url.port, url.database,
        url.query,
    )  # fmt: skip


def remember_password(value: str) -> str:
    """Keep a URL's password in the system keyring (if there is one); returns the URL to
    remember in the settings, without its password."""
    stripped = without_password(value)
    if stripped != value:
        from sqlalchemy.engine import make_url

        _keyring_call("set_password", _keyring_name(value), str(make_url(value).password))
    return stripped


def with_password(value: str, password: str) -> str:
    """A server URL with the password the caseworker typed."""
    from sqlalchemy.engine import make_url

    url = make_url(resolve_db_url(value)).set(password=password)
    return url.render_as_string(hide_password=False)


def forget_password(value: str) -> None:
    """Remove a server's password from the keyring (the emergency wipe)."""
    if "://" in value:
        _keyring_call("delete_password", _keyring_name(value))


def _keyring_name(value: str) -> str:
    """The server and account a password belongs to, whichever driver the URL names."""
    from sqlalchemy.engine import make_url

    url = make_url(value)
    return _no_password(url, url.get_backend_name()).render_as_string()


def with_stored_password(value: str) -> str:
    """A server URL with the password the keyring holds for it, if it has none of its own."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except ArgumentError:
        return value
    if url.password is not None or url.get_backend_name() == "sqlite":
        return value
    password = _keyring_call("get_password", _keyring_name(value))
    if not password:
        return value
    return url.set(password=password).render_as_string(hide_password=False)


def _keyring_call(name: str, *args: str) -> str | None:
    """A keyring operation, or ``None`` when this computer has no keyring (a headless
    laptop, CI): the password then comes from the environment or a prompt."""
    if os.environ.get("EVACTRACK_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        result = getattr(keyring, name)(KEYRING_SERVICE, *args)
    except (KeyringError, RuntimeError, OSError):
        return None
    return str(result) if result is not None else None
