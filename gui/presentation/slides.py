"""Slides of the presentation mode, each painted with QPainter from core numbers.

A slide is a :class:`Slide` (title, source line, a paint function). The builders below ask core for
their numbers and return ``None`` when the module or the data is missing, so the deck simply has
fewer slides. Sizes follow the screen: ``u`` is 1 % of the slide height, fonts are given in units of
``u`` (so 1366×768 and 1920×1080 show the same layout). Texts are German source strings translated
with ``translate("Presentation", ...)`` (English from the .ts file; ``ctx.lang`` picks core's English
labels, e.g. quadrant names and source titles).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from core import geo, mapdata
from core.datastore import GEWERBEGRUPPEN_EN, DataStore
from core.errors import HandwerksmonitorError
from core.export.report_data import forecast_for
from core.palette import AXIS, SLIDE_QUADRANT_TINTS, WHITE
from core.portfolio import portfolio
from gui.charts import label_placement, palette
from gui.charts.palette import GROUP_COLORS, sequential
from gui.context import AppContext
from gui.formatting import fmt_number, fmt_percent
from gui.presentation.base import Slide, estimate_label, is_en, source_line, translate, upt
from gui.presentation.measures_slide import measures_slide
from gui.presentation.swot_slide import swot_slide
from gui.presentation.tracker_slides import recommendation_slides, tracker_slide
from gui.report import painting as pa
from gui.report.district_report import scenario_label
from gui.report.map_painting import draw_map

log = logging.getLogger(__name__)


# -- region overview -------------------------------------------------------------------------------
@dataclass
class _RegionFacts:
    """What the region slide shows: district shapes, business density per district (may be empty) and the
    region's population."""

    shapes: Any
    names: dict[str, str]
    ids: list[str]
    values: dict[str, float] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)
    density_year: int | None = None
    pop_year: int | None = None
    pop_value: float | None = None


def _region_facts(store: DataStore) -> _RegionFacts | None:
    try:
        shapes = geo.district_shapes(store.region)
    except HandwerksmonitorError:
        return None
    d = _RegionFacts(shapes, {x.ags: x.name for x in store.region.districts}, ["boundaries_districts", "population"])
    try:
        years = mapdata.available_years(store, "business_density")
        mv = mapdata.map_values(store, "business_density", years[-1]) if years else {}
        d.values = {k: v.value for k, v in mv.items() if v.value == v.value}
        d.kinds = {v.kind for v in mv.values()}
        d.ids += [i for v in mv.values() for i in str(v.dataset).split(",")]
        d.density_year = years[-1] if years else None
    except HandwerksmonitorError:
        d.values = {}
        d.density_year = None
    pop = store.facts_for([store.region.code], "population")
    d.pop_year = int(pop["year"].iloc[-1]) if not pop.empty else None
    d.pop_value = float(pop["value"].iloc[-1]) if not pop.empty else None
    return d


def _paint_region(p: QPainter, r: QRectF, u: float, d: _RegionFacts) -> None:
    """Map coloured by business density on the left; count, population and the density list on the right."""
    fills = {}
    if d.values:
        lo, hi = min(d.values.values()), max(d.values.values())
        fills = {k: sequential((v - lo) / (hi - lo) if hi > lo else 0.5) for k, v in d.values.items()}
    map_rect = QRectF(r.left(), r.top(), r.width() * 0.62, r.height())
    draw_map(p, map_rect, d.shapes, set(), fills=fills, label_pt=upt(p, u, 2.1))
    x = map_rect.right() + 3 * u
    w = r.right() - x
    y = r.top() + 2 * u
    heading = translate("Presentation", "%1 Kreise und kreisfreie Städte").replace("%1", str(len(d.shapes)))
    pa.text(p, QRectF(x, y, w, 5 * u), heading, pa.fit_text(p, heading, upt(p, u, 3), w, bold=True), pa.INK,
            bold=True)
    y += 6 * u
    if d.pop_value:
        pa.text(p, QRectF(x, y, w, 8 * u), fmt_number(d.pop_value), upt(p, u, 6), pa.ACCENT, bold=True)
        pa.text(
            p,
            QRectF(x, y + 8 * u, w, 4 * u),
            translate("Presentation", "Einwohner am 31.12.%1 (amtlich)").replace("%1", str(d.pop_year)),
            upt(p, u, 2.3),
            pa.MUTED,
        )
        y += 15 * u
    if d.values:
        _paint_density_list(p, x, y, w, u, d)


