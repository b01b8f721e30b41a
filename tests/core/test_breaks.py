"""Comparability breaks: the registry, which comparisons cross them, what commands and JSON say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import breaks
from core.cli import main
from core.portfolio import portfolio, shift_share

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


def test_registry_has_hwo_and_both_censuses_as_first_years_on_the_new_basis():
    by_id = {b.id: b for b in breaks.registry()}
    assert by_id["hwo2020"].year == 2020 and by_id["hwo2020"].scope == "groups"
    # Eurostat 1.1.2011 (= 31.12.2010) carries flag b: 2010 is the first year on the 2011 census basis
    assert by_id["zensus2011"].year == 2010 and by_id["zensus2011"].scope == "population"
    assert by_id["zensus2022"].year == 2022
    for b in by_id.values():
        assert b.text("de") and b.text("en") and b.text("de") != b.text("en")


@pytest.mark.parametrize(
    ("start", "end", "ids"),
    [
        (2010, 2018, []),
        (2018, 2022, ["hwo2020"]),
        (2019, 2020, ["hwo2020"]),
        (2020, 2022, []),  # both years on the new basis
        (2022, 2018, ["hwo2020"]),  # order does not matter
    ],
)
def test_group_comparisons_cross_only_the_hwo_amendment(start, end, ids):
    assert [b.id for b in breaks.crossing(start, end, ["groups"])] == ids


def test_population_comparisons_cross_the_censuses():
    assert [b.id for b in breaks.crossing(2009, 2024, ["population"])] == ["zensus2011", "zensus2022"]
    assert [b.id for b in breaks.crossing(2010, 2021, ["population"])] == []
    assert [b.id for b in breaks.crossing(2021, 2022, ["population"])] == ["zensus2022"]


def test_portfolio_and_shift_share_carry_the_breaks_they_cross():
    from core.datastore import DataStore

    store = DataStore()
    assert portfolio(store).attrs["breaks"] == []  # the study's period 2010-2018
    crossed = portfolio(store, start=2018, end=2022).attrs["breaks"]
    assert [b["id"] for b in crossed] == ["hwo2020"]
    assert crossed[0]["year"] == 2020 and crossed[0]["kind"] == "hwo" and "HwO" in crossed[0]["text"]
    assert [b["id"] for b in shift_share(store, start=2018, end=2022).attrs["breaks"]] == ["hwo2020"]
    assert shift_share(store).attrs["breaks"] == []


def test_portfolio_command_names_the_hwo_break_in_json_and_text(capsys):
    _, out = _run(capsys, "portfolio", "--from", "2018", "--to", "2022", "--json")
    data = json.loads(out)
    assert data["breaks"] and data["breaks"][0]["year"] == 2020 and "HwO" in data["breaks"][0]["text"]
    _, out = _run(capsys, "portfolio", "--json")
    assert json.loads(out)["breaks"] == []
    _, out = _run(capsys, "portfolio", "--from", "2018", "--to", "2022")
    warn = next(line for line in out.splitlines() if line.startswith("⚠"))
    assert "HwO" in warn and "2020" in warn
    assert out.index("⚠") < out.index("Bauhauptgewerbe")  # said before the figures, not hidden below them
    _, out = _run(capsys, "portfolio", "--from", "2018", "--to", "2022", "--lang", "en")
    assert "⚠ Caution" in out and "Crafts Code" in " ".join(out.split())
    _, out = _run(capsys, "portfolio")
    assert "⚠" not in out


def test_breaks_declared_in_a_real_genesis_footer():
    text = (ROOT / "tests/data/genesis/12411-01-01-4.csv").read_text("utf-8")
    found = breaks.declared_in_text(text, "import:7")
    assert [(b.year, b.kind, b.scope) for b in found] == [(2011, "census", "population")]
    assert "Zensus 2011" in found[0].text("de") and found[0].dataset == "import:7"
    # a footer without a method note declares nothing
    assert breaks.declared_in_text((ROOT / "tests/data/genesis/53111-01-01-4.csv").read_text("utf-8"), "x") == []


def test_declared_breaks_survive_a_round_trip_through_a_dict():
    b = breaks.declared_in_text("ab dem Berichtsjahr 2020: Ergebnisse nach der HwO 2020", "import:2")[0]
    assert b.scope == "groups"
    assert breaks.from_dicts([b.to_dict()]) == [b]
    assert breaks.from_dicts([{"year": "x"}]) == []


def test_an_imported_table_brings_its_declared_break_while_it_is_active():
    from core.datastore import DataStore
    from core.imports import versions
    from core.imports.pipeline import read_import
    from core.userdb import open_user_db

    store = DataStore()
    con = open_user_db()
    try:
        batch = read_import(ROOT / "tests/data/genesis/12411-01-01-4.csv")
        assert [b["year"] for b in batch.breaks] == [2011]
        vid = versions.save_version(con, batch, user="tester")
        versions.activate(store, con, vid)
        crossed = breaks.crossing(2009, 2012, ["population"], store)
        assert [b.id for b in crossed] == ["zensus2011", f"import:{vid}:census2011"]
        assert crossed[1].dataset == f"import:{vid}"
        assert breaks.crossing(2009, 2012, ["groups"], store) == []  # a population table: population only
        versions.activate(store, con, None)
        assert [b.id for b in breaks.crossing(2009, 2012, ["population"], store)] == ["zensus2011"]
    finally:
        con.close()
