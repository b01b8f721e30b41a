"""Portfolio sheet: growth against location quotient per Gewerbegruppe, with a native bubble chart.

Input: ``core.portfolio.portfolio_rows`` results (one per area, each naming its area and period).
"""

from __future__ import annotations

from openpyxl.chart import BubbleChart, Reference, Series
from openpyxl.worksheet.worksheet import Worksheet

from core import palette, provenance
from core.export import chart_style, styles
from core.export.table import Column, SheetTable, TableRange
from core.portfolio import Portfolio


def portfolio_table(results: list[Portfolio], source: str) -> SheetTable:
    rows = []
    crossed: dict[str, str] = {}  # break id -> text, once per workbook sheet
    for p in results:
        for b in p.breaks:
            crossed.setdefault(str(b["id"]), f"Achtung, Zeitraum {p.start}–{p.end}: " + str(b["text"]))
        name = p.area_name
        for r in p.rows:
            rows.append(
                [
                    name,
                    f"{p.start}–{p.end}",
                    r["gewerbegruppe"],
                    r["lq"],
                    r["growth"],
                    r["cagr"],
                    r["employees"],
                    r["businesses"],
                    r["quadrant"],
                    provenance.KIND_LABEL_DE.get(str(r["kind"]), str(r["kind"])),
                ]
            )
    return SheetTable(
        name="Portfolio",
        title="Branchenportfolio: Wachstum und Lokalisationsfaktor je Gewerbegruppe",
        source=source,
        columns=[
            Column("Gebiet"),
            Column("Zeitraum"),
            Column("Gewerbegruppe"),
            Column("Lokalisations-faktor", styles.DEC2),
            Column("Wachstum Beschäftigte", styles.PCT),
            Column("Wachstum p. a.", styles.PCT),
            Column("Tätige Personen (Endjahr)", styles.INT),
            Column("Unternehmen (Endjahr)", styles.INT),
            Column("Quadrant"),
            Column("Kennzeichnung"),
        ],
        rows=rows,
        notes=[
            "Schätzung: Werte je Gewerbegruppe beruhen auf eigenen, dokumentierten Schätzungen.",
            "x = Lokalisationsfaktor gegenüber Deutschland, y = Veränderung der tätigen Personen, "
            "Blasengröße = tätige Personen im Endjahr.",
            *crossed.values(),
        ],
        estimate_rows={i for i, r in enumerate(rows) if r[-1] == "Schätzung"},
    )


def add_bubble_chart(ws: Worksheet, rng: TableRange, n_groups: int, title: str) -> BubbleChart:
    """Bubble chart of the first area's groups (rows ``first_row`` .. + n_groups - 1), one series per group."""
    chart = BubbleChart()
    chart.style = 18
    chart_style.title(chart, title)
    chart.x_axis.title = "Lokalisationsfaktor"
    chart.y_axis.title = "Wachstum"
    chart.y_axis.numFmt = styles.PCT
    chart.x_axis.numFmt = "0.0"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height, chart.width = 11, 20
    for i in range(n_groups):
        row = rng.first_row + i
        s = Series(
            values=Reference(ws, min_col=5, min_row=row),
            xvalues=Reference(ws, min_col=4, min_row=row),
            zvalues=Reference(ws, min_col=7, min_row=row),
            title_from_data=False,
            title=str(ws.cell(row=row, column=3).value),
        )
        chart.series.append(s)
    chart_style.fills(chart, [palette.group_color(str(s.tx.v) if s.tx else "") for s in chart.series])
    chart_style.labels_low(chart)
    chart.y_axis.tickLblPos = "low"
    chart.bubbleScale = 60
    ws.add_chart(chart, f"L{rng.header_row}")
    return chart
