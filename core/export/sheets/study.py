"""Study sheets: the SWOT board ("SWOT"), the survey on innovation cooperation ("Befragung") and the
published apprenticeship series ("Ausbildung").

Inputs are core's own results: ``core.swot.items`` (or the study's seed when no user database is open),
``core.survey.all_results`` and ``core.apprenticeships.all_series``. Survey shares are percentages of
respondents in core; the sheet stores them as fractions (49 % -> 0.49) with a percent format.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

import resources
from core import palette, provenance
from core.export import chart_style, styles
from core.export.cells import write
from core.export.table import Column, SheetTable, TableRange

STUDY_PREFIX = "Studie „Zukunftsfaktor Handwerk“, "


@dataclass
class SwotRow:
    """One SWOT item as the sheet needs it (``core.swot.SwotItem`` or a seed entry)."""

    id: str
    category: str
    text: str
    source: str
    recommendations: list[int] = field(default_factory=list)
    origin: str = "study"


def seed_items() -> list[SwotRow]:
    """The study's SWOT as shipped (resources/study/swot_seed.json), for exports without a user database."""
    raw = json.loads(resources.path("study", "swot_seed.json").read_text("utf-8"))["items"]
    return [
        SwotRow(i["id"], i["category"], i["text"], i["source"], sorted(int(r) for r in i["recommendations"]))
        for i in raw
    ]


def passage(source: str) -> str:
    """The cited passage without the study's title ("Zusammenfassung, Zentrale Befunde, Größenklassen")."""
    return source[len(STUDY_PREFIX) :] if source.startswith(STUDY_PREFIX) else source


def recommendation_links(items: list[SwotRow]) -> dict[int, list[str]]:
    """Recommendation number -> ids of the SWOT items it answers (the other direction of the links),
    in board order (strengths, weaknesses, opportunities, threats)."""
    order = ["strengths", "weaknesses", "opportunities", "threats"]
    out: dict[int, list[str]] = {}
    for it in sorted(items, key=lambda i: order.index(i.category) if i.category in order else len(order)):
        for r in it.recommendations:
            out.setdefault(r, []).append(it.id)
    return out


def swot_table(items: list[SwotRow], labels: dict[str, tuple[str, str]], source: str) -> SheetTable:
    """One row per item, in board order (strengths, weaknesses, opportunities, threats)."""
    order = list(labels)
    rows = [
        [
            labels.get(it.category, (it.category,))[0],
            it.id,
            it.text,
            it.source,
            ", ".join(str(r) for r in it.recommendations),
            "Studie" if it.origin == "study" else "eigene Eingabe",
        ]
        for it in sorted(items, key=lambda i: order.index(i.category) if i.category in order else len(order))
    ]
    return SheetTable(
        name="SWOT",
        title="SWOT des Handwerks in der Region mit Bezug zu den Handlungsempfehlungen",
        source=source,
        columns=[
            Column("Kategorie", width=14),
            Column("Nr.", width=7),
            Column("Aussage", width=60),
            Column("Quelle (Stelle in der Studie)", width=55),
            Column("Empfehlungen", width=14),
            Column("Herkunft", width=14),
        ],
        rows=rows,
        notes=[
            "Themen der Studie in eigenen Worten; jede Aussage nennt die Stelle der Studie, aus der sie stammt. "
            "Die Nummern verweisen auf die Handlungsempfehlungen (Blatt „Empfehlungen“, Spalte „SWOT-Bezug“)."
        ],
    )


def wrap_columns(ws: Worksheet, rng: TableRange, columns: tuple[int, ...]) -> None:
    """Long texts (1-based ``columns``) wrap within their width, every cell of a row aligned to the top.

    Row height = lines × 15 pt with lines = ⌈characters / column width⌉ of the longest wrapped cell
    (LibreOffice does not grow rows by itself when it opens the file).
    """
    widths = {c: ws.column_dimensions[get_column_letter(c)].width or 10 for c in columns}
    for row in ws.iter_rows(min_row=rng.first_row, max_row=rng.last_row, max_col=rng.n_cols):
        lines = 1
        for cell in row:
            cell.alignment = Alignment(wrap_text=cell.column in columns, vertical="top")
            if cell.column in columns and isinstance(cell.value, str):
                lines = max(lines, math.ceil(len(cell.value) * 1.1 / widths[cell.column]))
        ws.row_dimensions[row[0].row].height = 15 * lines


# -- survey ------------------------------------------------------------------------------------------
META_GAP = 2  # empty columns between the answer table and the survey list


def survey_header(r: Any) -> str:
    """Column head of one survey: its label already carries N (study: also "Mehrfachantworten")."""
    return f"{r.label} – {r.year}" if str(r.year) not in r.label else r.label


