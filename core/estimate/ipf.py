"""Iterative proportional fitting (IPF, also RAS or raking) and sum-preserving rounding.

IPF scales a non-negative seed table ``x`` alternately so that its row sums and column sums
match given targets:

    x_ij <- x_ij * r_i / sum_j x_ij        (row step)
    x_ij <- x_ij * c_j / sum_i x_ij        (column step)

until the largest relative deviation of any margin is below ``tol``. The result is the table
closest to the seed (in the Kullback-Leibler sense) that meets both margins; a zero cell stays zero.

Partial margins: a target may be ``nan`` ("free"). All free rows (columns) are scaled by one
common factor so that together they take the total minus the fixed targets; their relative
sizes stay as in the seed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


class IPFError(ValueError):
    """Margins that no table with the seed's zero pattern can meet."""


@dataclass(frozen=True)
class IPFResult:
    table: np.ndarray
    iterations: int
    max_rel_error: float
    converged: bool


def _scale_axis(x: np.ndarray, targets: np.ndarray, axis: int, total: float) -> np.ndarray:
    """One IPF step along ``axis`` (0: fit row sums, 1: fit column sums)."""
    sums = x.sum(axis=1 - axis)
    fixed = ~np.isnan(targets)
    factors = np.ones_like(sums)
    with np.errstate(divide="ignore", invalid="ignore"):
        factors[fixed] = np.where(sums[fixed] > 0, targets[fixed] / sums[fixed], 0.0)
        free_sum = sums[~fixed].sum()
        if (~fixed).any():
            rest = total - targets[fixed].sum()
            factors[~fixed] = rest / free_sum if free_sum > 0 else 0.0
    result: np.ndarray = x * (factors[:, None] if axis == 0 else factors[None, :])
    return result


def _max_rel_error(x: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> float:
    err = 0.0
    for sums, targets in ((x.sum(axis=1), rows), (x.sum(axis=0), cols)):
        fixed = ~np.isnan(targets)
        if fixed.any():
            denom = np.maximum(np.abs(targets[fixed]), 1e-12)
            err = max(err, float(np.max(np.abs(sums[fixed] - targets[fixed]) / denom)))
    return err


def ipf(
    seed: np.ndarray,
    row_targets: np.ndarray,
    col_targets: np.ndarray,
    *,
    tol: float = 1e-10,
    max_iter: int = 10_000,
) -> IPFResult:
    """Fit ``seed`` (R x C, non-negative) to row and column targets (``nan`` = free).

    The fixed targets of rows and columns must be consistent: if both margins are fully fixed
    their totals must agree; the grand total is taken from whichever margin is fully fixed.
    """
    x = np.array(seed, dtype=float)
    rows = np.array(row_targets, dtype=float)
    cols = np.array(col_targets, dtype=float)
    if x.ndim != 2 or x.shape != (rows.size, cols.size):
        raise IPFError(f"seed shape {x.shape} does not match margins ({rows.size}, {cols.size})")
    if (x < 0).any() or (rows[~np.isnan(rows)] < 0).any() or (cols[~np.isnan(cols)] < 0).any():
        raise IPFError("seed and targets must be non-negative")
    rows_full, cols_full = not np.isnan(rows).any(), not np.isnan(cols).any()
    if rows_full and cols_full and not np.isclose(rows.sum(), cols.sum(), rtol=1e-9):
        raise IPFError(f"row total {rows.sum()} != column total {cols.sum()}")
    if rows_full:
        total = float(rows.sum())
    elif cols_full:
        total = float(cols.sum())
    else:
        total = float(x.sum())
    err = _max_rel_error(x, rows, cols)
    it = 0
    while err > tol and it < max_iter:
        x = _scale_axis(x, rows, 0, total)
        x = _scale_axis(x, cols, 1, total)
        it += 1
        err = _max_rel_error(x, rows, cols)
    return IPFResult(table=x, iterations=it, max_rel_error=err, converged=err <= tol)


def round_preserving_sum(values: np.ndarray, total: int) -> np.ndarray:
    """Largest-remainder rounding: whole numbers that add up exactly to ``total``.

    Each value is floored; the missing units go to the largest fractional parts (ties: first
    index). ``values`` should add up to ``total`` (up to floating-point noise) and be >= 0.
    """
    v = np.asarray(values, dtype=float)
    if (v < -1e-9).any():
        raise ValueError("cannot round negative values")
    v = np.clip(v, 0.0, None)
    base = np.floor(v + 1e-9).astype(np.int64)
    missing = int(total) - int(base.sum())
    if missing < 0 or missing > v.size:
        raise ValueError(f"values add up to {v.sum():.3f}, not close to {total}")
    frac = v - base
    order = sorted(range(v.size), key=lambda i: (-round(float(frac[i]), 12), i))
    for i in order[:missing]:
        base[i] += 1
    result: np.ndarray = base
    return result
