"""District one-pager (Kreisprofil) as an A4 PDF, written with Qt's own QPdfWriter (no browser).

Contents: header with the district and the data as-of date, key figures (estimates marked "Schätzung"),
a map of the region with the district highlighted, the Gewerbegruppen table, the population series and
the forecast gap per group, and the sources in the footer. Numbers come from
``core.export.report_data.district_report_data``; this module only draws them. The file is written
atomically (temp file + rename, see ``core.atomic_file``).

Language: German source strings, translated with ``translate("DistrictReport", ...)`` by the installed
Qt translator (``gui.i18n.install``); with English, core's English names (source titles, Gewerbegruppen,
kinds) are used too. ``lang=None`` follows the UI language that ``gui.i18n.install`` sets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from core import formatting as core_formatting
from core import geo, provenance, suppression
from core.atomic_file import atomic_write, verify_ends_with
from core.datastore import GEWERBEGRUPPEN_EN, DataStore
from core.errors import ExportError
from core.export.report_data import DistrictReportData, KeyFigure, district_report_data
from core.forecast.scenarios import BUILTINS
from core.palette import AXIS, HEADER_SUBTITLE, PANEL_BG, POPULATION, TILE_BG, WHITE
from gui.charts.palette import GROUP_COLORS
from gui.formatting import fmt_number, fmt_percent
from gui.i18n import current_language
from gui.report import painting as pa
from gui.report.map_painting import draw_map

DPI = 300
A4_W_MM, A4_H_MM = 210.0, 297.0
MARGIN_MM = 14.0
translate = QCoreApplication.translate  # lupdate reads translate("DistrictReport", "literal")
_lang = "de"  # language of the page being drawn (set by paint_district_report)


def estimate_label() -> str:
    return translate("DistrictReport", "Schätzung")


def current_lang() -> str:
    """The UI language (``gui.i18n.current_language``)."""
    return current_language()


def _en() -> bool:
    return _lang == "en"


def group_name(g: str) -> str:
    return GEWERBEGRUPPEN_EN.get(g, g) if _en() else g


def key_figure_label(kf: KeyFigure) -> str:
    """The key figure's label in the page language (core gives German labels plus a stable key)."""
    year = str(kf.year or "")
    labels = {
        "population": translate("DistrictReport", "Einwohner am 31.12.%1").replace("%1", year),
        "area": translate("DistrictReport", "Fläche"),
        "density": translate("DistrictReport", "Einwohner je km²"),
        "businesses": translate("DistrictReport", "Handwerksunternehmen"),
        "businesses_year": translate("DistrictReport", "Handwerksunternehmen %1").replace("%1", year),
        "employees": translate("DistrictReport", "Tätige Personen"),
        "business_density": translate("DistrictReport", "Betriebsdichte"),
        "employees_per_business": translate("DistrictReport", "Tätige Personen je Unternehmen"),
    }
    return labels.get(kf.key, kf.label)


def subtitle(d: DistrictReportData) -> str:
    """"Landkreis · Sachsen-Anhalt · Handwerkskammer Halle (Saale)", translated."""
    if not d.district_type:
        return d.subtitle
    kind = (
        translate("DistrictReport", "Kreisfreie Stadt")
        if d.district_type == "urban"
        else translate("DistrictReport", "Landkreis")
    )
    states = {
        "Sachsen": translate("DistrictReport", "Sachsen"),
        "Sachsen-Anhalt": translate("DistrictReport", "Sachsen-Anhalt"),
        "Thüringen": translate("DistrictReport", "Thüringen"),
    }
    return f"{kind} · {states.get(d.state_name, d.state_name)} · {d.chamber_name}"


def _mm(v: float) -> float:
    return v * DPI / 25.4


def _source_text(rec: dict) -> str:
    kind_key = str(rec.get("kind", ""))
    labels = provenance.KIND_LABEL_EN if _en() else provenance.KIND_LABEL_DE
    kind = labels.get(kind_key, kind_key)
    rec = provenance.localize_record(rec, "en" if _en() else "de")
    title = rec.get("title") or rec.get("id", "")
    return (
        translate("DistrictReport", "%1 (%2, Stand %3; %4)")
        .replace("%1", str(title))
        .replace("%2", str(rec.get("publisher", "")))
        .replace("%3", str(rec.get("stand", "")))
        .replace("%4", kind)
    )


