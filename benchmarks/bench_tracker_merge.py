"""Tracker file with 20,000 measures merged into another laptop's tracker (target: ≤ 10 s).

Built once: tracker A with 20,000 measures (2,000 per recommendation, each with a milestone and its
history rows), exported to a .hwmtracker file. Measured: ``tracker import`` of that file into a fresh
tracker B — read and check the untrusted file (core.tracker.file_schema), plan the merge, write it in
one transaction — and, as a second case, the same file imported again (everything known: plan only).
Baseline: the simplest thing that moves the same rows, ``json.loads`` + one bulk INSERT of the items.

    .venv/bin/python benchmarks/bench_tracker_merge.py [--items 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from harness import Result, print_table  # noqa: E402


def build_file(folder: Path, n_items: int) -> Path:
    import pandas as pd

    from core.tracker.store import Tracker, _now
    from core.tracker.transfer import export_file
    from core.userdb import open_user_db

    con = open_user_db(folder / "a.duckdb")
    t = Tracker(con, who="laptop-a")
    now = _now()
    items, milestones, history = [], [], []
    for i in range(n_items):
        rec = i % 10 + 1
        iid, mid = uuid.uuid4().hex, uuid.uuid4().hex
        field = con.execute("SELECT field FROM tracker_items WHERE number = ?", [rec]).fetchone()[0] if i < 10 else None
        items.append(dict(id=iid, code=f"{rec}.{i // 10 + 1}", parent_id=f"empfehlung-{rec:02d}", kind="measure",
                          number=None, field=field, title=f"Maßnahme {i}", status="geplant", progress=i % 101,
                          org="HWK", person="", partners="", start_date=None, due_date=None, deleted=False,
                          created_at=now, updated_at=now, updated_by="laptop-a", description="", notes="",
                          next_steps="", source_kind="user"))
        milestones.append(dict(id=mid, item_id=iid, title="Auftakt", due=None, done=False, deleted=False,
                               created_at=now))
        history.append(dict(id=uuid.uuid4().hex, at=now, who="laptop-a", entity="item", entity_id=iid,
                            item_id=iid, field="angelegt", old=None, new=f"Maßnahme {i}", note=""))
        history.append(dict(id=uuid.uuid4().hex, at=now, who="laptop-a", entity="milestone", entity_id=mid,
                            item_id=iid, field="angelegt", old=None, new="Auftakt", note=""))
    fields = dict(con.execute("SELECT number, field FROM tracker_items WHERE kind = 'recommendation'").fetchall())
    for it in items:
        it["field"] = fields[int(it["code"].split(".")[0])]
    for table, rows in (("tracker_items", items), ("tracker_milestones", milestones), ("tracker_history", history)):
        df = pd.DataFrame(rows)
        con.register("_rows", df)
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _rows")
        con.unregister("_rows")
    path = export_file(t, folder / "laptop-a.hwmtracker")
    con.close()
    return path


def measure(quick: bool = False, n_items: int = 20_000, runs: int = 3) -> list[Result]:
    home = Path(tempfile.mkdtemp(prefix="hwm-bench-merge-"))
    os.environ["HANDWERKSMONITOR_HOME"] = str(home)
    from core.tracker.store import Tracker
    from core.tracker.transfer import apply_import, load_file, plan_import
    from core.userdb import open_user_db

    runs = 1 if quick else runs
    path = build_file(home, n_items)
    merge_times, again_times, base_times = [], [], []
    for r in range(runs):
        con = open_user_db(home / f"b{r}.duckdb")
        t = Tracker(con, who="laptop-b")
        started = time.perf_counter()
        apply_import(t, plan_import(t, load_file(path)), prefer="local")
        merge_times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        plan = plan_import(t, load_file(path))
        again_times.append((time.perf_counter() - started) * 1000)
        assert not plan.new_rows and not plan.updates
        n = con.execute("SELECT count(*) FROM tracker_items WHERE kind = 'measure'").fetchone()[0]
        assert n == n_items, n
        con.close()
        import pandas as pd

        raw = open_user_db(home / f"base{r}.duckdb")
        started = time.perf_counter()
        data = json.loads(path.read_text("utf-8"))
        df = pd.DataFrame(data["items"])
        raw.register("_i", df)
        raw.execute("CREATE TABLE plain AS SELECT * FROM _i")
        base_times.append((time.perf_counter() - started) * 1000)
        raw.close()
    shutil.rmtree(home, ignore_errors=True)
    med = sorted(merge_times)[len(merge_times) // 2]
    again = sorted(again_times)[len(again_times) // 2]
    base = sorted(base_times)[len(base_times) // 2]
    return [
        Result(f"tracker: merge a file of {n_items:,} measures (check + plan + write)", med,
               "json.loads + one bulk INSERT of the items", base, runs=runs),
        Result(f"tracker: same file again, all known ({n_items:,})", again,
               "json.loads + one bulk INSERT of the items", base, runs=runs),
    ]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    print_table(measure(a.quick, a.items, a.runs))
