"""Branchenportfolio tab: the bubbles sit where core.portfolio puts them, for any area and period."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from core.portfolio import portfolio
from gui.context import AppContext
from gui.formatting import locale_for
from gui.tabs.portfolio_tab import PortfolioTab


@pytest.fixture(autouse=True)
def _german():
    QLocale.setDefault(locale_for("de"))


@pytest.fixture
def tab(qtbot, store):
    t = PortfolioTab(AppContext(store=store))
    qtbot.addWidget(t)
    t.resize(1280, 800)
    t.show()
    qtbot.waitExposed(t)
    return t


def assert_plotted(tab, store, area, start, end, log=False):
    df = portfolio(store, area, start, end).set_index("gewerbegruppe")
    pts = tab.plotted_points().set_index("gewerbegruppe")
    assert list(pts.index) == list(df.index)
    x = df["log_lq"] if log else df["lq"]
    np.testing.assert_allclose(pts["x"], x.loc[pts.index], rtol=1e-9)
    np.testing.assert_allclose(pts["y"], df["growth"].loc[pts.index] * 100, rtol=1e-9)
    return df, pts


def type_year(qtbot, spin, year):
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(year))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_default_is_the_study_portfolio_of_the_region(tab, store):
    assert (tab.start_spin.value(), tab.end_spin.value()) == (2010, 2018)
    assert tab.area_combo.currentData() == store.region.code
    assert_plotted(tab, store, None, 2010, 2018)


def test_changing_the_period_moves_the_bubbles(qtbot, tab, store):
    type_year(qtbot, tab.start_spin, 2012)
    assert tab.start_spin.value() == 2012
    assert_plotted(tab, store, None, 2012, 2018)
    type_year(qtbot, tab.end_spin, 2016)
    df, _ = assert_plotted(tab, store, None, 2012, 2016)
    assert "2012–2016" in tab.table_title.text()


def test_one_district_and_the_log_scale(qtbot, tab, store):
    tab.area_combo.setCurrentIndex(tab.area_combo.findText("Leipzig"))
    assert_plotted(tab, store, "14713", 2010, 2018)
    qtbot.mouseClick(tab.log_check, Qt.MouseButton.LeftButton)
    assert tab.log_check.isChecked()
    assert_plotted(tab, store, "14713", 2010, 2018, log=True)
    assert "ln" in tab.plot.getPlotItem().getAxis("bottom").labelText


def test_bubble_area_is_proportional_to_employees(tab, store):
    df, pts = assert_plotted(tab, store, None, 2010, 2018)
    big = pts["size"].idxmax()
    for g in pts.index:
        if pts.at[g, "size"] > 12.5:  # above the minimum bubble size
            ratio_area = (pts.at[g, "size"] / pts.at[big, "size"]) ** 2
            assert ratio_area == pytest.approx(df.at[g, "employees"] / df.at[big, "employees"], rel=1e-6)


def test_table_has_the_same_numbers_and_sorts_by_click(qtbot, tab, store):
    df = portfolio(store, None, 2010, 2018)
    model = tab.table.model()
    assert model.rowCount() == 7
    growth_col = 1
    shown = {model.index(r, 0).data(): model.index(r, growth_col).data() for r in range(7)}
    for _, row in df.iterrows():
        pct = row["growth"] * 100
        assert shown[row["gewerbegruppe"]] == QLocale().toString(pct, "f", 1).join(
            ["+" if pct > 0 else "", "\u00a0%"]
        )
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(growth_col) + header.sectionSize(growth_col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    order = [model.index(r, 0).data() for r in range(7)]
    asc = list(df.sort_values("growth")["gewerbegruppe"])
    desc = asc[::-1]
    assert order in (asc, desc)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    order2 = [model.index(r, 0).data() for r in range(7)]
    assert order2 == order[::-1]


def test_estimates_are_labelled_schaetzung(tab):
    model = tab.table.model()
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole).italic()
    assert "Schätzung" in tab.plot_source.text() and "Quelle" in tab.plot_source.text()
    assert "Schätzung" in tab.table_source.text()
    assert "Schätzung" in tab._tip(0, 0, "Ausbaugewerbe")  # hover text


def test_hover_text_has_the_exact_values(tab, store):
    df = portfolio(store, None, 2010, 2018).set_index("gewerbegruppe")
    tip = tab._tip(0, 0, "Lebensmittelgewerbe")
    r = df.loc["Lebensmittelgewerbe"]
    assert QLocale().toString(r["lq"], "f", 2) in tip
    assert QLocale().toString(r["employees"], "f", 0) in tip
    assert r["quadrant"] in tip


def test_an_impossible_period_says_so_and_keeps_the_chart(qtbot, tab, store):
    type_year(qtbot, tab.start_spin, 2018)  # start == end
    assert tab.message.isVisible()
    assert "Startjahr" in tab.message.text()
    type_year(qtbot, tab.start_spin, 2011)
    assert not tab.message.isVisible()
    assert_plotted(tab, store, None, 2011, 2018)


def test_sorting_stays_when_the_period_changes(qtbot, tab, store):
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2  # "Beschäftigte"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    type_year(qtbot, tab.end_spin, 2022)
    model = tab.table.model()
    shown = [model.index(r, 0).data() for r in range(7)]
    by_emp = list(portfolio(store, None, 2010, 2022).sort_values("employees")["gewerbegruppe"])
    assert shown in (by_emp, by_emp[::-1])


def test_a_period_across_the_hwo_amendment_shows_the_break_warning(qtbot, tab):
    assert not tab.break_note.isVisible()  # 2010-2018: no break
    type_year(qtbot, tab.end_spin, 2022)
    type_year(qtbot, tab.start_spin, 2018)
    assert tab.break_note.isVisible()
    assert "HwO 2020" in tab.break_note.text() and "nicht direkt vergleichbar" in tab.break_note.text()
    type_year(qtbot, tab.start_spin, 2020)  # both years after the amendment
    assert not tab.break_note.isVisible()


@pytest.mark.parametrize("size", [(1366 - 24, 768 - 130), (1920 - 24, 1080 - 130)])
def test_bubble_labels_never_overlap_for_any_area_period_and_scale(qtbot, store, size):
    """Every area, the study's period and the whole range, linear and logarithmic LQ: no two group labels
    overlap and every label lies inside the chart (leader lines where a label had to move away). The
    periods are walked at the laptop size; the big screen (more room, fewer conflicts) gets the whole range."""
    from PySide6.QtCore import QSignalBlocker

    from gui import layout_check

    t = PortfolioTab(AppContext(store=store))
    qtbot.addWidget(t)
    t.resize(*size)
    t.show()
    qtbot.waitExposed(t)
    problems = []
    leader_used = False
    areas = [t.area_combo.itemData(i) for i in range(t.area_combo.count())]
    periods = ((2010, 2018), (2010, 2022), (2014, 2022)) if size[0] < 1400 else ((2010, 2022),)
    for area in areas:
        for start, end in periods:
            for log in (False, True):
                # set every control quietly, then draw once (each control alone would redraw)
                blockers = [QSignalBlocker(w) for w in (t.area_combo, t.start_spin, t.end_spin, t.log_check)]
                t.area_combo.setCurrentIndex(t.area_combo.findData(area))
                t.start_spin.setValue(start)
                t.end_spin.setValue(end)
                t.log_check.setChecked(log)
                del blockers
                t.refresh()
                qtbot.wait(1)
                found = [p for p in layout_check.check_charts(t) if p.kind in ("overlap", "offchart")]
                problems += [f"{area} {start}-{end} log={log}: {p}" for p in found]
                leader_used |= any(line.isVisible() for line in t.leader_lines.values())
    assert not problems, "\n".join(problems[:20])
    assert leader_used  # crowded districts exist: some label had to move away, joined by a line
