# mypy: disable-error-code="union-attr,arg-type"
"""Measures in the GUI, used as a person would: effects edited in the tracker's detail pane (with undo), the
Prognose tab with and without measures, the meeting view's waterfall following status and effect edits
(computed off the GUI thread), and the presentation slide."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from core.forecast import parameters
from core.forecast.inputs import cached_inputs
from core.forecast.measures import MeasureModel, measures_from_tracker
from core.forecast.model import ForecastModel
from core.tracker.store import Tracker
from core.userdb import open_user_db
from gui import workers
from gui.context import AppContext
from gui.formatting import fmt_number
from gui.tabs.recommendations_tab import RecommendationsTab

CTRL = Qt.KeyboardModifier.ControlModifier
REASON = "Netzwerke an Oberschulen: mehr Lehrverträge (Annahme nach Studie, Empfehlung 1)"


@pytest.fixture(autouse=True)
def _no_startup_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecommendationsTab, "STARTUP_BACKUP", False)


@pytest.fixture
def model(store) -> MeasureModel:
    return MeasureModel(ForecastModel(cached_inputs(store)))


def make_tracker_tab(qtbot, store) -> RecommendationsTab:
    tab = RecommendationsTab(AppContext(store=store, user_con=open_user_db()))
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def click_box(qtbot, box) -> None:
    """Click a check box on its indicator (a click right of its text does not toggle it)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _expected_contribution(model: MeasureModel, con, item_id: str, year: int, groups=None) -> float:
    ms = measures_from_tracker(Tracker(con))
    return model.evaluate(parameters.resolve({}), ms, groups=groups).contributions[item_id][year]


