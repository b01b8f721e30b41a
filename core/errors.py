"""Typed errors: core raises these, the GUI and the command line decide how to present them.

Each error carries a German and an English message; ``message(lang)`` picks one.
"""

from __future__ import annotations

from typing import Any


class HandwerksmonitorError(Exception):
    """Base class of every expected, user-facing failure (never a crash)."""

    def __init__(self, de: str, en: str | None = None) -> None:
        super().__init__(de)
        self.de = de
        self.en = en or de

    def message(self, lang: str = "de") -> str:
        return self.en if lang == "en" else self.de


class UnknownDistrictError(HandwerksmonitorError):
    """A district name or key that the region does not contain."""


class NoDataError(HandwerksmonitorError):
    """A year, group or area for which no data exist."""


class InvalidInputError(HandwerksmonitorError):
    """An option or value that is not valid."""


class ImportValidationError(HandwerksmonitorError):
    """An import file that fails validation; ``problems`` lists every finding."""

    def __init__(self, de: str, en: str | None = None, problems: list[Any] | None = None) -> None:
        super().__init__(de, en)
        self.problems = problems or []


class ExportError(HandwerksmonitorError):
    """An export that could not be written (locked target, disk full, ...)."""


class UserDatabaseError(HandwerksmonitorError):
    """The user database is locked, corrupt or of an unknown newer version."""


class DatabaseLockedError(UserDatabaseError):
    """Another process holds the user database for writing; ``role`` is 'window', 'command' or ''."""

    role: str = ""
    pid: int | None = None


class WalSetAsideError(UserDatabaseError):
    """The change log (WAL) was torn or damaged and has been kept aside (``aside``); opening again works."""

    aside: object = None