def _section_title(p: QPainter, x: float, y: float, w: float, title: str, estimate: bool = False) -> float:
    used = pa.text(p, QRectF(x, y, w, _mm(8)), title, 10.5, pa.ACCENT, bold=True)
    if estimate:
        pa.badge(p, used.right() + _mm(2), used.top() + _mm(0.3), estimate_label(), 6.5)
    p.setPen(pa.GRID)
    p.drawLine(int(x), int(used.bottom() + _mm(1)), int(x + w), int(used.bottom() + _mm(1)))
    return used.bottom() + _mm(3)


def _header(p: QPainter, d: DistrictReportData, width: float) -> float:
    band = QRectF(0, 0, width, _mm(30))
    p.fillRect(band, pa.ACCENT)
    x = _mm(MARGIN_MM)
    pa.text(
        p,
        QRectF(x, _mm(6.5), width * 0.62, _mm(12)),
        translate("DistrictReport", "Kreisprofil %1").replace("%1", d.name),
        21,
        QColor(WHITE),
        bold=True,
    )
    pa.text(p, QRectF(x, _mm(18.5), width * 0.7, _mm(8)), subtitle(d), 9.5, QColor(HEADER_SUBTITLE))
    right = QRectF(width * 0.6, _mm(7), width * 0.4 - x, _mm(20))
    lines = "Handwerksmonitor Mitteldeutschland\n" + translate("DistrictReport", "Datenstand: %1").replace(
        "%1", _date(d.datenstand)
    )
    if d.year:
        lines += "\n" + translate("DistrictReport", "Bezugsjahr Handwerk: %1").replace("%1", str(d.year))
    pa.text(
        p, right, lines, 8, QColor(WHITE), align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    )
    return band.bottom() + _mm(6)


def _date(value: str | dt.date) -> str:
    """A date in the page's language (core.formatting)."""
    return core_formatting.fmt_date(value, _lang)


