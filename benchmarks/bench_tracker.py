"""Recommendations tracker: cost of the safety guarantees.

- one confirmed edit (validate + BEGIN … UPDATE + history row … COMMIT, WAL synced) vs the same UPDATE
  in autocommit without history (what a tracker without history/transaction would cost);
- start-up backup of the user database (COPY FROM DATABASE into a new file) vs a plain file copy;
- export of the whole tracker to JSON and planning an import of it.

    .venv/bin/python benchmarks/bench_tracker.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import Result, median_ms, print_table  # noqa: E402


def measure(quick: bool = False) -> list[Result]:
    home = Path(tempfile.mkdtemp(prefix="hwm-bench-tracker-"))
    os.environ["HANDWERKSMONITOR_HOME"] = str(home)
    from core.tracker import backup
    from core.tracker.store import Tracker
    from core.tracker.transfer import export_data, plan_import
    from core.userdb import open_user_db

    runs = 20 if quick else 100
    con = open_user_db(home / "bench.duckdb")
    t = Tracker(con, who="bench")
    for i in range(40):  # a realistically filled tracker: 40 measures with milestones and history
        m = t.add_measure(f"empfehlung-{i % 10 + 1:02d}", f"Maßnahme {i}")
        t.add_milestone(m, "Auftakt", "01.03.2027")
        t.update_item(m, {"status": "geplant", "progress": i % 100})
    n = iter(range(10**9))
    edit = median_ms(lambda: t.update_item("empfehlung-01", {"notes": f"n{next(n)}"}), runs)
    raw = con.cursor()
    plain = median_ms(lambda: raw.execute("UPDATE tracker_items SET notes = ? WHERE id = 'empfehlung-02'",
                                          [f"n{next(n)}"]), runs)
    con.execute("CHECKPOINT")
    b_runs = 5 if quick else 20
    copy_db = median_ms(lambda: backup.make_backup(con, "bench"), b_runs)
    target = home / "plain-copy.duckdb"
    copy_file = median_ms(lambda: shutil.copyfile(home / "bench.duckdb", target), b_runs)
    data = export_data(t)
    exp = median_ms(lambda: export_data(t), b_runs)
    plan = median_ms(lambda: plan_import(t, data), b_runs)
    con.close()
    shutil.rmtree(home, ignore_errors=True)
    return [
        Result("tracker: confirmed edit (tx + history)", edit, "UPDATE autocommit, no history", plain, runs=runs),
        Result("tracker: start-up backup (COPY FROM DATABASE)", copy_db, "plain file copy", copy_file, runs=b_runs),
        Result("tracker: plan import of own export (40 measures)", plan, "export to dict", exp, runs=b_runs),
    ]


if __name__ == "__main__":
    print_table(measure())
