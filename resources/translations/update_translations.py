"""Refresh the translation sources and build the .qm files the application loads.

    .venv/bin/python resources/translations/update_translations.py

1. ``pyside6-lupdate`` collects every ``tr()`` string of the interface into ``evactrack_<lang>.ts``
   (existing translations are kept);
2. the labels of the domain enums (and of the import's column targets) are added in the
   ``Labels`` context (the core stays free of Qt, so lupdate cannot see them);
3. English is the source language: ``evactrack_en.ts`` holds only the plural messages
   (``-pluralonly``), whose singular and plural forms ("1 person", "2 persons") are written
   there by hand;
4. ``pyside6-lrelease`` compiles each .ts into the .qm that ``evactrack.ui.i18n`` installs.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("fr",)
ENGLISH = "en"  # the source language: only its plural forms are translated
BIN = Path(sys.executable).parent


def interface_sources() -> list[str]:
    files = sorted((ROOT / "evactrack" / "ui").rglob("*.py")) + [ROOT / "evactrack" / "app.py"]
    return [str(f) for f in files]


def enum_labels() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from evactrack.domain import enums
    from evactrack.importing.mapping import Target

    labels: list[str] = []
    for name in dir(enums):
        kind = getattr(enums, name)
        if isinstance(kind, type) and issubclass(kind, enums.LabelledEnum) and kind.__members__:
            labels.extend(member.label for member in kind)
    labels.extend(target.label for target in Target)  # the import wizard's column choices
    return list(dict.fromkeys(labels))


def add_labels(ts_file: Path, labels: list[str]) -> None:
    """Add missing labels to the ``Labels`` context (translations already there are kept)
    and drop the strings that left the interface."""
    tree = ET.parse(ts_file)
    root = tree.getroot()
    context = next((c for c in root.findall("context") if c.findtext("name") == "Labels"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "Labels"
    known = {m.findtext("source") for m in context.findall("message")}
    for message in context.findall("message"):
        # lupdate cannot see these strings and marks them vanished: they are alive.
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            if translation.text:
                del translation.attrib["type"]
            else:
                translation.set("type", "unfinished")
    for text in labels:
        if text not in known:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    for other in root.findall("context"):
        if other is context:
            continue
        for message in other.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                other.remove(message)  # its string is gone from the interface
        if not other.findall("message"):
            root.remove(other)
    ET.indent(tree)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def lupdate(ts_file: Path, *options: str) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *interface_sources(), *options, "-ts", str(ts_file)],
        check=True,
    )


def lrelease(ts_file: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
        check=True,
    )


def main() -> None:
    labels = enum_labels()
    for language in LANGUAGES:
        ts_file = HERE / f"evactrack_{language}.ts"
        lupdate(ts_file)
        add_labels(ts_file, labels)
        lrelease(ts_file)
    # English: the plural messages only, and no Labels (English labels are the source).
    english = HERE / f"evactrack_{ENGLISH}.ts"
    lupdate(english, "-pluralonly", "-no-obsolete", "-target-language", ENGLISH)
    lrelease(english)


if __name__ == "__main__":
    main()
