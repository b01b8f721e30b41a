"""Run every benchmark and print one table: each figure with its baseline and their ratio.

    .venv/bin/python benchmarks/run_all.py            # all benchmarks (a few minutes)
    .venv/bin/python benchmarks/run_all.py --quick    # fewer repetitions
    .venv/bin/python benchmarks/run_all.py --only load forecast

The frozen-bundle figures need a built bundle (installers/linux/build.sh); they are skipped
with a note when ``dist/Handwerksmonitor`` does not exist. Medians over repeated runs, all figures
and baselines measured in the same run on the same machine.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from harness import Result, print_table  # noqa: E402

BENCHES = ["load", "startup", "portfolio_update", "forecast", "measures", "tracker", "export", "import", "bundle"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--only", nargs="*", choices=BENCHES)
    args = p.parse_args(argv)
    results: list[Result] = []
    notes: list[str] = []
    for name in args.only or BENCHES:
        try:
            mod = importlib.import_module(f"bench_{name}")
        except ModuleNotFoundError as exc:
            notes.append(f"bench_{name}: not available ({exc})")
            continue
        if not hasattr(mod, "measure"):
            notes.append(f"bench_{name}: no measure() function")
            continue
        t0 = time.perf_counter()
        try:
            results += mod.measure(quick=args.quick)
        except Exception as exc:  # one broken benchmark must not hide the others
            notes.append(f"bench_{name}: failed ({type(exc).__name__}: {exc})")
        print(f"[{name} done in {time.perf_counter() - t0:.1f} s]", file=sys.stderr)
    print(f"Handwerksmonitor benchmarks, {time.strftime('%Y-%m-%d')}, {platform.node()}, "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print_table(results)
    for n in notes:
        print("note:", n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
