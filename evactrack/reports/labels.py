"""Report wording in English and French, following the application's language."""

from __future__ import annotations

import locale
import os
from enum import StrEnum

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
        "{count} persons, grouped by rendezvous point (or location where none); households "
        "kept together. Vulnerable persons are marked ! and shaded. Declined cases are not "
        "listed ({declined}).",
        "{count} personnes, regroupées par point de rendez-vous (ou par lieu à défaut) ; les "
        "foyers restent ensemble. Les personnes vulnérables sont marquées ! et grisées. Les "
        "dossiers refusés par l'intéressé ne sont pas listés ({declined}).",
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
    "persons_count": ("{count} persons", "{count} personnes"),
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
        "Total: {persons} persons in {households} households — boarded ____  refused ____",
        "Total : {persons} personnes dans {households} foyers — embarqués ____  refusés ____",
    ),
    "alone": ("Not in a household", "Hors foyer"),
    "identity": ("Identity", "Identité"),
    "sex": ("Sex", "Sexe"),
    "nationality": ("Nationality", "Nationalité"),
    "email": ("E-mail", "Courriel"),
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
}

_ENUM_FR: dict[str, str] = {
    # legal status
    "citizen": "Citoyen",
    "permanent_resident": "Résident permanent (carte verte)",
    "visa_applicant": "Demandeur de visa (ex. SIV)",
    "visa_holder": "Titulaire d'un visa",
    "third_country_national": "Ressortissant d'un pays tiers",
    "family_member": "Membre de famille",
    "unknown": "Inconnu",
    # case status
    "new": "Nouveau",
    "contacted": "Contacté",
    "verified": "Vérifié",
    "assigned": "Affecté à un mouvement",
    "in_transit": "En transit (escorté)",
    "at_airport": "À l'aéroport",
    "evacuated": "Évacué",
    "refused": "Refusé",
    "no_contact": "Sans contact",
    "declined": "Renonce (reste)",
    "self_evacuated": "Parti par ses moyens",
    "deferred": "Reporté",
    "duplicate": "Doublon",
    # sex
    "female": "Femme",
    "male": "Homme",
    "other": "Autre",
    # documents
    "passport": "Passeport",
    "tazkira": "Tazkira",
    "green_card": "Carte verte",
    "visa": "Visa",
    "a_number": "Numéro A",
    # vulnerability
    "medical": "Médical",
    "disability": "Handicap",
    "unaccompanied_child": "Enfant non accompagné",
    "elderly": "Personne âgée",
    "pregnant": "Enceinte",
    # movements and outcomes
    "planned": "Planifié",
    "assembling": "Rassemblement",
    "en_route": "En route",
    "arrived": "Arrivé",
    "aborted": "Annulé",
    "boarded": "Embarqué",
    "no_show": "Absent",
    "turned_back": "Refoulé",
    # refusal reasons
    "document_not_accepted": "Document non accepté",
    "not_on_list": "Absent de la liste",
    "family_member_not_eligible": "Membre de famille non éligible",
    "security_incident": "Incident de sécurité",
    # contacts
    "phone": "Téléphone",
    "sms": "SMS",
    "whatsapp": "WhatsApp",
    "signal": "Signal",
    "email": "Courriel",
    "in_person": "En personne",
    "reached": "Joint",
    "no_answer": "Pas de réponse",
    "wrong_number": "Mauvais numéro",
    "message_left": "Message laissé",
    "mobile": "Mobile",
    "home": "Domicile",
    "work": "Travail",
}

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

    def enum(self, member: StrEnum | None) -> str:
        if member is None:
            return ""
        if self.language == "fr":
            return _ENUM_FR.get(member.value, member.value.replace("_", " ").capitalize())
        if isinstance(member, LabelledEnum):
            return member.label
        return member.value.replace("_", " ").capitalize()

    def flag(self, value: str) -> str:
        return _FLAG_SHORT[value][self._index]
