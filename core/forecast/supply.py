"""Supply of craft services: the workforce and its effective capacity.

    W[t+1] = W[t] · (1 − r_g − m) + W[t] · a · c · (Y[d,t] / Y[d,t0])^e
    S[t]   = W[t] · (1 + p)^(t − t0)

r_g = share of workforce aged 55+ / years to retirement (retirements per year), m = net out-migration and
sector change per year, a = new apprenticeships per worker, c = completion rate, Y = size of the district's
cohort reaching 17 in year t (from the 2015 single-year ages; fallback: population under 15) with
elasticity e, p = productivity gain from digital processes.
Completed apprentices join the workforce in the following year. W is clipped at zero (never negative).
"""

from __future__ import annotations

import numpy as np


def workforce(
    w0: np.ndarray,
    retirement: np.ndarray,
    outflow: float,
    entry: float,
    completion: float,
    youth_index: np.ndarray,
    elasticity: float,
) -> np.ndarray:
    """Workforce (D, G, T) from w0 (D, G); retirement (G,) per year; youth_index (D, T) with 1 in t0."""
    d, g = w0.shape
    t = youth_index.shape[1]
    inflow = entry * completion * np.power(youth_index, elasticity)  # (D, T)
    factor = 1.0 - retirement[None, :, None] - outflow + inflow[:, None, :]  # (D, G, T): step t -> t+1
    factor = np.maximum(factor, 0.0)
    out = np.empty((d, g, t))
    out[..., 0] = w0
    if t > 1:
        out[..., 1:] = w0[..., None] * np.cumprod(factor[..., :-1], axis=-1)
    return out


def effective_supply(workforce_: np.ndarray, productivity: float, dt: np.ndarray) -> np.ndarray:
    """S = W · (1 + p)^(t − t0)."""
    return workforce_ * (1.0 + productivity) ** dt[None, None, :]
