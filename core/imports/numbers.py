"""Strict numbers, German and English notation: what a person writes, nothing a parser merely tolerates.

Accepted (``-`` or ``−`` for negative, surrounding blanks ignored):

* German: ``1234``, ``1234,5``, ``1.234``, ``1.234.567,89``, ``1 234`` (space / no-break space groups)
* English: ``1234.5``, ``1,234``, ``1,234,567.89``

Refused with a message (naming row and column, by the caller): ``NaN``, ``inf``, ``1e20``, ``1_000``,
``+5``, ``0x10``, ``1,2,3``, ``12 34``, text, units. A value that reads differently in the two notations
(``1.234``: 1234 in German, 1.234 in English) takes the file's notation (``prefer``: German for ';'
files, GENESIS and Excel, English for ',' files). Years are whole four-digit numbers (``2025.5`` is an
error, never rounded). The same grammar exists as DuckDB macros (:func:`sql_macros`) for tables
checked in SQL.
"""

from __future__ import annotations

import re

_MINUS = "-\u2212"
_GROUP_SPACE = " \u00a0\u202f"
DE = rf"-?(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,3}}(?:[{_GROUP_SPACE}]\d{{3}})+|\d+)(?:,\d+)?"
EN = rf"-?(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[{_GROUP_SPACE}]\d{{3}})+|\d+)(?:\.\d+)?"
_DE = re.compile(DE)
_EN = re.compile(EN)
_YEAR = re.compile(r"\d{4}")


def _norm(text: str) -> str:
    s = text.strip()
    if s[:1] in _MINUS:
        s = "-" + s[1:]
    return s


def _value(s: str, decimal: str) -> float:
    for ch in _GROUP_SPACE:
        s = s.replace(ch, "")
    s = s.replace(".", "").replace(",", ".") if decimal == "," else s.replace(",", "")
    return float(s)


def parse_number(text: object, prefer: str = "de") -> float | None:
    """The number ``text`` stands for, or None if it is not a number in German or English notation."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, int | float):
        x = float(text)
        return x if x == x and x not in (float("inf"), float("-inf")) else None
    s = _norm(str(text))
    if not s:
        return None
    de = _DE.fullmatch(s) is not None
    en = _EN.fullmatch(s) is not None
    if de and (prefer == "de" or not en):
        return _value(s, ",")
    if en:
        return _value(s, ".")
    return None


def is_whole(x: float) -> bool:
    return x == int(x)


def parse_year(text: object) -> int | None:
    """A year written as four digits (or a whole number cell); None for '2025.5', '25', text."""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, int):
        return text if 1000 <= text <= 9999 else None
    if isinstance(text, float):
        return int(text) if text.is_integer() and 1000 <= text <= 9999 else None
    s = str(text).strip()
    return int(s) if _YEAR.fullmatch(s) else None


def sql_macros(prefer: str = "de") -> str:
    """DuckDB macros ``num_strict(v)`` (the number or NULL) and ``year_strict(v)`` with the same grammar.
    ``v`` is text without the special signs (the caller strips parentheses)."""
    first, second = (("de", "en") if prefer == "de" else ("en", "de"))
    pattern = {"de": DE, "en": EN}
    cast = {
        "de": "TRY_CAST(replace(replace(regexp_replace(x, '[ \u00a0\u202f]', '', 'g'), '.', ''), ',', '.') AS DOUBLE)",
        "en": "TRY_CAST(replace(regexp_replace(x, '[ \u00a0\u202f]', '', 'g'), ',', '') AS DOUBLE)",
    }

    def q(s: str) -> str:
        return s.replace("'", "''")

    return f"""
        CREATE OR REPLACE MACRO _num_norm(v) AS regexp_replace(trim(v), '^\u2212', '-');
        CREATE OR REPLACE MACRO _num_pick(x) AS CASE
            WHEN regexp_full_match(x, '{q(pattern[first])}') THEN {cast[first]}
            WHEN regexp_full_match(x, '{q(pattern[second])}') THEN {cast[second]} END;
        CREATE OR REPLACE MACRO num_strict(v) AS _num_pick(_num_norm(v));
        CREATE OR REPLACE MACRO year_strict(v) AS CASE WHEN regexp_full_match(trim(v), '\\d{{4}}')
            THEN CAST(trim(v) AS INTEGER) END;
    """
