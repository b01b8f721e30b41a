"""Prognose tab: sliders, spin boxes and choosers drive the charts exactly as core computes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from core import userdb
from core.forecast import parameters, scenarios
from core.forecast.inputs import cached_inputs
from core.forecast.model import ForecastModel
from gui.context import AppContext
from gui.tabs.forecast_tab import VIEW_GROUPS, VIEW_TORNADO, ForecastTab


@pytest.fixture
def tab(qtbot, store):
    ctx = AppContext(store=store, user_con=userdb.open_user_db())
    w = ForecastTab(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    qtbot.waitUntil(lambda: w.result is not None, timeout=10000)  # inputs are read in a worker
    yield w
    w.shutdown()
    ctx.user_con.close()


def _expected(store, values, area, group, what="supply"):
    r = ForecastModel(cached_inputs(store)).compute(values)
    return r.area_series(area)[what][r.groups.index(group)]


def _plotted(curve):
    return np.asarray(curve.getData()[1])


def test_keyboard_on_a_slider_changes_the_curve_exactly_as_the_model_says(qtbot, tab, store):
    slider = tab.rows["productivity"].slider
    before = _plotted(tab.chart.supply_curve).copy()
    slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Right)  # 0.5 -> 0.8 %/Jahr (step 0.1)
    assert tab.rows["productivity"].spin.value() == pytest.approx(0.8)
    expected = _expected(store, {"productivity": 0.8}, "IRMD", "Ausbaugewerbe")
    qtbot.waitUntil(lambda: np.allclose(_plotted(tab.chart.supply_curve), expected), timeout=2000)
    assert not np.allclose(before, expected)
    # demand does not depend on productivity
    np.testing.assert_allclose(
        _plotted(tab.chart.demand_curve), _expected(store, {}, "IRMD", "Ausbaugewerbe", "demand")
    )


def test_mouse_click_on_a_slider_moves_it_and_the_curve_follows(qtbot, tab, store):
    row = tab.rows["apprentice_entry"]
    old = row.spin.value()
    slider = row.slider
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 3, slider.height() // 2))
    qtbot.waitUntil(lambda: row.spin.value() != old, timeout=2000)
    new = row.spin.value()
    assert new > old
    assert slider.value() == round((new - row.param.min) / row.param.step)  # slider and spin box agree
    expected = _expected(store, {"apprentice_entry": new}, "IRMD", "Ausbaugewerbe")
    qtbot.waitUntil(lambda: np.allclose(_plotted(tab.chart.supply_curve), expected), timeout=2000)


def test_typing_in_the_spin_box_moves_the_slider_and_the_demand_curve(qtbot, tab, store):
    row = tab.group_rows["demand_growth"]
    assert row.param.key == "demand_growth:Ausbaugewerbe"
    spin = row.spin
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), f"1{spin.locale().decimalPoint()}5")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert row.slider.value() == round((1.5 - row.param.min) / row.param.step)
    expected = _expected(store, {"demand_growth:Ausbaugewerbe": 1.5}, "IRMD", "Ausbaugewerbe", "demand")
    qtbot.waitUntil(lambda: np.allclose(_plotted(tab.chart.demand_curve), expected), timeout=2000)


def test_switching_district_and_group_redraws_for_that_selection(qtbot, tab, store):
    tab.area_combo.setFocus()
    tab.area_combo.setCurrentIndex(tab.area_combo.findData("16077"))
    tab.group_combo.setCurrentIndex(tab.group_combo.findData("Gesundheitsgewerbe"))
    expected = _expected(store, {}, "16077", "Gesundheitsgewerbe", "demand")
    qtbot.waitUntil(lambda: np.allclose(_plotted(tab.chart.demand_curve), expected), timeout=2000)
    assert "Altenburger Land" in tab.title.text() and "Gesundheitsgewerbe" in tab.title.text()
    # the per-group sliders now belong to the Gesundheitsgewerbe
    assert tab.group_rows["weight_65plus"].param.key == "weight_65plus:Gesundheitsgewerbe"
    assert (
        tab.group_rows["weight_65plus"].spin.value()
        == parameters.REGISTRY["weight_65plus:Gesundheitsgewerbe"].default
    )
    # official projection points of Altenburger Land are marked on the demand line
    years = sorted(p.pos().x() for p in tab.chart.markers.points())
    assert years == [2025, 2030, 2035, 2040]


def test_small_multiples_show_all_seven_groups(qtbot, tab, store):
    bar = tab.views.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(VIEW_GROUPS).center())
    assert tab.views.currentIndex() == VIEW_GROUPS
    assert tab.multiples is not None and len(tab.multiples.plots) == 7
    r = ForecastModel(cached_inputs(store)).compute()
    for i, g in enumerate(tab.multiples.groups):
        np.testing.assert_allclose(_plotted(tab.multiples.curves[g].supply), r.area_series()["supply"][i])


def test_tornado_lists_parameters_by_their_effect(qtbot, tab):
    bar = tab.views.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(VIEW_TORNADO).center())
    assert tab.tornado is not None
    labels = tab.tornado.labels
    assert labels and "Produktivitätsgewinn durch digitale Prozesse" in labels


def test_scenario_choice_sets_the_sliders_and_the_curves(qtbot, tab, store):
    tab.scenario_combo.setCurrentIndex(tab.scenario_combo.findData("pessimistisch"))
    assert tab.rows["apprentice_entry"].spin.value() == 15.0
    assert tab.rows["productivity"].slider.value() == 0
    expected = _expected(store, scenarios.BUILTINS["pessimistisch"].values, "IRMD", "Ausbaugewerbe")
    qtbot.waitUntil(lambda: np.allclose(_plotted(tab.chart.supply_curve), expected), timeout=2000)


def test_save_scenario_stores_it_in_the_user_database(qtbot, tab):
    tab.rows["productivity"].spin.setValue(1.2)
    tab.ask_name = lambda: ("Digitaloffensive", True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.scenario_combo.currentText() == "Digitaloffensive"
    assert scenarios.load(tab.ctx.user_con, "Digitaloffensive").values == {"productivity": 1.2}
    assert tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Digitaloffensive" not in scenarios.list_names(tab.ctx.user_con)


def test_read_only_database_gives_a_clear_message_instead_of_saving(qtbot, tab):
    tab.ctx.read_only = True
    tab.ask_name = lambda: pytest.fail("must not ask for a name")  # type: ignore[assignment]
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.notice.isVisibleTo(tab)
    assert "schreibgeschützt" in tab.notice.text()


def test_bad_scenario_name_is_explained(qtbot, tab):
    tab.ask_name = lambda: ("Basis", True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "eingebautes Szenario" in tab.notice.text()


def test_missing_estimate_is_explained_instead_of_a_chart(qtbot, store, monkeypatch):
    from core.errors import NoDataError
    from gui.tabs import forecast_tab

    def no_data(_store):
        raise NoDataError(
            "Für die Prognose fehlen die Beschäftigten nach Gewerbegruppen und Kreisen (Schätzung)."
        )

    monkeypatch.setattr(forecast_tab, "cached_inputs", no_data)
    w = ForecastTab(AppContext(store=store))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.notice.text() != "", timeout=5000)
    assert "fehlen die Beschäftigten" in w.notice.text()
    assert not w.views.isEnabled() and not w.save_button.isEnabled()


def test_index_view_starts_at_100(qtbot, tab):
    qtbot.mouseClick(tab.index_check, Qt.MouseButton.LeftButton, pos=QPoint(5, tab.index_check.height() // 2))
    qtbot.waitUntil(lambda: abs(_plotted(tab.chart.supply_curve)[0] - 100.0) < 1e-9, timeout=2000)
    assert "Index" in tab.chart.plot.getAxis("left").labelText


def test_comparison_view_shows_every_published_projection_beside_the_model(qtbot, tab, store):
    from gui.tabs.forecast_tab import VIEW_COMPARE

    tab.views.setCurrentIndex(VIEW_COMPARE)
    tab.flush()
    expected = ForecastModel(cached_inputs(store)).compute().comparison()
    table = tab.comparison.table
    assert table.rowCount() == len(expected) > 10
    texts = [[table.item(i, j).text() for j in range(table.columnCount())] for i in range(table.rowCount())]
    shk = next(t for t in texts if t[0] == "QuBe-Portal/SHK" and "(gelernt)" in t[2] and t[3] == "2023–2035")
    from gui.formatting import fmt_number, fmt_percent

    assert shk[4] == fmt_percent(-0.17, 1, signed=True)  # published, in the UI's number format
    entry = next(e for e in expected if e["source"] == "QuBe-Portal/SHK" and e.get("series") == "learned"
                 and e["years"] == [2023, 2035])
    model = entry["model"]
    assert shk[5] == fmt_percent(model["same_measure_pct"] / 100, 1, signed=True)  # like for like: the model's supply, same years
    assert shk[6] == f"{fmt_number(model['supply_pct']['2035'], 1)} / {fmt_number(model['demand_pct']['2035'], 1)}"
    row = texts.index(shk)
    assert "Ausbaugewerbe" in table.item(row, 0).toolTip()  # the model's area and groups
    assert "Deutschland" in shk[1] and "SHK" in shk[1]
    assert "Bauhaupt" in tab.comparison.direction.text()
    assert "Altenburger Land" in tab.step_note.text()  # the step the TLS anchor causes, under the views


def test_altenburger_land_step_note_under_the_chart(qtbot, tab):
    assert tab.step_note.isHidden() or "Altenburger" in tab.step_note.text()
    tab.select_district("16077")
    tab.flush()
    assert not tab.step_note.isHidden()
    assert "2024→2025" in tab.step_note.text() and "nicht geglättet" in tab.step_note.text()
    tab.select_district("14713")
    tab.flush()
    assert tab.step_note.isHidden()


def test_assumptions_view_gives_a_justification_for_every_annahme(qtbot, tab):
    from gui.tabs.forecast_tab import VIEW_TABLE

    tab.views.setCurrentIndex(VIEW_TABLE)
    tab.flush()
    for i in range(tab.table.rowCount()):
        source = tab.table.item(i, 4).text()
        text = tab.table.item(i, 5).text()
        if source == "Annahme":
            assert text.startswith("Annahme: ") and len(text) > 40


def test_chart_marks_the_base_year_where_the_projection_starts(qtbot, tab):
    """A dashed line at the base year (an estimate) labelled with the first projected year, the population's
    own projection after its last official year; both follow the language of the window."""
    r = tab.result
    line = tab.chart.base_line
    assert line.isVisible() and line.value() == r.base_year == int(r.years[0])
    assert line.label.toPlainText() == f"Projektion ab {r.base_year + 1} →"
    data = tab.chart.data_line
    assert data.isVisible() and data.value() == r.last_data_year
    assert data.label.toPlainText() == f"Bevölkerung projiziert ab {r.last_data_year + 1} →"
    # the labels do not overlap each other (nor the legend at the top)
    box = line.label.mapRectToScene(line.label.boundingRect())
    other = data.label.mapRectToScene(data.label.boundingRect())
    legend = tab.chart.legend.mapRectToScene(tab.chart.legend.boundingRect())
    assert not box.intersects(other) and not box.intersects(legend) and not other.intersects(legend)
