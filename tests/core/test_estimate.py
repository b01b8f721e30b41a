"""The Gewerbegruppen estimate ("Schätzung"): IPF by hand, every fitted margin, the study findings.

The committed table resources/data/estimate_gewerbegruppen.csv must be reproducible, reproduce every
published figure it was fitted to within the stated tolerance, and show the study's findings.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

import resources
from core.datastore import GEWERBEGRUPPEN
from core.estimate.build import (
    YEARS,
    build,
    committed_table,
    irmd_table,
    location_quotients,
    margin_checks,
    qualitative_checks,
    to_csv_text,
)
from core.estimate.ipf import IPFError, ipf, round_preserving_sum
from core.estimate.margins import STUDY_SECTION, rounding_unit
from core.estimate.totals import benchmark

SECTION = STUDY_SECTION  # "Zentrale Befunde – Branchenportfolio"


@pytest.fixture(scope="module")
def estimate():
    return build()


@pytest.fixture(scope="module")
def committed_full() -> pd.DataFrame:
    """The committed file: groups and totals, with kind and dataset per row."""
    return pd.read_csv(resources.path("data", "estimate_gewerbegruppen.csv"), dtype={"area_code": str})


@pytest.fixture(scope="module")
def committed(committed_full) -> pd.DataFrame:
    """Only the rows per Gewerbegruppe."""
    return committed_full[committed_full.gewerbegruppe != "insgesamt"]


@pytest.fixture(scope="module")
def checks(committed):
    return margin_checks(committed)


def _check(checks, key):
    (c,) = [c for c in checks if c.margin.key == key]
    return c


# -- IPF and rounding, worked out by hand --------------------------------------------------------
def test_ipf_2x2_by_hand():
    # seed [[1,1],[1,1]], rows (3,1), columns (2,2): the unique table with the seed's odds ratio 1
    # and these margins is [[1.5,1.5],[0.5,0.5]] (one row step; the column step changes nothing).
    res = ipf(np.ones((2, 2)), np.array([3.0, 1.0]), np.array([2.0, 2.0]))
    assert res.converged
    np.testing.assert_allclose(res.table, [[1.5, 1.5], [0.5, 0.5]])


def test_ipf_3x3_keeps_odds_ratios_and_hits_margins():
    seed = np.array([[1.0, 2.0, 0.0], [2.0, 1.0, 1.0], [1.0, 1.0, 2.0]])
    rows, cols = np.array([4.0, 6.0, 10.0]), np.array([5.0, 7.0, 8.0])
    res = ipf(seed, rows, cols)
    assert res.converged
    np.testing.assert_allclose(res.table.sum(axis=1), rows)
    np.testing.assert_allclose(res.table.sum(axis=0), cols)
    assert res.table[0, 2] == 0.0  # a structural zero stays zero
    x = res.table  # IPF preserves the cross-product ratios of the seed
    assert x[1, 0] * x[2, 1] / (x[1, 1] * x[2, 0]) == pytest.approx(2.0 * 1.0 / (1.0 * 1.0))


def test_ipf_free_targets_share_the_rest_in_seed_proportion():
    # one column, total 10; row 0 fixed at 4; rows 1 and 2 free with seed 1:2 -> 2 and 4
    res = ipf(np.array([[5.0], [1.0], [2.0]]), np.array([4.0, np.nan, np.nan]), np.array([10.0]))
    np.testing.assert_allclose(res.table[:, 0], [4.0, 2.0, 4.0])


def test_ipf_rejects_inconsistent_margins():
    with pytest.raises(IPFError):
        ipf(np.ones((2, 2)), np.array([1.0, 1.0]), np.array([1.0, 2.0]))


def test_largest_remainder_rounding_by_hand():
    # 1.5, 1.3, 1.2 (sum 4): floors 1,1,1; the one missing unit goes to the largest remainder (0.5)
    assert round_preserving_sum(np.array([1.5, 1.3, 1.2]), 4).tolist() == [2, 1, 1]
    # ties go to the first index: deterministic
    assert round_preserving_sum(np.array([0.5, 0.5]), 1).tolist() == [1, 0]


def test_benchmark_interpolates_the_ratio_log_linearly():
    index = {2010: 100.0, 2011: 100.0, 2012: 100.0, 2013: 200.0}
    out = benchmark(index, {2010: 10.0, 2012: 40.0}, [2010, 2011, 2012, 2013])
    # ratio 0.1 -> 0.4: geometric mean 0.2 in 2011; held at 0.4 after the last anchor
    assert out == pytest.approx({2010: 10.0, 2011: 20.0, 2012: 40.0, 2013: 80.0})


@settings(max_examples=60, deadline=None)
@given(
    seed=arrays(np.float64, (4, 3), elements=st.floats(0.1, 100.0)),
    rows=arrays(np.float64, 4, elements=st.floats(1.0, 1000.0)),
    weights=arrays(np.float64, 3, elements=st.floats(0.1, 10.0)),
)
def test_ipf_meets_any_consistent_margins_of_a_positive_seed(seed, rows, weights):
    cols = weights / weights.sum() * rows.sum()
    res = ipf(seed, rows, cols)
    assert res.converged
    np.testing.assert_allclose(res.table.sum(axis=1), rows, rtol=1e-8)
    np.testing.assert_allclose(res.table.sum(axis=0), cols, rtol=1e-8)
    assert (res.table > 0).all()


@settings(max_examples=60, deadline=None)
@given(arrays(np.float64, 7, elements=st.floats(0.0, 5000.0)), st.integers(0, 20000))
def test_largest_remainder_keeps_the_total(values, total):
    assume(values.sum() > 0)
    scaled = values / values.sum() * total
    out = round_preserving_sum(scaled, total)
    assert int(out.sum()) == total
    assert (np.abs(out - scaled) < 1).all()


def test_rounding_unit_of_press_figures():
    assert rounding_unit(554000) == 1000
    assert rounding_unit(557400) == 100
    assert rounding_unit(5_400_000) == 100_000
    assert rounding_unit(20000) == 1000


# -- the committed table ----------------------------------------------------------------------------
def test_committed_csv_equals_a_fresh_build(estimate):
    text = resources.path("data", "estimate_gewerbegruppen.csv").read_text(encoding="utf-8")
    assert text == to_csv_text(committed_table(estimate)), "run: .venv/bin/python -m core.estimate"


def test_build_is_deterministic(estimate):
    assert to_csv_text(committed_table(build())) == to_csv_text(committed_table(estimate))


def test_schema_areas_years_groups(committed_full):
    committed = committed_full
    assert list(committed.columns) == ["area_code", "year", "gewerbegruppe", "indicator", "value", "kind",
                                       "dataset"]
    totals = committed[committed.gewerbegruppe == "insgesamt"]
    committed = committed[committed.gewerbegruppe != "insgesamt"]
    areas = {
        "14713",
        "14729",
        "14730",
        "15002",
        "15082",
        "15084",
        "15087",
        "15088",
        "16077",
        "14",
        "15",
        "16",
        "DG",
    }
    assert set(committed.area_code) == areas
    assert set(committed.year) == set(YEARS) and min(YEARS) <= 2010 and max(YEARS) >= 2018
    assert set(committed.gewerbegruppe) == set(GEWERBEGRUPPEN)
    assert set(committed.indicator) == {"businesses", "employees"}
    assert len(committed) == len(areas) * len(YEARS) * 7 * 2
    assert (committed.value >= 0).all()
    assert (committed.value == committed.value.round()).all()
    assert set(committed.kind) == {"estimate"}  # every value per Gewerbegruppe is our estimate
    assert len(totals) == len(areas) * len(YEARS) * 2
    sums = committed.groupby(["area_code", "year", "indicator"]).value.sum()
    for r in totals.itertuples():
        assert sums[(r.area_code, r.year, r.indicator)] == r.value  # a total is the sum of its groups


def test_each_total_carries_its_own_kind(committed_full):
    """Official 2010-2014, exact published totals 'published', everything else 'estimate'."""
    committed = committed_full
    t = committed[committed.gewerbegruppe == "insgesamt"].set_index(["area_code", "year", "indicator"])
    for y in range(2010, 2015):
        assert t.loc[("15088", y, "businesses"), "kind"] == "official"
        assert t.loc[("15088", y, "businesses"), "dataset"] == "handwerkszaehlung"
    exact = {("14", 2022), ("15", 2021), ("15", 2016), ("16", 2016)}
    for area, year in exact:
        for ind in ("businesses", "employees"):
            row = t.loc[(area, year, ind)]
            assert (row["kind"], row["dataset"]) == ("published", "handwerk_gewerbegruppen_destatis")
    assert t.loc[("14", 2022, "businesses"), "value"] == 35131  # Sachsen 2022, published to the unit
    assert t.loc[("16", 2016, "businesses"), "value"] == 18417
    # extrapolated, or fitted to a rounded press figure ("rund 554 000"): our estimate
    assert t.loc[("14", 2018, "businesses"), "kind"] == "estimate"
    assert t.loc[("DG", 2016, "businesses"), "kind"] == "estimate"
    assert t.loc[("15002", 2021, "businesses"), "kind"] == "estimate"  # from a per-1000 ratio
    assert set(t.kind) == {"official", "published", "estimate"}


def test_every_margin_reproduced_within_tolerance(checks):
    bad = [(c.margin.key, c.margin.value, c.achieved, c.margin.tolerance) for c in checks if not c.ok]
    assert not bad
    assert len(checks) > 150


def test_official_totals_are_exact_sums_over_groups(checks):
    """Sum over the 7 groups == official total for every area and year 2010-2014 (tolerance 0)."""
    official = [c for c in checks if c.margin.kind == "official"]
    assert len(official) == 13 * 5 * 2
    assert all(c.achieved == c.margin.value for c in official)


def test_published_later_totals(checks):
    assert _check(checks, "total/14/2022/businesses").achieved == 35131
    assert _check(checks, "total/15/2021/employees").achieved == 136227
    assert _check(checks, "total/16/2016/businesses").achieved == 18417
    halle = _check(checks, "total/15002/2021/businesses")  # 4,32 Unternehmen je 1000 Einwohner
    assert abs(halle.achieved / 238061 * 1000 - 4.32) <= 0.005 + 1e-6


def test_germany_group_figures_within_rounding(checks):
    groups = [c for c in checks if c.margin.key.startswith("group/DG/")]
    assert {c.margin.gewerbegruppe for c in groups} == {
        "Ausbaugewerbe",
        "Gesundheitsgewerbe",
        "Handwerke für den privaten Bedarf",
        "Bauhauptgewerbe",
    }
    assert all(c.ok for c in groups)
    assert _check(checks, "group/DG/2016/businesses/Bauhauptgewerbe/level").achieved == pytest.approx(
        72000, abs=1000
    )


# -- the study, section "Zentrale Befunde – Branchenportfolio" ---------------------------------------------
def test_study_branchenportfolio_ausbau_28_percent_of_employees(checks):
    """Zentrale Befunde – Branchenportfolio: Ausbaugewerbe 28 % of craft employees (±1 point)."""
    c = _check(checks, "study/ausbau_share_employees")
    assert c.margin.section == SECTION and abs(c.achieved - 0.28) <= 0.01


def test_study_branchenportfolio_bauhaupt_20_percent_of_businesses(checks):
    """Zentrale Befunde – Branchenportfolio: Bauhauptgewerbe 20 % of all businesses (±1 point)."""
    c = _check(checks, "study/bauhaupt_share_businesses")
    assert c.margin.section == SECTION and abs(c.achieved - 0.20) <= 0.01


def test_study_branchenportfolio_gesundheit_4_percent_of_employees(checks):
    """Zentrale Befunde – Branchenportfolio: Gesundheitsgewerbe 4 % of employees (±1 point)."""
    c = _check(checks, "study/gesundheit_share_employees")
    assert c.margin.section == SECTION and abs(c.achieved - 0.04) <= 0.01


def test_study_branchenportfolio_lebensmittel_lost_nearly_a_third(committed):
    """Zentrale Befunde – Branchenportfolio: Lebensmittelgewerbe lost nearly a third of its employees
    2010-2018 (−32 % ± 2 points), and it is the most strongly shrinking group."""
    t = irmd_table(committed)
    change = t.loc[(2018, "employees")] / t.loc[(2010, "employees")] - 1
    assert -0.34 <= change["Lebensmittelgewerbe"] <= -0.30
    assert change.idxmin() == "Lebensmittelgewerbe"


def test_study_branchenportfolio_privat_minus_6_percent(committed):
    """Zentrale Befunde – Branchenportfolio: Handwerke für den privaten Bedarf employees −6 % (±2 points)."""
    t = irmd_table(committed)
    change = t.loc[(2018, "employees")] / t.loc[(2010, "employees")] - 1
    assert -0.08 <= change["Handwerke für den privaten Bedarf"] <= -0.04


def test_study_branchenportfolio_ausbau_business_share_equals_german_average(checks):
    """Zentrale Befunde – Branchenportfolio: the Ausbau share of businesses equals Germany's (±1 point)."""
    assert abs(_check(checks, "study/ausbau_share_businesses_vs_dg").achieved) <= 0.01


