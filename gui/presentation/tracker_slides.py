"""Tracker slides of the presentation: status of all recommendations and measures, then one slide per
recommendation (background, goal, status, progress, responsible, due date, measures). No tracker module or
no user database: no slides.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from core.errors import HandwerksmonitorError
from gui.formatting import fmt_number
from gui.presentation.slides import Painter, Slide, _optional, upt
from gui.report import painting as pa


# -- tracker ---------------------------------------------------------------------------------------
def _tracker_items(ctx: Any) -> tuple[list[dict], Any] | None:
    store_mod = _optional("core.tracker.store")
    model = _optional("core.tracker.model")
    con = getattr(ctx, "user_con", None)
    if store_mod is None or model is None or con is None:
        return None
    try:
        return store_mod.Tracker(con, read_only=True).items(), model
    except HandwerksmonitorError:
        return None


STATUS_COLORS = {
    "offen": "#9aa5b1",
    "geplant": "#56B4E9",
    "in Umsetzung": "#E69F00",
    "umgesetzt": "#009E73",
    "zurückgestellt": "#7F6A4F",
}
STUDY_SOURCE = "Quelle: Studie „Zukunftsfaktor Handwerk“ (Empfehlungen, eigene Kurzfassung); Umsetzungsstand: Eingaben der Kammern"


def tracker_slide(ctx: Any) -> Slide | None:
    got = _tracker_items(ctx)
    if not got:
        return None
    items, model = got
    statuses = list(model.STATUSES)
    counts = {s: sum(1 for i in items if i["status"] == s) for s in statuses}
    recs = [i for i in items if i["kind"] == "recommendation"]

    def paint(p: QPainter, r: QRectF, u: float) -> None:
        left = QRectF(r.left(), r.top() + 6 * u, r.width() * 0.48, r.height() * 0.6)
        pa.text(
            p,
            QRectF(r.left(), r.top(), left.width(), 5 * u),
            f"{len(recs)} Empfehlungen, {len(items) - len(recs)} Maßnahmen",
            upt(p, u, 2.6),
            pa.INK,
            bold=True,
        )
        pa.draw_hbar_chart(
            p,
            left,
            statuses,
            [float(counts[s]) for s in statuses],
            [QColor(STATUS_COLORS.get(s, "#777")) for s in statuses],
            lambda v: fmt_number(v),
            font_pt=upt(p, u, 2.2),
        )
        x = left.right() + 5 * u
        w = r.right() - x
        y = r.top()
        pa.text(p, QRectF(x, y, w, 5 * u), "Stand je Empfehlung", upt(p, u, 2.6), pa.INK, bold=True)
        y += 6 * u
        row_h = min(6.5 * u, (r.bottom() - y) / max(1, len(recs)))
        for rec in recs:
            col = QColor(STATUS_COLORS.get(rec["status"], "#777"))
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
                rec["title"], Qt.TextElideMode.ElideRight, title_w
            )
            pa.text(p, QRectF(x + 4 * u, y, title_w, row_h), title, upt(p, u, 2.1), pa.INK, align=vc)
            bar = QRectF(x + w * 0.68, y + row_h * 0.3, w * 0.2, row_h * 0.4)
            p.fillRect(bar, QColor("#e9ecf0"))
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
            y += row_h

    return Slide("tracker", "Umsetzungsstand der Handlungsempfehlungen", STUDY_SOURCE, paint)


def recommendation_slides(ctx: Any) -> list[Slide]:
    got = _tracker_items(ctx)
    if not got:
        return []
    items, model = got
    fields = {k: v[0] for k, v in model.ACTION_FIELDS.items()}
    out = []
    for rec in (i for i in items if i["kind"] == "recommendation"):
        measures = [i for i in items if i.get("parent_id") == rec["id"]]
        out.append(
            Slide(
                f"rec-{rec['code']}",
                f"Empfehlung {rec['code']}: {rec['title']}",
                rec.get("source") or STUDY_SOURCE,
                _rec_painter(rec, measures, fields),
            )
        )
    return out


def _rec_painter(rec: dict, measures: list[dict], fields: dict[str, str]) -> Painter:
    def paint(p: QPainter, r: QRectF, u: float) -> None:
        col = QColor(STATUS_COLORS.get(rec["status"], "#777"))
        x, y, w = r.left(), r.top(), r.width()
        pa.text(
            p,
            QRectF(x, y, w * 0.6, 4 * u),
            f"Handlungsfeld: {fields.get(rec['field'], rec['field'])}",
            upt(p, u, 2.3),
            pa.MUTED,
        )
        # status pill + progress
        p.setFont(pa.font(upt(p, u, 2.3), bold=True))
        fm = QFontMetricsF(p.font(), p.device())
        pill = QRectF(x + w * 0.62, y, fm.horizontalAdvance(rec["status"]) + 3 * u, 4.2 * u)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(col)
        p.drawRoundedRect(pill, 2 * u, 2 * u)
        p.setPen(QColor("#ffffff"))
        p.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), rec["status"])
        bar = QRectF(pill.right() + 2 * u, y + 1.2 * u, r.right() - pill.right() - 12 * u, 1.8 * u)
        p.fillRect(bar, QColor("#e9ecf0"))
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
        y += 7 * u
        col_w = (w - 4 * u) / 2
        blocks = [("Hintergrund", rec.get("background", "")), ("Ziel", rec.get("goal", ""))]
        for i, (head, body) in enumerate(blocks):
            bx = x + i * (col_w + 4 * u)
            pa.text(p, QRectF(bx, y, col_w, 4.5 * u), head, upt(p, u, 2.8), pa.ACCENT, bold=True)
            pa.fit_wrapped(p, QRectF(bx, y + 5 * u, col_w, 25 * u), body or "–", upt(p, u, 2.6), pa.INK)
        y += 32 * u
        who = ", ".join(v for v in (rec.get("org"), rec.get("person")) if v) or "–"
        due = rec.get("due_date")
        facts = f"Verantwortlich: {who}   ·   Fällig: {due.strftime('%d.%m.%Y') if due else '–'}"
        pa.text(p, QRectF(x, y, w, 4 * u), facts, upt(p, u, 2.4), pa.INK)
        y += 5.5 * u
        if rec.get("next_steps"):
            used = pa.text(
                p,
                QRectF(x, y, w, 8 * u),
                f"Nächste Schritte: {rec['next_steps']}",
                upt(p, u, 2.4),
                pa.INK,
                wrap=True,
            )
            y = used.bottom() + 1.5 * u
        pa.text(
            p, QRectF(x, y, w, 4.5 * u), f"Maßnahmen ({len(measures)})", upt(p, u, 2.8), pa.ACCENT, bold=True
        )
        y += 5.5 * u
        if not measures:
            pa.text(
                p,
                QRectF(x, y, w, 4 * u),
                "Noch keine Maßnahmen erfasst.",
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
                f"{m['status']} · {m.get('progress') or 0} %",
                upt(p, u, 2.3),
                QColor(STATUS_COLORS.get(m["status"], "#555")),
                align=Qt.AlignmentFlag.AlignRight,
            )
            y += 4.4 * u

    return paint
