"""Scenarios in the user database and the sensitivity (tornado) ranking."""

from __future__ import annotations

import pytest

from core import userdb
from core.errors import InvalidInputError
from core.forecast import scenarios
from core.forecast.inputs import cached_inputs
from core.forecast.model import ForecastModel
from core.forecast.sensitivity import sensitivity


def test_user_scenario_round_trip_through_the_user_database():
    con = userdb.open_user_db()
    values = {"productivity": 1.5, "apprentice_entry": 25.0, "demand_growth:Ausbaugewerbe": 0.7}
    saved = scenarios.save(con, "Fachkräfteoffensive", values, "mehr Lehrlinge")
    assert saved.values == values
    con.close()

    con = userdb.open_user_db()  # a fresh connection reads what was written
    assert scenarios.list_names(con) == ["Basis", "optimistisch", "pessimistisch", "Fachkräfteoffensive"]
    loaded = scenarios.load(con, "Fachkräfteoffensive")
    assert loaded.values == values and loaded.description == "mehr Lehrlinge" and not loaded.builtin
    assert loaded.resolved()["productivity"] == 1.5
    assert scenarios.delete(con, "Fachkräfteoffensive")
    assert scenarios.list_names(con) == ["Basis", "optimistisch", "pessimistisch"]
    con.close()


def test_only_changed_values_are_stored_and_saving_again_overwrites():
    con = userdb.open_user_db()
    scenarios.save(con, "A", {"productivity": 0.5, "net_outflow": 1.0})  # 0.5 is the default
    assert scenarios.load(con, "A").values == {"net_outflow": 1.0}
    scenarios.save(con, "A", {"net_outflow": 2.0})
    assert scenarios.load(con, "A").values == {"net_outflow": 2.0}


@pytest.mark.parametrize(
    ("name", "values", "message"),
    [
        ("", {}, "Namen"),
        ("Basis", {}, "eingebautes Szenario"),
        ("x" * 61, {}, "zu lang"),
        ("ok", {"productivity": 7.0}, "außerhalb"),
    ],
)
def test_bad_scenarios_are_refused_with_a_clear_message(name, values, message):
    con = userdb.open_user_db()
    with pytest.raises(InvalidInputError) as exc:
        scenarios.save(con, name, values)
    assert message in exc.value.message("de")


def test_unknown_scenario_names_the_available_ones():
    with pytest.raises(InvalidInputError) as exc:
        scenarios.load(None, "gibtsnicht")
    assert "Basis, optimistisch, pessimistisch" in exc.value.message("de")


def test_band_pessimistic_gap_above_basis_above_optimistic(store):
    m = ForecastModel(cached_inputs(store))
    gaps = {n: m.compute(s.values).area_series()["gap"][:, -1] for n, s in scenarios.BUILTINS.items()}
    assert (gaps["pessimistisch"] > gaps["Basis"]).all()
    assert (gaps["Basis"] > gaps["optimistisch"]).all()


def test_sensitivity_is_sorted_by_swing_and_only_lists_relevant_parameters(store):
    m = ForecastModel(cached_inputs(store))
    rows = sensitivity(m, area="14713", group="Ausbaugewerbe", year=2035)
    swings = [r.swing for r in rows]
    assert swings == sorted(swings, reverse=True)
    keys = [r.key for r in rows]
    assert "productivity" in keys and "demand_growth:Ausbaugewerbe" in keys
    assert not any(k.endswith(":Bauhauptgewerbe") for k in keys)
    top = rows[0]
    assert top.swing > 0
    # the reported gap at the bound is what the model computes for that single change
    r = m.compute({top.key: top.high})
    i = r.year_index(2035)
    g = r.groups.index("Ausbaugewerbe")
    d = r.districts.index("14713")
    assert top.gap_high == pytest.approx(r.gap[d, g, i])
    # more productivity lowers the gap, more retirements raise it
    by_key = {r.key: r for r in rows}
    assert by_key["productivity"].delta_high < 0 < by_key["share_55plus"].delta_high
