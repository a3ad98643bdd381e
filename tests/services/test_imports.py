"""The import use case on SQLite and PostgreSQL: preview, run, duplicates, merge, undo."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from evactrack.db.models import (
    AuditEvent,
    IdentityDocument,
    ImportBatch,
    ImportChange,
    Person,
    PhoneNumber,
    StatusChange,
)
from evactrack.domain.enums import AuditAction, CaseStatus, LegalStatus
from evactrack.domain.errors import OperationCancelled, ValidationError
from evactrack.importing import pipeline
from evactrack.importing.duplicates import WrittenBirths
from evactrack.importing.mapping import ColumnMapping
from evactrack.services import audit, case_status, import_errors, imports, persons, search
from evactrack.services.context import Context
from evactrack.services.imports import ImportOptions, OnDuplicate
from tests.conftest import account
from tests.factories import make_person

DATA = Path(__file__).parents[1] / "data" / "import"
TABLES = (Person, PhoneNumber, IdentityDocument, StatusChange, AuditEvent, ImportBatch,
          ImportChange)  # fmt: skip


def counts(ctx: Context) -> dict[str, int]:
    with ctx.db.reading() as session:
        return {
            m.__tablename__: session.scalar(select(func.count()).select_from(m)) or 0
            for m in TABLES
        }


def write(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_excel_list_is_imported_normalised_audited_and_recorded(ctx: Context) -> None:
    result = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    assert (result.created, result.merged, result.skipped, result.rejected) == (4, 0, 0, 1)
    assert [i.row for i in result.issues if i.rejected] == [5]
    [ahmad] = search.search(ctx, "rahimi")
    detail = persons.get_person(ctx, ahmad.id)
    assert detail.data.email == "ahmad.rahimi@example.org"
    assert detail.data.legal_status is LegalStatus.CITIZEN
    assert [p.number for p in detail.phones] == ["+93701234567"]
    assert detail.data.documents[0].number == "P1234567"
    assert detail.data.notes == "Interpreter, 2009-2014"
    [hamid] = search.search(ctx, "noori")
    # "03/25/1985" in the same file settles the order: 07/04/1979 is July 4th.
    assert persons.get_person(ctx, hamid.id).data.date_of_birth == date(1979, 7, 4)
    assert case_status.status_history(ctx, ahmad.id)[0].to_status is CaseStatus.NEW
    assert audit.history(ctx, "person", ahmad.id)[0].action is AuditAction.CREATE
    [batch] = imports.list_batches(ctx)
    assert (batch.id, batch.file_name, batch.username) == (result.batch_id, "excel_en_utf8.csv",
                                                           "tester")  # fmt: skip
    assert (batch.created, batch.rejected) == (4, 1)
    assert batch.sha256 == imports.file_sha256(DATA / "excel_en_utf8.csv")


@pytest.mark.parametrize(
    ("name", "options", "expected"),
    [
        ("excel_fr_cp1252.csv", ImportOptions(), "Hélène Dupré"),
        ("unicode_text_utf16.txt", ImportOptions(), "Mohammad Rahimi"),
        ("contacts.xlsx", ImportOptions(sheet="Famille"), "Mariam Haidari"),
        ("google_contacts_new.csv", ImportOptions(), "Wahid Ullah Safi"),
        ("google_contacts_old.csv", ImportOptions(), "Laila Ahmadzai"),
        ("outlook.csv", ImportOptions(), "Rahim Jan"),
        ("pipe_quoted.csv", ImportOptions(), "Ali Hakimi"),
    ],
)
def test_every_fixture_format_imports(
    ctx: Context, name: str, options: ImportOptions, expected: str
) -> None:
    result = imports.run_import(ctx, DATA / name, options)
    assert result.created >= 1 and result.rejected == 0
    assert expected in [p.name for p in search.search(ctx, expected.split()[-1])]


def test_native_script_only_row_and_several_phones(ctx: Context) -> None:
    imports.run_import(ctx, DATA / "unicode_text_utf16.txt")
    [fatima] = search.search(ctx, "فاطمه")
    assert fatima.native_name == "فاطمه احمدی" and fatima.legal_status is LegalStatus.FAMILY_MEMBER
    imports.run_import(ctx, DATA / "google_contacts_old.csv")
    [laila] = search.search(ctx, "laila")
    assert [p.number for p in persons.get_person(ctx, laila.id).phones] == [
        "+93704000111",
        "+93704000222",
    ]


def test_a_phone_that_cannot_be_a_number_is_a_row_error_and_the_person_is_still_created(
    ctx: Context, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "Name,Phone,Date of birth,Location,E-mail\n"
        "Ahmad Rahimi,pas de téléphone,1980-03-01,Kabul,ahmad@example.org\n"
        "Laila Ahmadzai,0701234567,1990-05-02,Herat,\n",
    )
    result = imports.run_import(ctx, path)
    assert (result.created, result.rejected) == (2, 0)
    [error] = [i for i in result.issues if i.row == 2]
    assert (error.column, error.rejected) == ("Phone", False)
    assert "'pas de téléphone' is not a phone number: it has no digits" in error.message
    assert result.as_json()["errors"][0]["row"] == 2
    [ahmad] = search.search(ctx, "ahmad rahimi")
    stored = persons.get_person(ctx, ahmad.id)
    assert stored.phones == ()
    assert stored.data.date_of_birth == date(1980, 3, 1)
    assert (stored.data.location, stored.data.email) == ("Kabul", "ahmad@example.org")
    assert stored.data.notes == "Phone: pas de téléphone", "nothing lost"


def test_dry_run_reports_exactly_and_changes_nothing(ctx: Context) -> None:
    before = counts(ctx)
    preview = imports.preview_import(ctx, DATA / "excel_en_utf8.csv")
    assert counts(ctx) == before
    assert preview.batch_id is None and preview.dry_run
    assert [a.action for a in preview.actions] == ["create"] * 3 + ["reject", "create"]
    real = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    assert (real.created, real.rejected) == (preview.created, preview.rejected)


def test_reimporting_the_same_file_creates_nobody(ctx: Context) -> None:
    first = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    again = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    assert again.created == 0 and again.skipped == first.created
    assert again.already_imported == [first.batch_id]
    merged = imports.run_import(ctx, DATA / "excel_en_utf8.csv",
                                ImportOptions(on_duplicate=OnDuplicate.MERGE))  # fmt: skip
    assert merged.created == 0 and merged.merged == first.created
    with ctx.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ImportChange)) == 0


@pytest.mark.parametrize(
    ("text", "counts", "duplicates"),
    [
        (
            "Name,Phone,Birthday\n"
            "Mohammad Rahimi,0701234567,1990-01-01\n"
            "RAHIMI Muhammad,,1990-01-01\n"
            "Other Person,+93 70 123 4567,\n",
            (1, 2),
            [(3, 2, "Mohammad Rahimi"), (4, 2, "Mohammad Rahimi")],
        ),
        # Rows of one chunk sharing only an e-mail, or only a document number.
        (
            "Name,Phone,E-mail,Passport\n"
            "Ahmad Rahimi,0701234567,family@example.org,\n"
            "Zahra Karimi,0709876543,FAMILY@example.org,\n"
            "Omar Haidari,0702223344,,P1234567\n"
            "Laila Noori,0705556677,,P1234567\n",
            (2, 2),
            [(3, 2, "Ahmad Rahimi"), (5, 4, "Omar Haidari")],
        ),
    ],
    ids=["name-birth-phone", "email-document"],
)
def test_duplicates_within_the_file(
    ctx: Context,
    tmp_path: Path,
    text: str,
    counts: tuple[int, int],
    duplicates: list[tuple[int, int, str]],
) -> None:
    result = imports.run_import(ctx, write(tmp_path, text))
    assert (result.created, result.skipped) == counts
    assert [(g.row, g.matches[0].row, g.matches[0].name) for g in result.duplicates] == duplicates


def test_merge_keeps_everything_and_undo_restores_it_exactly(ctx: Context, tmp_path: Path) -> None:
    existing = make_person(ctx, "Ahmad", "Rahimi", phone="0701234567",
                           legal_status=LegalStatus.UNKNOWN, notes="met at the gate")  # fmt: skip
    before = persons.get_person(ctx, existing.id)
    path = write(
        tmp_path,
        "Name,Mobile Phone,Home Phone,E-mail,Status,Passport,Notes\n"
        "Ahmad Rahimi,+93 70 123 4567,+93 20 210 1234,a@example.org,Green card,P99,has 3 kids\n",
    )
    result = imports.run_import(ctx, path, ImportOptions(on_duplicate=OnDuplicate.MERGE))
    assert (result.created, result.merged) == (0, 1)
    after = persons.get_person(ctx, existing.id)
    assert [p.number for p in after.phones] == ["+93701234567", "+93202101234"]
    assert after.data.email == "a@example.org"
    assert after.data.legal_status is LegalStatus.PERMANENT_RESIDENT
    assert after.data.documents[0].number == "P99"
    assert after.data.notes is not None and after.data.notes.startswith("met at the gate")
    assert "has 3 kids" in after.data.notes
    assert after.version == before.version + 1
    merged_fields = {e.field for e in audit.history(ctx, "person", existing.id)
                     if e.action is AuditAction.MERGE}  # fmt: skip
    assert {"email", "legal_status", "notes", "phone", "document"} <= merged_fields
    assert search.search(ctx, "a@example.org")[0].id == existing.id

    undone = imports.undo_import(ctx, result.batch_id)  # type: ignore[arg-type]
    assert (undone.deleted, undone.restored) == (0, 1)
    restored = persons.get_person(ctx, existing.id)
    assert restored.data == before.data
    assert restored.phones == before.phones
    assert search.search(ctx, "a@example.org") == []
    with pytest.raises(ValidationError, match="already undone"):
        imports.undo_import(ctx, result.batch_id)  # type: ignore[arg-type]


def test_undo_deletes_what_the_import_created(ctx: Context) -> None:
    before = counts(ctx)
    result = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    undone = imports.undo_import(ctx, result.batch_id)  # type: ignore[arg-type]
    assert undone.deleted == 4
    after = counts(ctx)
    for table in ("persons", "phone_numbers", "identity_documents", "status_changes"):
        assert after[table] == before[table]
    assert search.search(ctx, "rahimi") == []
    assert imports.list_batches(ctx)[0].undone_at is not None
    again = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    assert again.created == 4


def test_undo_is_refused_when_someone_worked_on_an_imported_person(ctx: Context) -> None:
    result = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    [ahmad] = search.search(ctx, "rahimi")
    case_status.change_status(ctx, ahmad.id, CaseStatus.CONTACTED)
    before = counts(ctx)
    with pytest.raises(ValidationError, match=rf"changed since \(#{ahmad.id}\)"):
        imports.undo_import(ctx, result.batch_id)  # type: ignore[arg-type]
    assert counts(ctx) == before


def test_abort_on_duplicate_changes_nothing(ctx: Context) -> None:
    make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    before = counts(ctx)
    with pytest.raises(ValidationError, match="row 2: 'Ahmad Rahimi' may be a person"):
        imports.run_import(ctx, DATA / "excel_en_utf8.csv",
                           ImportOptions(on_duplicate=OnDuplicate.ABORT))  # fmt: skip
    assert counts(ctx) == before


def test_per_row_decisions_override_the_default(ctx: Context, tmp_path: Path) -> None:
    existing = make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    path = write(tmp_path, "Name,Phone\nAhmad Rahimi,0701234567\nA. Rahimi,0701234567\n")
    options = ImportOptions(on_duplicate=OnDuplicate.SKIP, decisions={3: OnDuplicate.NEW})
    result = imports.run_import(ctx, path, options)
    assert (result.created, result.skipped) == (1, 1)
    assert result.duplicates[0].matches[0].person_id == existing.id
    assert result.duplicates[0].matches[0].name == "Ahmad Rahimi"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.csv", "does not exist"),
        ("not_a_table.csv", "no column looks like a name or a phone number"),
        ("unclosed_quote.csv", "row 2: a quoted field is never closed"),
        ("binary.bin", "NUL bytes"),
    ],
)
def test_bad_files_change_nothing(ctx: Context, name: str, message: str) -> None:
    before = counts(ctx)
    with pytest.raises(ValidationError, match=message):
        imports.run_import(ctx, DATA / name)
    assert counts(ctx) == before


def test_a_broken_row_late_in_the_file_rolls_everything_back(ctx: Context, tmp_path: Path) -> None:
    rows = "".join(f"Person {i},07{i:08d}\n" for i in range(imports.CHUNK_ROWS + 10))
    path = write(tmp_path, "Name,Phone\n" + rows + '"never closed,1\n')
    before = counts(ctx)
    with pytest.raises(ValidationError, match="never closed"):
        imports.run_import(ctx, path)
    assert counts(ctx) == before


@pytest.mark.parametrize("one_each", [False, True])
def test_each_person_of_a_long_list_gets_its_own_phones_and_documents_in_order(
    ctx: Context, tmp_path: Path, one_each: bool
) -> None:
    """Persons with none, one or several phones and documents (or one of each, as most lists
    have), over more than a chunk: each phone and document is stored with its person, in the
    list's order, with its label, kind and key."""
    count = imports.CHUNK_ROWS + 50
    lines = ["Name,Mobile,Work phone,Passport,Tazkira"]
    expected_phones: dict[str, list[tuple[str, str]]] = {}
    expected_documents: dict[str, list[tuple[str, str, str]]] = {}
    for i in range(count):
        mobile = f"070{i:07d}" if i % 5 or one_each else ""
        work = f"079{i:07d}" if i % 3 == 0 and not one_each else ""
        passport = f"P-{i:06d}" if i % 2 == 0 or one_each else ""
        tazkira = f"T {i:06d}" if i % 7 == 0 and not one_each else ""
        lines.append(f"Person{i} Karimi,{mobile},{work},{passport},{tazkira}")
        expected_phones[f"Person{i}"] = [(f"+9370{i:07d}", "mobile")] * bool(mobile) + [
            (f"+9379{i:07d}", "work")
        ] * bool(work)
        expected_documents[f"Person{i}"] = [("passport", passport, f"p{i:06d}")] * bool(
            passport
        ) + [("tazkira", tazkira, f"t{i:06d}")] * bool(tazkira)
    result = imports.run_import(ctx, write(tmp_path, "\n".join(lines) + "\n"))
    assert result.created == count
    with ctx.db.reading() as session:
        phones = session.execute(
            select(Person.given_name, PhoneNumber.position, PhoneNumber.number, PhoneNumber.label)
            .join(PhoneNumber, PhoneNumber.person_id == Person.id)
            .order_by(Person.id, PhoneNumber.id)
        ).all()
        documents = session.execute(
            select(Person.given_name, IdentityDocument.doc_type, IdentityDocument.number,
                   IdentityDocument.number_key)
            .join(IdentityDocument, IdentityDocument.person_id == Person.id)
            .order_by(Person.id, IdentityDocument.id)
        ).all()  # fmt: skip
    stored_phones: dict[str, list[tuple[str, str]]] = {name: [] for name in expected_phones}
    for name, position, number, label in phones:
        assert position == len(stored_phones[name])
        stored_phones[name].append((number, label.value))
    stored_documents: dict[str, list[tuple[str, str, str]]] = {n: [] for n in expected_documents}
    for name, kind, number, key in documents:
        stored_documents[name].append((kind.value, number, key))
    assert stored_phones == expected_phones
    assert stored_documents == expected_documents


