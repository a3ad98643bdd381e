"""Phone numbers to E.164, through the phonenumbers library.

An invalid number is never dropped: it is kept as written and flagged for review.

Imports normalise 100,000 numbers at a time, and ``phonenumbers.parse`` spends most of its
time scanning free text. :func:`normalise_phone` therefore first tries a fast path for the
common plain forms (ASCII digits with spaces, dashes, dots, slashes or brackets, optionally
``+`` or ``00`` in front) that runs the library's own prefix, length and type rules on the
digits directly; anything else, or any case the fast path is not sure of, goes through
``phonenumbers.parse``. The test suite checks both paths agree on many generated numbers.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, SUPPORTED_REGIONS, PhoneMetadata
from phonenumbers.phonenumberutil import (
    _EXTN_PATTERN,
    ValidationResult,
    _maybe_strip_national_prefix_carrier_code,
    _test_number_length,
)

from evactrack.domain.enums import PhoneProblem
from evactrack.domain.errors import ValidationError
from evactrack.domain.names import digits_only, fold

DEFAULT_REGION = "AF"
# Fewer digits than this is no one's number ("0", "123"); more than E.164's 15 (17 written
# nationally, trunk prefix included) is two numbers run together or a document number.
MIN_DIGITS = 5
MAX_INTERNATIONAL_DIGITS, MAX_NATIONAL_DIGITS = 15, 17
NOT_VALID = "not a valid number"

# Plain numbers: what the fast path accepts (phonenumbers treats these characters as
# punctuation between digits, so only the digits and a leading + or 00 carry meaning).
_PLAIN = re.compile(r"^(\+|00)?[0-9 ().\-/]+$")
_MIN_FAST_DIGITS, _MAX_FAST_DIGITS = 7, 17
_PUNCTUATION = str.maketrans("", "", " ().-/+")
_UNSURE = object()
_KEEP_STRIP = (ValidationResult.IS_POSSIBLE, ValidationResult.TOO_LONG)


@dataclass(frozen=True, slots=True)
class NormalisedPhone:
    number: str  # E.164 when valid, else the text as written
    valid: bool


# A small cache: numbers repeat within a family or a form, while a contact list's numbers
# are mostly unique, so a large one only holds memory (20 MB for 65,536 numbers).
@lru_cache(maxsize=1024)
def normalise_phone(raw: str, region: str = DEFAULT_REGION) -> NormalisedPhone:
    text = raw.strip()
    fast = _fast_path(text, region)
    if fast is not _UNSURE:
        assert isinstance(fast, NormalisedPhone)
        return fast
    return _library_path(text, region)


def _library_path(text: str, region: str) -> NormalisedPhone:
    """The reference: ``phonenumbers.parse`` + validity + E.164 formatting."""
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


@lru_cache(maxsize=512)
def _single_region_metadata(country_code: int) -> PhoneMetadata | None:
    """Metadata of a calling code used by one region only (shared codes such as +1 and +44
    need phonenumbers' region lookup, which the fast path does not repeat)."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions or len(regions) != 1 or regions[0] == "001":
        return None
    return PhoneMetadata.metadata_for_region(regions[0], None)


@lru_cache(maxsize=512)
def _international_prefix(pattern: str | None) -> re.Pattern[str]:
    """Compiled once: ``re.match`` with a string looks the pattern up on every number."""
    return re.compile(pattern or "$^")


@lru_cache(maxsize=256)
def _region_metadata(region: str) -> PhoneMetadata | None:
    metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
    if metadata is None or _single_region_metadata(metadata.country_code) is None:
        return None
    return metadata


def _fast_path(text: str, region: str) -> NormalisedPhone | object:
    """``phonenumbers.parse`` + ``is_valid_number`` + E.164 for plain numbers, or ``_UNSURE``."""
    match = _PLAIN.match(text)
    if match is None:
        return _UNSURE
    prefix = match.group(1)
    digits = text.translate(_PUNCTUATION)
    if prefix == "00":
        digits = digits[2:]
    if not _MIN_FAST_DIGITS <= len(digits) <= _MAX_FAST_DIGITS:
        return _UNSURE
    if prefix:
        if digits[0] == "0":
            return _UNSURE
        for size in (1, 2, 3):
            if int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE:
                country_code, national = int(digits[:size]), digits[size:]
                break
        else:
            return _UNSURE
        metadata = _single_region_metadata(country_code)
    else:
        metadata = _region_metadata(region)
        if metadata is None or metadata.country_code is None:
            return _UNSURE
        if digits.startswith(str(metadata.country_code)):
            return _UNSURE
        country_code, national = metadata.country_code, digits
    if metadata is None or len(national) < 2:
        return _UNSURE
    if not prefix and _international_prefix(metadata.international_prefix).match(digits):
        return _UNSURE  # e.g. 011 in the US: phonenumbers reads it as an international call
    _carrier, stripped, _done = _maybe_strip_national_prefix_carrier_code(national, metadata)
    if _test_number_length(stripped, metadata) in _KEEP_STRIP:
        national = stripped
    if not 2 <= len(national) <= 17:
        return _UNSURE
    if not _is_valid_national(national, metadata):
        return NormalisedPhone(text, False)
    return NormalisedPhone(f"+{country_code}{national}", True)


_TYPE_DESCS = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)


