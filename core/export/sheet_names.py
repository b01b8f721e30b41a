"""Excel sheet names from user-given names (scenarios, districts): always valid, always unique.

Excel refuses a sheet name that is empty, longer than 31 characters, contains ``/ \\ ? * [ ] :``, starts or
ends with an apostrophe, or equals another sheet's name ignoring case (openpyxl writes such a name, and
Excel then reports the file as damaged; "Szenario 2025/26" crashed the export). ``History`` is reserved.
:func:`safe_sheet_name` replaces forbidden characters with "-", drops control characters, shortens to
31 characters and numbers a repeated name ("Prognose A (2)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.text_safety import clean

MAX_LEN = 31
_FORBIDDEN = re.compile(r"[/\\?*\[\]:]")
RESERVED = {"history"}


def safe_sheet_name(name: str, taken: Iterable[str] = (), fallback: str = "Blatt") -> str:
    """A valid sheet name for ``name`` that differs (ignoring case) from every name in ``taken``."""
    base = clean(name, keep_newlines=False)
    base = _FORBIDDEN.sub("-", base)
    base = " ".join(base.split()).strip("'").strip() or fallback
    if base.lower() in RESERVED:
        base = f"{base} (1)"
    used = {t.lower() for t in taken}
    candidate = base[:MAX_LEN].rstrip("'").rstrip() or fallback
    n = 1
    while candidate.lower() in used:
        n += 1
        suffix = f" ({n})"
        candidate = base[: MAX_LEN - len(suffix)].rstrip("'").rstrip() + suffix
    return candidate
