"""Excel export of the study parts: SWOT (linked both ways with the recommendations), survey, apprenticeships."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

import resources
from core import apprenticeships, survey, swot
from core.datastore import DataStore
from core.export import ExportRequest, export_workbook


@pytest.fixture
def con() -> Iterator:
    from core.userdb import open_user_db

    c = open_user_db()
    yield c
    c.close()


def _export(store: DataStore, tmp_path: Path, user_con=None) -> openpyxl.Workbook:
    out = tmp_path / "study.xlsx"
    export_workbook(store, out, ExportRequest(districts=["15088"], scenario="Basis", user_con=user_con))
    return openpyxl.load_workbook(out)


def _header_row(ws, first: str) -> int:
    return next(r[0].row for r in ws.iter_rows(min_row=1, max_row=15) if r[0].value == first)


def _rows(ws, first: str) -> tuple[list[str], list[list]]:
    h = _header_row(ws, first)
    header = []
    for c in ws[h]:
        if c.value is None:
            break
        header.append(c.value)
    rows = [[c.value for c in r[: len(header)]] for r in ws.iter_rows(min_row=h + 1) if r[0].value is not None]
    return header, rows


def _dicts(ws, first: str) -> list[dict]:
    header, rows = _rows(ws, first)
    return [dict(zip(header, r, strict=True)) for r in rows]


def test_study_sheets_come_before_assumptions_and_sources(store: DataStore, con, tmp_path: Path) -> None:
    names = _export(store, tmp_path, con).sheetnames
    assert names.index("Empfehlungen") < names.index("SWOT") < names.index("Befragung") < names.index("Ausbildung")
    assert names[-1] == "Quellen"


def test_swot_sheet_equals_the_board_and_links_recommendations_both_ways(
    store: DataStore, con, tmp_path: Path
) -> None:
    new_id = swot.add_item(con, "threats", "Eigener Punkt der Kammer", recommendations=[2, 7])
    wb = _export(store, tmp_path, con)
    rows = _dicts(wb["SWOT"], "Kategorie")
    board = swot.board(con)
    expected = [
        (swot.CATEGORY_LABELS[cat][0], it["id"], it["text"], it["source"], ", ".join(map(str, it["recommendations"])))
        for cat in swot.CATEGORIES
        for it in board[cat]
    ]
    got = [
        (r["Kategorie"], r["Nr."], r["Aussage"], r["Quelle (Stelle in der Studie)"], r["Empfehlungen"])
        for r in rows
    ]
    assert got == expected
    assert next(r for r in rows if r["Nr."] == new_id)["Herkunft"] == "eigene Eingabe"
    # recommendation -> items (Empfehlungen, "SWOT-Bezug") agrees with core and with the SWOT sheet
    recs = [r for r in _dicts(wb["Empfehlungen"], "Nr.") if r["Art"] == "Empfehlung"]
    assert len(recs) == 10
    by_number = {int(r["Nr."]): r["SWOT-Bezug"] for r in recs}
    for n, listed in by_number.items():
        assert listed, f"recommendation {n} answers no SWOT item"
        assert set(listed.split(", ")) == {it.id for it in swot.links_for_recommendation(con, n)}
    assert new_id in by_number[2].split(", ") and new_id in by_number[7].split(", ")
    for r in rows:
        for n in r["Empfehlungen"].split(", "):
            assert r["Nr."] in by_number[int(n)].split(", ")


def test_user_typed_swot_text_is_stored_as_text_never_a_formula(store: DataStore, con, tmp_path: Path) -> None:
    new_id = swot.add_item(con, "weaknesses", "=1+1", source="@SUM(A1)", recommendations=[1])
    ws = _export(store, tmp_path, con)["SWOT"]
    row = next(r for r in ws.iter_rows() if r[1].value == new_id)
    assert row[2].value == "=1+1" and row[2].data_type == "s" and row[2].quotePrefix
    assert row[3].value == "@SUM(A1)" and row[3].data_type == "s"
    assert not [c.coordinate for r in ws.iter_rows() for c in r if c.data_type == "f"]


def test_study_passages_of_the_swot_are_listed_in_the_sources_sheet(store: DataStore, con, tmp_path: Path) -> None:
    wb = _export(store, tmp_path, con)
    study = next(r for r in _dicts(wb["Quellen"], "Titel") if r["Kennung"] == "study")
    assert study["Art"] == "Studie"
    for it in swot.items(con):
        passage = it.source.removeprefix("Studie „Zukunftsfaktor Handwerk“, ")
        assert passage in study["Verfahren / Hinweis"], it.id


def test_without_user_database_swot_is_the_study_seed_and_no_tracker(store: DataStore, tmp_path: Path) -> None:
    wb = _export(store, tmp_path, None)
    assert "Empfehlungen" not in wb.sheetnames
    seed = json.loads(resources.path("study", "swot_seed.json").read_text("utf-8"))["items"]
    rows = _dicts(wb["SWOT"], "Kategorie")
    assert sorted((r["Nr."], r["Aussage"]) for r in rows) == sorted((i["id"], i["text"]) for i in seed)
    assert {r["Herkunft"] for r in rows} == {"Studie"}
    header, _ = _rows(wb["Befragung"], "Antwort")
    assert header == ["Antwort", survey.study_result().label]


def test_survey_sheet_has_study_and_chamber_surveys_with_year_n_kind_and_a_bar_chart(
    store: DataStore, con, tmp_path: Path
) -> None:
    survey.add_survey(con, 2024, 120, {"same_trade": 55.0, "none": 20.0})
    ws = _export(store, tmp_path, con)["Befragung"]
    results = survey.all_results(con)
    header, rows = _rows(ws, "Antwort")
    assert header[1:] == [r.label for r in results]
    assert "N=235" in header[1] and "N=120" in header[2]
    assert [r[0] for r in rows] == [label for _, label in survey.answers("de")]
    for (key, _), row in zip(survey.answers("de"), rows, strict=True):
        for res, cell in zip(results, row[1:], strict=True):
            assert cell == (pytest.approx(res.percents[key] / 100) if key in res.percents else None)
    h = _header_row(ws, "Antwort")
    assert ws.cell(h + 1, 2).number_format == "0.0%"
    assert any(str(ws.cell(r, 1).value).startswith("Frage: ") for r in range(3, h))
    meta_col = next(c.column for c in ws[h] if c.value == "Befragung")
    meta = [[ws.cell(h + i, meta_col + j).value for j in range(4)] for i in (1, 2)]
    assert meta[0][1:] == [results[0].year, 235, "Studie"]
    assert meta[1][1:] == [2024, 120, "Import"]
    (chart,) = ws._charts
    assert chart.tagname == "barChart" and len(chart.series) == 2
    last = h + len(rows)
    assert chart.series[0].val.numRef.f == f"'Befragung'!$B${h + 1}:$B${last}"
    assert chart.series[1].tx.strRef.f.replace("$", "") == f"'Befragung'!C{h}"  # legend: year and N


def test_apprenticeship_sheet_lists_every_published_point_with_its_source(store: DataStore, tmp_path: Path) -> None:
    ws = _export(store, tmp_path, None)["Ausbildung"]
    rows = _dicts(ws, "Region")
    series = apprenticeships.all_series(store)
    assert len(rows) == sum(len(s.points) for s in series)
    s = next(s for s in series if s.points and s.points[0].url)
    p = s.points[0]
    row = next(r for r in rows if r["Reihe"] == s.label() and r["Stichtag"].date() == dt.date.fromisoformat(p.date))
    assert row["Wert"] == pytest.approx(p.value)
    assert row["Herausgeber"] == s.publisher and row["Quelle (Adresse)"] == p.url
    assert row["Art"] == {"official": "amtlich", "published": "veröffentlicht"}[s.kind]
    assert {r["Art"] for r in rows} <= {"amtlich", "veröffentlicht", "Import"}
    h = _header_row(ws, "Region")
    assert ws.cell(h + 1, 3).number_format == "DD.MM.YYYY"
    assert any("nicht die IRMD" in str(ws.cell(r, 1).value) for r in range(3, h))
    # every series keeps exactly its published points; a year between two published ones stays missing
    for s_ in series:
        mine = [r for r in rows if r["Reihe"] == s_.label()]
        assert len(mine) == sum(len(x.points) for x in series if x.label() == s_.label())
    gappy = next(x for x in series if len(apprenticeships.chart_segments(x)) > 1)
    runs = apprenticeships.chart_segments(gappy)
    missing_year = runs[0][-1][0] + 1
    assert missing_year not in gappy.years()
    years = {r["Stichtag"].year for r in rows if r["Reihe"] == gappy.label()}
    assert missing_year not in years and runs[0][-1][0] in years
