"""The published figures the estimate rests on, collected from the bundled CSVs as records.

Each fitted figure becomes a :class:`Margin` with its value, its tolerance and its source, so
that the fit can be checked figure by figure (tests/core/test_estimate.py) and documented
(resources/data/ESTIMATE.md). Other inputs (seed structures, trends) are returned as plain
tables; they shape the estimate but are not reproduced by it.

Concept: Handwerkszählung (EVAS 53111), Unternehmen and tätige Personen of Anlage A + B1.
Chamber "Betriebe" (incl. B2) are a different count and are never used as levels here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, cast

import pandas as pd

import resources
from core.datastore import GEWERBEGRUPPEN

TOTAL = "insgesamt"
STUDY_SECTION = "Zentrale Befunde – Branchenportfolio"
STUDY_SOURCE = "Studie „Zukunftsfaktor Handwerk“ (Zusammenfassung)"
INDICATORS = ("businesses", "employees")
_HZ_INDICATOR = {"unternehmen": "businesses", "taetige_personen": "employees"}


@dataclass(frozen=True)
class Margin:
    """One published figure the estimate is fitted to (or must respect).

    ``measure``: ``level`` (a count), ``share`` (of the area's total, 0..1), ``change``
    (relative change from ``base_year`` to ``year``), ``per_business`` (employees per
    business), ``per_1000`` was already converted to a level. ``tolerance`` is absolute, in
    the unit of ``value``; official figures have tolerance 0 (reproduced exactly).
    """

    key: str
    area_code: str
    year: int
    indicator: str
    gewerbegruppe: str
    measure: str
    value: float
    tolerance: float
    kind: str
    source: str
    section: str = ""
    base_year: int | None = None
    note: str = ""


def _csv(name: str, **kw: Any) -> pd.DataFrame:
    frame: pd.DataFrame = pd.read_csv(resources.path("data", name), **kw)
    return frame


def _rows(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in r.items()} for r in df.to_dict("records")]


def rounding_unit(value: float) -> float:
    """Unit of the last published non-zero digit, assuming at least two significant digits:
    554000 -> 1000, 557400 -> 100, 5.4e6 -> 1e5, 20000 -> 1000 ("rund 20 000")."""
    v = int(round(abs(value)))
    if v == 0:
        return 1.0
    unit = 1
    while v % (unit * 10) == 0:
        unit *= 10
    return float(min(unit, 10 ** max(len(str(v)) - 2, 0)))


def approx_tolerance(value: float, approximate: bool) -> float:
    """± one unit of the last digit for "rund"/"knapp"/"mehr als" figures; 0 for exact ones."""
    return rounding_unit(value) if approximate else 0.0


# -- official and published area totals ------------------------------------------------------------
@cache
def official_totals() -> tuple[Margin, ...]:
    """Handwerkszählung 2010-2014, art=insgesamt (53111-01-01-4): 9 districts, 3 states, DG."""
    d = _csv("handwerkszaehlung_kreise.csv", dtype={"ags": str})
    d = d[(d.art == "insgesamt") & d.indicator.isin(list(_HZ_INDICATOR))]
    out = []
    for r in _rows(d.sort_values(["ags", "year", "indicator"])):
        ind = _HZ_INDICATOR[r["indicator"]]
        out.append(
            Margin(
                key=f"total/{r['ags']}/{r['year']}/{ind}",
                area_code=str(r["ags"]),
                year=int(r["year"]),
                indicator=ind,
                gewerbegruppe=TOTAL,
                measure="level",
                value=float(r["value"]),
                tolerance=0.0,
                kind="official",
                source="handwerkszaehlung (53111-01-01-4)",
            )
        )
    return tuple(out)


def population(area: str, year: int) -> float:
    p = _population()
    return float(p[(area, year)])


@cache
def _population() -> dict[tuple[str, int], float]:
    p = _csv("population_eurostat.csv", dtype={"ags": str})
    p = p[(p.sex == "total") & (p.age_group == "total")]
    return {(str(a), int(y)): float(v) for a, y, v in zip(p.ags, p.year, p.value, strict=True)}


@cache
def published_totals() -> tuple[Margin, ...]:
    """Totals after 2014: DG 2016-2022, Sachsen 2022, Sachsen-Anhalt 2016/2021, Thüringen 2016,
    and the 2021 per-1000-inhabitant values of Halle (Saale) and Saalekreis (converted with the
    population at 31.12.2021, the reference the Landesamt used: 16 335 / 7,53 = 2 169 k = Eurostat)."""
    d = _csv("handwerk_gewerbegruppen_destatis.csv", dtype={"area_code": str})
    d = d[
        (d.gewerbegruppe == TOTAL)
        & (d.anlage == "A+B1")
        & d.indicator.isin(list(_HZ_INDICATOR))
        & (d.year > 2014)
    ]
    out = []
    for r in _rows(d.sort_values(["area_code", "year", "indicator"])):
        ind = _HZ_INDICATOR[r["indicator"]]
        approx = str(r["approximate"]) == "yes"
        out.append(
            Margin(
                key=f"total/{r['area_code']}/{r['year']}/{ind}",
                area_code=str(r["area_code"]),
                year=int(r["year"]),
                indicator=ind,
                gewerbegruppe=TOTAL,
                measure="level",
                value=float(r["value"]),
                tolerance=approx_tolerance(float(r["value"]), approx),
                kind="published",
                source=f"handwerk_gewerbegruppen_destatis: {r['source_publisher']}",
            )
        )
    f = _csv("handwerk_published_figures.csv", dtype={"region_code": str})
    per1000 = {"unternehmen_je_1000_ew": "businesses", "taetige_personen_je_1000_ew": "employees"}
    f = f[f.indicator.isin(list(per1000)) & (f.region_code.str.len() == 5)]
    for r in _rows(f.sort_values(["region_code", "indicator"])):
        year = int(str(r["reference_date"])[:4])
        pop = population(str(r["region_code"]), year)
        ind = per1000[r["indicator"]]
        out.append(
            Margin(
                key=f"total/{r['region_code']}/{year}/{ind}",
                area_code=str(r["region_code"]),
                year=year,
                indicator=ind,
                gewerbegruppe=TOTAL,
                measure="level",
                value=float(r["value"]) * pop / 1000.0,
                # the ratio is published to 2 decimals: ±0.005 per 1000 inhabitants, plus our rounding to units
                tolerance=0.005 * pop / 1000.0 + 0.5,
                kind="published",
                source=f"handwerk_published: {r['publisher']} ({r['value']} je 1000 Einwohner × Bevölkerung 31.12.{year})",
            )
        )
    return tuple(out)


# -- Germany by Gewerbegruppe -----------------------------------------------------------------
@cache
def dg_group_figures() -> tuple[Margin, ...]:
    """Every Germany figure per Gewerbegruppe (Unternehmen, tätige Personen, tätige Personen je
    Unternehmen) in handwerk_gewerbegruppen_destatis.csv (the same figures as in
    handwerk_published_figures.csv), 2008-2022."""
    d = _csv("handwerk_gewerbegruppen_destatis.csv", dtype={"area_code": str})
    d = d[(d.area_code == "DG") & (d.gewerbegruppe != TOTAL) & (d.anlage == "A+B1")]
    out = []
    for r in _rows(d.sort_values(["gewerbegruppe", "year", "indicator"])):
        if r["indicator"] in _HZ_INDICATOR:
            ind, measure = _HZ_INDICATOR[r["indicator"]], "level"
            tol = approx_tolerance(float(r["value"]), str(r["approximate"]) == "yes")
        elif r["indicator"] == "taetige_personen_je_unternehmen":
            ind, measure, tol = "employees", "per_business", 0.5  # published as a whole number
        else:
            continue
        out.append(
            Margin(
                key=f"group/DG/{r['year']}/{ind}/{r['gewerbegruppe']}/{measure}",
                area_code="DG",
                year=int(r["year"]),
                indicator=ind,
                gewerbegruppe=str(r["gewerbegruppe"]),
                measure=measure,
                value=float(r["value"]),
                tolerance=tol,
                kind="published",
                source=f"handwerk_gewerbegruppen_destatis: {r['source_publisher']}",
            )
        )
    return tuple(out)


@cache
def dg_totals_before_2010() -> dict[tuple[int, str], float]:
    """Germany totals 2008/2009 (press figures), used only to interpolate group shares."""
    d = _csv("handwerk_gewerbegruppen_destatis.csv", dtype={"area_code": str})
    d = d[
        (d.area_code == "DG")
        & (d.gewerbegruppe == TOTAL)
        & (d.year < 2010)
        & d.indicator.isin(list(_HZ_INDICATOR))
    ]
    return {(int(r["year"]), _HZ_INDICATOR[r["indicator"]]): float(r["value"]) for r in _rows(d)}


@cache
def zdh_structure(area: str) -> dict[str, float]:
    """ZDH Betriebsbestand Anlage A by Konjunkturgruppe at 30.06.2020 (``DG`` or ``Ost``)."""
    d = _csv("handwerk_gewerbegruppen_zdh.csv", dtype={"area_code": str})
    d = d[(d.area_code == area) & (d.year == 2020) & (d.stichtag == "30.06.") & (d.anlage == "A")]
    vals = {str(g): float(v) for g, v in zip(d.gewerbegruppe, d.value, strict=True) if g != TOTAL}
    return {g: vals[g] for g in GEWERBEGRUPPEN}


@cache
def zdh_states_2019() -> dict[tuple[str, str], float]:
    """ZDH 30.06.2019 by state: (state, "Bauhauptgewerbe") all Anlagen, (state, "Ausbaugewerbe") B1."""
    d = _csv("handwerk_gewerbegruppen_zdh.csv", dtype={"area_code": str})
    d = d[(d.year == 2019) & (d.stichtag == "30.06.") & d.area_code.isin(["14", "15", "16"])]
    out = {}
    for r in _rows(d):
        if (r["gewerbegruppe"] == "Bauhauptgewerbe" and r["anlage"] == "all") or (
            r["gewerbegruppe"] == "Ausbaugewerbe" and r["anlage"] == "B1"
        ):
            out[(str(r["area_code"]), str(r["gewerbegruppe"]))] = float(r["value"])
    return out


@cache
def hbe_dg_employment_changes() -> dict[tuple[str, int], float]:
    """Handwerksberichterstattung (53211, Anlage A only), Germany, yearly change of Beschäftigte
    in % against the previous year, per group (and ``insgesamt``) where the release quantified it."""
    d = _csv("handwerksberichterstattung_gewerbegruppen.csv", dtype={"area_code": str})
    d = d[
        (d.area_code == "DG")
        & (d.period_type == "year")
        & (d.indicator == "beschaeftigte_veraenderung_vj_pct")
    ]
    g = d.groupby(["gewerbegruppe", "period"])["value"].mean()
    return {(str(cast(tuple[Any, ...], k)[0]), int(cast(tuple[Any, ...], k)[1])): float(v) for k, v in g.items()}


# WZ 2008 section that stands for each group in the URS proxy (documented in ESTIMATE.md).
GROUP_SECTION = {
    "Bauhauptgewerbe": "F",
    "Ausbaugewerbe": "F",
    "Handwerke für den gewerblichen Bedarf": "C",
    "Kraftfahrzeuggewerbe": "G",
    "Lebensmittelgewerbe": "C",
    "Gesundheitsgewerbe": "Q",
    "Handwerke für den privaten Bedarf": "S",
}


@cache
def urs_section_shares() -> pd.DataFrame:
    """URS 2014 Unternehmen: share of each WZ section in the area's total (rows: AGS, cols: section)."""
    u = _csv("urs_wz_abschnitte_2014.csv", dtype={"ags": str})
    u = u[u.unit == "unternehmen"]
    x = u.pivot_table(index="ags", columns="wz_section", values="value", aggfunc="sum")
    return x.div(x["insgesamt"], axis=0)


@cache
def urs_east_shares() -> pd.Series:
    """Section shares of Sachsen + Sachsen-Anhalt + Thüringen together (the East reference)."""
    u = _csv("urs_wz_abschnitte_2014.csv", dtype={"ags": str})
    u = u[(u.unit == "unternehmen") & u.ags.isin(["14", "15", "16"])]
    s = u.groupby("wz_section")["value"].sum()
    result: pd.Series = s / s["insgesamt"]
    return result


@cache
def chamber_betriebe() -> tuple[tuple[str, str, float], ...]:
    """Chamber Betriebe totals (Anlage A+B1+B2) of HWK Halle and HWK zu Leipzig: (chamber, date, value).
    Used only for the trend comparison in the report, never as levels."""
    f = _csv("handwerk_published_figures.csv", dtype={"region_code": str})
    f = f[f.region_code.isin(["HWK-H", "HWK-L"]) & (f.indicator == "betriebe") & (f.breakdown == "total")]
    return tuple(
        (str(c), str(d), float(v))
        for c, d, v in zip(f.region_code, f.reference_date, f.value, strict=True)
        if isinstance(d, str)
    )


# -- the study's figures (kind "study") ----------------------------------------------------------
STUDY_YEAR = 2018
STUDY_BASE_YEAR = 2010


# The study's quantified statements on the IRMD's Gewerbegruppen, each with the sentence it is read from:
# (key, indicator, Gewerbegruppe, measure, value, tolerance, quote). A "change" runs from STUDY_BASE_YEAR.
_STUDY_STATEMENTS: tuple[tuple[str, str, str, str, float, float, str], ...] = (
    ("ausbau_share_employees", "employees", "Ausbaugewerbe", "share", 0.28, 0.01,
     "„mit einem Anteil von 28% der Beschäftigten die größte Gewerkegruppe“"),
    ("bauhaupt_share_businesses", "businesses", "Bauhauptgewerbe", "share", 0.20, 0.01,
     "„macht mit 20% rund ein Fünftel aller Betriebe in der IRMD aus“"),
    ("gesundheit_share_employees", "employees", "Gesundheitsgewerbe", "share", 0.04, 0.01,
     "„macht mit 4% aller Beschäftigten einen relativ kleinen Anteil … aus“"),
    ("lebensmittel_change_employees", "employees", "Lebensmittelgewerbe", "change", -0.32, 0.02,
     "„nahezu ein Drittel der Beschäftigten eingebüßt“ (read as −32 %)"),
    ("privat_change_employees", "employees", "Handwerke für den privaten Bedarf", "change", -0.06, 0.02,
     "„eine der schrumpfenden Branchen in Bezug auf die Beschäftigtenzahlen (-6%)“"),
    ("ausbau_share_businesses_vs_dg", "businesses", "Ausbaugewerbe", "share_minus_dg", 0.0, 0.01,
     "„Sein Anteil an den Handwerksbetrieben entspricht dem bundesweiten Durchschnitt“"),
)


@cache
def study_margins() -> tuple[Margin, ...]:
    """Quantified statements of the study on the IRMD's Gewerbegruppen (shares taken as 2018,
    changes as 2010-2018, the study's period). Shares ±1 percentage point, changes ±2 points."""
    return tuple(
        Margin(
            key=f"study/{key}",
            area_code="IRMD",
            year=STUDY_YEAR,
            indicator=ind,
            gewerbegruppe=group,
            measure=measure,
            value=value,
            tolerance=tol,
            kind="study",
            source=STUDY_SOURCE,
            section=STUDY_SECTION,
            base_year=STUDY_BASE_YEAR if measure == "change" else None,
            note=note,
        )
        for key, ind, group, measure, value, tol, note in _STUDY_STATEMENTS
    )
