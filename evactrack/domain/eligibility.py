"""Who is eligible for evacuation, and why a family member follows the principal."""

from __future__ import annotations

from evactrack.domain.enums import ELIGIBLE_LEGAL_STATUSES, LegalStatus


def is_eligible(legal_status: LegalStatus, principal_status: LegalStatus | None = None) -> bool:
    """Citizens and permanent residents are eligible; a family member is eligible with an
    eligible principal of their household."""
    if legal_status in ELIGIBLE_LEGAL_STATUSES:
        return True
    if legal_status is LegalStatus.FAMILY_MEMBER and principal_status is not None:
        return principal_status in ELIGIBLE_LEGAL_STATUSES
    return False
