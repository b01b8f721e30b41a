"""Start-up of the desktop app against a bare PySide6 window, whole processes, same run, offscreen.

Measured from the spawn of the process to:
- ``first_paint``: the main window receives its first paint event (menus, tabs, "Daten werden geladen …");
- ``data_shown``: the Kreisprofile tab shows its first district profile filled with numbers (the app
  prints ``HWM-MARKER <event> <unix time> <cpu s>`` with HANDWERKSMONITOR_STARTUP_PROBE=1 and quits);
- baseline: a bare ``QApplication`` + ``QMainWindow`` with one ``QLabel`` until its first paint event.

CPU time (the process's, all threads, at the marker) is the primary figure: wall time on the shared
2-core machine swings with the other jobs. Runs alternate app/baseline after one discarded warm-up pair
(OS file cache); ratios pair by pair. The app uses one throw-away HANDWERKSMONITOR_HOME for all runs
(a returning user: the user database exists after the warm-up).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import procs  # noqa: E402
from harness import Result, print_table  # noqa: E402

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"HWM-MARKER first_paint {time.time():.6f} {time.process_time():.6f}", flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
win = QMainWindow()
win.setWindowTitle("Handwerksmonitor")
win.setCentralWidget(QLabel("Handwerksmonitor"))
probe = Probe()
win.installEventFilter(probe)
win.resize(1280, 800)
win.show()
app.exec()
"""


def sample(runs: int, app_cmd: list[str] | None = None) -> tuple[list[procs.Sample], list[procs.Sample]]:
    """(app samples, bare-window samples), alternating, one warm-up pair discarded."""
    home = Path(tempfile.mkdtemp(prefix="hwm-bench-"))
    env = procs.env_with(QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_HOME=str(home),
                         HANDWERKSMONITOR_STARTUP_PROBE="1")
    app_cmd = app_cmd or [sys.executable, "-m", "gui.launcher", "--lang", "de", "--no-error-dialogs"]
    bare_cmd = [sys.executable, "-c", BARE]

    def app() -> procs.Sample:
        s = procs.checked(procs.run(app_cmd, env), "app")
        if "data_shown" not in s.marks or "first_paint" not in s.marks:
            raise RuntimeError(f"no start-up markers from the app: {s.stdout[-500:]} {s.stderr[-800:]}")
        return s

    def bare() -> procs.Sample:
        return procs.checked(procs.run(bare_cmd, env), "bare window")

    return procs.pairs(app, bare, runs)


def rows(apps: list[procs.Sample], bares: list[procs.Sample], label: str = "") -> list[Result]:
    bare_cpu = [b.marks["first_paint"][1] for b in bares]
    bare_wall = [b.marks["first_paint"][0] for b in bares]
    paint = procs.pair_stats([a.marks["first_paint"][1] for a in apps], bare_cpu)
    data = procs.pair_stats([a.marks["data_shown"][1] for a in apps], bare_cpu)
    data_wall = procs.pair_stats([a.marks["data_shown"][0] for a in apps], bare_wall)
    base = "bare QMainWindow + QLabel, first paint"
    return [
        Result.from_pairs(f"start → first painted window{label}", paint, base, "s CPU", "≤ 1.3×"),
        Result.from_pairs(f"start → first district profile with data{label}", data, base, "s CPU", "≤ 4×"),
        Result.from_pairs(f"  same, wall time{label}", data_wall, base + " (wall)", "s wall", "≤ 1.0 s wall"),
    ]


def measure(quick: bool = False) -> list[Result]:
    apps, bares = sample(3 if quick else 7)
    return rows(apps, bares)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args(argv)
    apps, bares = sample(args.runs)
    print_table(rows(apps, bares))
    print("all runs, CPU s: app paint", [round(a.marks["first_paint"][1], 3) for a in apps])
    print("                 app data ", [round(a.marks["data_shown"][1], 3) for a in apps])
    print("                 bare     ", [round(b.marks["first_paint"][1], 3) for b in bares])
    print("wall s: app data", [round(a.marks["data_shown"][0], 3) for a in apps],
          "bare", [round(b.marks["first_paint"][0], 3) for b in bares])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
