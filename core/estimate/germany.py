"""Germany by Gewerbegruppe and year (the row margins for the Germany rows and the LQ reference).

Per indicator and year ``y`` with the fitted Germany total ``T(y)``:

1. *Published groups.* For every group with published Germany figures (Ausbau-, Gesundheits-,
   Bauhauptgewerbe, Handwerke für den privaten Bedarf), its share ``s_g = P_g(y*) / T(y*)`` at
   the published years ``y*`` is smoothed, because the press figures are rounded (e.g. 1,4 and
   1,5 Millionen): a least-squares line in ``log s_g`` over the published years of one HwO regime
   (up to 2019; from 2020, the amended HwO), clipped at each published year into the figure's
   tolerance band (± one unit of its last digit; 90 % of it, leaving room for rounding).
   Between published years the smoothed shares are interpolated log-linearly, outside them held,
   never across the HwO break (2019 -> 2020 is a step); ``X_g(y) = s_g(y) * T(y)``.
   For employees of the Handwerke für den privaten Bedarf the published
   ratio "tätige Personen je Unternehmen" (2008/2009: 5, 2014/2016/2017: 4) times the fitted
   Unternehmen counts as a published level, next to the 2020 level (400 000).
2. *Free groups* (gewerblicher Bedarf, Kraftfahrzeug-, Lebensmittelgewerbe, and for employees also
   the Bauhauptgewerbe) share the residual ``T(y) - sum of published groups`` in proportion to a seed:
   businesses: the ZDH Anlage A structure at 30.06.2020 (Betriebe); employees: the fitted
   businesses times the Handwerksberichterstattung employment index of the group (Germany,
   Anlage A, yearly changes where quantified, else the total's change; base 2014 = 1), i.e.
   equal employees per business across the free groups in 2014 (no published figure exists).

This is one IPF step per year with a free pool (``ipf`` with ``nan`` targets).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from core.datastore import GEWERBEGRUPPEN
from core.estimate.ipf import ipf
from core.estimate.margins import (
    dg_group_figures,
    dg_totals_before_2010,
    hbe_dg_employment_changes,
    zdh_structure,
)

PRIVAT = "Handwerke für den privaten Bedarf"
HBE_BASE_YEAR = 2014


def _share_path(points: dict[int, float], years: list[int]) -> dict[int, float]:
    ys = sorted(points)
    out = {}
    for y in years:
        if y <= ys[0]:
            out[y] = points[ys[0]]
        elif y >= ys[-1]:
            out[y] = points[ys[-1]]
        else:
            lo = max(a for a in ys if a <= y)
            hi = min(a for a in ys if a >= y)
            t = 0.0 if hi == lo else (y - lo) / (hi - lo)
            out[y] = math.exp((1 - t) * math.log(points[lo]) + t * math.log(points[hi]))
    return out


def hbe_index(group: str, years: list[int]) -> dict[int, float]:
    """Cumulated yearly employment changes (Germany, Anlage A), base HBE_BASE_YEAR = 1.

    Where the release did not quantify the group, the total's change is used; where the total is
    missing too, no change."""
    ch = hbe_dg_employment_changes()

    def rate(y: int) -> float:
        v = ch.get((group, y), ch.get(("insgesamt", y), 0.0))
        return 1.0 + v / 100.0

    idx = {HBE_BASE_YEAR: 1.0}
    for y in range(HBE_BASE_YEAR + 1, max(years) + 1):
        idx[y] = idx[y - 1] * rate(y)
    for y in range(HBE_BASE_YEAR - 1, min(years) - 1, -1):
        idx[y] = idx[y + 1] / rate(y + 1)
    return {y: idx[y] for y in years}


def germany_groups(totals: dict[str, dict[int, float]], years: list[int]) -> dict[str, np.ndarray]:
    """Fitted Germany table per indicator: array (groups x years), columns add up to ``totals``."""
    figs = dg_group_figures()
    pre = dg_totals_before_2010()
    span = list(range(2008, max(years) + 1))

    def total(ind: str, y: int) -> float:
        return totals[ind][y] if y in totals[ind] else pre[(y, ind)]

    out: dict[str, np.ndarray] = {}
    # -- businesses
    zdh = zdh_structure("DG")
    levels = {
        (m.gewerbegruppe, m.year): (m.value, m.tolerance)
        for m in figs
        if m.indicator == "businesses" and m.measure == "level"
    }
    b = _fit("businesses", levels, lambda g, y: zdh[g], total, span)
    out["businesses"] = b
    # -- employees
    levels = {
        (m.gewerbegruppe, m.year): (m.value, m.tolerance)
        for m in figs
        if m.indicator == "employees" and m.measure == "level"
    }
    ip = GEWERBEGRUPPEN.index(PRIVAT)
    for m in figs:
        if m.measure == "per_business" and m.gewerbegruppe == PRIVAT and (PRIVAT, m.year) not in levels:
            nb = b[ip, span.index(m.year)]
            levels[(PRIVAT, m.year)] = (m.value * nb, m.tolerance * nb)
    hbe = {g: hbe_index(g, span) for g in GEWERBEGRUPPEN}
    i14 = span.index(HBE_BASE_YEAR)
    out["employees"] = _fit(
        "employees", levels, lambda g, y: b[GEWERBEGRUPPEN.index(g), i14] * hbe[g][y], total, span
    )
    keep = [span.index(y) for y in years]
    return {k: v[:, keep] for k, v in out.items()}


HWO_BREAK = 2020  # first Berichtsjahr under the amended HwO
CLIP = 0.9  # clip into 90 % of each tolerance band, so that rounding to whole numbers stays inside it


def smooth_shares(points: dict[int, tuple[float, float, float]]) -> dict[int, float]:
    """Least-squares line in log share per HwO regime, clipped into each point's [low, high] band.

    ``points``: year -> (share, low, high). Returns year -> smoothed share at the same years."""
    out: dict[int, float] = {}
    for regime in ([y for y in points if y < HWO_BREAK], [y for y in points if y >= HWO_BREAK]):
        if not regime:
            continue
        ys = np.array(sorted(regime), dtype=float)
        ls = np.log([points[int(y)][0] for y in ys])
        if len(ys) >= 2:
            slope, icpt = np.polyfit(ys - ys.mean(), ls, 1)
            fitted = icpt + slope * (ys - ys.mean())
        else:
            fitted = ls
        for y, f in zip(ys, fitted, strict=True):
            _, lo, hi = points[int(y)]
            out[int(y)] = float(min(max(math.exp(f), lo), hi))
    return out


def _regime_path(points: dict[int, float], years: list[int]) -> dict[int, float]:
    """Share path that does not interpolate across the HwO break: years before 2020 use the points
    before 2020, later years the points from 2020 (each regime falls back to the other if empty)."""
    before = {y: v for y, v in points.items() if y < HWO_BREAK} or points
    after = {y: v for y, v in points.items() if y >= HWO_BREAK} or points
    early = _share_path(before, years)
    late = _share_path(after, years)
    return {y: early[y] if y < HWO_BREAK else late[y] for y in years}


def _fit(ind: str, levels: dict[tuple[str, int], tuple[float, float]], seed_of: Callable[[str, int], float],
         total: Callable[[str, int], float], span: list[int]) -> np.ndarray:
    """``levels``: (group, year) -> (value, tolerance)."""
    table = np.zeros((len(GEWERBEGRUPPEN), len(span)))
    published = sorted({g for g, _ in levels})
    shares = {}
    for g in published:
        pts = {
            y: (v / total(ind, y), (v - CLIP * tol) / total(ind, y), (v + CLIP * tol) / total(ind, y))
            for (gg, y), (v, tol) in levels.items()
            if gg == g
        }
        shares[g] = _regime_path(smooth_shares(pts), span)
    for j, y in enumerate(span):
        t = total(ind, y)
        targets = np.array([shares[g][y] * t if g in shares else np.nan for g in GEWERBEGRUPPEN])
        seed = np.array([[seed_of(g, y)] for g in GEWERBEGRUPPEN])
        res = ipf(seed, targets, np.array([t]))
        table[:, j] = res.table[:, 0]
    return table
