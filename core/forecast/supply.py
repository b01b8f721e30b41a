"""Supply of craft services: the workforce and its effective capacity.

    W[t+1] = W[t] · (1 − r[d,t] − m − x·(1 − L[d,t+1]) + a·c·v·(Y[d,t] / Y[d,t0])^e)
    S[t]   = W[t] · (1 + p)^(t − t0)

* r = retirements in the step t -> t+1: on average share of the workforce aged 55+ / years to retirement,
  shaped over the years by the district's cohorts reaching 65 in t+1 (``retirement_profile``): many while the
  baby boomers retire, fewer once the small cohorts born after 1970 follow;
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

Every rate may be a constant or a per-year path (an array broadcastable to (D, G, T), see
core.forecast.measures): the value of year t drives the step t -> t+1, and the productivity factor becomes
Π_{k=t0+1..t} (1 + p_k), which equals (1 + p)^(t − t0) for a constant p.
"""

from __future__ import annotations

import numpy as np

Rate = float | np.ndarray


def retirement_profile(
    entries_65: np.ndarray | None, working_age: np.ndarray, years_to_retirement: float
) -> np.ndarray:
    """(D, T) relative retirement intensity of the step t -> t+1, with mean 1 over the first n steps
    (n = years to retirement).

    intensity[d,t] = q[d,t+1] / mean(q[d, 1..n]), q = people reaching 65 in year t / working-age population in
    year t (the last step repeats the one before). Without single-year ages (``entries_65`` None) the profile
    is flat (1).
    """
    if entries_65 is None:
        return np.ones_like(working_age, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.where(working_age > 0, entries_65 / working_age, 0.0)
    n = int(np.clip(round(years_to_retirement), 1, q.shape[1] - 1))
    mean = q[:, 1 : n + 1].mean(axis=1, keepdims=True)
    rel = np.where(mean > 0, q / np.where(mean > 0, mean, 1.0), 1.0)
    return np.concatenate([rel[:, 1:], rel[:, -1:]], axis=1)


def lateral_loss_path(lateral: float | np.ndarray, working_age: np.ndarray) -> np.ndarray:
    """(D, 1, T) or (D, G, T) lateral entries lost in the step t -> t+1: x · (1 − L[t+1]), L = working-age
    population relative to t0 (the last step repeats the one before)."""
    lab = working_age / np.where(working_age[:, :1] > 0, working_age[:, :1], 1.0)
    nxt = np.concatenate([lab[:, 1:], lab[:, -1:]], axis=1)
    return np.asarray(lateral) * (1.0 - nxt)[:, None, :]


def workforce(
    w0: np.ndarray,
    retirement: np.ndarray,
    outflow: Rate,
    entry: Rate,
    completion: Rate,
    youth_index: np.ndarray,
    elasticity: Rate,
    stay: Rate = 1.0,
    lateral_loss: Rate = 0.0,
) -> np.ndarray:
    """Workforce (D, G, T) from w0 (D, G).

    Every rate is a scalar or broadcastable to (D, G, T); the value at index t drives the step t -> t+1.
    retirement: (G,) constant rates, or a (D, G, T) path (the mean rate times ``retirement_profile``); youth_index (D, T) with 1
    in t0; stay the share of new journeymen who stay in the craft; lateral_loss the lateral entries lost
    because the working-age population shrank (``lateral_loss_path``), per year as a fraction.
    """
    d, g = w0.shape
    t = youth_index.shape[1]
    if np.ndim(retirement) == 1:
        retirement = retirement[None, :, None]
    inflow = entry * completion * stay * np.power(youth_index[:, None, :], elasticity)  # (D, 1 or G, T)
    factor = 1.0 - retirement - outflow - lateral_loss + inflow  # (D, G, T): step t -> t+1
    factor = np.maximum(np.broadcast_to(factor, (d, g, t)), 0.0)
    out = np.empty((d, g, t))
    out[..., 0] = w0
    if t > 1:
        out[..., 1:] = w0[..., None] * np.cumprod(factor[..., :-1], axis=-1)
    return out


def compound(rate: Rate, dt: np.ndarray) -> np.ndarray:
    """Growth factor since t0: (1 + r)^(t − t0) for a constant r, Π_{k=t0+1..t} (1 + r_k) for a path (…, T)."""
    if np.ndim(rate) == 0:
        return (1.0 + rate) ** dt[None, None, :]
    g = np.cumprod(1.0 + np.asarray(rate), axis=-1)
    return g / g[..., :1]


def effective_supply(workforce_: np.ndarray, productivity: Rate, dt: np.ndarray) -> np.ndarray:
    """S = W · (1 + p)^(t − t0) (a productivity path compounds year by year, see :func:`compound`)."""
    result: np.ndarray = workforce_ * compound(productivity, dt)
    return result
