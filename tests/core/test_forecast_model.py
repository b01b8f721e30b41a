"""Forecast model: a hand-computed case and invariants of supply and demand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import InvalidInputError
from core.forecast import demand, parameters, scenarios, supply
from core.forecast.inputs import ForecastInputs
from core.forecast.model import ForecastModel

G = "Gesundheitsgewerbe"


def _tiny_inputs(pop_scale: float = 1.0) -> ForecastInputs:
    # one district, one group; population 2016-2018 (no census break inside)
    pop = np.array([[[100.0, 100.0, 100.0], [1000.0, 1000.0, 1000.0], [200.0, 220.0, 242.0]]]) * pop_scale
    return ForecastInputs(
        districts=["99999"],
        district_names=["Testkreis"],
        groups=[G],
        hist_years=np.array([2016, 2017, 2018]),
        pop_hist=pop,
        employees=np.array([[153.4]]),
        base_year=2018,
    )


HAND_VALUES = {
    f"weight_u15:{G}": 0.5,
    f"weight_65plus:{G}": 2.0,
    f"demand_growth:{G}": 1.0,  # %/year
    "share_55plus": 22.0,  # % -> retirement 0.22 / 11 = 0.02 per year
    "years_to_retirement": 11.0,
    "net_outflow": 0.5,  # %/year -> 0.005
    "apprentice_entry": 20.0,  # per 1,000 -> 0.02
    "completion_rate": 75.0,  # -> inflow 0.02 * 0.75 * 1.0 (all stay in the craft) = 0.015
    "stay_in_craft": 100.0,
    "lateral_entry": 1.5,  # no effect here: the working-age population is flat (L = 1)
    "youth_elasticity": 0.0,
    "productivity": 1.0,  # %/year
}


def test_hand_computed_one_district_one_group_three_years():
    result = ForecastModel(_tiny_inputs(), horizon=2020).compute(HAND_VALUES)
    assert list(result.years) == [2018, 2019, 2020]
    # Population: u15 and 15-64 flat (trend 0); 65+ grows by ln(1.1) a year: 242 -> 266.2 -> 292.82
    np.testing.assert_allclose(result.population[0, 2], [242.0, 266.2, 292.82])
    # Weighted population 2018 = 0.5*100 + 1000 + 2*242 = 1534; scale = 153.4 / 1534 = 0.1
    # Demand 2019 = 0.1 * (50 + 1000 + 2*266.2) * 1.01 = 158.24 * 1.01 = 159.8224
    # Demand 2020 = 0.1 * (50 + 1000 + 2*292.82) * 1.01^2 = 163.564 * 1.0201 = 166.8516364
    np.testing.assert_allclose(result.demand[0, 0], [153.4, 159.8224, 166.8516364])
    # Workforce factor = 1 - 0.02 - 0.005 + 0.015 = 0.99: 153.4 -> 151.866 -> 150.34734
    np.testing.assert_allclose(result.workforce[0, 0], [153.4, 151.866, 150.34734])
    # Supply = workforce * 1.01^(t - 2018): 153.4, 153.38466, 153.3691... (150.34734 * 1.0201)
    np.testing.assert_allclose(result.supply[0, 0], [153.4, 153.38466, 150.34734 * 1.0201])
    # Gap = demand - supply: 0 in the base year, then 6.43774 and 13.48...
    np.testing.assert_allclose(
        result.gap[0, 0], [0.0, 159.8224 - 153.38466, 166.8516364 - 150.34734 * 1.0201]
    )


def test_demand_is_linear_in_population_for_a_given_calibration():
    pop = np.random.default_rng(1).uniform(100, 1000, size=(3, 3, 5))
    w = np.array([[0.3, 1.0, 2.0], [0.0, 1.0, 0.1]])
    scale = np.array([[0.01, 0.02], [0.03, 0.04], [0.05, 0.06]])
    dt = np.arange(5.0)
    growth = np.array([0.01, -0.01])
    d1 = demand.demand(demand.weighted_population(pop, w), scale, growth, dt)
    d2 = demand.demand(demand.weighted_population(2 * pop, w), scale, growth, dt)
    np.testing.assert_allclose(d2, 2 * d1)


def test_doubling_population_everywhere_leaves_the_calibrated_demand_index_unchanged():
    # demand is normalised to the employees of the base year, so only relative changes matter
    r1 = ForecastModel(_tiny_inputs(1.0), horizon=2025).compute(HAND_VALUES)
    r2 = ForecastModel(_tiny_inputs(2.0), horizon=2025).compute(HAND_VALUES)
    np.testing.assert_allclose(r2.population, 2 * r1.population)
    np.testing.assert_allclose(r2.demand, r1.demand)


def test_zero_retirement_and_no_other_flows_keep_the_workforce_constant():
    w0 = np.array([[100.0, 50.0], [10.0, 0.0]])
    wf = supply.workforce(
        w0, np.zeros(2), outflow=0.0, entry=0.0, completion=0.7, youth_index=np.ones((2, 6)), elasticity=1.0
    )
    np.testing.assert_allclose(wf, np.repeat(w0[..., None], 6, axis=-1))


def test_workforce_never_negative_even_if_outflows_exceed_the_workforce():
    wf = supply.workforce(
        np.array([[100.0]]),
        np.array([0.9]),
        outflow=0.5,
        entry=0.0,
        completion=1.0,
        youth_index=np.ones((1, 4)),
        elasticity=0.0,
    )
    assert wf.min() == 0.0
    assert list(wf[0, 0]) == [100.0, 0.0, 0.0, 0.0]


_main = [p for p in parameters.REGISTRY.values() if p.group is None or p.group == G]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=len(_main), max_size=len(_main)), st.integers(2019, 2070))
def test_supply_and_demand_are_never_negative_anywhere_in_the_ranges(fractions, horizon):
    values = {}
    for p, f in zip(_main, fractions, strict=True):
        v = p.min + f * (p.max - p.min)
        values[p.key] = round(v) if p.key == "population_variant" else v
    r = ForecastModel(_tiny_inputs(), horizon=horizon).compute(values)
    assert (r.supply >= 0).all()
    assert (r.demand >= 0).all()


def test_more_productivity_means_more_supply_and_a_smaller_gap():
    m = ForecastModel(_tiny_inputs(), horizon=2030)
    lo = m.compute({**HAND_VALUES, "productivity": 0.0})
    hi = m.compute({**HAND_VALUES, "productivity": 2.0})
    assert (hi.supply[..., 1:] > lo.supply[..., 1:]).all()
    assert (hi.gap[..., 1:] < lo.gap[..., 1:]).all()


def test_values_outside_the_plausible_range_are_refused_with_a_german_message():
    with pytest.raises(InvalidInputError) as exc:
        ForecastModel(_tiny_inputs(), horizon=2020).compute({"productivity": 5.0})
    assert "außerhalb des plausiblen Bereichs" in exc.value.message("de")
    with pytest.raises(InvalidInputError):
        ForecastModel(_tiny_inputs(), horizon=2020).compute({"no_such_parameter": 1.0})
    with pytest.raises(InvalidInputError):
        ForecastModel(_tiny_inputs(), horizon=2018)


def test_every_parameter_is_documented_with_range_unit_and_source():
    for p in parameters.REGISTRY.values():
        assert p.min <= p.default <= p.max, p.key
        assert p.step > 0 and p.label_de and p.label_en and p.description
        assert p.source == "Annahme" or p.source.split(";")[0].strip().split(" ")[0] in _dataset_ids(), p.key


def _dataset_ids() -> set[str]:
    from core import provenance

    return set(provenance.bundled_catalog())


def test_as_table_lists_every_parameter_with_the_scenario_value():
    t = scenarios.as_table("optimistisch")
    assert len(t) == len(parameters.REGISTRY)
    row = t.set_index("key").loc["productivity"]
    assert row["value"] == 1.0 and row["default"] == 0.5 and row["source"] == "Annahme"
    assert set(t["scenario"]) == {"optimistisch"}


def _shrinking_inputs(working_age_path: list[float]) -> ForecastInputs:
    """One district, one group; 15-64 follows ``working_age_path`` over 2016-2018 (then its trend)."""
    pop = np.array([[[100.0, 100.0, 100.0], working_age_path, [200.0, 200.0, 200.0]]])
    return ForecastInputs(
        districts=["99999"],
        district_names=["Testkreis"],
        groups=[G],
        hist_years=np.array([2016, 2017, 2018]),
        pop_hist=pop,
        employees=np.array([[100.0]]),
        base_year=2018,
    )


def test_lateral_entry_follows_the_working_age_population_by_hand():
    # 15-64: 1000 -> 900 -> 810, trend -ln(0.9) a year: 2019 = 729, 2020 = 656.1; L = 0.9, 0.81
    values = {"share_55plus": 22.0, "years_to_retirement": 11.0, "net_outflow": 0.0, "apprentice_entry": 20.0,
              "completion_rate": 75.0, "stay_in_craft": 100.0, "youth_elasticity": 0.0, "lateral_entry": 2.0,
              "productivity": 0.0}
    r = ForecastModel(_shrinking_inputs([1000.0, 900.0, 810.0]), horizon=2020).compute(values)
    np.testing.assert_allclose(r.population[0, 1], [810.0, 729.0, 656.1])
    # step into 2019: 1 - 0.02 - 0.02 * (1 - 729/810) + 0.015 = 0.993; into 2020: 1 - 0.02 - 0.02 * 0.19 + 0.015
    f1 = 1 - 0.02 - 0.02 * (1 - 729 / 810) + 0.015
    f2 = 1 - 0.02 - 0.02 * (1 - 656.1 / 810) + 0.015
    np.testing.assert_allclose(r.workforce[0, 0], [100.0, 100.0 * f1, 100.0 * f1 * f2])


def test_cohorts_that_do_not_exist_cannot_replenish_the_workforce():
    """Same district, same parameters: where the working-age population shrinks, supply shrinks more."""
    flat = ForecastModel(_shrinking_inputs([1000.0, 1000.0, 1000.0]), horizon=2035).compute()
    shrinking = ForecastModel(_shrinking_inputs([1000.0, 950.0, 902.5]), horizon=2035).compute()
    assert (shrinking.supply[0, 0, 1:] < flat.supply[0, 0, 1:]).all()
    assert shrinking.supply[0, 0, -1] < 0.95 * flat.supply[0, 0, -1]
    # and without lateral entry the working-age population does not matter for supply (no youth data here)
    no_lateral = {"lateral_entry": 0.0}
    np.testing.assert_allclose(
        ForecastModel(_shrinking_inputs([1000.0, 950.0, 902.5]), horizon=2035).compute(no_lateral).supply,
        ForecastModel(_shrinking_inputs([1000.0, 1000.0, 1000.0]), horizon=2035).compute(no_lateral).supply,
    )


def test_retirement_profile_has_mean_one_over_the_next_years_and_follows_the_cohorts():
    # people reaching 65: 10, 20, 20, 10, 5 over years t0..t0+4; working age 100 throughout; n = 2.
    # The step t -> t+1 retires those reaching 65 in t+1: intensities 1, 1, 0.5, 0.25 (+ the last repeated)
    e65 = np.array([[10.0, 20.0, 20.0, 10.0, 5.0]])
    prof = supply.retirement_profile(e65, np.full((1, 5), 100.0), 2.0)
    np.testing.assert_allclose(prof[0], [1.0, 1.0, 0.5, 0.25, 0.25])
    assert supply.retirement_profile(None, np.full((2, 4), 5.0), 11.0).tolist() == [[1.0] * 4] * 2


def test_a_years_figures_do_not_depend_on_the_horizon(store):
    from core.forecast.inputs import cached_inputs

    inp = cached_inputs(store)
    short = ForecastModel(inp, horizon=2030).compute()
    long = ForecastModel(inp, horizon=2045).compute()
    n = len(short.years)
    np.testing.assert_allclose(short.supply, long.supply[..., :n])
    np.testing.assert_allclose(short.demand, long.demand[..., :n])
