"""Excel export: sheets, values against core, number formats, charts, sources, formula safety, atomic write, CLI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import openpyxl
import pytest

from core.datastore import GEWERBEGRUPPEN, DataStore
from core.errors import ExportError
from core.export import ExportRequest, build_workbook, export_workbook
from core.export.atomic import atomic_write
from core.export.cells import set_value
from core.export.table import Column, SheetTable, write_table

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "=cmd|' /C calc'!A0",
]


def _with_groups(store: DataStore) -> DataStore:
    """The bundled store if it has group data; else a copy with a small, clearly synthetic group table
    (test input only, so the sheet logic is tested before the estimate dataset lands)."""
    n = store.query("SELECT count(*) AS n FROM facts WHERE gewerbegruppe <> 'insgesamt'")["n"].iloc[0]
    if n:
        return store
    s = DataStore(store.region)
    areas = [*store.region.district_codes, "DG"]
    for ai, area in enumerate(areas):
        scale = 1000 if area == "DG" else 1
        for year in range(2010, 2019):
            for gi, g in enumerate(GEWERBEGRUPPEN):
                b = (100 + 10 * gi + ai + (year - 2010) * (gi - 3)) * scale
                for ind, v in (("businesses", b), ("employees", b * (4 + gi % 3))):
                    s.con.execute(
                        "INSERT INTO facts VALUES (?, ?, ?, ?, ?, NULL, 'estimate', 'test_estimate')",
                        [area, year, ind, g, float(v)],
                    )
    s.facts_version += 1
    return s


@pytest.fixture(scope="module")
def gstore() -> DataStore:
    return _with_groups(DataStore())


@pytest.fixture(scope="module")
def workbook_path(gstore: DataStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("xlsx") / "export.xlsx"
    export_workbook(gstore, out, ExportRequest())
    return out


def _find_header(ws, first: str) -> int:
    for row in ws.iter_rows(min_row=1, max_row=15):
        if row[0].value == first:
            return row[0].row
    raise AssertionError(f"no header {first!r} in {ws.title}")


def _table(ws, first: str) -> tuple[list[str], list[list]]:
    h = _find_header(ws, first)
    header = [c.value for c in ws[h] if c.value is not None]
    rows = [
        [c.value for c in r[: len(header)]] for r in ws.iter_rows(min_row=h + 1) if r[0].value is not None
    ]
    return header, rows


def test_workbook_has_one_sheet_per_table_and_sources(workbook_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook_path)
    for name in ("Kreisprofil", "Bevölkerung", "Handwerksunternehmen", "Gewerbegruppen", "Portfolio", "Quellen"):
        assert name in wb.sheetnames
    assert wb.sheetnames[-1] == "Quellen"
    for ws in wb.worksheets:
        assert ws["A1"].value and ws["A1"].font.b  # title
        assert str(ws["A2"].value).startswith(("Quelle", "Datenstand"))  # source line


def test_population_values_match_core_with_formats_chart_and_frozen_header(
    workbook_path: Path, gstore: DataStore
) -> None:
    ws = openpyxl.load_workbook(workbook_path)["Bevölkerung"]
    header, rows = _table(ws, "Jahr")
    assert header[1:] == [gstore.region.area_name(c) for c in gstore.region.district_codes] + [
        gstore.region.name
    ]
    leipzig = gstore.series("14713", "population")
    col = header.index("Leipzig")
    by_year = {r[0]: r[col] for r in rows}
    for year, value in leipzig.items():
        assert by_year[year] == pytest.approx(value)
    h = _find_header(ws, "Jahr")
    assert ws.cell(h + 1, col + 1).number_format == "#,##0"
    assert ws.freeze_panes == f"A{h + 1}"
    assert ws.auto_filter.ref.startswith(f"A{h}:")
    assert ws[f"A{h}"].font.b and ws[f"A{h}"].fill.fgColor.rgb.endswith("1F4E79")
    (chart,) = ws._charts
    assert chart.tagname == "lineChart"
    assert len(chart.series) == len(header) - 2  # the districts; the region total would flatten them
    last = h + len(rows)
    assert chart.series[0].val.numRef.f == f"'Bevölkerung'!$B${h + 1}:$B${last}"
    assert chart.series[0].cat.numRef.f == f"'Bevölkerung'!$A${h + 1}:$A${last}"


def test_profile_and_groups_match_core_and_are_marked_schaetzung(
    workbook_path: Path, gstore: DataStore
) -> None:
    from core.profile import district_profile

    wb = openpyxl.load_workbook(workbook_path)
    p = district_profile(gstore, "Saalekreis")
    _, rows = _table(wb["Kreisprofil"], "Kreis")
    mine = {r[1]: r for r in rows if r[0] == "Saalekreis"}
    assert mine["Einwohner (31.12.)"][2] == pytest.approx(p.population_year.value)
    assert mine["Handwerksunternehmen"][2] == pytest.approx(p.businesses.value)
    assert mine["Handwerksunternehmen"][5] == ("Schätzung" if p.businesses.is_estimate else "amtlich")
    kp = wb["Kreisprofil"]
    h = _find_header(kp, "Kreis")
    fmt = {kp.cell(r, 2).value: kp.cell(r, 3).number_format for r in range(h + 1, h + 8)}
    assert fmt["Einwohner (31.12.)"] == "#,##0" and fmt["Tätige Personen je Unternehmen"] == "#,##0.0"
    header, grows = _table(wb["Gewerbegruppen"], "Kreis")
    sk = [r for r in grows if r[0] == "Saalekreis"]
    assert [r[1] for r in sk] == list(GEWERBEGRUPPEN)
    emp = header.index("Tätige Personen")
    for r in sk:
        assert r[emp] == pytest.approx(p.groups[r[1]].employees.value)
        assert r[-1] == "Schätzung"
    ws = wb["Gewerbegruppen"]
    h = _find_header(ws, "Kreis")
    assert any("Schätzung" in str(ws.cell(r, 1).value) for r in range(3, h))  # note row
    assert ws.cell(h + 1, header.index("Anteil Beschäftigte") + 1).number_format == "0.0%"
    assert ws.cell(h + 1, header.index("Unternehmen") + 1).number_format == "#,##0"


def test_portfolio_sheet_has_bubble_chart_over_region_rows(workbook_path: Path, gstore: DataStore) -> None:
    from core.portfolio import portfolio

    ws = openpyxl.load_workbook(workbook_path)["Portfolio"]
    header, rows = _table(ws, "Gebiet")
    df = portfolio(gstore)
    region_rows = [r for r in rows if r[0] == gstore.region.name]
    assert [r[2] for r in region_rows] == list(df["gewerbegruppe"])
    lq = header.index("Lokalisations-faktor")
    assert [r[lq] for r in region_rows] == pytest.approx(list(df["lq"]))
    (chart,) = ws._charts
    assert chart.tagname == "bubbleChart"
    assert len(chart.series) == len(GEWERBEGRUPPEN)
    h = _find_header(ws, "Gebiet")
    s0 = chart.series[0]
    assert s0.xVal.numRef.f == f"'Portfolio'!$D${h + 1}"
    assert s0.yVal.numRef.f == f"'Portfolio'!$E${h + 1}"
    assert s0.bubbleSize.numRef.f == f"'Portfolio'!$G${h + 1}"


def test_sources_sheet_lists_every_dataset_with_kind(workbook_path: Path) -> None:
    from core import provenance

    ws = openpyxl.load_workbook(workbook_path)["Quellen"]
    header, rows = _table(ws, "Titel")
    assert header[:6] == ["Titel", "Herausgeber", "Quelle / Adresse", "Lizenz", "Stand", "Art"]
    ids = {r[header.index("Kennung")] for r in rows}
    assert {"population", "handwerkszaehlung"} <= ids
    for r in rows:
        rid = r[header.index("Kennung")]
        if rid in provenance.bundled_catalog():
            p = provenance.get(rid)
            assert r[0] == p.title and r[4] == p.localized("de").stand  # a German date: 31.12.2021
            assert r[5] == provenance.KIND_LABEL_DE[p.kind]
    estimates = [i for i in ids if i in provenance.bundled_catalog() and provenance.get(i).kind == "estimate"]
    for rid in estimates:
        assert next(r for r in rows if r[-1] == rid)[5] == "Schätzung"


def test_single_district_export_holds_only_that_district(gstore: DataStore, tmp_path: Path) -> None:
    out = tmp_path / "one.xlsx"
    export_workbook(gstore, out, ExportRequest(districts=["15088"]))
    wb = openpyxl.load_workbook(out)
    _, rows = _table(wb["Kreisprofil"], "Kreis")
    assert {r[0] for r in rows} == {"Saalekreis"}


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_stored_as_plain_text_never_a_formula(text: str, tmp_path: Path) -> None:
    table = SheetTable("T", text, text, [Column(text), Column("n", "#,##0")], [[text, 1.0], ["ok", 2]])
    wb = openpyxl.Workbook()
    write_table(wb.active, table)
    out = tmp_path / "h.xlsx"
    wb.save(out)
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    shown = text.replace("\r", "\n")  # xlsx (XML) keeps line ends as \n
    assert ws["A1"].value == shown and ws["A1"].data_type == "s"
    h = _find_header(ws, shown)
    assert ws.cell(h + 1, 1).value == shown
    assert ws.cell(h + 1, 1).quotePrefix  # an edit in Excel keeps it text


def test_numbers_stay_numbers_and_illegal_control_characters_are_dropped() -> None:
    ws = openpyxl.Workbook().active
    assert set_value(ws["A1"], -2.5).data_type == "n"
    assert set_value(ws["A2"], "a\x00b\x07c").value == "abc"


def test_atomic_write_failure_keeps_previous_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous")

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError) as exc:
        atomic_write(target, broken)
    assert "konnte nicht geschrieben werden" in exc.value.de
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_locked_target_gives_clear_german_message(
    gstore: DataStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "open_in_excel.xlsx"
    target.write_bytes(b"previous")

    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError) as exc:
        export_workbook(gstore, target, ExportRequest(districts=["15088"]))
    assert "in einem anderen Programm geöffnet" in exc.value.de
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["open_in_excel.xlsx"]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_folder_gives_clear_message(gstore: DataStore, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="schreibgeschützt"):
            export_workbook(gstore, folder / "x.xlsx", ExportRequest(districts=["15088"]))
    finally:
        folder.chmod(0o700)


def test_missing_modules_are_skipped_with_a_reason(gstore: DataStore) -> None:
    _, result = build_workbook(gstore, ExportRequest(districts=["15088"]))
    for sheet, reason in result.skipped:
        assert sheet not in result.sheets and reason


def _cli(*args: str) -> int:
    from core.cli import main

    return main(list(args))


def test_cli_writes_all_districts_in_one_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "alle.xlsx"
    assert _cli("export", "--out", str(out), "--all-districts") == 0
    wb = openpyxl.load_workbook(out)
    assert "Quellen" in wb.sheetnames and "Bevölkerung" in wb.sheetnames
    header, _ = _table(wb["Bevölkerung"], "Jahr")
    assert len(header) == 1 + 9 + 1  # year, nine districts, region
    assert "Geschrieben" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--district", "Atlantis"], "Unbekannter Kreis"),
        (["--district", "Leipzig", "--all-districts"], "nicht beides"),
    ],
)
def test_cli_bad_input_one_line_exit_2(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli("export", "--out", str(tmp_path / "x.xlsx"), *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_cli_missing_folder_and_wrong_suffix_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli("export", "--out", str(tmp_path / "nope" / "x.xlsx")) == 2
    assert "existiert nicht" in capsys.readouterr().err
    assert _cli("export", "--out", str(tmp_path / "x.csv")) == 2
    assert ".xlsx" in capsys.readouterr().err


def test_portfolio_sheet_warns_about_the_hwo_break_only_when_the_period_crosses_it(gstore):
    from openpyxl import Workbook

    from core.export.workbook import BuildState, ExportRequest, build_portfolio

    texts = {}
    for start, end in ((2010, 2018), (2018, 2022)):
        wb = Workbook()
        build_portfolio(BuildState(wb, gstore, ExportRequest(start=start, end=end)))
        ws = wb["Portfolio"]
        texts[start] = " ".join(str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str))
    assert "HwO 2020" not in texts[2010]
    assert "HwO 2020" in texts[2018] and "2018–2022" in texts[2018]


def test_no_estimated_or_projected_value_is_marked_daten(workbook_path: Path) -> None:
    wb = openpyxl.load_workbook(workbook_path)
    forecast_sheets = [n for n in wb.sheetnames if n.startswith("Prognose ") and n != "Prognose Vergleich"]
    assert forecast_sheets
    for name in forecast_sheets:
        header, rows = _table(wb[name], "Gewerbegruppe")
        years = [r[header.index("Jahr")] for r in rows]
        kinds = [r[header.index("Kennzeichnung")] for r in rows]
        base = min(years)
        assert {k for y, k in zip(years, kinds, strict=True) if y == base} == {"Schätzung"}, name
        assert {k for y, k in zip(years, kinds, strict=True) if y > base} == {"Projektion"}, name
    for ws in wb.worksheets:  # no "Daten" label in any Kennzeichnung column of any sheet
        for row in ws.iter_rows(min_row=1, max_row=20):
            for c in row:
                if c.value == "Kennzeichnung":
                    values = {ws.cell(row=r, column=c.column).value for r in range(c.row + 1, ws.max_row + 1)}
                    assert "Daten" not in values, ws.title


def test_comparison_sheet_sets_the_model_beside_each_published_projection(workbook_path: Path) -> None:
    ws = openpyxl.load_workbook(workbook_path)["Prognose Vergleich"]
    header, rows = _table(ws, "Quelle")
    assert len(rows) >= 10
    for col in ("Gebiet", "Feld", "von", "bis", "veröffent-licht (%)", "Modell Angebot bis 2035 (%)",
                "Modell Nachfrage bis 2040 (%)", "Adresse"):
        assert col in header
    shk = next(r for r in rows if r[0] == "QuBe-Portal/SHK" and "gelernter" in r[header.index("Größe")]
               and r[header.index("bis")] == 2035)
    assert shk[header.index("veröffent-licht (%)")] == -17.0
    assert isinstance(shk[header.index("Modell Angebot bis 2035 (%)")], float)
    # like for like: the model's supply over the same years beside the published supply
    assert shk[header.index("Modell, gleiche Größe (%)")] == shk[header.index("Modell Angebot bis Zieljahr (%)")]


def test_sources_sheet_names_inputs_imports_glossary_and_chamber_counts(workbook_path: Path) -> None:
    ws = openpyxl.load_workbook(workbook_path)["Quellen"]
    header, rows = _table(ws, "Titel")
    ids = {r[header.index("Kennung")] for r in rows}
    # the estimate's margins, the age table, the projection anchors and the published benchmarks
    assert {"estimate_gewerbegruppen", "handwerkszaehlung", "urs_2014", "handwerk_gewerbegruppen_zdh",
            "population_agegroups17", "projection_published", "forecast_anchors_external",
            "workforce_age_flows"} <= ids
    urs = next(r for r in rows if r[header.index("Kennung")] == "urs_2014")
    assert "Schätzung" in urs[header.index("Eingang von")]
    text = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Begriffe" in text and "Betriebsdichte" in text and "Business density" in text
    assert any("Unternehmen der Handwerkszählung" in t or "Handwerkszählung (Statistische Ämter" in t for t in text)
    assert any(t.startswith("Leipzig, Stadt, 2010-12-31: 5.107 Betriebe") and "Differenz" in t for t in text)


def test_population_chart_leaves_a_gap_at_each_census_change(workbook_path: Path) -> None:
    ws = openpyxl.load_workbook(workbook_path)["Bevölkerung"]
    header, rows = _table(ws, "Jahr")
    labels = [r[0] for r in rows]
    for year, name in ((2010, "Zensus 2011"), (2022, "Zensus 2022")):
        i = labels.index(name)
        assert labels[i + 1] == year and all(v is None for v in rows[i][1:])  # empty row: the line stops
    assert ws._charts and ws._charts[0].display_blanks == "gap"
    notes = " ".join(str(ws.cell(row=r, column=1).value) for r in range(3, 8))
    assert "Zensus 2022" in notes
