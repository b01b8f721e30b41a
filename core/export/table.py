"""One table on one sheet: title, source line, notes, styled header, data, frozen header, autofilter.

Every sheet builder describes its table as a :class:`SheetTable` (plain values, no styling) and
:func:`write_table` lays it out the same way everywhere, so charts can reference its cell ranges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.export import styles
from core.export.cells import write

ESTIMATE_LABEL = "Schätzung"


@dataclass
class Column:
    header: str
    fmt: str | None = None  # Excel number format for numeric cells
    width: float | None = None  # fixed width; None = from the content


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
    write(ws, 1, 1, table.title).font = styles.TITLE_FONT
    write(ws, 2, 1, table.source).font = styles.SOURCE_FONT
    r = 3
    for note in table.notes:
        write(ws, r, 1, note).font = styles.NOTE_FONT
        r += 1
    header_row = r + 1
    for c, col in enumerate(table.columns, start=1):
        cell = write(ws, header_row, c, col.header)
        cell.font = styles.HEADER_FONT
        cell.fill = styles.HEADER_FILL
        cell.alignment = styles.HEADER_ALIGN
        cell.border = styles.HEADER_BORDER
    for i, row in enumerate(table.rows):
        rr = header_row + 1 + i
        shade = i in table.estimate_rows
        for c, (col, value) in enumerate(zip(table.columns, row, strict=False), start=1):
            cell = write(ws, rr, c, value, table.cell_formats.get((i, c - 1), col.fmt))
            if shade:
                cell.fill = styles.ESTIMATE_FILL
    last = header_row + max(len(table.rows), 1)
    n = len(table.columns)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(n)}{last}"
    ws.row_dimensions[header_row].height = 30
    _set_widths(ws, table, header_row)
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


def _set_widths(ws: Worksheet, table: SheetTable, header_row: int) -> None:
    for c, col in enumerate(table.columns, start=1):
        if col.width:
            width = col.width
        else:
            longest = max([_display_len(row[c - 1], col.fmt) for row in table.rows if len(row) >= c] or [0])
            head = max(len(w) for w in col.header.split()) if col.header else 0
            width = max(styles.MIN_WIDTH, min(styles.MAX_WIDTH, max(longest, head) + 3))
        ws.column_dimensions[get_column_letter(c)].width = width
