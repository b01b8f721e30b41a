"""Forecast on the bundled data: published projection points, census break, sources, parameter defaults."""

from __future__ import annotations

import numpy as np
import pytest

from core.forecast import backtest, parameters
from core.forecast.inputs import cached_inputs
from core.forecast.model import ForecastModel
from core.forecast.population import adjust_for_break


@pytest.fixture(scope="module")
def model(store):
    return ForecastModel(cached_inputs(store), horizon=2040)


@pytest.mark.parametrize("variant", [-1, 0, 1])
def test_published_projection_points_are_hit_exactly(model, variant):
    result = model.compute({"population_variant": variant})
    assert result.anchors, "the bundled data hold published points (Altenburger Land, Leipzig, ...)"
    for a in result.anchors:
        d = result.districts.index(a.district)
        total = result.population[d, :, result.year_index(a.year)].sum()
        assert total == pytest.approx(a.value, rel=1e-12), (a.district, a.year)


def _adjusted(model, code, year):
    inp = model.inputs
    d = inp.districts.index(code)
    return adjust_for_break(inp.hist_years, inp.pop_hist)[d, :, list(inp.hist_years).index(year)].sum()


def _official(model, code, year):
    inp = model.inputs
    return inp.pop_hist[inp.districts.index(code), :, list(inp.hist_years).index(year)].sum()


def test_anchor_selection_uses_official_points_and_variants_only(model):
    """Every anchor is the published path re-based onto the census-adjusted (Zensus 2022) base year."""
    base = {(a.district, a.year): a for a in model.inputs.anchors[0]}
    tls = base[("16077", 2035)]  # TLS 1. GemBv, Altenburger Land: 76,380 in 2035 from 88,610 in 2020
    assert tls.published == 76380 and tls.base_year == 2020
    assert tls.value == pytest.approx(_adjusted(model, "16077", 2020) * 76380 / 88610)
    msh = base[("15087", 2035)]  # 7. RBP Sachsen-Anhalt: 109,018 from 134,942 in 2019
    assert msh.published == 109018
    assert msh.value == pytest.approx(_adjusted(model, "15087", 2019) * 109018 / 134942)
    lpz = base[("14713", 2040)]  # 8. RBV Sachsen, Variante 2, base 2021 (no base value published: official 2021)
    assert lpz.published == 654860 and lpz.base_year == 2021
    assert lpz.value == pytest.approx(654860 * _adjusted(model, "14713", 2021) / _official(model, "14713", 2021))
    assert {(a.district, a.year): a.published for a in model.inputs.anchors[1]}[("14713", 2040)] == 672200
    for a in model.inputs.anchors[0]:
        assert "Zensus-2022" in a.note and a.to_dict()["census_basis"] == "Zensus 2022"
    assert not any(a.district == "15088" for a in model.inputs.anchors[0])  # Bertelsmann: not official
    halle = base[("15002", 2035)]
    assert halle.derived and halle.year == 2035  # -5 % vs 2019, on the Zensus-2022 basis
    hy = list(model.inputs.hist_years)
    d = model.inputs.districts.index("15002")
    adjusted_2019 = adjust_for_break(model.inputs.hist_years, model.inputs.pop_hist)[
        d, :, hy.index(2019)
    ].sum()
    assert halle.value == pytest.approx(adjusted_2019 * 0.95)


def test_the_altenburger_land_step_is_noted_where_the_anchor_causes_it(model):
    r = model.compute()
    notes = r.anchor_notes("16077")
    assert [(n["from"], n["to"]) for n in notes] == [(2024, 2025)]
    n = notes[0]
    assert n["change"] < -0.02 and abs(n["change"] - n["change_without_anchor"]) > 0.01
    assert "Altenburger Land" in n["text"] and "2024→2025" in n["text"] and "nicht geglättet" in n["text"]
    assert "not smoothed" in n["text_en"]
    assert r.anchor_notes("14713") == []  # Leipzig's 2040 anchor bends the path gently: no step
    assert [x["district"] for x in r.anchor_notes()] == ["16077"]  # the region lists its districts' steps
    assert r.to_json()["anchor_notes"] == r.anchor_notes()


