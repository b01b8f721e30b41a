"""Rolling backups of the user database, restore, and recovery from a corrupt or unreadable file.

* :func:`make_backup` copies the open database with ``COPY FROM DATABASE`` into a new DuckDB file (a
  transactionally consistent snapshot, even while other cursors are open), written under a temporary name
  and renamed when complete, so a backup is never half-written. Only the newest ``KEEP`` are kept.
* :func:`open_for_app` is what the application calls at start: open (and migrate) the file, take the
  start-up backup; if another instance holds the file, open a read-only snapshot with a notice; if the file
  is unreadable, raise :class:`CorruptDatabaseError`, which lists the backups so the caller can offer the
  choice :func:`restore_file` (restore a backup) or :func:`start_fresh` (new file, broken one kept aside).
  Nothing is ever deleted or overwritten without a copy.
* :func:`restore_into` restores a backup into the running application's connection in one transaction,
  after backing up the current state.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from core import paths
from core.atomic_file import atomic_write
from core.errors import DatabaseLockedError, ExportError, UserDatabaseError, WalSetAsideError
from core.formatting import fmt_number, formatter
from core.text_safety import shown
from core.userdb import ROLE_WINDOW, migrate, open_snapshot, open_user_db, transaction

KEEP = 10
_NAME = re.compile(r"^handwerksmonitor-(\d{8}-\d{6}-\d{6})(?:-([a-z-]+))?\.duckdb$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time
    size: int
    reason: str = ""  # start | vor-wiederherstellung | manuell ...

    def label(self, lang: str = "de") -> str:
        """``03.12.2026 12:08:40 (Start, 6.668 KB)`` / ``03/12/2026 12:08:40 (start, 6,668 KB)``: the date
        as everywhere (core.formatting), the reason in words (an unknown one as it is)."""

        kb = max(1, round(self.size / 1024))
        when = self.created.strftime(formatter(lang).date_pattern + " %H:%M:%S")
        de, en = REASONS.get(self.reason, (self.reason, self.reason))
        return f"{when} ({(en if lang == 'en' else de) or '–'}, {fmt_number(kb, 0, lang)} KB)"


REASONS = {  # the reason in a backup's file name -> what the list shows (de, en)
    "start": ("beim Start", "at start"),
    "vor-wiederherstellung": ("vor Wiederherstellung", "before restore"),
    "manuell": ("manuell", "manual"),
}


class CorruptDatabaseError(UserDatabaseError):
    """The user database cannot be read. ``backups`` (newest first) are the caller's restore options."""

    def __init__(self, path: Path, reason: str, backups: list[BackupInfo]) -> None:
        super().__init__(
            f"Die Datei {path.name} kann nicht gelesen werden ({reason}). Sie können eine Sicherung "
            f"wiederherstellen ({len(backups)} vorhanden) oder neu beginnen – die beschädigte Datei wird dabei "
            "nicht gelöscht, sondern mit Zeitstempel beiseitegelegt.",
            f"The file {path.name} cannot be read ({reason}). Restore a backup ({len(backups)} available) or "
            "start fresh – the damaged file is kept aside with a timestamp, never deleted.",
        )
        self.path = path
        self.reason = reason
        self.backups = backups


