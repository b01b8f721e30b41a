"""Branchenportfolio and shift-share on the tiny hand-made dataset (tests/core/tiny_data.py)."""

from __future__ import annotations

import pytest

from core.datastore import GEWERBEGRUPPEN
from core.errors import InvalidInputError, NoDataError, UnknownDistrictError
from core.portfolio import portfolio, shift_share
from tests.core.tiny_data import tiny_store


@pytest.fixture(scope="module")
def tiny():
    return tiny_store()


def _row(df, group):
    return df.set_index("gewerbegruppe").loc[group]


def test_region_portfolio_by_hand(tiny):
    df = portfolio(tiny)  # default: region total, 2010-2018, employees
    assert df["gewerbegruppe"].tolist() == list(GEWERBEGRUPPEN)
    assert set(df["kind"]) == {"estimate"}
    # Region = A + B: employees 2010 [150 250 150 150 200 150 350] (1400), 2018 [180 270 150 150 150 150 330] (1380)
    # Germany 2018: [1100 2000 1000 1000 900 1000 3000] (10000)
    # Bauhauptgewerbe: growth 180/150 - 1 = 0.2; LQ (180/1380) / (1100/10000) = 0.1304348 / 0.11 = 1.1857708
    bau = _row(df, "Bauhauptgewerbe")
    assert bau["growth"] == pytest.approx(0.2)
    assert bau["cagr"] == pytest.approx(1.2 ** (1 / 8) - 1)
    assert bau["change"] == 30
    assert bau["lq"] == pytest.approx(1.1857708, rel=1e-6)
    assert bau["log_lq"] == pytest.approx(0.1703930, rel=1e-5)  # ln 1.1857708
    assert bau["employees"] == 180
    assert bau["businesses"] == 250  # 150 + 100
    assert bau["quadrant"] == "wachsende Leitbranche"
    # Ausbaugewerbe: growth 270/250 - 1 = 0.08; LQ (270/1380) / 0.2 = 0.9782609 -> Potenzial
    aus = _row(df, "Ausbaugewerbe")
    assert aus["growth"] == pytest.approx(0.08)
    assert aus["lq"] == pytest.approx(0.9782609, rel=1e-6)
    assert aus["quadrant"] == "Potenzial"
    # Lebensmittelgewerbe: growth 150/200 - 1 = -0.25; LQ (150/1380) / 0.09 = 1.2077295 -> schrumpfende Stärke
    leb = _row(df, "Lebensmittelgewerbe")
    assert leb["growth"] == pytest.approx(-0.25)
    assert leb["lq"] == pytest.approx(1.2077295, rel=1e-6)
    assert leb["quadrant"] == "schrumpfende Stärke"
    assert leb["quadrant_en"] == "shrinking strength"
    # privater Bedarf: growth 330/350 - 1 = -0.0571429; LQ (330/1380) / 0.3 = 0.7971014 -> Problemfeld
    pri = _row(df, "Handwerke für den privaten Bedarf")
    assert pri["growth"] == pytest.approx(-0.0571429, rel=1e-5)
    assert pri["lq"] == pytest.approx(0.7971014, rel=1e-6)
    assert pri["quadrant"] == "Problemfeld"
    # Gesundheitsgewerbe: no change (150 -> 150) counts as growth >= 0; LQ (150/1380) / 0.1 = 1.0869565
    assert _row(df, "Gesundheitsgewerbe")["quadrant"] == "wachsende Leitbranche"


def test_district_portfolio_and_sources(tiny):
    df = portfolio(tiny, "A-Stadt")
    # A: Lebensmittelgewerbe 100 -> 70 = -0.3; LQ (70/1000) / (900/10000) = 0.7777778
    leb = _row(df, "Lebensmittelgewerbe")
    assert leb["growth"] == pytest.approx(-0.3)
    assert leb["lq"] == pytest.approx(0.7777778, rel=1e-6)
    assert df.attrs["area"] == "00001"
    assert df.attrs["area_name"] == "A-Stadt"
    assert df.attrs["sources"], "the portfolio names its sources"


def test_portfolio_by_businesses(tiny):
    df = portfolio(tiny, "00002", measure="businesses")
    # B businesses equal in both years: growth 0; Gesundheitsgewerbe LQ (50/600) / (5000/100000) = 1.6666667
    ges = _row(df, "Gesundheitsgewerbe")
    assert ges["growth"] == 0
    assert ges["lq"] == pytest.approx(1.6666667, rel=1e-6)


def test_portfolio_rejects_years_without_data(tiny):
    with pytest.raises(NoDataError) as err:
        portfolio(tiny, start=2012, end=2018)
    assert "2012" in err.value.de and "2010, 2018" in err.value.de
    with pytest.raises(InvalidInputError):
        portfolio(tiny, start=2018, end=2010)
    with pytest.raises(InvalidInputError):
        portfolio(tiny, measure="turnover")
    with pytest.raises(UnknownDistrictError) as err:
        portfolio(tiny, "Z-Dorf")
    assert "A-Stadt" in err.value.de and "B-Land" in err.value.de


