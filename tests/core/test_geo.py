"""core.geo: the bundled district outlines parse into shapes a map and an export can use (no Qt)."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from core import geo
from core.errors import InvalidInputError
from core.regions import load_region


@pytest.fixture(scope="module")
def shapes() -> list[geo.Shape]:
    return geo.district_shapes(load_region())


def test_every_district_of_the_region_has_an_outline(shapes):
    region = load_region()
    assert [s.ags for s in shapes] == region.district_codes
    assert {s.name for s in shapes} == {d.name for d in region.districts}
    for s in shapes:
        lon0, lat0, lon1, lat1 = s.bbox()
        # Mitteldeutschland: roughly 10.5-13.5 °E, 50.5-52.5 °N
        assert 10.5 < lon0 < lon1 < 13.5 and 50.5 < lat0 < lat1 < 52.5


def test_interior_and_label_points_lie_in_exactly_one_district(shapes):
    for s in shapes:
        for pt in (s.interior_point(), s.label_point()):
            owners = [o.ags for o in shapes if o.contains(*pt)]
            assert owners == [s.ags], (s.name, pt, owners)


def test_halle_is_a_hole_in_the_saalekreis(shapes):
    by = {s.ags: s for s in shapes}
    saalekreis, halle = by["15088"], by["15002"]
    assert len(saalekreis.rings) == 2  # outer ring + the hole where Halle lies
    pt = halle.interior_point()
    assert halle.contains(*pt)
    assert not saalekreis.contains(*pt)
    # ... but the point is inside the Saalekreis' outer ring
    assert geo.point_in_ring(pt[0], pt[1], saalekreis.rings[0])


def test_projection_scales_longitude_by_cos_of_the_reference_latitude(shapes):
    proj = geo.Projection.for_shapes(shapes)
    assert 51.0 < proj.lat0 < 52.0
    x, y = proj.forward(12.0, 51.3)
    assert x == pytest.approx(12.0 * math.cos(math.radians(proj.lat0)))
    assert y == 51.3
    assert proj.inverse(x, y) == pytest.approx((12.0, 51.3))


def test_state_outlines_for_orientation():
    states = geo.state_shapes(load_region())
    assert {s.ags for s in states} == {"14", "15", "16"}


def test_unreadable_map_file_gives_a_clear_german_message(tmp_path):
    bad = tmp_path / "kaputt.geojson"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(InvalidInputError) as exc:
        geo.load_shapes(bad)
    assert "kaputt.geojson" in exc.value.message("de")
    assert "nicht lesbar" in exc.value.message("de")


def test_core_geo_and_mapdata_do_not_import_qt():
    code = (
        "import sys, core.geo, core.mapdata; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6', 'gui')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    res = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stdout + res.stderr
