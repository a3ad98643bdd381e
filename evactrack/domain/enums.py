"""The enumerations of the domain.

Enum *values* are the stable contract (stored in the database, written in CSV and JSON);
*labels* are what a caseworker reads and go through translation.
"""

from __future__ import annotations

from enum import StrEnum


def _tr(text: str) -> str:
    """Mark a label for translation; the UI layer translates it when it shows it."""
    return text


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a human label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())


class LegalStatus(LabelledEnum):
    CITIZEN = "citizen"
    PERMANENT_RESIDENT = "permanent_resident"
    VISA_APPLICANT = "visa_applicant"
    VISA_HOLDER = "visa_holder"
    THIRD_COUNTRY_NATIONAL = "third_country_national"
    FAMILY_MEMBER = "family_member"
    UNKNOWN = "unknown"


class CaseStatus(LabelledEnum):
    NEW = "new"
    CONTACTED = "contacted"
    VERIFIED = "verified"
    ASSIGNED = "assigned"
    IN_TRANSIT = "in_transit"
    AT_AIRPORT = "at_airport"
    EVACUATED = "evacuated"
    REFUSED = "refused"
    NO_CONTACT = "no_contact"
    DECLINED = "declined"
    SELF_EVACUATED = "self_evacuated"
    DEFERRED = "deferred"
    DUPLICATE = "duplicate"


class Sex(LabelledEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class WishesToLeave(LabelledEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class DocumentType(LabelledEnum):
    PASSPORT = "passport"
    TAZKIRA = "tazkira"
    GREEN_CARD = "green_card"
    VISA = "visa"
    A_NUMBER = "a_number"
    OTHER = "other"


class PhoneLabel(LabelledEnum):
    MOBILE = "mobile"
    WHATSAPP = "whatsapp"
    SIGNAL = "signal"
    HOME = "home"
    WORK = "work"
    OTHER = "other"


class VulnerabilityFlag(LabelledEnum):
    MEDICAL = "medical"
    DISABILITY = "disability"
    UNACCOMPANIED_CHILD = "unaccompanied_child"
    ELDERLY = "elderly"
    PREGNANT = "pregnant"


class MovementStatus(LabelledEnum):
    PLANNED = "planned"
    ASSEMBLING = "assembling"
    EN_ROUTE = "en_route"
    ARRIVED = "arrived"
    ABORTED = "aborted"


class ManifestOutcome(LabelledEnum):
    BOARDED = "boarded"
    NO_SHOW = "no_show"
    REFUSED = "refused"
    TURNED_BACK = "turned_back"


class RefusalReason(LabelledEnum):
    DOCUMENT_NOT_ACCEPTED = "document_not_accepted"
    NOT_ON_LIST = "not_on_list"
    FAMILY_MEMBER_NOT_ELIGIBLE = "family_member_not_eligible"
    SECURITY_INCIDENT = "security_incident"
    OTHER = "other"


class ContactChannel(LabelledEnum):
    PHONE = "phone"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    SIGNAL = "signal"
    EMAIL = "email"
    IN_PERSON = "in_person"


class ContactOutcome(LabelledEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    MESSAGE_LEFT = "message_left"


class Role(LabelledEnum):
    ADMIN = "admin"
    CASEWORKER = "caseworker"
    VIEWER = "viewer"


class PhoneProblem(LabelledEnum):
    """Why a text cannot be a phone number at all (a number that merely fails the
    country's rules is kept, marked not valid)."""

    NO_DIGITS = "no_digits"
    LETTERS = "letters"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    UNKNOWN_COUNTRY_CODE = "unknown_country_code"


class AuditAction(LabelledEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    TRANSITION = "transition"
    MERGE = "merge"
    VIEW = "view"  # a case opened
    EXPORT = "export"
    PRINT = "print"
    RESTORE = "restore"
    DISPOSE = "dispose"  # closed cases purged after the retention period
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCK = "lock"  # an account locked after failed logins, or a window locked
    UNLOCK = "unlock"


_LABELS: dict[StrEnum, str] = {
    Role.ADMIN: _tr("Administrator"),
    Role.CASEWORKER: _tr("Caseworker"),
    Role.VIEWER: _tr("Viewer"),
    LegalStatus.CITIZEN: _tr("Citizen"),
    LegalStatus.PERMANENT_RESIDENT: _tr("Permanent resident (green card)"),
    LegalStatus.VISA_APPLICANT: _tr("Visa applicant (e.g. SIV)"),
    LegalStatus.VISA_HOLDER: _tr("Visa holder"),
    LegalStatus.THIRD_COUNTRY_NATIONAL: _tr("Third-country national"),
    LegalStatus.FAMILY_MEMBER: _tr("Family member"),
    LegalStatus.UNKNOWN: _tr("Unknown"),
    CaseStatus.NEW: _tr("New"),
    CaseStatus.CONTACTED: _tr("Contacted"),
    CaseStatus.VERIFIED: _tr("Verified"),
    CaseStatus.ASSIGNED: _tr("Assigned to a movement"),
    CaseStatus.IN_TRANSIT: _tr("In transit (escorted)"),
    CaseStatus.AT_AIRPORT: _tr("At the airport"),
    CaseStatus.EVACUATED: _tr("Evacuated"),
    CaseStatus.REFUSED: _tr("Refused"),
    CaseStatus.NO_CONTACT: _tr("No contact"),
    CaseStatus.DECLINED: _tr("Declined (stays)"),
    CaseStatus.SELF_EVACUATED: _tr("Self-evacuated"),
    CaseStatus.DEFERRED: _tr("Deferred"),
    CaseStatus.DUPLICATE: _tr("Duplicate"),
    DocumentType.TAZKIRA: _tr("Tazkira"),
    DocumentType.GREEN_CARD: _tr("Green card"),
    DocumentType.A_NUMBER: _tr("A-number"),
    PhoneLabel.WHATSAPP: _tr("WhatsApp"),
    ContactChannel.SMS: _tr("SMS"),
    ContactChannel.WHATSAPP: _tr("WhatsApp"),
    ContactChannel.EMAIL: _tr("E-mail"),
    MovementStatus.EN_ROUTE: _tr("En route"),
    PhoneProblem.NO_DIGITS: _tr("it has no digits"),
    PhoneProblem.LETTERS: _tr("it contains letters"),
    PhoneProblem.TOO_SHORT: _tr("it has too few digits"),
    PhoneProblem.TOO_LONG: _tr("it has too many digits"),
    PhoneProblem.UNKNOWN_COUNTRY_CODE: _tr("no country has its calling code"),
}

# Statuses in which a person is no longer in the country (or no longer a case).
GONE_STATUSES: frozenset[CaseStatus] = frozenset(
    {CaseStatus.EVACUATED, CaseStatus.SELF_EVACUATED, CaseStatus.DUPLICATE}
)

# Legal statuses whose holders the officials count as "eligible persons".
ELIGIBLE_LEGAL_STATUSES: frozenset[LegalStatus] = frozenset(
    {LegalStatus.CITIZEN, LegalStatus.PERMANENT_RESIDENT}
)
