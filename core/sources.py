"""Every dataset the app can show, with its provenance: the bundled ones and the user's imported versions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core import provenance
from core.datastore import DataStore

if TYPE_CHECKING:
    import duckdb


def imported_versions(user_con: duckdb.DuckDBPyConnection | None) -> list[dict[str, Any]]:
    """Imported data versions from ``core.imports.versions.list_versions(con)``, each its provenance record
    (kind ``official`` for an official table, else ``import``) with ``version``, ``active`` and
    ``imported_at``; an empty list when there is no user database."""
    if user_con is None:
        return []
    from core.imports.versions import list_versions

    out = []
    for v in list_versions(user_con):
        d = v.provenance().to_dict()
        d.update(version=v.id, active=v.active, imported_at=v.imported_at)
        d.setdefault("kind", "import")
        d["kind_label"] = provenance.KIND_LABEL_DE.get(d["kind"], d["kind"])
        d["imported"] = True
        out.append(d)
    return out


def all_sources(store: DataStore | None = None, user_con: duckdb.DuckDBPyConnection | None = None) -> list[dict[str, Any]]:
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
