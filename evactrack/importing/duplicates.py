"""Who in a contact list is already known, in the database or earlier in the same file.

A match is the same phone (E.164), the same e-mail, the same document number, or a close
name together with the same date of birth or household. Names are compared on a skeleton
that ignores case, diacritics, spacing, word order, vowels and Latin/Arabic script, so that
"Mohammad Rahimi", "RAHIMI Muhammad" and "محمد رحیمی" meet. A row with nothing but a name
matches a person of exactly that name, so that importing a list again creates nobody new.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import itemgetter

from anyascii import anyascii
from rapidfuzz import fuzz

from evactrack.domain.names import fold
from evactrack.importing.text import arabic, fast_alnum_key, fast_fold

NAME_SCORE = 90.0
_NOT_LETTERS = re.compile(r"[^a-z ]+")
_VOWELS = str.maketrans("", "", "aeiouyw")
_REPEATS = re.compile(r"(.)\1+")


def name_skeleton(name: str) -> str:
    """Sorted consonant skeletons of the words of a name, in Latin letters."""
    text = _NOT_LETTERS.sub(" ", anyascii(fast_fold(name)).lower().replace("q", "k"))
    words = [_REPEATS.sub(r"\1", w.translate(_VOWELS)) for w in text.split()]
    return " ".join(sorted(w for w in words if w))


# Per name: its sorted Latin words, the same letters without spaces in written order (for
# "Ali Reza" and "Alireza"), and its consonant skeleton if it is written in Arabic script.
NameKeys = tuple[tuple[str, str, str], ...]


def person_names(given: str | None, family: str | None, native: str | None) -> tuple[str, ...]:
    """The names a person is matched on: the Latin name in full, the native-script name."""
    latin = " ".join(p for p in (given, family) if p)
    return tuple(n for n in (latin, native) if n)


def name_keys(names: tuple[str, ...]) -> NameKeys:
    """What :func:`names_match` compares, computed once per person."""
    return tuple(name_key(name) for name in names)


@lru_cache(maxsize=100_000)
def person_keys(given: str | None, family: str | None, native: str | None) -> NameKeys:
    """A person's name keys, cached: a list's rows and the persons born on the same days
    as them share few distinct names, so each is worked out once per import."""
    return name_keys(person_names(given, family, native))


@lru_cache(maxsize=100_000)
def name_key(name: str) -> tuple[str, str, str]:
    """Cached, so that the many persons of a list who share a name share its keys."""
    folded = fast_fold(name)  # already lower case
    latin = folded if folded.isascii() else anyascii(folded).lower()
    skeleton = name_skeleton(name) if arabic(name) else ""
    return " ".join(sorted(latin.split())), latin.replace(" ", ""), skeleton


def names_match(a: NameKeys, b: NameKeys) -> bool:
    """True when any name of one person is close to any name of the other. Skeletons are
    compared only across scripts (Arabic against Latin or Arabic): between two Latin names
    they would make "Ahmad" and "Hamid" the same."""
    for left_key, left_compact, left_skeleton in a:
        for right_key, right_compact, right_skeleton in b:
            if (
                fuzz.ratio(left_key, right_key) >= NAME_SCORE
                or fuzz.ratio(left_compact, right_compact) >= NAME_SCORE
            ):
                return True
            if not (left_skeleton or right_skeleton):
                continue
            left = left_skeleton or name_skeleton(left_key)
            right = right_skeleton or name_skeleton(right_key)
            if min(len(left), len(right)) >= 4 and fuzz.ratio(left, right) >= NAME_SCORE:
                return True
    return False


@dataclass(frozen=True, slots=True)
class Match:
    """``ref`` > 0 is a person id in the database; ``ref`` < 0 is ``-row`` of this file."""

    ref: int
    reason: str


class DuplicateIndex:
    """Keys of persons known so far. An import keeps one for the rows it has not written yet
    (and for merged rows, whose keys the database may not hold); the persons in the database
    are looked up chunk by chunk into another, so memory does not grow with the database."""

    # Every row of a list is looked up in three of them: their fields are read fastest so.
    __slots__ = ("phones", "emails", "documents", "by_birth", "by_household", "by_name",
                 "track_names")  # fmt: skip

    def __init__(self, track_names: bool = True) -> None:
        self.phones: dict[str, int] = {}
        self.emails: dict[str, int] = {}
        self.documents: dict[str, int] = {}
        self.by_birth: dict[date, list[tuple[int, NameKeys]]] = defaultdict(list)
        self.by_household: dict[str, list[tuple[int, NameKeys]]] = defaultdict(list)
        self.by_name: dict[str, int] = {}
        # Names alone are rarely a row's only key: an import fills ``by_name`` only once a
        # list has such a row.
        self.track_names = track_names

    def add(
        self,
        ref: int,
        keys: NameKeys,
        phones: list[str],
        email: str | None,
        documents: list[str],
        date_of_birth: date | None,
        household: str | None = None,
        document_keys: list[str] | None = None,
    ) -> None:
        """``document_keys``: ``fast_alnum_key`` of each document, if already known."""
        for number in phones:
            self.phones.setdefault(number, ref)
        if email:
            self.emails.setdefault(email, ref)
        if document_keys is None:
            document_keys = [fast_alnum_key(d) for d in documents]
        for key in document_keys:
            if key:
                self.documents.setdefault(key, ref)
        if keys and date_of_birth:
            self.by_birth[date_of_birth].append((ref, keys))
        if keys and household:
            self.by_household[fold(household)].append((ref, keys))
        if self.track_names:
            self.add_names(ref, keys)

    def add_names(self, ref: int, keys: NameKeys) -> None:
        for latin, _compact, _skeleton in keys:
            self.by_name.setdefault(latin, ref)

    def forget_rows(self) -> None:
        """Drop the keys that the database now holds (the rows just written); households and
        names, which it does not index, stay."""
        self.phones, self.emails, self.documents = {}, {}, {}
        self.by_birth = defaultdict(list)

    def find(
        self,
        keys: NameKeys,
        phones: list[str],
        email: str | None,
        documents: list[str],
        date_of_birth: date | None,
        household: str | None = None,
        document_keys: list[str] | None = None,
    ) -> list[Match]:
        """Every known person this one may be, strongest reason first, each once."""
        return find_in((self,), keys, phones, email, documents, date_of_birth, household,
                       document_keys)  # fmt: skip


def find_in(
    indexes: tuple[DuplicateIndex, ...],
    keys: NameKeys,
    phones: list[str],
    email: str | None,
    documents: list[str],
    date_of_birth: date | None,
    household: str | None = None,
    document_keys: list[str] | None = None,
) -> list[Match]:
    """Every person of these indexes this one may be, strongest reason first, each once;
    for a key known to several indexes, the first index that knows it answers."""
    found: dict[int, str] = {}
    for number in phones:
        for index in indexes:
            ref = index.phones.get(number)
            if ref is not None:
                found.setdefault(ref, f"same phone {number}")
                break
    if email:
        for index in indexes:
            if (ref := index.emails.get(email)) is not None:
                found.setdefault(ref, f"same e-mail {email}")
                break
    if document_keys is None:
        document_keys = [fast_alnum_key(d) for d in documents]
    for document, key in zip(documents, document_keys, strict=True):
        for index in indexes:
            ref = index.documents.get(key)
            if ref is not None:
                found.setdefault(ref, f"same document number {document}")
                break
    if keys and date_of_birth:
        for index in indexes:
            for ref, other in index.by_birth.get(date_of_birth, ()):
                if ref not in found and names_match(keys, other):
                    found[ref] = f"similar name, same date of birth {date_of_birth.isoformat()}"
    if keys and household:
        folded = fold(household)
        for index in indexes:
            for ref, other in index.by_household.get(folded, ()):
                if ref not in found and names_match(keys, other):
                    found[ref] = f"similar name, same household {household}"
    if not found and keys and not (phones or email or documents or date_of_birth):
        for latin, _compact, _skeleton in keys:
            ref = next((r for i in indexes if (r := i.by_name.get(latin)) is not None), None)
            if ref is not None:
                found[ref] = "same name, and no phone, e-mail, document or birth date"
                break
    return [Match(ref, reason) for ref, reason in found.items()]


class WrittenBirths:
    """The persons an import has written, by date of birth, for the rows after them to be
    compared with: most of the persons born on a chunk's days are the list's own, and reading
    them back from the database chunk after chunk was a sixth of an import. Bounded: past
    ``limit`` persons it forgets them all, and the caller reads them from the database again,
    up to :attr:`forgotten_up_to`."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self.forgotten_up_to = 0  # the highest person id forgotten so far
        self._by_day: dict[date, list[tuple[int, NameKeys]]] = {}
        self._count = 0
        # Each name's keys once: a list's rows share few names, and a row's keys come from
        # the normalising process, a new copy each.
        self._shared: dict[NameKeys, NameKeys] = {}

    def add(self, persons: Iterable[tuple[int, NameKeys, date | None]]) -> None:
        """Persons just written, as (id, name keys, date of birth), with ids ascending from
        one call to the next; a list's hundred thousand are added in one call each chunk."""
        by_day, shared = self._by_day, self._shared
        for person_id, keys, born in persons:
            if not (keys and born):
                continue
            if self._count >= self.limit:
                self._make_room()
            entry = (person_id, shared.setdefault(keys, keys))
            day = by_day.get(born)
            if day is None:
                by_day[born] = [entry]
            else:
                day.append(entry)
            self._count += 1

    def replace(
        self, person_id: int, was_born: date | None, keys: NameKeys, born: date | None
    ) -> None:
        """A merge has changed a written person's names or date of birth (``was_born``
        before it): only the new ones count from now on."""
        if self._count >= self.limit:
            self._make_room()
        if person_id <= self.forgotten_up_to:
            return  # read from the database, which holds the new ones
        if was_born in self._by_day:
            self._by_day[was_born] = [e for e in self._by_day[was_born] if e[0] != person_id]
        self.add(((person_id, keys, born),))
        if keys and born:
            self._by_day[born].sort(key=itemgetter(0))  # its entry was after later persons'

    def _make_room(self) -> None:
        written = (person_id for day in self._by_day.values() for person_id, _keys in day)
        self.forgotten_up_to = max(self.forgotten_up_to, max(written, default=0))
        self._by_day.clear()
        self._shared.clear()
        self._count = 0

    def born_on(self, born: date) -> list[tuple[int, NameKeys]] | None:
        """The persons born on ``born``, by ascending id (as the database answers): the list
        kept here, for reading only."""
        return self._by_day.get(born)
