"""Frozen bundle: size and start-up, against a naive build and the same app run from source.

- size of ``dist/Handwerksmonitor`` (lean build.spec) vs ``dist-naive/Handwerksmonitor`` (plain
  ``pyinstaller gui/__main__.py`` with the resources added, no excludes); build the naive one with
  ``.venv/bin/python benchmarks/bench_bundle.py --build-naive``;
- start-up of the frozen executable to the first painted window and to the first district profile
  filled with data (start-up probe markers, offscreen), vs the same app started from source.

    .venv/bin/python benchmarks/bench_bundle.py [--build-naive]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import ROOT, Result, print_table  # noqa: E402

LEAN = ROOT / "dist" / "Handwerksmonitor"
NAIVE = ROOT / "dist-naive" / "Handwerksmonitor"


def dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def probe(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median ms from process start to the markers first_paint and data_shown."""
    paint, data = [], []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_STARTUP_PROBE="1",
                   HANDWERKSMONITOR_HOME=tempfile.mkdtemp())
        t0 = time.time()
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT).stdout
        marks = {ln.split()[1]: float(ln.split()[2]) for ln in out.splitlines() if ln.startswith("HWM-MARKER")}
        if "first_paint" in marks and "data_shown" in marks:
            paint.append((marks["first_paint"] - t0) * 1000)
            data.append((marks["data_shown"] - t0) * 1000)
    if not paint:
        raise RuntimeError(f"no start-up markers from {cmd[0]}")
    return statistics.median(paint), statistics.median(data)


def build_naive() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", "Handwerksmonitor",
         "--distpath", str(ROOT / "dist-naive"), "--workpath", str(ROOT / "build-naive"),
         "--specpath", str(ROOT / "build-naive"), "--add-data", f"{ROOT / 'resources'}:resources",
         "--paths", str(ROOT), "--collect-submodules", "core", "--collect-submodules", "gui",
         str(ROOT / "gui" / "__main__.py")],
        check=True, cwd=ROOT,
    )


def measure(quick: bool = False) -> list[Result]:
    if not LEAN.exists():
        raise RuntimeError("no bundle in dist/Handwerksmonitor (run installers/linux/build.sh --no-pack)")
    runs = 3 if quick else 7
    out = []
    if NAIVE.exists():
        out.append(Result("bundle size (build.spec, lean)", dir_mb(LEAN), "naive PyInstaller build", dir_mb(NAIVE), "MB"))
    else:
        out.append(Result("bundle size (build.spec, lean)", dir_mb(LEAN), "naive build (not built)", float("nan"), "MB"))
    exe = str(LEAN / "Handwerksmonitor")
    f_paint, f_data = probe([exe], runs)
    s_paint, s_data = probe([sys.executable, "-m", "gui"], runs)
    out.append(Result("frozen start-up to first paint", f_paint, "same app from source", s_paint, runs=runs))
    out.append(Result("frozen start-up to data shown", f_data, "same app from source", s_data, runs=runs))
    if NAIVE.exists():
        n_paint, n_data = probe([str(NAIVE / "Handwerksmonitor")], runs)
        out.append(Result("frozen start-up to data shown (lean)", f_data, "naive build", n_data, runs=runs))
    return out


if __name__ == "__main__":
    if "--build-naive" in sys.argv:
        build_naive()
    print_table(measure(quick="--quick" in sys.argv))
