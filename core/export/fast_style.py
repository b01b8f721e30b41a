"""Cell styles by index: the same few style objects on thousands of cells, without hashing each time.

openpyxl stores a style object once per workbook and gives each cell its index; on every assignment
(``cell.alignment = ...``) it finds the object's index by hashing all of its fields (``Serialisable.
__hash__``, nested colours included) - for the ~5,500 cells of an all-districts export that was more
time than writing the file. :func:`assign` looks an object's index up once per workbook and then sets
the cell's style index directly, exactly what openpyxl's own descriptor stores
(``StyleArray.alignmentId`` etc.). Only for objects that are not changed afterwards (the constants in
``core.export.styles``).
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE, BUILTIN_FORMATS_REVERSE

# attribute -> (the workbook's style list, the StyleArray field)
_KEYS = {
    "alignment": ("_alignments", "alignmentId"),
    "fill": ("_fills", "fillId"),
    "font": ("_fonts", "fontId"),
    "border": ("_borders", "borderId"),
}
_CACHE = "_hwm_style_ids"
_FORMATS = "_hwm_number_format_ids"

# Shared alignments of the table cells (one object each, so one hash per workbook).
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_TOP: dict[str | None, Alignment] = {}


def top(horizontal: str | None = None) -> Alignment:
    """``Alignment(vertical="top", horizontal=...)``, one shared object per horizontal alignment."""
    if horizontal not in _TOP:
        _TOP[horizontal] = Alignment(vertical="top", horizontal=horizontal)
    return _TOP[horizontal]


def assign(cell: Cell, attr: str, style: Any) -> None:
    """``setattr(cell, attr, style)`` for attr in alignment/fill/font/border, the index cached per workbook."""
    wb = cell.parent.parent
    ids: dict[tuple[str, int], tuple[int, Any]] = wb.__dict__.setdefault(_CACHE, {})
    hit = ids.get((attr, id(style)))
    collection, field = _KEYS[attr]
    if hit is None:
        hit = (getattr(wb, collection).add(style), style)  # keeps the object alive: its id stays unique
        ids[(attr, id(style))] = hit
    if not cell._style:  # noqa: SLF001 - as openpyxl's StyleDescriptor does
        cell._style = StyleArray()  # noqa: SLF001
    setattr(cell._style, field, hit[0])  # noqa: SLF001


def horizontal(cell: Cell) -> str | None:
    """The cell's horizontal alignment without building a style proxy (None for the default style)."""
    if not cell._style or not cell._style.alignmentId:  # noqa: SLF001
        return None
    h = cell.alignment.horizontal
    return None if h is None else str(h)


def number_format(cell: Cell, fmt: str) -> None:
    """``cell.number_format = fmt`` with the format's index looked up once per workbook (openpyxl's
    descriptor stores the same index: a built-in format's own, else its place in the workbook's list)."""
    wb = cell.parent.parent
    ids: dict[str, int] = wb.__dict__.setdefault(_FORMATS, {})
    idx = ids.get(fmt)
    if idx is None:
        idx = BUILTIN_FORMATS_REVERSE[fmt] if fmt in BUILTIN_FORMATS_REVERSE else (
            wb._number_formats.add(fmt) + BUILTIN_FORMATS_MAX_SIZE)  # noqa: SLF001
        ids[fmt] = idx
    if not cell._style:  # noqa: SLF001
        cell._style = StyleArray()  # noqa: SLF001
    cell._style.numFmtId = idx  # noqa: SLF001
