"""District and state outlines from the bundled GeoJSON (BKG VG5000, lon/lat WGS84), Qt-free.

The map widget and the exports share this: each shape is a list of rings (outer ring first, holes
after; a MultiPolygon contributes all its rings) in lon/lat and in a simple planar projection.

Projection (equirectangular, good enough for an area of ~150 km): with the reference latitude
``lat0`` (mean of the data's bounding box), ``x = lon * cos(lat0)``, ``y = lat``; both in degrees of
latitude, so distances are (nearly) true in every direction. ``y`` grows northwards.
"""

from __future__ import annotations

import json
import math
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import resources
from core.errors import InvalidInputError
from core.regions import Region, load_region

if TYPE_CHECKING:
    import numpy as np

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Shape:
    """One area's outline: ``rings`` in lon/lat, outer rings and holes (even-odd fill)."""

    ags: str
    name: str
    label: str
    rings: tuple[tuple[tuple[float, float], ...], ...]

    def bbox(self) -> tuple[float, float, float, float]:
        """(min_lon, min_lat, max_lon, max_lat)."""
        xs = [p[0] for r in self.rings for p in r]
        ys = [p[1] for r in self.rings for p in r]
        return min(xs), min(ys), max(xs), max(ys)

    def contains(self, lon: float, lat: float) -> bool:
        """Even-odd point-in-polygon test over all rings (a point in a hole is outside)."""
        inside = False
        for ring in self.rings:
            if point_in_ring(lon, lat, ring):
                inside = not inside
        return inside

    def interior_point(self) -> tuple[float, float]:
        """A point surely inside the shape (for labels and tests): the centre of the widest inside
        segment on the horizontal scan line that passes through the bounding box's middle, trying
        a few lines around it if that one misses."""
        x0, y0, x1, y1 = self.bbox()
        best: tuple[float, tuple[float, float]] | None = None
        for frac in (0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7):
            y = y0 + (y1 - y0) * frac
            xs = sorted(_crossings(self.rings, y))
            for a, b in zip(xs[0::2], xs[1::2], strict=False):
                width = b - a
                if best is None or width > best[0] * 1.25:
                    best = (width, ((a + b) / 2, y))
            if best is not None and frac == 0.5:
                break
        if best is None:
            return (x0 + x1) / 2, (y0 + y1) / 2
        return best[1]

    def label_point(self, grid: int = 24) -> tuple[float, float]:
        """A good place for the name: the grid point inside the shape farthest from its outline
        (a cheap "pole of inaccessibility"; distances in projected units, ``cos(lat)``-scaled)."""
        import numpy as np

        x0, y0, x1, y1 = self.bbox()
        kx = math.cos(math.radians((y0 + y1) / 2))
        cand = [
            (x0 + (x1 - x0) * i / grid, y0 + (y1 - y0) * j / grid)
            for i in range(1, grid)
            for j in range(1, grid)
        ]
        a = np.array([pt for r in self.rings for pt in r], dtype=float)
        b = np.array([pt for r in self.rings for pt in (*r[1:], r[0])], dtype=float)
        cand = [c for c, ok in zip(cand, _inside_many(np.array(cand), a, b), strict=True) if ok]
        if not cand:
            return self.interior_point()
        a[:, 0] *= kx
        b[:, 0] *= kx
        p = np.array(cand, dtype=float)
        p[:, 0] *= kx
        d = b - a  # segments a -> b
        den = np.where((d**2).sum(axis=1) == 0, 1.0, (d**2).sum(axis=1))
        rel = p[:, None, :] - a[None, :, :]
        t = np.clip((rel * d[None, :, :]).sum(axis=2) / den[None, :], 0.0, 1.0)
        dist = np.hypot(*(rel - t[:, :, None] * d[None, :, :]).transpose(2, 0, 1)).min(axis=1)
        return cand[int(np.argmax(dist))]


