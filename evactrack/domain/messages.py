"""Instructions sent to each evacuee: template languages, their fields and a safe renderer.

A template names its fields in braces (``{name}``, ``{point}``…) and nothing else: no
attribute, index, conversion or format spec, so that a template typed by an administrator can
never reach into an object, and a value (a name, an address) is inserted as plain text, never
formatted again.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime

from evactrack.domain.enums import DocumentType
from evactrack.domain.errors import ValidationError

ENGLISH, DARI, PASHTO, FRENCH = "en", "fa", "ps", "fr"
LANGUAGES = (ENGLISH, DARI, PASHTO, FRENCH)
RIGHT_TO_LEFT = frozenset({DARI, PASHTO})
DEFAULT_LANGUAGE = ENGLISH

FIELDS = ("name", "point", "address", "window", "signal", "bring", "contact")

# What a person's record may say (the demo writes "Dari", "Pashto"; imports write what the
# list said): folded to lower case without accents, each maps to a template language.
_SPOKEN: dict[str, str] = {
    **dict.fromkeys(("en", "eng", "english", "anglais"), ENGLISH),
    **dict.fromkeys(("fa", "fa-af", "prs", "dari", "farsi", "persian", "دری", "فارسی"), DARI),
    **dict.fromkeys(("ps", "pus", "pashto", "pushto", "pashtu", "pachto", "پښتو"), PASHTO),
    **dict.fromkeys(("fr", "fra", "fre", "french", "francais"), FRENCH),
}

DEFAULT_TEMPLATES: dict[str, str] = {
    ENGLISH: (
        "Hello {name}. Your meeting point: {point}, {address}. Be there between {window}. "
        "Recognition signal: {signal}. Bring for your household: {bring}. "
        "Emergency contact: {contact}. Do not share this message."
    ),
    DARI: (
        "سلام {name}. محل ملاقات شما: {point}، {address}. در این وقت حاضر باشید: {window}. "
        "علامت شناسایی: {signal}. برای خانواده خود بیاورید: {bring}. "
        "شماره تماس اضطراری: {contact}. این پیام را با کسی شریک نسازید."
    ),
    PASHTO: (
        "سلام {name}. ستاسو د لیدنې ځای: {point}، {address}. په دې وخت کې هلته اوسئ: {window}. "
        "د پېژندنې نښه: {signal}. د خپلې کورنۍ لپاره راوړئ: {bring}. "
        "د بېړنۍ اړیکې شمېره: {contact}. دا پیغام له بل چا سره مه شریکوئ."
    ),
    FRENCH: (
        "Bonjour {name}. Votre point de rendez-vous : {point}, {address}. Soyez-y entre "
        "{window}. Signe de reconnaissance : {signal}. Apportez pour votre foyer : {bring}. "
        "Contact d'urgence : {contact}. Ne partagez pas ce message."
    ),
}

# Document *types* only, in the message's language: a message never carries a number.
_DOCUMENTS: dict[str, dict[DocumentType, str]] = {
    ENGLISH: {
        DocumentType.PASSPORT: "passport",
        DocumentType.TAZKIRA: "tazkira",
        DocumentType.GREEN_CARD: "green card",
        DocumentType.VISA: "visa",
        DocumentType.A_NUMBER: "A-number document",
        DocumentType.OTHER: "other documents",
    },
    DARI: {
        DocumentType.PASSPORT: "پاسپورت",
        DocumentType.TAZKIRA: "تذکره",
        DocumentType.GREEN_CARD: "گرین کارت",
        DocumentType.VISA: "ویزه",
        DocumentType.A_NUMBER: "سند A-number",
        DocumentType.OTHER: "اسناد دیگر",
    },
    PASHTO: {
        DocumentType.PASSPORT: "پاسپورټ",
        DocumentType.TAZKIRA: "تذکره",
        DocumentType.GREEN_CARD: "ګرین کارت",
        DocumentType.VISA: "ویزه",
        DocumentType.A_NUMBER: "د A-number سند",
        DocumentType.OTHER: "نور اسناد",
    },
    FRENCH: {
        DocumentType.PASSPORT: "passeport",
        DocumentType.TAZKIRA: "tazkira",
        DocumentType.GREEN_CARD: "carte verte",
        DocumentType.VISA: "visa",
        DocumentType.A_NUMBER: "document A-number",
        DocumentType.OTHER: "autres documents",
    },
}
# When the household has no document on record: still tell them to bring what they have.
_ANY_DOCUMENTS = {
    ENGLISH: "your identity documents",
    DARI: "اسناد هویت",
    PASHTO: "د پېژندنې اسناد",
    FRENCH: "vos pièces d'identité",
}
_SEPARATOR = {ENGLISH: ", ", DARI: "، ", PASHTO: "، ", FRENCH: ", "}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def message_language(spoken: Iterable[str], default: str = DEFAULT_LANGUAGE) -> str:
    """The template language of a person: the first language of their record that has a
    template (in the record's order), else ``default``."""
    for language in spoken:
        code = _SPOKEN.get(_fold(language)) or _SPOKEN.get(language.strip())
        if code:
            return code
    return default


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def _parts(template: str) -> list[tuple[str, str | None]]:
    """The template as (literal text, field name or ``None``); every problem at once."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        raise ValidationError(
            "A brace is not closed or not opened: write a field as {name}, a brace as {{ or }}."
        ) from None
    problems = []
    parts = []
    for literal, field, spec, conversion in parsed:
        if field is not None and (field not in FIELDS or spec or conversion):
            shown = "{" + field + (f"!{conversion}" if conversion else "")
            problems.append(shown + (f":{spec}" if spec else "") + "}")
        parts.append((literal, field))
    if problems:
        raise ValidationError(
            f"Unknown field(s): {', '.join(problems)}. The fields are: "
            + ", ".join("{" + f + "}" for f in FIELDS)
            + "."
        )
    return parts


def check_template(template: str) -> None:
    """Refuse, when it is saved, a template that names an unknown field or is empty."""
    if not template.strip():
        raise ValidationError("A message template cannot be empty.")
    _parts(template)


def render(template: str, values: Mapping[str, str]) -> str:
    """The template with each field replaced by its value, inserted as it is."""
    return "".join(
        literal + (values.get(field, "") if field is not None else "")
        for literal, field in _parts(template)
    )


def documents_to_bring(language: str, types: Iterable[DocumentType]) -> str:
    """The household's document types, once each, in the message's language."""
    names = _DOCUMENTS[language]
    wanted = [names[t] for t in DocumentType if t in set(types)]
    return _SEPARATOR[language].join(wanted) if wanted else _ANY_DOCUMENTS[language]


def time_window(start: datetime, end: datetime) -> str:
    """05/12/2026 06:00–08:00 (digits every language reads; both dates if it spans midnight)."""
    if start.date() == end.date():
        return f"{start:%d/%m/%Y %H:%M}–{end:%H:%M}"
    return f"{start:%d/%m/%Y %H:%M}–{end:%d/%m/%Y %H:%M}"
