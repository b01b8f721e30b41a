"""Reading an Excel sheet by its real cells: bounded work for any file, never trusting ``<dimension>``.

openpyxl's read-only worksheet sizes a sheet by the ``<dimension ref="A1:XFD1048576">`` tag the file
declares: a file that understates it loses rows (9 of 70 were read), one that overstates it, or holds a
single cell at XFD1048576, makes openpyxl produce a million rows of 16,384 empty cells (minutes, GBs).
Here the sheet's XML is parsed row by row (openpyxl's own ``WorkSheetParser``, the same value conversion:
shared strings, dates, numbers) and only cells that are really there are returned, so time and memory
follow the content. :func:`core.imports.safety.check_zip` has capped the number of cells beforehand.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from core.imports.safety import Cancelled, check_cancel

Row = tuple[int, dict[int, object]]  # (Excel row number, {column number: value}) of the non-empty cells


@contextlib.contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    """openpyxl workbook, read-only, values only (call after ``safety.check_zip`` accepted the file)."""
    from openpyxl import load_workbook

    with Path(path).open("rb") as fh:  # a file object: openpyxl would otherwise insist on the .xlsx suffix
        wb = load_workbook(fh, read_only=True, data_only=True)
        try:
            yield wb
        finally:
            wb.close()


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def real_rows(ws: Any, cancelled: Cancelled = None) -> Iterator[Row]:
    """Every row of ``ws`` that has a non-empty cell, in file order, with only those cells."""
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = ws.parent
    with ws._get_source() as src:  # noqa: SLF001 - the sheet's XML stream (openpyxl ≥ 3.1)
        parser = WorkSheetParser(src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,  # noqa: SLF001
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)  # noqa: SLF001
        for n, (idx, cells) in enumerate(parser.parse()):
            if n % 5000 == 0:
                check_cancel(cancelled)
            values = {c["column"]: c["value"] for c in cells if not _blank(c["value"])}
            if values:
                yield idx, values


def as_tuple(values: dict[int, object], width: int) -> tuple[object, ...]:
    """The first ``width`` columns of a row as a tuple (missing cells None)."""
    return tuple(values.get(j) for j in range(1, width + 1))


def header_width(values: dict[int, object]) -> int:
    return max(values) if values else 0


def outside(values: dict[int, object], width: int) -> list[str]:
    """Column letters of cells beyond the header's last column (not taken)."""
    return [get_column_letter(j) for j in values if j > width]
