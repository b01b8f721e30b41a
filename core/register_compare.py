"""Estimate versus register: the first real test of the Gewerbegruppen estimate.

Where a chamber register was imported, the businesses per district, group and year are counted
(kind ``register``) and the estimate (``facts_bundled``, kind ``estimate``) still exists underneath.
For each such cell:

    error = estimate − register,   relative error = error / register (None where register = 0)

``summary`` gives per group and per district the mean absolute percentage error (MAPE, over the cells
with register > 0) and the mean signed relative error (bias). Caveat shown with every view: the register
counts entries (Betriebe, incl. businesses without turnover or employees), the estimate is fitted to
the Handwerkszählung's Unternehmen — part of the difference is this difference of concept.
"""

from __future__ import annotations

import pandas as pd

from core.datastore import GEWERBEGRUPPEN, DataStore

CAVEAT_DE = ("Das Register zählt eingetragene Betriebe (auch ohne Umsatz oder Beschäftigte), die Schätzung ist an "
             "die Unternehmen der Handwerkszählung angepasst: ein Teil der Abweichung ist dieser Begriffsunterschied.")
CAVEAT_EN = ("The register counts registered businesses (also those without turnover or employees); the estimate is "
             "fitted to the craft census's enterprises: part of the difference is this difference of concept.")


def register_districts(store: DataStore, year: int | None = None) -> list[str]:
    """AGS of the districts whose businesses per group come from a chamber register (in ``year``, or any)."""
    sql = "SELECT DISTINCT area_code FROM facts WHERE kind = 'register' AND indicator = 'businesses'"
    params: list[object] = []
    if year is not None:
        sql += " AND year = ?"
        params.append(year)
    codes = {str(a) for a in store.query(sql, params)["area_code"]}
    return [a for a in store.region.district_codes if a in codes]


def comparison(store: DataStore) -> pd.DataFrame:
    """One row per district, year and group with both an estimate and a register count."""
    df = store.query(
        """SELECT r.area_code, r.year, r.gewerbegruppe, e.value AS estimate, r.value AS register,
                  r.dataset AS register_dataset, e.dataset AS estimate_dataset
           FROM facts r JOIN facts_bundled e USING (area_code, year, indicator, gewerbegruppe)
           WHERE r.kind = 'register' AND e.kind = 'estimate' AND r.indicator = 'businesses'
             AND r.gewerbegruppe IN (SELECT unnest(?))
           ORDER BY r.area_code, r.year, r.gewerbegruppe""", [list(GEWERBEGRUPPEN)])
    df["error"] = df["estimate"] - df["register"]
    df["rel_error"] = df["error"] / df["register"].where(df["register"] > 0)
    return df


def summary(df: pd.DataFrame, by: str) -> pd.DataFrame:
    """MAPE and bias (mean relative error) by ``by`` ('gewerbegruppe' or 'area_code'), with the cells used."""
    ok = df.dropna(subset=["rel_error"])
    if ok.empty:
        return pd.DataFrame(columns=[by, "mape", "bias", "cells"])
    out = ok.groupby(by).agg(mape=("rel_error", lambda s: float(s.abs().mean())), bias=("rel_error", "mean"),
                             cells=("rel_error", "size")).reset_index()
    if by == "gewerbegruppe":
        out["order"] = out[by].map({g: i for i, g in enumerate(GEWERBEGRUPPEN)})
        out = out.sort_values("order").drop(columns="order")
    return out.reset_index(drop=True)
