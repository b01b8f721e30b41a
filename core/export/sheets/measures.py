"""Maßnahmenwirkung sheet: every expected effect of the tracker's measures with its justification and
source, what each counted measure is worth (contribution to the gap in 2030/2035/2040), and a waterfall
chart of the 2035 gap (without measures → one bar per measure → with measures).

Input: :func:`core.forecast.measures.measures_from_tracker` and :meth:`MeasureModel.evaluate`.
The waterfall is a stacked column chart: an invisible base series carries each bar to where it starts;
the visible part is split into the part above and the part below zero, because Excel and LibreOffice
stack positive and negative values separately (a bar may cross zero).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.errors import HandwerksmonitorError
from core.export import styles
from core.export.cells import write
from core.export.sheets.forecast import _model
from core.export.skip import SheetSkipped
from core.export.table import Column, SheetTable, TableRange
from core.forecast import measures as measures_mod
from core.forecast import scenarios as sc_mod
from core.tracker import store as store_mod
from core.tracker.effects import district_names, effect_params, split_list

WATERFALL_YEAR = 2035
COLOR_TOTAL = "1F4E79"  # gap without / with measures
COLOR_CLOSES = "2E7D32"  # a measure that lowers the gap
COLOR_WIDENS = "C62828"  # a measure (or the interactions) that raises it
COLOR_REST = "8C8C8C"  # interactions


@dataclass
class MeasuresExport:
    evaluation: Any  # core.forecast.measures.Evaluation
    effects: list[dict[str, Any]]  # every effect row of the tracker, with its item ("item": row)
    statuses: tuple[str, ...]
    scenario: str
    area_name: str


def collect(store: Any, scenario: str | None, area: str | None, user_con: Any) -> MeasuresExport:
    """Effects and contributions for the area (None = region), all groups, one scenario (default Basis)."""
    if user_con is None:
        raise SheetSkipped("keine Nutzerdatenbank geöffnet")
    import duckdb

    tracker = store_mod.Tracker(user_con, read_only=True)
    try:
        rows = tracker.effects()
    except duckdb.Error as exc:  # a database without the effects table (read-only snapshot of an old file)
        raise SheetSkipped("keine Wirkungen erfasst") from exc
    if not rows:
        raise SheetSkipped("im Tracker sind keine Wirkungen von Maßnahmen erfasst")
    items = {r["id"]: r for r in tracker.items()}
    effects = [{**e, "item": items[e["item_id"]]} for e in rows if e["item_id"] in items]

    try:
        sc = sc_mod.load(user_con, scenario or "Basis")
    except HandwerksmonitorError as exc:
        raise SheetSkipped(exc.de) from exc
    statuses = measures_mod.DEFAULT_STATUSES
    measures = measures_mod.measures_from_tracker(tracker, statuses)
    ev = measures_mod.MeasureModel(_model(store)).evaluate(sc.resolved(), measures, area=area, scenario=sc.name)
    name = store.region.area_name(area) if area else store.region.name
    return MeasuresExport(ev, effects, tuple(statuses), sc.name, name)


def _param_label(key: str) -> tuple[str, str]:
    p = effect_params().get(key)
    return (p.label_de, p.unit) if p else (key, "")


def measures_table(data: MeasuresExport, source: str) -> SheetTable:
    """One row per effect; the measure's contributions on its first effect row."""
    ev = data.evaluation
    contributions = ev.contributions
    counted = {m.id for m in ev.measures}
    rows, seen = [], set()
    order = {mid: i for i, mid in enumerate(r["item"]["id"] for r in data.effects)}
    for e in sorted(data.effects, key=lambda r: (_code_key(r["item"]["code"]), order[r["item"]["id"]])):
        item = e["item"]
        label, unit = _param_label(e["param"])
        first = item["id"] not in seen
        seen.add(item["id"])
        c = contributions.get(item["id"], {}) if first else {}
        rows.append([
            item["code"],
            item["title"],
            item["status"],
            "ja" if item["id"] in counted else "nein",
            label,
            e["param"],
            e["delta"],
            unit,
            e["start_year"],
            e["full_year"],
            ", ".join(district_names(split_list(e["districts"]))) or "alle",
            ", ".join(split_list(e["groups"])) or "alle",
            e["reason"],
            e["source"] or "Annahme",
            *(c.get(y) for y in (2030, 2035, 2040)),
        ])
    statuses = ", ".join(data.statuses)
    closed = ev.closed(WATERFALL_YEAR) if WATERFALL_YEAR in ev.years else None
    notes = [
        "Wirkungen sind Annahmen der Kammern (Begründung und Quelle je Zeile), keine Messwerte; die Prognose ist "
        "eine eigene Projektion (Schätzung).",
        f"Berücksichtigt sind Einträge im Status {statuses}. Beitrag = Lücke mit allen Maßnahmen außer dieser − "
        "Lücke mit allen Maßnahmen (positiv: schließt einen Teil der Lücke, in Beschäftigtenäquivalenten, alle "
        "Gewerbegruppen). Wirken Maßnahmen zusammen, müssen sich die Beiträge nicht addieren.",
    ]
    if closed is not None:
        notes.append(
            f"Lücke {WATERFALL_YEAR}: ohne Maßnahmen {_de(ev.gap_without[WATERFALL_YEAR])}, mit Maßnahmen "
            f"{_de(ev.gap_with[WATERFALL_YEAR])} – die Maßnahmen verringern sie um {_de(closed)} "
            "Beschäftigtenäquivalente."
        )
    return SheetTable(
        name="Maßnahmenwirkung",
        title=f"Wirkung der Maßnahmen auf die Prognose – {data.area_name}, Szenario „{data.scenario}“",
        source=source,
        columns=[
            Column("Nr.", width=7),
            Column("Maßnahme / Empfehlung", width=36),
            Column("Status", width=13),
            Column("Berück-sichtigt", width=10),
            Column("Parameter", width=30),
            Column("Schlüssel", width=18),
            Column("Änderung", styles.DEC2, width=10),
            Column("Einheit", width=9),
            Column("ab Jahr", styles.YEAR, width=8),
            Column("volle Wirkung", styles.YEAR, width=9),
            Column("Kreise", width=18),
            Column("Gewerbe-gruppen", width=18),
            Column("Begründung", width=48),
            Column("Quelle", width=30),
            Column("Beitrag 2030", styles.INT, width=10),
            Column("Beitrag 2035", styles.INT, width=10),
            Column("Beitrag 2040", styles.INT, width=10),
        ],
        rows=rows,
        notes=notes,
    )


