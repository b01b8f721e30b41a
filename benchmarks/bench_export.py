"""Benchmark: the full Excel export (all districts, every sheet, styling, charts, atomic write) against
writing the same cell values with bare openpyxl (no styles, no charts, no formula guard, plain save).

Both write the same cells: the baseline copies every value of the exported workbook into a fresh
workbook. The store is loaded once (not timed). Medians over repeated runs.

    .venv/bin/python benchmarks/bench_export.py [--quick]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Result, median_ms, print_table  # noqa: E402


def measure(quick: bool = False) -> list[Result]:
    import openpyxl

    from core.datastore import DataStore
    from core.export import ExportRequest, build_workbook, export_workbook
    from core.userdb import open_user_db

    runs = 3 if quick else 7
    store = DataStore()
    with tempfile.TemporaryDirectory() as tmp:
        import os

        os.environ.setdefault("HANDWERKSMONITOR_HOME", tmp)
        con = open_user_db(Path(tmp) / "bench.duckdb")
        request = ExportRequest(user_con=con)
        wb, _ = build_workbook(store, request)
        cells = [(ws.title, [[c.value for c in row] for row in ws.iter_rows()]) for ws in wb.worksheets]
        n_cells = sum(1 for _, rows in cells for r in rows for v in r if v is not None)

        def full() -> None:
            export_workbook(store, Path(tmp) / "full.xlsx", request)

        def bare() -> None:
            out = openpyxl.Workbook()
            out.remove(out.active)
            for title, rows in cells:
                ws = out.create_sheet(title)
                for r in rows:
                    ws.append(r)
            out.save(Path(tmp) / "bare.xlsx")

        t_full = median_ms(full, runs)
        t_build = median_ms(lambda: build_workbook(store, request), runs)
        t_bare = median_ms(bare, runs)
        con.close()
    return [
        Result(
            f"Excel export, all districts ({len(cells)} sheets, {n_cells:,} cells)",
            t_full,
            "bare openpyxl, same cells",
            t_bare,
            runs=runs,
        ),
        Result(
            "  of which core results + layout in memory (no save)",
            t_build,
            "bare openpyxl, same cells",
            t_bare,
            runs=runs,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    results = measure(quick="--quick" in (argv or sys.argv[1:]))
    print_table(results)
    print(f"ratio full export / bare openpyxl: {results[0].ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
