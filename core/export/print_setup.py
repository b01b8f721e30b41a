"""Page setup of an exported sheet, so the workbook prints as it reads (A4, LibreOffice and Excel).

Per sheet: A4, portrait unless the widest printed block is wider than a portrait page, scaled to the
page width (``fitToWidth = 1``, any number of pages down), the table's header row repeated on every
page, a page header with the sheet's title and a footer with its source and "Seite n von m".

Charts never break across pages: the table and every other block on the sheet (a chart, a summary
table next to it) are separate print ranges, and Excel and LibreOffice start each print range on a
new page. A block is the bounding box of a chart (its anchor plus its size in cm, converted with the
column widths and row heights) or of cells outside the table; overlapping or touching boxes are merged.

The title, source and note lines above the table are merged across the table's width and wrapped,
so a long source line is printed in full instead of running off the page.

Widths: Excel's column width ``w`` (in characters of the default font) is ``7·w + 5`` pixels at
96 dpi, i.e. ``(7·w + 5) · 2.54 / 96`` cm; the default row is 15 pt (0.529 cm).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

A4_CM = (21.0, 29.7)
MARGIN_IN = 0.5  # left/right; 1.27 cm
MARGIN_TB_IN = 0.75  # top/bottom, room for the page header and footer
USABLE_PORTRAIT_CM = A4_CM[0] - 2 * MARGIN_IN * 2.54  # 18.46 cm
USABLE_LANDSCAPE_CM = A4_CM[1] - 2 * MARGIN_IN * 2.54  # 27.16 cm
USABLE_LANDSCAPE_HEIGHT_CM = A4_CM[0] - 2 * MARGIN_TB_IN * 2.54  # 17.19 cm
DEFAULT_COL_WIDTH = 8.43
DEFAULT_ROW_PT = 15.0
FOOTER_SOURCE_MAX = 150  # Excel allows 255 characters per header/footer in total
LINE_PT = 12.0  # height of one wrapped line of the 9/10 pt title and source fonts


@dataclass(frozen=True)
class Box:
    """A block of cells, 1-based and inclusive."""

    min_col: int
    min_row: int
    max_col: int
    max_row: int

    def touches(self, other: Box, gap: int = 1) -> bool:
        return not (self.max_col + gap < other.min_col or other.max_col + gap < self.min_col
                    or self.max_row + gap < other.min_row or other.max_row + gap < self.min_row)

    def union(self, other: Box) -> Box:
        return Box(min(self.min_col, other.min_col), min(self.min_row, other.min_row),
                   max(self.max_col, other.max_col), max(self.max_row, other.max_row))

    @property
    def ref(self) -> str:
        return f"{get_column_letter(self.min_col)}{self.min_row}:{get_column_letter(self.max_col)}{self.max_row}"


def col_width_cm(ws: Worksheet, col: int) -> float:
    dim = ws.column_dimensions.get(get_column_letter(col))
    width = dim.width if dim is not None and dim.width else DEFAULT_COL_WIDTH
    return (7 * width + 5) * 2.54 / 96


def row_height_cm(ws: Worksheet, row: int) -> float:
    dim = ws.row_dimensions.get(row)
    pt = dim.height if dim is not None and dim.height else DEFAULT_ROW_PT
    return pt * 2.54 / 72


def box_width_cm(ws: Worksheet, box: Box) -> float:
    return sum(col_width_cm(ws, c) for c in range(box.min_col, box.max_col + 1))


def box_height_cm(ws: Worksheet, box: Box) -> float:
    return sum(row_height_cm(ws, r) for r in range(box.min_row, box.max_row + 1))


def chart_anchor(chart: object) -> tuple[int, int]:
    """(column, row), 1-based, of a chart's top-left cell."""
    anchor = chart.anchor  # type: ignore[attr-defined]
    if isinstance(anchor, str):
        letters, row = coordinate_from_string(anchor)
        return column_index_from_string(letters), row
    marker = anchor._from  # noqa: SLF001 - openpyxl's anchor object
    return marker.col + 1, marker.row + 1


def chart_box(ws: Worksheet, chart: object) -> Box:
    """The cells a chart covers, from its anchor and its size in cm."""
    col, row = chart_anchor(chart)
    width, height = float(chart.width), float(chart.height)  # type: ignore[attr-defined]
    c, acc = col, 0.0
    while acc < width:
        acc += col_width_cm(ws, c)
        c += 1
    r, acc = row, 0.0
    while acc < height:
        acc += row_height_cm(ws, r)
        r += 1
    return Box(col, row, c - 1, r - 1)


def _cells_outside(ws: Worksheet, table: Box) -> list[Box]:
    out = []
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or cell.value == "":
                continue
            c, r = cell.column, cell.row
            if table.min_col <= c <= table.max_col and table.min_row <= r <= table.max_row:
                continue
            out.append(Box(c, r, c, r))
    return out