def _paint_density_list(p: QPainter, x: float, y: float, w: float, u: float, d: _RegionFacts) -> None:
    """The title "Betriebsdichte YEAR", its unit, the estimate badge and one row per district, densest first."""
    pa.text(
        p,
        QRectF(x, y, w, 4 * u),
        translate("Presentation", "Betriebsdichte %1").replace("%1", str(d.density_year or "")).strip(),
        upt(p, u, 2.4),
        pa.INK,
        bold=True,
    )
    y += 4 * u
    unit = translate("Presentation", "Handwerksunternehmen je 1.000 Einwohner")
    pa.text(p, QRectF(x, y, w, 3.6 * u), unit, pa.fit_text(p, unit, upt(p, u, 2.1), w), pa.MUTED)
    y += 4 * u
    if "estimate" in d.kinds:
        pa.badge(p, x, y, estimate_label(), upt(p, u, 1.8))
        y += 4 * u
    rows = sorted(d.values.items(), key=lambda kv: -kv[1])
    for ags, v in rows:
        pa.text(p, QRectF(x, y, w * 0.72, 3.6 * u), d.names.get(ags, ags), upt(p, u, 2.2), pa.INK)
        pa.text(
            p,
            QRectF(x, y, w, 3.6 * u),
            fmt_number(v, 1),
            upt(p, u, 2.2),
            pa.INK,
            align=Qt.AlignmentFlag.AlignRight,
        )
        y += 3.7 * u


def region_slide(ctx: AppContext) -> Slide | None:
    store = ctx.store
    d = _region_facts(store)
    if d is None:
        return None
    en = is_en(ctx)
    region_name = store.region.name_en if (en and store.region.name_en) else store.region.name
    return Slide(
        "region",
        translate("Presentation", "Die %1").replace("%1", region_name),
        source_line(d.ids, en),
        partial(_paint_region, d=d),
        estimate="estimate" in d.kinds,
    )


def _z(v: float) -> float:
    """No "-0,0 %": values that round to zero are shown as 0."""
    return 0.0 if abs(v) < 0.0005 else v


def _area_title(ctx: AppContext, area: str) -> str:
    """The area's name in the slide's language (the region has an English name)."""
    region = ctx.store.region
    if is_en(ctx) and area == region.name and region.name_en:
        return region.name_en
    return area


# -- portfolio -------------------------------------------------------------------------------------
class _Scale:
    """Data → slide coordinates of the portfolio plot: LQ on x, growth on y, padded around the bubbles and
    the cross at (1, 0)."""

    def __init__(self, plot: QRectF, rows: list[Any]) -> None:
        self.plot = plot
        xs = [x.lq for x in rows] + [1.0]
        ys = [x.growth for x in rows] + [0.0]
        xlo, xhi = min(xs), max(xs)
        ylo, yhi = min(ys), max(ys)
        padx, pady = (xhi - xlo) * 0.15 or 0.1, (yhi - ylo) * 0.18 or 0.05
        self.xlo, self.xhi, self.ylo, self.yhi = xlo - padx, xhi + padx, ylo - pady, yhi + pady

    def X(self, v: float) -> float:
        return self.plot.left() + (v - self.xlo) / (self.xhi - self.xlo) * self.plot.width()

    def Y(self, v: float) -> float:
        return self.plot.bottom() - (v - self.ylo) / (self.yhi - self.ylo) * self.plot.height()


def _paint_quadrants(p: QPainter, u: float, sc: _Scale) -> list[tuple[float, float, float, float]]:
    """The four tinted quadrants with their names and the cross at LQ 1 / growth 0; returns the rectangles
    the names take (no bubble label goes over them)."""
    plot, X, Y = sc.plot, sc.X, sc.Y
    quads = [
        (
            QRectF(QPointF(X(1), plot.top()), QPointF(plot.right(), Y(0))),
            translate("Presentation", "wachsende Leitbranche"),
            SLIDE_QUADRANT_TINTS[0],
        ),
        (
            QRectF(QPointF(plot.left(), plot.top()), QPointF(X(1), Y(0))),
            translate("Presentation", "Potenzial"),
            SLIDE_QUADRANT_TINTS[1],
        ),
        (
            QRectF(QPointF(X(1), Y(0)), QPointF(plot.right(), plot.bottom())),
            translate("Presentation", "schrumpfende Stärke"),
            SLIDE_QUADRANT_TINTS[2],
        ),
        (
            QRectF(QPointF(plot.left(), Y(0)), QPointF(X(1), plot.bottom())),
            translate("Presentation", "Problemfeld"),
            SLIDE_QUADRANT_TINTS[3],
        ),
    ]
    taken: list[tuple[float, float, float, float]] = []
    for rect, name, col in quads:
        p.fillRect(rect, QColor(col))
        used = pa.text(p, rect.adjusted(u, u * 0.6, -u, -u), name, upt(p, u, 2.0), pa.MUTED, italic=True)
        taken.append((used.left(), used.top(), used.right(), used.bottom()))
    p.setPen(QPen(pa.MUTED, max(1.0, 0.25 * u)))
    p.drawLine(QPointF(X(1), plot.top()), QPointF(X(1), plot.bottom()))
    p.drawLine(QPointF(plot.left(), Y(0)), QPointF(plot.right(), Y(0)))
    return taken