def _key_figures(p: QPainter, d: DistrictReportData, rect: QRectF) -> None:
    cols = 2
    n = max(1, len(d.key_figures))
    rows = (n + cols - 1) // cols
    tile_w = (rect.width() - _mm(4)) / cols
    tile_h = min(_mm(15), rect.height() / rows)
    for i, kf in enumerate(d.key_figures):
        x = rect.left() + (i % cols) * (tile_w + _mm(4))
        y = rect.top() + (i // cols) * tile_h
        tile = QRectF(x, y, tile_w, tile_h - _mm(2))
        p.fillRect(tile, QColor(TILE_BG))
        p.fillRect(QRectF(x, y, _mm(1.2), tile.height()), pa.ESTIMATE if kf.kind == "estimate" else pa.ACCENT)
        value = fmt_number(kf.value, kf.decimals) + (f" {kf.unit}" if kf.unit else "")
        pa.text(p, QRectF(x + _mm(3.5), y + _mm(1.2), tile_w - _mm(5), _mm(7)), value, 14, pa.INK, bold=True)
        label = key_figure_label(kf)
        pa.text(p, QRectF(x + _mm(3.5), y + _mm(7.8), tile_w - _mm(5), _mm(5)), label, 7.5, pa.MUTED)
        if kf.kind == "estimate":
            p.setFont(pa.font(7.5))
            adv = QFontMetricsF(p.font(), p.device()).horizontalAdvance(label)
            pa.badge(p, x + _mm(3.5) + adv + _mm(2), y + _mm(7.9), estimate_label(), 5.5)


def _map(p: QPainter, store: DataStore, d: DistrictReportData, rect: QRectF) -> None:
    try:
        shapes = geo.district_shapes(store.region)
        states = geo.state_shapes(store.region)
    except Exception:  # noqa: BLE001 - a missing map must not cost the whole page
        shapes, states = [], []
    p.fillRect(rect, QColor(PANEL_BG))
    inner = rect.adjusted(_mm(2), _mm(2), -_mm(2), -_mm(9))
    draw_map(p, inner, shapes, {d.area_code}, label_pt=5.8)
    cap = QRectF(rect.left() + _mm(2), rect.bottom() - _mm(8.5), rect.width() - _mm(4), _mm(8))
    pa.text(
        p,
        cap,
        translate("DistrictReport", "%1 (dunkelblau) in der %2")
        .replace("%1", d.name)
        .replace("%2", (store.region.name_en or store.region.name) if _en() else store.region.name),
        6.5,
        pa.MUTED,
        align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        wrap=True,
    )
    _ = states


def _groups(p: QPainter, d: DistrictReportData, x: float, y: float, w: float) -> float:
    title = translate("DistrictReport", "Handwerk nach Gewerbegruppen %1").replace("%1", str(d.year or ""))
    y = _section_title(p, x, y, w, title.strip(), estimate=True)
    if not d.groups:
        reason = next(
            (r for part, r in d.missing if part == "Gewerbegruppen"), translate("DistrictReport", "keine Daten")
        )
        msg = translate("DistrictReport", "Keine Werte je Gewerbegruppe: %1").replace("%1", reason)
        pa.text(p, QRectF(x, y, w, _mm(8)), msg, 8, pa.MUTED, wrap=True)
        return y + _mm(10)
    rows = [
        [
            group_name(g.group),
            suppression.SIGN if suppression.is_confidential(g.businesses.value, g.businesses.kind)
            else fmt_number(g.businesses.value),
            fmt_number(g.employees.value),
            fmt_percent(g.share_employees.value),
            fmt_number(g.lq.value, 2),
        ]
        for g in d.groups
    ]
    sw = [QColor(GROUP_COLORS.get(g.group, AXIS)) for g in d.groups]
    end = pa.draw_table(
        p,
        QRectF(x, y, w, _mm(60)),
        [
            translate("DistrictReport", "Gewerbegruppe"),
            translate("DistrictReport", "Unternehmen"),
            translate("DistrictReport", "Tätige Personen"),
            translate("DistrictReport", "Anteil an den tätigen Personen"),
            translate("DistrictReport", "Lokalisations-faktor"),
        ],
        rows,
        [0.42, 0.13, 0.15, 0.16, 0.14],
        font_pt=8,
        swatches=sw,
        header_lines=2,
    )
    note = translate(
        "DistrictReport",
        "Werte je Gewerbegruppe: eigene Schätzung (an amtliche und veröffentlichte Summen angepasst). "
        "Lokalisationsfaktor = Anteil im Kreis / Anteil in Deutschland (tätige Personen). Betriebsdichte = "
        "Handwerksunternehmen (Handwerkszählung) je 1.000 Einwohner.",
    )
    used = pa.text(p, QRectF(x, end + _mm(1), w, _mm(8)), note, 6.5, pa.ESTIMATE, italic=True, wrap=True)
    return used.bottom() + _mm(5)


def _charts(p: QPainter, d: DistrictReportData, x: float, y: float, w: float, h: float) -> None:
    left_w = w * 0.38
    gap = _mm(6)
    right_x = x + left_w + gap
    right_w = w - left_w - gap
    yl = _section_title(p, x, y, left_w, translate("DistrictReport", "Bevölkerung am 31.12."))
    years = sorted(d.population)
    pa.draw_line_chart(
        p,
        QRectF(x, yl, left_w, y + h - yl),
        years,
        [
            pa.Line(
                translate("DistrictReport", "Einwohner (amtlich)"),
                [d.population[t] for t in years],
                QColor(POPULATION),
            )
        ],
        lambda v: fmt_number(v),
        font_pt=6.5,
        legend_cols=1,
        breaks=[b.year for b in d.population_breaks],
        break_label=translate("DistrictReport", "Zensus"),
    )
    fc = d.forecast
    title = (
        translate("DistrictReport", "Prognose %1: Lücke je Gewerbegruppe").replace(
            "%1", scenario_label(str(fc.get("scenario") or "Basis"))
        )
        if fc
        else translate("DistrictReport", "Prognose")
    )
    yr = _section_title(p, right_x, y, right_w, title, estimate=True)
    if not fc:
        reason = next(
            (r for part, r in d.missing if part == "Prognose"), translate("DistrictReport", "nicht verfügbar")
        )
        msg = translate("DistrictReport", "Keine Prognose: %1").replace("%1", reason)
        pa.text(p, QRectF(right_x, yr, right_w, _mm(20)), msg, 8, pa.MUTED, wrap=True)
        return
    sub = pa.text(
        p,
        QRectF(right_x, yr - _mm(1.5), right_w, _mm(8)),
        translate(
            "DistrictReport", "Nachfrage minus Angebot in Beschäftigtenäquivalenten (positiv = Nachfrageüberhang)"
        ),
        6.5,
        pa.MUTED,
        wrap=True,
    )
    lines = [
        pa.Line(group_name(g), vals, QColor(GROUP_COLORS.get(g, AXIS)), width_pt=1.3)
        for g, vals in fc["gap"].items()
    ]
    pa.draw_line_chart(
        p,
        QRectF(right_x, sub.bottom() + _mm(1), right_w, y + h - sub.bottom() - _mm(1)),
        fc["years"],
        lines,
        lambda v: fmt_number(v),
        font_pt=6.5,
        split_x=fc["years"][0] + 0.5,  # the base year rests on the estimate, every later year is projection
        split_label=translate("DistrictReport", "Projektion"),
        legend_cols=2,
    )


def scenario_label(name: str) -> str:
    """A built-in scenario's name in the UI language (the same words as the Prognose tab: "Baseline")."""
    return QCoreApplication.translate("ForecastTab", name) if name in BUILTINS else name


def _footer(p: QPainter, d: DistrictReportData, x: float, top: float, w: float, bottom: float) -> None:
    p.setPen(pa.GRID)
    p.drawLine(int(x), int(top), int(x + w), int(top))
    srcs = "; ".join(_source_text(r) for r in d.sources) or "–"
    body = translate("DistrictReport", "Quellen: %1.").replace("%1", srcs)
    box = QRectF(x, top + _mm(1.5), w, bottom - top - _mm(7))
    size = 6.5
    while size > 4.5:
        p.setFont(pa.font(size))
        need = QFontMetricsF(p.font(), p.device()).boundingRect(box, int(Qt.TextFlag.TextWordWrap), body)
        if need.height() <= box.height():
            break
        size -= 0.25
    pa.text(p, box, body, size, pa.MUTED, wrap=True)
    today = _date(dt.date.today())
    last = (
        translate(
            "DistrictReport",
            "„Schätzung“ = eigene, dokumentierte Schätzung, keine amtliche Zahl · Datenstand %1 · erstellt am %2",
        )
        .replace("%1", _date(d.datenstand))
        .replace("%2", today)
    )
    pa.text(p, QRectF(x, bottom - _mm(4.5), w, _mm(4.5)), last, 6.2, pa.MUTED)
    pa.text(
        p,
        QRectF(x, bottom - _mm(4.5), w, _mm(4.5)),
        translate("DistrictReport", "Seite 1 von 1"),
        6.2,
        pa.MUTED,
        align=Qt.AlignmentFlag.AlignRight,
    )


def paint_district_report(
    p: QPainter, store: DataStore, d: DistrictReportData, width: float, height: float, lang: str | None = None
) -> None:
    """Draw the whole page on ``p`` (device units; 300 dpi for the PDF) in ``lang`` (None: the UI language)."""
    global _lang
    _lang = lang or current_lang()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    x = _mm(MARGIN_MM)
    w = width - 2 * x
    y = _header(p, d, width)
    y0 = _section_title(p, x, y, w * 0.56, translate("DistrictReport", "Kennzahlen"))
    _key_figures(p, d, QRectF(x, y0, w * 0.56, _mm(62)))
    map_rect = QRectF(x + w * 0.60, y, w * 0.40, _mm(68))
    _map(p, store, d, map_rect)
    y = max(y0 + _mm(62), map_rect.bottom()) + _mm(4)
    y = _groups(p, d, x, y, w)
    footer_top = height - _mm(MARGIN_MM) - _mm(26)
    _charts(p, d, x, y, w, footer_top - y - _mm(4))
    _footer(p, d, x, footer_top, w, height - _mm(MARGIN_MM) + _mm(4))


def render_pdf(store: DataStore, d: DistrictReportData, path: Path, lang: str | None = None) -> None:
    """Write the one-pager of ``d`` to ``path`` (not atomic; see :func:`write_district_report`)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setTitle(translate("DistrictReport", "Kreisprofil %1").replace("%1", d.name))
    writer.setCreator("Handwerksmonitor Mitteldeutschland")
    p = QPainter()
    if not p.begin(writer):
        raise ExportError(
            f"Die PDF-Datei „{path}“ konnte nicht angelegt werden.",
            f"Could not create the PDF file '{path}'.",
        )
    try:
        paint_district_report(p, store, d, writer.width(), writer.height(), lang)
    finally:
        p.end()


def write_district_report(
    store: DataStore,
    key: str,
    out: str | Path,
    scenario: str = "Basis",
    user_con: Any = None,
    lang: str | None = None,
) -> tuple[Path, DistrictReportData]:
    """Build the one-pager of district ``key`` and write it atomically to ``out`` (a .pdf path).

    ``lang``: "de"/"en" for the core-provided names; the painted texts follow the installed translator.
    """
    d = district_report_data(store, key, scenario, user_con)
    path = atomic_write(out, lambda tmp: render_pdf(store, d, tmp, lang), verify=verify_ends_with(b"%%EOF", "PDF"))
    return path, d
