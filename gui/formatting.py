"""Numbers and dates for the screen, formatted by the default QLocale (set at start from the language).

German: ``1.234,5`` and ``31.12.2024``; English: ``1,234.5`` and ``31/12/2024``. core returns plain
numbers; only gui formats them. Missing values (None/NaN) become an en dash.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QLocale

MISSING = "–"


def locale_for(lang: str) -> QLocale:
    """The locale used for a UI language (en: British English, so dates read day-month-year)."""
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def _missing(value: float | int | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fmt_number(value: float | int | None, decimals: int = 0) -> str:
    """Grouped number, e.g. 1.234,5 (de) / 1,234.5 (en)."""
    if _missing(value):
        return MISSING
    assert value is not None
    return QLocale().toString(float(value), "f", decimals)


def fmt_int(value: float | int | None) -> str:
    return fmt_number(value, 0)


def fmt_percent(value: float | None, decimals: int = 1, *, signed: bool = False) -> str:
    """A share or rate given as a fraction (0.123 -> 12,3 %); ``signed`` adds + for growth."""
    if _missing(value):
        return MISSING
    assert value is not None
    text = QLocale().toString(value * 100.0, "f", decimals)
    if signed and value > 0:
        text = "+" + text
    return f"{text}\u00a0%"


def fmt_date(value: str | dt.date | QDate | None) -> str:
    """A date with a four-digit year (ISO strings like ``2024-12-31`` accepted; ``2024`` stays a year)."""
    if value is None or value == "":
        return MISSING
    if isinstance(value, str):
        if len(value) == 4 and value.isdigit():
            return value
        qd = QDate.fromString(value[:10], "yyyy-MM-dd")
        if not qd.isValid():
            return value
    elif isinstance(value, dt.date):
        qd = QDate(value.year, value.month, value.day)
    else:
        qd = value
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    if "dd" not in fmt:
        fmt = fmt.replace("d", "dd")
    if "MM" not in fmt:
        fmt = fmt.replace("M", "MM")
    return QLocale().toString(qd, fmt)
