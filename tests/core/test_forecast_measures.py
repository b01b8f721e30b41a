"""Forecast with measures: per-year parameter paths, contributions, waterfall, and the model's path input."""

from __future__ import annotations

import numpy as np
import pytest

from core.forecast import parameters
from core.forecast.inputs import cached_inputs
from core.forecast.measures import (
    Effect,
    Measure,
    MeasureModel,
    measures_from_tracker,
    measures_json,
    parse_statuses,
)
from core.forecast.model import PATH_KEYS, ForecastModel
from core.tracker.effects import effect_params, ramp_value

AUSBAU = "Ausbaugewerbe"


@pytest.fixture(scope="module")
def model(store) -> ForecastModel:
    return ForecastModel(cached_inputs(store))


@pytest.fixture(scope="module")
def mm(model) -> MeasureModel:
    return MeasureModel(model)


def _effect(eid: str = "e1", param: str = "apprentice_entry", delta: float = 3.0, start: int = 2026,
            full: int = 2028, **kw) -> Effect:
    return Effect(eid, kw.pop("item_id", "m-" + eid), param, delta, start, full, **kw)


def _measure(mid: str, *effects: Effect, status: str = "in Umsetzung") -> Measure:
    return Measure(mid, mid, "measure", f"Maßnahme {mid}", status, tuple(effects))


def test_ramp_is_linear_from_the_start_year_to_full_effect() -> None:
    e = _effect(start=2026, full=2028)
    years = np.arange(2024, 2031)
    assert e.ramp(years).tolist() == pytest.approx([0, 0, 1 / 3, 2 / 3, 1, 1, 1])
    assert [ramp_value(int(y), 2026, 2028) for y in years] == pytest.approx(e.ramp(years).tolist())
    assert _effect(start=2030, full=2030).ramp(np.array([2029, 2030, 2031])).tolist() == [0, 1, 1]  # a step


def _base_path(model: ForecastModel, p: dict[str, float], key: str, shift: float = 0.0) -> np.ndarray:
    shape = (len(model.inputs.districts), len(model.inputs.groups), len(model.years))
    if parameters.group_key(key, AUSBAU) in parameters.REGISTRY:
        vals = np.array([p[parameters.group_key(key, g)] for g in model.inputs.groups]) + shift
        return np.broadcast_to(vals[None, :, None], shape).copy()
    return np.full(shape, p[key] + shift)


@pytest.mark.parametrize("key", PATH_KEYS)
def test_a_constant_path_gives_the_same_result_as_the_scalar_parameter(model, key) -> None:
    """For every parameter the model accepts as a path: the path formulas agree with the scalar ones."""
    p = parameters.resolve({})
    step = parameters.REGISTRY.get(key) or parameters.REGISTRY[parameters.group_key(key, AUSBAU)]
    shift = step.step * 3 if step.default + step.step * 3 <= step.max else -step.step * 3
    shifted = dict(p)
    for k in parameters.REGISTRY:
        if k == key or k.split(":", 1)[0] == key:
            shifted[k] = p[k] + shift
    scalar = model.compute_resolved(shifted)
    path = model.compute_resolved(p, paths={key: _base_path(model, p, key, shift)})
    np.testing.assert_allclose(path.supply, scalar.supply, rtol=1e-10)
    np.testing.assert_allclose(path.demand, scalar.demand, rtol=1e-10)
    assert not np.allclose(scalar.gap, model.compute_resolved(p).gap)  # the shift mattered


def test_every_path_key_is_a_registry_parameter_an_effect_may_use() -> None:
    assert set(effect_params()) == set(PATH_KEYS)


def test_no_measures_changes_nothing(mm, model) -> None:
    p = parameters.resolve({})
    ev = mm.evaluate(p, [])
    np.testing.assert_array_equal(ev.with_measures.gap, model.compute_resolved(p).gap)
    assert ev.contributions == {} and [s.kind for s in ev.waterfall(2035)] == ["start", "end"]


def test_done_when_apprenticeships_plus_3_shrink_the_2035_gap_of_the_ausbaugewerbe_exactly(mm) -> None:
    p = parameters.resolve({})
    m = _measure("empfehlung-01", _effect())
    ev = mm.evaluate(p, [m], groups=[AUSBAU])
    c = ev.contributions["empfehlung-01"]
    assert ev.gap_with[2035] < ev.gap_without[2035]
    assert c[2035] > 0 and c[2035] == ev.gap_without[2035] - ev.gap_with[2035]  # one measure: exact
    assert 0 < c[2030] < c[2035] < c[2040]  # the workforce keeps the extra apprentices
    (js,) = measures_json(ev)
    i = list(ev.with_measures.years).index(2035)
    shown_with = ev.with_measures.to_json(None, [AUSBAU])["gap"][AUSBAU][i]
    shown_without = ev.without.to_json(None, [AUSBAU])["gap"][AUSBAU][i]
    assert js["contribution"]["2035"] == pytest.approx(shown_without - shown_with, abs=1e-9)


