"""Writable locations of the user's own state (never inside the checkout or the bundle).

``HANDWERKSMONITOR_HOME`` overrides everything, so tests and the frozen smoke test never touch
the real user folder.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP_NAME = "Handwerksmonitor"
APP_AUTHOR = "IRMD"
ENV_HOME = "HANDWERKSMONITOR_HOME"


def _ensure(folder: Path) -> Path:
    """Create ``folder`` if possible. A read-only location is not an error here: reading still works,
    and whoever writes there reports the problem in words (see ``core.userdb.write_failed``)."""
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_home() -> Path:
    """Folder that holds the user database, backups and logs (created on demand)."""
    override = os.environ.get(ENV_HOME)
    if override:
        home = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        home = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    return _ensure(home)


def cache_dir() -> Path:
    """Folder for files the program can always rebuild (the prebuilt bundled data, core.prebuilt):
    ``$HANDWERKSMONITOR_HOME/cache``, else the platform's cache folder. Not created here."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, APP_AUTHOR))


def user_db_path() -> Path:
    """The single DuckDB file with imports, tracker, scenarios and other user data."""
    return user_home() / "handwerksmonitor.duckdb"


def backup_dir() -> Path:
    return _ensure(user_home() / "backups")


def log_dir() -> Path:
    return _ensure(user_home() / "logs")


LOG_NAME = "handwerksmonitor.log"


def log_file() -> Path:
    """The app's rotating log (``gui.diagnostics`` writes it; error messages point to it)."""
    return log_dir() / LOG_NAME


def config_dir() -> Path:
    """Folder of the settings file when ``HANDWERKSMONITOR_HOME`` is set (else Qt's user scope)."""
    return _ensure(user_home() / "config")
