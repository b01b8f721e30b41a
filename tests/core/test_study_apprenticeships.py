"""Apprenticeship series are shown as published: right values, dates, sources; gaps stay gaps."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core.apprenticeships import all_series, chart_segments, comparable_pairs, index_comparison


def _find(series, region, indicator, family, pattern="12-31", breakdown="total"):
    hits = [s for s in series if (s.region_code, s.indicator, s.family, s.date_pattern, s.breakdown)
            == (region, indicator, family, pattern, breakdown)]
    assert len(hits) == 1, [s.key for s in hits]
    return hits[0]


def test_values_and_dates_match_bundled_file(store):
    series = all_series(store)
    st = _find(series, "15", "lehrlinge_bestand", "statistik")
    # handwerk_ausbildung.csv: Sachsen-Anhalt stock 26,093 (2000), 7,056 (2019), 7,020 (2022), StaLa
    assert [(p.date, p.value) for p in st.points] == [
        ("2000-12-31", 26093.0), ("2019-12-31", 7056.0), ("2022-12-31", 7020.0)]
    assert st.source()["kind"] == "official"


def test_missing_years_stay_missing_no_line_across_gaps(store):
    st = _find(all_series(store), "15", "lehrlinge_bestand", "statistik")
    assert 2010 not in st.years()  # no interpolation
    # 2000 and 2019 are not consecutive: three separate runs, no line drawn between them
    assert chart_segments(st) == [[(2000, 26093.0)], [(2019, 7056.0)], [(2022, 7020.0)]]
    nc = _find(all_series(store), "15", "neue_ausbildungsvertraege", "statistik")
    assert chart_segments(nc)[-1] == [(2021, 2600.0), (2022, 2553.0), (2023, 2601.0), (2024, 2541.0)]


def test_zdh_and_statistical_office_never_mixed(store):
    series = all_series(store, "15")
    for s in series:
        families = {s.family}
        assert len(families) == 1
    zdh = _find(series, "15", "neue_ausbildungsvertraege", "zdh")
    stat = _find(series, "15", "neue_ausbildungsvertraege", "statistik")
    assert zdh.years()[2021] == 2587 and stat.years()[2021] == 2600  # both kept side by side
    assert zdh.source()["kind"] == "published"


def test_chamber_rows_from_both_files_use_region_codes(store):
    halle = all_series(store, "HWK-H")
    stock = _find(halle, "HWK-H", "lehrlinge_bestand", "kammer")
    assert stock.years() == {2016: 3448.0, 2022: 3380.0}  # from handwerk_published_figures.csv
    assert any(s.indicator == "neue_ausbildungsvertraege" for s in halle)  # from handwerk_ausbildung.csv


def test_index_view_only_for_common_years(store):
    pairs = comparable_pairs(all_series(store))
    pair = next(p for p in pairs if p[0].region_code == "15" and p[0].family == "statistik")
    st, de, common = pair
    assert common == [2022, 2023]
    idx = index_comparison(st, de, 2022)
    assert idx["a"].tolist() == pytest.approx([100.0, 2601 / 2553 * 100])
    assert idx["b"].tolist() == pytest.approx([100.0, 129800 / 127400 * 100])
    with pytest.raises(ValueError):
        index_comparison(st, de, 2010)


def test_cli_json_shape():
    out = subprocess.run([sys.executable, "-m", "gui.launcher", "apprenticeships", "--region", "16", "--json"],
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    assert data and all({"region_code", "indicator", "points", "source"} <= set(s) for s in data)
    assert all(s["region_code"] == "16" for s in data)
    stock = next(s for s in data if s["indicator"] == "lehrlinge_bestand" and s["breakdown"] == "total")
    assert {"date": "2003-12-31", "value": 17089.0, "approximate": False} in stock["points"]
    assert stock["source"]["kind"] in ("official", "published")


def test_cli_unknown_region_exit_2():
    r = subprocess.run([sys.executable, "-m", "gui.launcher", "apprenticeships", "--region", "XX"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Gültig" in r.stderr and "Traceback" not in r.stderr
