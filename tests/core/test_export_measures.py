"""Excel sheet „Maßnahmenwirkung“: every effect with justification and source, contributions, waterfall."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from core.export import ExportRequest, build_workbook, export_workbook
from core.export.sheets.measures import waterfall_rows
from core.forecast.measures import WaterfallStep
from core.tracker.store import Tracker
from core.userdb import open_user_db


@pytest.fixture
def tracker_con(tmp_path: Path):
    con = open_user_db(tmp_path / "t.duckdb")
    t = Tracker(con)
    t.add_effect("empfehlung-01", "apprentice_entry", 3, 2026, 2028, reason="Mehr Lehrverträge durch Netzwerke",
                 source="Studie, Handlungsfeld Fachkräfte, Empfehlung 1")
    t.add_effect("empfehlung-01", "completion_rate", 2, 2027, 2029, reason="Begleitung in der Ausbildung")
    m = t.add_measure("empfehlung-07", "Digitalwerkstatt")
    t.add_effect(m, "demand_growth", 0.4, 2026, groups=["Ausbaugewerbe"], reason="=HYPERLINK(\"x\")")
    t.add_effect("empfehlung-05", "productivity", 0.2, 2027, reason="noch offen")
    t.update_item("empfehlung-01", {"status": "in Umsetzung"})
    t.update_item(m, {"status": "geplant"})
    yield con
    con.close()


def _rows(ws, header_first: str = "Nr.") -> tuple[int, list[list]]:
    h = next(r[0].row for r in ws.iter_rows(min_row=1, max_row=15) if r[0].value == header_first)
    width = sum(1 for c in ws[h] if c.value is not None)
    rows = []
    for r in ws.iter_rows(min_row=h + 1):
        if r[0].value is None:
            break
        rows.append([c.value for c in r[:width]])
    return h, rows


def test_sheet_lists_every_effect_with_justification_source_and_contributions(store, tracker_con, tmp_path) -> None:
    out = tmp_path / "m.xlsx"
    result = export_workbook(store, out, ExportRequest(user_con=tracker_con))
    assert "Maßnahmenwirkung" in result.sheets
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames.index("Maßnahmenwirkung") == wb.sheetnames.index("Empfehlungen") + 1
    ws = wb["Maßnahmenwirkung"]
    assert str(ws["A2"].value).startswith("Quelle") and "Annahmen der Kammern" in ws["A2"].value
    h, rows = _rows(ws)
    header = [c.value for c in ws[h] if c.value is not None]
    assert {"Begründung", "Quelle", "Beitrag 2035", "Änderung", "Schlüssel"} <= set(header)
    col = {name: header.index(name) for name in header}
    assert len(rows) == 4  # every effect, also those of items whose status is not counted
    by_key = {r[col["Schlüssel"]]: r for r in rows}
    first = by_key["apprentice_entry"]
    assert first[col["Quelle"]] == "Studie, Handlungsfeld Fachkräfte, Empfehlung 1"
    assert first[col["Berück-sichtigt"]] == "ja" and first[col["Beitrag 2035"]] > 0
    assert by_key["completion_rate"][col["Beitrag 2035"]] is None  # a measure's contribution once
    assert by_key["completion_rate"][col["Quelle"]] == "Annahme"
    assert by_key["productivity"][col["Berück-sichtigt"]] == "nein"  # recommendation 5 is still "offen"
    demand = by_key["demand_growth"]
    assert demand[col["Begründung"]] == '=HYPERLINK("x")' and demand[col["Beitrag 2035"]] < 0
    cell = ws.cell(row=h + 1 + rows.index(demand), column=col["Begründung"] + 1)
    assert cell.data_type == "s"  # user text stays text, never a formula
    notes = " ".join(str(ws.cell(row=r, column=1).value) for r in range(3, h))
    assert "müssen sich die Beiträge nicht addieren" in notes and "Lücke 2035: ohne Maßnahmen" in notes


def test_waterfall_block_and_chart(store, tracker_con) -> None:
    wb, _ = build_workbook(store, ExportRequest(user_con=tracker_con))
    ws = wb["Maßnahmenwirkung"]
    (chart,) = ws._charts
    assert chart.grouping == "stacked" and len(chart.series) == 3
    assert chart.series[0].graphicalProperties.noFill  # the invisible base
    start = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value == "Bezeichnung")
    steps = []
    r = start + 1
    while ws.cell(row=r, column=2).value:
        steps.append((ws.cell(row=r, column=3).value, ws.cell(row=r, column=4).value))
        r += 1
    assert steps[0][0] == "ohne" and steps[-1][0] == "mit"
    assert [s for s, _ in steps[1:3]] == ["Nr. 1", "Nr. 7.1"]
    assert steps[0][1] + sum(v for _, v in steps[1:-1]) == pytest.approx(steps[-1][1], abs=1e-6)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # start 100, a measure −150 (bar crosses zero), end −50
        ([("start", 100.0), ("measure", -150.0), ("end", -50.0)],
         [(0.0, 100.0, 0.0), (0.0, 100.0, -50.0), (0.0, 0.0, -50.0)]),
        # everything below zero: the invisible base reaches down to the bar's top
        ([("start", -100.0), ("measure", -50.0), ("interaction", 20.0), ("end", -130.0)],
         [(0.0, 0.0, -100.0), (-100.0, 0.0, -50.0), (-130.0, 0.0, -20.0), (0.0, 0.0, -130.0)]),
        ([("start", 50.0), ("measure", 30.0), ("end", 80.0)],
         [(0.0, 50.0, 0.0), (50.0, 30.0, 0.0), (0.0, 80.0, 0.0)]),
    ],
)
def test_waterfall_bars_are_stacked_right_on_both_sides_of_zero(values, expected) -> None:
    steps = [WaterfallStep(kind, kind, v) for kind, v in values]
    got = [(base, above, below) for *_, base, above, below in waterfall_rows(steps)]
    assert got == [pytest.approx(e) for e in expected]


def test_sheet_is_skipped_without_effects(store, tmp_path) -> None:
    con = open_user_db(tmp_path / "empty.duckdb")
    _, result = build_workbook(store, ExportRequest(user_con=con))
    assert ("Maßnahmenwirkung", "im Tracker sind keine Wirkungen von Maßnahmen erfasst") in result.skipped
    con.close()
