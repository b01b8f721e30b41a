"""The user's own state in one DuckDB file: imports, tracker, scenarios, SWOT, settings that are data.

Schema versions are kept per component (``core``, ``tracker``, ``imports``, ``scenarios``, ...) in
the table ``schema_version``; each component registers its ordered list of forward migrations
(version 1 is the first). ``open_user_db`` applies every pending migration, each in its own
transaction, so a file of any older version is brought forward and a failed step leaves it as it was.

DuckDB lets only one process open a file for writing. A second process gets
:class:`DatabaseLockedError`; callers then fall back to ``read_only=True`` on a snapshot copy.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from core import paths, userdb_wal
from core.errors import DatabaseLockedError, UserDatabaseError, WalSetAsideError
from core.text_safety import shown, shown_path

Migration = str | Callable[[duckdb.DuckDBPyConnection], None]


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One edit = one transaction: COMMIT when the block ends, ROLLBACK (and re-raise) on any error,
    so a failed edit leaves the file exactly as it was. A disk that is full or read-only is reported as
    one clear :class:`UserDatabaseError` (every earlier, committed edit stays in the file)."""
    try:
        con.execute("BEGIN TRANSACTION")
    except duckdb.Error as exc:
        if _io_kind(exc):
            raise write_failed(exc) from exc
        raise
    try:
        yield
    except BaseException as exc:
        with contextlib.suppress(duckdb.Error):  # the failed statement may have ended the transaction
            con.execute("ROLLBACK")
        if isinstance(exc, duckdb.Error) and _io_kind(exc):
            raise write_failed(exc) from exc
        raise
    try:
        con.execute("COMMIT")
    except duckdb.Error as exc:
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        if _io_kind(exc) or isinstance(exc, duckdb.IOException | duckdb.FatalException):
            raise write_failed(exc) from exc
        raise

_MIGRATIONS: dict[str, list[Migration]] = {
    "core": [
        """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
           INSERT OR IGNORE INTO meta VALUES ('created', CAST(now() AS VARCHAR));""",
    ],
}


def register_migrations(component: str, migrations: list[Migration]) -> None:
    """Declare the ordered migrations of a component (idempotent: re-registering replaces)."""
    _MIGRATIONS[component] = list(migrations)


def _ensure_registered() -> None:
    """Import the modules that own user tables, so their migrations are known."""
    import importlib

    for mod in (
        "core.tracker.store",
        "core.imports.versions",
        "core.imports.register_memory",
        "core.forecast.scenarios",
        "core.swot",
        "core.survey",
    ):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name and not mod.startswith(exc.name):
                raise


