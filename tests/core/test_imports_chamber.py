"""Chamber figures: the Excel template, filled-in templates, CSV with the same columns, register extracts,
and the validation messages a user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from core.datastore import GEWERBEGRUPPEN
from core.errors import ImportValidationError
from core.imports.chamber import SHEET_APPRENTICES, SHEET_BUSINESSES, SHEET_HELP, SHEET_OWNERS, write_template
from core.imports.pipeline import read_import
from core.regions import load_region

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "imports"


def problems_of(path, **kw) -> list:
    with pytest.raises(ImportValidationError) as exc:
        read_import(path, **kw)
    return exc.value.problems


def test_template_has_sheets_lists_and_instructions(tmp_path):
    path = write_template(tmp_path / "vorlage.xlsx", load_region())
    wb = load_workbook(path)
    assert {SHEET_HELP, SHEET_BUSINESSES, SHEET_APPRENTICES, SHEET_OWNERS} <= set(wb.sheetnames)
    help_text = " ".join(str(c.value) for c in wb[SHEET_HELP]["A"] if c.value)
    assert "So füllen Sie die Vorlage aus" in help_text and "Leipzig" in help_text
    ws = wb[SHEET_BUSINESSES]
    assert [c.value for c in ws[1]] == ["Kreis", "Jahr", "Gewerbegruppe", "Betriebe", "Beschäftigte"]
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert any("Listen!$A$1:$A$9" in f for f in lists) and any("Listen!$B$1:$B$8" in f for f in lists)
    listed = [wb["Listen"].cell(row=i, column=2).value for i in range(1, 9)]
    assert listed == ["insgesamt", *GEWERBEGRUPPEN]
    assert wb["Listen"].sheet_state == "hidden"


def _fill(path: Path, rows: dict[str, list[list]]) -> Path:
    wb = load_workbook(path)
    for sheet, data in rows.items():
        for r in data:
            wb[sheet].append(r)
    wb.save(path)
    return path


def test_filled_template_imports_back(tmp_path):
    path = _fill(write_template(tmp_path / "v.xlsx", load_region()), {
        SHEET_BUSINESSES: [["Leipzig", 2023, "Bauhauptgewerbe", 410, 3200], ["15088", 2023, "insgesamt", 2100, 15000]],
        SHEET_APPRENTICES: [["Nordsachsen", 2023, "Kraftfahrzeuggewerbe", 55]],
        SHEET_OWNERS: [["Saalekreis", 2023, "insgesamt", "60 bis 64", 180]],
    })
    batch = read_import(path)
    assert batch.kind == "import" and batch.format == "chamber-xlsx"
    got = {(r.area_code, r.indicator, r.gewerbegruppe): r.value for r in batch.values.itertuples()}
    assert got == {
        ("14713", "businesses", "Bauhauptgewerbe"): 410, ("14713", "employees", "Bauhauptgewerbe"): 3200,
        ("15088", "businesses", "insgesamt"): 2100, ("15088", "employees", "insgesamt"): 15000,
        ("14730", "apprentices", "Kraftfahrzeuggewerbe"): 55, ("15088", "owners_60_64", "insgesamt"): 180,
    }


def test_template_errors_name_sheet_row_and_column(tmp_path):
    path = _fill(write_template(tmp_path / "v.xlsx", load_region()), {
        SHEET_BUSINESSES: [["Leipzig", 2023, "Bauhauptgewerbe", -4, 10], ["Gera", 2023, "insgesamt", 5, 10]],
    })
    probs = problems_of(path)
    by_col = {p.column: p for p in probs}
    assert by_col["Betriebe"].sheet == SHEET_BUSINESSES and by_col["Betriebe"].row == 2
    assert "Negativer Wert" in by_col["Betriebe"].de and "≥ 0" in by_col["Betriebe"].de
    assert by_col["Kreis"].row == 3 and "Gera" in by_col["Kreis"].de
    assert "Unknown district 'Gera'" in by_col["Kreis"].en


def test_csv_with_template_columns_and_computed_total():
    batch = read_import(FIXTURES / "kammer_betriebe.csv")
    v = batch.values
    leipzig = v[(v.area_code == "14713") & (v.year == 2022) & (v.indicator == "businesses")]
    groups = leipzig[leipzig.gewerbegruppe != "insgesamt"].value.sum()
    assert leipzig[leipzig.gewerbegruppe == "insgesamt"].value.iloc[0] == groups == 553
    # one employee figure is secret ('.'): no total is formed from an incomplete set of groups
    emp = v[(v.area_code == "14713") & (v.year == 2022) & (v.indicator == "employees")]
    assert "insgesamt" not in set(emp.gewerbegruppe)
    assert emp[emp.flag == "."].value.isna().all()


def test_register_extract_is_counted():
    batch = read_import(FIXTURES / "kammer_register.csv")
    v = batch.values.set_index(["area_code", "year", "indicator", "gewerbegruppe"]).value
    # 3 + i businesses per group i in each district: 3+4+...+9 = 42
    assert v[("14713", 2023, "businesses", "insgesamt")] == 42
    assert v[("14713", 2023, "businesses", "Bauhauptgewerbe")] == 3
    owners = sum(v[("14713", 2023, f"owners_{b}", "insgesamt")] for b in
                 ("u30", "30_39", "40_49", "50_59", "60_64", "65plus"))
    assert owners == 42


def test_csv_validation_messages(tmp_path):
    path = tmp_path / "kammer.csv"
    path.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe\n"
                    "Leipzig;2022;Bauhauptgewerbe;-5\n"
                    "Leipzig;1850;insgesamt;5\n"
                    "Leipzig;2023;Bau;3\n"
                    "Leipzig;2023;insgesamt;zwölf\n"
                    "Halle (Saale);2023;insgesamt;4\n"
                    "15002;2023;insgesamt;4\n", encoding="utf-8")
    probs = problems_of(path)
    text = "\n".join(p.message("de") for p in probs)
    assert "kammer.csv, Zeile 2, Spalte Betriebe: Negativer Wert „-5“" in text
    assert "Zeile 3, Spalte Jahr: Jahr „1850“ ungültig oder außerhalb des Bereichs. Erwartet: Jahr 1990–" in text
    assert "Zeile 4, Spalte Gewerbegruppe: Unbekannte Gewerbegruppe „Bau“" in text
    assert "Zeile 5, Spalte Betriebe: „zwölf“ ist keine Zahl" in text
    assert "Zeile 7: Doppelte Zeile" in text  # Halle by name and by key is the same district
    assert "row 2, column Betriebe: Negative value '-5'" in "\n".join(p.message("en") for p in probs)


def test_more_businesses_than_inhabitants_is_implausible(tmp_path, store):
    path = tmp_path / "k.csv"
    path.write_text("Kreis;Jahr;Gewerbegruppe;Beschäftigte\nAltenburger Land;2022;insgesamt;300.000\n", encoding="utf-8")
    pop = store.query("SELECT area_code, year, value FROM facts_bundled WHERE indicator='population' "
                      "AND gewerbegruppe='insgesamt'")
    (p,) = problems_of(path, population=pop)
    assert p.row == 2 and "Unplausibel: 300.000" in p.de and "Einwohnerzahl" in p.de
    path.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe\nLeipzig;2022;insgesamt;5.000.000\n", encoding="utf-8")
    (p,) = problems_of(path, population=pop)  # beyond any Kreis: one message, the range
    assert p.row == 2 and "Handwerksbetriebe 5.000.000" in p.de and "0 bis 60.000" in p.de


def test_missing_columns(tmp_path):
    path = tmp_path / "k.csv"
    path.write_text("Landkreis;Anzahl\nLeipzig;4\n", encoding="utf-8")
    (p,) = problems_of(path)
    assert "Spalten fehlen: Jahr" in p.de and p.row == 1


def test_register_duplicate_business_numbers(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("Betriebsnummer;Kreis;Jahr;Gewerbegruppe;Beschäftigte\nA1;Leipzig;2023;Ausbaugewerbe;3\n"
                    "A1;Leipzig;2023;Ausbaugewerbe;4\nA2;Leipzig;2023;insgesamt;4\n", encoding="utf-8")
    text = "\n".join(p.message() for p in problems_of(path))
    assert "Zeile 3, Spalte Betriebsnummer: Betriebsnummer A1 kommt im Jahr 2023 doppelt vor" in text
    assert "Zeile 4, Spalte Gewerbegruppe: Unbekannte Gewerbegruppe „insgesamt“" in text


def test_windows_1252_chamber_csv(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes("Kreis;Jahr;Gewerbegruppe;Beschäftigte\nMansfeld-Südharz;2023;Ausbaugewerbe;1.250\n"
                     .encode("cp1252"))
    (row,) = read_import(path).values.itertuples()
    assert (row.area_code, row.indicator, row.value) == ("15087", "employees", 1250)


def test_mixed_encoding_is_refused(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes("Kreis;Jahr;Gewerbegruppe;Betriebe\nMansfeld-Südharz;2023;insgesamt;1\n".encode()
                     + "Burgenlandkreis;2023;Gesundheitsgewerbe;2\nSaalekreis;2023;Lebensmittelgewerbe;3 \xe4\n"
                     .encode("cp1252"))
    (p,) = problems_of(path)
    assert "Falsche Zeichenkodierung" in p.de and p.row == 4


def test_xlsx_without_template_columns(tmp_path):
    wb = Workbook()
    wb.active.append(["Name", "Wert"])
    wb.active.append(["a", 1])
    wb.save(tmp_path / "x.xlsx")
    (p,) = problems_of(tmp_path / "x.xlsx")
    assert "Spalten fehlen" in p.de and p.sheet