def test_study_branchenportfolio_location_quotients(committed):
    """Zentrale Befunde – Branchenportfolio: Kfz and Bauhaupt over-represented (LQ > 1), gewerblicher
    Bedarf clearly under-represented (ln LQ strongly negative), Lebensmittel the weakest LQ,
    privater Bedarf about as in Germany."""
    lq = location_quotients(committed, 2018, "employees")
    assert lq["Kraftfahrzeuggewerbe"] > 1
    assert lq["Bauhauptgewerbe"] > 1
    assert math.log(lq["Handwerke für den gewerblichen Bedarf"]) < -0.25
    assert min(lq, key=lambda g: lq[g]) == "Lebensmittelgewerbe"
    assert 0.85 <= lq["Handwerke für den privaten Bedarf"] <= 1.15


def test_study_branchenportfolio_growth_directions(committed):
    """Zentrale Befunde – Branchenportfolio: Kfz slight growth, Ausbau slight growth, Gesundheit growing
    (employees 2010-2018)."""
    t = irmd_table(committed)
    change = t.loc[(2018, "employees")] / t.loc[(2010, "employees")] - 1
    assert 0 < change["Kraftfahrzeuggewerbe"] <= 0.105
    assert 0 < change["Ausbaugewerbe"] <= 0.105
    assert change["Gesundheitsgewerbe"] > 0


