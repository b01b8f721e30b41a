"""Group structure of the states and the IRMD districts (seed), and the IRMD group targets.

Seed ("relative structure" form). For an area ``a`` the share of group ``g`` in year ``y`` is

    pi_a(g, y) ∝ S_DG(g, y) * rho_a(g),
    rho_a(g)   = LQ_Ost(g) * m_a(g) * k_a(g),

where ``S_DG`` is Germany's fitted share (germany.py; of businesses or of employees),
``LQ_Ost(g) = Ost share / Germany share`` of the ZDH Anlage A Betriebe at 30.06.2020 (the nearest
published East structure), ``m_a(g) = (URS share of section(g) in a / URS share in SN+ST+TH)^0.5``
(URS 2014 Unternehmen; F for Bauhaupt/Ausbau, C for gewerblicher Bedarf/Lebensmittel, G for Kfz,
Q for Gesundheit, S for privater Bedarf; square root = damping, since sections are wider than the
groups), and for the states ``k_a(g)`` = the same damped ratio of the ZDH 30.06.2019 state rows
(Bauhaupt all Anlagen, Ausbau B1) per Unternehmen against the three-state mean (1 elsewhere).

IRMD calibration (study, section "Zentrale Befunde – Branchenportfolio"). With the seed share
``p(g, y) = sum_d T_d(y) pi_d(g, y) / T_IRMD(y)`` the IRMD group totals are

    w(g, y) = p(g, y) * phi(g) * exp(mu(g) * (clip(y, 2010, 2018) - 2018))
    G(g, y) = T_IRMD(y) * w(g, y) / sum_h w(h, y)

``phi`` (constant factors) and ``mu`` (log-linear time tilts inside the study period) are found by
fixed-point iteration so that, in 2018, the study shares hold (Ausbau 28 % of employees,
Gesundheit 4 % of employees, Bauhaupt 20 % of businesses, Ausbau share of businesses = Germany's),
the 2010-2018 changes hold (Lebensmittel employees −32 %, private Bedarf −6 %), and the
qualitative findings hold as inequalities (see QUALITATIVE). The districts are then fitted by IPF
to their totals (rows) and these group totals (columns).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.datastore import GEWERBEGRUPPEN
from core.estimate.margins import (
    GROUP_SECTION,
    STUDY_BASE_YEAR,
    STUDY_YEAR,
    study_margins,
    urs_east_shares,
    urs_section_shares,
    zdh_states_2019,
    zdh_structure,
)

DAMPING = 0.5
G = GEWERBEGRUPPEN
BAU, AUSBAU, GEW, KFZ, LEB, GES, PRIV = range(7)


@dataclass(frozen=True)
class Bound:
    """A qualitative study finding turned into an inequality (our reading, documented)."""

    group: int
    indicator: str
    measure: str  # "lq" (employees, 2018, vs Germany) or "change" (2010-2018)
    low: float | None
    high: float | None
    finding: str


# Our quantitative reading of the study's qualitative findings (ESTIMATE.md, "Study margins").
QUALITATIVE: tuple[Bound, ...] = (
    Bound(
        KFZ,
        "employees",
        "lq",
        1.10,
        None,
        "Kfz „deutlich stärker vertreten als im bundesweiten Durchschnitt“",
    ),
    Bound(
        KFZ, "employees", "change", 0.01, 0.10, "Kfz „leichtes Wachstum im Zeitraum zwischen 2010 und 2018“"
    ),
    Bound(
        BAU,
        "employees",
        "lq",
        1.10,
        None,
        "Bauhaupt „im Vergleich zur bundesweiten Struktur überrepräsentiert“",
    ),
    Bound(
        GEW,
        "employees",
        "lq",
        None,
        0.75,
        "gewerblicher Bedarf „deutlich unterrepräsentiert … stark negativen Lokalisationsfaktor“",
    ),
    Bound(
        PRIV,
        "employees",
        "lq",
        0.90,
        1.10,
        "privater Bedarf „ähnlich stark vertreten wie in der gesamtdeutschen Handwerksstruktur“",
    ),
    Bound(AUSBAU, "employees", "change", 0.01, 0.10, "Ausbau „leichtes Wachstum“"),
    Bound(GES, "employees", "change", 0.02, None, "Gesundheit „steigende Beschäftigtenzahlen“"),
    # "Gesundheit … eine der wenigen wachsenden Branchen": only Kfz, Ausbau and Gesundheit are named as
    # growing; Bauhaupt and gewerblicher Bedarf are read as stagnating (at most +2 % in eight years)
    Bound(
        BAU,
        "employees",
        "change",
        None,
        0.02,
        "Bauhaupt stagnierend („eine der wenigen wachsenden Branchen“)",
    ),
    Bound(
        GEW,
        "employees",
        "change",
        None,
        0.02,
        "gewerblicher Bedarf stagnierend („wenige wachsende Branchen“)",
    ),
)
# Lebensmittel has "den schwächsten Lokalisationsfaktor": LQ_Leb <= LEB_BELOW_LOWEST * min(other LQs).
LEB_BELOW_LOWEST = 0.9


def modulation(area: str) -> np.ndarray:
    """``m_a(g)``: damped URS section-structure ratio of the area against SN+ST+TH."""
    sh = urs_section_shares()
    east = urs_east_shares()
    return np.array([(sh.loc[area, GROUP_SECTION[g]] / east[GROUP_SECTION[g]]) ** DAMPING for g in G])


def lq_ost() -> np.ndarray:
    ost, dg = zdh_structure("Ost"), zdh_structure("DG")
    so, sd = sum(ost.values()), sum(dg.values())
    return np.array([(ost[g] / so) / (dg[g] / sd) for g in G])


def chamber_factor(state: str, state_businesses_2019: dict[str, float]) -> np.ndarray:
    """``k_a(g)`` of a state from the ZDH 2019 state rows (Bauhaupt all Anlagen, Ausbau B1)."""
    z = zdh_states_2019()
    k = np.ones(len(G))
    for g in ("Bauhauptgewerbe", "Ausbaugewerbe"):
        mean = sum(z[(s, g)] for s in ("14", "15", "16")) / sum(
            state_businesses_2019[s] for s in ("14", "15", "16")
        )
        k[G.index(g)] = ((z[(state, g)] / state_businesses_2019[state]) / mean) ** DAMPING
    return k


def shares(rho: np.ndarray, dg_table: np.ndarray) -> np.ndarray:
    """``pi(g, y) ∝ S_DG(g, y) * rho(g)`` for every year column of ``dg_table`` (groups x years)."""
    s = dg_table / dg_table.sum(axis=0, keepdims=True)
    x = s * rho[:, None]
    result: np.ndarray = x / x.sum(axis=0, keepdims=True)
    return result


@dataclass
class Calibration:
    phi: dict[str, np.ndarray]
    mu: dict[str, np.ndarray]
    iterations: int


def irmd_group_totals(
    seed_totals: dict[str, np.ndarray],
    irmd_totals: dict[str, np.ndarray],
    dg: dict[str, np.ndarray],
    years: list[int],
    *,
    max_iter: int = 2000,
    tol: float = 1e-12,
) -> tuple[dict[str, np.ndarray], Calibration]:
    """IRMD totals per group and year (groups x years) meeting the study margins.

    ``seed_totals[ind]``: seed group totals (sum over districts of T_d * pi_d), ``irmd_totals[ind]``:
    the IRMD total per year, ``dg[ind]``: Germany's table (for the LQ and Ausbau-share references).
    Fixed-point iteration (module docstring): each round corrects ``phi`` for the 2018 shares, then, for
    employees, ``mu`` for the 2010-2018 changes and both for the qualitative bounds, until the largest
    log-correction of a round is below ``tol``.
    """
    y18, y10 = years.index(STUDY_YEAR), years.index(STUDY_BASE_YEAR)
    # the tilts act inside the study period only; before 2010 / after 2018 the groups follow Germany
    t = np.clip(np.array(years, dtype=float), STUDY_BASE_YEAR, STUDY_YEAR) - STUDY_YEAR
    base = {k: v / v.sum(axis=0, keepdims=True) for k, v in seed_totals.items()}
    phi = {k: np.ones(len(G)) for k in base}
    mu = {k: np.zeros(len(G)) for k in base}
    dg_share = {k: v[:, y18] / v[:, y18].sum() for k, v in dg.items()}
    share_targets, change_targets = _study_targets(dg_share)

    def current(ind: str) -> np.ndarray:
        x = base[ind] * phi[ind][:, None] * np.exp(mu[ind][:, None] * t[None, :])
        shares: np.ndarray = x / x.sum(axis=0, keepdims=True)
        return shares

    iterations = 0
    for iterations in range(1, max_iter + 1):  # noqa: B007 (the count is reported)
        delta = 0.0
        for ind in ("businesses", "employees"):
            pi = current(ind)
            for gi, target in share_targets[ind].items():
                f = target / pi[gi, y18]
                phi[ind][gi] *= f
                delta = max(delta, abs(math.log(f)))
            if ind != "employees":
                continue
            level = pi * irmd_totals[ind][None, :]
            for gi, target in change_targets.items():
                ch = level[gi, y18] / level[gi, y10]
                d = math.log((1 + target) / ch) / (STUDY_YEAR - STUDY_BASE_YEAR)
                mu[ind][gi] += d
                delta = max(delta, abs(d))
            lq = pi[:, y18] / dg_share[ind]
            delta = max(delta, _enforce_bounds(ind, lq, level, phi[ind], mu[ind], y18, y10))
        if delta < tol:
            break
    out = {ind: current(ind) * irmd_totals[ind][None, :] for ind in base}
    return out, Calibration(phi=phi, mu=mu, iterations=iterations)


def _study_targets(dg_share: dict[str, np.ndarray]) -> tuple[dict[str, dict[int, float]], dict[int, float]]:
    """The study margins as targets: 2018 shares per indicator and group index (a "share_minus_dg" is
    Germany's 2018 share plus the value), and the 2010-2018 employee changes per group index."""
    share_targets: dict[str, dict[int, float]] = {"businesses": {}, "employees": {}}
    change_targets: dict[int, float] = {}
    for m in study_margins():
        gi = G.index(m.gewerbegruppe)
        if m.measure == "share":
            share_targets[m.indicator][gi] = m.value
        elif m.measure == "share_minus_dg":
            share_targets[m.indicator][gi] = dg_share[m.indicator][gi] + m.value
        elif m.measure == "change":
            change_targets[gi] = m.value
    return share_targets, change_targets


def _enforce_bounds(ind: str, lq: np.ndarray, level: np.ndarray, phi: np.ndarray, mu: np.ndarray,
                    y18: int, y10: int) -> float:
    """One round of the QUALITATIVE bounds of ``ind`` (updates ``phi``/``mu`` in place; returns the largest
    log-correction): an LQ outside [low, high] scales phi by bound / LQ; a 2010-2018 change outside it
    tilts mu by log((1 + bound) / (1 + change)) / 8; finally LQ_Leb ≤ LEB_BELOW_LOWEST × the lowest other LQ."""
    delta = 0.0
    for b in QUALITATIVE:
        if b.indicator != ind:
            continue
        if b.measure == "lq":
            value = lq[b.group]
            f = 1.0
            if b.low is not None and value < b.low:
                f = b.low / value
            elif b.high is not None and value > b.high:
                f = b.high / value
            phi[b.group] *= f
            delta = max(delta, abs(math.log(f)))
        else:
            ch = level[b.group, y18] / level[b.group, y10] - 1
            goal = None
            if b.low is not None and ch < b.low:
                goal = b.low
            elif b.high is not None and ch > b.high:
                goal = b.high
            if goal is not None:
                d = math.log((1 + goal) / (1 + ch)) / (STUDY_YEAR - STUDY_BASE_YEAR)
                mu[b.group] += d
                delta = max(delta, abs(d))
    others = min(lq[g] for g in range(len(G)) if g != LEB)
    if lq[LEB] > LEB_BELOW_LOWEST * others:
        f = LEB_BELOW_LOWEST * others / lq[LEB]
        phi[LEB] *= f
        delta = max(delta, abs(math.log(f)))
    return delta
