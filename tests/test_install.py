"""A wheel carries everything the application loads: built, installed in a fresh virtual
environment, and run from there with the source checkout out of reach.

Offline: the wheel is built without build isolation (setuptools comes with the test tools)
and the fresh environment sees the dependencies through a .pth file naming this
environment's site-packages; evactrack itself comes from the wheel only (a .pth line adds a
folder to the path without running the .pth files in it, so the editable install's finder
stays out).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from evactrack.services.context import open_database
from tests.conftest import log_in
from tests.reports.pdf_text import all_text, rtl_as_extracted
from tests.reports.seed import DARI, PASHTO, seed_operation
from tests.resources_check import missing_resources

ROOT = Path(__file__).resolve().parents[1]
CHECK_SCRIPT = Path(__file__).with_name("resources_check.py")

# The GUI as started from the menu, offscreen; once the window shows, what it loaded is
# printed and it quits. Any message box is printed instead of waiting for OK.
GUI_SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import evactrack
    from evactrack import app
    from evactrack.ui import dialogs, main_window, widgets

    for name in ("show_crash", "show_error", "show_warning", "show_info"):
        setattr(dialogs, name, lambda _p, text, *_a, **_k: print("BOX", text, flush=True))
    dialogs.ask_user = lambda *_args, **_kwargs: False
    main_window.MainWindow.ask_site_name_once = lambda _window: None
    shown = main_window.MainWindow.show

    def show(window):
        shown(window)
        QTimer.singleShot(0, lambda: report(window))

    def report(window):
        menus = [action.text() for action in window.menuBar().actions()]
        print("FROM", evactrack.__file__)
        print("MENUS", "|".join(menus))
        print("FONTS", "|".join(widgets._native_families()))
        print("ICON", not QApplication.windowIcon().isNull(), flush=True)
        window.quit_action.trigger()

    main_window.MainWindow.show = show
    sys.exit(app.main(["--db", sys.argv[1]]))
    """
)


def test_every_resource_is_found_from_the_source_checkout() -> None:
    assert missing_resources() == []


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with evactrack installed from a freshly built wheel; its
    ``bin`` folder."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("evactrack", "resources"):
        shutil.copytree(
            ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(wheels), str(source)],
        check=True, capture_output=True, cwd=work,
    )  # fmt: skip
    (wheel,) = wheels.glob("evactrack-*.whl")
    _assert_every_package_is_in(wheel)

    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, cwd=work,
    )  # fmt: skip
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    (Path(site_packages) / "evactrack-test-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n"
    )
    return env_dir / "bin"


def _assert_every_package_is_in(wheel: Path) -> None:
    """A package added to the source but not to pyproject's list would be left out."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    packages = {
        str(init.parent.relative_to(ROOT))
        for init in (ROOT / "evactrack").rglob("*.py")
        if "__pycache__" not in init.parts
    }
    for package in sorted(packages):
        assert any(name.startswith(package + "/") for name in names), f"{package} not in wheel"
    for resource in (ROOT / "resources").rglob("*"):
        if resource.suffix in (".ttf", ".qm", ".ts", ".wav", ".svg", ".png") and (
            resource.parent.name != "screenshots"
        ):
            relative = resource.relative_to(ROOT / "resources").as_posix()
            assert f"evactrack/resources/{relative}" in names, f"{relative} not in wheel"


def _run(bin_dir: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """A program of the fresh environment, away from the checkout: no PYTHONPATH, started
    in a folder of its own."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environment.update(env, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]],
        capture_output=True, text=True, cwd=cwd, env=environment, timeout=240,
    )  # fmt: skip


@pytest.mark.slow
def test_the_installed_wheel_finds_every_resource(installed: Path, tmp_path: Path) -> None:
    done = _run(installed, "python", "-I", str(CHECK_SCRIPT), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"evactrack from {installed.parent}/lib/" in done.stderr
    assert str(ROOT) not in done.stderr


@pytest.mark.slow
def test_the_daily_report_from_the_wheel_prints_dari_and_pashto_names(
    installed: Path, sqlite_url: str, tmp_path: Path
) -> None:
    database = open_database(sqlite_url)
    seed_operation(log_in(database))
    database.close()
    pdf = tmp_path / "daily.pdf"
    done = _run(
        installed, "evactrack", "--db", sqlite_url, "report", "daily", "-o", str(pdf),
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = all_text(pdf.read_bytes())
    for native in (DARI, PASHTO):
        assert rtl_as_extracted(native) in text


@pytest.mark.slow
def test_the_window_from_the_wheel_opens_in_french(
    installed: Path, sqlite_url: str, tmp_path: Path
) -> None:
    done = _run(
        installed, "python", "-I", "-c", GUI_SCRIPT, sqlite_url,
        cwd=tmp_path, LC_ALL="fr_FR.UTF-8", LANG="fr_FR.UTF-8",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines["FROM"].startswith(str(installed.parent)), lines["FROM"]
    assert "&Fichier" in lines["MENUS"].split("|"), lines["MENUS"]
    assert "Noto Naskh Arabic" in lines["FONTS"], lines["FONTS"]
    assert lines["ICON"] == "True"
    assert "BOX" not in lines, done.stdout