def test_study_branchenportfolio_gesundheit_one_of_few_growing_groups(committed):
    """Zentrale Befunde – Branchenportfolio: Gesundheit is "eine der wenigen wachsenden Branchen":
    only Kfz, Ausbau and Gesundheit grow by more than 2 % 2010-2018; Bauhaupt and gewerblicher Bedarf stagnate."""
    t = irmd_table(committed)
    change = t.loc[(2018, "employees")] / t.loc[(2010, "employees")] - 1
    growing = {g for g, c in change.items() if c > 0.025}
    assert growing == {"Kraftfahrzeuggewerbe", "Ausbaugewerbe", "Gesundheitsgewerbe"}


def test_study_zentrale_befunde_ausbau_is_the_largest_group_in_every_district(committed):
    """Zentrale Befunde: "Das Ausbaugewerbe ist in der IRMD in den Landkreisen bzw. Städten dabei am
    stärksten repräsentiert" – the largest group by businesses and by employees in every district."""
    f = committed[(committed.area_code.str.len() == 5) & (committed.year == 2018)]
    for (area, ind), g in f.groupby(["area_code", "indicator"]):
        assert g.set_index("gewerbegruppe").value.idxmax() == "Ausbaugewerbe", (area, ind)


def test_study_zentrale_befunde_business_numbers_fall_2010_2018(committed):
    """Zentrale Befunde: "Die Entwicklung der absoluten Betriebszahlen ist im Zeitraum von 2010 bis 2018
    durchweg rückläufig" – every district has fewer businesses in 2018 than in 2010."""
    f = committed[(committed.indicator == "businesses") & (committed.area_code.str.len() == 5)]
    s = f.groupby(["area_code", "year"]).value.sum()
    for d in f.area_code.unique():
        assert s[(d, 2018)] < s[(d, 2010)], d