def survey_table(results: list[Any], answers: list[tuple[str, str]], question: str) -> SheetTable:
    """Rows = answer options, one percent column per survey (study first, then the chamber's)."""
    rows = [
        [label, *[(r.percents[key] / 100.0 if key in r.percents else None) for r in results]]
        for key, label in answers
    ]
    return SheetTable(
        name="Befragung",
        title="Kooperationen für Innovationen – Befragung der Handwerksbetriebe",
        source=f"Quelle: {results[0].source.get('section', '')}" if results else "Quelle: –",
        columns=[Column("Antwort", width=48)] + [Column(survey_header(r), styles.PCT, width=20) for r in results],
        rows=rows,
        notes=[
            f"Frage: {question}",
            "Mehrfachantworten: Anteile der Antwortenden, sie ergeben zusammen mehr als 100 %. "
            "Art „Studie“ = Ergebnis der Studie, „Import“ = spätere Befragung der Kammer mit derselben Frage.",
        ],
    )


def add_survey_meta(ws: Worksheet, rng: TableRange, results: list[Any]) -> int:
    """Survey list (Befragung | Jahr | N | Art | Quelle) right of the answer table; returns its first column."""
    col = rng.n_cols + META_GAP
    top = rng.header_row
    for i, head in enumerate(("Befragung", "Jahr", "N", "Art", "Quelle")):
        c = write(ws, top, col + i, head)
        c.font, c.fill, c.alignment = styles.HEADER_FONT, styles.HEADER_FILL, styles.HEADER_ALIGN
    for j, r in enumerate(results, start=1):
        src = r.source.get("section") or r.source.get("source") or r.source.get("title", "")
        write(ws, top + j, col, survey_header(r))
        write(ws, top + j, col + 1, int(r.year), styles.YEAR)
        write(ws, top + j, col + 2, int(r.n), styles.INT)
        write(ws, top + j, col + 3, provenance.KIND_LABEL_DE.get(r.kind, r.kind))
        cell = write(ws, top + j, col + 4, src)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        lines = math.ceil(len(str(src)) * 1.1 / 60) if src else 1
        ws.row_dimensions[top + j].height = max(ws.row_dimensions[top + j].height or 15, 15 * lines)
    for i, width in enumerate((42, 7, 7, 10, 60)):
        ws.column_dimensions[get_column_letter(col + i)].width = width
    return col


def add_survey_chart(ws: Worksheet, rng: TableRange, n_surveys: int) -> BarChart:
    """Horizontal bars: one series per survey (legend = its label with year and N), answers as categories."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart_style.title(chart, "Mit wem kooperierten die Betriebe? (Anteil der Antwortenden)")
    chart.y_axis.title = "Anteil der Antwortenden"
    chart.y_axis.numFmt = "0%"
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first answer on top, as in the table
    chart.height, chart.width = 10 + 1.5 * n_surveys, 24
    chart.legend.position = "b"
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    chart.dataLabels.showSerName = False  # LibreOffice shows every part that is not switched off
    chart.dataLabels.showCatName = False
    chart.dataLabels.showLegendKey = False
    chart.dataLabels.showPercent = False
    chart.dataLabels.numFmt = "0%"
    data = Reference(ws, min_col=2, max_col=1 + n_surveys, min_row=rng.header_row, max_row=rng.last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=rng.first_row, max_row=rng.last_row))
    chart_style.fills(chart, [palette.series_color(i) for i in range(n_surveys)])
    chart_style.labels_low(chart)
    ws.add_chart(chart, f"A{rng.last_row + 3}")
    return chart


# -- apprenticeships ---------------------------------------------------------------------------------
def _date(iso: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso


def apprenticeship_table(series: list[Any], chamber_note: str, source: str) -> SheetTable:
    """One row per published point of every series (no interpolation, no filled-in years)."""
    rows: list[list[Any]] = []
    for s in series:
        for p in s.points:
            rows.append(
                [
                    s.region_name,
                    s.label(),
                    _date(p.date),
                    p.value,
                    "ja" if p.approximate else "",
                    s.publisher,
                    p.url,
                    provenance.KIND_LABEL_DE.get(s.kind, s.kind),
                ]
            )
    return SheetTable(
        name="Ausbildung",
        title="Ausbildung im Handwerk – veröffentlichte Reihen",
        source=source,
        columns=[
            Column("Region", width=22),
            Column("Reihe", width=60),
            Column("Stichtag", width=12),
            Column("Wert", styles.INT, width=11),
            Column("ungefähr", width=10),
            Column("Herausgeber", width=30),
            Column("Quelle (Adresse)", width=50),
            Column("Art", width=14),
        ],
        rows=rows,
        notes=[
            chamber_note,
            "Nur veröffentlichte Werte mit ihrem Stichtag: fehlende Jahre bleiben leer, nichts ist interpoliert; "
            "Reihen des ZDH und der Statistischen Ämter werden nie vermischt.",
        ],
    )