def _paint_portfolio_axes(p: QPainter, r: QRectF, u: float, sc: _Scale, fpt: float, end: Any) -> None:
    """Growth ticks with white guide lines, LQ ticks and the x-axis title."""
    plot = sc.plot
    p.setFont(pa.font(fpt))
    fm = QFontMetricsF(p.font(), p.device())
    for t in pa.nice_ticks(sc.ylo, sc.yhi, 8):
        if sc.ylo <= t <= sc.yhi:
            p.setPen(QPen(QColor(255, 255, 255, 160), max(1.0, 0.12 * u)))
            p.drawLine(QPointF(plot.left(), sc.Y(t)), QPointF(plot.right(), sc.Y(t)))
            p.setPen(pa.MUTED)
            p.drawText(
                QRectF(r.left(), sc.Y(t) - fm.height() / 2, 8 * u, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                fmt_percent(t, 0, signed=True),
            )
    for t in pa.nice_ticks(sc.xlo, sc.xhi, 6):
        if sc.xlo <= t <= sc.xhi:
            p.drawText(
                QRectF(sc.X(t) - 5 * u, plot.bottom() + 0.6 * u, 10 * u, fm.height()),
                int(Qt.AlignmentFlag.AlignHCenter),
                fmt_number(t, 1),
            )
    pa.text(
        p,
        QRectF(plot.left(), plot.bottom() + 3.6 * u, plot.width(), 4 * u),
        translate("Presentation", "Lokalisationsfaktor %1 (Deutschland = 1)").replace("%1", str(end)),
        fpt,
        pa.INK,
        align=Qt.AlignmentFlag.AlignHCenter,
    )


def _paint_bubbles(p: QPainter, u: float, rows: list[Any], smax: float, sc: _Scale) -> None:
    """One bubble per Gewerbegruppe, area ∝ employees (largest first, so small ones stay visible)."""
    for x in sorted(rows, key=lambda x_: -x_.employees):
        rad = (2.0 + 6.0 * (x.employees / smax) ** 0.5) * u
        bubble = QColor(GROUP_COLORS.get(x.gewerbegruppe, AXIS))
        bubble.setAlpha(200)
        p.setPen(QPen(QColor(WHITE), max(1.0, 0.2 * u)))
        p.setBrush(bubble)
        p.drawEllipse(QPointF(sc.X(x.lq), sc.Y(x.growth)), rad, rad)


def _paint_portfolio_legend(p: QPainter, r: QRectF, u: float, lx: float, rows: list[Any], title: str,
                            en: bool) -> None:
    """Legend with values right of the plot: its title, colour, group, growth · LQ · quadrant."""
    lw = r.right() - lx
    y = r.top() + 2 * u
    pa.text(
        p,
        QRectF(lx, y, lw, 4 * u),
        title,
        upt(p, u, 2.4),
        pa.INK,
        bold=True,
    )
    pa.badge(p, lx, y + 4.2 * u, estimate_label(), upt(p, u, 1.8))
    y += 9 * u
    for x in rows:
        p.fillRect(
            QRectF(lx, y + 0.6 * u, 2 * u, 2 * u), QColor(GROUP_COLORS.get(x.gewerbegruppe, AXIS))
        )
        group = x.gewerbegruppe_en if en else ""
        pa.text(
            p, QRectF(lx + 3 * u, y, lw - 3 * u, 3.2 * u), group or x.gewerbegruppe, upt(p, u, 2.0), pa.INK
        )
        quad = x.quadrant_en if en else ""
        pa.text(
            p,
            QRectF(lx + 3 * u, y + 3.0 * u, lw - 3 * u, 3 * u),
            f"{fmt_percent(_z(x.growth), 1, signed=True)} · LQ {fmt_number(x.lq, 2)} · {quad or x.quadrant}",
            upt(p, u, 1.7),
            pa.MUTED,
        )
        y += 7 * u


def _paint_portfolio(p: QPainter, r: QRectF, u: float, rows: list[Any], start: Any, end: Any, en: bool) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    fpt = upt(p, u, 2.0)
    sc = _Scale(QRectF(r.left() + 9 * u, r.top() + 2 * u, r.width() * 0.66 - 9 * u, r.height() - 9 * u), rows)
    taken = _paint_quadrants(p, u, sc)
    _paint_portfolio_axes(p, r, u, sc, fpt, end)
    smax = max((x.employees for x in rows), default=1.0) or 1.0
    _paint_bubbles(p, u, rows, smax, sc)
    _bubble_labels(p, u, rows, smax, sc.X, sc.Y, sc.plot, taken, "en" if en else "de")
    legend_title = (translate("Presentation", "Tätige Personen %1–%2")
                    .replace("%1", str(start)).replace("%2", str(end)))
    _paint_portfolio_legend(p, r, u, sc.plot.right() + 3 * u, rows, legend_title, en)
    pa.text(
        p,
        QRectF(r.left(), sc.plot.top() - 2 * u, 9 * u, 2 * u),
        translate("Presentation", "Wachstum"),
        upt(p, u, 1.7),
        pa.MUTED,
    )
    p.restore()


def portfolio_slide(ctx: AppContext) -> Slide | None:
    try:
        df = portfolio(ctx.store)
    except HandwerksmonitorError as exc:
        log.info("portfolio slide skipped: %s", exc.de)
        return None
    start, end = df.attrs.get("start"), df.attrs.get("end")
    table: Any = df.itertuples(index=False)  # named tuples of the portfolio frame
    rows = [r for r in table if r.lq == r.lq and r.growth == r.growth]
    ids = [s["id"] for s in df.attrs.get("sources", [])]
    en = is_en(ctx)
    area = _area_title(ctx, str(df.attrs.get("area_name", "")))
    title = translate("Presentation", "Branchenportfolio %1").replace("%1", area)
    return Slide("portfolio", title, source_line(ids, en),
                 partial(_paint_portfolio, rows=rows, start=start, end=end, en=en), True)
def _bubble_labels(p: QPainter, u: float, rows: list[Any], smax: float, X: Any, Y: Any, plot: QRectF,
                   taken: list[tuple[float, float, float, float]], lang: str) -> None:
    """Short group names in or beside the bubbles, never overlapping (gui.charts.label_placement), with a
    leader line where a name had to move away — as in the Branchenportfolio tab."""
    pt_size = upt(p, u, 1.9)
    p.setFont(pa.font(pt_size, bold=True))
    fm = QFontMetricsF(p.font(), p.device())
    names = [palette.group_short(x.gewerbegruppe, lang) for x in rows]
    circles = [(X(x.lq), Y(x.growth), (2.0 + 6.0 * (x.employees / smax) ** 0.5) * u) for x in rows]
    sizes = [(fm.horizontalAdvance(n) + 2, fm.height()) for n in names]
    area = (plot.left() + 2, plot.top() + 2, plot.right() - 2, plot.bottom() - 2)
    for x, name, spot in zip(rows, names, label_placement.place(circles, sizes, area, taken), strict=True):
        x0, y0, x1, y1 = spot.rect
        if spot.lead is not None:
            (ex, ey), (sx, sy) = spot.lead
            p.setPen(QPen(pa.MUTED, max(1.0, 0.15 * u)))
            p.drawLine(QPointF(ex, ey), QPointF(sx, sy))
        color = palette.text_on(palette.group_color(x.gewerbegruppe)) if spot.inside else pa.INK
        pa.text(p, QRectF(x0, y0, x1 - x0, y1 - y0), name, pt_size, color, bold=True,
                align=Qt.AlignmentFlag.AlignCenter)


# -- forecast gap ----------------------------------------------------------------------------------
def _paint_forecast(p: QPainter, r: QRectF, u: float, fc: dict[str, Any], en: bool) -> None:
    """Gap lines per Gewerbegruppe over the years on the left, the last year's gaps as bars on the right."""
    groups = list(fc["gap"])
    left = QRectF(r.left(), r.top(), r.width() * 0.52, r.height())
    names = {g: GEWERBEGRUPPEN_EN.get(g, g) if en else g for g in groups}
    lines = [
        pa.Line(
            names[g],
            fc["gap"][g],
            QColor(GROUP_COLORS.get(g, AXIS)),
            width_pt=0.28 * u * 72.0 / p.device().logicalDpiY(),
        )
        for g in groups
    ]
    pa.draw_line_chart(
        p,
        left,
        fc["years"],
        lines,
        lambda v: fmt_number(v),
        translate("Presentation", "Nachfrage minus Angebot (Beschäftigtenäquivalente)"),
        font_pt=upt(p, u, 1.9),
        split_x=fc["years"][0] + 0.5,  # base year: estimate; every later year: projection
        split_label=translate("Presentation", "Projektion"),
        legend_cols=2,
    )
    right = QRectF(left.right() + 4 * u, r.top(), r.right() - left.right() - 4 * u, r.height())
    _paint_last_gap(p, right, u, fc, [names[g] for g in groups], en)


def _paint_last_gap(p: QPainter, right: QRectF, u: float, fc: dict[str, Any], labels: list[str], en: bool) -> None:
    """The title "Lücke im Jahr YEAR", one bar per group (short names where the long ones do not fit) and the note."""
    groups = list(fc["gap"])
    pa.text(
        p,
        QRectF(right.left(), right.top(), right.width(), 4 * u),
        translate("Presentation", "Lücke im Jahr %1").replace("%1", str(fc["years"][-1])),
        upt(p, u, 2.6),
        pa.INK,
        bold=True,
    )
    vals = [fc["gap"][g][-1] for g in groups]
    cols = [QColor(GROUP_COLORS.get(g, AXIS)) for g in groups]
    p.setFont(pa.font(upt(p, u, 1.9)))
    fm = QFontMetricsF(p.font(), p.device())
    if max(fm.horizontalAdvance(s) for s in labels) > right.width() * 0.42 - pa.pt(p, 8):
        labels = [palette.group_short(g, "en" if en else "de") for g in groups]  # short, never cut with "…"
    pa.draw_hbar_chart(
        p,
        QRectF(right.left(), right.top() + 6 * u, right.width(), right.height() - 16 * u),
        labels,
        vals,
        cols,
        lambda v: fmt_number(v),
        font_pt=upt(p, u, 1.9),
    )
    pa.text(
        p,
        QRectF(right.left(), right.bottom() - 9 * u, right.width(), 9 * u),
        translate(
            "Presentation",
            "Positiv = mehr Nachfrage als Angebot (Fachkräftelücke). Eigene Projektion; Angebot beruht auf "
            "geschätzten tätigen Personen je Gewerbegruppe.",
        ),
        upt(p, u, 1.7),
        pa.ESTIMATE,
        italic=True,
        wrap=True,
    )


def forecast_slide(ctx: AppContext) -> Slide | None:
    try:
        fc = forecast_for(ctx.store, None, "Basis", ctx.user_con)
    except HandwerksmonitorError as exc:
        log.info("forecast slide skipped: %s", exc.de)
        return None
    en = is_en(ctx)
    ids = [s.get("id", "") for s in fc.get("sources", [])]
    area = _area_title(ctx, str(fc.get("area_name", "")))
    title = (
        translate("Presentation", "Prognose %1: Szenario „%2“")
        .replace("%1", area)
        .replace("%2", scenario_label(str(fc.get("scenario") or "Basis")))
    )
    return Slide("forecast", title, source_line(ids, en), partial(_paint_forecast, fc=fc, en=en), True)


def build_slides(ctx: AppContext) -> list[Slide]:
    """All slides of the current state, in order; builders that fail or lack data are skipped."""
    out: list[Slide] = []
    for builder in (region_slide, portfolio_slide, forecast_slide, measures_slide, tracker_slide, swot_slide):
        try:
            s = builder(ctx)
        except Exception:  # noqa: BLE001 - one broken slide must not stop the presentation
            log.exception("slide %s failed", builder.__name__)
            s = None
        if s is not None:
            out.append(s)
    try:
        out += recommendation_slides(ctx)
    except Exception:  # noqa: BLE001 - broken recommendation slides must not stop the presentation
        log.exception("recommendation slides failed")
    return out
