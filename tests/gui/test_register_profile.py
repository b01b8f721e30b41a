"""After a register import the Kreisprofile tab shows the chamber's own figures for its districts:
businesses marked "Kammerregister", owners by age and "Nachfolge", the estimate's error, and the map's
succession indicator — while the other districts still show the estimate."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from PySide6.QtCore import QLocale, Qt

from core.datastore import DataStore
from core.imports import versions
from core.imports.pipeline import read_import
from core.profile import district_profile
from gui import workers
from gui.context import AppContext
from gui.formatting import locale_for
from gui.tabs.profile import ProfileTab

REGISTER = Path(__file__).resolve().parent.parent / "data" / "register" / "handwerksrolle_hwk_halle.csv"


@pytest.fixture(scope="module")
def reg_store():
    store = DataStore()
    con = duckdb.connect(":memory:")
    vid = versions.save_version(con, read_import(REGISTER))
    versions.activate(store, con, vid)
    yield store
    con.close()


@pytest.fixture
def tab(qtbot, reg_store):
    QLocale.setDefault(locale_for("de"))
    t = ProfileTab(AppContext(store=reg_store))
    qtbot.addWidget(t)
    with qtbot.waitSignal(t.data_shown, timeout=15_000):
        t.resize(1366, 768)
        t.show()
    qtbot.waitExposed(t)
    yield t
    t.shutdown()
    workers.wait_idle(5000)


def _pick(qtbot, tab, name: str) -> None:
    lw = tab.areas.district_list
    item = next(lw.item(i) for i in range(lw.count()) if lw.item(i).text() == name)
    qtbot.mouseClick(lw.viewport(), Qt.MouseButton.LeftButton, pos=lw.visualItemRect(item).center())
    qtbot.waitUntil(lambda: tab.title.text() == name, timeout=5000)


def test_register_district_shows_owners_succession_and_error(qtbot, tab, reg_store):
    _pick(qtbot, tab, "Halle (Saale)")
    sec = tab.register_section
    tab.detail_tabs.setCurrentWidget(sec)
    prof = district_profile(reg_store, "15002", tab.profile_year)
    assert "Kammerregister" in tab.cards.businesses.detail.text()
    status = sec.status.text()
    assert status.startswith("Kammerregister für: ") and status.endswith("Übrige Kreise: Schätzung.")
    assert all(n in status for n in ("Anhalt-Bitterfeld", "Burgenlandkreis", "Mansfeld-Südharz", "Saalekreis",
                                     "Halle (Saale)")) and "Leipzig" not in status
    assert sec.owners.rowCount() == 6
    assert sec.owners.item(5, 0).text() == "65 und älter"
    assert sec.owners.item(5, 1).text() == f"{prof.owners['bands']['65plus']:,.0f}".replace(",", ".")
    assert sec.succession.text().startswith(f"Nachfolge: {prof.owners['aged_60plus']:,.0f}".replace(",", "."))
    assert sec.compare.rowCount() == 7 and sec.compare.item(0, 0).text() == "Bauhauptgewerbe"
    _pick(qtbot, tab, "Leipzig")
    assert "Keine Angaben zum Alter der Inhaber" in sec.succession.text()
    assert "keine Registerzahlen" in sec.caveat.text()


def test_map_offers_succession(qtbot, tab):
    combo = tab.areas.indicator_combo
    i = combo.findData("succession")
    assert i >= 0 and combo.itemText(i) == "Nachfolge (Inhaber 60+)"
    combo.setCurrentIndex(i)
    qtbot.waitUntil(lambda: tab.areas.map_year_combo.count() > 0, timeout=5000)
    assert "Nachfolge (Inhaber 60+)" in tab.areas.map.legend.title.text()


def test_portfolio_table_has_the_succession_share_for_a_register_district(qtbot, reg_store):
    from core.succession import owner_ages
    from gui.tabs.portfolio_tab import PortfolioTab

    t = PortfolioTab(AppContext(store=reg_store))
    qtbot.addWidget(t)
    t.resize(1366, 768)
    t.show()
    qtbot.waitExposed(t)
    t.end_spin.setValue(2018)
    t.area_combo.setCurrentIndex(t.area_combo.findData("15088"))
    qtbot.waitUntil(lambda: t.df is not None and "succession" in t.df.columns, timeout=5000)
    m = t.model
    col = next(i for i in range(m.columnCount())
               if str(m.headerData(i, Qt.Orientation.Horizontal)).replace("\n", " ") == "Nachfolge 60+")
    expected = owner_ages(reg_store, "15088", 2018)["by_group"]
    shown = {m.index(r, 0).data(): m.index(r, col).data() for r in range(m.rowCount())}
    for g, v in expected.items():
        assert shown[g] == f"{v['share_60plus'] * 100:.0f}\u00a0%".replace(".", ",")
    t.area_combo.setCurrentIndex(t.area_combo.findData("14713"))  # Leipzig: no register
    qtbot.waitUntil(lambda: set(t.df["succession"].isna()) == {True}, timeout=5000)
