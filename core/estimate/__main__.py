"""``python -m core.estimate`` regenerates resources/data/estimate_gewerbegruppen.csv.

``--check``: exit 1 if the committed CSV differs from a fresh build (exit 0 if current).
``--report``: print every fitted margin with its achieved value (Markdown).
"""

from __future__ import annotations

import argparse
import sys

from core import csv_schema
from core.estimate.build import build, committed_table, default_path, is_current, report, write


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m core.estimate", description=__doc__)
    p.add_argument("--check", action="store_true", help="verify that the committed CSV is current")
    p.add_argument("--report", action="store_true", help="print margins and achieved values")
    a = p.parse_args(argv)
    if a.check:
        if is_current():
            print(f"{default_path().name} is current")
            return 0
        print(f"{default_path().name} is out of date: run .venv/bin/python -m core.estimate", file=sys.stderr)
        return 1
    est = build()
    if a.report:
        print(report(est))
        return 0
    table = committed_table(est)
    path = write(table)
    print(f"wrote {path} ({len(table)} rows)")

    csv_schema.main()  # the stored column types must describe the new file, or loading falls back to sniffing
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
