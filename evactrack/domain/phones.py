"""Phone numbers to E.164, through the phonenumbers library.

An invalid number is never dropped: it is kept as written and flagged for review.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from evactrack.domain.names import digits_only

DEFAULT_REGION = "AF"


@dataclass(frozen=True, slots=True)
class NormalisedPhone:
    number: str  # E.164 when valid, else the text as written
    valid: bool


@lru_cache(maxsize=65536)
def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> NormalisedPhone:
    text = raw.strip()
    digits = digits_only(text)
    if not digits:
        return NormalisedPhone(text, False)
    candidate = text
    if text.startswith("00"):
        candidate = "+" + digits[2:]
    elif text.startswith("+") or text.startswith("\u200e+"):
        candidate = "+" + digits
    elif any(not ch.isascii() for ch in text if ch.isdigit()):
        candidate = digits
    try:
        parsed = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return NormalisedPhone(text, False)
    if not phonenumbers.is_valid_number(parsed):
        return NormalisedPhone(text, False)
    return NormalisedPhone(
        phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), True
    )


def format_for_display(e164: str) -> str:
    """International format with spaces, e.g. ``+93 70 123 4567``; raw text unchanged."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if not phonenumbers.is_valid_number(parsed):
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def search_digits(query: str) -> str:
    """Digits of a phone query with international/trunk prefixes dropped, for substring search."""
    return digits_only(query).lstrip("0")
