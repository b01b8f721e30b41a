"""District profile on the tiny hand-made dataset (tests/core/tiny_data.py) and on the bundled data."""

from __future__ import annotations

import pytest

from core.datastore import GEWERBEGRUPPEN
from core.errors import NoDataError, UnknownDistrictError
from core.profile import district_profile
from tests.core.tiny_data import tiny_store


@pytest.fixture(scope="module")
def tiny():
    return tiny_store()


def test_profile_latest_year_by_hand(tiny):
    p = district_profile(tiny, "a-st")  # unique prefix, case-insensitive
    assert (p.area_code, p.name, p.year) == ("00001", "A-Stadt", 2018)
    assert p.chamber == "Handwerkskammer X"
    assert p.population == {2010: 100000.0, 2018: 110000.0}
    assert p.area_km2.value == 100.0 and p.area_km2.kind == "official"
    assert p.density_inhabitants_km2.value == pytest.approx(1100.0)  # 110000 / 100
    # no official total for 2018: the sum of the estimated groups (1000), marked as estimate
    assert (p.businesses.value, p.businesses.kind) == (1000.0, "estimate")
    assert (p.employees.value, p.employees.kind) == (1000.0, "estimate")
    assert p.employees_per_business.value == pytest.approx(1.0) and p.employees_per_business.is_estimate
    # density: A 1000 / 110000 * 1000 = 9.0909; region (1000 + 600) / 155000 * 1000 = 10.3226;
    # Germany 100000 / 82e6 * 1000 = 1.2195
    assert p.business_density.value == pytest.approx(9.090909, rel=1e-6)
    assert p.business_density_region.value == pytest.approx(10.322581, rel=1e-6)
    assert p.business_density_germany.value == pytest.approx(1.219512, rel=1e-6)
    bau = p.groups["Bauhauptgewerbe"].to_dict()
    # 150 businesses / 110000 * 1000 = 1.3636; 120 / 1000 employees = 0.12; 150 / 1000 businesses = 0.15;
    # LQ (120/1000) / (1100/10000) = 1.0909; 120 / 150 = 0.8 persons per business
    assert bau["businesses"] == 150 and bau["employees"] == 120
    assert bau["density"] == pytest.approx(1.363636, rel=1e-6)
    assert bau["share_employees"] == pytest.approx(0.12)
    assert bau["share_businesses"] == pytest.approx(0.15)
    assert bau["lq"] == pytest.approx(1.090909, rel=1e-6)
    assert bau["employees_per_business"] == pytest.approx(0.8)
    # businesses LQ: (150/1000) / (10000/100000) = 1.5
    assert bau["lq_businesses"] == pytest.approx(1.5)
    assert list(p.groups) == list(GEWERBEGRUPPEN)
    assert all(g.kind == "estimate" and g.label == "Schätzung" for g in p.groups.values())
    assert all(g.lq.is_estimate for g in p.groups.values())  # each value carries its group's kind
    assert sum(g.share_employees.value or 0 for g in p.groups.values()) == pytest.approx(1.0)


def test_profile_prefers_the_official_total(tiny):
    p = district_profile(tiny, "00002", 2010)
    assert (p.businesses.value, p.businesses.kind) == (600.0, "official")
    # 600 / 50000 * 1000 = 12.0
    assert (p.business_density.value, p.business_density.kind) == (pytest.approx(12.0), "official")


def test_profile_of_region_and_germany(tiny):
    region = district_profile(tiny, "TINY", 2018)
    assert region.level == "region"
    assert region.groups["Lebensmittelgewerbe"].employees.value == 150  # 70 + 80
    de = district_profile(tiny, "Deutschland", 2018)
    assert de.groups["Ausbaugewerbe"].lq.value == pytest.approx(1.0)  # Germany against itself


def test_profile_errors_name_what_is_valid(tiny):
    with pytest.raises(NoDataError) as err:
        district_profile(tiny, "A-Stadt", 2014)
    assert "2014" in err.value.de and "2010, 2018" in err.value.de
    assert "Valid years" in err.value.en
    with pytest.raises(UnknownDistrictError) as err:
        district_profile(tiny, "Nirgendwo")
    assert "A-Stadt" in err.value.de


