"""Excel export of all districts against bare openpyxl writing the same cells, whole processes, CPU time.

- program: ``handwerksmonitor export --all-districts --out FILE.xlsx`` (data load, every sheet with its
  computations, styling, charts, the Quellen sheet, atomic write), a fresh process per run;
- baseline: a fresh process that imports openpyxl, writes the very cell values of that workbook (read back
  from the first export, handed over as a pickle) into a new workbook, sheet by sheet with ``append``, and
  saves it: no styles, no charts, no computations.

One discarded warm-up pair, then alternating runs; ratios pair by pair.
``--in-process`` also prints the in-process split (core results + layout in memory vs. save).

    .venv/bin/python benchmarks/bench_export.py [--runs 5] [--in-process]
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import procs  # noqa: E402
from bench_cli import entry_point, make_user_db  # noqa: E402
from harness import Result, median_ms, print_table  # noqa: E402

BARE = r"""
import pickle, sys
import openpyxl
cells = pickle.load(open(sys.argv[1], "rb"))
wb = openpyxl.Workbook()
wb.remove(wb.active)
for title, rows in cells:
    ws = wb.create_sheet(title)
    for r in rows:
        ws.append(r)
wb.save(sys.argv[2])
"""


def _cells(path: Path) -> list[tuple[str, list[list[object]]]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return [(ws.title, [[c.value for c in row] for row in ws.iter_rows()]) for ws in wb.worksheets]


def measure(quick: bool = False, runs: int | None = None) -> list[Result]:
    runs = runs or (3 if quick else 5)
    tmp = Path(tempfile.mkdtemp(prefix="hwm-bench-export-"))
    env = procs.env_with(HANDWERKSMONITOR_HOME=str(tmp / "home"))
    make_user_db(env)  # a returning user: the tracker and scenarios come from the user database
    out = tmp / "full.xlsx"
    cmd = entry_point() + ["export", "--all-districts", "--out", str(out)]
    procs.checked(procs.run(cmd, env), "export")
    cells = _cells(out)
    n_cells = sum(1 for _, rows in cells for r in rows for v in r if v is not None)
    blob = tmp / "cells.pickle"
    blob.write_bytes(pickle.dumps(cells))
    bare_cmd = [sys.executable, "-c", BARE, str(blob), str(tmp / "bare.xlsx")]
    apps, bases = procs.pairs(lambda: procs.checked(procs.run(cmd, env), "export"),
                              lambda: procs.checked(procs.run(bare_cmd, env), "bare openpyxl"), runs)
    stat = procs.pair_stats([a.cpu for a in apps], [b.cpu for b in bases])
    return [Result.from_pairs(f"`export --all-districts` ({len(cells)} sheets, {n_cells:,} cells)", stat,
                              "bare openpyxl writing the same cells", "s CPU", "≤ 2×")]


def in_process(runs: int) -> list[Result]:
    """Split of the export inside one process (store loaded once, not timed)."""
    import openpyxl

    from core.datastore import DataStore
    from core.export import ExportRequest, build_workbook, export_workbook
    from core.userdb import open_user_db

    store = DataStore()
    with tempfile.TemporaryDirectory() as tmp:
        con = open_user_db(Path(tmp) / "bench.duckdb")
        request = ExportRequest(user_con=con)
        wb, _ = build_workbook(store, request)
        cells = [(ws.title, [[c.value for c in row] for row in ws.iter_rows()]) for ws in wb.worksheets]

        def bare() -> None:
            out = openpyxl.Workbook()
            out.remove(out.active)
            for title, rows in cells:
                ws = out.create_sheet(title)
                for r in rows:
                    ws.append(r)
            out.save(Path(tmp) / "bare.xlsx")

        t_full = median_ms(lambda: export_workbook(store, Path(tmp) / "full.xlsx", request), runs)
        t_build = median_ms(lambda: build_workbook(store, request), runs)
        t_bare = median_ms(bare, runs)
        con.close()
    return [Result("in process: full export (store loaded)", t_full, "bare openpyxl, same cells", t_bare,
                   runs=runs),
            Result("  of which results + layout in memory (no save)", t_build, "bare openpyxl, same cells",
                   t_bare, runs=runs)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--in-process", action="store_true")
    args = p.parse_args(argv)
    results = measure(runs=args.runs)
    if args.in_process:
        results += in_process(args.runs)
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
