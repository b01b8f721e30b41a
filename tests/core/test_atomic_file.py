"""The one atomic writer: complete file or previous file, never a temp left, read-only targets refused,
the user's umask, temp files of killed writers removed at the next start, full disk for every writer."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core import atomic_file
from core.atomic_file import TEMP_SUFFIX, atomic_write, clean_stale_temps, write_text
from core.errors import ExportError
from tests import faults

ROOT = Path(__file__).resolve().parents[2]


def temps(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if TEMP_SUFFIX in p.name or p.name.endswith((".tmp", ".part"))]


def test_read_only_target_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "bericht.txt"
    target.write_text("alt")
    target.chmod(0o444)
    with pytest.raises(ExportError) as err:
        write_text(target, "neu")
    assert "schreibgeschützt" in err.value.message("de")
    assert "read-only" in err.value.message("en")
    assert target.read_text() == "alt"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert temps(tmp_path) == []


def test_target_without_write_permission_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A non-root user without write permission (simulated: os.access says no, mode bits allow)."""
    target = tmp_path / "x.txt"
    target.write_text("alt")
    real = os.access
    monkeypatch.setattr(atomic_file.os, "access",
                        lambda p, mode, *a, **k: False if Path(p) == target and mode == os.W_OK else real(p, mode))
    with pytest.raises(ExportError, match="schreibgeschützt"):
        write_text(target, "neu")
    assert target.read_text() == "alt"


def test_new_file_gets_the_users_umask_and_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        fresh = write_text(tmp_path / "neu.txt", "a")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o640
        kept = tmp_path / "geteilt.txt"
        kept.write_text("a")
        kept.chmod(0o664)
        write_text(kept, "b")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o664 and kept.read_text() == "b"
    finally:
        os.umask(old)


@pytest.mark.parametrize("exc", [OSError(5, "I/O"), ValueError("writer bug"), KeyboardInterrupt()])
def test_any_failure_keeps_the_previous_file_and_removes_the_temp(tmp_path: Path, exc: BaseException) -> None:
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"previous")

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise exc

    with pytest.raises((ExportError, type(exc))):
        atomic_write(target, broken)
    assert target.read_bytes() == b"previous"
    assert temps(tmp_path) == []


def test_an_empty_or_truncated_result_never_replaces_the_file(tmp_path: Path) -> None:
    """Writers that swallow I/O errors (Qt's PDF writer on a full disk) leave an empty or cut file: refused."""
    target = tmp_path / "r.pdf"
    target.write_bytes(b"%PDF-1.4 good %%EOF")
    with pytest.raises(ExportError, match="nicht vollständig"):
        atomic_write(target, lambda tmp: None)
    with pytest.raises(ExportError, match="nicht vollständig"):
        atomic_write(target, lambda tmp: tmp.write_bytes(b"%PDF-1.4 cut"),
                     verify=atomic_file.verify_ends_with(b"%%EOF", "PDF"))
    assert target.read_bytes() == b"%PDF-1.4 good %%EOF"
    assert temps(tmp_path) == []


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="existiert nicht"):
        write_text(tmp_path / "fehlt" / "x.txt", "a")
    with pytest.raises(ExportError, match="ist ein Ordner"):
        write_text(tmp_path, "a")


KILLED_WRITER = """
import os, signal, sys
from core.atomic_file import atomic_write
def write(tmp):
    tmp.write_bytes(b"partial" * 1000)
    os.kill(os.getpid(), signal.SIGKILL)
atomic_write(sys.argv[1], write)
"""


def test_temp_of_a_killed_writer_is_removed_at_the_next_start(tmp_path: Path, _isolated_home: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "export.xlsx").write_bytes(b"previous")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(out / "export.xlsx")], env=env, cwd=ROOT,
                          capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL
    left = temps(out)
    assert len(left) == 1 and left[0].name.startswith(".export.xlsx.")  # hidden, next to the target
    from core.cli import main

    assert main(["districts"]) == 0  # any start of the program
    assert temps(out) == []
    assert (out / "export.xlsx").read_bytes() == b"previous"


def test_temp_of_a_live_writer_is_not_touched(tmp_path: Path) -> None:
    seen: list[list[Path]] = []

    def write(tmp: Path) -> None:
        tmp.write_bytes(b"data")
        clean_stale_temps(tmp_path)  # another command starting meanwhile
        seen.append(temps(tmp_path))

    atomic_write(tmp_path / "x.bin", write)
    assert len(seen[0]) == 1
    assert (tmp_path / "x.bin").read_bytes() == b"data"


# ------------------------------------------------------------------------------------------------ full disk
def _writers(store, target_dir: Path):
    """Every core writer: (name, file name, function writing to a path)."""
    from core.export import ExportRequest, export_workbook
    from core.imports.chamber import write_template
    from core.tracker.store import Tracker
    from core.tracker.transfer import export_file
    from core.userdb import open_user_db

    def tracker_export(path: Path) -> None:
        con = open_user_db()
        try:
            export_file(Tracker(con), path)
        finally:
            con.close()

    return [
        ("excel", "export.xlsx", lambda p: export_workbook(store, p, ExportRequest(["15088"], "Basis", 2010, 2018))),
        ("template", "vorlage.xlsx", lambda p: write_template(p, store.region)),
        ("tracker", "tracker.hwmtracker", tracker_export),
        ("text", "notiz.json", lambda p: write_text(p, json.dumps({"a": "b" * 20000}))),
    ]


@pytest.mark.parametrize("which", ["excel", "template", "tracker", "text"])
def test_full_disk_keeps_the_previous_file_for_every_writer(store, which: str) -> None:
    with faults.small_disk(1024) as disk:
        name, fname, write = next(w for w in _writers(store, disk) if w[0] == which)
        target = disk / fname
        write(target)  # a good previous file
        good = target.read_bytes()
        faults.fill_up(disk, leave_bytes=0)
        before = faults.tree_state(disk)
        with pytest.raises(ExportError) as err:
            write(target)
        assert "Speicherplatz" in err.value.message("de")
        assert faults.tree_state(disk) == before  # previous file intact, no temp file left
        assert target.read_bytes() == good


def test_full_disk_by_patch_for_every_writer(store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same guarantee without root (monkeypatched ENOSPC at the flush to disk)."""
    for name, fname, write in _writers(store, tmp_path):
        target = tmp_path / fname
        write(target)
        good = target.read_bytes()
        with monkeypatch.context() as m:
            faults.disk_full_by_patch(m)
            with pytest.raises(ExportError, match="Speicherplatz"):
                write(target)
        assert target.read_bytes() == good, name
        assert temps(tmp_path) == [], name


def test_backup_on_a_full_disk_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    from core.errors import UserDatabaseError
    from core.tracker import backup
    from core.userdb import open_user_db

    con = open_user_db()
    try:
        with faults.small_disk(512) as disk:
            faults.fill_up(disk, leave_bytes=4096)
            before = faults.tree_state(disk)
            with pytest.raises(UserDatabaseError) as err:
                backup.make_backup(con, "manuell", folder=disk)
            assert "Speicherplatz" in err.value.message("de")
            assert faults.tree_state(disk) == before
    finally:
        con.close()
