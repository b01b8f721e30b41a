"""Test support for the forecast: a DataStore that has employees per Gewerbegruppe.

Until the estimate dataset (resources/data/estimate_gewerbegruppen.csv) is bundled, the store gets
SYNTHETIC group values for tests only: the official 2014 district totals split by fixed shares. Never used
by the app. Once the estimate exists, the real store is used unchanged.
"""

from __future__ import annotations

from core.datastore import GEWERBEGRUPPEN, DataStore

SYNTHETIC_SHARES = (0.20, 0.28, 0.18, 0.12, 0.08, 0.04, 0.10)


def has_group_employees(store: DataStore) -> bool:
    n = store.query(
        "SELECT count(*) AS n FROM facts WHERE indicator = 'employees' AND gewerbegruppe <> 'insgesamt'"
    )["n"].iloc[0]
    return bool(n)


def forecast_store() -> DataStore:
    """A fresh DataStore; adds synthetic employees per group (kind 'estimate') if the estimate is missing."""
    store = DataStore()
    if not has_group_employees(store):
        for g, share in zip(GEWERBEGRUPPEN, SYNTHETIC_SHARES, strict=True):
            store.con.execute(
                "INSERT INTO facts SELECT area_code, year, 'employees', ?, value * ?, NULL, 'estimate', "
                "'test_synthetic' FROM facts WHERE indicator = 'employees' AND gewerbegruppe = 'insgesamt' "
                "AND area_code IN (SELECT unnest(?))",
                [g, share, store.region.district_codes],
            )
    return store
