"""``handwerksmonitor forecast``: JSON, the German table and one-line errors with exit code 2."""

from __future__ import annotations

import json

import pytest

from core.cli import main


def test_json_output_has_years_supply_demand_gap_and_assumptions(capsys):
    assert main(["forecast", "--district", "Altenburger Land", "--group", "Gesundheit", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["years"][0] == data["base_year"] and data["years"][-1] == 2040
    assert list(data["supply"]) == ["Gesundheitsgewerbe"]
    s, d, g = (
        data["supply"]["Gesundheitsgewerbe"],
        data["demand"]["Gesundheitsgewerbe"],
        data["gap"]["Gesundheitsgewerbe"],
    )
    assert len(s) == len(d) == len(g) == len(data["years"])
    assert g[-1] == pytest.approx(d[-1] - s[-1], abs=0.11)
    assert {"key", "value", "unit", "min", "max", "source"} <= set(data["assumptions"][0])
    assert data["markers"]  # Altenburger Land has a published projection


def test_scenario_and_overrides_change_the_numbers(capsys):
    main(["forecast", "--json", "--horizon", "2030"])
    base = json.loads(capsys.readouterr().out)
    main(
        ["forecast", "--json", "--horizon", "2030", "--scenario", "pessimistisch", "--set", "productivity=0"]
    )
    pess = json.loads(capsys.readouterr().out)
    assert pess["scenario"] == "pessimistisch"
    assert pess["gap"]["Ausbaugewerbe"][-1] > base["gap"]["Ausbaugewerbe"][-1]
    assert {a["key"]: a["value"] for a in pess["assumptions"]}["apprentice_entry"] == 15.0


def test_human_output_is_a_german_table_with_sources(capsys):
    assert main(["forecast", "--horizon", "2035"]) == 0
    out = capsys.readouterr().out
    assert "Gewerbegruppe" in out and "\nNachfrage\n" in out and "Ausbaugewerbe" in out
    header = next(line for line in out.splitlines() if line.startswith("Gewerbegruppe"))
    assert header.split()[1:] == ["2022", "2030", "2035"]
    assert "Schätzung" in out and "Quellen:" in out and "eigene Projektion" in out


@pytest.mark.parametrize("argv", [[], ["--district", "Halle"], ["--district", "Altenburger Land", "--lang", "en"],
                                  ["--group", "Kraftfahrzeuggewerbe"]])
def test_human_output_fits_100_columns(capsys, argv):
    assert main(["forecast", *argv]) == 0
    out = capsys.readouterr().out
    too_wide = [line for line in out.splitlines() if len(line) > 100]
    assert not too_wide, too_wide


def test_unknown_assumption_names_the_valid_keys(capsys):
    assert main(["forecast", "--set", "productivty=1"]) == 2
    err = capsys.readouterr().err
    assert "Unbekannter Parameter „productivty“" in err and "Meinten Sie „productivity“?" in err
    from core.forecast.parameters import GLOBAL_KEYS

    assert all(k in err for k in GLOBAL_KEYS) and "demand_growth:GRUPPE" in err and "Bauhauptgewerbe" in err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--district", "Atlantis"], "Unbekannter Kreis"),
        (["--group", "xyz"], "Gewerbegruppe"),
        (["--horizon", "2100"], "Prognosehorizont"),
        (["--scenario", "gibtsnicht"], "Unbekanntes Szenario"),
        (["--set", "productivity=9"], "außerhalb"),
        (["--set", "productivity"], "SCHLÜSSEL=ZAHL"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_code_2(capsys, argv, needle):
    assert main(["forecast", *argv]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