def _de(x: float) -> str:
    return f"{x:,.0f}".replace(",", ".").replace("-", "−")


def _code_key(code: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in str(code).split("."))
    except ValueError:
        return (0,)


def waterfall_rows(steps: list[Any]) -> list[tuple[str, str, float, float, float, float]]:
    """(label, kind, value, base, above zero, below zero) per bar of the waterfall."""
    out = []
    level = 0.0
    for s in steps:
        if s.kind in ("start", "end"):
            lo, hi = min(0.0, s.value), max(0.0, s.value)
            level = s.value
        else:
            lo, hi = sorted((level, level + s.value))
            level += s.value
        if lo >= 0:
            base, above, below = lo, hi - lo, 0.0
        elif hi <= 0:
            base, above, below = hi, 0.0, lo - hi
        else:
            base, above, below = 0.0, hi, lo
        out.append((s.label, s.kind, s.value, base, above, below))
    return out


def add_waterfall(ws: Worksheet, rng: TableRange, data: MeasuresExport) -> BarChart | None:
    """Waterfall data block below the table and the chart next to it (None if 2035 is past the horizon)."""
    ev = data.evaluation
    if WATERFALL_YEAR not in ev.years:
        return None
    top = rng.last_row + 3
    write(ws, top, 1, f"Wasserfall: Lücke {WATERFALL_YEAR} ohne Maßnahmen → Beitrag je Maßnahme → mit Maßnahmen "
          f"({data.area_name}, alle Gewerbegruppen, Beschäftigtenäquivalente)").font = styles.TITLE_FONT
    head = top + 1
    headers = ("Bezeichnung", "Schritt", "Änderung / Lücke", "Art", "Basis (unsichtbar)", "über 0", "unter 0")
    for col, h in enumerate(headers, start=2):
        cell = write(ws, head, col, h)
        cell.font, cell.fill, cell.alignment = styles.HEADER_FONT, styles.HEADER_FILL, styles.HEADER_ALIGN
    kinds = {"start": "ohne Maßnahmen", "measure": "Maßnahme", "interaction": "Wechselwirkungen",
             "end": "mit Maßnahmen"}
    short = {"start": "ohne", "interaction": "Wechselw.", "end": "mit"}
    steps = ev.waterfall(WATERFALL_YEAR)
    codes = {m.id: m.code for m in ev.measures}
    rows = waterfall_rows(steps)
    for i, (step, (label, kind, value, base, above, below)) in enumerate(zip(steps, rows, strict=True), start=1):
        write(ws, head + i, 2, label)
        write(ws, head + i, 3, short.get(kind) or f"Nr. {codes.get(step.measure_id, '')}")
        write(ws, head + i, 4, value, styles.INT)
        write(ws, head + i, 5, kinds[kind])
        write(ws, head + i, 6, base, styles.INT)
        write(ws, head + i, 7, above, styles.INT)
        write(ws, head + i, 8, below, styles.INT)
    last = head + len(rows)
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.gapWidth = 60
    chart.title = f"Lücke {WATERFALL_YEAR}: Wirkung der Maßnahmen"
    chart.y_axis.title = "Beschäftigtenäquivalente"
    chart.y_axis.numFmt = styles.INT
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.height, chart.width = 10, max(16, 2.4 * len(rows))
    chart.x_axis.tickLblPos = "low"  # below the bars, also when the gap is negative
    chart.add_data(Reference(ws, min_col=6, max_col=8, min_row=head, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=3, min_row=head + 1, max_row=last))
    base_series, *visible = chart.series
    base_series.graphicalProperties = GraphicalProperties(noFill=True)
    base_series.graphicalProperties.line.noFill = True
    for series in visible:
        series.graphicalProperties = GraphicalProperties(solidFill=COLOR_TOTAL)
        series.dPt = []
        for idx, (_, kind, value, *_rest) in enumerate(rows):
            color = (COLOR_TOTAL if kind in ("start", "end") else COLOR_REST if kind == "interaction"
                     else COLOR_CLOSES if value < 0 else COLOR_WIDENS)
            point = DataPoint(idx=idx)
            point.graphicalProperties = GraphicalProperties(solidFill=color)
            series.dPt.append(point)
    ws.add_chart(chart, f"{get_column_letter(10)}{top + 1}")
    return chart
