"""Shared output helpers of the command line: JSON, German/English number formatting, tables."""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any

from core import formatting


def fmt_number(value: float | int | None, decimals: int = 0, lang: str = "de") -> str:
    """1234.5 -> '1.234,5' (de) or '1,234.5' (en); None/NaN -> '–' (``core.formatting``)."""
    return formatting.fmt_number(value, decimals, lang)


def fmt_percent(value: float | None, decimals: int = 1, lang: str = "de") -> str:
    """0.123 -> '12,3 %' (de) / '12.3%' (en): plain spaces for terminals and pipes."""
    if formatting.is_missing(value):
        return formatting.MISSING
    assert value is not None
    return fmt_number(value * 100, decimals, lang) + (" %" if lang == "de" else "%")


def _clean(obj: Any) -> Any:
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        return None
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    if hasattr(obj, "item"):  # numpy scalars
        return _clean(obj.item())
    return obj


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(_clean(obj), ensure_ascii=False, indent=2) + "\n")


_NUMBER = re.compile(r"^[−+-]?[\d.,]+( ?%)?$|^–$")


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """Columns padded to their widest cell; columns of numbers are right-aligned (except the first, which
    names the row: a year, a code like 3.1)."""
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    numeric = [i > 0 and bool(rows) and any(str(r[i]).strip() for r in rows)
               and all(_NUMBER.match(str(r[i])) for r in rows if str(r[i]).strip()) for i in range(len(headers))]

    def cell(text: object, width: int, right: bool) -> str:
        return str(text).rjust(width) if right else str(text).ljust(width)

    line = "  ".join(cell(h, w, n) for h, w, n in zip(headers, widths, numeric, strict=True))
    sys.stdout.write(line.rstrip() + "\n")
    for r in rows:
        sys.stdout.write("  ".join(cell(c, w, n) for c, w, n in zip(r, widths, numeric, strict=True)).rstrip() + "\n")
