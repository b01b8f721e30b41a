"""One number and date format per language, shared by core (command line, Excel texts, PDF) and gui.

German (the source language): ``1.234,5`` · ``12,3 %`` · ``31.12.2024`` · ``31.12.2024 14:05``;
English (British conventions, day first): ``1,234.5`` · ``12.3 %`` · ``31/12/2024`` · ``31/12/2024 14:05``.
A missing value (None, NaN, "") is an en dash ``–``. The percent sign follows a no-break space so
it never wraps away from its number.

Use ``formatter(lang)`` for a language's ``Formatter``, or the functions ``fmt_number``,
``fmt_percent``, ``fmt_date``, ``fmt_datetime`` with a ``lang`` argument. The GUI calls the same
functions through ``gui.formatting`` with the UI language; nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

MISSING = "–"
NBSP = "\u00a0"

Number = float | int | None
DateLike = dt.date | dt.datetime | str | None


def is_missing(value: object) -> bool:
    """None, NaN or an empty string."""
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def _as_date(value: DateLike) -> dt.date | dt.datetime | str | None:
    """A date/datetime from an ISO string (``2024-12-31``, ``2024-12-31T14:05``); a 4-digit year or an
    unparsable string comes back unchanged (shown as it is)."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if len(text) == 4 and text.isdigit():
        return text
    try:
        return dt.datetime.fromisoformat(text) if len(text) > 10 else dt.date.fromisoformat(text)
    except ValueError:
        return text


def _rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` places, a tie away from zero (as Qt's QLocale and as people
    round by hand: 0.5 -> 1, 0.125 -> 0.13), on the exact binary value (2.675 is 2.67499... -> 2.67).
    The caller adds the sign (a negative value that rounds to zero shows as -0, like Qt)."""
    return Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Formatter:
    """Numbers and dates of one language: decimal mark, thousands separator and date pattern."""

    lang: str
    decimal: str
    group: str
    date_pattern: str  # strftime pattern with a four-digit year

    def number(self, value: Number, decimals: int = 0, *, signed: bool = False) -> str:
        """Grouped, rounded to ``decimals``: 1234.5 -> ``1.234,5`` (de) / ``1,234.5`` (en); ``signed``
        puts a + before positive values (growth)."""
        if is_missing(value):
            return MISSING
        assert value is not None
        v = float(value)
        text = ("-" if v < 0 else "") + f"{_rounded(abs(v), decimals):,.{decimals}f}"
        if self.decimal != ".":
            text = text.replace(",", "\x00").replace(".", self.decimal).replace("\x00", self.group)
        if signed and float(value) > 0:
            text = "+" + text
        return text

    def integer(self, value: Number) -> str:
        return self.number(value, 0)

    def percent(self, fraction: Number, decimals: int = 1, *, signed: bool = False) -> str:
        """A share or rate given as a fraction: 0.123 -> ``12,3 %`` (no-break space before %)."""
        if is_missing(fraction):
            return MISSING
        assert fraction is not None
        return self.number(float(fraction) * 100.0, decimals, signed=signed) + NBSP + "%"

    def date(self, value: DateLike) -> str:
        """``31.12.2024`` (de) / ``31/12/2024`` (en); ISO strings accepted, a year ``2024`` stays a year."""
        if is_missing(value):
            return MISSING
        d = _as_date(value)
        if isinstance(d, str):
            return d
        assert d is not None
        return d.strftime(self.date_pattern)

    def datetime(self, value: DateLike) -> str:
        """Date and time to the minute: ``31.12.2024 14:05``."""
        if is_missing(value):
            return MISSING
        d = _as_date(value)
        if isinstance(d, str) or not isinstance(d, dt.datetime):
            return self.date(value)
        return d.strftime(self.date_pattern + " %H:%M")

    def year_span(self, start: int, end: int) -> str:
        """``2010–2018`` (en dash, no spaces) in both languages."""
        return f"{start}–{end}"


FORMATTERS = {
    "de": Formatter("de", decimal=",", group=".", date_pattern="%d.%m.%Y"),
    "en": Formatter("en", decimal=".", group=",", date_pattern="%d/%m/%Y"),
}


def formatter(lang: str = "de") -> Formatter:
    """The formatter of ``lang`` ("en" English, anything else German)."""
    return FORMATTERS["en" if lang == "en" else "de"]


def fmt_number(value: Number, decimals: int = 0, lang: str = "de", *, signed: bool = False) -> str:
    return formatter(lang).number(value, decimals, signed=signed)


def fmt_percent(value: Number, decimals: int = 1, lang: str = "de", *, signed: bool = False) -> str:
    return formatter(lang).percent(value, decimals, signed=signed)


def fmt_date(value: DateLike, lang: str = "de") -> str:
    return formatter(lang).date(value)


def fmt_datetime(value: DateLike, lang: str = "de") -> str:
    return formatter(lang).datetime(value)
