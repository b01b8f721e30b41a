"""Kill test: a writer process is SIGKILLed at random points; every edit it confirmed must survive.

The writer prints "CONFIRMED <n>" only after the transaction of edit n has committed, which is the moment
the app shows an edit as saved. After each kill the file must open (with the app's own open path) and
contain every confirmed edit. Seeded, so a failure is reproducible.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.tracker.store import Tracker
from core.userdb import open_user_db

PROCS = Path(__file__).with_name("tracker_procs.py")
KILLS = 50


def _confirmed(stdout: str) -> list[int]:
    return [int(line.split()[1]) for line in stdout.splitlines() if line.startswith("CONFIRMED ")]


def _check(db: Path, confirmed: set[int]) -> None:
    con = open_user_db(db)
    try:
        t = Tracker(con, read_only=True)
        titles = {r["title"] for r in t.items()}
        notes = {h["new"] for h in t.history() if h["field"] == "notes"}
        missing = [n for n in confirmed if (f"kill-{n}" not in (titles if n % 3 == 0 else notes))]
        assert not missing, f"confirmed edits lost after kill: {sorted(missing)[:10]}"
        assert len(t.items()) >= 10
    finally:
        con.close()


@pytest.mark.slow
def test_confirmed_edits_survive_random_kills(tmp_path: Path) -> None:
    db = tmp_path / "kill.duckdb"
    open_user_db(db).close()  # created and migrated as by the app
    rng = random.Random(20261125)
    confirmed: set[int] = set()
    kills_mid_edit = 0
    for _ in range(KILLS):
        start = max(confirmed, default=0) + 1000  # fresh numbers per run (unconfirmed ones may exist)
        proc = subprocess.Popen(
            [sys.executable, str(PROCS), "writer", str(db), str(start)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        seen = ""
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.15))  # sometimes during start-up / WAL replay
        else:
            # let it confirm a random number of edits, then kill at a random moment of the next ones
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "READY"
            for _ in range(rng.randint(1, 40)):
                seen += proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.01))
            kills_mid_edit += 1
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        got = _confirmed(seen + out)
        confirmed.update(got)
        _check(db, confirmed)
    assert len(confirmed) >= kills_mid_edit  # every mid-edit kill came after at least one confirmed edit
    assert os.path.getsize(db) > 0
