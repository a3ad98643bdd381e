"""Legal statuses as people write them: categories and phrases, English and French, any case,
accents or not; values nobody can tell stay unmatched (reported, mapped by hand)."""

from __future__ import annotations

import pytest

from evactrack.domain.enums import LegalStatus
from evactrack.importing.legal_status import legal_status_for, value_key
from evactrack.importing.mapping import ColumnMapping

C = LegalStatus.CITIZEN
PR = LegalStatus.PERMANENT_RESIDENT
APPLICANT = LegalStatus.VISA_APPLICANT
HOLDER = LegalStatus.VISA_HOLDER
TCN = LegalStatus.THIRD_COUNTRY_NATIONAL
FAMILY = LegalStatus.FAMILY_MEMBER
UNKNOWN = LegalStatus.UNKNOWN

PHRASINGS = [
    # green card, LPR, permanent resident
    ("Green card", PR),
    ("GREEN CARD HOLDER", PR),
    ("greencard", PR),
    ("has a permanent resident card", PR),
    ("Lawful Permanent Resident (LPR)", PR),
    ("LPR", PR),
    ("permanent residence", PR),
    ("Carte verte", PR),
    ("titulaire de la carte verte", PR),
    ("Résident permanent", PR),
    ("RESIDENTE PERMANENTE", PR),
    ("carte de résident permanent", PR),
    # US citizens and passports
    ("US Citizen", C),
    ("U.S. citizen", C),
    ("american citizen", C),
    ("AmCit", C),
    ("USC", C),
    ("American passport", C),
    ("holds a US passport", C),
    ("Citoyen américain", C),
    ("citoyenne americaine", C),
    ("CITOYEN DES ÉTATS-UNIS", C),
    ("passeport américain", C),
    ("national", C),
    ("ressortissant", C),
    # spouse, child, parent of a citizen (or of anyone): family members
    ("spouse of an American citizen", FAMILY),
    ("Wife of US citizen", FAMILY),
    ("child of a green card holder", FAMILY),
    ("parent of a US citizen", FAMILY),
    ("Dependent", FAMILY),
    ("épouse d'un citoyen américain", FAMILY),
    ("EPOUX D'UNE CITOYENNE AMERICAINE", FAMILY),
    ("enfant de résident permanent", FAMILY),
    ("père d'un citoyen américain", FAMILY),
    ("femme d'un titulaire SIV", FAMILY),
    ("ayant droit", FAMILY),
    # SIV, P1/P2, refugees, asylum
    ("SIV applicant", APPLICANT),
    ("SIV", APPLICANT),
    ("siv pending", APPLICANT),
    ("Demandeur SIV", APPLICANT),
    ("demande de SIV en cours", APPLICANT),
    ("P1", APPLICANT),
    ("P-2", APPLICANT),
    ("P2 referral", APPLICANT),
    ("refugee", APPLICANT),
    ("Réfugié", APPLICANT),
    ("asylum seeker", APPLICANT),
    ("demandeuse d'asile", APPLICANT),
    ("green card application pending", APPLICANT),
    ("SIV approved, visa pending", APPLICANT),
    ("SIV holder", HOLDER),
    ("approved SIV", HOLDER),
    ("Visa issued", HOLDER),
    ("has an immigrant visa", HOLDER),
    ("titulaire d'un visa", HOLDER),
    ("visa délivré", HOLDER),
    # third-country nationals
    ("Third country national", TCN),
    ("TCN", TCN),
    ("ressortissant d'un pays tiers", TCN),
    ("third_country_national", TCN),
    # nobody knows
    ("unknown", UNKNOWN),
    ("Inconnu", UNKNOWN),
    ("N/A", UNKNOWN),
    ("?", UNKNOWN),
    ("à vérifier", UNKNOWN),
    ("not sure", UNKNOWN),
    # what cannot be told is left to the caseworker, never guessed
    ("Afghan citizen", None),
    ("citoyen afghan", None),
    ("not a US citizen", None),
    ("sans carte verte", None),
    ("non-citizen", None),
    ("Martian", None),
    ("interpreter", None),
    ("", None),
]


@pytest.mark.parametrize(("written", "status"), PHRASINGS)
def test_phrases_map_by_keywords_with_priority(written: str, status: LegalStatus | None) -> None:
    assert legal_status_for(written) is status


def test_the_table_covers_every_status_in_both_languages() -> None:
    assert len(PHRASINGS) >= 40
    assert {s for _w, s in PHRASINGS} == {*LegalStatus, None}


def test_values_compare_without_case_accents_or_punctuation() -> None:
    assert value_key("  Épouse d’un CITOYEN-américain! ") == "epouse d un citoyen americain"
    assert value_key("P-1") == "p 1"


def test_a_value_mapped_by_hand_wins_and_matches_its_variants() -> None:
    mapping = ColumnMapping(legal_statuses={"Afghan citizen": TCN, "SIV": HOLDER})
    assert mapping.legal_status_of("AFGHAN  citizen") is TCN
    assert mapping.legal_status_of("siv") is HOLDER
    assert mapping.legal_status_of("US citizen") is C
    assert mapping.legal_status_of("Martian") is None
