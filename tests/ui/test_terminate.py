"""SIGTERM (a logout, a shutdown, ``kill``) ends the real application as Quit does, even
while the first start's site-name dialog waits for an answer: in a process of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from evactrack.log import LOG_FILE

# The application as started from the menu; the plaintext test database is kept as it is.
SCRIPT = textwrap.dedent(
    """
    import sys
    from evactrack import app
    from evactrack.ui import dialogs

    dialogs.ask_user = lambda *_args, **_kwargs: False
    sys.exit(app.main(["--db", sys.argv[1]]))
    """
)


def test_sigterm_closes_the_window_and_the_database(
    sqlite_url: str, tmp_path: Path, private_data_dir: Path
) -> None:
    log = private_data_dir / "logs" / LOG_FILE
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, sqlite_url],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while "first screen shown" not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the list's first screen was not shown"
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    assert "ending on signal SIGTERM" in log.read_text()
