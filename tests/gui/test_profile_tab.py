"""Kreisprofile tab: a person picks districts on the map and in the list and reads the key figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from core.profile import district_profile
from gui import settings, workers
from gui.context import AppContext
from gui.formatting import locale_for
from gui.tabs.profile import ProfileTab


def de(v: float, d: int = 0) -> str:
    """German number format, independent of Qt: 1.234,5."""
    return f"{v:,.{d}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")


@pytest.fixture(autouse=True)
def _german():
    QLocale.setDefault(locale_for("de"))


@pytest.fixture
def tab(qtbot, store):
    t = ProfileTab(AppContext(store=store))
    qtbot.addWidget(t)
    with qtbot.waitSignal(t.data_shown, timeout=10_000):
        t.resize(1280, 800)
        t.show()
    qtbot.waitExposed(t)
    yield t
    t.shutdown()
    workers.wait_idle(5000)


def click_map(qtbot, tab, ags):
    qtbot.mouseClick(tab.areas.map.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.areas.map.view_point(ags))


def click_list(qtbot, tab, name):
    lw = tab.areas.district_list
    item = next(lw.item(i) for i in range(lw.count()) if lw.item(i).text() == name)
    qtbot.mouseClick(lw.viewport(), Qt.MouseButton.LeftButton, pos=lw.visualItemRect(item).center())


def assert_key_figures(tab, store, ags):
    prof = district_profile(store, ags)
    cards = tab.cards
    assert tab.title.text() == prof.name
    assert cards.population.value.text() == de(prof.population_year.value)
    assert cards.inh_km2.value.text() == de(prof.density_inhabitants_km2.value)
    assert cards.businesses.value.text() == de(prof.businesses.value)
    assert cards.employees.value.text() == de(prof.employees.value)
    assert cards.density.value.text() == de(prof.business_density.value, 1)
    assert de(prof.business_density_region.value, 1) in cards.density.detail.text()
    assert de(prof.business_density_germany.value, 1) in cards.density.detail.text()
    # estimated totals carry the badge, official ones do not
    assert cards.businesses.badge.isVisible() == prof.businesses.is_estimate


def test_click_on_the_map_shows_that_districts_key_figures(qtbot, tab, store):
    click_map(qtbot, tab, "15084")
    assert_key_figures(tab, store, "15084")
    assert tab.areas.map.selected_ags == "15084"
    assert [it.text() for it in tab.areas.district_list.selectedItems()] == ["Burgenlandkreis"]
    qtbot.waitUntil(lambda: settings.value(settings.LAST_DISTRICT) == "15084", timeout=3000)


@pytest.mark.parametrize("city", ["14713", "15002"])
def test_cities_inside_other_districts_are_clickable(qtbot, tab, store, city):
    click_map(qtbot, tab, city)
    assert_key_figures(tab, store, city)


def test_choosing_in_the_list_moves_the_map_selection(qtbot, tab, store):
    click_list(qtbot, tab, "Halle (Saale)")
    assert tab.areas.map.selected_ags == "15002"
    assert_key_figures(tab, store, "15002")
    assert tab.areas.map.items["15002"].selected and not tab.areas.map.items["15088"].selected


def test_population_change_is_shown_with_the_census_note(qtbot, tab, store):
    click_map(qtbot, tab, "14713")
    prof = district_profile(store, "14713")
    change = (prof.population[prof.year] / prof.population[2010] - 1) * 100
    assert f"{'+' if change > 0 else ''}{de(change, 1)}\u00a0% seit 2010" in tab.cards.population.detail.text()
    assert "Zensus" in tab.development.census_note.text()


def test_groups_table_shows_estimates_in_italics_with_a_label(qtbot, tab, store):
    click_map(qtbot, tab, "16077")
    prof = district_profile(store, "16077")
    model = tab.groups.model
    assert model.rowCount() == 7
    row = [model.index(r, 0).data() for r in range(7)].index("Ausbaugewerbe")
    g = prof.groups["Ausbaugewerbe"]
    assert model.index(row, 1).data() == de(g.businesses.value)
    assert model.index(row, 2).data() == de(g.employees.value)
    assert model.index(row, 6).data() == de(g.lq.value, 2)
    assert model.index(row, 1).data(Qt.ItemDataRole.FontRole).italic()
    assert "Schätzung" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    tab.detail_tabs.setCurrentIndex(1)
    assert tab.groups.badge.isVisible() and tab.groups.badge.text() == "Schätzung"
    assert "Schätzung" in tab.groups.source.text() and "Quelle" in tab.groups.source.text()


def test_every_chart_and_table_has_a_source_line(qtbot, tab):
    assert "Quelle" in tab.areas.map_source.text()
    assert "Bevölkerung" in tab.development.source.text()  # the population dataset
    assert "Handwerkszählung" in tab.development.source.text()
    tab.areas.compare_button.click()
    assert "Quelle" in tab.comparison.source.text()


def test_time_series_plot_official_years_without_lines_across_gaps(qtbot, tab, store):
    click_map(qtbot, tab, "14713")
    curve = tab.development.pop_plot.getPlotItem().listDataItems()[0]
    xs, ys = curve.getData()
    official = store.series("14713", "population")
    shown = {int(x): y for x, y in zip(xs, ys, strict=True) if y == y}
    assert shown == {int(k): v for k, v in official.items()}
    assert any(y != y for y in ys)  # NaN breaks the line at the census changes
    bus = tab.development.bus_plot.getPlotItem().listDataItems()[0].getData()
    assert [int(x) for x in bus[0]] == [2010, 2011, 2012, 2013, 2014]  # official Handwerkszählung only


def test_switching_the_map_indicator_recolours_and_relabels(qtbot, tab):
    before = {a: tab.areas.map.district_color(a).name() for a in tab.areas.map.items}
    legend_before = tab.areas.map.legend.text()
    tab.areas.indicator_combo.setCurrentIndex(tab.areas.indicator_combo.findData("population_change"))
    after = {a: tab.areas.map.district_color(a).name() for a in tab.areas.map.items}
    assert after != before
    assert "Bevölkerungsentwicklung" in tab.areas.map.legend.text() and tab.areas.map.legend.text() != legend_before
    # Leipzig grew the most since 2010: darkest colour
    assert min(after, key=lambda a: tab.areas.map.district_color(a).lightness()) == "14713"
    tab.areas.indicator_combo.setCurrentIndex(tab.areas.indicator_combo.findData("group_share"))
    assert tab.areas.group_combo.isVisible()
    assert "Schätzung" in tab.areas.map.legend.text()


def test_estimates_on_screen_are_reported(qtbot, tab):
    with qtbot.waitSignal(tab.estimates_shown, timeout=2000) as sig:
        click_map(qtbot, tab, "14730")
    assert sig.args == [True]  # the Gewerbegruppen table always holds estimates


def test_compare_mode_shows_districts_side_by_side(qtbot, tab, store):
    click_map(qtbot, tab, "14713")
    tab.areas.compare_button.click()
    click_map(qtbot, tab, "16077")
    t = tab.comparison.table
    headers = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert headers[-2:] == ["IRMD", "Deutschland"]
    assert {"Leipzig", "Altenburger Land"} <= set(headers)
    row = [t.verticalHeaderItem(r).text() for r in range(t.rowCount())].index("Einwohner")
    col = headers.index("Altenburger Land")
    assert t.item(row, col).text() == de(district_profile(store, "16077").population_year.value)
    assert set(tab.areas.map.selected) >= {"14713", "16077"}
    # clicking a compared district again removes it
    click_map(qtbot, tab, "16077")
    headers = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    assert "Altenburger Land" not in headers
    tab.areas.compare_button.click()
    assert tab.pages.currentIndex() == 0


def test_an_official_year_shows_the_counted_totals_without_estimate_badge(qtbot, tab, store):
    click_map(qtbot, tab, "14713")
    assert tab.cards.businesses.badge.isVisible()  # the latest year's totals are estimates
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2014))
    official = store.series("14713", "businesses")[2014]
    qtbot.waitUntil(lambda: tab.cards.businesses.value.text() == de(official), timeout=10_000)
    assert not tab.cards.businesses.badge.isVisible()
    assert tab.cards.population.caption.text() == "Einwohner 2014"
    prof_2014 = district_profile(store, "14713", 2014)
    assert tab.cards.employees.value.text() == de(prof_2014.employees.value)


def test_study_section_shows_chamber_state_apprentices_and_business_size(qtbot, tab):
    """Issue 10: the district profile has a section for the district's chamber and state."""
    click_list(qtbot, tab, "Saalekreis")
    workers.wait_idle(5000)
    bar = tab.detail_tabs.tabBar()
    idx = tab.detail_tabs.indexOf(tab.study_section)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(idx).center())
    sec = tab.study_section
    assert "Handwerkskammer Halle (Saale)" in sec.appr_title.text() and "Sachsen-Anhalt" in sec.appr_title.text()
    rows = [[sec.appr.item(r, c).text() for c in range(4)] for r in range(sec.appr.rowCount())]
    # HWK Halle stock at 31.12.2022 = 3,380 (chamber website); state office stock 2022 = 7,020
    assert ["Handwerkskammer Halle (Saale)", "Bestand · Kammer · 31.12.", "31.12.2022", "3.380"] in rows
    assert ["Sachsen-Anhalt", "Bestand · Statistik · 31.12.", "31.12.2022", "7.020"] in rows
    assert "nicht die IRMD" in sec.note.text()
    size = [[sec.size_table.item(r, c).text() for c in range(3)] for r in range(sec.size_table.rowCount())]
    assert size[0] == ["Saalekreis", "9,0", "8,2"]  # 14,997/1,670 and 2014 persons per business


def test_density_card_marks_the_census_year_and_businesses_show_the_chamber_count(qtbot, tab, store):
    click_list(qtbot, tab, "Halle (Saale)")
    qtbot.waitUntil(lambda: tab.title.text() == "Halle (Saale)", timeout=5000)
    prof = district_profile(store, "15002")
    assert prof.year == 2022
    cards = tab.cards
    assert "Zensus 2022" in cards.density.detail.text()  # the 2022 density is not comparable with 2021
    assert "Zensuskorrektur" in cards.density.toolTip()
    # the chamber's own count beside the Handwerkszählung (HWK Halle: 1,796 Betriebe in Halle, 2024)
    chamber = cards.businesses.detail.text().replace("\u00a0", " ")  # non-breaking spaces: wraps after the ":"
    assert "Kammer 2024: 1.796 Betriebe" in chamber
    assert "Differenz" in cards.businesses.toolTip()
    assert cards.businesses.caption.text().startswith("Handwerksunternehmen")
