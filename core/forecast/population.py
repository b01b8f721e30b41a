"""Population per district and broad age group, yearly to the horizon: history, break adjustment,
trend projection and anchoring to published official projections.

Method (documented in the README, section "Forecast"):

1. **Census break.** Values from 2022 on are on the Zensus-2022 basis, 2010–2021 on the Zensus-2011 basis
   (2010 = Eurostat 1.1.2011 is already on the 2011 basis). For each district d and age group a the level
   factor ``c = P[2022] / (P[2021] · exp(g_pre))`` (g_pre = mean annual log change 2010–2021) scales the
   years before 2022, so the series is continuous on the 2022 basis: the jump beyond trend is read as the
   census correction. Only the years before 2022 change; 2022–2024 stay as published.
2. **Trend** (every group when no single-year ages are available): ``g[d,a]`` = mean annual
   log change of the adjusted series over the fit window, the last ``FIT_TRANSITIONS`` = 8 year-to-year
   changes up to the last data year t0 (2016–2024: after the 2015 immigration peak, which would otherwise
   dominate); ``P[d,a,t] = P[d,a,t0] · exp(g · (t − t0))``.
2b. **Cohort flows** (with the single-year ages of 31.12.2015): the people turning 65 in year t,
   ``E[t] = N2015[age 2080 − t]``, and turning 15, ``J[t] = N2015[age 2030 − t]`` (the age-0 cohort is held
   for later years), both scaled by the group's census factor, move between the groups:
   ``U15[t] = U15[t−1] + B − J[t]``, ``P15_64[t] = P15_64[t−1]·(1 + n) + J[t] − E[t]`` and
   ``P65[t] = P65[t−1]·(1 − m) + E[t]``. The exit rate m (deaths, moves), the net migration rate n and the
   yearly inflow B into under 15 (births and moves of children, held at its mean) are fitted per district
   on the same equations over the fit window. So the baby boomers reaching 65 and the small cohorts born
   after 1990 shape the age structure, not only the past trend.
3. **Anchors.** Every published projection is first re-based onto the model's Zensus-2022 basis (its path
   from its own base year applied to our census-adjusted population of that year, see
   ``core.forecast.inputs.published_anchors``). Where it gives the district total in a year after t0, the
   projection is scaled so the total hits that value exactly: ``f(t)`` is 1 at t0, ``value / total`` at
   each anchor year, linear in between; after the last anchor the total keeps the mean annual rate of the
   anchored path from t0 to that anchor (no kink back to the trend). All age groups are multiplied by
   ``f(t)``. Percentage changes (Halle −5 % 2019→2035) are turned into a value on the Zensus-2022
   basis (base-year value × c × (1 + change)); non-official figures and ranges are not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

AGE_GROUPS: tuple[str, ...] = ("u15", "15_64", "65plus")
AGE_INDICATORS: tuple[str, ...] = ("population_u15", "population_15_64", "population_65plus")
AGE_LABELS_DE = {"u15": "unter 15", "15_64": "15 bis 64", "65plus": "65 und älter"}
CENSUS_BREAK = 2022
FIT_TRANSITIONS = 8


@dataclass(frozen=True)
class Anchor:
    """One published projection point of a district total (``value`` persons at 31.12. of ``year``)."""

    district: str
    year: int
    value: float
    projection: str
    variant: str
    publisher: str
    source_url: str
    derived: bool = False  # True: computed from a published percentage change (see module docstring)
    note: str = ""
    note_en: str = ""  # the note in English
    published: float | None = None  # the figure as published (persons, or % for a percentage change)
    base_year: int | None = None  # base year of the projection
    rebase: float = 1.0  # factor that moved the published path onto the Zensus-2022 basis

    def to_dict(self) -> dict[str, Any]:
        return {
            "district": self.district,
            "year": self.year,
            "value": self.value,
            "published_value": self.published,
            "base_year": self.base_year,
            "census_basis": "Zensus 2022",
            "census_basis_en": "2022 census",
            "rebase_factor": self.rebase,
            "projection": self.projection,
            "projection_en": projection_label(self.projection, "en"),
            "variant": self.variant,
            "variant_en": variant_label(self.variant, "en"),
            "publisher": self.publisher,
            "source_url": self.source_url,
            "derived_from_percentage": self.derived,
            "kind": "published",
            "dataset": "projection_published",
            "note": self.note,
            "note_en": self.note_en,
        }


_STATES_EN = {"Sachsen-Anhalt": "Saxony-Anhalt", "Sachsen": "Saxony", "Thüringen": "Thuringia"}
_VARIANTS_EN = {
    "Hauptvariante": "main variant",
    "obere Variante": "upper variant",
    "untere Variante": "lower variant",
    "günstigste Variante": "most favourable variant",
    "ungünstigste Variante": "least favourable variant",
}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def projection_label(name: str, lang: str = "de") -> str:
    """A published projection's name as the user reads it: German as published; English translated
    ("8. Regionalisierte Bevölkerungsvorausberechnung Sachsen" → "8th regionalised population projection of
    Saxony", the official abbreviation kept); an unknown name stays as published."""
    if lang != "en":
        return name
    m = re.fullmatch(r"(\d+)\. (Gemeinde|[Rr]egionalisierte )[Bb]evölkerungs(?:vorausberechnung|prognose) "
                     r"(Sachsen-Anhalt|Sachsen|Thüringen)(?: \((.*)\))?", name.strip())
    if m:
        kind = "municipal" if m.group(2) == "Gemeinde" else "regionalised"
        extra = {"veraltet": "outdated"}.get(m.group(4) or "", m.group(4) or "")
        return (f"{_ordinal(int(m.group(1)))} {kind} population projection of {_STATES_EN[m.group(3)]}"
                + (f" ({extra})" if extra else ""))
    m = re.fullmatch(r"Bevölkerungsvorausschätzung (\d{4}) der Stadt (.+) \(kommunal\)", name.strip())
    if m:
        return f"population projection {m.group(1)} of the city of {m.group(2)} (municipal)"
    if name.startswith("Bertelsmann Stiftung, Wegweiser Kommune"):
        return "Bertelsmann Stiftung, Wegweiser Kommune population projection (not official)"
    return name


def variant_label(variant: str, lang: str = "de") -> str:
    """A projection variant in ``lang`` ("Variante 2" → "variant 2"; "-" = none → "")."""
    v = variant.strip()
    if v in ("", "-"):
        return ""
    if lang != "en":
        return v
    if m := re.fullmatch(r"Variante (\d+)", v):
        return f"variant {m.group(1)}"
    return _VARIANTS_EN.get(v, v)


def census_factors(hist_years: np.ndarray, pop: np.ndarray, break_year: int = CENSUS_BREAK) -> np.ndarray:
    """Level factor per (district, age group) that moves years before ``break_year`` onto the new basis.

    Args:
        hist_years: (H,) consecutive years.
        pop: (D, A, H) population.
    Returns:
        (D, A) factors; 1 where the break is not inside the history.
    """
    years = list(hist_years)
    if break_year not in years or years.index(break_year) < 2:
        return np.ones(pop.shape[:2])
    b = years.index(break_year)
    logp = np.log(pop[..., :b])
    g_pre = np.diff(logp, axis=-1).mean(axis=-1)
    result: np.ndarray = pop[..., b] / (pop[..., b - 1] * np.exp(g_pre))
    return result


def adjust_for_break(hist_years: np.ndarray, pop: np.ndarray, break_year: int = CENSUS_BREAK) -> np.ndarray:
    """Population with the years before the census break scaled onto the new basis (see module docstring)."""
    c = census_factors(hist_years, pop, break_year)
    out = pop.astype(float).copy()
    mask = np.asarray(hist_years) < break_year
    out[..., mask] *= c[..., None]
    return out


def trend_rates(adjusted: np.ndarray, transitions: int = FIT_TRANSITIONS) -> np.ndarray:
    """Mean annual log change per (district, age group) over the last ``transitions`` changes of an adjusted
    (break-free) series (D, A, H)."""
    result: np.ndarray = np.diff(np.log(adjusted), axis=-1)[..., -transitions:].mean(axis=-1)
    return result


def cohort_entries(cohorts: np.ndarray, years: np.ndarray, cohort_year: int, age: int) -> np.ndarray:
    """(D, T) people reaching ``age`` in each year: the single-year cohort aged ``age − (t − cohort_year)`` at
    the end of ``cohort_year`` (the youngest cohort is held once the age would be negative)."""
    idx = np.clip(age - (np.asarray(years) - cohort_year), 0, cohorts.shape[1] - 1).astype(int)
    return cohorts[:, idx]


def _flow_rates(
    adj: np.ndarray, e65: np.ndarray, j15: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per district, fitted over the history: share of 65+ staying (1 − m), growth factor of 15–64 before
    the flows (1 + n), and the mean yearly inflow into under 15 (births plus net moves of children, B).

    adj (D, 3, H) adjusted history; e65, j15 (D, H) entries into 65+ / 15–64 in each history year.
    """
    u15, p1564, p65 = adj[:, 0, :], adj[:, 1, :], adj[:, 2, :]
    prev65, now65 = p65[:, :-1], p65[:, 1:]
    keep = (prev65 * (now65 - e65[:, 1:])).sum(axis=1) / (prev65**2).sum(axis=1)
    prev, now = p1564[:, :-1], p1564[:, 1:]
    grow = (prev * (now - j15[:, 1:] + e65[:, 1:])).sum(axis=1) / (prev**2).sum(axis=1)
    births = (u15[:, 1:] - u15[:, :-1] + j15[:, 1:]).mean(axis=1)
    return keep, grow, births


def project(
    hist_years: np.ndarray,
    pop: np.ndarray,
    years: np.ndarray,
    anchors: dict[int, list[tuple[int, float]]] | None = None,
    cohorts: np.ndarray | None = None,
    cohort_year: int = 2015,
) -> np.ndarray:
    """Population (D, A, len(years)) for ``years``: adjusted history where known, projection + anchors after.

    Args:
        hist_years: (H,) consecutive history years; the last one is t0.
        pop: (D, A, H) official population.
        years: model years (may start before t0 and must be consecutive).
        anchors: district index -> [(year, total)], published totals to hit exactly (years > t0).
        cohorts: (D, ≥66) persons per single year of age at the end of ``cohort_year``; enables the cohort
            flows of 15–64 and 65+ (else every group follows its trend).
    """
    adj = adjust_for_break(hist_years, pop)
    g = trend_rates(adj)
    t0 = int(hist_years[-1])
    base = adj[..., -1]
    out = np.empty(pop.shape[:2] + (len(years),))
    hist_pos = {int(y): i for i, y in enumerate(hist_years)}
    for j, y in enumerate(years):
        y = int(y)
        if y <= t0:
            if y not in hist_pos:
                raise ValueError(f"no population history for {y}")
            out[..., j] = adj[..., hist_pos[y]]
        else:
            out[..., j] = base * np.exp(g * (y - t0))
    if cohorts is not None and cohort_year <= t0:
        _cohort_projection(
            out,
            years,
            t0,
            adj[..., -FIT_TRANSITIONS - 1 :],
            hist_years[-FIT_TRANSITIONS - 1 :],
            cohorts,
            cohort_year,
            census_factors(hist_years, pop),
        )
    for d, points in (anchors or {}).items():
        out[d] *= anchor_scale(years, out[d].sum(axis=0), t0, points)[None, :]
    return out


def _cohort_projection(
    out: np.ndarray,
    years: np.ndarray,
    t0: int,
    fit: np.ndarray,
    fit_years: np.ndarray,
    cohorts: np.ndarray,
    cohort_year: int,
    census: np.ndarray,
) -> None:
    """Overwrite 15–64 and 65+ after t0 in ``out`` with the cohort flows (see module docstring, 2b)."""
    e65_all = cohort_entries(cohorts, np.asarray(years), cohort_year, 65) * census[:, 1:2]
    j15_all = cohort_entries(cohorts, np.asarray(years), cohort_year, 15) * census[:, 0:1]
    e65_fit = cohort_entries(cohorts, fit_years, cohort_year, 65) * census[:, 1:2]
    j15_fit = cohort_entries(cohorts, fit_years, cohort_year, 15) * census[:, 0:1]
    keep, grow, births = _flow_rates(fit, e65_fit, j15_fit)
    start = [j for j, y in enumerate(years) if int(y) == t0]
    if not start:
        return
    for j in range(start[0] + 1, len(years)):
        out[:, 0, j] = np.maximum(out[:, 0, j - 1] + births - j15_all[:, j], 0.0)
        out[:, 2, j] = np.maximum(out[:, 2, j - 1] * keep + e65_all[:, j], 0.0)
        out[:, 1, j] = np.maximum(out[:, 1, j - 1] * grow + j15_all[:, j] - e65_all[:, j], 0.0)


def anchor_scale(
    years: np.ndarray, totals: np.ndarray, t0: int, points: list[tuple[int, float]]
) -> np.ndarray:
    """Factor per year that makes ``totals`` pass through ``points`` (linear between; after the last point
    the total continues at the anchored path's mean rate since t0)."""
    pts = sorted((y, v) for y, v in points if y > t0 and y <= int(years[-1]))
    f = np.ones(len(years))
    if not pts:
        return f
    pos = {int(y): i for i, y in enumerate(years)}
    xs = [t0] + [y for y, _ in pts]
    fs = [1.0] + [v / totals[pos[y]] for y, v in pts]
    yrs = np.asarray(years, dtype=float)
    after = yrs > t0
    f[after] = np.interp(yrs[after], xs, fs)
    last_year, last_value = pts[-1]
    if t0 in pos:
        rate = (last_value / totals[pos[t0]]) ** (1.0 / (last_year - t0))
        beyond = yrs > last_year
        f[beyond] = last_value * rate ** (yrs[beyond] - last_year) / totals[beyond]
    return f


STEP_THRESHOLD = 0.01  # a yearly change that differs by more than 1 percentage point from the unanchored path


def anchor_steps(
    years: np.ndarray,
    anchored: np.ndarray,
    unanchored: np.ndarray,
    t0: int,
    threshold: float = STEP_THRESHOLD,
) -> list[tuple[int, int, float, float]]:
    """Years in which anchoring to a published projection makes the district total jump: (from, to,
    anchored change, unanchored change) where the two yearly changes differ by more than ``threshold``.

    anchored / unanchored: (T,) district totals for ``years`` (consecutive)."""
    out = []
    for j in range(1, len(years)):
        y0, y1 = int(years[j - 1]), int(years[j])
        if y0 < t0:
            continue
        a = anchored[j] / anchored[j - 1] - 1
        u = unanchored[j] / unanchored[j - 1] - 1
        if abs(a - u) > threshold:
            out.append((y0, y1, float(a), float(u)))
    return out
