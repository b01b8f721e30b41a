"""Run the benchmarks and print one table: each figure with its baseline, measured in the same run.

    .venv/bin/python benchmarks/run_all.py              # issue-19 table + the other benchmarks
    .venv/bin/python benchmarks/run_all.py --quick      # fewer repetitions
    .venv/bin/python benchmarks/run_all.py --only startup cli export
    .venv/bin/python benchmarks/run_all.py --markdown   # the table as Markdown (README)

The first table is the one of issue 19 (whole processes, CPU time, ratios pair by pair with their min–max):
start-up (bench_startup), command line (bench_cli), Excel export (bench_export), register import
(bench_import, owned by the register work: time and peak memory against DuckDB's bare read_csv), frozen bundle and installer archive (bench_bundle; needs ``installers/linux/build.sh``
and ``benchmarks/bench_bundle.py --build-naive``). The second table holds the other benchmarks (data
load, portfolio update, forecast, forecast with measures, tracker), medians of in-process timings.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from harness import Result, print_table  # noqa: E402

ISSUE = ["startup", "cli", "export", "import", "bundle"]
OTHER = ["load", "portfolio_update", "forecast", "measures", "tracker", "tracker_merge"]
# Goals of issue 19 for rows measured by benchmarks owned elsewhere (bench_import: the register work).
GOALS = {"import": ["≤ 2×", "", "≤ 1.5×"]}


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}{load}"


def _not_measured(name: str, exc: BaseException) -> Result:
    figure = {"import": "import of a 1,000,000-row register CSV", "bundle": "frozen bundle"}.get(name, name)
    r = Result(f"{figure}: not measured ({type(exc).__name__}: {str(exc)[:90]})", float("nan"), "", float("nan"))
    return r


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--only", nargs="*", choices=ISSUE + OTHER)
    p.add_argument("--markdown", action="store_true")
    args = p.parse_args(argv)
    # in-process benchmarks write the prebuilt data cache: never into the real user folder
    os.environ.setdefault("HANDWERKSMONITOR_HOME", tempfile.mkdtemp(prefix="hwm-bench-"))
    chosen = args.only or ISSUE + OTHER
    tables: dict[str, list[Result]] = {"issue": [], "other": []}
    notes: list[str] = []
    for name in chosen:
        t0 = time.perf_counter()
        try:
            mod = importlib.import_module(f"bench_{name}")
            rows = mod.measure(quick=args.quick)
            for r, goal in zip(rows, GOALS.get(name, []), strict=False):
                r.goal = r.goal or goal
            tables["issue" if name in ISSUE else "other"] += rows
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others (reported below)
            if name in ISSUE:
                tables["issue"].append(_not_measured(name, exc))
            notes.append(f"bench_{name}: {type(exc).__name__}: {exc}")
        print(f"[{name} done in {time.perf_counter() - t0:.1f} s]", file=sys.stderr)
    print(f"Handwerksmonitor benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, {platform.node()}: {_machine()}")
    for key, title in (("issue", "issue 19 figures"), ("other", "other benchmarks")):
        if tables[key]:
            print(f"\n{title}:\n")
            print_table(tables[key], markdown=args.markdown)
    for n in notes:
        print("note:", n[:400])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
