"""Supply of craft services: the workforce and its effective capacity.

    W[t+1] = W[t] · (1 − r_g − m) + W[t] · a · c · (Y[d,t] / Y[d,t0])^e
    S[t]   = W[t] · (1 + p)^(t − t0)

r_g = share of workforce aged 55+ / years to retirement (retirements per year), m = net out-migration and
sector change per year, a = new apprenticeships per worker, c = completion rate, Y = size of the district's
cohort reaching 17 in year t (from the 2015 single-year ages; fallback: population under 15) with
elasticity e, p = productivity gain from digital processes.
Completed apprentices join the workforce in the following year. W is clipped at zero (never negative).

Every rate may be a constant or a per-year path (an array broadcastable to (D, G, T), see
core.forecast.measures): the value of year t drives the step t -> t+1, and the productivity factor becomes
Π_{k=t0+1..t} (1 + p_k), which equals (1 + p)^(t − t0) for a constant p.
"""

from __future__ import annotations

import numpy as np

Rate = float | np.ndarray


def workforce(
    w0: np.ndarray,
    retirement: np.ndarray,
    outflow: Rate,
    entry: Rate,
    completion: Rate,
    youth_index: np.ndarray,
    elasticity: Rate,
) -> np.ndarray:
    """Workforce (D, G, T) from w0 (D, G); retirement (G,) per year or a (D, G, T) path; youth_index (D, T)
    with 1 in t0; outflow, entry, completion and elasticity scalars or (D, G, T) paths."""
    d, g = w0.shape
    t = youth_index.shape[1]
    if np.ndim(retirement) == 1:
        retirement = retirement[None, :, None]
    inflow = entry * completion * np.power(youth_index[:, None, :], elasticity)  # (D, 1 or G, T)
    factor = 1.0 - retirement - outflow + inflow  # (D, G, T): step t -> t+1
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
    return workforce_ * compound(productivity, dt)
