"""Name and text normalisation rules used for storage, search and duplicate matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from evactrack.domain.enums import Sex

_SPACES = re.compile(r"\s+")
# Arabic-script letters that are written several ways for the same sound in Dari, Pashto and
# Arabic sources; folded to one form so that a search finds every spelling.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "ـ": None,  # tatweel
        "\u200c": " ",
        "\u200d": None,
        "\u200e": None,
        "\u200f": None,
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


def clean_text(value: str | None) -> str | None:
    """Trim, fold runs of white space and NFC-normalise; empty becomes ``None``."""
    if value is None:
        return None
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    return text or None


def fold(value: str | None) -> str:
    """Search key: case, diacritics, Arabic letter variants and spacing ignored."""
    if not value:
        return ""
    if value.isascii():
        return _SPACES.sub(" ", value.lower()).strip()
    text = unicodedata.normalize("NFKD", value).translate(_DIGITS)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text).translate(_ARABIC_FOLD).casefold()
    return _SPACES.sub(" ", text).strip()


def digits_only(value: str | None) -> str:
    """The digits of a value (Arabic-Indic digits included), for phone and document search."""
    if not value:
        return ""
    return "".join(ch for ch in value.translate(_DIGITS) if ch.isdigit())


def alnum_key(value: str | None) -> str:
    """Document numbers compared without spaces, dashes or case."""
    if not value:
        return ""
    return "".join(ch for ch in fold(value) if ch.isalnum())


def is_arabic_script(value: str | None) -> bool:
    """True when the text is mostly Arabic script (Dari, Pashto, Arabic)."""
    if not value:
        return False
    arabic = len(_ARABIC_SCRIPT.findall(value))
    latin = len(_LATIN_LETTER.findall(value))
    return arabic > latin


# "son of" / "daughter of" a father, by the person's sex and the reader's language.
PATRONYMIC: dict[str, dict[Sex, str]] = {
    "en": {Sex.MALE: "s/o", Sex.FEMALE: "d/o", Sex.OTHER: "child of", Sex.UNKNOWN: "child of"},
    "fr": {
        Sex.MALE: "fils de",
        Sex.FEMALE: "fille de",
        Sex.OTHER: "enfant de",
        Sex.UNKNOWN: "enfant de",
    },
}
# The interface's language (set when it changes); a report written in another language
# overrides it for its own thread with :func:`written_in`.
_interface_language = "en"
_report_language: ContextVar[str | None] = ContextVar("report_language", default=None)


def set_language(language: str) -> None:
    """Names follow the interface's language from now on."""
    global _interface_language
    _interface_language = language if language in PATRONYMIC else "en"


@contextmanager
def written_in(language: str) -> Iterator[None]:
    """Names built inside (in this thread) read in ``language``: a report's, not the
    interface's."""
    token = _report_language.set(language if language in PATRONYMIC else "en")
    try:
        yield
    finally:
        _report_language.reset(token)


def patronymic(father: str, sex: Sex | None = None) -> str:
    """ "s/o Karim", "d/o Karim", "fille de Karim": never "son of" for a woman."""
    language = _report_language.get() or _interface_language
    return f"{PATRONYMIC[language][sex or Sex.UNKNOWN]} {father}"


def display_name(
    given: str | None,
    family: str | None,
    father: str | None = None,
    native: str | None = None,
    sex: Sex | None = None,
) -> str:
    """The Latin-script name a list shows; falls back to the native-script name."""
    parts = [p for p in (given, family) if p]
    if parts:
        name = " ".join(parts)
        if father and not family:
            name += " " + patronymic(father, sex)
        return name
    return native or ""
