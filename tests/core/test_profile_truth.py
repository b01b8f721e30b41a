"""Profile: breaks in its JSON, the census note on per-inhabitant figures of a break year, the weakest kind
of derived figures, and the chamber's own counts beside the Handwerkszählung."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.profile import district_profile


def _json(capsys, *argv):
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_profile_json_lists_the_breaks_of_its_series(capsys):
    p = _json(capsys, "profile", "Halle", "--year", "2022")
    ids = [b["id"] for b in p["breaks"]]
    assert ids == ["zensus2011", "hwo2020", "zensus2022"]  # population 1999-2024, group values 2010-2022
    for b in p["breaks"]:
        assert {"year", "kind", "text", "text_en"} <= set(b)


def test_a_census_year_marks_population_and_density_as_not_comparable_with_the_year_before(store):
    halle22 = district_profile(store, "15002", 2022)
    assert [b.id for b in halle22.business_density.breaks] == ["zensus2022"]
    assert [b.id for b in halle22.population_year.breaks] == ["zensus2022"]
    # Halle's density rises 2021 -> 2022 only because the census lowered the population: the figure says so
    halle21 = district_profile(store, "15002", 2021)
    assert halle21.business_density.breaks == ()
    assert halle22.business_density.value > halle21.business_density.value
    assert halle22.population_year.value < 0.96 * halle21.population_year.value


def test_derived_figures_carry_the_weakest_kind(store):
    sn = district_profile(store, "14", 2022)  # Sachsen 2022: totals published to the unit
    assert sn.businesses.kind == "published" and sn.employees.kind == "published"
    assert sn.employees_per_business.kind == "published"  # published / published
    assert sn.business_density.kind == "published"  # published / official population
    lk = district_profile(store, "14729", 2018)  # district total 2018 extrapolated: estimate
    assert lk.employees_per_business.kind == "estimate"
    assert district_profile(store, "14729", 2012).employees_per_business.kind == "official"


def test_chamber_counts_beside_the_handwerkszaehlung(store, capsys):
    lpz = district_profile(store, "14713", 2022)
    by_date = {(e["area"], e["reference_date"]): e for e in lpz.chamber_counts}
    e = by_date[("Leipzig, Stadt", "2010-12-31")]
    official = district_profile(store, "14713", 2010).businesses
    assert e["betriebe"] == 5107 and e["unternehmen"] == official.value and e["unternehmen_kind"] == "official"
    assert e["difference"] == 5107 - official.value
    assert e["difference_pct"] == pytest.approx((5107 - official.value) / official.value)
    # the chamber district (3 districts, exactly the chamber's area) against the sum of its districts
    chamber = [x for x in lpz.chamber_counts if x["districts"] == ["14713", "14729", "14730"] or
               set(x["districts"]) == {"14713", "14729", "14730"}]
    assert {x["reference_date"] for x in chamber} >= {"2012-12-31", "2023-12-31"}
    late = next(x for x in chamber if x["reference_date"] == "2023-12-31")
    assert late["unternehmen_year"] == 2022 and late["unternehmen_kind"] == "estimate" and late["note"]
    # HWK Halle reaches beyond the region: never compared as a whole
    assert all(len(x["districts"]) == 1 for x in district_profile(store, "15002", 2022).chamber_counts)
    p = _json(capsys, "profile", "Leipzig")
    assert p["chamber_counts"] and all(x["betriebe"] > x["unternehmen"] for x in p["chamber_counts"])
    assert main(["profile", "Leipzig"]) == 0
    out = capsys.readouterr().out
    assert "Kammerzahlen zum Vergleich" in out and "Differenz" in out
