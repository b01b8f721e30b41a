"""Prognose sheets (one per scenario: supply, demand and gap per Gewerbegruppe and year, with a line
chart of the gap) and the Annahmen sheet (every forecast parameter with value, unit, range and source).

Input: ``core.forecast.model.ForecastResult.to_json()`` dicts and ``core.forecast.parameters.as_table``.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from openpyxl.chart import LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from core.export import styles
from core.export.skip import SheetSkipped
from core.export.table import Column, SheetTable, TableRange
from core.forecast import inputs as inputs_mod
from core.forecast import model as model_mod
from core.forecast import scenarios as sc_mod

GAP_NOTE = (
    "Lücke = Nachfrage − Angebot in Beschäftigtenäquivalenten (positiv = Nachfrageüberhang). Angebot beruht "
    "auf geschätzten Beschäftigten je Gewerbegruppe (Schätzung); die Werte sind eine eigene Projektion."
)


def forecast_table(j: dict, source: str) -> SheetTable:
    """Long table of one scenario: one row per Gewerbegruppe and year (Angebot, Nachfrage, Lücke, Lücke in %
    of demand), groups one after another — narrow enough to print on A4 at full size, and each group's gap is
    a contiguous range for the chart."""
    groups = list(j["gap"])
    rows = []
    for g in groups:
        for t, year in enumerate(j["years"]):
            supply, demand, gap = j["supply"][g][t], j["demand"][g][t], j["gap"][g][t]
            share = gap / demand if demand else None
            rows.append([g, year, supply, demand, gap, share,
                         "Daten" if year <= j.get("last_data_year", 0) else "Projektion (Schätzung)"])
    cols = [
        Column("Gewerbegruppe", width=36),
        Column("Jahr", styles.YEAR, width=7),
        Column("Angebot", styles.INT, width=11),
        Column("Nachfrage", styles.INT, width=11),
        Column("Lücke", styles.INT, width=10),
        Column("Lücke in % der Nachfrage", styles.PCT, width=12),
        Column("Kennzeichnung", width=22),
    ]
    name = f"Prognose {j.get('scenario') or 'Basis'}"  # made a valid, unique sheet name when added
    return SheetTable(
        name=name,
        title=f"Prognose {j.get('area_name', '')}: Szenario „{j.get('scenario') or 'Basis'}“ ({j.get('unit', '')})",
        source=source,
        columns=cols,
        rows=rows,
        notes=[
            GAP_NOTE,
            "Schätzung: eigene Projektion, keine amtliche Vorausberechnung. Annahmen im Blatt „Annahmen“.",
        ],
        estimate_rows={i for i, r in enumerate(rows) if r[-1] != "Daten"},
    )


def add_gap_chart(ws: Worksheet, rng: TableRange, title: str, n_groups: int) -> LineChart:
    """Line chart of the gap per group over the years: one series per group's block of rows (group colours
    of the app), beside the table."""
    from openpyxl.chart import Series
    from openpyxl.chart.series import SeriesLabel

    from core import palette
    from core.export import chart_style

    n_rows = rng.last_row - rng.first_row + 1
    per_group = n_rows // max(n_groups, 1)
    chart = LineChart()
    chart_style.title(chart, title)
    chart.y_axis.title = "Lücke (Beschäftigtenäquivalente)"
    chart.x_axis.title = "Jahr"
    chart.y_axis.numFmt = styles.INT
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height, chart.width = 11, 22
    groups = []
    for k in range(n_groups):
        top = rng.first_row + k * per_group
        group = str(ws.cell(row=top, column=1).value)
        groups.append(group)
        series = Series(Reference(ws, min_col=5, min_row=top, max_row=top + per_group - 1), title=group)
        series.tx = SeriesLabel(v=group)
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=2, min_row=rng.first_row, max_row=rng.first_row + per_group - 1))
    chart_style.lines(chart, [palette.group_color(g) for g in groups])
    chart_style.labels_low(chart)
    chart.legend.position = "b"
    ws.add_chart(chart, f"{_col_letter(rng.n_cols + 2)}{rng.header_row}")
    return chart


def _col_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def _model(store: Any) -> Any:
    from core.errors import HandwerksmonitorError

    try:
        return model_mod.ForecastModel(inputs_mod.load_inputs(store))
    except HandwerksmonitorError as exc:
        raise SheetSkipped(exc.de) from exc


def scenario_names(scenario: str | None) -> list[str]:
    return [scenario] if scenario else list(sc_mod.BUILTINS)


def collect(store: Any, scenario: str | None, area: str | None = None, user_con: Any = None) -> list[dict]:
    """``to_json()`` of each scenario run for ``area`` (None = region)."""
    model = _model(store)
    out = []
    for name in scenario_names(scenario):
        sc = sc_mod.load(user_con, name)
        out.append(model.compute(sc.values, sc.name).to_json(area))
    return out


def assumptions_table(tables: list[pd.DataFrame]) -> SheetTable:
    rows = []
    for t in tables:
        for r in t.itertuples(index=False):
            source = getattr(r, "source_label", r.source)
            rows.append(
                [
                    r.scenario or "Basis",
                    r.label,
                    r.value,
                    r.unit,
                    r.default,
                    f"{r.min:g}–{r.max:g}".replace(".", ","),
                    source,
                    r.description,
                    r.key,
                ]
            )
    return SheetTable(
        name="Annahmen",
        title="Annahmen der Prognose",
        source="Quelle: eigene Annahmen und abgeleitete Werte (Herleitung je Zeile); Datensätze siehe „Quellen“",
        columns=[
            Column("Szenario"),
            Column("Parameter", width=44),
            Column("Wert", styles.DEC1),
            Column("Einheit"),
            Column("Standard", styles.DEC1),
            Column("Plausibler Bereich"),
            Column("Quelle", width=28),
            Column("Herleitung / Beschreibung", width=70),
            Column("Schlüssel", width=30),
        ],
        rows=rows,
        notes=[
            "„Annahme“ = eigene Annahme (keine Datenquelle); sonst Kennung des Datensatzes im Blatt „Quellen“."
        ],
    )


def collect_assumptions(scenario: str | None, user_con: Any = None) -> list[pd.DataFrame]:
    return [sc_mod.as_table(sc_mod.load(user_con, n)) for n in scenario_names(scenario)]
