"""Every dataset the app can show, with its provenance: the bundled ones and the user's imported versions."""

from __future__ import annotations

import importlib
from typing import Any

from core import provenance
from core.datastore import DataStore


def _as_dict(row: Any) -> dict:
    if isinstance(row, dict):
        return dict(row)
    if hasattr(row, "to_dict"):
        return dict(row.to_dict())
    if hasattr(row, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(row)
    return {"id": str(row)}


def imported_versions(user_con: Any) -> list[dict]:
    """Imported data versions from ``core.imports.versions.list_versions(con)`` (kind ``official`` for an
    official table, else ``import``), or an empty list if that module does not exist or there is no
    user database."""
    if user_con is None:
        return []
    try:
        versions = importlib.import_module("core.imports.versions")
    except ImportError:
        return []
    list_versions = getattr(versions, "list_versions", None)
    if list_versions is None:
        return []
    rows = list_versions(user_con)
    if hasattr(rows, "to_dict") and hasattr(rows, "columns"):  # a DataFrame
        rows = rows.to_dict("records")
    out = []
    for r in rows:
        if hasattr(r, "provenance"):  # core.imports.versions.DataVersion: its provenance record first
            d = r.provenance().to_dict()
            d.update(version=getattr(r, "id", None), active=getattr(r, "active", None),
                     imported_at=getattr(r, "imported_at", None))
        else:
            d = _as_dict(r)
        d.setdefault("kind", "import")
        d["kind_label"] = provenance.KIND_LABEL_DE.get(d["kind"], d["kind"])
        d["imported"] = True
        out.append(d)
    return out


def all_sources(store: DataStore | None = None, user_con: Any = None) -> list[dict]:
    """Provenance records (``Provenance.to_dict()``) of every bundled dataset, then the imported versions.

    Each record carries ``kind`` (official, published, study, estimate, import) and ``in_use`` (the
    dataset feeds the fact table of ``store``; ``None`` without a store)."""
    used = {p.id for p in store.datasets_used()} if store is not None else None
    out = []
    for p in provenance.bundled_catalog().values():
        d = p.to_dict()
        d["in_use"] = (p.id in used) if used is not None else None
        out.append(d)
    return out + imported_versions(user_con)
