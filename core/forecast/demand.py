"""Demand for craft services in employee-equivalents.

    D[d,g,t] = s[d,g] · Σ_a w[g,a] · P[d,a,t] · (1 + γ_g)^(t − t0)

w[g,a] are relative demand weights per inhabitant (working age = 1), γ_g the real growth of demand per
weighted inhabitant. The scale s[d,g] = W[d,g,t0] / Σ_a w[g,a]·P[d,a,t0] calibrates demand to the
employees of the base year, i.e. the model assumes the market is balanced in t0 and reports how demand
moves from there: a demand index in employee-equivalents. D is linear in P for a given scale.
Weights and γ may be per-year paths (D, G, T) (effects of measures, core.forecast.measures): the scale is
calibrated with the weights of t0, and growth compounds year by year, Π_{k=t0+1..t} (1 + γ_k).
"""

from __future__ import annotations

import numpy as np


def weighted_population(pop: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Σ_a w[g,a]·P[d,a,t]: pop (D, A, T), weights (G, A) -> (D, G, T)."""
    result: np.ndarray = np.einsum("ga,dat->dgt", weights, pop, optimize=False)
    return result


def weighted_population_paths(pop: np.ndarray, w_u15: np.ndarray, w_65: np.ndarray) -> np.ndarray:
    """Σ_a w[d,g,a,t]·P[d,a,t] with weights broadcastable to (D, G, T) (working age = 1) -> (D, G, T)."""
    result: np.ndarray = w_u15 * pop[:, None, 0, :] + pop[:, None, 1, :] + w_65 * pop[:, None, 2, :]
    return result


def calibrate_scale(weighted_t0: np.ndarray, employees_t0: np.ndarray) -> np.ndarray:
    """s[d,g] = W[d,g,t0] / weighted population in t0 (0 where nobody lives or works)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(weighted_t0 > 0, employees_t0 / weighted_t0, 0.0)
    return s


def demand(weighted: np.ndarray, scale: np.ndarray, growth: np.ndarray, dt: np.ndarray) -> np.ndarray:
    """weighted (D, G, T), scale (D, G), growth (G,) or a (D, G, T) path as fraction per year, dt (T,) = t − t0
    -> (D, G, T)."""
    if np.ndim(growth) == 1:
        result: np.ndarray = weighted * scale[..., None] * (1.0 + growth)[None, :, None] ** dt[None, None, :]
        return result
    g = np.cumprod(1.0 + growth, axis=-1)
    result = weighted * scale[..., None] * (g / g[..., :1])
    return result