def test_effect_added_in_the_detail_pane_is_saved_shown_with_its_worth_and_undone(qtbot, store, model) -> None:
    tab = make_tracker_tab(qtbot, store)
    tab.select_item("1")
    tab.detail.pages.setCurrentIndex(1)
    ed = tab.detail.effects
    assert "Noch keine Wirkung erfasst" in ed.worth.text()
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    ed.param.setCurrentIndex(ed.param.findData("apprentice_entry"))
    ed.delta.setFocus()
    ed.delta.lineEdit().selectAll()
    qtbot.keyClicks(ed.delta.lineEdit(), "3")
    qtbot.keyClick(ed.delta.lineEdit(), Qt.Key.Key_Tab)
    ed.start.setValue(2026)
    ed.full.setValue(2028)
    # no justification yet: refused with a message, nothing written
    qtbot.mouseClick(ed.apply_button, Qt.MouseButton.LeftButton)
    assert "Begründung" in ed.state.text() and tab.tracker.effects() == []
    ed.reason.setFocus()
    qtbot.keyClicks(ed.reason, "Pilot")  # short: long QTest.keyClicks runs hit a PySide event-loop bug
    qtbot.mouseClick(ed.apply_button, Qt.MouseButton.LeftButton)
    (e,) = tab.tracker.effects()
    assert (e["param"], e["delta"], e["start_year"], e["full_year"], e["reason"]) == (
        "apprentice_entry", 3.0, 2026, 2028, "Pilot")
    assert ed.table.rowCount() == 1 and ed.table.item(0, 1).text() == "+" + fmt_number(3.0, 1) + " je 1.000"
    assert "Status „offen“" in ed.worth.text()  # not counted yet
    # counted once "in Umsetzung": the worth is core's contribution
    tab.detail.status.setCurrentIndex(tab.detail.status.findData("in Umsetzung"))
    assert tab.detail.confirm()
    expected = _expected_contribution(model, tab.tracker.con, "empfehlung-01", 2035)
    qtbot.waitUntil(lambda: "2035: <b>+" + fmt_number(expected, 0) in ed.worth.text(), timeout=10000)
    assert "müssen sich die Beiträge nicht addieren" in ed.worth.text()
    # an edit of the size, then undo both steps with the keyboard
    ed.delta.setValue(4.5)
    qtbot.mouseClick(ed.apply_button, Qt.MouseButton.LeftButton)
    assert tab.tracker.effects()[0]["delta"] == 4.5
    hist = tab.tracker.history("empfehlung-01")[0]
    assert (hist["entity"], hist["field"], hist["new"]) == ("effect", "delta", "4.5")
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Z, CTRL)  # undo the status change
    qtbot.keyClick(tab, Qt.Key.Key_Z, CTRL)  # undo the size
    assert tab.tracker.effects()[0]["delta"] == 3.0
    qtbot.keyClick(tab, Qt.Key.Key_Z, CTRL)  # undo the creation
    assert tab.tracker.effects() == [] and ed.table.rowCount() == 0
    qtbot.keyClick(tab, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(tab.tracker.effects()) == 1
    workers.wait_idle()
    tab.ctx.user_con.close()


def test_meeting_view_status_and_effect_size_move_the_waterfall_off_the_gui_thread(
    qtbot, store, model, monkeypatch
) -> None:
    con = open_user_db()
    t = Tracker(con)
    m = t.add_measure("empfehlung-01", "Ausbildungsbotschafter")
    t.add_effect(m, "apprentice_entry", 2, 2026, 2028, reason="Pilot HWK Halle")
    t.add_effect("empfehlung-01", "completion_rate", 3, 2027, 2029, reason="Begleitung")
    t.update_item("empfehlung-01", {"status": "geplant"})
    con.close()
    import gui.measures_engine as engine

    threads: list[int] = []
    real = engine.evaluate

    def spy(store_, req):
        threads.append(threading.get_ident())
        return real(store_, req)

    monkeypatch.setattr(engine, "evaluate", spy)
    tab = make_tracker_tab(qtbot, store)
    tab.select_item("1")
    qtbot.mouseClick(tab.meeting_button, Qt.MouseButton.LeftButton)
    view = tab.meeting
    wf = view.waterfall
    qtbot.waitUntil(lambda: len(wf.chart.bars) == 3, timeout=10000)  # without, recommendation 1, with
    assert [b.short for b in wf.chart.bars][1] == "1"
    # the measure 1.1 is "offen": set it to "in Umsetzung" in the meeting
    combo = view.effects_panel.status_combos[m]
    combo.setCurrentIndex(combo.findData("in Umsetzung"))
    assert tab.tracker.item(m)["status"] == "in Umsetzung"
    assert tab.tracker.history(m)[0]["field"] == "status"
    qtbot.waitUntil(lambda: [b.short for b in wf.chart.bars if b.kind == "measure"] == ["1", "1.1"], timeout=10000)
    assert (wf.chart.bars[0].short, wf.chart.bars[-1].short) == ("ohne", "mit")
    ev = model.evaluate(parameters.resolve({}), measures_from_tracker(tab.tracker), years=(2035,))
    assert wf.chart.bars[2].value == pytest.approx(-ev.contributions[m][2035])
    # the group makes the effect bigger: the waterfall follows
    spin = next(s for eid, s in view.effects_panel.delta_spins.items()
                if tab.tracker.effects(m) and eid == tab.tracker.effects(m)[0]["id"])
    before = wf.chart.bars[2].value
    spin.setValue(4.0)
    assert tab.tracker.effects(m)[0]["delta"] == 4.0
    qtbot.waitUntil(lambda: wf.chart.bars[2].value < before - 1, timeout=10000)
    assert threads and threading.get_ident() not in threads  # every evaluation ran in the worker pool
    assert "Beschäftigtenäquivalente" in wf.sentence.text()
    # both edits are ordinary tracker edits on the undo stack
    tab.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_Z, CTRL)
    assert tab.tracker.effects(m)[0]["delta"] == 2.0
    workers.wait_idle()
    tab.ctx.user_con.close()


@pytest.fixture
def forecast_tab(qtbot, store):
    from gui.tabs.forecast_tab import ForecastTab

    con = open_user_db()
    t = Tracker(con)
    t.add_effect("empfehlung-01", "apprentice_entry", 3, 2026, 2028, reason=REASON)
    t.update_item("empfehlung-01", {"status": "in Umsetzung"})
    t.add_effect("empfehlung-03", "demand_growth", 0.3, 2026, groups=["Ausbaugewerbe"], reason="Sanierung")
    t.update_item("empfehlung-03", {"status": "geplant"})
    ctx = AppContext(store=store, user_con=con)
    w = ForecastTab(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.result is not None, timeout=10000)
    yield w
    w.shutdown()
    workers.wait_idle()
    con.close()


