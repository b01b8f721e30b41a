"""The application shell as an advisor meets it: tabs, menus, shortcuts, status bar, settings, language."""

from __future__ import annotations

import types

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

from gui import settings as st
from gui.tabs.base import Tab
from tests.gui.shell_helpers import close_app, start_app, tab_titles

GERMAN_TABS = ["Kreisprofile", "Branchenportfolio", "Prognose", "Empfehlungen"]
ENGLISH_TABS = ["District profiles", "Sector portfolio", "Forecast", "Recommendations"]


def _german_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


def test_window_shows_the_tabs_in_order_with_german_titles(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de", real_tabs=True)
    titles = tab_titles(app.window)
    assert titles[:4] == GERMAN_TABS
    assert titles[4:] in ([], ["Studie"])
    assert app.window.windowTitle() == "Handwerksmonitor Mitteldeutschland"
    close_app(app)


def test_window_is_shown_with_loading_pages_before_data_arrive(qtbot, store):
    from gui.app import start
    from tests.gui.shell_helpers import STAND_INS

    app = start(["--lang", "de"], store=store, install_hooks=False, tab_modules={"kreisprofile": STAND_INS})
    assert app.window.isVisible()
    page = app.window.tabs.widget(0)
    texts = [lbl.text() for lbl in page.findChildren(QLabel)]
    assert "Daten werden geladen …" in texts
    with qtbot.waitSignal(app.ready, timeout=20_000):
        pass
    texts = [lbl.text() for lbl in app.window.tabs.widget(0).findChildren(QLabel) if lbl.isVisible()]
    assert "Daten werden geladen …" not in texts
    close_app(app)


def test_status_bar_shows_datenstand_as_german_date(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de")
    assert app.window.datenstand_label.text() == f"Datenstand: {_german_date(store.datenstand())}"
    assert app.window.datenstand_label.isVisible()
    close_app(app)


def test_ctrl_number_switches_tabs(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de")
    w = app.window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Branchenportfolio"
    qtbot.keyClick(w, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Empfehlungen"
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.tabText(w.tabs.currentIndex()) == "Kreisprofile"
    close_app(app)


def test_menus_offer_the_usual_entries_and_ctrl_q_quits(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de")
    w = app.window
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus == ["&Datei", "&Ansicht", "&Hilfe"]
    datei = w.menuBar().actions()[0].menu()
    entries = {a.text(): a for a in datei.actions() if not a.isSeparator()}
    assert entries["&Beenden"].shortcut().toString() == "Ctrl+Q"
    assert "Daten &importieren …" in entries and "&Exportieren …" in entries
    ansicht = {a.text(): a for a in w.menuBar().actions()[1].menu().actions() if not a.isSeparator()}
    assert ansicht["&Vollbild"].shortcut().toString() == "F11"
    assert ansicht["&Präsentation"].shortcut().toString() == "F5"
    assert ansicht["Branchenportfolio"].shortcut().toString() == "Ctrl+2"
    hilfe = [a.text() for a in w.menuBar().actions()[2].menu().actions() if not a.isSeparator()]
    assert "&Quellen …" in hilfe and "Ü&ber Handwerksmonitor …" in hilfe and "&Begriffe …" in hilfe
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible())
    close_app(app)


def test_fullscreen_toggles_with_f11(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de")
    w = app.window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_F11)
    qtbot.waitUntil(w.isFullScreen)
    qtbot.keyClick(w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.isFullScreen())
    close_app(app)


def test_language_switch_shows_english_live_and_after_restart(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de")
    app.window.lang_actions["en"].trigger()
    with qtbot.waitSignal(app.ready, timeout=20_000):
        pass
    assert tab_titles(app.window)[:4] == ENGLISH_TABS
    assert app.window.datenstand_label.text().startswith("Data as of: ")
    assert st.value(st.LANGUAGE) == "en"
    close_app(app)

    again = start_app(qtbot, store)  # no --lang: the saved choice wins
    assert tab_titles(again.window)[:4] == ENGLISH_TABS
    menus = [a.text() for a in again.window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    again.window.lang_actions["de"].trigger()
    with qtbot.waitSignal(again.ready, timeout=20_000):
        pass
    assert tab_titles(again.window)[:4] == GERMAN_TABS
    close_app(again)


def test_geometry_and_last_tab_persist_into_a_new_window(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de")
    w = app.window
    w.resize(777, 555)  # the offscreen screen is 800×800; geometry is kept on screen
    w.tabs.setCurrentIndex(2)
    close_app(app)

    again = start_app(qtbot, store, "--lang", "de")
    assert again.window.size() == QSize(777, 555)
    assert again.window.tabs.tabText(again.window.tabs.currentIndex()) == "Prognose"
    close_app(again)


def test_first_start_fills_the_screen_and_a_chosen_size_is_kept(qtbot, store):
    """A fresh install opens maximised (the screens are laid out for the whole of a 1366×768 or 1920×1080
    screen; a fixed 1280-wide window clipped the key-figure cards); once the user un-maximises and sizes
    the window, the next start keeps that."""
    app = start_app(qtbot, store, "--lang", "de")
    w = app.window
    assert w.isMaximized()
    free = w.screen().availableGeometry()
    qtbot.waitUntil(lambda: w.width() >= free.width() - 20, timeout=3000)
    w.showNormal()
    w.resize(777, 555)  # above the window's minimum, inside the 800×800 offscreen screen
    close_app(app)

    again = start_app(qtbot, store, "--lang", "de")
    assert not again.window.isMaximized()
    assert again.window.size() == QSize(777, 555)
    close_app(again)


class _FakeTab(Tab):
    """A tab that shows an estimate after its button is clicked (stands in for a real tab)."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.button = QPushButton("Schätzung zeigen", self)
        self.button.clicked.connect(lambda: self.estimates_shown.emit(True))
        QVBoxLayout(self).addWidget(self.button)


def test_status_bar_says_when_estimates_are_on_screen(qtbot, store):
    from gui.context import AppContext
    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    fake = types.SimpleNamespace(ProfileTab=_FakeTab, PortfolioTab=_FakeTab)
    missing = ImportError("not there")
    modules = {"kreisprofile": fake, "branchenportfolio": fake, "prognose": missing, "empfehlungen": missing,
               "studie": missing}
    with qtbot.waitSignal(w.tabs_ready, timeout=10_000):
        w.set_context(AppContext(store=store), modules)
    w.select_tab("kreisprofile")
    assert w.estimate_label.text() == "Keine Schätzwerte sichtbar"
    qtbot.mouseClick(w.tab_widget("kreisprofile").button, Qt.MouseButton.LeftButton)
    assert w.estimate_label.text() == "Schätzwerte sichtbar"
    w.select_tab("branchenportfolio")
    assert w.estimate_label.text() == "Keine Schätzwerte sichtbar"
    w.select_tab("kreisprofile")
    assert w.estimate_label.text() == "Schätzwerte sichtbar"
    # a tab module that cannot be imported says so plainly (details in the log) and shows nothing else
    page = w.tabs.widget(w.tab_keys().index("prognose"))
    texts = [lbl.text() for lbl in page.findChildren(QLabel)]
    assert len(texts) == 1 and texts[0].startswith("Dieser Bereich konnte nicht geladen werden.")  # + the log
    w.close()


@pytest.mark.parametrize("lang, number, date", [("de", "1.234,5", "31.12.2024"), ("en", "1,234.5", "31/12/2024")])
def test_numbers_and_dates_follow_the_language(qapp, lang, number, date):
    from gui import formatting, i18n

    i18n.install(lang, qapp)  # what the app does at start (the GUI tests switch back to German after)
    assert formatting.fmt_number(1234.5, 1) == number
    assert formatting.fmt_date("2024-12-31") == date
    assert formatting.fmt_number(float("nan")) == "–"
