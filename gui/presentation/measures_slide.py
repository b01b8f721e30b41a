"""Presentation slide „Wirkung der Maßnahmen“: the waterfall of the 2035 gap in the region (without measures
→ one bar per measure → with measures) and what each measure is worth. Scenario Basis, all groups, the
measures in the statuses geplant / in Umsetzung / umgesetzt (core.forecast.measures). No measure with an
effect (or no user database): no slide.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from core.forecast import parameters
from gui.charts.waterfall import COLOR_CLOSES, COLOR_WIDENS, bars_from_steps, draw_waterfall
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.measures_engine import load_measures, shared_model
from gui.presentation.base import Slide, is_en, source_line, translate, upt
from gui.report import painting as pa

YEAR = 2035


def measures_slide(ctx: AppContext) -> Slide | None:
    measures = load_measures(ctx.user_con)
    if not measures:
        return None
    model = shared_model(ctx.store)
    ev = model.evaluate(parameters.resolve({}), measures, scenario="Basis", years=(YEAR,))
    if YEAR not in ev.years:
        return None
    en = is_en(ctx)
    lang = "en" if en else "de"
    names = {"start": translate("Presentation", "ohne"), "end": translate("Presentation", "mit"),
             "interaction": translate("Presentation", "Rest")}
    bars = bars_from_steps(ev.waterfall(YEAR, lang), {m.id: m.code for m in ev.measures}, names)
    contributions = {m.id: ev.contributions[m.id][YEAR] for m in ev.measures}
    without, with_ = ev.gap_without[YEAR], ev.gap_with[YEAR]

    def paint(p: QPainter, r: QRectF, u: float) -> None:
        left = QRectF(r.left(), r.top(), r.width() * 0.56, r.height() - 12 * u)
        draw_waterfall(p, left, bars, lambda v: fmt_number(v, 0), upt(p, u, 2.0),
                       translate("Presentation", "Beschäftigtenäquivalente"))
        x = left.right() + 4 * u
        w = r.right() - x
        pa.text(p, QRectF(x, r.top(), w, 4.5 * u), translate("Presentation", "Beitrag je Maßnahme %1")
                .replace("%1", str(YEAR)), upt(p, u, 2.6), pa.INK, bold=True)
        y = r.top() + 6 * u
        row_h = min(5.2 * u, (left.bottom() - y) / max(1, len(ev.measures)))
        size = upt(p, u, 2.0)
        vc = Qt.AlignmentFlag.AlignVCenter
        for m in ev.measures:
            c = contributions[m.id]
            pa.text(p, QRectF(x, y, 6 * u, row_h), m.code, size, pa.MUTED, bold=True,
                    align=Qt.AlignmentFlag.AlignLeft | vc)
            p.setFont(pa.font(size))
            title = m.label(lang).split(" ", 1)[-1]
            shown = QFontMetricsF(p.font(), p.device()).elidedText(title, Qt.TextElideMode.ElideRight,
                                                                    w - 20 * u)
            pa.text(p, QRectF(x + 6 * u, y, w - 20 * u, row_h), shown, size, pa.INK,
                    align=Qt.AlignmentFlag.AlignLeft | vc)
            color = QColor(COLOR_CLOSES) if c > 0.5 else QColor(COLOR_WIDENS) if c < -0.5 else pa.MUTED
            pa.text(p, QRectF(r.right() - 14 * u, y, 14 * u, row_h), ("+" if c > 0.5 else "") + fmt_number(c, 0),
                    size, color, bold=True, align=Qt.AlignmentFlag.AlignRight | vc)
            y += row_h
        closed = without - with_
        if without > 0.5 and closed > 0:
            sentence = (translate("Presentation", "Die Maßnahmen schließen %1 von %2 Beschäftigtenäquivalenten der "
                                  "Lücke %3 (%4).")
                        .replace("%1", fmt_number(closed, 0)).replace("%2", fmt_number(without, 0))
                        .replace("%3", str(YEAR)).replace("%4", fmt_percent(min(1.0, closed / without), 0)))
        else:
            sentence = (translate("Presentation", "Lücke %1 ohne Maßnahmen: %2, mit Maßnahmen: %3 "
                                  "Beschäftigtenäquivalente (negativ = Angebotsüberhang).")
                        .replace("%1", str(YEAR)).replace("%2", fmt_number(without, 0))
                        .replace("%3", fmt_number(with_, 0)))
        pa.text(p, QRectF(r.left(), left.bottom() + 1.5 * u, r.width(), 4.5 * u), sentence, upt(p, u, 2.4),
                pa.ACCENT, bold=True)
        pa.text(p, QRectF(r.left(), left.bottom() + 6.5 * u, r.width(), 5 * u), translate(
            "Presentation",
            "Beitrag = Lücke mit allen Maßnahmen außer dieser − Lücke mit allen (positiv: schließt Lücke). Wirken "
            "Maßnahmen zusammen, müssen sich die Beiträge nicht addieren (Rest). Wirkungen sind Annahmen der "
            "Kammern (Tracker); Prognose: eigene Projektion.",
        ), upt(p, u, 1.7), pa.ESTIMATE, italic=True, wrap=True)

    ids = [s.get("id", "") for s in ev.with_measures.sources]
    source = source_line(ids, en) + " · " + translate("Presentation", "Wirkungen: Annahmen der Kammern (Tracker)")
    region = ctx.store.region
    region_name = region.name_en if en and region.name_en else region.name
    title = translate("Presentation", "Wirkung der Maßnahmen: Lücke %1 (%2, alle Gewerbegruppen)") \
        .replace("%1", str(YEAR)).replace("%2", region_name)
    return Slide("measures", title, source, paint, True)
