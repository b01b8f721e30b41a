"""Helper processes for the tracker's kill and two-instance tests (run as scripts, not collected by pytest).

    python tracker_procs.py writer DB START   edits forever; prints "CONFIRMED <n>" after each commit
    python tracker_procs.py holder DB [ROLE]  holds the file open (as the window, or ROLE=command), adds a
                                              measure, waits for a line on stdin
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import duckdb  # noqa: E402

from core.tracker.store import Tracker  # noqa: E402
from core.userdb import open_user_db  # noqa: E402


def rec(n: int) -> str:
    return f"empfehlung-{n % 10 + 1:02d}"


def writer(db: Path, start: int) -> None:
    # The parent created and migrated the file; a plain connect keeps start-up short (no other modules).
    con = duckdb.connect(str(db))
    t = Tracker(con, who="writer")
    print("READY", flush=True)
    n = start
    while True:
        n += 1
        if n % 3 == 0:
            t.add_measure(rec(n), f"kill-{n}")
        else:
            t.update_item(rec(n), {"notes": f"kill-{n}", "progress": n % 101})
        if n % 7 == 0:
            t.con.execute("CHECKPOINT")  # also kill inside / right after checkpoints
        print(f"CONFIRMED {n}", flush=True)


def holder(db: Path, role: str = "window") -> None:
    con = open_user_db(db, role=role)
    t = Tracker(con, who="holder")
    t.add_measure("empfehlung-01", "Gehalten von Fenster 1")
    print("READY", flush=True)
    sys.stdin.readline()
    t.update_item("empfehlung-01", {"status": "geplant"})
    t.close()
    con.close()
    print("DONE", flush=True)


if __name__ == "__main__":
    mode, db = sys.argv[1], Path(sys.argv[2])
    if mode == "writer":
        writer(db, int(sys.argv[3]))
    else:
        holder(db, *(sys.argv[3:4]))