def migrate(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Apply all pending migrations; returns the resulting version per component."""
    _ensure_registered()
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (component VARCHAR PRIMARY KEY, version INTEGER NOT NULL)")
    result: dict[str, int] = {}
    for component, steps in _MIGRATIONS.items():
        row = con.execute("SELECT version FROM schema_version WHERE component = ?", [component]).fetchone()
        current = row[0] if row else 0
        if current > len(steps):
            raise UserDatabaseError(
                f"Die Datei wurde mit einer neueren Version des Programms geschrieben (Bereich {component}, "
                f"Version {current}). Bitte das Programm aktualisieren.",
                f"The file was written by a newer version of the program ({component} v{current}). Please update.",
            )
        for version in range(current + 1, len(steps) + 1):
            step = steps[version - 1]
            with transaction(con):
                if callable(step):
                    step(con)
                else:
                    con.execute(step)
                con.execute("INSERT OR REPLACE INTO schema_version VALUES (?, ?)", [component, version])
        result[component] = len(steps)
    return result


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "resource temporarily unavailable" in text or "being used by another process" in text


_DISK_FULL = ("no space left", "disk full", "file too large", "quota exceeded", "not enough space")
_READ_ONLY = ("read-only file system", "permission denied", "access is denied", "read only")


def _io_kind(exc: BaseException) -> str:
    """'full' | 'read-only' | '' for an error of DuckDB or the OS."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "full"
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    if any(k in text for k in _DISK_FULL):
        return "full"
    if any(k in text for k in _READ_ONLY):
        return "read-only"
    return ""


def write_failed(exc: BaseException, path: Path | None = None) -> UserDatabaseError:
    """The one message for a change that could not be stored (disk full, read-only folder, ...)."""
    where = shown_path((path or paths.user_db_path()).parent)
    kind = _io_kind(exc)
    detail = shown(exc, 160)
    if kind == "full":
        return UserDatabaseError(
            f"Die Änderung wurde nicht gespeichert: Auf dem Datenträger ({where}) ist kein Platz mehr frei. "
            "Alle früher gespeicherten Änderungen sind erhalten. Bitte Speicherplatz freigeben und erneut versuchen.",
            f"The change was not saved: the disk ({where}) is full. Every change saved before is kept. Free some "
            "space and try again.")
    if kind == "read-only":
        return UserDatabaseError(
            f"Die Änderung wurde nicht gespeichert: Der Ordner {where} ist schreibgeschützt. Alle früher "
            "gespeicherten Änderungen sind erhalten. Bitte Schreibrechte prüfen oder mit --profile-dir bzw. "
            "HANDWERKSMONITOR_HOME einen beschreibbaren Ordner wählen.",
            f"The change was not saved: the folder {where} is read-only. Every change saved before is kept. Check "
            "the permissions or choose a writable folder with --profile-dir or HANDWERKSMONITOR_HOME.")
    return UserDatabaseError(
        f"Die Änderung wurde nicht gespeichert ({detail}). Alle früher gespeicherten Änderungen sind erhalten.",
        f"The change was not saved ({detail}). Every change saved before is kept.")


# ------------------------------------------------------------------------------------------------ who holds it
ROLE_WINDOW = "window"
ROLE_COMMAND = "command"
COMMAND_WAIT = 10.0  # seconds a writing command waits for another command (commands are short)
_HOLDER_PID = re.compile(r"\(PID (\d+)\)")


def _owner_file(path: Path) -> Path:
    return path.with_name(path.name + ".owner")


def _write_owner(path: Path, role: str) -> None:
    """Note who holds the file for writing (the next process that finds it locked can say so)."""
    with contextlib.suppress(OSError):
        _owner_file(path).write_text(json.dumps({"pid": os.getpid(), "role": role}), "utf-8")


def _holder(path: Path, exc: Exception) -> tuple[str, int | None]:
    """(role, pid) of the process holding the lock: the pid from DuckDB's message, the role from the
    owner note when it names the same live process ('' if unknown)."""
    m = _HOLDER_PID.search(str(exc))
    pid = int(m.group(1)) if m else None
    try:
        note = json.loads(_owner_file(path).read_text("utf-8"))
    except (OSError, ValueError):
        return "", pid
    if not isinstance(note, dict) or note.get("role") not in (ROLE_WINDOW, ROLE_COMMAND):
        return "", pid
    if pid is not None and note.get("pid") != pid:
        return "", pid
    return str(note["role"]), pid if pid is not None else note.get("pid")


def locked_error(path: Path, exc: Exception) -> DatabaseLockedError:
    """What is really happening: the window has it open, another command is writing, or another program."""
    role, pid = _holder(path, exc)
    ref = f" (PID {pid})" if pid else ""
    if role == ROLE_WINDOW:
        err = DatabaseLockedError(
            "Die Datenbank ist im Programmfenster des Handwerksmonitors geöffnet"
            f"{ref}; Änderungen bitte dort vornehmen oder das Fenster schließen und erneut versuchen.",
            f"The database is open in the Handwerksmonitor window{ref}; make the change there, or close the "
            "window and try again.")
    elif role == ROLE_COMMAND:
        err = DatabaseLockedError(
            f"Ein anderer handwerksmonitor-Befehl{ref} schreibt gerade in die Datenbank. Bitte warten, bis er "
            "fertig ist, und erneut versuchen.",
            f"Another handwerksmonitor command{ref} is writing to the database. Wait until it has finished and "
            "try again.")
    else:
        err = DatabaseLockedError(
            f"Die Datenbank wird gerade von einem anderen Prozess{ref} verwendet (Programmfenster oder Befehl). "
            "Bitte ihn beenden und erneut versuchen.",
            f"The database is in use by another process{ref} (the window or a command). Close it and try again.")
    err.role, err.pid = role, pid
    return err


# ------------------------------------------------------------------------------------------------ the WAL
def _check_wal(path: Path, lang_notice: bool = True) -> None:
    """Before DuckDB replays the WAL: if it is torn or damaged, keep it aside and put back its intact part
    (see :mod:`core.userdb_wal`); raises :class:`WalSetAsideError` telling the user. Only while no other
    process has the file (an exclusive probe lock), so a live writer's log is never touched."""

    if not userdb_wal.wal_path(path).exists() or not path.exists() or _open_in_this_process(path):
        return
    with _probe_lock(path) as free:
        if not free:
            return
        state = userdb_wal.inspect(path)
        if state.status == "ok" and state.transactions and not userdb_wal.replays_on_a_copy(path):
            state = userdb_wal.WalState("damaged", state.size, 0, 0, 0)  # DuckDB would ignore it all
        if state.status not in ("torn", "damaged"):
            return
        aside = userdb_wal.set_aside(path, state)
    raise wal_set_aside_error(path, aside, state.status, state.transactions)


def wal_set_aside_error(path: Path, aside: Path, status: str, kept: int | None) -> WalSetAsideError:
    from core.tracker.backup import list_backups  # lazy: import circle (core.tracker.backup uses this module)

    n = len(list_backups())
    a = shown_path(aside)
    kept_de = f" Übernommen wurden die {kept} vollständigen Änderungen davor." if kept else ""
    kept_en = f" The {kept} complete changes before it were kept." if kept else ""
    if status == "torn":
        what_de = ("Das Änderungsprotokoll der Benutzerdatenbank endet mitten in einer Änderung (das Programm wurde "
                   "beim Speichern beendet).")
        what_en = "The user database's change log ends in the middle of a change (the program stopped while saving)."
    else:
        what_de = "Das Änderungsprotokoll der Benutzerdatenbank ist beschädigt und kann nicht vollständig eingelesen werden."
        what_en = "The user database's change log is damaged and cannot be read completely."
    err = WalSetAsideError(
        f"{what_de}{kept_de} Das Protokoll wurde nicht gelöscht, sondern als {a} aufbewahrt. Falls Änderungen "
        f"fehlen: eine Sicherung wiederherstellen ({n} vorhanden: „handwerksmonitor tracker backups“, im "
        "Programm Empfehlungen › Sicherungen …).",
        f"{what_en}{kept_en} The log was not deleted but kept as {a}. If changes are missing, restore a backup "
        f"({n} available: 'handwerksmonitor tracker backups', in the window Recommendations › Backups …).")
    err.aside = aside
    return err


def _open_in_this_process(path: Path) -> bool:
    """True if this process has the file open (a DuckDB connection of ours holds its lock): then the log
    is live and must not be touched, and a probe lock would even drop DuckDB's lock on close."""
    target = os.path.realpath(path)
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():  # not Linux: be conservative
        return True
    for fd in fd_dir.iterdir():
        with contextlib.suppress(OSError):
            if os.readlink(fd) == target:
                return True
    return False


@contextlib.contextmanager
def _probe_lock(path: Path) -> Iterator[bool]:
    """Hold DuckDB's own (POSIX record) lock on the file for a moment; yields False if another process has
    it. Released before DuckDB opens the file (closing the descriptor would drop DuckDB's lock too)."""
    try:
        import fcntl
    except ImportError:  # Windows: DuckDB locks with LockFileEx; the check is skipped there
        yield False
        return
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


# ------------------------------------------------------------------------------------------------ opening
def open_user_db(path: Path | None = None, *, read_only: bool = False, role: str = ROLE_COMMAND,
                 wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open (and create/migrate) the user database for writing (or ``read_only``).

    A damaged change log is kept aside first (:class:`WalSetAsideError`, open again to continue). When
    another *command* holds the file, wait up to ``wait`` seconds (default ``COMMAND_WAIT``) for it to
    finish; a window holding it is reported at once. ``role`` (window/command) is noted for the next
    process that finds the file locked.

    Raises DatabaseLockedError (saying who holds it), UserDatabaseError (unreadable, read-only folder, full).
    """
    path = path or paths.user_db_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_failed(exc, path) from exc
    if not read_only:
        _check_wal(path)
    deadline = time.monotonic() + (COMMAND_WAIT if wait is None else wait)
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if _is_lock_error(exc):
                err = locked_error(path, exc)
                if err.role == ROLE_COMMAND and time.monotonic() + delay < deadline:
                    time.sleep(delay)
                    delay = min(delay * 2, 0.5)
                    continue
                raise err from exc
            if _io_kind(exc):
                raise _cannot_open(path, exc) from exc
            if "wal" in str(exc).lower():
                raise _wal_unreadable(path, exc) from exc
            raise UserDatabaseError(
                f"Die Datei {path.name} kann nicht gelesen werden ({shown(exc, 200)}).",
                f"Cannot read {path.name} ({shown(exc, 200)}).") from exc
        except duckdb.Error as exc:
            if "wal" in str(exc).lower() and not read_only:
                raise _wal_unreadable(path, exc) from exc
            raise UserDatabaseError(
                f"Die Datei {path.name} ist beschädigt oder keine Handwerksmonitor-Datenbank.",
                f"The file {path.name} is damaged or not a Handwerksmonitor database.",
            ) from exc
    if not read_only:
        try:
            migrate(con)
        except duckdb.Error as exc:
            con.close()
            if _io_kind(exc):
                raise write_failed(exc, path) from exc
            raise
        _write_owner(path, role)
    return con


def _cannot_open(path: Path, exc: BaseException) -> UserDatabaseError:
    where = shown_path(path.parent)
    if _io_kind(exc) == "full":
        return write_failed(exc, path)
    return UserDatabaseError(
        f"Die Benutzerdatenbank kann nicht zum Schreiben geöffnet werden: Der Ordner {where} ist schreibgeschützt. "
        "Lesen ist weiter möglich; für Änderungen bitte Schreibrechte prüfen oder mit --profile-dir bzw. "
        "HANDWERKSMONITOR_HOME einen beschreibbaren Ordner wählen.",
        f"The user database cannot be opened for writing: the folder {where} is read-only. Reading still works; "
        "to make changes, check the permissions or choose a writable folder with --profile-dir or "
        "HANDWERKSMONITOR_HOME.")


def _wal_unreadable(path: Path, exc: BaseException) -> UserDatabaseError:
    """DuckDB itself refused the log (e.g. a damaged header): keep it aside whole and say so."""

    unreadable = UserDatabaseError(
        f"Die Datei {path.name} kann nicht gelesen werden ({shown(exc, 200)}).",
        f"Cannot read {path.name} ({shown(exc, 200)}).")
    if _open_in_this_process(path):
        return unreadable
    with _probe_lock(path) as free:
        if not free:
            return unreadable
        aside = userdb_wal.set_aside(path, userdb_wal.WalState("damaged", good_prefix=0))
    return wal_set_aside_error(path, aside, "damaged", None)


_SNAPSHOT_DIRS: list[Path] = []


def _remove_snapshots() -> None:
    for d in _SNAPSHOT_DIRS:
        shutil.rmtree(d, ignore_errors=True)


NOTICES: list[tuple[str, str]] = []  # (German, English) notices of snapshots opened; see take_notices()


def take_notices(lang: str = "de") -> list[str]:
    """Notices collected while opening snapshots (e.g. a damaged change log), in ``lang``; clears them."""
    out = [en if lang == "en" else de for de, en in NOTICES]
    NOTICES.clear()
    return out


def open_snapshot(path: Path | None = None, migrate_it: bool = True) -> duckdb.DuckDBPyConnection:
    """A read-only look for commands that only read, and for a second window: a copy of the file and its
    change log in a temporary folder (removed when the process ends). Never takes the lock on, creates or
    changes the real file. A torn or damaged log in the copy is cut to its intact part (a notice is
    recorded, see :func:`take_notices`); no file at all gives an empty, current database."""

    path = path or paths.user_db_path()
    folder = Path(tempfile.mkdtemp(prefix="hwm-snapshot-"))
    if not _SNAPSHOT_DIRS:
        atexit.register(_remove_snapshots)
    _SNAPSHOT_DIRS.append(folder)
    tmp = folder / path.name
    try:
        if path.exists():
            shutil.copy2(path, tmp)
            wal = userdb_wal.wal_path(path)
            if wal.exists():
                shutil.copy2(wal, userdb_wal.wal_path(tmp))
    except OSError as exc:
        raise UserDatabaseError(
            f"Die Benutzerdatenbank kann nicht gelesen werden ({shown(exc, 200)}).",
            f"The user database cannot be read ({shown(exc, 200)}).") from exc
    state = userdb_wal.inspect(tmp)
    if state.status == "ok" and state.transactions and not userdb_wal.replays_on_a_copy(tmp):
        state = userdb_wal.WalState("damaged", state.size, 0, 0, 0)
    if state.status == "torn":  # also what a copy taken during another process's commit looks like
        userdb_wal.set_aside(tmp, state)
    elif state.status == "damaged":
        userdb_wal.set_aside(tmp, state)
        NOTICES.append((
            "Hinweis: Das Änderungsprotokoll der Benutzerdatenbank ist beschädigt; angezeigt "
            f"wird der Stand der {state.transactions} vollständigen Änderungen davor. Der nächste schreibende "
            "Befehl legt das Protokoll beiseite (es wird nie gelöscht).",
            "Note: the user database's change log is damaged; shown is the state of the "
            f"{state.transactions} complete changes before it. The next command that writes keeps the log aside "
            "(it is never deleted)."))
    try:
        con = duckdb.connect(str(tmp))
    except duckdb.Error as exc:
        raise UserDatabaseError(
            f"Die Datei {path.name} ist beschädigt oder keine Handwerksmonitor-Datenbank ({shown(exc, 160)}).",
            f"The file {path.name} is damaged or not a Handwerksmonitor database ({shown(exc, 160)}).") from exc
    if migrate_it:  # False: a quick look at one table without importing every module that owns tables
        migrate(con)
    return con


def open_or_snapshot(path: Path | None = None) -> tuple[duckdb.DuckDBPyConnection, bool]:
    """The user database for this process: writable if free, else a read-only snapshot.

    Returns (connection, read_only). Used by headless commands and the second app instance.
    """
    try:
        return open_user_db(path), False
    except DatabaseLockedError:
        return open_snapshot(path), True
