"""Writing cell values safely: text never becomes a formula, control characters never break the file.

A spreadsheet runs a cell as a formula when its text starts with ``=``, ``+``, ``-`` or ``@`` (and
CSV-style injection also uses a leading tab or carriage return). Text from imported files or typed by
a user (recommendation titles, notes, ...) is therefore always stored as a plain string cell
(``data_type = "s"``) with Excel's *quote prefix* set, so that even editing the cell later keeps it text.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from core.export import fast_style

# Characters an xlsx file cannot hold (XML 1.0): C0 controls except tab, LF, CR.
_ILLEGAL = {c: None for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
MAX_CELL_TEXT = 32767  # Excel's limit for the text of one cell (openpyxl truncates to it as well)
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def is_formula_like(text: str) -> bool:
    """True if a spreadsheet would (or might, after an edit) treat ``text`` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def clean_text(text: str) -> str:
    """``text`` without characters that XML (and so xlsx) forbids; line ends as ``\n`` (XML turns a bare
    carriage return into a line feed anyway, so the written value is what a reader gets back)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_ILLEGAL)


def set_value(cell: Cell, value: Any, number_format: str | None = None) -> Cell:
    """Store ``value`` in ``cell``: numbers as numbers (NaN/None -> empty), dates as dates, anything else
    as plain text.

    Strings are always forced to the string type, so ``'=HYPERLINK(...)'`` stays a visible string.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        cell.value = None
    elif isinstance(value, bool):
        cell.value = "ja" if value else "nein"
        cell.data_type = "s"
    elif isinstance(value, int | float):  # numpy's float64 is a float too
        cell._value = value  # noqa: SLF001 - what openpyxl's setter stores for a number, without its type search
        cell.data_type = "n"
        if number_format:
            fast_style.number_format(cell, number_format)
    elif isinstance(value, dt.date):  # datetime is a date too: a real Excel date, shown German-style
        cell.value = value
        cell.number_format = number_format or ("DD.MM.YYYY HH:MM" if isinstance(value, dt.datetime) else "DD.MM.YYYY")
    elif hasattr(value, "item") and not isinstance(value, str):  # numpy scalar
        return set_value(cell, value.item(), number_format)
    else:
        text = clean_text(str(value))[:MAX_CELL_TEXT]
        # Bound directly as a string cell (never "f": openpyxl would write '=...' as a formula). The
        # value setter would only re-check what clean_text already guarantees (no XML-illegal characters),
        # with a regex scan per cell that costs ~10 % of a whole-region export.
        cell._value = text  # noqa: SLF001
        cell.data_type = "s"
        if is_formula_like(text):
            cell.quotePrefix = True
    return cell


def write(ws: Worksheet, row: int, col: int, value: Any, number_format: str | None = None) -> Cell:
    """Write one value at (row, col) with :func:`set_value`."""
    return set_value(ws.cell(row=row, column=col), value, number_format)
