"""The forecast grounded in published figures: sourced defaults, justified assumptions, the comparison with
published projections, kinds of the model years, the Basis direction against the study."""

from __future__ import annotations

import json

import pytest

from core import provenance
from core.cli import main
from core.forecast import comparison, parameters
from core.forecast.inputs import cached_inputs
from core.forecast.model import ForecastModel
from core.forecast.study_direction import study_direction


@pytest.fixture(scope="module")
def result(store):
    return ForecastModel(cached_inputs(store), horizon=2040).compute(scenario="Basis")


def test_every_assumption_has_a_dataset_source_or_a_justification():
    cat = provenance.bundled_catalog()
    for p in parameters.REGISTRY.values():
        if p.is_assumption:
            assert p.justification.strip(), p.key
        else:
            assert p.datasets and all(d in cat for d in p.datasets), p.key
            assert p.description.strip()
    sourced = [p.key for p in parameters.REGISTRY.values() if not p.is_assumption]
    assert {"share_55plus", "years_to_retirement", "completion_rate", "stay_in_craft", "lateral_entry",
            "apprentice_entry", "population_variant"} <= set(sourced)


def test_age_structure_defaults_match_the_published_figures(store):
    flows = store.query("SELECT * FROM workforce_age_flows")

    def value(area, group, indicator, year):
        sel = flows[(flows.area == area) & (flows.population_group == group) & (flows.indicator == indicator)
                    & (flows.year.astype(str) == str(year))]
        assert len(sel) == 1, (area, group, indicator)
        return float(sel.value.iloc[0])

    assert parameters.REGISTRY["share_55plus"].default == value("Sachsen-Anhalt", "svB all occupations",
                                                                "share aged 55+", 2022)
    rate = parameters.REGISTRY["share_55plus"].default / parameters.REGISTRY["years_to_retirement"].default
    # Sachsen: 19 % of 2022's employees leave by 2030 (8 years), 32 % by 2035 (13 years)
    by_2030 = value("Sachsen", "svB all", "share expected to leave by 2030 (aged 57+ in 2022, exit at 65)", 2030)
    by_2035 = value("Sachsen", "svB all", "share expected to leave by 2035 (aged 52+ in 2022)", 2035)
    assert by_2030 / 8 - 0.15 < rate < by_2035 / 13 + 0.15