def test_the_effect_starts_in_its_first_year_and_not_before(mm, model) -> None:
    p = parameters.resolve({})
    base = model.compute_resolved(p)
    r = mm.compute(p, [_effect(start=2026, full=2028)])
    t = list(model.years)
    # the value of year t drives the step t -> t+1: the workforce first differs in 2027
    np.testing.assert_array_equal(r.workforce[..., : t.index(2026) + 1], base.workforce[..., : t.index(2026) + 1])
    assert (r.workforce[..., t.index(2027)] > base.workforce[..., t.index(2027)]).all()
    np.testing.assert_array_equal(r.demand, base.demand)  # a supply effect leaves demand alone


def test_an_effect_on_chosen_districts_and_groups_changes_only_those(mm, model) -> None:
    p = parameters.resolve({})
    base = model.compute_resolved(p)
    leipzig = model.inputs.districts.index("14713")
    gi = model.inputs.groups.index(AUSBAU)
    r = mm.compute(p, [_effect(districts=("14713",), groups=(AUSBAU,))])
    changed = ~np.isclose(r.supply, base.supply, rtol=0, atol=1e-9).all(axis=2)
    assert changed[leipzig, gi] and changed.sum() == 1
    r = mm.compute(p, [_effect(param="demand_growth", delta=0.5, groups=(AUSBAU,))])
    changed = ~np.isclose(r.demand, base.demand, rtol=0, atol=1e-9).all(axis=2)
    assert changed[:, gi].all() and changed.sum() == len(model.inputs.districts)


def test_stacked_effects_are_clipped_to_the_plausible_range(mm) -> None:
    p = parameters.resolve({})
    effects = [_effect(f"e{i}", delta=10.0) for i in range(3)]  # 18.6 + 30 would leave 10–30
    path = mm.paths(p, mm.sums(effects))["apprentice_entry"]
    assert path.max() == parameters.REGISTRY["apprentice_entry"].max


def test_contributions_waterfall_and_interactions(mm) -> None:
    p = parameters.resolve({})
    ms = [
        _measure("a", _effect("a1", "apprentice_entry", 3.0)),
        _measure("b", _effect("b1", "productivity", 0.5, 2027, 2030)),
        _measure("c", _effect("c1", "demand_growth", 0.4, 2026, 2026, groups=(AUSBAU,))),
        _measure("d", _effect("d1", "net_outflow", -0.3, 2026, 2029), _effect("d2", "completion_rate", 4, 2026)),
    ]
    ev = mm.evaluate(p, ms)
    c = ev.contributions
    assert c["a"][2035] > 0 and c["b"][2035] > 0 and c["d"][2035] > 0
    assert c["c"][2035] < 0  # more demand widens the gap: a negative contribution
    for year in ev.years:
        steps = ev.waterfall(year)
        assert steps[0].kind == "start" and steps[-1].kind == "end"
        assert steps[0].value + sum(s.value for s in steps[1:-1]) == pytest.approx(steps[-1].value)
        assert [s.measure_id for s in steps if s.kind == "measure"] == ["a", "b", "c", "d"]
    # leave-one-out: each contribution is the gap without that measure minus the gap with all
    alone_b = mm.evaluate(p, [m for m in ms if m.id != "b"])
    assert c["b"][2035] == pytest.approx(alone_b.gap_with[2035] - ev.gap_with[2035])


def test_any_scenario_can_be_shown_with_measures(mm, model) -> None:
    from core.forecast.scenarios import builtin

    m = _measure("x", _effect())
    for name in ("Basis", "optimistisch", "pessimistisch"):
        p = builtin(name).resolved()
        ev = mm.evaluate(p, [m], groups=[AUSBAU], scenario=name)
        assert ev.with_measures.scenario == name
        np.testing.assert_array_equal(ev.without.gap, model.compute_resolved(p).gap)
        assert ev.contributions["x"][2035] > 0


def test_report_years_outside_the_horizon_are_left_out(store) -> None:
    short = MeasureModel(ForecastModel(cached_inputs(store), horizon=2032))
    ev = short.evaluate(parameters.resolve({}), [_measure("x", _effect())])
    assert ev.years == (2030,)
    assert measures_json(ev)[0]["contribution"] == {"2030": pytest.approx(ev.contributions["x"][2030], abs=0.06),
                                                    "2035": None, "2040": None}


def test_measures_from_the_tracker_follow_the_chosen_statuses(tmp_path) -> None:
    from core.tracker.store import Tracker
    from core.userdb import open_user_db

    con = open_user_db(tmp_path / "t.duckdb")
    t = Tracker(con)
    t.add_effect("empfehlung-01", "apprentice_entry", 3, 2026, 2028, reason="r")
    m = t.add_measure("empfehlung-07", "Digitalwerkstatt")
    t.add_effect(m, "productivity", 0.3, 2027, reason="r")
    t.add_effect(m, "productivity", 0.1, 2030, reason="r2")
    assert measures_from_tracker(t) == []  # both still "offen"
    t.update_item("empfehlung-01", {"status": "in Umsetzung"})
    t.update_item(m, {"status": "zurückgestellt"})
    assert [x.code for x in measures_from_tracker(t)] == ["1"]
    got = measures_from_tracker(t, parse_statuses("in progress, zurueckgestellt"))
    assert [x.code for x in got] == ["1", "7.1"] and len(got[1].effects) == 2
    assert got[0].label("en").startswith("1 ") and got[0].title_en
    assert parse_statuses(None) == ("geplant", "in Umsetzung", "umgesetzt")
    con.close()
