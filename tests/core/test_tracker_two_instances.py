"""A second instance on the same file: locked error, read-only snapshot with the data, writes refused,
and the file is not harmed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import DatabaseLockedError
from core.tracker.backup import open_for_app
from core.tracker.model import TrackerReadOnlyError
from core.tracker.store import Tracker
from core.userdb import open_user_db

PROCS = Path(__file__).with_name("tracker_procs.py")


def test_second_instance_gets_read_only_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    holder = subprocess.Popen([sys.executable, str(PROCS), "holder", str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "READY", holder.stderr.read() if holder.stderr else ""

        with pytest.raises(DatabaseLockedError) as exc:
            open_user_db(db)
        assert "im Programmfenster" in exc.value.message("de")  # the truth: a window holds it
        assert exc.value.role == "window"

        app = open_for_app(db)
        assert app.read_only
        assert any("schreibgeschützt" in n for n in app.notices)
        t = Tracker(app.con, read_only=app.read_only)
        assert "Gehalten von Fenster 1" in [r["title"] for r in t.items()]
        with pytest.raises(TrackerReadOnlyError) as ro:
            t.update_item("empfehlung-02", {"status": "umgesetzt"})
        assert "Nur Lesezugriff" in ro.value.message("de")
        with pytest.raises(TrackerReadOnlyError):
            t.add_measure("empfehlung-02", "darf nicht gespeichert werden")
        app.con.close()

        holder.stdin.write("weiter\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "DONE"
        assert holder.wait(timeout=20) == 0
    finally:
        if holder.poll() is None:
            holder.kill()

    con = open_user_db(db)  # first instance gone: the file opens writable with all its data
    t = Tracker(con)
    rows = {r["title"]: r for r in t.items()}
    assert "Gehalten von Fenster 1" in rows
    assert "darf nicht gespeichert werden" not in rows
    assert t.item("empfehlung-01")["status"] == "geplant"
    assert t.item("empfehlung-02")["status"] == "offen"
    t.update_item("empfehlung-02", {"status": "geplant"})
    con.close()
