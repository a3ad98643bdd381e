"""Which column of a contact list holds what, guessed from its header and saved as JSON.

Headers are recognised in English and French and as the common exports write them (Google
Contacts old and new, Outlook, typical Excel lists). Legal-status values are read by
:mod:`evactrack.importing.legal_status`; the caseworker maps those it cannot tell, value by
value, and the mapping keeps their choices with the columns'.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from evactrack.domain.enums import LegalStatus, PhoneLabel
from evactrack.domain.errors import ValidationError
from evactrack.domain.names import fold
from evactrack.files import private_file
from evactrack.importing.legal_status import legal_status_for, value_key

MAPPING_FORMAT = 1


class Target(StrEnum):
    """Where a column's values go (the values are the JSON mapping's contract)."""

    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    MIDDLE_NAME = "middle_name"
    FAMILY_NAME = "family_name"
    NATIVE_NAME = "native_name"
    FATHER_NAME = "father_name"
    PHONE = "phone"
    EMAIL = "email"
    DATE_OF_BIRTH = "date_of_birth"
    LEGAL_STATUS = "legal_status"
    PASSPORT = "passport"
    TAZKIRA = "tazkira"
    SEX = "sex"
    NATIONALITY = "nationality"
    LOCATION = "location"
    NOTES = "notes"
    HOUSEHOLD = "household"

    @property
    def label(self) -> str:
        return _TARGET_LABELS[self]


_TARGET_LABELS = {
    Target.FULL_NAME: "Full name",
    Target.GIVEN_NAME: "Given name",
    Target.MIDDLE_NAME: "Middle name",
    Target.FAMILY_NAME: "Family name",
    Target.NATIVE_NAME: "Name in native script",
    Target.FATHER_NAME: "Father's name",
    Target.PHONE: "Phone",
    Target.EMAIL: "E-mail",
    Target.DATE_OF_BIRTH: "Date of birth",
    Target.LEGAL_STATUS: "Legal status",
    Target.PASSPORT: "Passport number",
    Target.TAZKIRA: "Tazkira number",
    Target.SEX: "Sex",
    Target.NATIONALITY: "Nationality",
    Target.LOCATION: "Location",
    Target.NOTES: "Notes",
    Target.HOUSEHOLD: "Household (for duplicate checks, kept in notes)",
}

# Targets that may take several columns; the others take one column each.
MULTI_COLUMN = frozenset({Target.PHONE, Target.EMAIL, Target.NOTES})
NAME_TARGETS = frozenset(
    {Target.FULL_NAME, Target.GIVEN_NAME, Target.FAMILY_NAME, Target.NATIVE_NAME}
)


def header_key(header: str) -> str:
    """Headers compared without case, accents, punctuation or numbering ("Phone 1 - Value")."""
    text = fold(header).replace("’", "'")
    text = re.sub(r"[^\w']+|_", " ", text)
    text = re.sub(r"\b\d+\b", " ", text)
    return " ".join(text.replace("'", "").split())


_EXACT: dict[str, Target] = {}
for _target, _names in {
    Target.FULL_NAME: "name; full name; fullname; display name; contact name; nom complet; "
    "nom et prenom; nom prenom; prenom et nom; prenom nom; names; person; evacuee name",
    Target.GIVEN_NAME: "given name; first name; firstname; forename; prenom; prenoms; given names",
    Target.MIDDLE_NAME: "middle name; additional name; second prenom; autres prenoms",
    Target.FAMILY_NAME: "family name; last name; lastname; surname; nom; nom de famille; patronyme",
    Target.NATIVE_NAME: "native name; native script name; name native script; "
    "name in native script; local name; name dari; name pashto; name arabic; name in dari; "
    "name in pashto; nom en dari; nom en pachto; nom arabe; nom en arabe; nom local; "
    "نام; اسم; نوم; نام کامل; نام و تخلص",
    Target.FATHER_NAME: "father name; fathers name; father; nom du pere; pere; s o; son of; "
    "نام پدر; ولد",
    Target.EMAIL: "email; e mail; mail; email address; e mail address; courriel; "
    "adresse email; adresse e mail; adresse courriel; adresse electronique",
    Target.DATE_OF_BIRTH: "birthday; date of birth; dob; birth date; birthdate; born; "
    "date de naissance; naissance; ne le; nee le; ne e le; anniversaire; تاریخ تولد",
    Target.LEGAL_STATUS: "status; statut; legal status; statut juridique; statut legal; "
    "category; categorie; immigration status; eligibility; eligibilite",
    Target.PASSPORT: "passport; passport no; passport number; passport nr; passport num; "
    "passeport; numero de passeport; no passeport; n passeport; num passeport",
    Target.TAZKIRA: "tazkira; tazkira no; tazkira number; tazkera; tazkira id; national id; "
    "numero tazkira; تذکره",
    Target.SEX: "sex; gender; sexe; genre",
    Target.NATIONALITY: "nationality; nationalite; citizenship; citoyennete",
    Target.LOCATION: "location; address; home address; city; province; district; adresse; "
    "ville; lieu; localisation; current location; position",
    Target.NOTES: "notes; note; remarks; comments; comment; commentaire; commentaires; "
    "remarques; observations",
    Target.HOUSEHOLD: "household; household id; household no; family id; family number; "
    "famille; foyer; numero de famille; case number; case no; dossier; numero de dossier",
}.items():
    for _name in _names.split(";"):
        _EXACT[header_key(_name)] = _target

_PHONE_WORDS = re.compile(r"\b(phone|telephone|tel|mobile|portable|cell|whatsapp|gsm|numero)\b")
_EMAIL_WORDS = re.compile(r"\b(e ?mail|courriel)\b")
# Google and Outlook describe a value in a neighbouring column ("Phone 1 - Type"): not data.
_NOT_DATA = re.compile(r"\b(type|label|libelle|etiquette)\b")


def guess_target(header: str) -> Target | None:
    key = header_key(header)
    if not key or _NOT_DATA.search(key):
        return None
    if key in _EXACT:
        return _EXACT[key]
    if _EMAIL_WORDS.search(key):
        return Target.EMAIL
    if _PHONE_WORDS.search(key):
        return Target.PHONE
    return None


def phone_label(header: str) -> PhoneLabel:
    key = header_key(header)
    if "whatsapp" in key:
        return PhoneLabel.WHATSAPP
    if "signal" in key:
        return PhoneLabel.SIGNAL
    if re.search(r"\b(home|domicile|maison|fixe)\b", key):
        return PhoneLabel.HOME
    if re.search(r"\b(work|business|office|bureau|travail|professionnel)\b", key):
        return PhoneLabel.WORK
    return PhoneLabel.MOBILE


@dataclass
class ColumnMapping:
    """Header → target. Columns not named here are not imported (the preview lists them).
    ``legal_statuses``: values of the legal-status column the caseworker mapped by hand, as
    written in the list; they win over what the words of the value say."""

    columns: dict[str, Target] = field(default_factory=dict)
    legal_statuses: dict[str, LegalStatus] = field(default_factory=dict)

    def targets(self) -> set[Target]:
        return set(self.columns.values())

    def legal_status_of(self, value: str) -> LegalStatus | None:
        """The caseworker's choice for a value (compared as :func:`value_key` does), else
        what its words say; ``None``: nobody can tell."""
        key = value_key(value)
        for written, status in self.legal_statuses.items():
            if value_key(written) == key:
                return status
        return legal_status_for(value)

    def check(self, headers: list[str], file_name: str) -> None:
        """Refuse a mapping that names absent columns, maps one target twice, or cannot
        find anyone (no name and no phone column)."""
        missing = [h for h in self.columns if h not in headers]
        if missing:
            raise ValidationError(
                f"{file_name}: the mapping names columns that are not in the file: "
                + ", ".join(f"'{h}'" for h in missing)
            )
        for target in Target:
            used = [h for h, t in self.columns.items() if t is target]
            if len(used) > 1 and target not in MULTI_COLUMN:
                raise ValidationError(
                    f"{file_name}: '{target.label}' is mapped from several columns "
                    f"({', '.join(used)}); choose one."
                )
        if not self.targets() & (NAME_TARGETS | {Target.PHONE}):
            shown = ", ".join(f"'{h}'" for h in headers[:12])
            raise ValidationError(
                f"{file_name}: no column looks like a name or a phone number, so this is not "
                f"a contact list (columns: {shown}); choose the columns in a mapping."
            )

    def to_json(self) -> str:
        return json.dumps(
            {
                "evactrack_mapping": MAPPING_FORMAT,
                "columns": {h: t.value for h, t in self.columns.items()},
                "legal_statuses": {v: s.value for v, s in self.legal_statuses.items()},
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str, source: str = "mapping") -> ColumnMapping:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            reason = f"{source}: not a JSON file ({exc.msg}, line {exc.lineno})"
            raise ValidationError(reason) from None
        if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
            raise ValidationError(f'{source}: expected an object with "columns": {{...}}')
        columns: dict[str, Target] = {}
        for header, value in data["columns"].items():
            if value in (None, ""):
                continue
            try:
                columns[str(header)] = Target(value)
            except ValueError:
                allowed = ", ".join(t.value for t in Target)
                raise ValidationError(
                    f"{source}: column '{header}': unknown target '{value}' (use one of {allowed})"
                ) from None
        return cls(columns, _legal_statuses(data.get("legal_statuses", {}), source))

    def save(self, path: Path) -> None:
        with private_file(Path(path), "w", encoding="utf-8") as out:
            out.write(self.to_json() + "\n")

    @classmethod
    def load(cls, path: Path) -> ColumnMapping:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"{path.name}: cannot read the mapping ({exc})") from None
        return cls.from_json(text, path.name)


def _legal_statuses(data: object, source: str) -> dict[str, LegalStatus]:
    """The ``"legal_statuses"`` of a mapping file: value as written → legal status."""
    if not isinstance(data, dict):
        raise ValidationError(f'{source}: expected "legal_statuses": {{"value": "status", ...}}')
    chosen: dict[str, LegalStatus] = {}
    for value, status in data.items():
        try:
            chosen[str(value)] = LegalStatus(status)
        except ValueError:
            allowed = ", ".join(s.value for s in LegalStatus)
            raise ValidationError(
                f"{source}: legal status value '{value}': unknown status '{status}' "
                f"(use one of {allowed})"
            ) from None
    return chosen


def detect_mapping(headers: list[str]) -> ColumnMapping:
    """The first column that looks like each single target, every column for multi targets."""
    columns: dict[str, Target] = {}
    taken: set[Target] = set()
    for header in headers:
        target = guess_target(header)
        if target is None or (target in taken and target not in MULTI_COLUMN):
            continue
        columns[header] = target
        taken.add(target)
    return ColumnMapping(columns)