def test_prognose_tab_draws_the_scenario_with_measures_and_says_what_they_close(qtbot, forecast_tab, model):
    from gui.tabs.forecast_tab import VIEW_MEASURES

    tab = forecast_tab
    assert not tab.chart.supply_m.isVisible() and tab.measures_line.isHidden()
    assert tab.measures_count.text() == "2 Einträge mit 2 Wirkungen"
    click_box(qtbot, tab.measures_check)
    tab.flush()
    assert tab.measures_check.isChecked()
    ms = measures_from_tracker(Tracker(tab.ctx.user_con))
    p = parameters.resolve({})
    expected = model.compute(p, [e for m in ms for e in m.effects])
    gi = expected.groups.index("Ausbaugewerbe")
    np.testing.assert_allclose(tab.chart.supply_m.getData()[1], expected.area_series(None)["supply"][gi])
    np.testing.assert_allclose(tab.chart.demand_m.getData()[1], expected.area_series(None)["demand"][gi])
    assert tab.chart.supply_m.isVisible() and tab.chart.demand_m.isVisible()
    assert tab.measures_line.isVisible() and "2035" in tab.measures_line.text()
    # the Maßnahmen view: waterfall and table as core computes them for the area and group shown
    tab.views.setCurrentIndex(VIEW_MEASURES)
    tab.flush()
    ev = model.evaluate(p, ms, groups=["Ausbaugewerbe"])
    view = tab.measures_view
    qtbot.waitUntil(lambda: len(view.waterfall.bars) >= 4, timeout=10000)
    assert [b.short for b in view.waterfall.bars][:3] == ["ohne", "1", "3"]
    assert view.waterfall.bars[0].value == pytest.approx(ev.gap_without[2035])
    assert view.waterfall.bars[-1].value == pytest.approx(ev.gap_with[2035])
    assert view.table.rowCount() == 2 and view.table.item(0, 0).text() == "1"
    assert view.table.item(0, 4).text() == "+" + fmt_number(ev.contributions["empfehlung-01"][2035], 0)
    assert view.table.item(1, 4).text().startswith("-")  # more demand: the gap widens
    assert "müssen sich die Beiträge nicht addieren" in view.note.text()
    # only "geplant" counted: recommendation 1 ("in Umsetzung") drops out
    tab.status_pick.set_values(["geplant"])
    tab.flush()
    assert tab.measures_count.text() == "1 Einträge mit 1 Wirkungen"
    qtbot.waitUntil(lambda: [b.short for b in view.waterfall.bars][1:2] == ["3"], timeout=10000)
    # switched off: the extra curves and the sentence go away
    click_box(qtbot, tab.measures_check)
    tab.views.setCurrentIndex(0)
    tab.flush()
    assert not tab.chart.supply_m.isVisible() and tab.measures_line.isHidden()


def test_measures_sentence_covers_every_sign_case(qtbot) -> None:
    from gui.tabs.forecast_tab import measures_sentence

    assert "schließen 300 der 1.000" in measures_sentence(2035, 1000, 700)
    assert "(30" in measures_sentence(2035, 1000, 700) and "es bleiben 700" in measures_sentence(2035, 1000, 700)
    assert "vollständig" in measures_sentence(2035, 1000, -200)
    assert "wächst um 200" in measures_sentence(2035, 1000, 1200)
    assert "entsteht eine Lücke" in measures_sentence(2035, -100, 50)
    assert "Angebotsüberhang 300" in measures_sentence(2035, -100, -300)


def test_an_edit_in_the_tracker_tab_updates_the_prognose_tab(qtbot, forecast_tab) -> None:
    tab = forecast_tab
    tracker_tab = RecommendationsTab(tab.ctx)  # the same window: one context, one event hub
    qtbot.addWidget(tracker_tab)
    tracker_tab.select_item("3")
    tracker_tab.detail.status.setCurrentIndex(tracker_tab.detail.status.findData("offen"))
    assert tracker_tab.detail.confirm()
    assert tab.measures_count.text() == "1 Einträge mit 1 Wirkungen"
    tracker_tab.undo_stack.undo()
    assert tab.measures_count.text() == "2 Einträge mit 2 Wirkungen"
    workers.wait_idle()


def test_presentation_has_the_waterfall_slide_only_with_measures(qtbot, store) -> None:
    from gui.presentation.slides import build_slides
    from gui.presentation.window import PresentationWindow

    con = open_user_db()
    ctx = AppContext(store=store, user_con=con)
    assert "measures" not in [s.key for s in build_slides(ctx)]
    t = Tracker(con)
    t.add_effect("empfehlung-02", "net_outflow", -0.3, 2026, 2030, reason="Rückkehrerprogramm")
    t.update_item("empfehlung-02", {"status": "umgesetzt"})
    slides = build_slides(ctx)
    keys = [s.key for s in slides]
    assert keys.index("measures") == keys.index("forecast") + 1
    win = PresentationWindow(slides)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.go(keys.index("measures"))
    win.show()
    img = win.grab().toImage()
    greens = sum(1 for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)
                 if img.pixelColor(x, y).name() == "#2e7d32")
    assert greens > 20  # the measure's bar that lowers the gap is drawn
    assert "Wirkung der Maßnahmen" in slides[keys.index("measures")].title
    con.close()
