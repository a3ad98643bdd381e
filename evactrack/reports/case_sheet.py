"""The case sheet: one person, their household, documents, contacts, refusals and history."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from evactrack.domain.phones import mark_validity
from evactrack.domain.redaction import shown_name, shown_note, shown_number
from evactrack.reports import fonts
from evactrack.reports.labels import Labels
from evactrack.reports.template import PORTRAIT, ReportPage
from evactrack.services.report_data import CaseSheetData


def build_case_sheet(data: CaseSheetData, *, language: str = "en", redact: bool = False) -> bytes:
    """The case sheet of one person as PDF bytes."""
    labels = Labels(language)
    person = data.person
    info = person.data
    name = shown_name(person.name, redact)
    page = ReportPage(
        f"{labels('case_title')} — {labels('person_id', id=person.id)}",
        data.header,
        labels,
        redact,
        PORTRAIT,
    )
    width = page.frame_width
    dob = (
        info.date_of_birth.isoformat()
        if info.date_of_birth
        else (str(info.birth_year) if info.birth_year else "")
    )
    identity_rows: list[list[str | None]] = [
        [labels("native_name"), shown_name(info.native_name, redact)],
        [labels("date_of_birth"), dob],
        [labels("sex"), labels.enum(info.sex)],
        [labels("nationality"), info.nationality],
        [labels("legal_status"), labels.enum(info.legal_status)],
        [labels("case_status"), labels.enum(person.status)],
        [labels("rendezvous_point"), data.rendezvous_point],
        [labels("location"), info.location],
        [labels("last_contact"), page.local(person.last_contact_at)],
        [
            labels("vulnerable"),
            ", ".join(labels.enum(flag) for flag in sorted(info.flags, key=str)),
        ],
    ]
    if not redact:
        identity_rows.append([labels("email"), info.email])
    story: list[Flowable] = [
        page.table(
            [labels("name"), name],
            identity_rows,
            [45 * mm, width - 45 * mm],
            [("FONTNAME", (0, 1), (0, -1), fonts.LATIN_BOLD)],
            font_size=9,
        ),
        page.heading(labels("phones")),
    ]
    if person.phones:
        story.append(
            page.table(
                [labels("phone"), labels("type")],
                [
                    [
                        mark_validity(
                            shown_number(p.number, redact), p.valid, labels("not_valid_number")
                        ),
                        labels.enum(p.label),
                    ]
                    for p in person.phones
                ],
                [60 * mm, width - 60 * mm],
            )
        )
    else:
        story.append(page.none())
    story.append(page.heading(labels("documents")))
    if info.documents:
        story.append(
            page.table(
                [labels("type"), labels("number"), labels("issuing_country"), labels("expiry")],
                [
                    [
                        labels.enum(d.doc_type),
                        shown_number(d.number, redact),
                        d.issuing_country,
                        d.expiry.isoformat() if d.expiry else "",
                    ]
                    for d in info.documents
                ],
                [40 * mm, 55 * mm, 45 * mm, width - 140 * mm],
            )
        )
    else:
        story.append(page.none())
    story.append(page.heading(labels("household")))
    if data.household is not None:
        household = data.household
        title = f"#{household.id}" + (f" — {household.name}" if household.name else "")
        story.append(page.para(title, page.styles.subheading))
        story.append(
            page.table(
                [
                    "#",
                    labels("name"),
                    labels("native_name"),
                    labels("legal_status"),
                    labels("case_status"),
                ],
                [
                    [
                        str(m.person_id),
                        shown_name(m.name, redact)
                        + (f" ({labels('principal')})" if m.is_principal else ""),
                        shown_name(m.native_name, redact),
                        labels.enum(m.legal_status),
                        labels.enum(m.status),
                    ]
                    for m in household.members
                ],
                [14 * mm, 50 * mm, 40 * mm, 45 * mm, width - 149 * mm],
            )
        )
    else:
        story.append(page.para(labels("alone")))
    story.append(CondPageBreak(30 * mm))
    if data.contacts:
        story += page.section(
            labels("contact_log"),
            [
                page.table(
                    [labels("time"), labels("channel"), labels("outcome"), labels("note")],
                    [
                        [
                            page.local(c.occurred_at),
                            labels.enum(c.channel),
                            labels.enum(c.outcome),
                            shown_note(c.note, redact),
                        ]
                        for c in data.contacts
                    ],
                    [32 * mm, 28 * mm, 32 * mm, width - 92 * mm],
                )
            ],
        )
    else:
        story += [page.heading(labels("contact_log")), page.none()]
    story.append(CondPageBreak(30 * mm))
    if data.refusals:
        story += page.section(
            labels("refusals"),
            [
                page.table(
                    [
                        labels("time"),
                        labels("where"),
                        labels("by_whom"),
                        labels("reason"),
                        labels("follow_up"),
                    ],
                    [
                        [
                            page.local(r.occurred_at),
                            r.where,
                            r.refused_by,
                            labels.enum(r.reason),
                            shown_note(r.follow_up, redact),
                        ]
                        for r in data.refusals
                    ],
                    [30 * mm, 40 * mm, 30 * mm, 40 * mm, width - 140 * mm],
                )
            ],
        )
    else:
        story += [page.heading(labels("refusals")), page.none()]
    story.append(CondPageBreak(30 * mm))
    story += page.section(
        labels("status_history"),
        [
            page.table(
                [labels("time"), labels("from"), labels("to"), labels("reason")],
                [
                    [
                        page.local(h.changed_at),
                        labels.enum(h.from_status),
                        labels.enum(h.to_status),
                        shown_note(h.reason, redact),
                    ]
                    for h in data.status_history
                ],
                [32 * mm, 40 * mm, 40 * mm, width - 112 * mm],
            )
        ],
    )
    if info.notes and not redact:
        story += [page.heading(labels("notes")), page.para(info.notes)]
    return page.build(story)
