"""Start-up path: the first district profile is on screen before anything it does not need is loaded.

In a fresh process (as a user starts the app) the modules loaded at the moment the Kreisprofile tab
shows its first profile are recorded: no openpyxl, no import machinery (core.imports), no other tab's
module, no pandas, and the user database not opened yet (it opens right after).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from gui.app import start

seen = {}

def shown(key):
    if key == "kreisprofile" and not seen:
        ctrl = app_ctrl[0]
        seen["modules"] = sorted(sys.modules)
        seen["user_db_open"] = ctrl.ctx is not None and ctrl.ctx.user_con is not None
        tab = ctrl.window.tab_widget("kreisprofile")
        seen["title"] = tab.title.text() if tab is not None else ""

app_ctrl = []
ctrl = start(["--lang", "de", "--no-error-dialogs"], install_hooks=False)
app_ctrl.append(ctrl)
ctrl.window.data_shown.connect(shown)
ctrl.ready.connect(lambda: QApplication.instance().quit())
QApplication.instance().exec()
seen["user_db_open_later"] = ctrl.ctx.user_con is not None
print("RESULT " + json.dumps(seen))
"""

FORBIDDEN_PREFIXES = ("openpyxl", "core.imports", "core.export", "pandas", "gui.dialogs.import_dialog",
                      "gui.dialogs.export_dialog", "gui.tabs.portfolio_tab", "gui.tabs.forecast_tab",
                      "gui.tabs.recommendations_tab", "gui.tabs.study_tab", "core.userdb", "core.forecast")


def _first_profile(home: Path, runs: int = 2) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_HOME=str(home))
    result: dict = {}
    for _ in range(runs):  # the second run is a returning user (user database and data cache exist)
        proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=180)
        assert proc.returncode == 0, proc.stderr[-3000:]
        line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))
        result = json.loads(line[len("RESULT "):])
        loaded = [m for m in result["modules"] if m.startswith(FORBIDDEN_PREFIXES)]
        assert loaded == [], f"loaded before the first profile was shown: {loaded}"
        assert not result["user_db_open"]
        assert result["user_db_open_later"]
        assert result["title"]  # a district's name: the profile is on screen
    return result


def test_first_profile_needs_no_export_import_pandas_or_user_database(tmp_path: Path) -> None:
    _first_profile(tmp_path / "home")


def test_no_module_switches_pyside_features() -> None:
    """gui.pyside_speed answers PySide6's "uses __feature__?" with no for every module: true only while
    no module of the app switches features (snake_case, true_property)."""
    users = [p for d in ("gui", "core") for p in (ROOT / d).rglob("*.py")
             if "__feature__" in p.read_text("utf-8") and p.name != "pyside_speed.py"]
    assert users == []


def test_qt_types_are_created_at_import_never_lazily_from_a_worker(tmp_path):
    """The window imports tab modules (pyqtgraph, charts) in a worker thread while the GUI thread builds
    widgets; PySide6's lazy wrapper types would then be created by two threads at once (a rare crash at
    start). Entering the gui package switches lazy creation off before PySide6 loads: every QtWidgets
    type exists right after the import — as the app starts (gui.launcher) and in the frozen bundle's
    entry (gui/__main__.py imports gui.launcher first)."""
    code = ("import gui.launcher, json, sys; import PySide6.QtWidgets as w; "
            "sys.stdout.write(json.dumps([len(vars(w)), 'QProxyStyle' in vars(w)]))")
    env = {k: v for k, v in os.environ.items() if k != "PYSIDE6_OPTION_LAZY"}
    r = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    count, has_proxy_style = json.loads(r.stdout)
    assert has_proxy_style and count > 150
