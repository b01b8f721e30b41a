"""Start-up path: the first district profile is on screen before anything it does not need is loaded,
and no worker thread ever imports a module that touches Qt.

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


THREADS_PROBE = r"""
import json, sys, threading
imported = []  # (thread name, module) of every module loaded off the main thread

class Recorder:  # asked first for every module not loaded yet, however it is imported; finds nothing
    @staticmethod
    def find_spec(name, path=None, target=None):
        if threading.current_thread() is not threading.main_thread():
            imported.append((threading.current_thread().name, name))
        return None

sys.meta_path.insert(0, Recorder)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui import startup_imports, workers
from gui.app import start

ctrl = start(["--lang", "de", "--no-error-dialogs"], install_hooks=False)
state = {"ready": False}
ctrl.ready.connect(lambda: state.update(ready=True))

def check():  # every tab built, the Kreisprofile charts and sub-tabs too, no worker left
    tab = ctrl.window.tab_widget("kreisprofile")
    if state["ready"] and tab is not None and tab._groups is not None and not startup_imports.importer().busy() \
            and workers.wait_idle(100):
        QApplication.instance().quit()
    else:
        QTimer.singleShot(50, check)

QTimer.singleShot(50, check)
QApplication.instance().exec()

def holds_qt(name):
    module = sys.modules.get(name)
    for value in vars(module).values() if module is not None else ():
        kind = value if isinstance(value, type) else type(value)
        if kind.__module__.partition(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
            return True
    return False

print("RESULT " + json.dumps({"imported": imported, "qt": [m for _, m in imported if holds_qt(m)],
                              "pyqtgraph": "pyqtgraph" in sys.modules}))
"""

QT_PACKAGES = ("PySide6", "shiboken6", "shibokensupport", "pyqtgraph", "gui")


def test_no_worker_thread_imports_a_module_that_touches_qt(tmp_path: Path) -> None:
    """PySide6 creates its Qt wrapper types on first use, which two threads must never do at once (the
    window crashed at start, rarely and under load, while a worker imported the tab modules). In a real
    start (every tab built, the Kreisprofile charts and sub-tabs too) no module is imported off the main
    thread whose package is Qt's, pyqtgraph's or the app's gui (all Qt), or whose namespace holds a Qt
    class or object — the data layer, pandas, numpy and the like are loaded by workers."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_HOME=str(tmp_path / "home"))
    env.pop("PYSIDE6_OPTION_LAZY", None)  # as the app starts: lazy types
    proc = subprocess.run([sys.executable, "-c", THREADS_PROBE], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))[len("RESULT "):])
    modules = [m for _, m in result["imported"]]
    assert result["pyqtgraph"] and "pandas" in modules and "core.datastore" in modules  # the start did run
    by_package = [m for m in modules if m.partition(".")[0] in QT_PACKAGES]
    assert by_package == [], f"imported by a worker thread: {by_package}"
    assert result["qt"] == [], f"imported by a worker thread, holding Qt objects: {result['qt']}"
