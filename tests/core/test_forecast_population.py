"""Population projection: cohort flows between the broad age groups and the anchoring."""

from __future__ import annotations

import numpy as np
import pytest

from core.forecast.population import anchor_scale, cohort_entries, project


def test_cohort_entries_pick_the_cohort_reaching_the_age_in_each_year():
    cohorts = np.arange(75, dtype=float)[None, :] * 10  # one district: age a at end of 2015 -> 10·a persons
    # turning 65 in 2025 were 55 at the end of 2015; in 2040: 40
    np.testing.assert_array_equal(cohort_entries(cohorts, np.array([2025, 2040]), 2015, 65)[0], [550, 400])
    # turning 15 in 2031 and later were not born in 2015: the age-0 cohort is held
    np.testing.assert_array_equal(
        cohort_entries(cohorts, np.array([2029, 2030, 2031, 2035]), 2015, 15)[0], [10, 0, 0, 0]
    )


def test_flows_fitted_on_history_continue_it_exactly():
    # History 2015-2018 generated with the flow equations: 65+ keeps 95 % a year plus entrants E,
    # 15-64 grows 1 % before the flows, under 15 gets 100 children a year.
    cohorts = np.full((1, 75), 50.0)  # 50 persons in every single year of age at the end of 2015
    years = np.arange(2015, 2019)
    u15, mid, old = [1000.0], [10000.0], [3000.0]
    for _ in years[1:]:
        e, j = 50.0, 50.0
        u15.append(u15[-1] + 100 - j)
        mid.append(mid[-1] * 1.01 + j - e)
        old.append(old[-1] * 0.95 + e)
    hist = np.array([[u15, mid, old]])
    out = project(years, hist, np.arange(2018, 2021), cohorts=cohorts, cohort_year=2015)
    # 2019: u15 = 1150 + 100 - 50; 15-64 = mid2018·1.01 + 50 - 50; 65+ = old2018·0.95 + 50
    assert out[0, 0, 1] == pytest.approx(u15[-1] + 50)
    assert out[0, 1, 1] == pytest.approx(mid[-1] * 1.01)
    assert out[0, 2, 1] == pytest.approx(old[-1] * 0.95 + 50)
    assert out[0, 2, 2] == pytest.approx((old[-1] * 0.95 + 50) * 0.95 + 50)


def test_anchor_scale_hits_points_and_continues_at_the_anchored_rate():
    years = np.arange(2024, 2031)
    totals = np.full(7, 100.0)
    f = anchor_scale(years, totals, 2024, [(2026, 90.0)])
    np.testing.assert_allclose((f * totals)[:3], [100, 95, 90])  # linear in the factor up to the anchor
    rate = 0.9**0.5  # mean yearly rate 2024 -> 2026
    assert (f * totals)[-1] == pytest.approx(90 * rate**4)
