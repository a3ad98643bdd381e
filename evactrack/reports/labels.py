"""Report wording in English and French.

The labels of the domain's enums and the words the interface shares with the reports
("Movement #12") are translated once, in the interface's translation sources
(resources/translations/evactrack_<lang>.ts): the reports read them from there, so a status
reads the same on screen and on paper. Only the wording of the reports themselves is here.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from enum import StrEnum
from functools import cache

from evactrack.config import resources_dir
from evactrack.domain.enums import LabelledEnum

LANGUAGES = ("en", "fr")

_TEXT: dict[str, tuple[str, str]] = {
    "daily_title": ("Daily status report", "Rapport de situation quotidien"),
    "manifest_title": ("Movement manifest", "Manifeste de mouvement"),
    "case_title": ("Case sheet", "Fiche de cas"),
    "sensitive": (
        "SENSITIVE — contains personal data",
        "SENSIBLE — contient des données personnelles",
    ),
    "redacted": ("REDACTED", "CAVIARDÉ"),
    "demo": ("DEMO — invented persons", "DEMO — personnes inventées"),
    "generated": ("Generated", "Généré le"),
    "site": ("Site", "Site"),
    "page_of": ("Page {page} of", "Page {page} sur"),
    "for_day": ("Day", "Jour"),
    "summary": ("Summary", "Synthèse"),
    "by_case_status": ("Persons by case status", "Personnes par statut de dossier"),
    "by_legal_status": ("Persons by legal status", "Personnes par statut juridique"),
    "count": ("Count", "Nombre"),
    "change": ("Since yesterday", "Depuis la veille"),
    "total": ("Total", "Total"),
    "eligible_remaining": (
        "Eligible persons still in the country (citizens, permanent residents and their "
        "family, not evacuated)",
        "Personnes éligibles encore dans le pays (citoyens, résidents permanents et leur "
        "famille, non évacués)",
    ),
    "evacuated_today": ("Evacuated today", "Évacués aujourd'hui"),
    "refusals_today": ("Refusals today", "Refus aujourd'hui"),
    "remaining_chart": (
        "Persons remaining at the end of each day (last 14 days)",
        "Personnes restantes en fin de journée (14 derniers jours)",
    ),
    "movements_today": ("Today's movements", "Mouvements du jour"),
    "movement": ("Movement", "Mouvement"),
    "rendezvous_point": ("Rendezvous point", "Point de rendez-vous"),
    "window": ("Window", "Créneau"),
    "escort_party": ("Escort party", "Escorte"),
    "status": ("Status", "Statut"),
    "expected": ("Expected", "Attendus"),
    "boarded": ("Boarded", "Embarqués"),
    "refused": ("Refused", "Refusés"),
    "no_show": ("No-show", "Absents"),
    "turned_back": ("Turned back", "Refoulés"),
    "none": ("None.", "Aucun."),
    "refusals_of_day": ("Refusals of the day", "Refus du jour"),
    "person": ("Person", "Personne"),
    "where": ("Where", "Lieu"),
    "by_whom": ("By whom", "Par qui"),
    "reason": ("Reason", "Motif"),
    "follow_up": ("Follow-up", "Suivi"),
    "time": ("Time", "Heure"),
    "to_evacuate": ("Persons still to evacuate", "Personnes restant à évacuer"),
    "to_evacuate_note": (
        "{persons}, grouped by rendezvous point (or location where none); households "
        "kept together. Vulnerable persons are marked ! and shaded. Declined cases are not "
        "listed ({declined}).",
        "{persons}, regroupées par point de rendez-vous (ou par lieu à défaut) ; les "
        "foyers restent ensemble. Les personnes vulnérables sont marquées ! et grisées. Les "
        "personnes qui renoncent (restent) ne sont pas listées ({declined}).",
    ),
    "no_point": ("No rendezvous point", "Sans point de rendez-vous"),
    "location": ("Location", "Lieu"),
    "unknown_location": ("Location unknown", "Lieu inconnu"),
    "name": ("Name", "Nom"),
    "native_name": ("Native script", "Écriture d'origine"),
    "legal_status": ("Legal status", "Statut juridique"),
    "case_status": ("Case status", "Statut du dossier"),
    "phone": ("Phone", "Téléphone"),
    "last_contact": ("Last contact", "Dernier contact"),
    "household": ("Household", "Foyer"),
    "vulnerable": ("Vulnerable", "Vulnérable"),
    "date_of_birth": ("Date of birth", "Date de naissance"),
    "document": ("Document", "Document"),
    "document_number": ("Document no.", "N° de document"),
    "capacity": ("Capacity", "Capacité"),
    "recognition_signal": ("Recognition signal", "Signe de reconnaissance"),
    "escort_contact": ("Escort contact", "Contact de l'escorte"),
    "boarded_refused": ("Boarded / Refused", "Embarqué / Refusé"),
    "check_in": ("Check-in", "Pointage"),
    "signature_line": (
        "Escort: name ____________________ signature ____________  "
        "Checkpoint: name ____________________ signature ____________",
        "Escorte : nom ____________________ signature ____________  "
        "Point de contrôle : nom ____________________ signature ____________",
    ),
    "manifest_total": (
        "Total: {persons} in {households} — boarded ____  refused ____",
        "Total : {persons} dans {households} — embarqués ____  refusés ____",
    ),
    "alone": ("Not in a household", "Hors foyer"),
    "gate_sheet_title": ("Gate sheet", "Feuille de porte"),
    "refused_or_turned_back": ("Refused / turned back", "Refusé / refoulé"),
    "gate_totals": (
        "{persons} on the manifest, capacity {capacity} — boarded ____  refused ____  "
        "turned back ____  no-show ____  Gate: name ______________ signature __________",
        "{persons} au manifeste, capacité {capacity} — embarqués ____  refusés ____  "
        "refoulés ____  absents ____  Porte : nom ______________ signature __________",
    ),
    "identity": ("Identity", "Identité"),
    "sex": ("Sex", "Sexe"),
    "nationality": ("Nationality", "Nationalité"),
    "email": ("E-mail", "E-mail"),
    "phones": ("Phones", "Téléphones"),
    "not_valid_number": ("not a valid number", "numéro non valide"),
    "not_valid_short": ("not valid", "invalide"),
    "documents": ("Documents", "Documents"),
    "type": ("Type", "Type"),
    "number": ("Number", "Numéro"),
    "issuing_country": ("Issued by", "Délivré par"),
    "expiry": ("Expiry", "Expiration"),
    "notes": ("Notes", "Notes"),
    "contact_log": ("Contact log", "Journal des contacts"),
    "channel": ("Channel", "Canal"),
    "outcome": ("Outcome", "Résultat"),
    "note": ("Note", "Note"),
    "refusals": ("Refusals", "Refus"),
    "resolution": ("Resolution", "Résolution"),
    "status_history": ("Status history", "Historique des statuts"),
    "from": ("From", "De"),
    "to": ("To", "À"),
    "principal": ("principal", "référent"),
    "members": ("Members", "Membres"),
    "yes": ("yes", "oui"),
    "person_id": ("Person #{id}", "Personne n° {id}"),
    "continued": ("{title} (continued)", "{title} (suite)"),
    "legend": ("Legend", "Légende"),
    "legend_vulnerable": ("vulnerable", "vulnérable"),
}

# Counted words: (one, other) per language. French uses the singular for 0 and 1.
_COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "persons": (("{n} person", "{n} persons"), ("{n} personne", "{n} personnes")),
    "households": (("{n} household", "{n} households"), ("{n} foyer", "{n} foyers")),
}

# What the reports take from the interface's translations, by the interface's source text.
_SHARED = {"movement_no": ("MovementTableModel", "Movement #%1")}

# Short marks for the vulnerability flags in crowded tables.
_FLAG_SHORT: dict[str, tuple[str, str]] = {
    "medical": ("MED", "MÉD"),
    "disability": ("DIS", "HAND"),
    "unaccompanied_child": ("CHILD", "ENF"),
    "elderly": ("OLD", "ÂGÉ"),
    "pregnant": ("PREG", "ENC"),
}


def default_language() -> str:
    """The language of the caseworker's environment, English unless it is French."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    code = locale.getlocale()[0] or ""
    return "fr" if code.lower().startswith("fr") else "en"