def test_json_carries_kinds_comparison_and_justifications(capsys):
    assert main(["forecast", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kinds"][0] == "estimate" and set(data["kinds"][1:]) == {"projection"}
    for a in data["assumptions"]:
        assert a["source"] != parameters.ANNAHME or a["justification"], a["key"]
    comp = data["comparison"]
    assert len(comp) >= 10
    for e in comp:
        assert e["source"] and e["area"] and e["field"] and e["years"][1] and e["source_url"]
        assert isinstance(e["value_pct"], float)
        m = e["model"]
        assert m["area"] and m["field"] and set(m["supply_pct"]) >= {"2035", "2040"}
        assert set(m["demand_pct"]) >= {"2035", "2040"}
    sources = {e["source"] for e in comp}
    assert {"QuBe-Portal/SHK", "QuBe8-Regional", "Prognos-IRMD-2040"} <= sources
    ids = {s["id"] for s in data["sources"]}
    assert {"forecast_anchors_external", "workforce_age_flows", "population_agegroups17", "projection_published",
            "estimate_gewerbegruppen", "handwerkszaehlung"} <= ids


def test_comparison_matches_area_and_field_like_for_like(result):
    entries = result.comparison()
    comp = {(e["source"], e["area"], e["side"], e["years"][1]): e for e in entries}
    (shk,) = [e for e in entries if e["source"] == "QuBe-Portal/SHK" and "learned" in e["indicator"]
              and e["years"][1] == 2035]
    assert shk["value_pct"] == -17.0 and shk["years"] == [2023, 2035]
    assert shk["model"]["field"] == "Ausbaugewerbe" and shk["model"]["from"] == 2023
    # the model's supply is the workforce in persons; its change from 2023 to 2035, computed here by hand
    years = list(result.years)
    ga = result.groups.index("Ausbaugewerbe")
    w = result.workforce[:, ga, :].sum(axis=0)
    expected = round(100 * (w[years.index(2035)] / w[years.index(2023)] - 1), 1)
    assert shk["model"]["supply_pct"]["2035"] == expected
    # labour demand in persons = demand / productivity index
    index = (1 + result.values["productivity"] / 100) ** (result.years - result.years[0])
    d = (result.demand[:, ga, :].sum(axis=0)) / index
    assert shk["model"]["demand_pct"]["2035"] == round(100 * (d[years.index(2035)] / d[years.index(2023)] - 1), 1)
    th = comp[("QuBe8-Regional", "Thueringen", "working_age", 2040)]
    assert th["model"]["area"].endswith("Altenburger Land") and th["model"]["driver"] == "15- bis 64-Jährige"
    msh = comp[("Prognos-IRMD-2040", "Mansfeld-Suedharz", "demand", 2040)]
    assert msh["model"]["area"] == "Mansfeld-Südharz" and "nicht angegeben" in msh["model"]["note"]


def test_comparison_ignores_rows_that_are_not_projected_changes():
    rows = [
        {"source_short": "X", "area": "Germany", "occupation_field": "all", "indicator": "heat pump sales",
         "year": "2023", "value": "356000", "unit": "units", "scenario": "observed"},
        {"source_short": "Y", "area": "Sachsen", "occupation_field": "all", "indicator": "gap (qualified workers "
         "missing)", "year": "2025", "value": "82000", "unit": "persons", "scenario": "base"},
        {"source_short": "Z", "area": "East Germany (excl. Berlin)", "occupation_field": "all",
         "indicator": "change of working-age population", "year": "2022-~2043", "value": "-8 to -16", "unit": "%",
         "scenario": "variants"},
    ]
    assert comparison.published_changes(rows) == []


def test_basis_has_supply_falling_faster_than_demand_like_every_published_projection(result):
    """Not a tuned number: the direction follows from the published age structure and flows. Every
    published projection covering both sides has supply falling faster than demand (QuBe SHK, BA Sachsen)."""
    years = list(result.years)
    i = years.index(2035)
    region = result.area_series()
    assert region["gap"].sum(axis=0)[i] > 0  # a demand surplus in 2035
    for g in ("Bauhauptgewerbe", "Ausbaugewerbe"):
        gi = result.groups.index(g)
        assert region["gap"][gi, i] > 0, g


def test_the_tab_sentence_on_the_study_direction(result):
    note = study_direction(result)
    assert note["year"] == 2035
    assert note["text"] and note["text_en"]
    assert "Bauhaupt" in note["text"] and "Ausbau" in note["text"]


def test_model_same_measure_is_the_model_series_of_that_measure_over_the_same_years(result):
    """The column "Modell, gleiche Größe": for each published measure the model's own series of that measure,
    from the later of the publication's start and the base year to the published target year, by hand."""
    years = [int(y) for y in result.years]
    t0 = years[0]
    comp = {(e["source"], e["area"], e["side"], e["years"][1]): e for e in result.comparison()}

    def change(series, y0: int, y1: int) -> float:
        return round(100 * (float(series[years.index(y1)]) / float(series[years.index(y0)]) - 1), 1)

    # population of Halle (Saale), BBSR 2017–2040: the model from its base year (the publication starts earlier)
    halle = comp[("BBSR-ROP-2040", "Halle (Saale)", "population", 2040)]
    assert halle["years"][0] < t0 and halle["model"]["from"] == t0
    pop = result.area_series("15002")["population"].sum(axis=0)
    assert halle["model"]["same_measure_pct"] == change(pop, t0, 2040)
    # people aged 15–64 in the region's Thuringian district (Altenburger Land), QuBe 2023–2040
    th = comp[("QuBe8-Regional", "Thueringen", "working_age", 2040)]
    working_age = result.area_series("16077")["population"][1]
    assert th["model"]["same_measure_pct"] == change(working_age, 2023, 2040)
    # supply (workers, persons) of the region's districts in Sachsen-Anhalt, all groups, Bertelsmann ?–2040
    st = comp[("Bertelsmann-2024", "Sachsen-Anhalt", "supply", 2040)]
    idx = [i for i, d in enumerate(result.districts) if d.startswith("15")]
    workers = result.workforce[idx].sum(axis=(0, 1))
    assert st["model"]["same_measure_pct"] == change(workers, t0, 2040)
    # a demand entry is not the supply: the same measure follows the side
    saxony = comp[("BA-SN-2030", "Sachsen", "demand", 2030)]
    assert saxony["model"]["same_measure_pct"] == saxony["model"]["demand_pct"]["2030"]
    assert saxony["model"]["same_measure_pct"] != saxony["model"]["supply_pct"]["2030"]
