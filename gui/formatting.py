"""Numbers and dates on screen in the UI language: ``core.formatting`` (one formatter per language,
shared with the command line and the exports) applied with ``gui.i18n.current_language()``.

German: ``1.234,5`` and ``31.12.2024``; English: ``1,234.5`` and ``31/12/2024``. core returns plain
numbers; screens format them here. Missing values (None/NaN) become an en dash.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from core import formatting as core_formatting
from core.formatting import MISSING as MISSING
from gui.i18n import current_language
from gui.i18n import locale_for as locale_for


def formatter() -> core_formatting.Formatter:
    """The formatter of the current UI language."""
    return core_formatting.formatter(current_language())


def fmt_number(value: float | int | None, decimals: int = 0) -> str:
    """Grouped number, e.g. 1.234,5 (de) / 1,234.5 (en)."""
    return formatter().number(value, decimals)


def fmt_int(value: float | int | None) -> str:
    return formatter().number(value, 0)


def fmt_percent(value: float | None, decimals: int = 1, *, signed: bool = False) -> str:
    """A share or rate given as a fraction (0.123 -> 12,3 %); ``signed`` adds + for growth."""
    return formatter().percent(value, decimals, signed=signed)


def fmt_date(value: str | dt.date | QDate | None) -> str:
    """A date with a four-digit year (ISO strings like ``2024-12-31`` accepted; ``2024`` stays a year)."""
    if isinstance(value, QDate):
        value = dt.date(value.year(), value.month(), value.day())
    return formatter().date(value)
