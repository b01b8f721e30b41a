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
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from core import paths
from core.errors import DatabaseLockedError, UserDatabaseError

Migration = str | Callable[[duckdb.DuckDBPyConnection], None]


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One edit = one transaction: COMMIT when the block ends, ROLLBACK (and re-raise) on any error,
    so a failed edit leaves the file exactly as it was."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")

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


def open_user_db(path: Path | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and create/migrate) the user database.

    Raises DatabaseLockedError if another process holds it, UserDatabaseError if it is unreadable.
    """
    path = path or paths.user_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if _is_lock_error(exc):
            raise DatabaseLockedError(
                "Die Datenbank wird gerade von einem anderen Fenster des Handwerksmonitors verwendet.",
                "The database is in use by another window of Handwerksmonitor.",
            ) from exc
        raise UserDatabaseError(
            f"Die Datei {path.name} kann nicht gelesen werden ({exc}).", f"Cannot read {path.name} ({exc})."
        ) from exc
    except duckdb.Error as exc:
        raise UserDatabaseError(
            f"Die Datei {path.name} ist beschädigt oder keine Handwerksmonitor-Datenbank.",
            f"The file {path.name} is damaged or not a Handwerksmonitor database.",
        ) from exc
    if not read_only:
        migrate(con)
    return con


_SNAPSHOT_DIRS: list[Path] = []


def _remove_snapshots() -> None:
    for d in _SNAPSHOT_DIRS:
        shutil.rmtree(d, ignore_errors=True)


def open_snapshot(path: Path | None = None) -> duckdb.DuckDBPyConnection:
    """Read-only view for a second instance: a copy of the file (removed when the process ends)."""
    path = path or paths.user_db_path()
    folder = Path(tempfile.mkdtemp(prefix="hwm-snapshot-"))
    if not _SNAPSHOT_DIRS:
        atexit.register(_remove_snapshots)
    _SNAPSHOT_DIRS.append(folder)
    tmp = folder / path.name
    shutil.copy2(path, tmp)
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        shutil.copy2(wal, tmp.with_name(tmp.name + ".wal"))
    con = duckdb.connect(str(tmp))
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