def _inside_many(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Even-odd test of many points ``p`` (n, 2) against all edges ``a -> b`` (m, 2) at once."""
    import numpy as np

    px, py = p[:, 0:1], p[:, 1:2]
    straddle = (a[None, :, 1] > py) != (b[None, :, 1] > py)
    dy = np.where(b[:, 1] == a[:, 1], 1.0, b[:, 1] - a[:, 1])
    xc = a[None, :, 0] + (py - a[None, :, 1]) * (b[None, :, 0] - a[None, :, 0]) / dy[None, :]
    result: np.ndarray = ((straddle & (xc > px)).sum(axis=1) % 2) == 1
    return result


def _crossings(rings: tuple[tuple[tuple[float, float], ...], ...], y: float) -> list[float]:
    out = []
    for ring in rings:
        n = len(ring)
        for i in range(n):
            (xa, ya), (xb, yb) = ring[i], ring[(i + 1) % n]
            if (ya > y) != (yb > y):
                out.append(xa + (y - ya) * (xb - xa) / (yb - ya))
    return out


def point_in_ring(x: float, y: float, ring: tuple[tuple[float, float], ...] | Ring) -> bool:
    """Ray casting: is (x, y) inside the closed ring?"""
    return sum(1 for c in _crossings((tuple(ring),), y) if c > x) % 2 == 1


def _rings(geometry: dict[str, Any]) -> list[tuple[tuple[float, float], ...]]:
    kind = geometry.get("type")
    coords = geometry.get("coordinates") or []
    polys = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else []
    return [
        tuple((float(p[0]), float(p[1])) for p in ring) for poly in polys for ring in poly if len(ring) >= 3
    ]


def load_shapes(file: str | Path, key: str = "ags") -> list[Shape]:
    """Parse a GeoJSON FeatureCollection (a bundled file name or a path) into shapes."""
    path = Path(file) if Path(file).is_absolute() else resources.path("data", str(file))
    try:
        raw = json.loads(path.read_text("utf-8"))
        feats = raw["features"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInputError(
            f"Kartendatei {path.name} ist nicht lesbar oder kein GeoJSON: {exc}",
            f"Map file {path.name} is unreadable or not GeoJSON: {exc}",
        ) from exc
    out = []
    for f in feats:
        props = f.get("properties") or {}
        rings = _rings(f.get("geometry") or {})
        if not rings:
            continue
        name = str(props.get("name", props.get(key, "")))
        out.append(Shape(str(props.get(key, "")), name, str(props.get("label", name)), tuple(rings)))
    return out


def label_points(shapes: list[Shape]) -> dict[str, tuple[float, float]]:
    """``Shape.label_point()`` of every shape, by AGS. Computing them takes numpy and ~50 ms; the result
    depends only on the outlines and that code, so it is kept in the cache (core.prebuilt.cached_json,
    keyed by a CRC of the coordinates and the code) and the first map of a start needs neither."""
    from core import prebuilt

    crc = 0
    for s in shapes:
        crc = zlib.crc32(repr((s.ags, s.rings)).encode(), crc)
    key = f"{crc:08x}{prebuilt.code_digest(Shape.label_point, _inside_many)}"
    points = prebuilt.cached_json("label-points", key, lambda: {s.ags: list(s.label_point()) for s in shapes})
    return {ags: (float(p[0]), float(p[1])) for ags, p in points.items()}


def district_shapes(region: Region | None = None) -> list[Shape]:
    """The region's districts, in the region's order; names and labels from the region file."""
    region = region or load_region()
    by_ags = {s.ags: s for s in load_shapes(region.boundaries)}
    out = []
    for d in region.districts:
        s = by_ags.get(d.ags)
        if s is not None:
            out.append(Shape(d.ags, d.name, d.name, s.rings))
    return out


def state_shapes(region: Region | None = None) -> list[Shape]:
    """Outlines of the comparison states (for orientation only)."""
    region = region or load_region()
    return load_shapes(region.state_boundaries)


@dataclass(frozen=True)
class Projection:
    """Equirectangular projection ``x = lon * cos(lat0)``, ``y = lat`` (degrees of latitude)."""

    lat0: float

    @property
    def kx(self) -> float:
        return math.cos(math.radians(self.lat0))

    def forward(self, lon: float, lat: float) -> tuple[float, float]:
        return lon * self.kx, lat

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        return x / self.kx, y

    @classmethod
    def for_shapes(cls, shapes: list[Shape]) -> Projection:
        lats = [b for s in shapes for b in (s.bbox()[1], s.bbox()[3])]
        return cls((min(lats) + max(lats)) / 2 if lats else 51.0)
