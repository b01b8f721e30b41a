"""What every slide module shares: the ``Slide`` record, font sizing in slide units, the source line
and the language switch for core texts. (Split from ``slides`` so the slide modules import it without a
circle.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter

from core import provenance
from gui.context import AppContext

Painter = Callable[[QPainter, QRectF, float], None]  # (painter, content rect, u = 1 % of height)
translate = QCoreApplication.translate  # lupdate reads translate("Presentation", "literal")


def is_en(ctx: AppContext) -> bool:
    return ctx.lang == "en"


def estimate_label() -> str:
    return translate("Presentation", "Schätzung")


@dataclass
class Slide:
    key: str
    title: str
    source: str
    paint: Painter
    estimate: bool = False


def upt(p: QPainter, u: float, k: float) -> float:
    """Font size in points for a text ``k`` units (``k`` % of the slide height) tall."""
    return max(6.0, k * u * 72.0 / p.device().logicalDpiY())


def source_line(ids: list[str], en: bool = False) -> str:
    """"Quelle: title (publisher, Stand …); …" for bundled dataset ids, estimates marked."""
    cat = provenance.bundled_catalog()
    parts = []
    known = [i for i in dict.fromkeys(ids) if i in cat]
    for i in known:
        rec = cat[i].localized("en" if en else "de")
        # many sources (the forecast rests on eleven): title and Stand only, beyond six the title only (the
        # dialog Hilfe › Quellen has the rest), so the footer stays readable on a projector
        if len(known) <= 3:
            pattern = translate("Presentation", "%1 (%2, Stand %3)")
        elif len(known) <= 6:
            pattern = translate("Presentation", "%1 (Stand %3)")
        else:
            pattern = "%1"
        parts.append(
            pattern
            .replace("%1", rec.title)
            .replace("%2", rec.publisher)
            .replace("%3", rec.stand)
            + (" – " + estimate_label() if rec.kind == "estimate" else "")
        )
    return translate("Presentation", "Quelle: %1").replace("%1", "; ".join(parts)) if parts else ""