def _merge(boxes: list[Box], gap: int = 3) -> list[Box]:
    """Merge boxes closer than ``gap`` cells until none are (small n: a few charts and summary cells)."""
    boxes = list(boxes)
    changed = True
    while changed:
        changed = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                if boxes[i].touches(boxes[j], gap):
                    boxes[i] = boxes[i].union(boxes[j])
                    del boxes[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(boxes, key=lambda b: (b.min_row, b.min_col))


def print_blocks(ws: Worksheet, table: Box) -> list[Box]:
    """The table, then every other block of the sheet (charts with what sits next to them)."""
    others = [chart_box(ws, ch) for ch in ws._charts]  # noqa: SLF001 - openpyxl keeps charts here
    others += _cells_outside(ws, table)
    return [table, *_merge(others)]


def _header_text(text: str) -> str:
    """Header/footer text: '&' is a code there and must be doubled."""
    return text.replace("&", "&&")


def _wrap_top_lines(ws: Worksheet, header_row: int, n_cols: int, width_cm: float) -> None:
    """Merge each line above the header across the table and give it the height its wrapped text needs."""
    for r in range(1, header_row):
        cell = ws.cell(row=r, column=1)
        if cell.value is None or n_cols < 2:
            continue
        text = str(cell.value)
        size = float(cell.font.sz or 11) if cell.font is not None else 11.0
        char_cm = size * 0.5 * 2.54 / 72  # average glyph ≈ half the font size
        per_line = max(10, int(width_cm / char_cm))
        lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.splitlines() or [""])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n_cols)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = max(DEFAULT_ROW_PT, lines * max(LINE_PT, size * 1.35))


def _move_charts_off_tall_rows(ws: Worksheet) -> None:
    """A chart in rows grown by wrapped text would cover more than its own height (and may not fit a
    page): such a chart moves below everything else on the sheet, same column, where rows are 15 pt."""
    below = ws.max_row + 3
    for chart in ws._charts:  # noqa: SLF001
        box = chart_box(ws, chart)
        if box_height_cm(ws, box) > float(chart.height) + 1.5:
            col, _ = chart_anchor(chart)
            chart.anchor = f"{get_column_letter(col)}{below}"
            below = chart_box(ws, chart).max_row + 3


def configure(ws: Worksheet, title: str, source: str, header_row: int, last_row: int, n_cols: int) -> None:
    """Page setup, print ranges, print titles, page header and footer of one exported sheet."""
    table = Box(1, 1, n_cols, max(last_row, header_row))
    _wrap_top_lines(ws, header_row, n_cols, box_width_cm(ws, table))
    _move_charts_off_tall_rows(ws)
    blocks = print_blocks(ws, table)
    widest = max(box_width_cm(ws, b) for b in blocks)
    landscape = widest > USABLE_PORTRAIT_CM
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if landscape else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.page_margins = PageMargins(left=MARGIN_IN, right=MARGIN_IN, top=MARGIN_TB_IN, bottom=MARGIN_TB_IN,
                                  header=0.3, footer=0.3)
    ws.print_options.horizontalCentered = False
    ws.print_area = [b.ref for b in blocks]
    usable_w = USABLE_LANDSCAPE_CM if landscape else USABLE_PORTRAIT_CM
    usable_h = USABLE_LANDSCAPE_HEIGHT_CM if landscape else A4_CM[1] - 2 * MARGIN_TB_IN * 2.54
    scale = min(1.0, usable_w / widest)
    if box_height_cm(ws, table) * scale > usable_h:  # the table runs over pages: repeat its header row
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddHeader.center.text = _header_text(title)
    ws.oddHeader.center.size = 10
    ws.oddHeader.center.font = "-,Bold"
    footer_source = source if len(source) <= FOOTER_SOURCE_MAX else "Quellen: siehe Kopf des Blatts und Blatt „Quellen“"
    ws.oddFooter.left.text = _header_text(footer_source)
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Seite &P von &N"
    ws.oddFooter.right.size = 8


def page_scale(ws: Worksheet) -> float:
    """The scale fit-to-width gives the sheet (1.0 when it fits at 100 %): usable width / widest block."""
    blocks = [_parse_ref(ref) for ref in _print_refs(ws)]
    usable = USABLE_LANDSCAPE_CM if ws.page_setup.orientation == ws.ORIENTATION_LANDSCAPE else USABLE_PORTRAIT_CM
    widest = max(box_width_cm(ws, b) for b in blocks)
    return min(1.0, usable / widest)


def _print_refs(ws: Worksheet) -> list[str]:
    area = ws.print_area
    if not area:
        return []
    refs = area if isinstance(area, list | tuple) else str(area).split(",")
    return [str(r).split("!")[-1].replace("$", "") for r in refs]


def _parse_ref(ref: str) -> Box:
    a, b = ref.split(":")
    ca, ra = coordinate_from_string(a)
    cb, rb = coordinate_from_string(b)
    return Box(column_index_from_string(ca), ra, column_index_from_string(cb), rb)


def print_ranges(ws: Worksheet) -> list[Box]:
    """The print ranges of a sheet (after ``configure``), as boxes."""
    return [_parse_ref(ref) for ref in _print_refs(ws)]
