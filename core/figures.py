"""One number with its own provenance: the value type that crosses the core → GUI/CLI/export seam.

A ``Figure`` is what a screen, a sheet or a command line prints: the value, the *kind* of the value
(where it comes from: official statistics, a publication, the study, our estimate, a projection, an
import or the chamber's register) and the dataset id(s) it was read from, so every number on screen
can be traced to its source and an estimate is always labelled "Schätzung". ``breaks`` holds the
method breaks (e.g. a census change) that lie inside the period the value describes.

A missing value is ``Figure(None, "")``: NaN is normalised to ``None`` so consumers test
``fig.value is None`` (or ``fig.missing``) instead of ``math.isnan``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core import provenance

#: Every kind a value may carry (``core.provenance`` owns the list, labels and ranking).
KINDS = provenance.KINDS
kind_label = provenance.kind_label


def combined_kind(*kinds: str) -> str:
    """One kind for a figure computed from several: the weakest part (``provenance.weakest``), ""
    if no part has a value."""
    ks = [k for k in kinds if k]
    return provenance.weakest(*ks) if ks else ""


def _clean(value: Any) -> float | None:
    if value is None:
        return None
    v = float(value)
    return None if math.isnan(v) else v


@dataclass(frozen=True)
class Figure:
    """``value`` (None = missing) of ``kind`` read from ``dataset`` (comma-separated dataset ids)."""

    value: float | None
    kind: str
    dataset: str = ""
    breaks: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "value", _clean(self.value))
        if self.kind and self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r} (valid: {', '.join(KINDS)})")
        if not isinstance(self.breaks, tuple):
            object.__setattr__(self, "breaks", tuple(self.breaks))

    @classmethod
    def missing_value(cls) -> Figure:
        return cls(None, "")

    @classmethod
    def derived(cls, value: Any, parts: Iterable[Figure]) -> Figure:
        """A figure computed from ``parts`` (e.g. B / P): the weakest kind, the union of the datasets
        and breaks; missing if the value is missing."""
        ps = list(parts)
        v = _clean(value)
        if v is None:
            return cls(None, "")
        ids = sorted({i for p in ps for i in p.dataset.split(",") if i})
        breaks = tuple(b for p in ps for b in p.breaks)
        return cls(v, combined_kind(*(p.kind for p in ps)), ",".join(ids), breaks)

    @property
    def missing(self) -> bool:
        return self.value is None

    @property
    def is_estimate(self) -> bool:
        """True for our own estimates (always shown as "Schätzung")."""
        return self.kind == "estimate"

    @property
    def dataset_ids(self) -> list[str]:
        return [i for i in self.dataset.split(",") if i]

    def label(self, lang: str = "de") -> str:
        return kind_label(self.kind, lang)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: ``{"value", "kind", "dataset", "breaks"}`` (breaks via their own ``to_dict``)."""
        return {
            "value": self.value,
            "kind": self.kind,
            "dataset": self.dataset,
            "breaks": [b.to_dict() if hasattr(b, "to_dict") else b for b in self.breaks],
        }