def test_cancel_changes_nothing_and_progress_is_reported(ctx: Context, tmp_path: Path) -> None:
    rows = "".join(f"Person {i},07{i:08d}\n" for i in range(imports.CHUNK_ROWS + 10))
    path = write(tmp_path, "Name,Phone\n" + rows)
    before = counts(ctx)
    with pytest.raises(OperationCancelled):
        imports.run_import(ctx, path, cancelled=lambda: True)
    assert counts(ctx) == before
    seen: list[tuple[int, int]] = []
    imports.run_import(ctx, path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == path.stat().st_size and len(seen) >= 2


def test_mapping_and_default_status_options(ctx: Context) -> None:
    options = ImportOptions(
        mapping=ColumnMapping.load(DATA / "mapping_fr.json"),
        default_legal_status=LegalStatus.VISA_APPLICANT,
    )
    result = imports.run_import(ctx, DATA / "excel_fr_cp1252.csv", options)
    assert result.created == 3
    [helene] = search.search(ctx, "helene")
    detail = persons.get_person(ctx, helene.id)
    assert detail.data.email is None  # not in the mapping
    assert detail.data.legal_status is LegalStatus.VISA_APPLICANT
    assert [p.number for p in detail.phones] == ["+33612345678"]
    with pytest.raises(ValidationError, match="'XX' is not a region code"):
        imports.run_import(ctx, DATA / "excel_fr_cp1252.csv", ImportOptions(region="XX"))


def test_rejected_rows_go_to_an_errors_file_that_can_be_fixed_and_reimported(
    ctx: Context, tmp_path: Path
) -> None:
    result = imports.run_import(ctx, DATA / "excel_en_utf8.csv")
    errors = tmp_path / "errors.csv"
    assert import_errors.write_errors_csv(result, errors) == 1
    text = errors.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("Row,Reason,First Name,Last Name")
    assert text[1].startswith("5,no name and no phone number,,,")
    errors.write_text(
        errors.read_text(encoding="utf-8-sig").replace(
            "5,no name and no phone number,,", "5,,Gul,"
        ),
        encoding="utf-8-sig",
    )
    again = imports.run_import(ctx, errors)
    assert (again.created, again.rejected) == (1, 0)


def test_viewer_cannot_import(ctx: Context) -> None:
    from evactrack.domain.enums import Role
    from evactrack.domain.errors import PermissionDeniedError

    viewer = account(ctx, "victor", Role.VIEWER)
    with pytest.raises(PermissionDeniedError):
        imports.run_import(viewer, DATA / "excel_en_utf8.csv")
    assert imports.preview_import(viewer, DATA / "excel_en_utf8.csv").created == 4


def test_a_person_saved_by_a_colleague_during_the_merge_stops_the_import(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    real = imports._load_snapshots

    def stale(session, person_ids):  # type: ignore[no-untyped-def]
        snapshots = real(session, person_ids)
        for snapshot in snapshots.values():
            snapshot["version"] -= 1  # as read before a colleague's save
        return snapshots

    monkeypatch.setattr(imports, "_load_snapshots", stale)
    path = write(tmp_path, "Name,Phone,E-mail\nAhmad Rahimi,0701234567,a@example.org\n")
    before = counts(ctx)
    with pytest.raises(ValidationError, match=rf"#{known.id} was changed by a colleague"):
        imports.run_import(ctx, path, ImportOptions(on_duplicate=OnDuplicate.MERGE))
    assert counts(ctx) == before


def test_rows_known_only_by_an_invalid_number_are_not_created_twice(
    ctx: Context, tmp_path: Path
) -> None:
    path = write(tmp_path, "Name,Phone\n,0799 12 34\n,N/A\nX Y,0\n")
    first = imports.run_import(ctx, path)
    assert (first.created, first.rejected) == (2, 1)  # "N/A" alone is no phone number
    again = imports.run_import(ctx, path)
    assert (again.created, again.skipped) == (0, 2)
    other = write(tmp_path, "Name,Phone\nZ W,0\n", "other.csv")
    assert imports.run_import(ctx, other).created == 1  # "0" is nobody's number


def test_choices_made_on_a_file_do_not_apply_to_a_changed_file(
    ctx: Context, tmp_path: Path
) -> None:
    path = write(tmp_path, "Name,Phone\nAhmad Rahimi,0701234567\n")
    checked = imports.preview_import(ctx, path)
    path.write_text("Name,Phone\nZahra Karimi,0791234567\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="list.csv has changed since it was checked"):
        imports.run_import(ctx, path, ImportOptions(expected_sha256=checked.sha256))
    assert search.search(ctx, "karimi") == []


# ---------------------------------------------------------------- normalising in a second process


def _mixed_list(rows: int) -> str:
    """Duplicates in the file, rejected rows, issues and ambiguous dates, across chunks."""
    lines = ["Name,Phone,Email,Date of birth,Status,Passport"]
    for i in range(rows):
        if i % 97 == 5:
            lines.append(",N/A,,,,")  # rejected
        elif i % 50 == 7:
            lines.append(f"Person {i - 1},07{i - 1:08d},,,,")  # same phone as the row before
        else:
            lines.append(
                f"Person {i},07{i:08d},p{i}@example.org,0{i % 9 + 1}/0{i % 7 + 1}/1980,"
                f"{'SIV' if i % 3 else 'who knows'},P{i:07d}"
            )
    return "\n".join(lines) + "\n"


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)


@pytest.mark.skipif(not pipeline.can_start_worker(), reason="no second process here")
@pytest.mark.parametrize("dry_run", [True, False])
def test_a_second_process_gives_exactly_the_same_result(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dry_run: bool
) -> None:
    path = write(tmp_path, _mixed_list(imports.CHUNK_ROWS * 2 + 123))
    options = ImportOptions(on_duplicate=OnDuplicate.MERGE)
    here = imports.run_import(ctx, path, options, dry_run=True)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)
    started: list[Path] = []
    real_worker = pipeline.Worker

    def worker(path: Path, *args: Any) -> Any:
        started.append(path)
        return real_worker(path, *args)

    monkeypatch.setattr(pipeline, "Worker", worker)
    seen: list[tuple[int, int]] = []
    there = imports.run_import(
        ctx, path, options, dry_run=dry_run, progress=lambda d, t: seen.append((d, t))
    )
    assert started == [path], "the rows were not normalised in a second process"
    assert there.merged > 0 and there.rejected > 0 and there.issues
    expected, actual = here.as_json(), there.as_json()
    for key in ("dry_run", "batch_id", "rows"):
        expected.pop(key), actual.pop(key)
    if dry_run:
        assert there.actions == here.actions
    assert actual == expected
    assert there.rejected_rows == here.rejected_rows
    assert len(seen) == 3 and seen[-1] == (path.stat().st_size, path.stat().st_size)


@pytest.mark.skipif(not pipeline.can_start_worker(), reason="no second process here")
def test_a_second_process_every_fixture_format(ctx: Context, parallel: None) -> None:
    for name in ("excel_en_utf8.csv", "excel_fr_cp1252.csv", "contacts.xlsx", "outlook.csv"):
        result = imports.run_import(ctx, DATA / name, dry_run=True)
        assert result.created + result.merged + result.skipped + result.rejected > 0


@pytest.mark.skipif(not pipeline.can_start_worker(), reason="no second process here")
def test_a_second_process_reports_a_broken_row_and_changes_nothing(
    ctx: Context, tmp_path: Path, parallel: None
) -> None:
    rows = "".join(f"Person {i},07{i:08d}\n" for i in range(imports.CHUNK_ROWS + 10))
    path = write(tmp_path, "Name,Phone\n" + rows + '"never closed,1\n')
    before = counts(ctx)
    with pytest.raises(ValidationError, match="row 2012: a quoted field is never closed"):
        imports.run_import(ctx, path)
    assert counts(ctx) == before


@pytest.mark.skipif(not pipeline.can_start_worker(), reason="no second process here")
def test_a_second_process_is_cancelled_and_ended(
    ctx: Context, tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(f"Person {i},07{i:08d}\n" for i in range(imports.CHUNK_ROWS * 3))
    path = write(tmp_path, "Name,Phone\n" + rows)
    before = counts(ctx)
    workers: list[Any] = []
    real_worker = pipeline.Worker

    def worker(*args: Any) -> Any:
        workers.append(real_worker(*args))
        return workers[-1]

    monkeypatch.setattr(pipeline, "Worker", worker)
    with pytest.raises(OperationCancelled):
        imports.run_import(ctx, path, cancelled=lambda: True)
    assert counts(ctx) == before
    assert len(workers) == 1 and workers[0]._process.poll() is not None


# ---------------------------------------------------------------- duplicates across chunks

_DUPLICATE_RICH = (
    "Name,Phone,Email,Date of birth,Passport,Household\n"
    "Zahra Karimi,0791111111,z@x.org,1990-02-03,P-1,H-A\n"
    "Ahmad Rahimi,0701234567,,,,\n"  # the person in the database, by phone
    "Nadia Noori,,,1985-05-05,,\n"
    "Other Name,0792222222,Z@x.org,,,\n"  # row 2's e-mail
    "NOORI Nadia,,,1985-05-05,,\n"  # row 4's name and birth date
    "Karim Safi,,,,,\n"
    "karim  safi,,,,,\n"  # row 7 by name alone
    "Zahra Karimy,,,,,h-a\n"  # row 2 by name and household
    "Someone Else,,,,p1,\n"  # row 2's passport
    "Rahimi Ahmad,,,,,\n"  # the person in the database, by name alone
    "Wahid Jalali,0793333333,w@x.org,1970-01-01,,\n"
    "Jalali Wahid,+93 79 333 3333,,1971-01-01,,\n"  # row 12's phone
    "Laila Amiri,0794444444,,1960-06-06,,\n"
    "Born Twice,,born@x.org,1965-04-04,,\n"  # the database's e-mail and birth date
    "Laila Amiri,,w@x.org,1960-06-06,,\n"  # row 12's e-mail, row 14's name and birth
)


@pytest.mark.parametrize("on_duplicate", [OnDuplicate.MERGE, OnDuplicate.SKIP, OnDuplicate.NEW])
def test_duplicates_are_found_the_same_whatever_the_chunk_size(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_duplicate: OnDuplicate
) -> None:
    """Rows of earlier chunks are found in the database (which holds them), rows of the same
    chunk in memory: a dry run (which writes nothing) and real imports with chunks of 2 and
    of the whole file must all decide the same for every row."""
    make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    make_person(ctx, "Born", "Twice", email="born@x.org", date_of_birth=date(1965, 4, 4))
    path = write(tmp_path, _DUPLICATE_RICH)
    options = ImportOptions(on_duplicate=on_duplicate)
    whole = imports.run_import(ctx, path, options, dry_run=True)
    monkeypatch.setattr(imports, "CHUNK_ROWS", 2)
    monkeypatch.setattr("evactrack.importing.pipeline.CHUNK_ROWS", 2)
    chunked = imports.run_import(ctx, path, options, dry_run=True)
    real = imports.run_import(ctx, path, options)

    def decisions(result: imports.ImportResult) -> list[tuple[int, list[Any]]]:
        return [(g.row, [(m.person_id, m.row, m.name, m.reason) for m in g.matches])
                for g in result.duplicates]  # fmt: skip

    found = decisions(whole)
    assert [row for row, _ in found] == [3, 5, 6, 8, 9, 10, 11, 13, 15, 16]
    assert decisions(chunked) == found and decisions(real) == found
    for result in (chunked, real):
        assert (result.created, result.merged, result.skipped) == (
            whole.created, whole.merged, whole.skipped
        )  # fmt: skip
    with ctx.db.reading() as session:
        live = select(func.count()).select_from(Person).where(Person.merged_into_id.is_(None))
        assert session.scalar(live) == 2 + whole.created


_NAMES_FILLED_BY_MERGES = (
    "First name,Last name,Phone,Date of birth\n"
    "Ahmad,,0701111111,1980-01-01\n"
    ",Rahimi,0701111111,\n"  # row 2 by phone: merged, its family name filled
    "Nadia,,0702222222,\n"
    ",Noori,0702222222,1985-05-05\n"  # row 4 by phone: merged, family name and birth filled
    "Ahmad,,,1980-01-01\n"  # no longer row 2's name, which is now Ahmad Rahimi
    "Nadia,Noori,,1985-05-05\n"  # row 4's name and date of birth, since row 5
)


@pytest.mark.parametrize("in_memory", [100_000, 1], ids=["kept", "read back"])
def test_a_later_row_meets_the_names_and_birth_a_merge_gave_a_person_of_the_same_list(
    ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: int
) -> None:
    """The persons a list created are compared by date of birth from memory (or, past its
    limit, from the database): as the database holds them, with what merges filled in."""
    monkeypatch.setattr(imports, "CHUNK_ROWS", 2)
    monkeypatch.setattr("evactrack.importing.pipeline.CHUNK_ROWS", 2)
    monkeypatch.setattr(imports, "WrittenBirths", lambda: WrittenBirths(limit=in_memory))
    path = write(tmp_path, _NAMES_FILLED_BY_MERGES)
    result = imports.run_import(ctx, path, ImportOptions(on_duplicate=OnDuplicate.MERGE))
    assert [(g.row, [(m.row, m.reason) for m in g.matches]) for g in result.duplicates] == [
        (3, [(2, "same phone +93701111111")]),
        (5, [(4, "same phone +93702222222")]),
        (7, [(4, "similar name, same date of birth 1985-05-05")]),
    ]
    assert (result.created, result.merged) == (3, 3)


@pytest.mark.skipif(not pipeline.can_start_worker(), reason="no second process here")
def test_the_desktop_normalises_in_a_second_process_too(
    ctx: Context, tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop runs an import on a worker thread beside Qt's: the second process is
    spawned, not forked, so it is started there as on the command line."""
    path = write(tmp_path, _mixed_list(imports.CHUNK_ROWS + 10))
    started: list[Path] = []
    real_worker = pipeline.Worker

    def worker(path: Path, *args: Any) -> Any:
        started.append(path)
        return real_worker(path, *args)

    monkeypatch.setattr(pipeline, "Worker", worker)
    results: list[imports.ImportResult] = []
    thread = threading.Thread(target=lambda: results.append(imports.run_import(ctx, path)))
    thread.start()
    thread.join()
    assert started == [path] and results[0].created > 0