def test_shift_share_region_by_hand(tiny):
    ss = shift_share(tiny).set_index("gewerbegruppe")
    # Germany all groups 10000 -> 10000: g_DE = 0. Bauhauptgewerbe: g_DE,i = 1100/1000 - 1 = 0.1, g_r,i = 0.2
    # national 150*0 = 0, structural 150*(0.1 - 0) = 15, regional 150*(0.2 - 0.1) = 15; change 30
    bau = ss.loc["Bauhauptgewerbe"]
    assert (bau["national"], bau["structural"], bau["regional"]) == pytest.approx((0.0, 15.0, 15.0))
    # Lebensmittelgewerbe: g_DE,i = -0.1, g_r,i = -0.25: structural 200*(-0.1) = -20, regional 200*(-0.15) = -30
    leb = ss.loc["Lebensmittelgewerbe"]
    assert (leb["structural"], leb["regional"], leb["change"]) == pytest.approx((-20.0, -30.0, -50.0))
    total = ss["national"] + ss["structural"] + ss["regional"]
    assert total.tolist() == pytest.approx(ss["change"].tolist())


# -- the study's published figures, reproduced from the bundled data ---------------------------------
# Study "Zukunftsfaktor Handwerk", section "Zentrale Befunde – Branchenportfolio" (Beschäftigungs-
# entwicklung 2010–2018). The group figures are our estimate (kind "estimate"); it was fitted to
# exactly these margins, so these tests show that the indicator layer reproduces the fitted margins
# (shares ± 1 percentage point, changes ± 2 points) - not an independent confirmation of the study.


@pytest.fixture(scope="module")
def irmd(store):
    return portfolio(store)  # IRMD, 2010-2018, employees


def _share(store, group: str, measure: str, year: int = 2018) -> float:
    from core.profile import district_profile

    return getattr(district_profile(store, "IRMD", year).groups[group], f"share_{measure}").value


def test_study_ausbaugewerbe_28_percent_of_employees(store):
    """Zentrale Befunde – Branchenportfolio: "Ausbaugewerbe ... Anteil von 28% der Beschäftigten" (± 1 pp)."""
    assert _share(store, "Ausbaugewerbe", "employees") == pytest.approx(0.28, abs=0.01)


def test_study_bauhauptgewerbe_20_percent_of_businesses(store):
    """Zentrale Befunde – Branchenportfolio: "Bauhauptgewerbe macht mit 20% rund ein Fünftel aller Betriebe" (± 1 pp)."""
    assert _share(store, "Bauhauptgewerbe", "businesses") == pytest.approx(0.20, abs=0.01)


def test_study_gesundheitsgewerbe_4_percent_of_employees(store):
    """Zentrale Befunde – Branchenportfolio: "Gesundheitsgewerbe macht mit 4% aller Beschäftigten" (± 1 pp)."""
    assert _share(store, "Gesundheitsgewerbe", "employees") == pytest.approx(0.04, abs=0.01)


def test_study_lebensmittelgewerbe_lost_nearly_a_third(irmd):
    """Zentrale Befunde – Branchenportfolio: Lebensmittelgewerbe "nahezu ein Drittel der Beschäftigten
    eingebüßt", the weakest location quotient (± 2 points around -1/3)."""
    leb = _row(irmd, "Lebensmittelgewerbe")
    assert leb["growth"] == pytest.approx(-1 / 3, abs=0.02)
    assert leb["lq"] == irmd["lq"].min()
    assert leb["quadrant"] == "Problemfeld"


def test_study_privater_bedarf_minus_6_percent(irmd):
    """Zentrale Befunde – Branchenportfolio: Handwerk für den privaten Bedarf "-6%" Beschäftigte (± 2 points)."""
    assert _row(irmd, "Handwerke für den privaten Bedarf")["growth"] == pytest.approx(-0.06, abs=0.02)


def test_study_kraftfahrzeuggewerbe_growing_lead_sector(irmd):
    """Zentrale Befunde – Branchenportfolio: Kfz-Gewerbe "wachsende Leitbranche" (LQ > 1, slight growth)."""
    assert _row(irmd, "Kraftfahrzeuggewerbe")["quadrant"] == "wachsende Leitbranche"


def test_bundled_shift_share_adds_up(store):
    ss = shift_share(store)
    assert (ss["national"] + ss["structural"] + ss["regional"]).tolist() == pytest.approx(ss["change"].tolist())


def test_change_table_by_hand(tiny):
    from core.group_data import change_table

    c = change_table(tiny, 2010, 2018, "employees", ["00001"]).set_index("gewerbegruppe")
    # A-Stadt Lebensmittelgewerbe 100 -> 70: change -30, relative -0.3, CAGR 0.7 ** (1/8) - 1 = -0.0436050
    leb = c.loc["Lebensmittelgewerbe"]
    assert (leb["change"], leb["relative_change"]) == (-30, pytest.approx(-0.3))
    assert leb["cagr"] == pytest.approx(-0.0436050, rel=1e-5)
    # a year without data: no change figures (NaN), not zero
    assert change_table(tiny, 2010, 2014, "employees", ["00001"])["change"].isna().all()
