"""Supply of craft services: the workforce and its effective capacity.

    W[t+1] = W[t] · (1 − r[d,t+1] − m − x·(1 − L[d,t+1]) + a·c·v·(Y[d,t] / Y[d,t0])^e)
    S[t]   = W[t] · (1 + p)^(t − t0)

* r = retirements per year: on average share of the workforce aged 55+ / years to retirement, shaped over
  the years by the district's cohorts reaching 65 (``retirement_profile``): many while the baby boomers
  retire, fewer once the small cohorts born after 1970 follow;
* m = further net outflow (migration, sector change) per year;
* x = lateral entry from other occupations and regions in t0 (per year, in % of the workforce); it
  follows the district's working-age population: L = P15–64[t] / P15–64[t0]. A district whose working-age
  population shrinks by a fifth loses a fifth of its lateral entries: cohorts that do not exist cannot
  replenish the workforce;
* a = new apprenticeships per worker, c = completion rate, v = share of new journeymen who stay in the
  craft, Y = size of the district's cohort reaching 17 in year t (from the 2015 single-year ages;
  fallback: population under 15) with elasticity e;
* p = productivity gain from digital processes.

Completed apprentices join the workforce in the following year. W is clipped at zero (never negative).
"""

from __future__ import annotations

import numpy as np


def retirement_profile(entries_65: np.ndarray | None, working_age: np.ndarray, years_to_retirement: float) -> np.ndarray:
    """(D, T) relative retirement intensity with mean 1 over the steps t0+1 .. t0+n (n = years to retirement).

    intensity[d,t] = q[d,t] / mean(q[d, 1..n]), q = people reaching 65 in year t / working-age population in
    year t. Without single-year ages (``entries_65`` None) the profile is flat (1).
    """
    if entries_65 is None:
        return np.ones_like(working_age, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.where(working_age > 0, entries_65 / working_age, 0.0)
    n = int(np.clip(round(years_to_retirement), 1, q.shape[1] - 1))
    mean = q[:, 1 : n + 1].mean(axis=1, keepdims=True)
    return np.where(mean > 0, q / np.where(mean > 0, mean, 1.0), 1.0)


def workforce(
    w0: np.ndarray,
    retirement: np.ndarray,
    outflow: float,
    entry: float,
    completion: float,
    youth_index: np.ndarray,
    elasticity: float,
    stay: float = 1.0,
    lateral: float = 0.0,
    labour_index: np.ndarray | None = None,
) -> np.ndarray:
    """Workforce (D, G, T) from w0 (D, G).

    retirement: (G,) constant rates per year, or (D, T) / (D, G, T) rates per year (the rate at index t
    applies to the step into year t); youth_index (D, T) with 1 in t0; labour_index (D, T) working-age
    population relative to t0 (None = 1); stay, lateral as fractions.
    """
    d, g = w0.shape
    t = youth_index.shape[1]
    r = np.asarray(retirement, dtype=float)
    if r.ndim == 1:
        r = np.broadcast_to(r[None, :, None], (d, g, t))
    elif r.ndim == 2:
        r = np.broadcast_to(r[:, None, :], (d, g, t))
    lab = np.ones((d, t)) if labour_index is None else labour_index
    inflow = entry * completion * stay * np.power(youth_index, elasticity)  # (D, T)
    lateral_loss = lateral * (1.0 - lab)  # (D, T): fewer lateral entries where working age shrinks
    # step t -> t+1: apprentices of year t join; retirements and the labour pool of year t+1
    step = np.empty((d, g, t))
    step[..., :-1] = (
        1.0 - r[..., 1:] - outflow - lateral_loss[:, None, 1:] + inflow[:, None, :-1]
    )
    step[..., -1] = 1.0
    step = np.maximum(step, 0.0)
    out = np.empty((d, g, t))
    out[..., 0] = w0
    if t > 1:
        out[..., 1:] = w0[..., None] * np.cumprod(step[..., :-1], axis=-1)
    return out


def effective_supply(workforce_: np.ndarray, productivity: float, dt: np.ndarray) -> np.ndarray:
    """S = W · (1 + p)^(t − t0)."""
    return workforce_ * (1.0 + productivity) ** dt[None, None, :]
