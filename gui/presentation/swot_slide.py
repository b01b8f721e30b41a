"""SWOT slide of the presentation: the board of the user database in four quadrants (Stärken, Schwächen,
Chancen, Risiken), each item with its id and the recommendations (1–10) that answer it.

Without a user database (or its SWOT tables) there is no slide. Each quadrant picks the largest font (up to
2.4 % of the slide height) at which all its items fit wrapped, so a board of 5–7 items per quadrant stays
readable from the back of the room; a very full quadrant shrinks to 1.3 % and then cuts off with "…".
"""

from __future__ import annotations

import logging

import duckdb
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from core import swot
from core.palette import SWOT_SLIDE_QUADRANTS
from gui.context import AppContext
from gui.presentation.base import Slide, is_en, translate, upt
from gui.report import painting as pa

log = logging.getLogger(__name__)

# Quadrant order on the slide (row-major) and colours (bar, background).
QUADRANTS = SWOT_SLIDE_QUADRANTS


def category_label(category: str) -> str:
    """Translated heading of a SWOT category (German source strings for lupdate)."""
    labels = {
        "strengths": translate("Presentation", "Stärken"),
        "weaknesses": translate("Presentation", "Schwächen"),
        "opportunities": translate("Presentation", "Chancen"),
        "threats": translate("Presentation", "Risiken"),
    }
    return labels.get(category, category)


def _board(ctx: AppContext) -> dict[str, list[tuple[str, str, list[int]]]] | None:
    """{category: [(id, text, recommendations)]} from the user database; None if unavailable."""
    con = ctx.user_con
    if con is None:
        return None
    try:
        items = swot.items(con)
    except duckdb.Error:  # an old user database without the SWOT tables
        log.info("SWOT slide skipped: no SWOT tables in the user database")
        return None
    en = is_en(ctx)
    out: dict[str, list[tuple[str, str, list[int]]]] = {c: [] for c, _, _ in QUADRANTS}
    for it in items:
        text = it.text_en if en and it.text_en else it.text
        out.setdefault(it.category, []).append((it.id, text, list(it.recommendations)))
    return out if any(out.values()) else None


def _recs(numbers: list[int]) -> str:
    return "→ " + ", ".join(str(n) for n in numbers) if numbers else "→ –"


def _layout_height(p: QPainter, items: list[tuple[str, str, list[int]]], text_w: float, size_pt: float) -> float:
    p.setFont(pa.font(size_pt))
    fm = QFontMetricsF(p.font(), p.device())
    flags = int(Qt.TextFlag.TextWordWrap)
    gap = fm.height() * 0.35
    return sum(fm.boundingRect(QRectF(0, 0, text_w, 1e6), flags, t).height() + gap for _, t, _ in items)


def _paint_quadrant(
    p: QPainter, rect: QRectF, u: float, category: str, items: list[tuple[str, str, list[int]]], colors: tuple
) -> None:
    bar, bg = QColor(colors[0]), QColor(colors[1])
    p.fillRect(rect, bg)
    p.fillRect(QRectF(rect.left(), rect.top(), 0.6 * u, rect.height()), bar)
    inner = rect.adjusted(2 * u, 1.2 * u, -1.5 * u, -u)
    head = f"{category_label(category)} ({len(items)})"
    pa.text(p, QRectF(inner.left(), inner.top(), inner.width(), 4.5 * u), head, upt(p, u, 3.0), bar, bold=True)
    pa.text(
        p,
        QRectF(inner.left(), inner.top() + 0.6 * u, inner.width(), 4 * u),
        translate("Presentation", "Empfehlung"),
        upt(p, u, 1.7),
        pa.MUTED,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
    )
    top = inner.top() + 5.2 * u
    p.setFont(pa.font(upt(p, u, 2.4)))
    big = QFontMetricsF(p.font(), p.device())
    id_w = max([big.horizontalAdvance(i) for i, _, _ in items] + [0]) + u
    rec_w = max([big.horizontalAdvance(_recs(r)) for _, _, r in items] + [6 * u]) + u
    text_w = inner.width() - id_w - rec_w - u
    avail = inner.bottom() - top
    k = 2.4
    while k > 1.3 and _layout_height(p, items, text_w, upt(p, u, k)) > avail:
        k -= 0.1
    size = upt(p, u, k)
    p.setFont(pa.font(size))
    fm = QFontMetricsF(p.font(), p.device())
    y = top
    for item_id, text, recs in items:
        need = fm.boundingRect(QRectF(0, 0, text_w, 1e6), int(Qt.TextFlag.TextWordWrap), text).height()
        if y + min(need, fm.height()) > inner.bottom() + 0.5:
            pa.text(p, QRectF(inner.left(), y - fm.height() * 0.2, inner.width(), fm.height()), "…", size, pa.MUTED)
            break
        h = min(need, inner.bottom() - y)
        pa.text(p, QRectF(inner.left(), y, id_w, fm.height()), item_id, size, bar, bold=True)
        pa.text(p, QRectF(inner.left() + id_w, y, text_w, h), text, size, pa.INK, wrap=True)
        pa.text(
            p,
            QRectF(inner.right() - rec_w, y, rec_w, fm.height()),
            _recs(recs),
            size,
            pa.MUTED,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        )
        y += need + fm.height() * 0.35


def swot_slide(ctx: AppContext) -> Slide | None:
    board = _board(ctx)
    if board is None:
        return None

    def paint(p: QPainter, r: QRectF, u: float) -> None:
        gap = 1.5 * u
        w, h = (r.width() - gap) / 2, (r.height() - gap) / 2
        for i, (cat, fg, bg) in enumerate(QUADRANTS):
            rect = QRectF(r.left() + (i % 2) * (w + gap), r.top() + (i // 2) * (h + gap), w, h)
            _paint_quadrant(p, rect, u, cat, board.get(cat, []), (fg, bg))

    source = translate(
        "Presentation",
        "Quelle: Studie „Zukunftsfaktor Handwerk“ (Zusammenfassung; Themen in eigenen Worten, je Eintrag "
        "mit Fundstelle) und Eingaben der Kammer; → Nummern der Handlungsempfehlungen",
    )
    return Slide("swot", translate("Presentation", "SWOT des Handwerks in der Region"), source, paint)
