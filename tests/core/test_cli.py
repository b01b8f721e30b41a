"""The headless contract: ``handwerksmonitor profile | portfolio | sources`` (core.cli), a second region
added by one file, and no Qt anywhere on the command-line path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.datastore import GEWERBEGRUPPEN

ROOT = Path(__file__).resolve().parents[2]
QT_PREFIXES = ("PySide6", "pyqtgraph", "shiboken6", "gui")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


# -- profile ---------------------------------------------------------------------------------------
def test_profile_json_has_the_promised_keys_and_sources(capsys):
    p = run_json(capsys, "profile", "Saalekreis")
    for key in ("ags", "name", "state", "chamber", "year", "population", "area_km2", "businesses", "employees",
                "business_density", "groups", "sources"):
        assert key in p
    assert (p["ags"], p["name"], p["state"]) == ("15088", "Saalekreis", "Sachsen-Anhalt")
    assert p["population"]["2010"] == 192474  # Eurostat, 31.12.2010
    assert set(p["groups"]) == set(GEWERBEGRUPPEN)
    for g in p["groups"].values():
        assert {"businesses", "employees", "density", "share_employees", "lq"} <= set(g)
        assert g["kind"] == "estimate" and g["label"] == "Schätzung"
    kinds = {s["id"]: s["kind"] for s in p["sources"]}
    assert kinds["population"] == "official"
    assert kinds["estimate_gewerbegruppen"] == "estimate"
    assert all(s["kind"] in ("official", "published", "study", "estimate", "import") for s in p["sources"])


def test_profile_by_ags_and_year(capsys):
    p = run_json(capsys, "profile", "15088", "--year", "2010")
    assert p["year"] == 2010
    # 2010 has the official Handwerkszählung total
    assert {"value": 1670, "kind": "official", "dataset": "handwerkszaehlung"}.items() <= p["businesses"].items()


def test_profile_human_output_german_and_english(capsys):
    code, out, _ = run(capsys, "profile", "saale")  # unique, case-insensitive prefix
    assert code == 0
    assert out.startswith("Saalekreis (15088)")
    assert "Schätzung" in out and "Einwohner" in out
    lines = out.rstrip("\n").splitlines()
    start = lines.index("Quellen:")
    assert start > 5 and all(line.startswith("  ") for line in lines[start + 1:])  # the output ends with sources
    tail = "\n".join(lines[start:])
    assert "Bevölkerung" in tail and "(amtlich)" in tail and "(Schätzung)" in tail
    code, out, _ = run(capsys, "--lang", "en", "profile", "Saalekreis", "--year", "2014")
    assert code == 0
    assert "Inhabitants" in out and "estimate" in out and "Sources:" in out
    assert "Main construction trades [estimate]" in out


def test_global_options_also_after_the_subcommand(capsys):
    code, out, _ = run(capsys, "profile", "Saalekreis", "--lang", "en")
    assert code == 0 and "Inhabitants" in out and "Sources:" in out
    code, _, err = run(capsys, "portfolio", "--district", "Atlantis", "--lang", "en")
    assert code == 2 and err.startswith("Unknown district 'Atlantis'")


def test_profile_unknown_district_is_one_line_exit_2(capsys):
    code, out, err = run(capsys, "profile", "Atlantis")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "Atlantis" in err and "Saalekreis" in err and "Leipzig" in err  # names what is valid


def test_profile_ambiguous_prefix_names_the_candidates(capsys):
    code, _, err = run(capsys, "profile", "1508")  # 15082, 15084, 15087, 15088
    assert code == 2 and err.count("\n") == 1
    assert "Saalekreis" in err and "Burgenlandkreis" in err


def test_profile_year_without_data_names_the_valid_years(capsys):
    code, _, err = run(capsys, "profile", "Saalekreis", "--year", "1990")
    assert code == 2 and err.count("\n") == 1
    assert "1990" in err and "2010" in err
    code, _, err = run(capsys, "--lang", "en", "profile", "Saalekreis", "--year", "1990")
    assert code == 2 and "Valid years" in err


def test_bad_option_is_one_line_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["profile", "Saalekreis", "--year", "zwanzig"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "zwanzig" in err
    with pytest.raises(SystemExit):
        main(["portfolio", "--colour", "red"])
    assert "--colour" in capsys.readouterr().err


# -- portfolio -------------------------------------------------------------------------------------
def test_portfolio_json(capsys):
    pf = run_json(capsys, "portfolio")
    assert (pf["area"], pf["from"], pf["to"]) == ("IRMD", 2010, 2018)
    rows = {r["gewerbegruppe"]: r for r in pf["groups"]}
    assert set(rows) == set(GEWERBEGRUPPEN)
    for r in rows.values():
        assert {"growth", "lq", "log_lq", "employees", "quadrant", "quadrant_en", "kind"} <= set(r)
        assert r["kind"] == "estimate"
    assert {s["kind"] for s in pf["sources"] if not s.get("input_of")} == {"estimate"}
    # ... and the datasets the estimate rests on, each marked as its input
    assert {s["id"] for s in pf["sources"] if s.get("input_of") == "estimate_gewerbegruppen"} >= {
        "handwerkszaehlung", "study"}


def test_portfolio_district_and_period(capsys):
    pf = run_json(capsys, "portfolio", "--from", "2012", "--to", "2016", "--district", "Leipzig")
    assert (pf["area"], pf["from"], pf["to"]) == ("14713", 2012, 2016)


def test_portfolio_human_output_ends_with_sources(capsys):
    code, out, _ = run(capsys, "portfolio")
    assert code == 0
    assert "Branchenportfolio" in out and "2010–2018" in out
    assert "Problemfeld" in out  # Lebensmittelgewerbe: LQ < 1 and shrinking
    lines = out.rstrip("\n").splitlines()
    start = lines.index("Quellen:")
    assert start > 7 and all(line.startswith("  ") for line in lines[start + 1:])
    code, out, _ = run(capsys, "--lang", "en", "portfolio")
    assert "Sector portfolio" in out and "problem area" in out and "Sources:" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["portfolio", "--from", "1995"], "1995"),
        (["portfolio", "--from", "2018", "--to", "2010"], "2018–2010"),
        (["portfolio", "--district", "Atlantis"], "Atlantis"),
    ],
)
def test_portfolio_errors(capsys, argv, needle):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert needle in err


# -- sources ---------------------------------------------------------------------------------------
def test_sources_json_lists_every_bundled_dataset_with_kind(capsys):
    from core import provenance

    recs = run_json(capsys, "sources")
    ids = {r["id"] for r in recs}
    assert set(provenance.bundled_catalog()) <= ids
    for r in recs:
        assert r["kind"] in ("official", "published", "study", "estimate", "import")
        assert r.get("publisher") and r.get("licence") and r.get("stand")
    code, out, _ = run(capsys, "sources")
    assert code == 0 and "Schätzung" in out and "amtlich" in out


# -- a second region is one file --------------------------------------------------------------------
HWKL = {
    "code": "HWKL",
    "name": "Kammerbezirk Leipzig",
    "districts": [
        {"ags": "14713", "name": "Leipzig", "state": "14", "chamber": "HWK-L",
         "chamber_name": "Handwerkskammer zu Leipzig", "type": "urban"},
        {"ags": "14729", "name": "Landkreis Leipzig", "state": "14", "chamber": "HWK-L",
         "chamber_name": "Handwerkskammer zu Leipzig", "type": "rural"},
        {"ags": "14730", "name": "Nordsachsen", "state": "14", "chamber": "HWK-L",
         "chamber_name": "Handwerkskammer zu Leipzig", "type": "rural"},
    ],
    "comparison_areas": [{"code": "14", "name": "Sachsen", "level": "state"},
                         {"code": "DG", "name": "Deutschland", "level": "country"}],
    "chambers": [{"code": "HWK-L", "name": "Handwerkskammer zu Leipzig", "seat": "Leipzig"}],
}


def test_second_region_by_adding_one_file(capsys, tmp_path, monkeypatch):
    (tmp_path / "hwkl.json").write_text(json.dumps(HWKL), "utf-8")
    monkeypatch.setenv("HANDWERKSMONITOR_REGIONS", str(tmp_path))
    code, out, _ = run(capsys, "--region", "HWKL", "districts")
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == ["14713", "14729", "14730"]
    # the region total is the sum of its three districts (official Handwerkszählung 2010):
    # 3179 + 2631 + 2034 = 7,844 businesses
    p = run_json(capsys, "--region", "HWKL", "profile", "HWKL", "--year", "2010")
    assert {"value": 7844, "kind": "official"}.items() <= p["businesses"].items()
    assert p["name"] == "Kammerbezirk Leipzig"
    d = run_json(capsys, "profile", "Nordsachsen", "--region", "HWKL")  # the option after the command works too
    assert d["ags"] == "14730" and "HWKL" in d["business_density"]
    pf = run_json(capsys, "--region", "HWKL", "portfolio")
    assert pf["area"] == "HWKL" and len(pf["groups"]) == 7
    # employees of the region = the sum of its districts, group by group
    lz = {r["gewerbegruppe"]: r["employees"] for r in run_json(capsys, "--region", "HWKL", "portfolio",
                                                                 "--district", "Leipzig")["groups"]}
    lk = {r["gewerbegruppe"]: r["employees"] for r in run_json(capsys, "--region", "HWKL", "portfolio",
                                                                 "--district", "Landkreis Leipzig")["groups"]}
    ns = {r["gewerbegruppe"]: r["employees"] for r in run_json(capsys, "--region", "HWKL", "portfolio",
                                                                 "--district", "Nordsachsen")["groups"]}
    for r in pf["groups"]:
        g = r["gewerbegruppe"]
        assert r["employees"] == pytest.approx(lz[g] + lk[g] + ns[g])
    # Saalekreis is not in this region
    code, _, err = run(capsys, "--region", "HWKL", "profile", "Saalekreis")
    assert code == 2 and "Nordsachsen" in err


def test_region_switch_follows_the_environment(capsys, tmp_path, monkeypatch):
    (tmp_path / "hwkl.json").write_text(json.dumps(HWKL), "utf-8")
    monkeypatch.setenv("HANDWERKSMONITOR_REGIONS", str(tmp_path))
    assert run(capsys, "--region", "HWKL", "districts")[0] == 0
    monkeypatch.delenv("HANDWERKSMONITOR_REGIONS")
    code, _, err = run(capsys, "--region", "HWKL", "districts")
    assert code == 2 and "HWKL" in err and "IRMD" in err
    code, out, _ = run(capsys, "districts")
    assert code == 0 and len(out.splitlines()) == 9


# -- no Qt on the headless path ----------------------------------------------------------------------
def _python(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_core_never_imports_qt():
    r = _python(
        "import core.cli, core.profile, core.portfolio, core.indicators, core.group_data, core.sources, sys; "
        f"bad = [m for m in sys.modules if m.startswith({QT_PREFIXES!r})]; "
        "assert not bad, bad"
    )
    assert r.returncode == 0, r.stderr


def test_launcher_profile_json_loads_no_qt():
    """``handwerksmonitor profile Saalekreis --json`` through the console entry point (gui.launcher):
    only the launcher module itself may be loaded from gui, nothing from Qt."""
    r = _python(
        "import sys\n"
        "sys.argv = ['handwerksmonitor', 'profile', 'Saalekreis', '--json']\n"
        "from gui.launcher import main\n"
        "code = main()\n"
        f"bad = [m for m in sys.modules if m.startswith({QT_PREFIXES[:3]!r})]\n"
        "gui = [m for m in sys.modules if m.startswith('gui') and m not in ('gui', 'gui.launcher')]\n"
        "import json; sys.stderr.write(json.dumps([code, bad, gui]))\n"
    )
    assert r.returncode == 0, r.stderr
    code, bad, gui = json.loads(r.stderr.strip().splitlines()[-1])
    assert code == 0 and bad == [] and gui == []
    assert json.loads(r.stdout)["ags"] == "15088"


def test_sources_include_imported_versions(monkeypatch):
    """Imported data versions (core.imports.versions.list_versions) follow the bundled datasets,
    each with its provenance record and kind (an imported official table stays ``official``)."""
    import types

    from core.provenance import Provenance
    from core.sources import all_sources

    class FakeVersion:
        id, active, imported_at = 3, True, "2026-11-25 10:00:00"

        def provenance(self) -> Provenance:
            return Provenance(id="import:3", title="Handwerkszählung 2020 (Datenstand 3)", publisher="Destatis",
                              source="Datei x.csv", licence="dl-de/by-2-0", stand="2022-05-01", kind="official")

    fake = types.ModuleType("core.imports.versions")
    fake.list_versions = lambda con: [FakeVersion()]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "core.imports.versions", fake)
    recs = all_sources(None, user_con=object())
    last = recs[-1]
    assert (last["id"], last["kind"], last["version"], last["imported"]) == ("import:3", "official", 3, True)
    assert all(r["kind"] for r in recs)
    assert all_sources(None, None)[-1]["id"] != "import:3"  # no user database: bundled only


def test_commands_use_the_active_imported_version(capsys):
    """A chamber import made in the window (saved and activated in the user database) shows in
    ``profile`` with its own source and kind, and ``sources`` lists it; the user file is not touched."""
    from core import paths
    from core.imports import versions
    from core.imports.pipeline import read_import
    from core.userdb import open_user_db

    con = open_user_db()
    vid = versions.save_version(con, read_import(ROOT / "tests" / "data" / "imports" / "kammer_betriebe.csv"))
    versions.set_active(con, vid)
    con.close()
    before = paths.user_db_path().stat().st_mtime_ns
    p = run_json(capsys, "profile", "Leipzig", "--year", "2022")
    assert {"value": 553, "kind": "import", "dataset": "import:1"}.items() <= p["businesses"].items()
    bau = p["groups"]["Bauhauptgewerbe"]  # the chamber's own figures replace the estimate: no "Schätzung"
    assert (bau["businesses"], bau["employees"], bau["kind"], bau["label"]) == (40, 200, "import", "Import")
    assert {"id": f"import:{vid}", "kind": "import"}.items() <= next(
        s for s in p["sources"] if s["id"] == f"import:{vid}"
    ).items()
    recs = run_json(capsys, "sources")
    imported = [r for r in recs if r.get("imported")]
    assert [r["id"] for r in imported] == [f"import:{vid}"]
    assert imported[0]["kind"] == "import" and imported[0]["active"] is True
    assert paths.user_db_path().stat().st_mtime_ns == before


def test_typo_in_command_is_refused_not_started_as_window():
    """`handwerksmonitor profil` (typo) must not open the window: one line naming the valid commands."""
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "gui.launcher", "profil", "Saalekreis"], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2
    assert "unbekannter Befehl „profil“" in r.stderr and "profile" in r.stderr
    assert "PySide6" not in r.stderr


def test_argparse_messages_are_german_by_default():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "gui.launcher", "profile", "Saalekreis", "--year", "abc"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.strip() == "handwerksmonitor: --year: 'abc' ist keine ganze Zahl"
