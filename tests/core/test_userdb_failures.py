"""The user database fails loudly and keeps what it has: a damaged change log (WAL) is set aside with a
message instead of silently dropping edits; truthful lock messages; read-only commands never take the
lock; a full disk and a read-only folder give one clear message and keep every earlier edit; the safety
backup taken before a restore is kept."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from core import userdb, userdb_wal
from core.cli import main
from core.tracker.store import Tracker
from tests import faults

ROOT = Path(__file__).resolve().parents[2]
PROCS = Path(__file__).with_name("tracker_procs.py")

# Commit N edits, then die without a checkpoint: the edits live only in the WAL.
CRASHING_WRITER = textwrap.dedent("""
    import os, signal, sys
    from core.tracker.store import Tracker
    from core.userdb import open_user_db
    con = open_user_db()
    con.execute("PRAGMA disable_checkpoint_on_shutdown")
    con.execute("SET checkpoint_threshold = '1GB'")
    t = Tracker(con, who="test")
    for n in range(1, int(sys.argv[1]) + 1):
        t.update_item("empfehlung-01", {"notes": f"edit-{n}", "progress": n})
    print("CONFIRMED", n, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def crash_after(edits: int, home: Path) -> Path:
    """A user database whose last ``edits`` confirmed edits are only in its WAL; returns the DB path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HANDWERKSMONITOR_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(edits)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert f"CONFIRMED {edits}" in proc.stdout, proc.stderr
    db = home / "handwerksmonitor.duckdb"
    assert userdb_wal.inspect(db).status == "ok" and userdb_wal.inspect(db).transactions >= edits
    return db


def progress_now() -> int:
    con = userdb.open_snapshot()
    try:
        return int(Tracker(con, read_only=True).item("empfehlung-01")["progress"])
    finally:
        con.close()


def flip_last_entry(db: Path) -> None:
    wal = userdb_wal.wal_path(db)
    data = bytearray(wal.read_bytes())
    data[-3] ^= 0xFF  # inside the last commit: DuckDB itself would drop it without a word
    wal.write_bytes(bytes(data))


def test_wal_checksum_matches_duckdb(_isolated_home: Path) -> None:
    db = crash_after(5, _isolated_home)
    state = userdb_wal.inspect(db)
    assert state.status == "ok" and state.good_prefix == userdb_wal.wal_path(db).stat().st_size


@pytest.mark.parametrize("damage", ["flip-last", "truncate", "flip-middle"])
def test_damaged_wal_is_set_aside_with_a_message_never_silently_dropped(
        _isolated_home: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    db = crash_after(12, _isolated_home)
    wal = userdb_wal.wal_path(db)
    original_size = wal.stat().st_size
    if damage == "flip-last":
        flip_last_entry(db)
    elif damage == "truncate":
        wal.write_bytes(wal.read_bytes()[: original_size - 40])
    else:
        data = bytearray(wal.read_bytes())
        data[original_size // 2] ^= 0xFF
        wal.write_bytes(bytes(data))
    damaged_bytes = wal.read_bytes()

    # a writing command stops with one message naming the kept file and the backups
    assert main(["tracker", "set", "2", "--status", "geplant"]) == 2
    err = capsys.readouterr().err
    kept = [p for p in db.parent.iterdir() if ".wal.damaged-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # set aside, never deleted
    assert kept[0].name in err and "Sicherung" in err and len(err.strip().splitlines()) == 1
    # the intact part was replayed; the damaged tail is not passed off as data
    assert 0 <= progress_now() < 12
    # the next command works on the intact state
    assert main(["tracker", "set", "2", "--status", "geplant"]) == 0
    assert kept[0].exists()


def test_a_read_command_reports_a_damaged_wal_and_leaves_it_in_place(
        _isolated_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = crash_after(6, _isolated_home)
    flip_last_entry(db)
    before = userdb_wal.wal_path(db).read_bytes()
    assert main(["tracker", "list"]) == 0
    assert "Änderungsprotokoll" in capsys.readouterr().err
    assert userdb_wal.wal_path(db).read_bytes() == before  # reading never changes the real file


def test_damaged_wal_header_is_set_aside_whole(_isolated_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = crash_after(3, _isolated_home)
    wal = userdb_wal.wal_path(db)
    data = bytearray(wal.read_bytes())
    data[10] ^= 0xFF  # DuckDB refuses to replay this log at all
    wal.write_bytes(bytes(data))
    assert main(["tracker", "set", "2", "--status", "geplant"]) == 2
    assert "aufbewahrt" in capsys.readouterr().err
    assert main(["tracker", "set", "2", "--status", "geplant"]) == 0


def test_torn_tail_after_a_crash_keeps_every_confirmed_edit(_isolated_home: Path) -> None:
    """What a crash in the middle of a commit leaves: the unconfirmed tail goes, every confirmed edit stays,
    and the log is kept (the window shows the notice and goes on)."""
    from core.tracker.backup import open_for_app

    db = crash_after(8, _isolated_home)
    wal = userdb_wal.wal_path(db)
    wal.write_bytes(wal.read_bytes() + b"\x30\x00\x00\x00\x00\x00\x00\x00" + b"\x01" * 20)  # a commit cut short
    app = open_for_app(db)
    try:
        assert not app.read_only
        assert any("aufbewahrt" in n for n in app.notices)
        assert Tracker(app.con).item("empfehlung-01")["progress"] == 8
    finally:
        app.con.close()


# ------------------------------------------------------------------------------------------------ locks
def _holder(db: Path, role: str) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, str(PROCS), "holder", str(db), role], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert p.stdout is not None and p.stdout.readline().strip() == "READY"
    return p


def _release(p: subprocess.Popen) -> None:
    """Let the holder go on and end; communicate() also closes its pipes (no unclosed-file warnings)."""
    p.communicate("weiter\n" if p.poll() is None else None, timeout=30)


@pytest.mark.parametrize(("role", "words"), [("window", "Programmfenster"), ("command", "anderer handwerksmonitor-Befehl")])
def test_lock_message_says_who_really_holds_the_file(_isolated_home: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, role: str, words: str) -> None:
    db = _isolated_home / "handwerksmonitor.duckdb"
    p = _holder(db, role)
    try:
        monkeypatch.setattr(userdb, "COMMAND_WAIT", 0.3)
        assert main(["tracker", "set", "2", "--status", "geplant"]) == 2
        err = capsys.readouterr().err
        assert words in err and f"PID {p.pid}" in err
        if role == "command":
            assert "Programmfenster" not in err
    finally:
        _release(p)


def test_a_writing_command_waits_for_another_short_command(_isolated_home: Path) -> None:
    db = _isolated_home / "handwerksmonitor.duckdb"
    p = _holder(db, "command")
    import threading

    threading.Timer(1.0, _release, [p]).start()
    assert main(["tracker", "set", "2", "--status", "geplant"]) == 0  # waited, then wrote


def test_read_commands_work_while_the_window_holds_the_file(_isolated_home: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = _isolated_home / "handwerksmonitor.duckdb"
    p = _holder(db, "window")
    try:
        assert main(["tracker", "list"]) == 0
        assert "Gehalten von Fenster 1" in capsys.readouterr().out
        assert main(["tracker", "export", str(tmp_path / "t.hwmtracker")]) == 0
        assert main(["import", "--list"]) == 0
        assert main(["forecast", "--scenario", "Basis"]) == 0
    finally:
        _release(p)


def test_read_commands_never_take_the_write_lock(_isolated_home: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    main(["tracker", "set", "2", "--status", "geplant"])  # a database exists
    opened: list[tuple] = []
    real = duckdb.connect

    def spy(database: str = ":memory:", *a, **k):  # noqa: ANN002, ANN003
        if str(database).startswith(str(_isolated_home)):
            opened.append((database, k.get("read_only", False)))
        return real(database, *a, **k)

    monkeypatch.setattr(duckdb, "connect", spy)
    for argv in (["tracker", "list"], ["tracker", "list", "--json"], ["tracker", "export", str(tmp_path / "x.json")],
                 ["import", "--list"], ["profile", "Leipzig"], ["swot"]):
        assert main(argv) == 0, argv
    assert opened == []


# ------------------------------------------------------------------------------------------------ full disk, read-only
def test_full_disk_tracker_set_and_import_one_message_earlier_edits_kept(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with faults.small_disk(16 * 1024) as disk:
        monkeypatch.setenv("HANDWERKSMONITOR_HOME", str(disk))
        assert main(["tracker", "set", "3", "--status", "geplant", "--note", "vor dem vollen Datenträger"]) == 0
        filler = faults.fill_up(disk, leave_bytes=0)
        capsys.readouterr()
        for argv in (["tracker", "set", "4", "--status", "umgesetzt", "--note", "x" * 5000],
                     ["import", str(ROOT / "tests/data/imports/kammer_betriebe.csv")]):
            assert main(argv) == 2, argv
            err = capsys.readouterr().err
            assert "Traceback" not in err and "kein Platz" in err, err
            assert len(err.strip().splitlines()) == 1, err
        filler.unlink()
        assert main(["tracker", "list", "--json"]) == 0
        out = capsys.readouterr().out
        assert '"code": "3"' in out and out.count('"status": "geplant"') == 1
        assert main(["tracker", "set", "4", "--status", "umgesetzt"]) == 0  # works again with space


def test_read_only_home_reads_work_writes_refused_clearly(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with faults.small_disk(16 * 1024) as disk:
        monkeypatch.setenv("HANDWERKSMONITOR_HOME", str(disk))
        assert main(["tracker", "set", "3", "--status", "geplant"]) == 0
        faults.make_read_only(disk)
        try:
            capsys.readouterr()
            assert main(["tracker", "list"]) == 0
            assert "geplant" in capsys.readouterr().out
            assert main(["profile", "Leipzig"]) == 0
            capsys.readouterr()
            for argv in (["tracker", "set", "3", "--status", "offen"], ["import", "--undo", "1"],
                         ["import", str(ROOT / "tests/data/imports/kammer_betriebe.csv")]):
                assert main(argv) == 2, argv
                err = capsys.readouterr().err
                assert "schreibgeschützt" in err and "Traceback" not in err
        finally:
            faults.make_writable(disk)


def test_read_only_home_for_a_new_user_without_any_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    with faults.small_disk(1024) as disk:
        faults.make_read_only(disk)
        try:
            monkeypatch.setenv("HANDWERKSMONITOR_HOME", str(disk / "neu"))
            assert main(["tracker", "list"]) == 0
            assert main(["tracker", "set", "3", "--status", "offen"]) == 2
            assert "schreibgeschützt" in capsys.readouterr().err
        finally:
            faults.make_writable(disk)


# ------------------------------------------------------------------------------------------------ backups
def test_safety_backup_before_a_restore_is_kept_until_the_user_deletes_it(_isolated_home: Path) -> None:
    from core.tracker import backup

    con = userdb.open_user_db()
    try:
        first = backup.make_backup(con, "start")
        safety = backup.restore_into(con, first)
        for _ in range(backup.KEEP + 3):  # many later starts
            backup.make_backup(con, "start")
    finally:
        con.close()
    names = [b.path for b in backup.list_backups()]
    assert safety in names
    assert sum(1 for b in backup.list_backups() if b.reason == "start") == backup.KEEP
