"""Regions are data: each ``*.json`` in ``resources/regions/`` (or in the user's ``regions`` folder)
defines one region's districts, comparison areas and chambers. Adding a file adds a region.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import resources
from core.errors import InvalidInputError, UnknownDistrictError

ENV_REGIONS = "HANDWERKSMONITOR_REGIONS"  # extra folder with region files (tests, other chambers)
DEFAULT_REGION = "IRMD"


@dataclass(frozen=True)
class District:
    ags: str
    name: str
    state: str
    chamber: str
    chamber_name: str
    type: str  # "urban" | "rural"


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    level: str  # "state" | "country"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    districts: tuple[District, ...]
    comparison_areas: tuple[Area, ...]
    chambers: tuple[dict[str, Any], ...] = field(default=())
    boundaries: str = "irmd_districts.geojson"
    state_boundaries: str = "irmd_states.geojson"
    source: str = ""
    name_en: str = ""

    @property
    def district_codes(self) -> list[str]:
        return [d.ags for d in self.districts]

    def district(self, key: str) -> District:
        """Find a district by AGS key or name (case-insensitive; a unique prefix is enough)."""
        k = key.strip().lower()
        for d in self.districts:
            if k in (d.ags, d.name.lower()):
                return d
        hits = [d for d in self.districts if d.name.lower().startswith(k) or d.ags.startswith(k)]
        if len(hits) == 1:
            return hits[0]
        valid = ", ".join(f"{d.ags} {d.name}" for d in self.districts)
        if len(hits) > 1:
            names = ", ".join(d.name for d in hits)
            raise UnknownDistrictError(
                f"Kreis „{key}“ ist nicht eindeutig ({names}). Gültig: {valid}",
                f"District '{key}' is ambiguous ({names}). Valid: {valid}",
            )
        raise UnknownDistrictError(
            f"Unbekannter Kreis „{key}“. Gültig: {valid}",
            f"Unknown district '{key}'. Valid: {valid}",
        )

    def area_name(self, code: str) -> str:
        if code == self.code:
            return self.name
        for d in self.districts:
            if d.ags == code:
                return d.name
        for a in self.comparison_areas:
            if a.code == code:
                return a.name
        return code

    def all_area_codes(self) -> list[str]:
        """Districts, then the region total, then the comparison areas."""
        return self.district_codes + [self.code] + [a.code for a in self.comparison_areas]


def _region_dirs() -> list[Path]:
    dirs = [resources.path("regions")]
    extra = os.environ.get(ENV_REGIONS)
    if extra:
        dirs.append(Path(extra))
    return dirs


def _parse(path: Path) -> Region:
    raw = json.loads(path.read_text("utf-8"))
    try:
        return Region(
            code=raw["code"],
            name=raw["name"],
            name_en=raw.get("name_en", raw["name"]),
            districts=tuple(District(**d) for d in raw["districts"]),
            comparison_areas=tuple(Area(**a) for a in raw.get("comparison_areas", [])),
            chambers=tuple(raw.get("chambers", [])),
            boundaries=raw.get("boundaries", "irmd_districts.geojson"),
            state_boundaries=raw.get("state_boundaries", "irmd_states.geojson"),
            source=raw.get("source", ""),
        )
    except (KeyError, TypeError) as exc:
        raise InvalidInputError(
            f"Regionsdatei {path.name} ist ungültig: {exc}", f"Region file {path.name} is invalid: {exc}"
        ) from exc


def available_regions() -> dict[str, Region]:
    out: dict[str, Region] = {}
    for d in _region_dirs():
        if d.is_dir():
            for p in sorted(d.glob("*.json")):
                r = _parse(p)
                out[r.code] = r
    return out


@cache
def _cached(code: str, dirs_key: str) -> Region:
    regions = available_regions()
    if code not in regions:
        raise InvalidInputError(
            f"Unbekannte Region „{code}“. Verfügbar: {', '.join(regions)}",
            f"Unknown region '{code}'. Available: {', '.join(regions)}",
        )
    return regions[code]


def load_region(code: str | None = None) -> Region:
    """The region with this code (default: ``HANDWERKSMONITOR_REGION`` or IRMD)."""
    code = code or os.environ.get("HANDWERKSMONITOR_REGION") or DEFAULT_REGION
    return _cached(code, os.environ.get(ENV_REGIONS, ""))