def test_census_break_is_removed_before_2022_and_published_values_kept_after(model):
    inp = model.inputs
    adj = adjust_for_break(inp.hist_years, inp.pop_hist)
    hy = list(inp.hist_years)
    i21, i22 = hy.index(2021), hy.index(2022)
    np.testing.assert_array_equal(adj[..., i22:], inp.pop_hist[..., i22:])
    d = inp.districts.index("15002")  # Halle: 238,061 (2021) -> 227,416 (2022) is mostly the census
    raw_jump = inp.pop_hist[d, :, i22].sum() / inp.pop_hist[d, :, i21].sum() - 1
    adj_jump = adj[d, :, i22].sum() / adj[d, :, i21].sum() - 1
    assert raw_jump < -0.04
    assert abs(adj_jump) < 0.01


def test_population_is_official_up_to_the_last_data_year(model, store):
    r = model.compute()
    d = r.districts.index("14713")
    official = store.series("14713", "population")
    for y in range(2022, r.last_data_year + 1):
        assert r.population[d, :, r.year_index(y)].sum() == pytest.approx(official[y])


def test_json_has_the_promised_keys_and_labels_employees_as_estimate(model):
    data = model.compute(scenario="Basis").to_json("16077")
    assert {"years", "supply", "demand", "gap", "assumptions", "sources", "markers"} <= set(data)
    assert set(data["supply"]) == set(model.inputs.groups)
    kinds = {s["id"]: s["kind"] for s in data["sources"]}
    assert kinds["estimate_gewerbegruppen"] == "estimate"
    assert kinds["population"] == "official"
    assert [m["year"] for m in data["markers"]] == [2025, 2030, 2035, 2040]
    kinds_by_year = dict(zip(data["years"], data["population_kind"], strict=True))
    assert kinds_by_year[2024] == "official" and kinds_by_year[2030] == "published"
    assert kinds_by_year[2031] == "projection"
    assert len(data["assumptions"]) == len(parameters.REGISTRY)


def test_region_total_is_the_sum_of_its_districts(model):
    r = model.compute()
    region = r.area_series()
    parts = sum(r.area_series(d)["supply"] for d in r.districts)
    np.testing.assert_allclose(region["supply"], parts)


def test_apprentice_default_is_the_published_ratio(store):
    """18,6 per 1,000 = mean of Sachsen, Sachsen-Anhalt and HWK Ostthüringen (see parameters.py)."""
    aus = store.query(
        "SELECT region_code, reference_date::VARCHAR AS d, value FROM ausbildung "
        "WHERE indicator = 'neue_ausbildungsvertraege' AND breakdown = 'total'"
    )
    pub = store.query(
        "SELECT region_code, reference_date::VARCHAR AS d, indicator, value FROM handwerk_published "
        "WHERE breakdown IN ('total', 'Anlage A + B1')"
    )

    def one(df, **kw):
        sel = df
        for k, v in kw.items():
            sel = sel[sel[k] == v]
        assert len(sel) == 1, kw
        return float(sel["value"].iloc[0])

    sn = one(aus, region_code="14", d="2021-12-31") / one(
        pub, region_code="14", d="2022", indicator="taetige_personen"
    )
    st = one(aus, region_code="15", d="2022-12-31") / one(
        pub, region_code="15", d="2021", indicator="taetige_personen"
    )
    ot = one(pub, region_code="HWK-O", indicator="neue_lehrvertraege") / one(
        pub, region_code="HWK-O", indicator="beschaeftigte"
    )
    assert parameters.REGISTRY["apprentice_entry"].default == pytest.approx(
        1000 * (sn + st + ot) / 3, abs=0.05
    )


def test_backtests_report_finite_errors(store):
    inp = cached_inputs(store)
    pop = backtest.population_backtest(inp)
    wf = backtest.workforce_backtest(store, inp)
    assert pop.years == [2016, 2017, 2018, 2019, 2020, 2021]
    assert 0 < pop.mape < 1 and 0 < wf.mape < 1
    assert wf.years == [2011, 2012, 2013, 2014]
