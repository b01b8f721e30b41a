"""Start-up time of the desktop app against a bare PySide6 window, same machine, same run, offscreen.

Measured from just before the process is spawned (parent's clock) to:
- ``first_paint``: the main window receives its first paint event (menus, tabs, "Daten werden geladen …");
- ``data_shown``: the Kreisprofile tab reports its first district profile filled with numbers
  (its ``data_shown`` signal; the app prints ``HWM-MARKER data_shown <time>`` with
  HANDWERKSMONITOR_STARTUP_PROBE=1 and quits);
- baseline: a bare ``QApplication`` + one ``QLabel`` until its first paint event.

Runs alternate app/baseline; one warm-up pair is discarded (OS file cache); medians over ``--runs``.
The app uses one throw-away HANDWERKSMONITOR_HOME for all runs (a returning user: the user database
exists). Usage::

    .venv/bin/python benchmarks/bench_startup.py --runs 7
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"HWM-MARKER first_paint {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
label = QLabel("Handwerksmonitor")
probe = Probe()
label.installEventFilter(probe)
label.resize(1280, 800)
label.show()
app.exec()
"""


def _run(cmd: list[str], env: dict[str, str], timeout: float = 120.0) -> dict[str, float]:
    t0 = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    marks: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "HWM-MARKER":
            marks.setdefault(parts[1], float(parts[2]) - t0)
    if "first_paint" not in marks:
        raise RuntimeError(f"no paint marker from {cmd[:3]}: {proc.stderr[-800:]}")
    return marks


def sample(runs: int) -> tuple[list[float], list[float], list[float]]:
    """(bare first paint, app first paint, app data shown) in seconds, alternating runs, one warm-up pair."""
    home = Path(tempfile.mkdtemp(prefix="hwm-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_HOME=str(home),
               HANDWERKSMONITOR_STARTUP_PROBE="1")
    app_cmd = [sys.executable, "-m", "gui.launcher", "--lang", "de", "--no-error-dialogs"]
    bare_cmd = [sys.executable, "-c", BARE]
    app_paint, app_data, bare_paint = [], [], []
    for i in range(runs + 1):
        a = _run(app_cmd, env)
        b = _run(bare_cmd, env)
        if i == 0:
            continue  # warm-up
        app_paint.append(a["first_paint"])
        app_data.append(a.get("data_shown", a.get("tabs_ready", float("nan"))))
        bare_paint.append(b["first_paint"])
    return bare_paint, app_paint, app_data


def measure(quick: bool = False) -> list:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from harness import Result

    runs = 3 if quick else 7
    bare, paint, data = sample(runs)
    med = statistics.median
    return [
        Result("start-up to first painted window", med(paint) * 1000, "bare PySide6 window, one label",
               med(bare) * 1000, runs=runs),
        Result("start-up to first district profile with data", med(data) * 1000, "bare PySide6 window, one label",
               med(bare) * 1000, runs=runs),
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args(argv)
    bare_paint, app_paint, app_data = sample(args.runs)
    med = statistics.median
    bp, ap, ad = med(bare_paint), med(app_paint), med(app_data)
    print(f"runs: {args.runs} (+1 warm-up), offscreen, Python {sys.version.split()[0]}")
    print(f"bare PySide6 window, first paint      : {bp * 1000:7.0f} ms (median)")
    print(f"Handwerksmonitor, first paint          : {ap * 1000:7.0f} ms  ratio {ap / bp:5.2f}")
    print(f"Handwerksmonitor, first profile w/ data: {ad * 1000:7.0f} ms  ratio {ad / bp:5.2f}")
    print("all runs (ms): bare", [round(x * 1000) for x in bare_paint])
    print("               app paint", [round(x * 1000) for x in app_paint])
    print("               app data ", [round(x * 1000) for x in app_data])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
