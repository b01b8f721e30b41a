"""The chamber template's study parts: the chamber's own apprentice series (sheet "Auszubildende") and
later cooperation surveys (sheet "Befragung Kooperation") imported through the public import API
(read_import + save_version), shown as their own series / survey results with the import as source."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core import apprenticeships, survey
from core.cli import main
from core.errors import ImportValidationError
from core.imports import versions
from core.imports.chamber import SHEET_APPRENTICES, SHEET_SURVEY, write_template
from core.imports.pipeline import read_import
from core.regions import load_region
from core.userdb import open_user_db

ANSWER_HEADERS = [label for _k, label in survey.answers()]
SURVEY_ROW = [2025, 180, 52, 31, 18, 10, 8, 4, 27]  # Jahr, N, then the answers in the study's order


def filled_template(path: Path, apprentices: list[list], surveys: list[list]) -> Path:
    """The app's template, filled in as a chamber would (openpyxl appends below the header)."""
    write_template(path, load_region())
    wb = load_workbook(path)
    for row in apprentices:
        wb[SHEET_APPRENTICES].append(row)
    for row in surveys:
        wb[SHEET_SURVEY].append(row)
    wb.save(path)
    return path


@pytest.fixture
def con():
    c = open_user_db()
    yield c
    c.close()


def today_de() -> str:
    return dt.date.today().strftime("%d.%m.%Y")


