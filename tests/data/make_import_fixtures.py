"""Build the contact-list fixtures of the import tests (run once; the files are committed).

Each file holds the same kind of people as a caseworker receives them: Excel CSV in English
and French, Google Contacts and Outlook exports, "Unicode text", XLSX, and broken files.
Run: ``.venv/bin/python tests/data/make_import_fixtures.py``.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import openpyxl

HERE = Path(__file__).with_name("import")


def write_csv(name: str, rows: list[list[str]], encoding: str, delimiter: str = ",") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    (HERE / name).write_bytes(buffer.getvalue().encode(encoding))


def main() -> None:
    HERE.mkdir(exist_ok=True)
    write_csv(
        "excel_en_utf8.csv",
        [
            ["First Name", "Last Name", "Mobile Phone", "E-mail Address", "Date of birth",
             "Status", "Passport no.", "Notes"],
            ["Ahmad", "Rahimi", "0701234567", "Ahmad.Rahimi@Example.org", "1990-02-13",
             "US Citizen", "P1234567", "Interpreter, 2009-2014"],
            ["Zahra", "Karimi", "+93 79 123 4567", "", "03/25/1985", "Green card", "", ""],
            ["Hamid", "Noori", "0093 78 555 0101", "hamid@example", "07/04/1979",
             "SIV applicant", "", "said \"call after 6pm\""],
            ["", "", "", "", "", "", "", "only a note"],
            ["Nadia", "Sultani", "12345", "", "", "Martian", "", ""],
        ],
        "utf-8",
    )  # fmt: skip
    write_csv(
        "excel_en_utf8_bom.csv",
        [["Name", "Phone", "Status"], ["Karim Popal", "0700111222", "Dependent"]],
        "utf-8-sig",
    )
    write_csv(
        "excel_fr_cp1252.csv",
        [
            ["Prénom", "Nom", "Téléphone", "Courriel", "Date de naissance", "Statut"],
            ["Hélène", "Dupré", "+33 6 12 34 56 78", "helene@exemple.fr", "25/12/1980",
             "Citoyen américain"],
            ["Frédéric", "Noël", "06 98 76 54 32", "", "03/04/1975", "Carte verte"],
            ["Amélie", "Côté", "0701999888", "", "", "Demandeur SIV"],
        ],
        "cp1252",
        ";",
    )  # fmt: skip
    write_csv(
        "unicode_text_utf16.txt",
        [
            ["Full name", "Name (Dari)", "Phone", "Status"],
            ["Mohammad Rahimi", "محمد رحیمی", "0702000111", "LPR"],
            ["", "فاطمه احمدی", "0702000222", "Dependent"],
        ],
        "utf-16",
        "\t",
    )
    write_csv(
        "pipe_quoted.csv",
        [
            ["Name", "Phone", "Notes"],
            ["Ali Hakimi", "0703000111", "first line\nsecond line"],
            ['Sharifa "Shari" Stanekzai', "0703000222", "a | pipe inside"],
        ],
        "utf-8",
        "|",
    )
    write_csv(
        "google_contacts_new.csv",
        [
            ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Nickname",
             "Birthday", "Notes", "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label",
             "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value"],
            ["Wahid", "Ullah", "Safi", "", "", "1988-11-02", "driver", "* Home",
             "wahid@example.org", "Mobile", "+93 70 444 5555", "Work", "+93 20 210 1234"],
        ],
        "utf-8",
    )  # fmt: skip
    write_csv(
        "google_contacts_old.csv",
        [
            ["Name", "Given Name", "Additional Name", "Family Name", "Birthday", "Notes",
             "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value"],
            ["Laila Ahmadzai", "Laila", "", "Ahmadzai", "", "", "* Other", "laila@example.org",
             "Mobile", "0704000111 ::: 0704000222"],
        ],
        "utf-8",
    )  # fmt: skip
    write_csv(
        "outlook.csv",
        [
            ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "E-mail Address",
             "Mobile Phone", "Home Phone", "Business Phone", "Birthday", "Notes"],
            ["Rahim", "", "Jan", "", "", "rahim.jan@example.org", "0705000111", "", "",
             "5/14/1970", ""],
        ],
        "cp1252",
    )  # fmt: skip
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Liste"
    sheet.append(["Given name", "Family name", "Phone", "Date of birth", "Status"])
    sheet.append(["Samira", "Haidari", "0706000111", date(1992, 6, 1), "Citizen"])
    sheet.append(["Yusuf", "Haidari", 93706000222, 33000, "Dependent"])
    other = workbook.create_sheet("Famille")
    other.append(["Prénom", "Nom", "Téléphone"])
    other.append(["Mariam", "Haidari", "0706000333"])
    workbook.save(HERE / "contacts.xlsx")
    (HERE / "empty.csv").write_bytes(b"")
    (HERE / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (HERE / "unclosed_quote.csv").write_bytes(b'Name,Phone\n"Ahmad Rahimi,0701234567\n')
    (HERE / "nul_bytes.csv").write_bytes(b"Name,Phone\nAhmad\x00Rahimi,0701234567\n")
    (HERE / "not_a_table.csv").write_bytes(
        b"Dear colleagues,\nplease find the list attached.\nRegards\n"
    )
    (HERE / "mapping_fr.json").write_text(
        json.dumps(
            {
                "evactrack_mapping": 1,
                "columns": {"Prénom": "given_name", "Nom": "family_name", "Téléphone": "phone"},
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
