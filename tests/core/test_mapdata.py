"""core.mapdata: the map's values per district equal the indicator formulas on the bundled data."""

from __future__ import annotations

import math

import pytest

from core import mapdata
from core.errors import InvalidInputError, NoDataError


def test_business_density_is_businesses_per_1000_inhabitants(store):
    vals = mapdata.map_values(store, "business_density", 2014)
    assert set(vals) == set(store.region.district_codes)
    b = store.series("14713", "businesses")[2014]
    p = store.series("14713", "population")[2014]
    v = vals["14713"]
    assert v.value == pytest.approx(b / p * 1000)
    assert v.kind == "official"  # 2014: official Handwerkszählung and population
    assert set(v.dataset.split(",")) == {"handwerkszaehlung", "population"}


def test_population_change_in_percent_over_the_period(store):
    vals = mapdata.map_values(store, "population_change", 2021)
    pop = store.series("15002", "population")
    assert vals["15002"].value == pytest.approx((pop[2021] / pop[2010] - 1) * 100)
    assert vals["15002"].kind == "official"


def test_employees_per_business(store):
    vals = mapdata.map_values(store, "employees_per_business", 2012)
    e, b = store.series("16077", "employees")[2012], store.series("16077", "businesses")[2012]
    assert vals["16077"].value == pytest.approx(e / b)


def test_group_share_is_an_estimate_and_shares_add_up_to_100(store):
    year = mapdata.available_years(store, "group_share")[-1]
    from core.datastore import GEWERBEGRUPPEN

    total = sum(mapdata.map_values(store, "group_share", year, g)["14729"].value for g in GEWERBEGRUPPEN)
    assert total == pytest.approx(100.0)
    v = mapdata.map_values(store, "group_share", year, "Ausbaugewerbe")["14729"]
    assert v.kind == "estimate"
    assert "estimate_gewerbegruppen" in v.dataset


def test_estimated_totals_make_the_density_an_estimate(store):
    years = mapdata.available_years(store, "business_density")
    later = [y for y in years if y > 2014]
    if not later:
        pytest.skip("no estimated totals after 2014 in this data version")
    v = mapdata.map_values(store, "business_density", later[-1])["14713"]
    assert v.kind == "estimate" and not math.isnan(v.value)


def test_bad_requests_say_what_is_valid(store):
    with pytest.raises(InvalidInputError) as exc:
        mapdata.map_values(store, "gluecksindex", 2014)
    assert "business_density" in exc.value.message("de")
    with pytest.raises(NoDataError) as exc2:
        mapdata.map_values(store, "employees_per_business", 1995)
    assert "2014" in exc2.value.message("de")
