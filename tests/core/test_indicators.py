"""Indicator formulas against numbers worked out by hand (core.indicators)."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import indicators as ind


def test_business_density_is_businesses_per_1000_inhabitants():
    # 1,670 businesses, 200,000 inhabitants: 1670 / 200000 * 1000 = 8.35
    assert ind.business_density(1670, 200_000) == pytest.approx(8.35)
    # no inhabitants: no density (not a division error)
    assert math.isnan(ind.business_density(10, 0))


def test_population_density_and_employees_per_business():
    # 110,000 inhabitants on 100 km² = 1,100 per km²; 14,997 persons in 1,670 businesses = 8.98024
    assert ind.population_density(110_000, 100) == pytest.approx(1100.0)
    assert ind.employees_per_business(14_997, 1_670) == pytest.approx(8.980239, rel=1e-6)


def test_shares_add_up_to_one():
    # 30 / 100, 50 / 100, 20 / 100
    s = ind.shares(pd.Series({"a": 30.0, "b": 50.0, "c": 20.0}))
    assert s.tolist() == pytest.approx([0.3, 0.5, 0.2])
    assert ind.share(28, 100) == pytest.approx(0.28)


def test_absolute_relative_change_and_cagr():
    # 200 -> 150: -50 absolute, 150 / 200 - 1 = -0.25
    assert ind.absolute_change(200, 150) == -50
    assert ind.relative_change(200, 150) == pytest.approx(-0.25)
    # 100 -> 121 over 2 years: (121 / 100) ** (1 / 2) - 1 = 1.1 - 1 = 0.10
    assert ind.cagr(100, 121, 2) == pytest.approx(0.10)
    # 150 -> 180 over 8 years: 1.2 ** (1 / 8) - 1 = exp(ln 1.2 / 8) - 1 = exp(0.0227902) - 1 = 0.0230519
    assert ind.cagr(150, 180, 8) == pytest.approx(0.0230519, rel=1e-5)
    # an empty period or a start of zero has no growth rate
    assert math.isnan(ind.cagr(100, 121, 0))
    assert math.isnan(ind.relative_change(0, 5))


def test_cagr_on_series():
    s = ind.cagr(pd.Series([100.0, 100.0]), pd.Series([121.0, 81.0]), 2)
    # (1.21) ** 0.5 - 1 = 0.1;  (0.81) ** 0.5 - 1 = -0.1
    assert s.tolist() == pytest.approx([0.1, -0.1])


def test_location_quotient_and_log():
    # group: 300 of 1,000 employees in the area (30 %), 2,000 of 10,000 in Germany (20 %):
    # LQ = 0.30 / 0.20 = 1.5, ln 1.5 = 0.4054651
    lq = ind.location_quotient(300, 1000, 2000, 10_000)
    assert lq == pytest.approx(1.5)
    assert ind.log_location_quotient(lq) == pytest.approx(0.4054651, rel=1e-6)
    # at the German average: LQ 1, log 0
    assert ind.location_quotient(20, 100, 2000, 10_000) == pytest.approx(1.0)
    assert ind.log_location_quotient(1.0) == pytest.approx(0.0)
    assert math.isnan(ind.log_location_quotient(0.0))


@pytest.mark.parametrize(
    ("lq", "growth", "de", "en"),
    [
        (1.2, 0.05, "wachsende Leitbranche", "growing lead sector"),
        (1.0, 0.0, "wachsende Leitbranche", "growing lead sector"),  # the borders belong to the upper quadrants
        (0.8, 0.05, "Potenzial", "potential"),
        (1.2, -0.05, "schrumpfende Stärke", "shrinking strength"),
        (0.8, -0.30, "Problemfeld", "problem area"),
    ],
)
def test_quadrants(lq, growth, de, en):
    assert ind.quadrant(lq, growth) == (de, en)


def test_quadrant_without_data_is_empty():
    assert ind.quadrant(float("nan"), 0.1) == ("", "")


def test_portfolio_table_by_hand():
    # Area: A 100 -> 120, B 200 -> 190 (sum 310 at the end); Germany at the end: A 1200, B 3000 (4200).
    # growth A = 120/100 - 1 = 0.2, B = 190/200 - 1 = -0.05
    # LQ A = (120/310) / (1200/4200) = 0.3870968 / 0.2857143 = 1.3548387
    # LQ B = (190/310) / (3000/4200) = 0.6129032 / 0.7142857 = 0.8580645
    start = pd.Series({"A": 100.0, "B": 200.0})
    end = pd.Series({"A": 120.0, "B": 190.0})
    de = pd.Series({"A": 1200.0, "B": 3000.0})
    t = ind.portfolio_table(start, end, de, 8)
    assert t["growth"].tolist() == pytest.approx([0.2, -0.05])
    assert t["lq"].tolist() == pytest.approx([1.3548387, 0.8580645], rel=1e-6)
    assert t["log_lq"].tolist() == pytest.approx([math.log(1.3548387), math.log(0.8580645)], rel=1e-5)
    assert t["size"].tolist() == [120.0, 190.0]
    assert t["quadrant"].tolist() == ["wachsende Leitbranche", "Problemfeld"]
    assert t["quadrant_en"].tolist() == ["growing lead sector", "problem area"]
    assert ind.portfolio_table(start, end, de, 8, use_log=True)["x"].tolist() == pytest.approx(
        t["log_lq"].tolist()
    )


def test_shift_share_by_hand():
    # Germany: A 1000 -> 1200, B 3000 -> 3000: g_DE = 4200/4000 - 1 = 0.05, g_A,DE = 0.2, g_B,DE = 0
    # Area:    A  100 ->  120, B  200 ->  190: g_A,r = 0.2, g_B,r = -0.05
    # A: national 100*0.05 = 5, structural 100*(0.2-0.05) = 15, regional 100*(0.2-0.2) = 0; sum 20
    # B: national 200*0.05 = 10, structural 200*(0-0.05) = -10, regional 200*(-0.05-0) = -10; sum -10
    t = ind.shift_share(
        pd.Series({"A": 100.0, "B": 200.0}),
        pd.Series({"A": 120.0, "B": 190.0}),
        pd.Series({"A": 1000.0, "B": 3000.0}),
        pd.Series({"A": 1200.0, "B": 3000.0}),
    )
    assert t["national"].tolist() == pytest.approx([5.0, 10.0])
    assert t["structural"].tolist() == pytest.approx([15.0, -10.0])
    assert t["regional"].tolist() == pytest.approx([0.0, -10.0])
    assert t["change"].tolist() == pytest.approx([20.0, -10.0])


positive = st.floats(min_value=1.0, max_value=1e6, allow_nan=False)


@given(st.lists(st.tuples(positive, positive, positive, positive), min_size=1, max_size=7))
def test_shift_share_components_sum_to_the_actual_change(rows):
    idx = [f"g{i}" for i in range(len(rows))]
    e0_r, e1_r, e0_de, e1_de = (pd.Series([r[k] for r in rows], index=idx) for k in range(4))
    t = ind.shift_share(e0_r, e1_r, e0_de, e1_de)
    total = t["national"] + t["structural"] + t["regional"]
    # exact up to floating-point cancellation, which scales with the size of the components
    scale = float(t[["national", "structural", "regional"]].abs().to_numpy().max())
    assert total.tolist() == pytest.approx((e1_r - e0_r).tolist(), abs=1e-9 * max(scale, 1.0))


@pytest.mark.parametrize("lq", [0.994, 0.995, 0.996, 0.999, 1.0, 1.004])
def test_an_lq_shown_as_1_00_is_never_classed_below_1(lq):
    from core.formatting import fmt_number

    growing = ind.quadrant(lq, 0.05)[0]
    shown = fmt_number(lq, 2, "de")
    if shown in ("1,00", "1,01") or lq >= 1:
        assert growing == "wachsende Leitbranche", (lq, shown)
    else:
        assert shown == "0,99" and growing == "Potenzial"


def test_growth_shown_as_zero_is_not_negative():
    from core.formatting import fmt_percent

    assert fmt_percent(-0.0004, 1, "de").lstrip("-") == "0,0\u00a0%"
    assert ind.quadrant(1.2, -0.0004)[0] == "wachsende Leitbranche"
    assert ind.quadrant(1.2, -0.0005)[0] == "schrumpfende Stärke"  # shown as -0,1 %
