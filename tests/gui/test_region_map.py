"""The region map: every district is clickable (the cities on top), colours and legend follow the values."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QLocale, Qt

from core import mapdata
from gui.formatting import locale_for
from gui.widgets.region_map import DistrictItem, RegionMap


@pytest.fixture(autouse=True)
def _german():
    QLocale.setDefault(locale_for("de"))


@pytest.fixture
def rmap(qtbot, store):
    m = RegionMap(store.region)
    qtbot.addWidget(m)
    m.resize(620, 560)
    m.show()
    qtbot.waitExposed(m)
    return m


def _fmt(v: float) -> str:
    return QLocale().toString(v, "f", 1)


def test_clicking_each_district_selects_it(qtbot, rmap, store):
    for ags in store.region.district_codes:
        with qtbot.waitSignal(rmap.district_selected, timeout=1000) as sig:
            qtbot.mouseClick(rmap.view.viewport(), Qt.MouseButton.LeftButton, pos=rmap.view_point(ags))
        assert sig.args == [ags]


def _top_district(rmap, point):
    """The topmost district polygon under a viewport point (labels do not take clicks)."""
    return next(i for i in rmap.view.items(point) if isinstance(i, DistrictItem))


@pytest.mark.parametrize(("city", "around"), [("14713", "14729"), ("15002", "15088")])
def test_cities_are_drawn_on_top_and_receive_the_click(qtbot, rmap, city, around):
    assert _top_district(rmap, rmap.view_point(city)).shape_.ags == city
    assert rmap.items[city].zValue() > rmap.items[around].zValue()
    # even when the surrounding district is selected (its outline raised), the city stays on top
    rmap.set_selection([around])
    assert rmap.items[city].zValue() > rmap.items[around].zValue()
    with qtbot.waitSignal(rmap.district_selected, timeout=1000) as sig:
        qtbot.mouseClick(rmap.view.viewport(), Qt.MouseButton.LeftButton, pos=rmap.view_point(city))
    assert sig.args == [city]


def test_values_colour_the_districts_and_the_legend_shows_the_range(rmap, store):
    vals = mapdata.map_values(store, "business_density", 2014)
    rmap.set_values(vals, "Betriebsdichte 2014", "Betriebe je 1.000 Einw.", _fmt, lambda a: "Quelle: test")
    lo = min(vals, key=lambda a: vals[a].value)
    hi = max(vals, key=lambda a: vals[a].value)
    # sequential scale: the highest value is the darkest district
    assert rmap.district_color(hi).lightness() < rmap.district_color(lo).lightness()
    text = rmap.legend.text()
    assert _fmt(vals[lo].value) in text and _fmt(vals[hi].value) in text
    assert "Betriebe je 1.000 Einw." in text
    assert "Schätzung" not in text  # 2014 is official
    tip = rmap.items["14713"].toolTip()
    assert "Leipzig" in tip and _fmt(vals["14713"].value) in tip and "Quelle: test" in tip


def test_estimated_values_are_labelled_in_legend_and_tooltip(rmap, store):
    year = mapdata.available_years(store, "group_share")[-1]
    vals = mapdata.map_values(store, "group_share", year, "Kraftfahrzeuggewerbe")
    before = rmap.district_color("15082").name()
    rmap.set_values(vals, f"Kfz {year}", "% der Betriebe", _fmt, lambda a: "")
    assert "Schätzung" in rmap.legend.text()
    assert not rmap.legend.estimate.isHidden()
    assert "Schätzung" in rmap.items["15082"].toolTip()
    assert rmap.district_color("15082").name() != before  # grey "no data" -> a scale colour


def test_missing_value_is_grey_and_shown_as_dash(rmap, store):
    vals = dict(mapdata.map_values(store, "business_density", 2014))
    vals["16077"] = mapdata.MapValue(math.nan, "", "")
    rmap.set_values(vals, "Betriebsdichte", "x", _fmt, lambda a: "")
    assert rmap.district_color("16077").name().upper() == "#D9D9D9"
    assert "–" in rmap.items["16077"].toolTip()
