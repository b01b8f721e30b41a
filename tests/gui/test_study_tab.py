"""Studie tab: apprenticeship series as published, business size, survey form, SWOT editing with restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from core.userdb import open_user_db
from gui.context import AppContext


@pytest.fixture
def make_tab(qtbot, store):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    cons = []

    def _make():
        from gui.tabs.study_tab import StudyTab

        con = open_user_db()
        cons.append(con)
        tab = StudyTab(AppContext(store=store, user_con=con))
        qtbot.addWidget(tab)
        tab.resize(1280, 760)
        tab.show()
        return tab

    yield _make
    for c in cons:
        c.close()


def _open_page(qtbot, tab, page) -> None:
    """Click the page's tab as a person would."""
    bar = tab.pages.tabBar()
    index = tab.pages.indexOf(page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tab.pages.currentWidget() is page


def _table_rows(table):
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_apprenticeship_points_dates_and_gaps(make_tab, qtbot):
    tab = make_tab()
    view = tab.apprenticeships
    view.region.setFocus()
    view.region.setCurrentIndex(view.region.findText("Sachsen-Anhalt"))
    rows = _table_rows(view.table)
    stock = [r for r in rows if r[0] == "Bestand · Statistik · 31.12."]
    assert [(r[1], r[2]) for r in stock] == [("31.12.2000", "26.093"), ("31.12.2019", "7.056"), ("31.12.2022", "7.020")]
    assert not any(r[1].endswith("2010") and r[0] == "Bestand · Statistik · 31.12." for r in rows)  # gap stays
    assert "Bestand · Kammer · 31.12." in view.legend.text()


def test_chamber_note_and_index_view(make_tab, qtbot):
    tab = make_tab()
    view = tab.apprenticeships
    view.region.setCurrentIndex(view.region.findData("HWK-H"))
    assert view.note.isVisible() and "nicht die IRMD" in view.note.text()
    view.region.setCurrentIndex(view.region.findData("15"))
    assert not view.note.isVisible()
    qtbot.mouseClick(view.index_box, Qt.MouseButton.LeftButton)
    assert view.index_box.isChecked()
    view.base_year.setCurrentIndex(view.base_year.findData(2022))
    cells = [r[2] for r in _table_rows(view.table)]
    assert "2.553 (Index 100,0)" in cells and "127.400 (Index 100,0)" in cells
    assert "2.601 (Index 101,9)" in cells  # 2601 / 2553 * 100


def test_business_size_shows_official_years_only(make_tab, qtbot):
    tab = make_tab()
    view = tab.business_size
    _open_page(qtbot, tab, view)
    view.set_district("15088")
    rows = _table_rows(view.table)
    assert rows[0][0] == "Saalekreis" and rows[0][1] == "9,0"  # 14,997 / 1,670 persons per business in 2010
    assert [r[0] for r in rows] == ["Saalekreis", "Sachsen-Anhalt", "Deutschland"]
    assert "2010–2014" in view.note.text()


def test_survey_chart_and_later_survey_form(make_tab, qtbot):
    tab = make_tab()
    view = tab.survey
    _open_page(qtbot, tab, view)
    values = view.bar_values()
    assert values["Studie 2019–2021 (N=235, Mehrfachantworten)"] == [49, 30, 16, 9, 9, 3, 29]
    view.year.setValue(2025)
    view.n.setValue(180)
    view.inputs["same_trade"].lineEdit().selectAll()
    qtbot.keyClicks(view.inputs["same_trade"], "55")
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    values = view.bar_values()
    label = "Kammerbefragung 2025 (N=180)"
    assert label in values and values[label][0] == 55
    # the new survey is in the user database: a restarted tab shows it too
    again = make_tab()
    assert label in again.survey.bar_values()


def test_swot_edit_links_and_restart(make_tab, qtbot):
    tab = make_tab()
    view = tab.swot
    _open_page(qtbot, tab, view)
    lw = view.lists["weaknesses"]
    item = next(lw.item(i) for i in range(lw.count()) if lw.item(i).text().startswith("W2"))
    rect = lw.visualItemRect(item)
    qtbot.mouseClick(lw.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.text.toPlainText().startswith("Zurückhaltung bei der Digitalisierung")
    view.text.selectAll()
    qtbot.keyClicks(view.text, "Digitale Werkzeuge werden kaum genutzt.")
    qtbot.mouseClick(view.recs[6], Qt.MouseButton.LeftButton)
    assert view.recs[6].isChecked()
    qtbot.mouseClick(view.save, Qt.MouseButton.LeftButton)
    assert any(view.history.item(i).text().endswith("→ Digitale Werkzeuge werden kaum genutzt.")
               for i in range(view.history.count()))
    tab.close()
    again_tab = make_tab()  # restart on the same database
    again = again_tab.swot
    texts = [again.lists["weaknesses"].item(i).text() for i in range(again.lists["weaknesses"].count())]
    w2 = next(t for t in texts if t.startswith("W2"))
    assert "Digitale Werkzeuge werden kaum genutzt." in w2 and "Empfehlungen 6, 7, 8" in w2
