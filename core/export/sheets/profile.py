"""Kreisprofil sheets: key figures per district (long table) and population / craft time series.

Input: ``core.profile.DistrictProfile`` results (one per area) and ``store.series`` time series.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from core import palette, provenance
from core.export import chart_style, styles
from core.export.table import ESTIMATE_LABEL, Column, SheetTable, TableRange
from core.figures import Figure
from core.profile import DistrictProfile

KIND_DE = provenance.KIND_LABEL_DE


def _kind(kind: str) -> str:
    return KIND_DE.get(kind, kind)


def profile_rows(p: DistrictProfile) -> list[list[Any]]:
    """Rows (Kreis, Kennzahl, Wert, Einheit, Jahr, Kennzeichnung) of one ``DistrictProfile``."""
    name, year = p.name, p.year
    figures: list[tuple[str, Figure, str]] = [
        ("Einwohner (31.12.)", p.population_year, "Personen"),
        ("Fläche", p.area_km2, "km²"),
        ("Einwohnerdichte", p.density_inhabitants_km2, "Einw./km²"),
        ("Handwerksunternehmen", p.businesses, "Anzahl"),
        ("Tätige Personen im Handwerk", p.employees, "Personen"),
        ("Betriebsdichte", p.business_density, "je 1.000 Einw."),
        ("Tätige Personen je Unternehmen", p.employees_per_business, "Personen je Unternehmen"),
    ]
    return [[name, label, f.value, unit, year, _kind(f.kind)] for label, f, unit in figures]


def profile_table(profiles: list[DistrictProfile], source: str) -> SheetTable:
    rows = [r for p in profiles for r in profile_rows(p)]
    fmts = {"Personen": styles.INT, "Anzahl": styles.INT, "km²": styles.DEC1, "Einw./km²": styles.DEC1}
    # One numeric column with mixed units: the format follows the unit, so it is set per cell below.
    return SheetTable(
        name="Kreisprofil",
        title="Kreisprofil – Kennzahlen je Kreis",
        source=source,
        columns=[
            Column("Kreis"),
            Column("Kennzahl"),
            Column("Wert", styles.DEC1, width=14),
            Column("Einheit"),
            Column("Jahr", styles.YEAR),
            Column("Kennzeichnung"),
        ],
        rows=rows,
        notes=[
            "Kennzeichnung „Schätzung“: eigene, dokumentierte Schätzung (gelb hinterlegt), keine amtliche Zahl."
        ],
        estimate_rows={i for i, r in enumerate(rows) if r[5] == ESTIMATE_LABEL},
        cell_formats={(i, 2): fmts.get(r[3], styles.DEC1) for i, r in enumerate(rows)},
    )


def series_table(
    name: str,
    title: str,
    series: dict[str, dict[int, float]],
    kinds: dict[str, str],
    source: str,
    unit_fmt: str,
    breaks: list[Any] | None = None,
) -> SheetTable:
    """Wide time series: one row per year, one column per area (for a line chart per area). Before each
    comparability break (``core.breaks.Break``, e.g. a census) an empty row named after it ("Zensus 2011"): the chart
    leaves a gap there, so no line crosses it."""
    areas = list(series)
    years = sorted({y for s in series.values() for y in s})
    break_at = {b.year: b for b in (breaks or []) if years and years[0] < b.year <= years[-1]}
    rows: list[list[Any]] = []
    for y in years:
        if y in break_at:
            rows.append([break_at[y].short("de"), *([None] * len(areas))])
        rows.append([y, *(series[a].get(y) for a in areas)])
    est = [a for a in areas if kinds.get(a) == "estimate"]
    notes = [f"Schätzung: {', '.join(est)}"] if est else []
    notes += [b.text("de") for b in break_at.values()]
    return SheetTable(
        name=name,
        title=title,
        source=source,
        columns=[Column("Jahr", styles.YEAR, width=14 if break_at else 8), *(Column(a, unit_fmt) for a in areas)],
        rows=rows,
        notes=notes,
    )


def add_line_chart(
    ws: Worksheet,
    rng: TableRange,
    title: str,
    y_title: str,
    anchor: str | None = None,
    max_col: int | None = None,
) -> LineChart:
    """Line chart: one series per data column (2 .. ``max_col``), years as categories."""
    chart = LineChart()
    chart_style.title(chart, title)
    chart.y_axis.title = y_title
    chart.x_axis.title = "Jahr"
    chart.height, chart.width = 9, 18
    data = Reference(
        ws, min_col=2, max_col=max_col or rng.n_cols, min_row=rng.header_row, max_row=rng.last_row
    )
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=rng.first_row, max_row=rng.last_row))
    chart.y_axis.numFmt = styles.INT
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.display_blanks = "gap"  # the empty row before a break ends the line there
    chart_style.lines(chart, [palette.series_color(i) for i in range(len(chart.series))])
    chart_style.labels_low(chart)
    ws.add_chart(chart, anchor or f"{_col_letter(rng.n_cols + 2)}{rng.header_row}")
    return chart


def _col_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(n))
