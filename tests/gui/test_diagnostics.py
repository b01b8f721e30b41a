"""Crashes leave a trace: the log file gets the traceback, --no-error-dialogs prints it instead of a dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_unhandled_error_is_logged_and_printed_without_dialog(tmp_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from gui import diagnostics\n"
        "app = QApplication([])\n"
        "diagnostics.setup_logging()\n"
        "diagnostics.install_excepthooks(dialogs=False)\n"
        "try:\n"
        "    raise ValueError('kaputt')\n"
        "except ValueError:\n"
        "    sys.excepthook(*sys.exc_info())\n"
        "print('still running')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0
    assert "still running" in proc.stdout
    assert "ValueError: kaputt" in proc.stderr
    log = (tmp_path / "logs" / "handwerksmonitor.log").read_text("utf-8")
    assert "unhandled exception" in log and "ValueError: kaputt" in log


def test_native_crash_trace_is_reported_once_at_next_start(tmp_path, monkeypatch):
    from gui import diagnostics

    monkeypatch.setenv("HANDWERKSMONITOR_HOME", str(tmp_path))
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "crash.log").write_text("Fatal Python error: Segmentation fault\n", "utf-8")
    diagnostics.enable_faulthandler()
    try:
        assert "Segmentation fault" in (diagnostics.previous_crash() or "")
        assert diagnostics.previous_crash() is None
        assert (tmp_path / "logs" / "crash.log.1").exists()
    finally:
        diagnostics.close_faulthandler()
    assert not (tmp_path / "logs" / "crash.log").exists()


def test_crash_banner_at_next_start_names_the_log_folder(qtbot, store, tmp_path, monkeypatch):
    from gui import diagnostics
    from tests.gui.shell_helpers import close_app, start_app

    monkeypatch.setenv("HANDWERKSMONITOR_HOME", str(tmp_path))
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "crash.log").write_text("Fatal Python error: Segmentation fault\n", "utf-8")
    diagnostics.enable_faulthandler()
    try:
        app = start_app(qtbot, store, "--lang", "de")
        banner = app.window.banner
        assert banner.isVisible()
        assert "unerwartet beendet" in banner.text()
        assert str(tmp_path / "logs") in banner.text()
        close_app(app)
    finally:
        diagnostics.close_faulthandler()
        import faulthandler

        faulthandler.enable()  # the test run's own crash traces again (pytest enables it on stderr)
