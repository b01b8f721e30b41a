"""Statistical confidentiality for the chamber's register figures in exports and the presentation.

A cell counted from a register with 1 or 2 businesses (or owners) could point at one business and its
owner, so it is shown as "·" (the statistical offices' sign for "geheim zu halten"), as are figures
derived from such a cell in the same row (density, shares, per business). Primary suppression only:
totals stay, so with a total and all but one cell visible the last could be worked out — hence the
note names the rule. Zero is not suppressed (it reveals nobody).
"""

from __future__ import annotations

SIGN = "·"
NOTE_DE = ("· = geheim gehalten: Wert aus dem Kammerregister mit 1 oder 2 Betrieben bzw. Inhabern (Schutz der "
           "Einzelangaben, wie bei den statistischen Ämtern); davon abgeleitete Werte derselben Zeile ebenso.")
NOTE_EN = ("· = confidential: a chamber-register value of 1 or 2 businesses or owners (protection of individual "
           "data, as the statistical offices do); values derived from it in the same row likewise.")


def is_confidential(value: float | None, kind: str) -> bool:
    """A register count of 1 or 2."""
    return kind == "register" and value is not None and value == value and 0 < float(value) < 3


def shown(value: float | None, kind: str) -> float | str | None:
    """The value, or "·" where it is confidential."""
    return SIGN if is_confidential(value, kind) else value