class Labels:
    """The words of one report in one language."""

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language '{language}' (use en or fr)")
        self.language = language
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **values: object) -> str:
        text = _TEXT[key][self._index]
        return text.format(**values) if values else text

    def colon(self, key: str) -> str:
        """ "Legend: " / "Légende : " (French puts a space before the colon)."""
        return self(key) + (" : " if self.language == "fr" else ": ")

    def count(self, key: str, n: int) -> str:
        """ "1 person", "2 persons"; "0 personne", "2 personnes"."""
        one, other = _COUNTED[key][self._index]
        singular = n == 1 if self.language == "en" else abs(n) < 2
        return (one if singular else other).format(n=n)

    def enum(self, member: StrEnum | None) -> str:
        """The enum's label as the interface shows it in this language."""
        if member is None:
            return ""
        english = (
            member.label
            if isinstance(member, LabelledEnum)
            else member.value.replace("_", " ").capitalize()
        )
        return translations(self.language, "Labels").get(english, english)

    def movement(self, movement_id: int) -> str:
        """ "Movement #12" as the interface writes it."""
        context, source = _SHARED["movement_no"]
        text = translations(self.language, context).get(source, source)
        return text.replace("%1", str(movement_id))

    def flag(self, value: str) -> str:
        return _FLAG_SHORT[value][self._index]


@cache
def translations(language: str, context: str) -> dict[str, str]:
    """The finished translations of one context of the interface's .ts file, by source text;
    empty for English, the source language."""
    if language == "en":
        return {}
    path = resources_dir() / "translations" / f"evactrack_{language}.ts"
    words: dict[str, str] = {}
    for element in ET.parse(path).getroot().findall("context"):
        if element.findtext("name") != context:
            continue
        for message in element.findall("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if (
                source is not None
                and translation is not None
                and translation.text
                and translation.get("type") is None
            ):
                words[source] = translation.text
    return words
