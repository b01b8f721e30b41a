"""One table on one sheet: title, source line, notes, styled header, data, frozen header, autofilter.

Every sheet builder describes its table as a :class:`SheetTable` (plain values, no styling) and
:func:`write_table` lays it out the same way everywhere, so charts can reference its cell ranges.
"""

from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.export import styles
from core.export.cells import write
from core.export.fast_style import WRAP_TOP, assign, horizontal, top

ESTIMATE_LABEL = "Schätzung"


@dataclass
class Column:
    header: str
    fmt: str | None = None  # Excel number format for numeric cells
    width: float | None = None  # fixed width; None = from the content
    wrap: bool | None = None  # wrap text within the width; None = when a text is longer than the width


@dataclass
class SheetTable:
    name: str  # sheet name (max. 31 characters)
    title: str
    source: str  # "Quelle: ..." line
    columns: list[Column]
    rows: list[list[Any]]
    notes: list[str] = field(default_factory=list)
    estimate_rows: set[int] = field(default_factory=set)  # row indexes shaded as "Schätzung"
    cell_formats: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> format override


@dataclass
class TableRange:
    """Where a written table sits (1-based rows/columns), for chart references."""

    header_row: int
    first_row: int
    last_row: int
    n_cols: int

    def col(self, index: int) -> int:
        """1-based column number of the table's ``index``-th column (0-based)."""
        return index + 1


def write_table(ws: Worksheet, table: SheetTable) -> TableRange:
    """Write ``table`` into an empty sheet and style it."""
    assign(write(ws, 1, 1, table.title), "font", styles.TITLE_FONT)
    assign(write(ws, 2, 1, table.source), "font", styles.SOURCE_FONT)
    r = 3
    for note in table.notes:
        assign(write(ws, r, 1, note), "font", styles.NOTE_FONT)
        r += 1
    header_row = r + 1
    for c, col in enumerate(table.columns, start=1):
        cell = write(ws, header_row, c, col.header)
        assign(cell, "font", styles.HEADER_FONT)
        assign(cell, "fill", styles.HEADER_FILL)
        assign(cell, "alignment", styles.HEADER_ALIGN)
        assign(cell, "border", styles.HEADER_BORDER)
    written: list[list[Cell]] = []
    for i, row in enumerate(table.rows):
        rr = header_row + 1 + i
        shade = i in table.estimate_rows
        cells = []
        for c, (col, value) in enumerate(zip(table.columns, row, strict=False), start=1):
            cell = write(ws, rr, c, value, table.cell_formats.get((i, c - 1), col.fmt))
            if shade:
                assign(cell, "fill", styles.ESTIMATE_FILL)
            cells.append(cell)
        written.append(cells)
    last = header_row + max(len(table.rows), 1)
    n = len(table.columns)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(n)}{last}"
    longest = [
        max([_display_len(row[c], col.fmt) for row in table.rows if len(row) > c] or [0])
        for c, col in enumerate(table.columns)
    ]
    widths = _set_widths(ws, table, longest)
    _fit_heights(ws, table, header_row, widths, longest, written)
    ws.sheet_view.zoomScale = 100
    return TableRange(header_row, header_row + 1, header_row + len(table.rows), n)


def _display_len(value: Any, fmt: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, float) and fmt:
        decimals = fmt.split(".")[1].count("0") if "." in fmt else 0
        return len(f"{value:,.{decimals}f}") + (2 if "%" in fmt else 0)
    if isinstance(value, int | float):
        return len(f"{value:,}")
    return max((len(p) for p in str(value).splitlines()), default=0)


def _set_widths(ws: Worksheet, table: SheetTable, longest: list[int]) -> list[float]:
    """Column widths from the content (``longest``: display length per column) or fixed, at most
    ``styles.WRAP_WIDTH`` for text that wraps."""
    widths = []
    for c, col in enumerate(table.columns, start=1):
        if col.width:
            width = col.width
        else:
            head = max(len(w) for w in col.header.split()) if col.header else 0
            width = max(styles.MIN_WIDTH, min(styles.MAX_WIDTH, max(longest[c - 1], head) + 3))
        if _wraps(col, longest[c - 1], width):
            width = min(width, styles.WRAP_WIDTH)
        ws.column_dimensions[get_column_letter(c)].width = width
        widths.append(width)
    return widths


def _wraps(col: Column, longest: int, width: float) -> bool:
    return col.wrap if col.wrap is not None else (col.fmt is None and longest + 2 > min(width, styles.WRAP_WIDTH))


@functools.lru_cache(maxsize=4096)
def _lines(text: str, width: float) -> int:
    """Lines a text needs in a column ``width`` units wide (a unit is the widest digit; an average
    letter of running text is about 1/1.2 of it). Cached: sheets repeat their texts (the Annahmen sheet
    has every description once per scenario)."""
    chars = max(4, int(width * 1.2) - 1)
    return sum(_part_lines(part, chars) for part in text.splitlines() or [""])


def _part_lines(part: str, chars: int) -> int:
    """``textwrap.wrap``'s line count of one paragraph (at least 1); a short one without tabs (most
    cells) fits on one line without wrapping it."""
    if len(part) <= chars and "\t" not in part:
        return 1
    return len(textwrap.wrap(part, chars, break_long_words=True)) or 1


def _fit_heights(ws: Worksheet, table: SheetTable, header_row: int, widths: list[float], longest: list[int],
                 written: list[list[Cell]]) -> None:
    """Wrapped columns and the header get the row height their text needs (LibreOffice and Excel do not
    grow rows of a generated file by themselves): 15 pt per line, header 14 pt per bold line.
    ``written``: the data cells of each row, as ``write_table`` wrote them."""
    head_lines = max((_lines(col.header, w * 0.9) for col, w in zip(table.columns, widths, strict=True)), default=1)
    ws.row_dimensions[header_row].height = max(30, 14 * head_lines + 4)
    wrap_cols = [(c, w) for c, (col, w) in enumerate(zip(table.columns, widths, strict=True), start=1)
                 if _wraps(col, longest[c - 1], w)]
    if not wrap_cols:
        return
    wrapped = {c for c, _ in wrap_cols}
    n = len(table.columns)
    for i, row in enumerate(table.rows):
        r = header_row + 1 + i
        cells = written[i]
        lines = 1
        for c, w in wrap_cols:
            value = row[c - 1] if len(row) >= c else None
            assign(cells[c - 1] if c <= len(cells) else ws.cell(row=r, column=c), "alignment", WRAP_TOP)
            if isinstance(value, str):
                lines = max(lines, _lines(value, w))
        for c in range(1, n + 1):
            if c not in wrapped:
                cell = cells[c - 1] if c <= len(cells) else ws.cell(row=r, column=c)
                assign(cell, "alignment", top(horizontal(cell)))
        ws.row_dimensions[r].height = 15 * lines
