"""Every user-given name works everywhere: scenario names with / \\ ? * [ ] : become valid, unique sheet
names (the Excel export crashed on "Szenario 2025/26"), and names starting with "-" pass after "--"."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.cli import main
from core.export.sheet_names import safe_sheet_name
from core.forecast import scenarios
from core.userdb import open_user_db

HOSTILE = ["Szenario 2025/26", "A:B?*[x]\\y", "'zitiert'", "x" * 40, "x" * 40 + "!", "History", "\x1b[31mrot",
           "-Minus"]


def test_safe_sheet_name_rules() -> None:
    taken: list[str] = []
    for name in [*HOSTILE, "prognose a", "Prognose A", "", "   "]:
        sheet = safe_sheet_name(name, taken)
        assert 0 < len(sheet) <= 31
        assert not set("/\\?*[]:") & set(sheet) and not sheet.startswith("'") and not sheet.endswith("'")
        assert sheet.lower() not in {t.lower() for t in taken} and sheet.lower() != "history"
        assert "\x1b" not in sheet
        taken.append(sheet)


@pytest.mark.parametrize("name", HOSTILE)
def test_export_with_a_scenario_of_any_name(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    con = open_user_db()
    try:
        scenarios.save(con, name, {"productivity": 1.0})
        saved = scenarios.list_names(con)[-1]
    finally:
        con.close()
    out = tmp_path / "export.xlsx"
    assert main(["export", f"--out={out}", "--district", "Leipzig", f"--scenario={saved}"]) == 0, capsys.readouterr()
    sheets = load_workbook(out, read_only=True).sheetnames
    forecast = [s for s in sheets if s.startswith("Prognose") and s != "Prognose Vergleich"]
    assert "Prognose Vergleich" in sheets and len(forecast) == 1 and len(forecast[0]) <= 31
    assert not set("/\\?*[]:") & set(forecast[0])


def test_two_scenarios_that_shorten_to_the_same_name_get_distinct_sheets(store) -> None:
    from openpyxl import Workbook

    from core.export.table import Column, SheetTable
    from core.export.workbook import BuildState, ExportRequest

    st = BuildState(Workbook(), store, ExportRequest([]))
    names = []
    for n in ("Prognose " + "y" * 30 + "1", "Prognose " + "y" * 30 + "2"):
        ws, _ = st.add(SheetTable(name=n, title=n, source="Test", columns=[Column("a")], rows=[[1]]))
        names.append(ws.title)
    assert names[0] != names[1] and all(len(n) <= 31 for n in names)


def test_file_names_starting_with_a_dash_after_double_dash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    src = Path(__file__).resolve().parents[1] / "data" / "imports" / "kammer_betriebe.csv"
    (tmp_path / "-daten.csv").write_bytes(src.read_bytes())
    assert main(["import", "--dry-run", "--", "-daten.csv"]) == 0
    assert "-daten.csv" in capsys.readouterr().out
    assert main(["tracker", "export", "--", "-tracker.hwmtracker"]) == 0
    assert (tmp_path / "-tracker.hwmtracker").exists()
    assert main(["tracker", "import", "--", "-tracker.hwmtracker"]) == 0


def test_an_option_value_starting_with_a_dash_gets_a_hint(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["forecast", "--scenario", "-Minus"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--scenario=-Minus" in err and "Traceback" not in err