def test_bundled_official_totals_and_density(store):
    """Official figures only (Handwerkszählung 2010, Eurostat population) - no estimate involved.

    IRMD businesses 2010 = sum of the nine districts' official values:
    3179 + 2631 + 2034 + 1029 + 1437 + 1604 + 1267 + 1670 + 809 = 15,660.
    """
    from core import group_data
    from core.indicators import business_density

    cf = group_data.craft_facts(store)
    assert cf.total("IRMD", "businesses", 2010) == (15660.0, "official")
    # Saalekreis 2010: 1,670 businesses (official), 192,474 inhabitants at 31.12.2010 (Eurostat):
    # density = 1670 / 192474 * 1000 = 8.6765 businesses per 1,000 inhabitants
    b, kind = cf.total("15088", "businesses", 2010)
    assert (b, kind) == (1670.0, "official")
    assert cf.context_value("15088", "population", 2010) == 192474.0
    assert business_density(b, cf.context_value("15088", "population", 2010)) == pytest.approx(8.6765, abs=1e-4)


def test_profile_follows_a_rebuilt_fact_table():
    """An import laid over the facts (core.imports rebuilds ``facts``) shows at once, with its source and kind."""
    store = tiny_store()
    assert district_profile(store, "A-Stadt").population_year.value == 110000
    store.con.execute("DELETE FROM facts WHERE area_code = '00001' AND year = 2018 AND indicator = 'population'")
    store.con.execute(
        "INSERT INTO facts VALUES ('00001', 2018, 'population', 'insgesamt', 111000, NULL, 'official', 'import:1')"
    )  # no facts_version bump: the cache must notice anyway
    p = district_profile(store, "A-Stadt")
    assert p.population_year.value == 111000
    assert p.population_year.dataset == "import:1"  # the value names the dataset it was read from
    assert {"id": "import:1", "kind": "official"}.items() <= next(
        s for s in p.sources if s["id"] == "import:1"
    ).items()


def test_indicator_table_for_every_area(tiny):
    from core.group_data import indicator_table

    t = indicator_table(tiny, 2018)
    assert set(t["area_code"]) == {"00001", "00002", "TINY", "DG"}  # districts, region total, comparison
    leb = t[(t["area_code"] == "TINY") & (t["gewerbegruppe"] == "Lebensmittelgewerbe")].iloc[0]
    # region 2018: businesses 150 + 100 = 250 of 1600, employees 70 + 80 = 150 of 1380, 155,000 inhabitants
    # density 250 / 155000 * 1000 = 1.6129; 150 / 250 = 0.6 per business; shares 0.15625 and 0.1086957;
    # LQ (150/1380) / (900/10000) = 1.2077295; businesses LQ (250/1600) / (10000/100000) = 1.5625
    assert (leb["businesses"], leb["employees"]) == (250, 150)
    assert leb["density"] == pytest.approx(1.6129032, rel=1e-6)
    assert leb["employees_per_business"] == pytest.approx(0.6)
    assert leb["share_businesses"] == pytest.approx(0.15625)
    assert leb["share_employees"] == pytest.approx(0.1086957, rel=1e-6)
    assert leb["lq"] == pytest.approx(1.2077295, rel=1e-6)
    assert leb["lq_businesses"] == pytest.approx(1.5625)
    assert leb["kind"] == "estimate"


def test_every_figure_names_its_kind_and_dataset(tiny):
    """Each key figure carries its own provenance; derived figures combine their parts'."""
    p = district_profile(tiny, "00002", 2010)
    assert p.businesses.dataset and p.population_year.dataset
    # density = B / P: the datasets of both parts, the kind of the business total
    assert set(p.business_density.dataset_ids) == set(p.businesses.dataset_ids) | set(p.population_year.dataset_ids)
    assert p.business_density.kind == p.businesses.kind


def test_json_keeps_the_earlier_shape_and_adds_figures(tiny):
    d = district_profile(tiny, "a-st").to_dict()
    assert (d["ags"], d["year"], d["population"]) == ("00001", 2018, {"2010": 100000.0, "2018": 110000.0})
    assert d["population_year"] == 110000.0  # plain numbers where they were plain before
    assert {"value": 1000.0, "kind": "estimate"}.items() <= d["businesses"].items()
    assert set(d["business_density"]) == {"area", "TINY", "DG"}
    assert d["groups"]["Bauhauptgewerbe"]["label"] == "Schätzung"
    assert d["figures"]["population_year"]["kind"] == "official"
    assert d["figures"]["employees_per_business"]["kind"] == "estimate"
