"""Legal statuses as lists write them: category words ("LPR", "SIV") and phrases ("has a
permanent resident card", "épouse d'un citoyen américain"), in English and French, in any
case, with or without accents.

A value is read by keywords, the first rule that matches wins, in this order:

1. a family tie ("spouse of…", "enfant de…", "dependent"): the person is a family member,
   whatever the status of the relative named;
2. a third-country national;
3. an application under way ("applicant", "pending", "demande", "en cours"): visa applicant;
4. a visa or SIV granted ("SIV holder", "visa approved", "titulaire d'un visa"): visa holder;
5. permanent residence (green card, LPR, "carte verte");
6. a programme still to go through (SIV, P1/P2, refugee, asylum, a bare "visa"): visa
   applicant;
7. citizenship or a US passport;
8. words that say nobody knows ("unknown", "?", "à vérifier").

A value with a negation ("not a citizen", "sans carte verte") or no keyword is not matched:
the import reports it and the caseworker maps it by hand; nothing is guessed.
"""

from __future__ import annotations

import re

from evactrack.domain.enums import LegalStatus
from evactrack.domain.names import fold


def value_key(text: str) -> str:
    """A value compared without case, accents, punctuation or spacing ("Green-Card!" is
    "green card"); digits stay, so that "P-1" is "p 1"."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())


def _words(*phrases: str) -> re.Pattern[str]:
    """Any of the phrases as whole words of a :func:`value_key`."""
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")


_NEGATION = _words("not", "no", "non", "never", "without", "pas", "sans", "jamais", "aucun")
# "Afghan citizen" is no US citizen: a citizenship of another country is left to the caseworker.
_OTHER_COUNTRY = _words(
    "afghan[ae]?",
    "afghanistan",
    "pakistan(?:i|ais|aise)?",
    "iran(?:ian|ien|ienne)?",
    "tajik(?:istan)?",
    "uzbek(?:istan)?",
    "turkmen(?:istan)?",
    "ind(?:ian|ien|ienne)",
)
_UNKNOWN = _words("unknown", "inconnue?", "n a", "na", "tbd", "unsure", "not sure", "a verifier")
# (status, every pattern that must match, patterns that must not), by priority.
_RULES: tuple[tuple[LegalStatus, tuple[re.Pattern[str], ...], re.Pattern[str] | None], ...] = (
    (
        LegalStatus.FAMILY_MEMBER,
        (
            _words(
                "spouses?",
                "wife",
                "wives",
                "husbands?",
                "child(?:ren)?",
                "sons?",
                "daughters?",
                "parents?",
                "mother",
                "father",
                "brother",
                "sister",
                "depend[ae]nts?",
                "family(?: member)?",
                "relatives?",
                "fiancee?",
                "epou(?:x|se)",
                "conjointe?",
                "mari",
                "femme d",
                "enfants?",
                "fils",
                "filles?",
                "pere",
                "mere",
                "frere",
                "soeur",
                "ayants? droit",
                "famille",
            ),
        ),
        None,
    ),
    (
        LegalStatus.THIRD_COUNTRY_NATIONAL,
        (_words("third country(?: nationals?)?", "tcn", "pays tiers"),),
        None,
    ),
    (
        LegalStatus.VISA_APPLICANT,
        (
            _words(
                "applicants?",
                "application",
                "applying",
                "applied",
                "pending",
                "in process",
                "in progress",
                "waiting",
                "demandeu(?:r|se)",
                "demandee?",
                "candidate?",
                "en cours",
                "en attente",
            ),
        ),
        None,
    ),
    (
        LegalStatus.VISA_HOLDER,
        (
            _words("visas?", "siv"),
            _words(
                "holder",
                "approved",
                "issued",
                "granted",
                "received",
                "stamped",
                "has",
                "have",
                "with",
                "titulaire",
                "delivree?",
                "obtenue?",
                "accordee?",
                "approuvee?",
                "recue?",
                "a un",
                "avec",
                "possede",
            ),
        ),
        None,
    ),
    (
        LegalStatus.PERMANENT_RESIDENT,
        (
            _words(
                "green ?cards?",
                "gc",
                "lpr",
                "permanent residen(?:t|ts|ce|cy)",
                "carte verte",
                "residente? permanente?",
                "residence permanente",
            ),
        ),
        None,
    ),
    (
        LegalStatus.VISA_APPLICANT,
        (_words("siv", "p ?[12]", "refugees?", "refugiee?", "asylum", "asile", "visas?"),),
        None,
    ),
    (
        LegalStatus.CITIZEN,
        (
            _words(
                "citizens?",
                "citizenship",
                "usc",
                "amcit",
                "americaine?",
                "americans?",
                "citoyen(?:ne)?",
                "us national",
                "us passport",
                "etats unis",
            ),
        ),
        _OTHER_COUNTRY,
    ),
    (LegalStatus.UNKNOWN, (_UNKNOWN,), None),
)
# Whole values that mean a status: its own value and label, and one-word labels of old lists.
_WHOLE = (
    {value_key(s.value): s for s in LegalStatus}
    | {value_key(s.label): s for s in LegalStatus}
    | {"national": LegalStatus.CITIZEN, "ressortissant": LegalStatus.CITIZEN}
    | {"ressortissante": LegalStatus.CITIZEN}
)


def legal_status_for(text: str) -> LegalStatus | None:
    """The legal status a value means, or ``None`` when it cannot be told."""
    key = value_key(text)
    if not key:
        return LegalStatus.UNKNOWN if "?" in text else None
    if key in _WHOLE:
        return _WHOLE[key]
    if _UNKNOWN.fullmatch(key):
        return LegalStatus.UNKNOWN
    if _NEGATION.search(key):
        return None
    for status, needed, excluded in _RULES:
        if all(p.search(key) for p in needed) and not (excluded and excluded.search(key)):
            return status
    return None