_VALIDITY: dict[str, dict[int, re.Pattern[str]]] = {}


def _validity_patterns(metadata: PhoneMetadata) -> dict[int, re.Pattern[str]]:
    """Per national-number length, one pattern that matches exactly the numbers for which
    phonenumbers' ``_number_type_helper`` finds a type: the general description and any
    type description, each with its own possible lengths (an empty list means any length)."""
    cached = _VALIDITY.get(metadata.id)
    if cached is not None:
        return cached
    general = metadata.general_desc
    patterns: dict[int, re.Pattern[str]] = {}
    _VALIDITY[metadata.id] = patterns
    if general is None or not general.national_number_pattern:
        return patterns  # phonenumbers finds no type without a general description
    lengths = set(general.possible_length) if general.possible_length else set(range(2, 18))
    for length in lengths:
        alternatives = [
            desc.national_number_pattern
            for desc in (getattr(metadata, name) for name in _TYPE_DESCS)
            if desc is not None
            and desc.national_number_pattern
            and (not desc.possible_length or length in desc.possible_length)
        ]
        if alternatives:
            union = "|".join(f"(?:{a})" for a in alternatives)
            patterns[length] = re.compile(f"(?=(?:{general.national_number_pattern})$)(?:{union})")
    return patterns


def _is_valid_national(national: str, metadata: PhoneMetadata) -> bool:
    pattern = _validity_patterns(metadata).get(len(national))
    return pattern is not None and pattern.fullmatch(national) is not None


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


class NotAPhoneNumber(ValidationError):
    """A text that cannot be a phone number at all, refused at entry with the reason."""

    def __init__(self, text: str, problem: PhoneProblem) -> None:
        super().__init__(f"'{text}' is not a phone number: {problem.label}.", fields=("phones",))
        self.text, self.problem = text, problem

    def __reduce__(self) -> tuple[type[NotAPhoneNumber], tuple[str, PhoneProblem]]:
        return (NotAPhoneNumber, (self.text, self.problem))


