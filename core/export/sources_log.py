"""Which datasets an export used, so the "Quellen" sheet lists exactly those (plus any estimate)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core import provenance


class SourceLog:
    """Collects dataset ids (bundled ids or ``import:...`` records) in order of first use."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.extra: dict[str, dict[str, Any]] = {}  # id -> provenance-like dict[str, Any] for non-bundled sources
        self.sections: dict[str, list[str]] = {}  # id -> cited passages (e.g. of the study), in order

    def add(self, ids: Iterable[str] | str | None) -> None:
        if ids is None:
            return
        if isinstance(ids, str):
            ids = ids.split(",")
        for i in ids:
            i = str(i).strip()
            if i and i not in self.ids:
                self.ids.append(i)

    def add_records(self, records: Iterable[dict[str, Any]]) -> None:
        """Provenance dicts as returned by core (``Provenance.to_dict()`` shape)."""
        for r in records:
            rid = str(r.get("id", ""))
            self.add(rid)
            if rid and rid not in provenance.bundled_catalog():
                self.extra[rid] = r

    def add_section(self, rid: str, section: str) -> None:
        """Log source ``rid`` and one passage of it that the export cites (listed in "Quellen")."""
        self.add(rid)
        if section and section not in self.sections.setdefault(rid, []):
            self.sections[rid].append(section)

    def records(self) -> list[dict[str, Any]]:
        cat = provenance.bundled_catalog()
        out = []
        for i in self.ids:
            if i in cat:
                rec = cat[i].to_dict()
            elif i in self.extra:
                rec = dict(self.extra[i])
            else:
                continue
            if self.sections.get(i):
                rec["sections"] = list(self.sections[i])
            out.append(rec)
        return out

    def label(self, ids: Iterable[str] | str | None = None) -> str:
        """Short "Quelle: ..." text for a sheet's source line."""
        if ids is None:
            ids = self.ids
        elif isinstance(ids, str):
            ids = ids.split(",")
        cat = provenance.bundled_catalog()
        parts = []
        for i in ids:
            p = cat.get(str(i))
            if p is not None:
                shown = p.localized("de")  # the workbook is German; Stand as TT.MM.JJJJ
                txt = f"{shown.title} ({shown.publisher}, Stand {shown.stand})"
                if p.kind == "estimate":
                    txt += " – Schätzung"
                if txt not in parts:
                    parts.append(txt)
        return "Quelle: " + ("; ".join(parts) if parts else "siehe Blatt „Quellen“")
