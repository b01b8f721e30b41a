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

import resources

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

    def to_dict(self) -> dict:
        d = asdict(self)
        d["row_source_columns"] = list(self.row_source_columns)
        d["kind_label"] = KIND_LABEL_DE[self.kind]
        return d

    def label(self, lang: str = "de") -> str:
        """One-line source credit, e.g. for a chart's source line."""
        title = self.title_en if (lang == "en" and self.title_en) else self.title
        kind = (KIND_LABEL_EN if lang == "en" else KIND_LABEL_DE)[self.kind]
        return f"{title} – {self.publisher}, Stand {self.stand} ({kind})"


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
        )
    return out


def get(dataset_id: str) -> Provenance:
    return bundled_catalog()[dataset_id]