def phone_problem(raw: str, region: str = DEFAULT_REGION) -> PhoneProblem | None:
    """Why ``raw`` cannot be a phone number, or ``None`` if it can be one (valid or not).

    A number phonenumbers reads as valid is one, whatever surrounds it. Digits of any
    script count; an extension as phonenumbers reads it ("ext. 12", "x12") is no letter.
    """
    text = raw.strip()
    if not digits_only(text):
        return PhoneProblem.NO_DIGITS
    if normalise_phone(text, region).valid:
        return None
    extension = _EXTN_PATTERN.search(text)
    body = text[: extension.start()] if extension else text
    if any(ch.isalpha() for ch in body):
        return PhoneProblem.LETTERS
    digits = "".join(ch for ch in digits_only(body) if ch.isdecimal())  # not "²"
    international = body.lstrip("\u200e ").startswith("+")
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    if len(digits) < MIN_DIGITS:
        return PhoneProblem.TOO_SHORT
    if len(digits) > (MAX_INTERNATIONAL_DIGITS if international else MAX_NATIONAL_DIGITS):
        return PhoneProblem.TOO_LONG
    if international and not any(
        int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE for size in (1, 2, 3)
    ):
        return PhoneProblem.UNKNOWN_COUNTRY_CODE
    return None


def check_phone(raw: str, region: str = DEFAULT_REGION) -> None:
    """Refuse a text that cannot be a phone number (:class:`NotAPhoneNumber`)."""
    problem = phone_problem(raw, region)
    if problem is not None:
        raise NotAPhoneNumber(raw.strip(), problem)


@dataclass(frozen=True, slots=True)
class CountrySuggestion:
    """A number not valid as written that is valid in ``region``: ``number`` in E.164."""

    region: str
    number: str


def suggest_country(raw: str, regions: tuple[str | None, ...]) -> CountrySuggestion | None:
    """The first of ``regions`` (the operation's country, then the person's nationality)
    in which a number written without its country code is valid."""
    text = raw.strip()
    if phone_problem(text) is not None or text.lstrip("\u200e ").startswith(("+", "00")):
        return None
    for region in dict.fromkeys(r.upper() for r in regions if r):
        if region not in SUPPORTED_REGIONS:
            continue
        phone = normalise_phone(text, region)
        if phone.valid:
            return CountrySuggestion(region, phone.number)
    return None


@lru_cache(maxsize=1)
def _locale_data() -> dict[str, dict[str, str]]:
    """phonenumbers' country names (region → language → name), read from their own file:
    imported through their package they would bring its geocoding tables along (about 90 MB
    held for the life of the process, never used here)."""
    location = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", location)
    if spec is None or spec.loader is None or not location.is_file():
        from phonenumbers.geodata.locale import LOCALE_DATA  # no file: read it as shipped

        return LOCALE_DATA
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data: dict[str, dict[str, str]] = module.LOCALE_DATA
    return data


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded country names in every language phonenumbers knows, and ISO codes, → region."""
    names: dict[str, str] = {}
    for region in SUPPORTED_REGIONS:
        names[region.casefold()] = region
        for name in _locale_data().get(region, {}).values():
            if not name.startswith("*"):  # "*en": the same name as in that language
                names.setdefault(fold(name), region)
    return names


def region_of_country(text: str | None) -> str | None:
    """The region code a nationality names ("US", "United States", "États-Unis"), if any."""
    if not text:
        return None
    return _country_names().get(text.strip().casefold()) or _country_names().get(fold(text))


def country_name(region: str, language: str = "en") -> str:
    """The country's name in ``language`` (English when phonenumbers has none)."""
    names = _locale_data().get(region.upper(), {})
    name = names.get(language) or names.get("en") or region
    while name.startswith("*"):
        name = names.get(name[1:]) or region
    return name


def mark_validity(shown: str, valid: bool, not_valid: str = NOT_VALID) -> str:
    """A number as shown (perhaps masked) with ``not_valid`` (translated by the caller) after
    it when it is not a valid number, so that it is never taken for a number to call."""
    return shown if valid or not shown else f"{shown} ({not_valid})"


def display_with_validity(number: str, valid: bool, not_valid: str = NOT_VALID) -> str:
    """A stored number as a caseworker reads it on screen: a valid one spaced
    (``+93 70 123 4567``), an invalid one as written and marked."""
    return mark_validity(format_for_display(number) if valid else number, valid, not_valid)
