"""One row of a contact list → one candidate person, with everything a caseworker must review.

Nothing is dropped: a value that cannot be used as such (an invalid phone, an ambiguous date,
an unknown status label, a bad e-mail) is kept as written, in the phone list or the notes, and
reported against its row and column. A phone that cannot be a number at all ("pas de
téléphone", "12ab") goes to the notes, not the phone list.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from enum import StrEnum
from operator import attrgetter

from evactrack.domain.enums import DocumentType, LegalStatus, PhoneLabel, Sex
from evactrack.domain.names import display_name
from evactrack.domain.phones import normalise_phone, phone_problem
from evactrack.importing.mapping import ColumnMapping, Target, phone_label
from evactrack.importing.text import arabic, clean, fast_digits

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_SPLIT = re.compile(r"\s*(?:[;,\n]|\s/\s|:::)\s*")
_SEPARATORS = re.compile(r"[;,\n:]|\s/\s")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_SERIAL = re.compile(r"^\d{4,5}(?:\.0+)?$")
_EXCEL_EPOCH = date(1899, 12, 30)
MIN_PHONE_DIGITS = 6
_SEX = {
    "f": Sex.FEMALE, "female": Sex.FEMALE, "femme": Sex.FEMALE, "woman": Sex.FEMALE,
    "feminin": Sex.FEMALE, "m": Sex.MALE, "male": Sex.MALE, "homme": Sex.MALE,
    "man": Sex.MALE, "masculin": Sex.MALE, "h": Sex.MALE, "x": Sex.OTHER, "other": Sex.OTHER,
    "autre": Sex.OTHER,
}  # fmt: skip


class DateOrder(StrEnum):
    """How the file writes day and month when both are 12 or less."""

    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"
    UNSETTLED = "unsettled"


@dataclass(frozen=True, slots=True)
class Issue:
    """Something about one row a caseworker must know; ``rejected`` rows were not imported."""

    row: int
    column: str | None
    message: str
    rejected: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "rejected": self.rejected,
        }


@dataclass(slots=True)
class Candidate:
    """What one row says about a person, normalised."""

    row: int
    given_name: str | None = None
    family_name: str | None = None
    native_name: str | None = None
    father_name: str | None = None
    phones: list[tuple[str, bool, PhoneLabel]] = field(default_factory=list)
    email: str | None = None
    date_of_birth: date | None = None
    birth_year: int | None = None
    legal_status: LegalStatus = LegalStatus.UNKNOWN
    sex: Sex = Sex.UNKNOWN
    nationality: str | None = None
    location: str | None = None
    documents: list[tuple[DocumentType, str]] = field(default_factory=list)
    household: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return display_name(
            self.given_name, self.family_name, self.father_name, self.native_name, self.sex
        )

    @property
    def notes_text(self) -> str | None:
        return "\n".join(self.notes) or None

    def __reduce__(self) -> tuple[type[Candidate], tuple[object, ...]]:
        # Sent from the normalising process by the thousand: a plain tuple of the fields
        # is several times faster to pickle and unpickle than the dataclass's own state.
        return (Candidate, _CANDIDATE_FIELDS(self))


_CANDIDATE_FIELDS = attrgetter(*(f.name for f in fields(Candidate)))


def telling_phone(number: str, valid: bool) -> bool:
    """A phone that tells who someone is: a valid one, or one kept as written that still has
    enough digits to be a number ("0799 12 34"), not "N/A" or "0"."""
    return valid or len(fast_digits(number)) >= MIN_PHONE_DIGITS


def parse_date(text: str) -> tuple[date | None, tuple[date, date] | None]:
    """A date, or both readings of an ambiguous day/month date; ``(None, None)`` if neither."""
    match = _ISO.match(text)
    if match:
        return _safe_date(*map(int, match.groups())), None
    match = _DMY.match(text)
    if match:
        first, second, year = map(int, match.groups())
        day_first = _safe_date(year, second, first)
        month_first = _safe_date(year, first, second)
        if day_first and month_first and day_first != month_first:
            return None, (day_first, month_first)
        return day_first or month_first, None
    if _SERIAL.match(text):
        serial = int(float(text))
        if 1 <= serial <= 80000:
            return _EXCEL_EPOCH + timedelta(days=serial), None
    return None, None


def date_evidence(text: str) -> DateOrder | None:
    """Which order a dd/mm or mm/dd date proves (a part above 12), if any."""
    match = _DMY.match(text)
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 >= second:
        return DateOrder.DAY_FIRST
    if second > 12 >= first:
        return DateOrder.MONTH_FIRST
    return None


def settle_order(day_first: bool, month_first: bool) -> DateOrder:
    """The file's order, from whether it has unambiguous dates of either order: settled only
    when they all agree."""
    if day_first and not month_first:
        return DateOrder.DAY_FIRST
    if month_first and not day_first:
        return DateOrder.MONTH_FIRST
    return DateOrder.UNSETTLED


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class RowNormaliser:
    """Turns the cells of a row into a :class:`Candidate` (or rejects the row)."""

    def __init__(
        self,
        headers: list[str],
        mapping: ColumnMapping,
        *,
        region: str,
        default_legal_status: LegalStatus = LegalStatus.UNKNOWN,
        date_order: DateOrder = DateOrder.UNSETTLED,
    ) -> None:
        self.headers = headers
        self.mapping = mapping
        self.region = region
        self.default_legal_status = default_legal_status
        self.date_order = date_order
        self._statuses: dict[str, LegalStatus | None] = {}
        index = {h: i for i, h in enumerate(headers)}
        self.single: dict[Target, tuple[int, str]] = {}
        self.phones: list[tuple[int, str, PhoneLabel]] = []
        self.emails: list[tuple[int, str]] = []
        self.notes: list[tuple[int, str]] = []
        # In the file's column order, whatever the order of a saved mapping.
        for header, target in sorted(mapping.columns.items(), key=lambda hc: index[hc[0]]):
            position = index[header]
            if target is Target.PHONE:
                self.phones.append((position, header, phone_label(header)))
            elif target is Target.EMAIL:
                self.emails.append((position, header))
            elif target is Target.NOTES:
                self.notes.append((position, header))
            else:
                self.single[target] = (position, header)
        # Computed once per file, not once per row.
        self._single_positions = [(target, spec[0]) for target, spec in self.single.items()]
        self._documents = [
            (target, doc_type)
            for target, doc_type in (
                (Target.PASSPORT, DocumentType.PASSPORT),
                (Target.TAZKIRA, DocumentType.TAZKIRA),
            )  # fmt: skip
            if target in self.single
        ]
        self._width = len(headers)
        # The plausible dates of birth; today taken once, as asking the clock is a twentieth
        # of normalising a row.
        self._earliest, self._today = date(1900, 1, 1), date.today()
        self._dates: dict[str, tuple[date | None, tuple[date, date] | None]] = {}

    def column(self, target: Target) -> str | None:
        spec = self.single.get(target)
        return spec[1] if spec else None

    def normalise(self, row: int, cells: list[str], issues: list[Issue]) -> Candidate | None:
        """The candidate of a row, or ``None`` (with a rejecting issue) if it is unusable."""
        c = Candidate(row)
        values: dict[Target, str | None] = {}
        for target, position in self._single_positions:
            value = cells[position]
            if value.isascii():
                values[target] = " ".join(value.split()) or None
            else:
                values[target] = clean(value)
        self._names(c, values)
        phones = c.phones
        region = self.region
        for position, header, label in self.phones:
            raw = cells[position].strip()
            if not raw:
                continue
            for part in _PHONE_SPLIT.split(raw) if _SEPARATORS.search(raw) else (raw,):
                text = clean(part)
                if not text:
                    continue
                phone = normalise_phone(text, region)
                if not phone.valid:
                    problem = phone_problem(text, region)
                    if problem is not None:
                        c.notes.append(f"{header}: {text}")
                        issues.append(
                            Issue(
                                row,
                                header,
                                f"'{text}' is not a phone number: {problem.label}; kept in notes",
                            )
                        )
                        continue
                kept = phone.number
                if phones and any(p[0] == kept for p in phones):
                    continue
                phones.append((kept, phone.valid, label))
                if not phone.valid:
                    issues.append(
                        Issue(row, header, f"'{text}' is not a valid phone number; kept as written")
                    )
        named = bool(c.given_name or c.family_name or c.native_name)
        if not (named or any(telling_phone(number, valid) for number, valid, _ in phones)):
            issues.append(Issue(row, None, "no name and no phone number", rejected=True))
            return None
        if not named:
            issues.append(Issue(row, None, "no name: only a phone number was given"))
        for position, header in self.emails:
            text = clean(cells[position])
            if not text:
                continue
            email = text.lower()
            if not EMAIL.match(email):
                c.notes.append(f"{header}: {text}")
                issues.append(
                    Issue(row, header, f"'{text}' is not a valid e-mail address; kept in notes")
                )
            elif c.email is None:
                c.email = email
            elif email != c.email:
                c.notes.append(f"Other e-mail: {email}")
        birth = values.get(Target.DATE_OF_BIRTH)
        if birth:
            self._date_of_birth(c, birth, issues)
        self._legal_status(c, values.get(Target.LEGAL_STATUS), issues)
        sex = values.get(Target.SEX)
        if sex:
            c.sex = _SEX.get(sex.casefold().rstrip("."), Sex.UNKNOWN)
            if c.sex is Sex.UNKNOWN:
                c.notes.append(f"{self.column(Target.SEX)}: {sex}")
        c.nationality = values.get(Target.NATIONALITY)
        c.location = values.get(Target.LOCATION)
        for target, doc_type in self._documents:
            number = values[target]
            if number:
                c.documents.append((doc_type, number))
        c.household = values.get(Target.HOUSEHOLD)
        if c.household:
            c.notes.append(f"{self.column(Target.HOUSEHOLD)}: {c.household}")
        for position, header in self.notes:
            value = unicodedata.normalize("NFC", cells[position].strip())
            if value:
                c.notes.append(value if len(self.notes) == 1 else f"{header}: {value}")
        if len(cells) > self._width:
            extra = [clean(v) for v in cells[self._width :] if v.strip()]
            if extra:
                c.notes.append("Extra cells: " + " | ".join(v for v in extra if v))
                issues.append(Issue(row, None, "more cells than columns; kept in notes"))
        return c

    def _names(self, c: Candidate, values: dict[Target, str | None]) -> None:
        """Given/family/full/native columns combined; Arabic script goes to the native name."""
        full = values.get(Target.FULL_NAME)
        given = values.get(Target.GIVEN_NAME)
        middle = values.get(Target.MIDDLE_NAME)
        family = values.get(Target.FAMILY_NAME)
        native = values.get(Target.NATIVE_NAME)
        if middle:
            given = f"{given} {middle}" if given else middle
        latin_parts = [p for p in (given, family) if p]
        if any(arabic(p) for p in latin_parts):
            written = " ".join(latin_parts)
            given = family = None
            native = native or written
            if native != written:
                c.notes.append(f"Other native-script name: {written}")
        if full:
            if arabic(full):
                if native and native != full:
                    c.notes.append(f"Other native-script name: {full}")
                native = native or full
            elif not (given or family):
                given, family = _split_full_name(full)
        if native and not arabic(native) and not (given or family):
            given, family = _split_full_name(native)
            native = None
        c.given_name, c.family_name, c.native_name = given, family, native
        c.father_name = values.get(Target.FATHER_NAME)

    def _date_of_birth(self, c: Candidate, text: str | None, issues: list[Issue]) -> None:
        if not text:
            return
        header = self.column(Target.DATE_OF_BIRTH)
        parsed = self._dates.get(text)
        if parsed is None:
            if len(self._dates) >= 50_000:  # the dates of a list repeat; memory stays bounded
                self._dates.clear()
            parsed = self._dates[text] = parse_date(text)
        value, readings = parsed
        if readings is not None:
            if self.date_order is DateOrder.DAY_FIRST:
                value = readings[0]
            elif self.date_order is DateOrder.MONTH_FIRST:
                value = readings[1]
            else:
                c.birth_year = readings[0].year
                c.notes.append(f"{header}: {text}")
                issues.append(
                    Issue(
                        c.row,
                        header,
                        f"'{text}' could be day/month or month/day; birth year kept, date in notes",
                    )  # fmt: skip
                )
                return
        if value is None:
            year = text[-4:]
            if year.isdecimal() and self._earliest.year <= int(year) <= self._today.year:
                c.birth_year = int(year)
            c.notes.append(f"{header}: {text}")
            issues.append(Issue(c.row, header, f"'{text}' is not a date; kept in notes"))
            return
        if not self._earliest <= value <= self._today:
            c.notes.append(f"{header}: {text}")
            issues.append(Issue(c.row, header, f"'{text}' is not a plausible date of birth"))
            return
        c.date_of_birth, c.birth_year = value, value.year

    def _legal_status(self, c: Candidate, text: str | None, issues: list[Issue]) -> None:
        if not text:
            c.legal_status = self.default_legal_status
            return
        if text not in self._statuses:
            self._statuses[text] = self.mapping.legal_status_of(text)
        status = self._statuses[text]
        if status is None:
            header = self.column(Target.LEGAL_STATUS)
            c.legal_status = LegalStatus.UNKNOWN
            c.notes.append(f"{header}: {text}")
            issues.append(Issue(c.row, header, f"unknown legal status '{text}'; set to unknown"))
        else:
            c.legal_status = status


def _split_full_name(full: str) -> tuple[str | None, str | None]:
    """ "Family, Given" or "Given [Middle] Family"; a single word is a given name."""
    if "," in full:
        family, _, given = full.partition(",")
        return clean(given), clean(family)
    parts = full.split(" ")
    if len(parts) == 1:
        return full, None
    return " ".join(parts[:-1]), parts[-1]