@dataclass
class AppDatabase:
    """What the application gets at start: the connection, whether it may write, notices to show."""

    con: duckdb.DuckDBPyConnection
    path: Path
    read_only: bool = False
    read_only_reason: str = ""  # German reason when read-only for another cause than a second window
    backup: Path | None = None
    notices: list[str] = field(default_factory=list)


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _database_name(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute("SELECT current_database()").fetchone()
    assert row is not None
    return str(row[0])


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """Backups in the backup folder, newest first."""
    folder = folder or paths.backup_dir()
    out = []
    for p in folder.glob("handwerksmonitor-*.duckdb"):
        m = _NAME.match(p.name)
        if not m:
            continue
        created = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
        out.append(BackupInfo(p, created, p.stat().st_size, m.group(2) or ""))
    return sorted(out, key=lambda b: b.created, reverse=True)


PRUNED_REASONS = ("start",)  # automatic backups; the safety copy before a restore and manual ones stay


def prune(keep: int = KEEP, folder: Path | None = None) -> None:
    """Keep the newest ``keep`` automatic start-up backups. A backup taken before a restore
    ("vor-wiederherstellung") or by hand ("manuell") is kept until the user deletes it."""
    automatic = [b for b in list_backups(folder) if b.reason in PRUNED_REASONS]
    for b in automatic[keep:]:
        b.path.unlink(missing_ok=True)


def make_backup(con: duckdb.DuckDBPyConnection, reason: str = "start", keep: int = KEEP,
                folder: Path | None = None) -> Path:
    """Consistent copy of the open database into the backup folder; keeps the newest ``keep``."""
    folder = folder or paths.backup_dir()
    target = folder / f"handwerksmonitor-{_stamp()}-{reason}.duckdb"

    def copy_into(tmp: Path) -> None:
        tmp.unlink()  # DuckDB creates the file itself (an empty file is not a database)
        alias = f"hwm_backup_{uuid.uuid4().hex[:12]}"  # ATTACH names are instance-wide: never reuse one
        cur = con.cursor()
        try:
            cur.execute(f"ATTACH {_sql_str(tmp)} AS {alias}")
            try:
                cur.execute(f"COPY FROM DATABASE {_quote(_database_name(cur))} TO {alias}")
            finally:
                cur.execute(f"DETACH {alias}")
        except duckdb.Error as exc:
            raise UserDatabaseError(
                f"Die Sicherung konnte nicht geschrieben werden ({shown(exc, 200)}). Bitte freien Speicherplatz "
                "prüfen.",
                f"The backup could not be written ({shown(exc, 200)}). Check free disk space.",
            ) from exc
        finally:
            cur.close()

    try:
        atomic_write(target, copy_into)
    except ExportError as exc:
        raise UserDatabaseError(exc.de, exc.en) from exc
    prune(keep, folder)
    return target


def _sql_str(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def check_readable(con: duckdb.DuckDBPyConnection) -> None:
    """Read every tracker table completely (DuckDB verifies block checksums on read)."""
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
    ).fetchall()]
    for t in tables:
        con.execute(f"SELECT * FROM {_quote(t)}").fetchall()


def _file_is_readable(path: Path) -> str | None:
    """None if the file opens and reads; otherwise the reason (DuckDB's message)."""
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        if "lock" in str(exc).lower():
            return None
        return str(exc).split("\n")[0]
    try:
        check_readable(con)
    except duckdb.Error as exc:
        return str(exc).split("\n")[0]
    finally:
        con.close()
    return None


def open_for_app(path: Path | None = None) -> AppDatabase:
    """Open the user database for the application (see module docstring for the three outcomes)."""
    path = path or paths.user_db_path()
    notices: list[str] = []
    try:
        try:
            con = open_user_db(path, role=ROLE_WINDOW)
        except WalSetAsideError as exc:  # the damaged log is kept aside: go on with what it held intact
            notices.append(exc.de)
            con = open_user_db(path, role=ROLE_WINDOW)
    except DatabaseLockedError as exc:
        con = open_snapshot(path)
        return AppDatabase(con, path, read_only=True, notices=[*notices, exc.de + (
            " Dieses Fenster zeigt eine schreibgeschützte Kopie." if exc.role != ROLE_WINDOW else
            " Dieses Fenster zeigt eine schreibgeschützte Kopie; Änderungen bitte im anderen Fenster vornehmen.")])
    except UserDatabaseError as exc:
        if read_only_folder(path):  # e.g. a read-only home: show the data, refuse changes, say why
            return AppDatabase(open_snapshot(path), path, read_only=True, read_only_reason=exc.de,
                               notices=[*notices, exc.de])
        reason = _file_is_readable(path)
        if reason is None:
            raise  # readable but not usable (e.g. written by a newer version): the message says so
        raise CorruptDatabaseError(path, reason, list_backups()) from exc
    try:
        check_readable(con)
    except duckdb.Error as exc:
        con.close()
        raise CorruptDatabaseError(path, str(exc).split("\n")[0], list_backups()) from exc
    backup = None
    try:
        backup = make_backup(con, "start")
    except UserDatabaseError as exc:  # no room for a backup must not stop the work
        notices.append(exc.de)
    return AppDatabase(con, path, backup=backup, notices=notices)


