"""Every resource the application loads, looked up as the application looks it up.

Imported by the tests for the source checkout, and run as a script by the Python of an
installed wheel (``python -I tests/resources_check.py``): prints what is missing, one per
line, and exits 1 if anything is.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def missing_resources() -> list[str]:
    """The resources the code names (fonts, translations, icons, sounds, migrations) that
    the installed evactrack cannot find; empty when all are there."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from evactrack.config import fonts_dir, resources_dir
    from evactrack.db.migrate import MIGRATIONS_DIR
    from evactrack.reports import fonts
    from evactrack.ui import i18n, widgets
    from evactrack.ui.views.checkin_view import Verdict

    wanted: list[Path] = [fonts_dir() / name for name in fonts._FILES.values()]
    wanted += [fonts_dir() / name for name in widgets.NATIVE_SCRIPT_FONTS]
    wanted += [i18n.TRANSLATIONS_DIR / f"evactrack_{language}.qm" for language in i18n.LANGUAGES]
    # The reports read the interface's translations from the .ts sources.
    wanted += [
        resources_dir() / "translations" / f"evactrack_{language}.ts"
        for language in i18n.LANGUAGES
        if language != "en"
    ]
    wanted += [resources_dir() / "icons" / "evactrack.svg"]
    wanted += [resources_dir() / "sounds" / f"{verdict.name.lower()}.wav" for verdict in Verdict]
    wanted += [MIGRATIONS_DIR / "env.py", MIGRATIONS_DIR / "script.py.mako"]
    missing = [str(path) for path in wanted if not path.is_file()]
    if not list((resources_dir() / "icons").glob("evactrack-*.png")):
        missing.append(str(resources_dir() / "icons" / "evactrack-*.png"))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if ScriptDirectory.from_config(config).get_current_head() is None:
        missing.append(str(MIGRATIONS_DIR / "versions"))
    return missing


if __name__ == "__main__":
    import evactrack

    print(f"evactrack from {Path(evactrack.__file__).parent}", file=sys.stderr)
    lacking = missing_resources()
    for item in lacking:
        print(item)
    sys.exit(1 if lacking else 0)
