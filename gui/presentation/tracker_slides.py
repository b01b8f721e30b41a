"""Tracker slides of the presentation: status of all recommendations and measures, then one slide per
recommendation (background, goal, status, progress, responsible, due date, the SWOT items it answers,
measures). No tracker module or no user database: no slides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

import duckdb
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from core import palette, swot
from core.errors import HandwerksmonitorError
from core.palette import AXIS, INK_GREY, TRACK, WHITE
from core.tracker import model
from core.tracker.seed import study_text
from core.tracker.store import Tracker
from gui.context import AppContext
from gui.formatting import fmt_date, fmt_number
from gui.presentation.base import Painter, Slide, is_en, translate, upt
from gui.report import painting as pa


# -- tracker ---------------------------------------------------------------------------------------
def _tracker_items(ctx: AppContext) -> list[dict[str, Any]] | None:
    if ctx.user_con is None:
        return None
    try:
        return Tracker(ctx.user_con, read_only=True).items()
    except HandwerksmonitorError:
        return None


STATUS_COLORS = palette.STATUS_COLORS


def study_source() -> str:
    return translate(
        "Presentation",
        "Quelle: Studie „Zukunftsfaktor Handwerk“ (Empfehlungen, eigene Kurzfassung); "
        "Umsetzungsstand: Eingaben der Kammern",
    )


def _paint_tracker(p: QPainter, r: QRectF, u: float, items: list[dict[str, Any]], en: bool) -> None:
    """Counts per status as bars on the left, the progress of each recommendation on the right."""
    statuses = list(model.STATUSES)
    counts = {s: sum(1 for i in items if i["status"] == s) for s in statuses}
    recs = [i for i in items if i["kind"] == "recommendation"]
    status_names = [model.status_label(s, "en") if en else s for s in statuses]
    left = QRectF(r.left(), r.top() + 6 * u, r.width() * 0.48, r.height() * 0.6)
    pa.text(
        p,
        QRectF(r.left(), r.top(), left.width(), 5 * u),
        translate("Presentation", "%1 Empfehlungen, %2 Maßnahmen")
        .replace("%1", str(len(recs)))
        .replace("%2", str(len(items) - len(recs))),
        upt(p, u, 2.6),
        pa.INK,
        bold=True,
    )
    pa.draw_hbar_chart(
        p,
        left,
        status_names,
        [float(counts[s]) for s in statuses],
        [QColor(STATUS_COLORS.get(s, AXIS)) for s in statuses],
        lambda v: fmt_number(v),
        font_pt=upt(p, u, 2.2),
    )
    x = left.right() + 5 * u
    w = r.right() - x
    y = r.top()
    pa.text(
        p,
        QRectF(x, y, w, 5 * u),
        translate("Presentation", "Stand je Empfehlung"),
        upt(p, u, 2.6),
        pa.INK,
        bold=True,
    )
    y += 6 * u
    row_h = min(6.5 * u, (r.bottom() - y) / max(1, len(recs)))
    for rec in recs:
        _paint_progress_row(p, QRectF(x, y, w, row_h), u, rec, en)
        y += row_h


def _paint_progress_row(p: QPainter, row: QRectF, u: float, rec: dict[str, Any], en: bool) -> None:
    """Number, title (elided), progress bar in the status colour and "NN %" of one recommendation."""
    x, y, w, row_h = row.left(), row.top(), row.width(), row.height()
    col = QColor(STATUS_COLORS.get(rec["status"], AXIS))
    vc = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    pa.text(
        p,
        QRectF(x, y, 4 * u, row_h),
        str(rec.get("number") or rec.get("code")),
        upt(p, u, 2.2),
        pa.MUTED,
        bold=True,
        align=vc,
    )
    p.setFont(pa.font(upt(p, u, 2.1)))
    title_w = w * 0.66 - 4 * u
    title = QFontMetricsF(p.font(), p.device()).elidedText(
        study_text(rec, "title", "en" if en else "de"), Qt.TextElideMode.ElideRight, title_w
    )
    pa.text(p, QRectF(x + 4 * u, y, title_w, row_h), title, upt(p, u, 2.1), pa.INK, align=vc)
    bar = QRectF(x + w * 0.68, y + row_h * 0.3, w * 0.2, row_h * 0.4)
    p.fillRect(bar, QColor(TRACK))
    p.fillRect(
        QRectF(bar.left(), bar.top(), bar.width() * (rec.get("progress") or 0) / 100, bar.height()),
        col,
    )
    pa.text(
        p,
        QRectF(bar.right() + u, y, w - (bar.right() - x) - u, row_h),
        f"{rec.get('progress') or 0} %",
        upt(p, u, 1.9),
        pa.MUTED,
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    )


def tracker_slide(ctx: AppContext) -> Slide | None:
    items = _tracker_items(ctx)
    if not items:
        return None
    return Slide(
        "tracker", translate("Presentation", "Umsetzungsstand der Handlungsempfehlungen"), study_source(),
        partial(_paint_tracker, items=items, en=is_en(ctx)),
    )


def _swot_ids(ctx: AppContext, number: int | None) -> list[str] | None:
    """Ids of the SWOT items recommendation ``number`` answers; None without the SWOT module/tables."""
    con = ctx.user_con
    if con is None or not number:
        return None
    try:
        items = swot.links_for_recommendation(con, int(number))
    except duckdb.Error:  # an old user database without the SWOT tables
        return None
    order = list(swot.CATEGORIES)  # S, W, O, T as on the SWOT slide
    return [it.id for it in sorted(items, key=lambda it: order.index(it.category) if it.category in order else 9)]


def recommendation_slides(ctx: AppContext) -> list[Slide]:
    items = _tracker_items(ctx)
    if not items:
        return []
    en = is_en(ctx)
    lang = "en" if en else "de"
    fields = {k: v[1] if en else v[0] for k, v in model.ACTION_FIELDS.items()}
    out = []
    for rec in (i for i in items if i["kind"] == "recommendation"):
        measures = [
            {**i, "status_label": model.status_label(i["status"], "en") if en else i["status"]}
            for i in items
            if i.get("parent_id") == rec["id"]
        ]
        status = model.status_label(rec["status"], "en") if en else rec["status"]
        out.append(
            Slide(
                f"rec-{rec['code']}",
                translate("Presentation", "Empfehlung %1: %2")
                .replace("%1", str(rec["code"]))
                .replace("%2", study_text(rec, "title", lang)),
                translate("Presentation", "Quelle: %1").replace("%1", study_text(rec, "source", lang))
                if rec.get("source") else study_source(),
                _rec_painter(rec, measures, fields, _swot_ids(ctx, rec.get("number")), status, lang),
            )
        )
    return out


def swot_line(ids: list[str]) -> str:
    """ "Beantwortet SWOT: W1, O5" (or that no item is linked yet)."""
    if not ids:
        return translate("Presentation", "Beantwortet SWOT: noch kein Eintrag verknüpft")
    return translate("Presentation", "Beantwortet SWOT: %1").replace("%1", ", ".join(ids))


@dataclass
class _RecommendationPage:
    """What one recommendation slide shows (``status`` already in the slide's language)."""

    rec: dict
    measures: list[dict]
    fields: dict[str, str]
    swot_ids: list[str] | None
    status: str
    lang: str


def _rec_painter(
    rec: dict, measures: list[dict], fields: dict[str, str], swot_ids: list[str] | None = None, status: str = "",
    lang: str = "de",
) -> Painter:
    page = _RecommendationPage(rec, measures, fields, swot_ids, status or rec["status"], lang)
    return partial(_paint_recommendation, page=page)


def _paint_recommendation(p: QPainter, r: QRectF, u: float, page: _RecommendationPage) -> None:
    rec, lang = page.rec, page.lang
    x, y, w = r.left(), r.top(), r.width()
    _paint_rec_header(p, r, u, page)
    y += 7 * u
    col_w = (w - 4 * u) / 2
    blocks = [
        (translate("Presentation", "Hintergrund"), study_text(rec, "background", lang)),
        (translate("Presentation", "Ziel"), study_text(rec, "goal", lang)),
    ]
    for i, (head, body) in enumerate(blocks):
        bx = x + i * (col_w + 4 * u)
        pa.text(p, QRectF(bx, y, col_w, 4.5 * u), head, upt(p, u, 2.8), pa.ACCENT, bold=True)
        pa.fit_wrapped(p, QRectF(bx, y + 5 * u, col_w, 25 * u), body or "–", upt(p, u, 2.6), pa.INK)
    y += 32 * u
    who = ", ".join(v for v in (rec.get("org"), rec.get("person")) if v) or "–"
    due = rec.get("due_date")
    facts = (
        translate("Presentation", "Verantwortlich: %1   ·   Fällig: %2")
        .replace("%1", who)
        .replace("%2", fmt_date(due))
    )
    pa.text(p, QRectF(x, y, w, 4 * u), facts, upt(p, u, 2.4), pa.INK)
    y += 5.5 * u
    if page.swot_ids is not None:
        pa.text(p, QRectF(x, y, w, 4 * u), swot_line(page.swot_ids), upt(p, u, 2.4), pa.ACCENT, bold=True)
        y += 5.5 * u
    if rec.get("next_steps"):
        used = pa.text(
            p,
            QRectF(x, y, w, 8 * u),
            translate("Presentation", "Nächste Schritte: %1").replace("%1", rec["next_steps"]),
            upt(p, u, 2.4),
            pa.INK,
            wrap=True,
        )
        y = used.bottom() + 1.5 * u
    _paint_measures(p, r, u, y, page.measures)


def _paint_rec_header(p: QPainter, r: QRectF, u: float, page: _RecommendationPage) -> None:
    """Top line: the Handlungsfeld, a status pill in the status colour and the progress bar."""
    rec, status = page.rec, page.status
    col = QColor(STATUS_COLORS.get(rec["status"], AXIS))
    x, y, w = r.left(), r.top(), r.width()
    pa.text(
        p,
        QRectF(x, y, w * 0.6, 4 * u),
        translate("Presentation", "Handlungsfeld: %1").replace("%1", page.fields.get(rec["field"], rec["field"])),
        upt(p, u, 2.3),
        pa.MUTED,
    )
    p.setFont(pa.font(upt(p, u, 2.3), bold=True))
    fm = QFontMetricsF(p.font(), p.device())
    pill = QRectF(x + w * 0.62, y, fm.horizontalAdvance(status) + 3 * u, 4.2 * u)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(col)
    p.drawRoundedRect(pill, 2 * u, 2 * u)
    p.setPen(QColor(WHITE))
    p.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), status)
    bar = QRectF(pill.right() + 2 * u, y + 1.2 * u, r.right() - pill.right() - 12 * u, 1.8 * u)
    p.fillRect(bar, QColor(TRACK))
    p.fillRect(
        QRectF(bar.left(), bar.top(), bar.width() * (rec.get("progress") or 0) / 100, bar.height()), col
    )
    pa.text(
        p,
        QRectF(bar.right() + u, y, 9 * u, 4.2 * u),
        f"{rec.get('progress') or 0} %",
        upt(p, u, 2.2),
        pa.INK,
        bold=True,
    )


