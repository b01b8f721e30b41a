"""A read-only home folder (a locked-down laptop, a full or write-protected profile): the window starts
read-only with a notice that says why, the tracker shows the user's data, nothing crashes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main as cli
from tests import faults
from tests.gui.shell_helpers import close_app, start_app

ROOT = Path(__file__).resolve().parents[2]


def test_window_on_a_read_only_home_is_read_only_with_the_reason(qtbot, store,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with faults.small_disk(16 * 1024) as disk:
        monkeypatch.setenv("HANDWERKSMONITOR_HOME", str(disk))
        monkeypatch.setenv("XDG_CONFIG_HOME", str(disk / "config"))
        assert cli(["tracker", "set", "3", "--status", "geplant"]) == 0
        faults.make_read_only(disk)
        try:
            app = start_app(qtbot, store, "--lang", "de", real_tabs=True)
            try:
                assert app.ctx.read_only and app.ctx.user_con is not None
                assert "schreibgeschützt" in app.window.banner.text()
                assert "anderen Fenster" not in app.window.banner.text()
                assert app.window.read_only_label.isVisible()
                from gui.tabs.recommendations_tab import RecommendationsTab

                tab = app.window.findChild(RecommendationsTab)
                tracker = tab.tracker
                assert tracker.read_only
                from PySide6.QtWidgets import QLabel

                banner = tab.findChild(QLabel, "readOnlyBanner").text()
                assert "schreibgeschützt" in banner and "anderen Fenster" not in banner
                assert tracker.item("empfehlung-03")["status"] == "geplant"  # the user's data are shown
            finally:
                close_app(app)
        finally:
            faults.make_writable(disk)


def test_launcher_starts_with_a_read_only_home_without_a_traceback(tmp_path: Path) -> None:
    with faults.small_disk(16 * 1024) as disk:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HANDWERKSMONITOR_HOME": str(disk / "home")}
        faults.make_read_only(disk)  # not even the home folder can be created
        try:  # every tab is built and photographed, the user database opened on the way
            proc = subprocess.run([sys.executable, "-m", "gui.launcher", "--lang", "en", "--screenshot",
                                   str(tmp_path / "s"), "--no-error-dialogs"], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=240)
        finally:
            faults.make_writable(disk)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "Traceback" not in proc.stderr
        assert (tmp_path / "s" / "empfehlungen.png").exists()
        assert "read-only" in proc.stderr or "schreibgeschützt" in proc.stderr  # the reason is logged