def test_all_qualitative_findings_hold(committed):
    assert all(ok for _, _, ok in qualitative_checks(committed))


# -- in the app: kind "estimate" everywhere ------------------------------------------------------------
def test_datastore_lays_the_estimate_into_facts_as_kind_estimate(store):
    df = store.facts_for(["15088"], "employees", "Ausbaugewerbe")
    assert list(df.year) == list(YEARS)
    assert set(df.kind) == {"estimate"} and set(df.dataset) == {"estimate_gewerbegruppen"}
    rows = store.query("SELECT DISTINCT kind FROM facts WHERE dataset = 'estimate_gewerbegruppen'")
    assert rows.kind.tolist() == ["estimate"]
    n = store.query("SELECT count(*) AS n FROM facts WHERE dataset = 'estimate_gewerbegruppen'").n.iloc[0]
    # the groups, plus the totals that are neither official (2010-2014) nor published to the unit
    assert n == 13 * len(YEARS) * 7 * 2 + (13 * (len(YEARS) - 5) * 2 - 8)


def test_datastore_keeps_the_kind_of_each_total(store):
    """The published exact totals reach the facts as 'published' with the dataset that published them;
    the official totals appear once, from the Handwerkszählung."""
    def total(area, year, ind="businesses"):
        df = store.query("SELECT value, kind, dataset FROM facts WHERE area_code=? AND year=? AND indicator=? "
                         "AND gewerbegruppe='insgesamt'", [area, year, ind])
        assert len(df) == 1, (area, year, ind)
        return tuple(df.iloc[0])

    assert total("14", 2022) == (35131.0, "published", "handwerk_gewerbegruppen_destatis")
    assert total("15", 2021, "employees") == (136227.0, "published", "handwerk_gewerbegruppen_destatis")
    assert total("16", 2016) == (18417.0, "published", "handwerk_gewerbegruppen_destatis")
    assert total("15088", 2012)[1:] == ("official", "handwerkszaehlung")
    assert total("15088", 2018)[1:] == ("estimate", "estimate_gewerbegruppen")


def test_groups_sum_to_the_official_totals_in_the_store(store):
    got = store.query(
        "SELECT area_code, year, indicator, sum(value) AS v FROM facts WHERE kind = 'estimate' "
        "AND gewerbegruppe <> 'insgesamt' GROUP BY ALL ORDER BY ALL"
    ).set_index(["area_code", "year", "indicator"])["v"]
    official = store.query(
        "SELECT area_code, year, indicator, value FROM facts WHERE gewerbegruppe = 'insgesamt' "
        "AND indicator IN ('businesses','employees') AND kind = 'official'"
    )
    assert len(official) == 130
    for r in official.itertuples():
        assert got[(r.area_code, r.year, r.indicator)] == r.value


def test_provenance_record_says_schaetzung(store):
    from core import provenance

    p = provenance.get("estimate_gewerbegruppen")
    assert p.kind == "estimate" and "Schätzung" in p.title
    assert "IPF" in p.method and "Toleranz" in p.method
    assert "Schätzung" in p.label("de") and "estimate" in p.label("en")