def _paint_measures(p: QPainter, r: QRectF, u: float, y: float, measures: list[dict]) -> None:
    """The heading "Maßnahmen (N)" and one line per measure with its status and progress, "…" where the slide ends."""
    x, w = r.left(), r.width()
    pa.text(
        p,
        QRectF(x, y, w, 4.5 * u),
        translate("Presentation", "Maßnahmen (%1)").replace("%1", str(len(measures))),
        upt(p, u, 2.8),
        pa.ACCENT,
        bold=True,
    )
    y += 5.5 * u
    if not measures:
        pa.text(
            p,
            QRectF(x, y, w, 4 * u),
            translate("Presentation", "Noch keine Maßnahmen erfasst."),
            upt(p, u, 2.3),
            pa.MUTED,
            italic=True,
        )
    for m in measures:
        if y > r.bottom() - 3.5 * u:
            pa.text(p, QRectF(x, y, w, 3.5 * u), "…", upt(p, u, 2.0), pa.MUTED)
            break
        pa.text(p, QRectF(x, y, w * 0.7, 4 * u), f"{m['code']}  {m['title']}", upt(p, u, 2.3), pa.INK)
        pa.text(
            p,
            QRectF(x + w * 0.7, y, w * 0.3, 4 * u),
            f"{m.get('status_label') or m['status']} · {m.get('progress') or 0} %",
            upt(p, u, 2.3),
            QColor(STATUS_COLORS.get(m["status"], INK_GREY)),
            align=Qt.AlignmentFlag.AlignRight,
        )
        y += 4.4 * u
