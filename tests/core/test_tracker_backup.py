"""Rolling backups at start, restore (file and in-app), and a corrupt file: a clear choice, never silent loss."""

from __future__ import annotations

import pytest

from core import paths
from core.tracker import backup
from core.tracker.store import Tracker


def _start() -> Tracker:
    app = backup.open_for_app()
    assert not app.read_only and app.backup is not None and app.backup.exists()
    return Tracker(app.con)


def test_each_start_makes_a_backup_and_only_the_last_ten_are_kept() -> None:
    for i in range(12):
        t = _start()
        t.update_item("empfehlung-01", {"notes": f"Start {i}"})
        t.con.close()
    found = backup.list_backups()
    assert len(found) == backup.KEEP
    assert found[0].created > found[-1].created and found[0].reason == "start"
    assert not list(paths.backup_dir().glob("*.part"))
    # the newest backup holds the state before the last start's edit
    import duckdb

    con = duckdb.connect(str(found[0].path), read_only=True)
    assert con.execute("SELECT notes FROM tracker_items WHERE id = 'empfehlung-01'").fetchone() == ("Start 10",)
    con.close()


def test_restore_into_running_app_backs_up_current_state_first() -> None:
    t = _start()
    t.update_item("empfehlung-02", {"status": "geplant"})
    saved = backup.make_backup(t.con, "manuell")
    t.update_item("empfehlung-02", {"status": "umgesetzt"})
    safety = backup.restore_into(t.con, saved)
    assert t.item("empfehlung-02")["status"] == "geplant"
    assert safety.exists()
    back = backup.restore_into(t.con, safety)  # and the pre-restore state can come back
    assert back.exists() and t.item("empfehlung-02")["status"] == "umgesetzt"
    t.con.close()


def test_corrupt_file_offers_backups_and_restore_brings_data_back() -> None:
    t = _start()
    t.update_item("empfehlung-03", {"status": "in Umsetzung"})
    t.con.close()
    _start().con.close()  # this start's backup contains the edit
    db = paths.user_db_path()
    db.write_bytes(b"\x00kaputt" * 5000)

    with pytest.raises(backup.CorruptDatabaseError) as exc:
        backup.open_for_app()
    err = exc.value
    assert "kann nicht gelesen werden" in err.message("de") and "Sicherung" in err.message("de")
    assert len(err.backups) == 2

    previous = backup.restore_file(err.backups[0].path)
    assert previous is not None and previous.exists() and ".broken-" in previous.name
    assert previous.read_bytes().startswith(b"\x00kaputt")  # the broken file is kept aside, not deleted
    t = _start()
    assert t.item("empfehlung-03")["status"] == "in Umsetzung"
    t.con.close()


def test_start_fresh_keeps_the_broken_file_aside() -> None:
    _start().con.close()
    db = paths.user_db_path()
    db.write_bytes(b"not a database" * 100)
    with pytest.raises(backup.CorruptDatabaseError):
        backup.open_for_app()
    aside = backup.start_fresh()
    assert aside is not None and aside.read_bytes().startswith(b"not a database")
    t = _start()
    assert len(t.items()) == 10
    t.con.close()


def test_unreadable_backup_is_refused() -> None:
    _start().con.close()
    bad = paths.backup_dir() / "handwerksmonitor-20260101-000000-000000-start.duckdb"
    bad.write_bytes(b"garbage" * 100)
    with pytest.raises(backup.UserDatabaseError, match="nicht lesbar"):
        backup.restore_file(bad)
    t = _start()  # current file untouched
    assert len(t.items()) == 10
    t.con.close()