def read_only_folder(path: Path) -> bool:
    """True if the user database's folder cannot be written (read-only file system or permissions)."""
    folder = path.parent
    if not folder.is_dir():
        return not os.access(folder.parent if folder.parent.is_dir() else folder.parent.parent, os.W_OK)
    try:
        probe = folder / f".hwm-write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return True
    return False


def set_aside(path: Path, tag: str = "broken") -> Path | None:
    """Move the file (and its WAL) to ``<name>.<tag>-<timestamp>`` next to it; returns the new path."""
    if not path.exists():
        return None
    aside = path.with_name(f"{path.stem}.{tag}-{_stamp()}{path.suffix}")
    os.replace(path, aside)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + ".wal"))
    return aside


def start_fresh(path: Path | None = None) -> Path | None:
    """Keep the broken file aside (timestamped) and let the next open create a new one."""
    return set_aside(path or paths.user_db_path(), "broken")


def _verify_backup(backup: Path) -> None:
    reason = _file_is_readable(backup)
    if reason is not None:
        raise UserDatabaseError(
            f"Die Sicherung {backup.name} ist selbst nicht lesbar ({reason}). Bitte eine andere wählen.",
            f"Backup {backup.name} is not readable ({reason}). Choose another one.",
        )


def restore_file(backup: Path, path: Path | None = None) -> Path | None:
    """Replace the (closed) user database by a backup. The current file is kept: backed up if readable,
    otherwise set aside as broken. Returns where the previous file went."""
    path = path or paths.user_db_path()
    _verify_backup(backup)
    previous: Path | None = None
    if path.exists():
        if _file_is_readable(path) is None:
            con = duckdb.connect(str(path))
            try:
                previous = make_backup(con, "vor-wiederherstellung")
            finally:
                con.close()
            wal = path.with_name(path.name + ".wal")
            if wal.exists():  # closed cleanly above, so normally gone; never let it replay onto the backup
                set_aside(wal, "stale")
        else:
            previous = set_aside(path, "broken")
    try:
        atomic_write(path, lambda tmp: shutil.copyfile(backup, tmp))
    except ExportError as exc:
        raise UserDatabaseError(exc.de, exc.en) from exc
    return previous


def restore_into(con: duckdb.DuckDBPyConnection, backup: Path) -> Path:
    """Restore a backup into the open database in one transaction (after backing up the current state).

    The backup is copied, brought to the current schema version, attached read-only, and every table is
    replaced by its content. Returns the path of the safety backup taken first.
    """
    _verify_backup(backup)
    safety = make_backup(con, "vor-wiederherstellung")
    tmpdir = Path(tempfile.mkdtemp(prefix="hwm-restore-"))
    copy = tmpdir / "restore.duckdb"
    shutil.copyfile(backup, copy)
    src = duckdb.connect(str(copy))
    try:
        migrate(src)
        src.execute("CHECKPOINT")
    finally:
        src.close()
    cur = con.cursor()
    alias = f"hwm_restore_{uuid.uuid4().hex[:12]}"
    cur.execute(f"ATTACH {_sql_str(copy)} AS {alias} (READ_ONLY)")
    try:
        main = _database_name(cur)
        tables = [r[0] for r in cur.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND table_name <> 'schema_version'",
            [main],
        ).fetchall()]
        source_tables = {r[0] for r in cur.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [alias]
        ).fetchall()}
        with transaction(cur):
            for t in tables:
                cur.execute(f"DELETE FROM {_quote(main)}.{_quote(t)}")
                if t in source_tables:
                    cur.execute(
                        f"INSERT INTO {_quote(main)}.{_quote(t)} BY NAME SELECT * FROM {alias}.{_quote(t)}"
                    )
    finally:
        cur.execute(f"DETACH {alias}")
        cur.close()
        shutil.rmtree(tmpdir, ignore_errors=True)
    return safety
