"""Area totals per year (the column margins of the estimate): Unternehmen and tätige Personen.

Rule (proportional benchmarking to an indicator series, as in Denton-type benchmarking):

    L_a(y) = I_a(y) * c_a(y),   c_a(y*) = A_a(y*) / I_a(y*) at every anchor year y*,

where ``A_a`` are the area's published levels (anchors), ``I_a`` the area's indicator series and
``c_a`` the benchmark ratio, interpolated log-linearly between anchor years and held constant
after the last anchor (before the first, too). The indicator of each area:

* Deutschland: none (``I = 1``): plain log-linear interpolation between published years.
* Sachsen, Sachsen-Anhalt: Germany's total (so ``c`` is the state's share of Germany).
* Thüringen: Sachsen + Sachsen-Anhalt (no published total after 2016: Thüringen keeps its
  2016 ratio to the two neighbouring East states, i.e. it follows their trend).
* districts: their state's total times the district's population share of the state (so ``c`` is
  the district's craft density relative to its state's, held at 2014 unless a later district
  figure exists: Halle (Saale) 2021, Saalekreis 2021 employees). Population (31.12.) from
  population_eurostat.csv; from 2022 on the Zensus 2022 basis, so shares are held at 2021.
  Back-test: predicting 2014 from 2010 this rule misses the official district totals by 3.59 %
  on average (holding the 2010 share: 3.63 %); predicting the three 2021 district figures from
  2014 it is closer than holding the share in all three cases.

Anchors are the official totals 2010-2014 and the published later totals (see margins.py).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from core.estimate.margins import INDICATORS, Margin, official_totals, population, published_totals
from core.regions import Region

STATES = ("14", "15", "16")
DG = "DG"


def benchmark(
    index: Mapping[int, float], anchors: Mapping[int, float], years: Iterable[int]
) -> dict[int, float]:
    """``L(y) = I(y) * c(y)``; ``c`` log-linear between anchors, constant outside them."""
    ys = sorted(anchors)
    if not ys:
        raise ValueError("no anchor")
    ratio = {y: anchors[y] / index[y] for y in ys}
    out = {}
    for y in years:
        if y <= ys[0]:
            c = ratio[ys[0]]
        elif y >= ys[-1]:
            c = ratio[ys[-1]]
        else:
            lo = max(a for a in ys if a <= y)
            hi = min(a for a in ys if a >= y)
            if lo == hi:
                c = ratio[lo]
            else:
                t = (y - lo) / (hi - lo)
                c = math.exp((1 - t) * math.log(ratio[lo]) + t * math.log(ratio[hi]))
        out[y] = index[y] * c
    return out


POPULATION_LAST_YEAR = 2021  # from 31.12.2022 on the Zensus 2022 basis: shares held at 2021 (break)


def population_share(area: str, parent: str, year: int) -> float:
    """Population of ``area`` over ``parent`` at 31.12. of ``year`` (held before 2010 / after 2021)."""
    y = min(max(year, 2010), POPULATION_LAST_YEAR)
    return population(area, y) / population(parent, y)


def anchors_by_area() -> dict[tuple[str, str], dict[int, float]]:
    """(area, indicator) -> {year: level} from the official and published totals."""
    out: dict[tuple[str, str], dict[int, float]] = {}
    margins: list[Margin] = [*official_totals(), *published_totals()]
    for m in margins:
        out.setdefault((m.area_code, m.indicator), {})[m.year] = m.value
    return out


def area_totals(region: Region, years: list[int]) -> dict[tuple[str, str], dict[int, float]]:
    """Fitted totals (unrounded) per (area, indicator) and year for DG, the 3 states and the districts."""
    anchors = anchors_by_area()
    span = range(min(min(years), 2008), max(years) + 1)
    out: dict[tuple[str, str], dict[int, float]] = {}
    for ind in INDICATORS:
        ones = dict.fromkeys(span, 1.0)
        dg = benchmark(ones, anchors[(DG, ind)], span)
        out[(DG, ind)] = dg
        for st in ("14", "15"):
            out[(st, ind)] = benchmark(dg, anchors[(st, ind)], span)
        neighbours = {y: out[("14", ind)][y] + out[("15", ind)][y] for y in span}
        out[("16", ind)] = benchmark(neighbours, anchors[("16", ind)], span)
        for d in region.districts:
            state = out[(d.state, ind)]
            index = {y: state[y] * population_share(d.ags, d.state, y) for y in span}
            out[(d.ags, ind)] = benchmark(index, anchors[(d.ags, ind)], span)
    return {k: {y: v[y] for y in years} for k, v in out.items()}
