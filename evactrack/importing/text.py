"""ASCII fast paths for the name and text rules of ``evactrack.domain.names``.

An import applies these rules to every cell of 100,000 rows; most cells are plain ASCII, for
which Unicode normalisation, diacritic stripping and Arabic folding change nothing. Each
function here returns exactly what its ``domain.names`` counterpart returns (the tests check
it on generated text) and falls back to it for anything not ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evactrack.domain.names import alnum_key, clean_text, digits_only, fold, is_arabic_script

# In ASCII, str.isdigit() and str.isalnum() hold for exactly these characters.
_NOT_DIGITS = re.compile(r"[^0-9]+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def clean(value: str | None) -> str | None:
    """``clean_text``: trimmed, white space folded, NFC; empty becomes ``None``."""
    if not value:
        return None
    if value.isascii():
        return " ".join(value.split()) or None
    return clean_text(value)


def fast_fold(value: str | None) -> str:
    """``fold``: the search key of a text."""
    if not value:
        return ""
    if value.isascii():
        return " ".join(value.casefold().split())
    return fold(value)


def fast_alnum_key(value: str | None) -> str:
    """``alnum_key``: a document number without spaces, dashes or case."""
    if not value:
        return ""
    if value.isascii():
        return _NOT_ALNUM.sub("", value.casefold())
    return alnum_key(value)


def fast_digits(value: str | None) -> str:
    """``digits_only``."""
    if not value:
        return ""
    if value.isascii():
        return _NOT_DIGITS.sub("", value)
    return digits_only(value)


def arabic(value: str | None) -> bool:
    """``is_arabic_script``."""
    return bool(value) and not value.isascii() and is_arabic_script(value)  # type: ignore[union-attr]


def search_text(
    names: Iterable[str | None],
    phones: Iterable[str],
    emails: Iterable[str | None],
    documents: Iterable[str],
) -> str:
    """``services.persons.build_search_text`` with the fast paths above."""
    parts = [fast_fold(n) for n in names if n]
    parts += [d for d in (fast_digits(p) for p in phones) if d]
    parts += [fast_fold(e) for e in emails if e]
    parts += [k for k in (fast_alnum_key(d) for d in documents) if k]
    return " | ".join(parts)
