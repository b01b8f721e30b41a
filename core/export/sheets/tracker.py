"""Empfehlungen sheet: the recommendations tracker (the study's recommendations and their measures),
with a status summary below it and a bar chart of items per status.

Input: ``core.tracker.store.Tracker(con).items()`` rows (plain dicts).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core import palette
from core.export import chart_style, styles
from core.export.cells import write
from core.export.skip import SheetSkipped
from core.export.table import Column, SheetTable, TableRange
from core.tracker import model
from core.tracker import store as store_mod

SUMMARY_COL = 2  # column B: status summary (Status | Anzahl), below the main table


def _date(d: Any) -> str:
    return d.strftime("%d.%m.%Y") if isinstance(d, dt.date) else ""


def tracker_table(
    items: list[dict[str, Any]],
    field_labels: dict[str, str],
    today: dt.date | None = None,
    swot_links: dict[int, list[str]] | None = None,
) -> SheetTable:
    """``swot_links``: recommendation number -> ids of the SWOT items it answers ("SWOT-Bezug")."""
    today = today or dt.date.today()
    swot_links = swot_links or {}
    rows = []
    for r in items:
        is_rec = r.get("kind") == "recommendation"
        due = r.get("due_date")
        overdue = bool(due and due < today and r.get("status") not in ("umgesetzt", "zurückgestellt"))
        rows.append(
            [
                r.get("code", ""),
                field_labels.get(r.get("field", ""), r.get("field", "")),
                "Empfehlung" if r.get("kind") == "recommendation" else "Maßnahme",
                r.get("title", ""),
                ", ".join(swot_links.get(int(r.get("number") or 0), [])) if is_rec else "",
                r.get("status", ""),
                (r.get("progress") or 0) / 100.0,
                ", ".join(x for x in (r.get("org"), r.get("person")) if x),
                _date(r.get("start_date")),
                _date(due),
                "überfällig" if overdue else "",
                r.get("next_steps", ""),
                r.get("source", "") or ("eigene Eingabe" if r.get("kind") != "recommendation" else ""),
            ]
        )
    return SheetTable(
        name="Empfehlungen",
        title="Handlungsempfehlungen und Maßnahmen – Umsetzungsstand",
        source="Quelle: Studie „Zukunftsfaktor Handwerk“ (Empfehlungen, eigene Kurzfassung); Umsetzungsstand: "
        f"Eingaben der Kammern, Stand {today.strftime('%d.%m.%Y')}",
        columns=[
            Column("Nr.", width=6),
            Column("Handlungsfeld", width=16, wrap=True),
            Column("Art", width=12),
            Column("Titel", width=30, wrap=True),
            Column("SWOT-Bezug", width=10, wrap=True),
            Column("Status", width=13),
            Column("Fortschritt", "0%", width=11),
            Column("Verantwortlich", width=16, wrap=True),
            Column("Beginn", width=11),
            Column("Fällig", width=11),
            Column("Termin", width=10),
            Column("Nächste Schritte", width=26, wrap=True),
            Column("Quelle", width=26, wrap=True),
        ],
        rows=rows,
    )


def status_counts(items: list[dict[str, Any]], statuses: tuple[str, ...]) -> dict[str, int]:
    counts = dict.fromkeys(statuses, 0)
    for r in items:
        counts[r.get("status", "")] = counts.get(r.get("status", ""), 0) + 1
    return counts


def add_status_chart(ws: Worksheet, rng: TableRange, counts: dict[str, int]) -> BarChart:
    """Status summary (Status | Anzahl) two rows below the table, in columns B:C, with a bar chart beside it.

    Below the table, not beside it: the table's rows grow with their wrapped texts, and a chart in such
    rows would not fit one printed page."""
    top = rng.last_row + 3
    head_s = write(ws, top, SUMMARY_COL, "Status")
    head_n = write(ws, top, SUMMARY_COL + 1, "Anzahl")
    for c in (head_s, head_n):
        c.font, c.fill, c.alignment = styles.HEADER_FONT, styles.HEADER_FILL, styles.HEADER_ALIGN
    for i, (status, n) in enumerate(counts.items(), start=1):
        write(ws, top + i, SUMMARY_COL, status)
        write(ws, top + i, SUMMARY_COL + 1, n, styles.INT)
    chart = BarChart()
    chart.type = "bar"
    chart_style.title(chart, "Empfehlungen und Maßnahmen nach Status")
    chart.y_axis.title = "Anzahl"
    chart.y_axis.numFmt = styles.INT
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend = None
    chart.height, chart.width = 8, 14
    last = top + len(counts)
    chart.add_data(Reference(ws, min_col=SUMMARY_COL + 1, min_row=top, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=SUMMARY_COL, min_row=top + 1, max_row=last))
    chart_style.point_fills(chart, [palette.OVERDUE if s == "überfällig" else palette.STATUS_COLORS.get(s, "#777777")
                                    for s in counts])
    chart_style.labels_low(chart)
    ws.add_chart(chart, f"{get_column_letter(SUMMARY_COL + 3)}{top}")
    return chart


def collect(user_con: Any) -> tuple[list[dict[str, Any]], dict[str, str], tuple[str, ...]]:
    """Items of the tracker in the user database; skipped without one."""
    if user_con is None:
        raise SheetSkipped("keine Nutzerdatenbank geöffnet")
    items = store_mod.Tracker(user_con, read_only=True).items()
    if not items:
        raise SheetSkipped("der Tracker enthält keine Einträge")
    labels = {k: v[0] for k, v in model.ACTION_FIELDS.items()}
    return items, labels, tuple(model.STATUSES)
