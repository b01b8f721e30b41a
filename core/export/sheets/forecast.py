"""Prognose sheets (one per scenario: supply, demand and gap per Gewerbegruppe and year, with a line
chart of the gap) and the Annahmen sheet (every forecast parameter with value, unit, range and source).

Input: ``core.forecast.model.ForecastResult.to_json()`` dicts and ``core.forecast.parameters.as_table``.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from core import palette
from core.errors import HandwerksmonitorError
from core.export import chart_style, styles
from core.export.skip import SheetSkipped
from core.export.table import Column, SheetTable, TableRange
from core.forecast import inputs as inputs_mod
from core.forecast import model as model_mod
from core.forecast import scenarios as sc_mod
from core.forecast.comparison import area_label, field_label

GAP_NOTE = (
    "Lücke = Nachfrage − Angebot in Beschäftigtenäquivalenten (positiv = Nachfrageüberhang). Angebot beruht "
    "auf geschätzten Beschäftigten je Gewerbegruppe (Schätzung); die Werte sind eine eigene Projektion."
)


def forecast_table(j: dict[str, Any], source: str) -> SheetTable:
    """Long table of one scenario: one row per Gewerbegruppe and year (Angebot, Nachfrage, Lücke, Lücke in %
    of demand), groups one after another — narrow enough to print on A4 at full size, and each group's gap is
    a contiguous range for the chart."""
    groups = list(j["gap"])
    kinds = j.get("kinds") or ["estimate"] + ["projection"] * (len(j["years"]) - 1)
    rows = []
    for g in groups:
        for t, year in enumerate(j["years"]):
            supply, demand, gap = j["supply"][g][t], j["demand"][g][t], j["gap"][g][t]
            share = gap / demand if demand else None
            # the base year rests on the estimated employees, every later year is model output: never "Daten"
            rows.append([g, year, supply, demand, gap, share, KIND_TEXT.get(kinds[t], kinds[t])])
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
            f"Kennzeichnung: {j['years'][0]} Schätzung (Beschäftigte je Gewerbegruppe, Nachfrage daran angepasst), "
            f"ab {j['years'][0] + 1} Projektion des Modells – keine amtliche Vorausberechnung. Annahmen im Blatt "
            "„Annahmen“, Vergleich mit veröffentlichten Projektionen im Blatt „Prognose Vergleich“.",
            *(f"Hinweis: {n['text']}" for n in j.get("anchor_notes", [])),
        ],
        estimate_rows=set(range(len(rows))),  # estimate or projection: every row is shaded
    )


KIND_TEXT = {"estimate": "Schätzung", "projection": "Projektion", "official": "amtlich", "published": "veröffentlicht"}


def comparison_table(j: dict[str, Any], source: str) -> SheetTable:
    """The model beside every published projection (``to_json()['comparison']``)."""
    side = {"supply": "Angebot", "demand": "Nachfrage", "working_age": "15- bis 64-Jährige",
            "population": "Bevölkerung"}
    series = {"learned": " (gelernter Beruf)", "in_occupation": " (im Beruf tätig)"}
    rows = []
    for e in j.get("comparison", []):
        m = e["model"]
        y0, y1 = e["years"]
        rows.append([
            e["source"],
            area_label(e["area"]),
            field_label(e["field"]),
            side.get(e["side"], e["side"]) + series.get(e.get("series", ""), ""),
            y0 if y0 else "k. A.",
            y1,
            e["value_pct"],
            m.get("same_measure_pct"),
            f"{m['area']}; {m['field']}",
            m["from"],
            m["supply_pct"].get(str(y1)),
            m["demand_pct"].get(str(y1)),
            m["supply_pct"].get("2035"),
            m["demand_pct"].get("2035"),
            m["supply_pct"].get("2040"),
            m["demand_pct"].get("2040"),
            m.get("driver_pct"),
            e["source_url"],
        ])
    return SheetTable(
        name="Prognose Vergleich",
        title=f"Prognose im Vergleich mit veröffentlichten Projektionen – Szenario „{j.get('scenario') or 'Basis'}“",
        source=source,
        columns=[
            Column("Quelle", width=16),
            Column("Gebiet", width=16),
            Column("Feld", width=10),
            Column("Größe", width=18),
            Column("von", width=7),
            Column("bis", styles.YEAR, width=6),
            Column("veröffent-licht (%)", styles.DEC1, width=9),
            Column("Modell, gleiche Größe (%)", styles.DEC1, width=9),
            Column("Modell: Gebiet; Gewerbe-gruppen", width=28),
            Column("Modell ab", styles.YEAR, width=7),
            Column("Modell Angebot bis Zieljahr (%)", styles.DEC1, width=9),
            Column("Modell Nachfrage bis Zieljahr (%)", styles.DEC1, width=9),
            Column("Modell Angebot bis 2035 (%)", styles.DEC1, width=9),
            Column("Modell Nachfrage bis 2035 (%)", styles.DEC1, width=9),
            Column("Modell Angebot bis 2040 (%)", styles.DEC1, width=9),
            Column("Modell Nachfrage bis 2040 (%)", styles.DEC1, width=9),
            Column("Modell Bevölkerung bzw. 15–64 (%)", styles.DEC1, width=9),
            Column("Adresse", width=28),
        ],
        rows=rows,
        notes=[
            "Veränderung in %. Das Modell rechnet in Personen wie die Veröffentlichungen (Angebot = Arbeitskräfte, "
            "Nachfrage = Leistung geteilt durch Leistung je Arbeitskraft), ab seinem Basisjahr; Vergleichsgebiet: "
            "Deutschland und Ostdeutschland → IRMD, ein Land → seine IRMD-Kreise; SHK-Berufe → Ausbaugewerbe, Bau → "
            "Bauhaupt- und Ausbaugewerbe. „Modell, gleiche Größe“: dieselbe Größe wie veröffentlicht (Angebot, "
            "Nachfrage oder die Bevölkerung bzw. die 15- bis 64-Jährigen des Modells) über dieselben Jahre.",
            "Kennzeichnung: veröffentlichte Werte sind Zitate mit Quelle (Herausgeber und Titel im Blatt „Quellen“, "
            "Datensatz forecast_anchors_external; „≈“-Werte ungefähr), Modellwerte sind Projektionen; k. A. = "
            "Basisjahr der Veröffentlichung nicht angegeben.",
        ],
        estimate_rows=set(range(len(rows))),
    )


def add_gap_chart(ws: Worksheet, rng: TableRange, title: str, n_groups: int) -> LineChart:
    """Line chart of the gap per group over the years: one series per group's block of rows (group colours
    of the app), beside the table."""
    from openpyxl.chart import Series
    from openpyxl.chart.series import SeriesLabel

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

    return str(get_column_letter(n))


def _model(store: Any) -> Any:
    try:
        return model_mod.ForecastModel(inputs_mod.load_inputs(store))
    except HandwerksmonitorError as exc:
        raise SheetSkipped(exc.de) from exc


def scenario_names(scenario: str | None) -> list[str]:
    return [scenario] if scenario else list(sc_mod.BUILTINS)


def collect(store: Any, scenario: str | None, area: str | None = None, user_con: Any = None) -> list[dict[str, Any]]:
    """``to_json()`` of each scenario run for ``area`` (None = region)."""
    model = _model(store)
    out = []
    for name in scenario_names(scenario):
        sc = sc_mod.load(user_con, name)
        out.append(model.compute(sc.values, sc.name).to_json(area))
    return out


def assumptions_table(tables: list[list[dict[str, Any]]]) -> SheetTable:
    """``tables``: ``core.forecast.scenarios.table_rows`` of each scenario."""
    rows = []
    for t in tables:
        for r in t:
            rows.append(
                [
                    r["scenario"] or "Basis",
                    r["label"],
                    r["value"],
                    r["unit"],
                    r["default"],
                    f"{r['min']:g}–{r['max']:g}".replace(".", ","),
                    r.get("source_label", r["source"]),
                    r.get("justification", ""),
                    r["description"],
                    r["key"],
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
            Column("Begründung (bei Annahme)", width=60),
            Column("Herleitung / Beschreibung", width=70),
            Column("Schlüssel", width=30),
        ],
        rows=rows,
        notes=[
            "„Annahme“ = eigene Annahme (keine Datenquelle), mit einem Satz Begründung; sonst Kennung des "
            "Datensatzes im Blatt „Quellen“ und die Herleitung."
        ],
    )


def collect_assumptions(scenario: str | None, user_con: Any = None) -> list[list[dict[str, Any]]]:
    return [sc_mod.table_rows(sc_mod.load(user_con, n)) for n in scenario_names(scenario)]
