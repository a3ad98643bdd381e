"""What Help → About says: the version, the database in use, and the licences of what
evactrack ships with."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from evactrack import __version__
from evactrack.db.migrate import current_revision
from evactrack.services.context import Context

# The libraries evactrack is shipped with (the wheel's dependencies, and what the bundle and
# the .deb copy), by distribution name, with their licences.
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("Qt / PySide6", "PySide6", "LGPL-3.0"),
    ("SQLCipher / sqlcipher3", "sqlcipher3", "BSD-3-Clause / zlib"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("psycopg / libpq", "psycopg", "LGPL-3.0 / PostgreSQL"),
    ("openpyxl", "openpyxl", "MIT"),
    ("defusedxml", "defusedxml", "PSF-2.0"),
    ("phonenumbers", "phonenumbers", "Apache-2.0"),
    ("qrcode", "qrcode", "BSD-3-Clause"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("RapidFuzz", "rapidfuzz", "MIT"),
    ("anyascii", "anyascii", "ISC"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("HarfBuzz / uharfbuzz", "uharfbuzz", "MIT / Apache-2.0"),
    ("charset-normalizer", "charset-normalizer", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
)
FONTS_LICENCE = "SIL Open Font License 1.1"  # resources/fonts/OFL.txt


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    version: str
    licence: str


@dataclass(frozen=True, slots=True)
class About:
    version: str
    database: str  # its URL, without a password
    schema: str | None  # the alembic revision
    server: bool
    encrypted: bool
    libraries: tuple[Library, ...]


def about(ctx: Context) -> About:
    return About(
        __version__,
        ctx.db.url,
        current_revision(ctx.db.engine),
        not ctx.db.is_sqlite,
        ctx.db.encrypted,
        tuple(Library(name, _version(dist), licence) for name, dist, licence in LIBRARIES),
    )


def _version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"
