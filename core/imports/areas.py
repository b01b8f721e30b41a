"""Area keys as they appear in official and chamber files, normalised to the keys of ``facts``.

``DG`` Germany, 2-digit state (``14``), 5-digit Kreis AGS (``14713``). Keys that lost their leading
zero in a spreadsheet (``1001`` -> ``01001``) are padded. An 8-digit AGS or 12-digit ARS is a Kreis
key only when everything after the first five digits is zero (the Kreis-level form); otherwise it is
a municipality, which the app does not hold (returned as ``None``).
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"[\s\u00a0]+")


def normalize_area(raw: object) -> str | None:
    s = _SPACES.sub("", str(raw or "")).upper()
    if s.endswith(".0") and s[:-2].isdigit():  # a key that went through a float (Excel)
        s = s[:-2]
    if s in ("DG", "DE", "D"):
        return "DG"
    if not s.isdigit():
        return None
    n = len(s)
    if n in (1, 2):
        return s.zfill(2)
    if n == 3:
        return s  # Regierungsbezirk
    if n in (4, 5):
        return s.zfill(5)
    if n in (7, 8):
        s = s.zfill(8)
        return s[:5] if s[5:] == "000" else None
    if n in (11, 12):
        s = s.zfill(12)
        return s[:5] if set(s[5:]) == {"0"} else None
    if n == 9:  # Gemeindeverband (ARS level 9)
        return s[:5] if s[5:] == "0000" else None
    return None


KEY_PATTERN = re.compile(r"^(DG|\d{2}|\d{3}|\d{5}|\d{8}|\d{9}|\d{12})$")


def looks_like_key(cell: str) -> bool:
    """True for a key as official exports write it (always with leading zeros)."""
    return bool(KEY_PATTERN.match(cell.strip()))
