"""Every QSettings key of the app, declared once with its type and default.

Preferences (chosen by the user) live under ``prefs/``, UI state (geometry, last tab, ...) under
``state/``. The file is an INI file (UserScope); with ``HANDWERKSMONITOR_HOME`` set (tests, smoke
tests, ``--profile-dir``) it is ``$HANDWERKSMONITOR_HOME/config/handwerksmonitor.ini`` so the real
configuration is never touched. ``meta/schema_version`` allows forward migrations (file backed up first).

Widgets never use bare key strings: ``value(LAST_TAB)`` / ``set_value(LAST_TAB, "prognose")``.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from core import paths

T = TypeVar("T")

ORGANIZATION = "IRMD"
APPLICATION = "Handwerksmonitor"
SCHEMA = 1


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type
    default: T


SCHEMA_VERSION: Key[int] = Key("meta/schema_version", int, SCHEMA)
# preferences
LANGUAGE: Key[str] = Key("prefs/language", str, "")  # "de" | "en" | "" (= system locale)
# UI state
WINDOW_GEOMETRY: Key[QByteArray] = Key("state/window_geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("state/window_state", QByteArray, QByteArray())
LAST_TAB: Key[str] = Key("state/last_tab", str, "kreisprofile")
LAST_DISTRICT: Key[str] = Key("state/last_district", str, "")
# Whether an imported data version was active when the user database was last read: if not, the first
# district profile is shown before the user database is opened (start-up speed; gui.app checks after).
DATA_VERSION_ACTIVE: Key[bool] = Key("state/data_version_active", bool, False)

ALL_KEYS: tuple[Key[Any], ...] = (
    SCHEMA_VERSION,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_TAB,
    LAST_DISTRICT,
    DATA_VERSION_ACTIVE,
)


def settings_file() -> Path | None:
    """The INI file under HANDWERKSMONITOR_HOME, or None for the platform's user-scope location."""
    if os.environ.get(paths.ENV_HOME):
        return paths.config_dir() / "handwerksmonitor.ini"
    return None


def settings() -> QSettings:
    """A QSettings on the current file (cheap; construct per use, so tests stay isolated)."""
    f = settings_file()
    if f is not None:
        s = QSettings(str(f), QSettings.Format.IniFormat)
    else:
        s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    _migrate(s)
    return s


def value(key: Key[T]) -> T:
    raw = settings().value(key.name, key.default)
    if raw is None:
        return key.default
    if key.type is QByteArray:
        return raw if isinstance(raw, QByteArray) else key.default  # type: ignore[return-value]
    if key.type is bool:
        return (raw in (True, "true", "1", 1)) if not isinstance(raw, bool) else raw  # type: ignore[return-value]
    try:
        return key.type(raw)  # type: ignore[no-any-return]
    except (TypeError, ValueError):
        return key.default


def set_value(key: Key[T], val: T) -> None:
    s = settings()
    s.setValue(key.name, val)
    s.sync()


# one function per schema step: _MIGRATIONS[n] brings a file from version n to n + 1
_MIGRATIONS: dict[int, Any] = {}


def _migrate(s: QSettings) -> None:
    current = int(str(s.value(SCHEMA_VERSION.name, 0) or 0))
    if current == SCHEMA:
        return
    if current == 0 and not s.allKeys():  # fresh file
        s.setValue(SCHEMA_VERSION.name, SCHEMA)
        return
    if 0 < current < SCHEMA and Path(s.fileName()).exists():
        shutil.copy2(s.fileName(), s.fileName() + f".v{current}.bak")
    for v in range(max(current, 1), SCHEMA):
        _MIGRATIONS[v](s)
    if current < SCHEMA:
        s.setValue(SCHEMA_VERSION.name, SCHEMA)


class Settings:
    """The settings as an object, as ``AppContext.settings`` hands them to tabs and dialogs."""

    def value(self, key: Key[T]) -> T:
        return value(key)

    def set_value(self, key: Key[T], val: T) -> None:
        set_value(key, val)