def test_template_survey_sheet_has_question_columns_and_checks(tmp_path):
    wb = load_workbook(write_template(tmp_path / "vorlage.xlsx", load_region()))
    ws = wb[SHEET_SURVEY]
    assert survey.question() in ws["A1"].value
    assert [c.value for c in ws[2]] == ["Jahr", "N", *ANSWER_HEADERS]
    rules = {(dv.type, dv.operator, dv.formula1, dv.formula2): str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert rules[("whole", "greaterThan", "0", None)] == "B3:B500"  # N > 0
    assert rules[("decimal", "between", "0", "100")] == "C3:I500"  # percent
    assert any(k[0] == "whole" and k[2] == "2000" for k in rules)  # year range
    help_text = " ".join(str(c.value) for c in wb["Anleitung"]["A"] if c.value)
    assert "Befragung Kooperation" in help_text and "31.12." in help_text


def test_apprentices_and_survey_import_as_own_series_and_survey(tmp_path, store, con):
    path = filled_template(tmp_path / "kammer.xlsx", apprentices=[
        ["Leipzig", 2021, "insgesamt", 1480],
        ["Leipzig", 2023, "insgesamt", 1530],  # 2022 not given: stays missing
        ["Nordsachsen", 2023, "Bauhauptgewerbe", 95],
    ], surveys=[SURVEY_ROW])
    batch = read_import(path)
    vid = versions.save_version(con, batch)

    series = apprenticeships.import_series(store, con)
    by_key = {(s.region_code, s.breakdown): s for s in series}
    assert set(by_key) == {("14713", "total"), ("14730", "Bauhauptgewerbe")}
    leipzig = by_key[("14713", "total")]
    assert [(p.date, p.value) for p in leipzig.points] == [("2021-12-31", 1480.0), ("2023-12-31", 1530.0)]
    assert 2022 not in leipzig.years()
    assert (leipzig.family, leipzig.kind, leipzig.region_name) == ("import", "import", "Leipzig")
    assert f"Kammerdaten (Import {vid}, kammer.xlsx, {today_de()})" in leipzig.label()
    src = leipzig.source()
    assert src["kind"] == "import" and src["id"] == f"import:{vid}" and src["file"] == "kammer.xlsx"
    assert [s.region_code for s in apprenticeships.all_series(store, "14713", extra=series)] == ["14713"]
    assert leipzig in apprenticeships.all_series(store, extra=series)

    results = survey.all_results(con)
    assert results[0].kind == "study"
    later = results[-1]
    assert later.label == "Kammerbefragung 2025 (N=180)" and later.kind == "import"
    assert [later.percents[k] for k, _ in survey.answers()] == SURVEY_ROW[2:]
    assert later.source["id"] == f"import:{vid}" and later.source["kind"] == "import"


def test_bad_survey_row_is_refused_with_sheet_row_column_and_nothing_written(tmp_path, con, capsys):
    path = filled_template(tmp_path / "kammer.xlsx", apprentices=[["Leipzig", 2023, "insgesamt", 1530]],
                           surveys=[[2025, 0, 120, 31, 18, 10, 8, 4, 27]])
    assert main(["import", str(path)]) == 2  # headless import: refused as a whole, messages on stderr
    assert "Zeile 3, Spalte N" in capsys.readouterr().err
    with pytest.raises(ImportValidationError) as exc:
        read_import(path)
    by_col = {p.column: p for p in exc.value.problems}
    n, pct = by_col["N"], by_col[ANSWER_HEADERS[0]]
    assert (n.sheet, n.row, pct.sheet, pct.row) == (SHEET_SURVEY, 3, SHEET_SURVEY, 3)
    assert "größer als 0" in n.de and "greater than 0" in n.en
    assert "120 %" in pct.de and "0–100" in pct.de and "0–100" in pct.en
    text = exc.value.message("de")
    assert "Blatt Befragung Kooperation, Zeile 3, Spalte N" in text and "nichts importiert" in text
    assert "sheet Befragung Kooperation, row 3, column N" in exc.value.message("en")
    # nothing of the file was written: no data version, no survey, no apprentice series
    assert versions.list_versions(con, include_undone=True) == []
    assert len(survey.all_results(con)) == 1


@pytest.mark.parametrize("row, column, expected", [
    ([1999, 180, 52], "Jahr", "2000–"),
    ([2025, 12.5, 52], "N", "ganze Zahl"),
    ([2025, 180, "viel"], ANSWER_HEADERS[0], "keine Zahl"),
])
def test_each_survey_check_names_its_column(tmp_path, row, column, expected):
    path = filled_template(tmp_path / "k.xlsx", apprentices=[], surveys=[row])
    with pytest.raises(ImportValidationError) as exc:
        read_import(path)
    (p,) = exc.value.problems
    assert (p.sheet, p.row, p.column) == (SHEET_SURVEY, 3, column) and expected in p.de


def test_same_year_twice_is_refused(tmp_path):
    path = filled_template(tmp_path / "k.xlsx", apprentices=[], surveys=[SURVEY_ROW, SURVEY_ROW])
    with pytest.raises(ImportValidationError) as exc:
        read_import(path)
    (p,) = exc.value.problems
    assert p.row == 4 and "mehrfach" in p.de and "auch Zeile 3" in p.de


def test_survey_csv_with_the_same_columns(tmp_path, con):
    path = tmp_path / "befragung.csv"
    path.write_text("Jahr;N;" + ";".join(ANSWER_HEADERS) + "\n2026;212;47,5;29;20 %;11;7;;25\n", encoding="cp1252")
    batch = read_import(path)
    assert batch.format == "chamber-csv"
    versions.save_version(con, batch)
    later = survey.all_results(con)[-1]
    assert later.label == "Kammerbefragung 2026 (N=212)"
    assert later.percents["same_trade"] == 47.5 and later.percents["it_firms"] == 20
    assert "research" not in later.percents  # left empty: not asked, no bar


def test_undo_and_bundled_data_hide_the_import_again(tmp_path, store, con):
    path = filled_template(tmp_path / "kammer.xlsx", apprentices=[["Halle (Saale)", 2024, "insgesamt", 900]],
                           surveys=[SURVEY_ROW])
    vid = versions.save_version(con, read_import(path))
    assert apprenticeships.import_series(store, con) and len(survey.all_results(con)) == 2
    versions.set_active(con, None)  # the bundled data: no import on screen
    assert apprenticeships.import_series(store, con) == [] and len(survey.all_results(con)) == 1
    versions.set_active(con, vid)
    assert len(apprenticeships.import_series(store, con)) == 1
    versions.undo_import(con, vid)  # series and survey were one import: both go
    assert apprenticeships.import_series(store, con) == [] and len(survey.all_results(con)) == 1


def test_cli_lists_the_imported_series_with_its_import(tmp_path, capsys):
    path = filled_template(tmp_path / "kammer.xlsx", apprentices=[["Saalekreis", 2024, "insgesamt", 640]],
                           surveys=[])
    c = open_user_db()
    try:
        vid = versions.save_version(c, read_import(path))
    finally:
        c.close()
    assert main(["apprenticeships", "--region", "15088", "--json"]) == 0
    (s,) = json.loads(capsys.readouterr().out)
    assert s["region_code"] == "15088" and s["definition_family"] == "import"
    assert s["points"] == [{"date": "2024-12-31", "value": 640.0, "approximate": False}]
    assert s["source"]["kind"] == "import" and s["source"]["id"] == f"import:{vid}"
    assert f"Import {vid}, kammer.xlsx" in s["label"]
    assert main(["apprenticeships", "--region", "15088"]) == 0
    out = capsys.readouterr().out
    assert "31.12.2024  640" in out and f"Datenstand {vid}" in out


def test_excel_export_carries_the_imported_apprentice_series(tmp_path, store, con):
    """The 'Ausbildung' sheet lists the chamber's own imported series beside the published ones."""
    from core.export.workbook import ExportRequest, export_workbook

    path = filled_template(tmp_path / "kammer.xlsx", apprentices=[["Leipzig", 2023, "insgesamt", 1530]], surveys=[])
    vid = versions.save_version(con, read_import(path))
    out = export_workbook(store, tmp_path / "export.xlsx", ExportRequest(districts=["14713"], user_con=con))
    ws = load_workbook(out.path)["Ausbildung"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    hit = [r for r in rows if any(isinstance(v, str) and f"Import {vid}" in v for v in r)]
    assert hit and any(v == 1530 for v in hit[0])
