"""Provenance records: every dataset (and every row where sources differ) says where it comes from.

``kind`` is one of ``official`` (statistical office, BKG, Eurostat), ``published`` (a figure quoted
from a chamber or press publication), ``study`` (from the study "Zukunftsfaktor Handwerk", with its
section), ``estimate`` (our own documented estimate: always shown as "Schätzung"), ``projection``
(output of our own forecast model for a future year: "Projektion", never "Daten"), ``import`` (a
table the user imported) or ``register`` (counted from a chamber's own register: "Kammerregister").

``KIND_RANK`` orders the kinds from strongest to weakest evidence; a derived figure carries the
weakest kind of its inputs (:func:`weakest`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

import resources
from core.formatting import fmt_date, fmt_datetime

KINDS = ("official", "published", "study", "estimate", "projection", "import", "register")
KIND_LABEL_DE = {
    "official": "amtlich",
    "published": "veröffentlicht",
    "study": "Studie",
    "estimate": "Schätzung",
    "projection": "Projektion",
    "import": "Import",
    "register": "Kammerregister",
}
KIND_LABEL_EN = {
    "official": "official",
    "published": "published",
    "study": "study",
    "estimate": "estimate",
    "projection": "projection",
    "import": "import",
    "register": "chamber register",
}
# Strongest evidence first. An import is the user's own copy of an official table, a register count
# is exact for its chamber; both rank with the published figures. A projection is weaker than an
# estimate of the past because it is an estimate of a future that has not happened.
KIND_RANK = {
    "official": 0,
    "import": 1,
    "register": 1,
    "published": 2,
    "study": 3,
    "estimate": 4,
    "projection": 5,
}


def weakest(*kinds: str) -> str:
    """The weakest of ``kinds`` (the kind a figure derived from them carries); ``official`` if none."""
    known = [k for k in kinds if k]
    if not known:
        return "official"
    return max(known, key=lambda k: KIND_RANK.get(k, len(KIND_RANK)))


def weakest_sql(column: str = "kind") -> str:
    """SQL aggregate expression: the weakest kind of ``column`` over a group (as :func:`weakest`)."""
    rank = " ".join(f"WHEN '{k}' THEN {v}" for k, v in KIND_RANK.items())
    back = " ".join(f"WHEN {v} THEN '{k}'" for k, v in KIND_RANK.items() if k != "register")
    return f"CASE max(CASE {column} {rank} ELSE 9 END) {back} ELSE 'estimate' END"


def kind_label(kind: str, lang: str = "de") -> str:
    """German or English label of ``kind`` ("Schätzung" / "estimate"); unknown kinds as they are."""
    return (KIND_LABEL_EN if lang == "en" else KIND_LABEL_DE).get(kind, kind)


@dataclass(frozen=True)
class Provenance:
    id: str
    title: str
    publisher: str
    source: str
    licence: str
    stand: str
    kind: str
    file: str = ""
    title_en: str = ""
    caveat: str = ""
    table: str = ""
    row_source_columns: tuple[str, ...] = field(default=())
    method: str = ""  # for estimates: how it was derived, which margins it rests on
    # English companions of the texts above (empty: the text needs none, e.g. a proper name or a date)
    publisher_en: str = ""
    source_en: str = ""
    licence_en: str = ""
    stand_en: str = ""  # only when the Stand is not a date ("o. J. (…)")
    caveat_en: str = ""
    method_en: str = ""
    inputs: tuple[str, ...] = field(default=())  # datasets a derived dataset rests on (indirect sources)
    imported_at: str = ""  # imported tables: when (yyyy-mm-dd hh:mm)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["row_source_columns"] = list(self.row_source_columns)
        d["inputs"] = list(self.inputs)
        d["kind_label"] = KIND_LABEL_DE.get(self.kind, self.kind)
        return d

    def localized(self, lang: str = "de") -> Provenance:
        """The record with its texts in ``lang`` (English where a companion exists) and the Stand formatted
        as a date of that language (31.12.2024 / 31/12/2024)."""
        return Provenance(**localize_record(asdict(self), lang))

    def details(self, lang: str = "de") -> str:
        """Table number, file and import date of an imported table ('' for bundled data), e.g.
        "Tabelle 53111-01-01-4, Datei x.csv, importiert am 03.12.2026 10:15"."""

        if not (self.imported_at or self.id.startswith("import:")):
            return ""
        en = lang == "en"
        parts = []
        if self.table:
            parts.append(("table " if en else "Tabelle ") + self.table)
        if self.file:
            parts.append(("file " if en else "Datei ") + self.file)
        if self.imported_at:
            parts.append(("imported " if en else "importiert am ") + fmt_datetime(self.imported_at[:16], lang))
        return ", ".join(parts)

    def label(self, lang: str = "de") -> str:
        """One-line source credit, e.g. for a chart's source line (imported tables with table number,
        file and import date)."""
        rec = self.localized(lang)
        kind = kind_label(self.kind, lang)
        stand = ("as of " if lang == "en" else "Stand ") + rec.stand
        extra = self.details(lang)
        return f"{rec.title} – {rec.publisher}, {stand}{', ' + extra if extra else ''} ({kind})"


TEXT_FIELDS = ("title", "publisher", "source", "licence", "stand", "caveat", "method")


def localize_record(d: dict[str, Any], lang: str = "de") -> dict[str, Any]:
    """A provenance record (dict) with its texts in ``lang`` and its Stand as a date of that language.

    English: each of ``TEXT_FIELDS`` is replaced by its ``<field>_en`` companion when there is one. The
    ``_en`` fields stay in the dict; ``kind`` stays the key (use ``kind_label``)."""

    out = dict(d)
    if lang == "en":
        for key in TEXT_FIELDS:
            if out.get(f"{key}_en"):
                out[key] = out[f"{key}_en"]
    stand = out.get("stand")
    if isinstance(stand, str) and stand and stand[:4].isdigit():
        out["stand"] = fmt_date(stand, lang)
    return out


@cache
def bundled_catalog() -> dict[str, Provenance]:
    """Provenance of every bundled dataset, from ``resources/data/datasets.json``."""
    raw = json.loads(resources.path("data", "datasets.json").read_text("utf-8"))
    out: dict[str, Provenance] = {}
    for d in raw["datasets"]:
        if d["kind"] not in KINDS:
            raise ValueError(f"bad kind {d['kind']!r} in datasets.json")
        out[d["id"]] = Provenance(
            id=d["id"],
            title=d["title"],
            title_en=d.get("title_en", ""),
            publisher=d["publisher"],
            source=d["source"],
            licence=d["licence"],
            stand=d["stand"],
            kind=d["kind"],
            file=d.get("file", ""),
            caveat=d.get("caveat", ""),
            table=d.get("table", ""),
            row_source_columns=tuple(d.get("row_source_columns", [])),
            method=d.get("method", ""),
            **{f"{k}_en": d.get(f"{k}_en", "") for k in TEXT_FIELDS if k != "title"},
            inputs=tuple(d.get("inputs", [])),
        )
    for p in out.values():
        unknown = [i for i in p.inputs if i not in out]
        if unknown:
            raise ValueError(f"datasets.json: {p.id} names unknown inputs {unknown}")
    return out


def with_inputs(ids: list[str]) -> list[tuple[str, str]]:
    """``ids`` followed by the datasets they rest on (recursively, each once): (id, input_of), where
    ``input_of`` is "" for the ids themselves and the id of the derived dataset for an indirect source."""
    cat = bundled_catalog()
    out: dict[str, str] = {i: "" for i in ids}
    queue = list(ids)
    while queue:
        parent = queue.pop(0)
        for child in cat[parent].inputs if parent in cat else ():
            if child not in out:
                out[child] = parent
                queue.append(child)
    return list(out.items())


def get(dataset_id: str) -> Provenance:
    return bundled_catalog()[dataset_id]
