"""The main window: tabs Kreisprofile, Branchenportfolio, Prognose, Empfehlungen (+ Studie), menus,
a banner for notices and a status bar with the Datenstand and whether estimates are on screen.

The window is shown before any data exist: each tab page starts as a light "Daten werden geladen …"
placeholder. ``set_context(ctx, modules)`` (called by gui.app when the start-up worker is done)
builds the real tabs one per event-loop turn, the visible one first, so the window stays responsive.
A tab module that is missing shows "Dieser Bereich ist noch nicht verfügbar." - no fake content.
The tab contract (signals ``estimates_shown``/``data_shown`` etc.) is in gui/tabs/__init__.py.
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import settings as st
from gui import startup_imports, workers
from gui.context import AppContext
from gui.diagnostics import log_file, recent_records
from gui.i18n import current_language
from gui.tabs.base import Tab

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TabSpec:
    key: str  # screenshot file name and settings value
    title: Any  # German source string via QT_TRANSLATE_NOOP (translated in context "MainWindow")
    module: str
    cls: str
    # Pure-Python modules (no Qt) the tab's module imports: a start-up worker imports them first, so the
    # module's own import on the GUI thread stays short (gui.startup_imports). Speed only: one left out
    # is imported with the module.
    preload: tuple[str, ...] = ()
    charts: bool = True  # the module imports pyqtgraph (imported before it, in slices)


_PROFILE_PURE = ("core.profile", "core.mapdata", "core.geo", "core.sources")
_CHARTS_PURE = ("numpy", "pandas", *startup_imports.PYQTGRAPH_PURE)
TABS: tuple[TabSpec, ...] = (
    TabSpec("kreisprofile", QT_TRANSLATE_NOOP("MainWindow", "Kreisprofile"), "gui.tabs.profile", "ProfileTab",
            _PROFILE_PURE, charts=False),
    TabSpec("branchenportfolio", QT_TRANSLATE_NOOP("MainWindow", "Branchenportfolio"), "gui.tabs.portfolio_tab",
            "PortfolioTab", (*_CHARTS_PURE, "core.portfolio")),
    TabSpec("prognose", QT_TRANSLATE_NOOP("MainWindow", "Prognose"), "gui.tabs.forecast_tab", "ForecastTab",
            (*_CHARTS_PURE, "core.forecast.comparison", "core.forecast.sensitivity", "core.forecast.scenarios",
             "core.tracker.model", "core.userdb")),
    TabSpec("empfehlungen", QT_TRANSLATE_NOOP("MainWindow", "Empfehlungen"), "gui.tabs.recommendations_tab",
            "RecommendationsTab", (*_CHARTS_PURE, "core.tracker.backup", "core.tracker.effects", "core.tracker.links",
                                   "core.tracker.seed", "core.tracker.store", "core.tracker.transfer")),
    TabSpec("studie", QT_TRANSLATE_NOOP("MainWindow", "Studie"), "gui.tabs.study_tab", "StudyTab",
            (*_CHARTS_PURE, "core.study", "core.survey", "core.swot")),
)


def visible_tabs() -> list[TabSpec]:
    return list(TABS)


def import_tab_modules(specs: list[TabSpec]) -> dict[str, ModuleType | BaseException]:
    """Import the tab modules at once, on the GUI thread (the start-up imports them in slices instead:
    gui.app, gui.startup_imports)."""
    out: dict[str, ModuleType | BaseException] = {}
    for spec in specs:
        try:
            out[spec.key] = importlib.import_module(spec.module)
        except Exception as exc:  # noqa: BLE001 - a broken tab module must not take the window down (logged)
            log.exception("tab module %s failed to import", spec.module)
            out[spec.key] = exc
    return out


# Qt::AlignCenter, set as a property: naming ``Qt.AlignmentFlag`` makes PySide6 build the whole Qt
# namespace with all its enums (≈ 25 ms), which the window does not need before its first paint.
_ALIGN_CENTER = 0x0084


class Placeholder(QWidget):
    """Light page shown until the tab exists: loading, not yet available, or failed."""

    def __init__(self, text: str, busy: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholder")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.label = QLabel(text)
        self.label.setObjectName("placeholderText")
        self.label.setProperty("alignment", _ALIGN_CENTER)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        if busy:
            bar = QProgressBar()
            bar.setRange(0, 0)
            bar.setFixedWidth(260)
            bar.setFixedHeight(6)
            bar.setTextVisible(False)
            row = QHBoxLayout()  # centred between stretches (see _ALIGN_CENTER)
            row.addStretch(1)
            row.addWidget(bar)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addStretch(3)


class MainWindow(QMainWindow):
    tabs_ready = Signal()  # every tab built (or replaced by its placeholder)
    data_shown = Signal(str)  # a tab reported data_shown (its key)
    language_requested = Signal(str)  # "de" | "en" chosen in Ansicht › Sprache

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self._listening = False  # connected to ctx.events.data_changed
        self.specs = visible_tabs()
        self._built: dict[str, QWidget] = {}
        self._estimates: dict[str, bool] = {}
        self._pending: list[TabSpec] = []
        self._modules: dict[str, ModuleType | BaseException] = {}
        self._ready = False
        self._hold_rest = False  # set_context(first_only=True): the other tabs wait for continue_building
        self._building = False
        self._maximize = False  # first start: shown maximised (show_window)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Handwerksmonitor Mitteldeutschland"))
        self.setMinimumSize(760, 520)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(8)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(False)
        self._pages: dict[str, QWidget] = {}
        for spec in self.specs:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            page_layout.addWidget(Placeholder(self.tr("Daten werden geladen …"), busy=True))
            self._pages[spec.key] = page
            self.tabs.addTab(page, QCoreApplication.translate("MainWindow", spec.title))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_menus()
        self._restore_state()
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # -- construction ----------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.read_only_label = QLabel(self.tr("Schreibgeschützt"))
        self.read_only_label.setObjectName("readOnlyBadge")
        self.read_only_label.hide()
        self.estimate_label = QLabel()
        self.estimate_label.setObjectName("estimateBadge")
        self.datenstand_label = QLabel()
        self.datenstand_label.setObjectName("datenstand")
        self._set_estimate_badge(False, repolish=False)  # before the status bar polishes it
        self._set_datenstand("")
        bar.addPermanentWidget(self.read_only_label)
        bar.addPermanentWidget(self.estimate_label)
        bar.addPermanentWidget(self.datenstand_label)

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
                enabled: bool = True, name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:  # the action's default context: the window (Qt::WindowShortcut)
            # setShortcuts([...]): PySide6's overload check of setShortcut builds the Qt namespace (≈ 25 ms)
            act.setShortcuts([QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut])
        act.triggered.connect(slot)
        act.setEnabled(enabled)
        if name:
            act.setObjectName(name)
        self.addAction(act)  # shortcuts work even with the menu bar hidden (full screen)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m_file = mb.addMenu(self.tr("&Datei"))
        m_file.setObjectName("menuDatei")
        self.act_import = self._action(self.tr("Daten &importieren …"), self.open_import, "Ctrl+I",
                                       name="actImport")
        self.act_template = self._action(self.tr("&Vorlage für Kammerdaten …"), self.save_template,
                                         name="actTemplate")
        self.act_versions = self._action(self.tr("Daten&versionen …"), self.open_versions, name="actVersions")
        self.act_export = self._action(self.tr("&Exportieren …"), self.open_export, "Ctrl+E", name="actExport")
        self.act_backups = self._action(self.tr("&Sicherungen und Wiederherstellen …"), self.show_backups,
                                        name="actBackups")
        self.act_quit = self._action(self.tr("&Beenden"), self.close, "Ctrl+Q", name="actQuit")
        m_file.addAction(self.act_import)
        m_file.addAction(self.act_template)
        m_file.addAction(self.act_versions)
        m_file.addAction(self.act_backups)
        m_file.addSeparator()
        m_file.addAction(self.act_export)
        m_file.addSeparator()
        m_file.addAction(self.act_quit)

        m_view = mb.addMenu(self.tr("&Ansicht"))
        m_view.setObjectName("menuAnsicht")
        self.tab_actions: list[QAction] = []
        for i, spec in enumerate(self.specs):
            act = self._action(QCoreApplication.translate("MainWindow", spec.title),
                               lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}",
                               name=f"actTab_{spec.key}")
            self.tab_actions.append(act)
            m_view.addAction(act)
        m_view.addSeparator()
        self.act_fullscreen = self._action(self.tr("&Vollbild"), self.toggle_fullscreen, "F11", name="actFullscreen")
        self.act_fullscreen.setCheckable(True)
        m_view.addAction(self.act_fullscreen)
        self.act_presentation = self._action(self.tr("&Präsentation"), self.open_presentation, "F5",
                                             name="actPresentation")
        m_view.addAction(self.act_presentation)
        m_view.addSeparator()
        m_lang = m_view.addMenu(self.tr("&Sprache"))
        group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, label in (("de", "Deutsch"), ("en", "English")):  # language names are never translated
            act = QAction(label, self, checkable=True)
            act.setObjectName(f"actLang_{code}")
            act.setChecked(code == current_language())
            act.triggered.connect(lambda _=False, c=code: self._request_language(c))
            group.addAction(act)
            m_lang.addAction(act)
            self.lang_actions[code] = act

        m_help = mb.addMenu(self.tr("&Hilfe"))
        m_help.setObjectName("menuHilfe")
        self.act_sources = self._action(self.tr("&Quellen …"), lambda: self.show_sources(), name="actSources")
        self.act_glossary = self._action(self.tr("&Begriffe …"), self.show_glossary, name="actGlossary")
        self.act_diagnostics = self._action(self.tr("&Diagnose kopieren"), self.copy_diagnostics,
                                            name="actDiagnostics")
        self.act_about = self._action(self.tr("Ü&ber Handwerksmonitor …"), self.show_about, name="actAbout")
        m_help.addAction(self.act_sources)
        m_help.addAction(self.act_glossary)
        m_help.addAction(self.act_diagnostics)
        m_help.addSeparator()
        m_help.addAction(self.act_about)

    def _first_start_size(self) -> QSize:
        """The screen's free area less the window frame (a 1366×768 laptop still shows the status bar):
        the size without a window manager that maximises, and the size after un-maximising."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return QSize(1280, 800)
        free = screen.availableGeometry()
        # leave room for the window frame the window manager adds around the client area
        return QSize(free.width() - 16, free.height() - 40)

    def show_window(self) -> None:
        """Show the window: maximised on the first start (``showMaximized`` rather than naming the window
        state: ``Qt.WindowState`` would build the Qt namespace before the first paint, see _ALIGN_CENTER)."""
        if self._maximize:
            self.showMaximized()
        else:
            self.show()

    def _restore_state(self) -> None:
        geometry = st.value(st.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            # first start: the whole free screen (the layout is checked at 1366×768 and 1920×1080 screen
            # sizes; a 1280-wide window clipped the key-figure cards); un-maximised it keeps this size
            self.resize(self._first_start_size())
            self._maximize = True
        state = st.value(st.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        last = st.value(st.LAST_TAB)
        keys = [s.key for s in self.specs]
        if last in keys:
            self.tabs.setCurrentIndex(keys.index(last))

    # -- data arrive -----------------------------------------------------------------------------
    def first_spec(self) -> TabSpec | None:
        """The tab on screen at start (the last one used): its data are loaded first."""
        return self.specs[self.tabs.currentIndex()] if self.specs else None

    def set_context(self, ctx: AppContext, modules: dict[str, ModuleType | BaseException] | None = None,
                    first_only: bool = False) -> None:
        """Data are loaded: show notices and Datenstand, then build the tabs (visible one first). With
        ``first_only`` only the visible tab is built; ``continue_building`` builds the others once the
        rest (user database, their modules) is loaded."""
        self.ctx = ctx
        ctx.events.data_changed.connect(self.data_changed)
        self._listening = True
        self._modules = modules if modules is not None else {} if first_only else import_tab_modules(self.specs)
        self._set_datenstand(ctx.store.datenstand() if ctx.store is not None else "")
        self._show_db_state()
        current = self.first_spec()
        self._pending = sorted(self.specs, key=lambda s: s is not current)
        if first_only:
            self._hold_rest = True
            self._pending = self._pending[:1]
        QTimer.singleShot(0, self._build_next)

    def continue_building(self, modules: dict[str, ModuleType | BaseException]) -> None:
        """The second start-up job is done: show the user database's state, build the other tabs."""
        self._modules.update(modules)
        self._show_db_state()
        self._hold_rest = False
        self._pending = [s for s in self.specs if s.key not in self._built and s not in self._pending] \
            + self._pending
        if not self._building:
            QTimer.singleShot(0, self._build_next)

    def _show_db_state(self) -> None:
        ctx = self.ctx
        assert ctx is not None
        self.read_only_label.setVisible(bool(ctx.read_only))
        if ctx.read_only:
            self.read_only_label.setToolTip(
                ctx.read_only_reason
                or self.tr("Die Datenbank ist in einem anderen Fenster geöffnet – diese Sitzung ist schreibgeschützt.")
            )
        self.show_notices(list(ctx.notices))

    def show_notices(self, notices: list[str]) -> None:
        if notices:
            self.banner.setText("\n".join(notices))
            self.banner.show()
            self.statusBar().showMessage(notices[0], 15_000)
        else:
            self.banner.hide()

    @Slot()
    def _build_next(self) -> None:
        if not self._pending:
            self._building = False
            if self._hold_rest:  # the other tabs wait for continue_building
                return
            self._ready = True
            log.info("all tabs built")
            self.tabs_ready.emit()
            return
        self._building = True
        spec = self._pending.pop(0)
        if spec.key not in self._built:
            self._build_tab(spec)
        # the next (hidden) tab waits until running queries are done: the visible tab fills first

        workers.when_idle(self._build_next)

    def _build_tab(self, spec: TabSpec) -> None:
        t0 = time.perf_counter()
        assert self.ctx is not None
        mod = self._modules.get(spec.key) or import_tab_modules([spec])[spec.key]
        widget: QWidget
        if isinstance(mod, BaseException):  # the import failed; import_tab_modules logged why
            widget = self._failed_placeholder()
        else:
            try:
                widget = getattr(mod, spec.cls)(self.ctx, None)
            except Exception:  # noqa: BLE001 - one broken tab must not take the window down (logged)
                log.exception("tab %s failed to build", spec.key)
                widget = self._failed_placeholder()
            else:
                self._connect_tab(spec.key, widget)
        page = self._pages[spec.key]
        layout = page.layout()
        assert layout is not None
        while layout.count():
            item = layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        layout.addWidget(widget)
        self._built[spec.key] = widget
        if "pyqtgraph" in sys.modules:
            # right-click on any chart: copy, save as PNG (chosen DPI) or SVG. Only once pyqtgraph is loaded
            # (no chart can exist before): the Kreisprofile tab builds its charts after its first data and
            # installs the menu then; importing chart_export here would load pyqtgraph before the first profile.
            from gui.charts.chart_export import install_chart_export_all

            install_chart_export_all(widget)
        log.info("tab %s built in %.0f ms", spec.key, (time.perf_counter() - t0) * 1000)

    def _failed_placeholder(self) -> Placeholder:
        w = Placeholder(self.tr("Dieser Bereich konnte nicht geladen werden. Die Einzelheiten stehen im Protokoll:")
                        + "\n" + str(log_file()))
        w.setProperty("unavailable", True)
        return w

    def _connect_tab(self, key: str, tab: QWidget) -> None:
        if not isinstance(tab, Tab):
            return
        tab.estimates_shown.connect(lambda shown, k=key: self.report_estimates(k, bool(shown)))
        tab.data_shown.connect(lambda k=key: self._on_data_shown(k))
        last = st.value(st.LAST_DISTRICT)
        if last:
            tab.select_district(last)

    def _on_data_shown(self, key: str) -> None:
        log.info("data shown: %s", key)
        self.data_shown.emit(key)

    # -- state ------------------------------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        return self._ready

    def tab_keys(self) -> list[str]:
        return [s.key for s in self.specs]

    def tab_widget(self, key: str) -> QWidget | None:
        return self._built.get(key)

    def current_key(self) -> str:
        return self.specs[self.tabs.currentIndex()].key

    def current_tab(self) -> QWidget | None:
        return self._built.get(self.current_key())

    def select_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.tab_keys().index(key))

    def report_estimates(self, key: str, shown: bool) -> None:
        """Tabs (or their signal) call this: does tab ``key`` now show an estimate?"""
        self._estimates[key] = shown
        if self.specs and key == self.current_key():
            self._set_estimate_badge(shown)

    def estimates_visible(self) -> bool:
        return self._estimates.get(self.current_key(), False)

    def _set_estimate_badge(self, shown: bool, repolish: bool = True) -> None:
        """``repolish=False`` before the badge was ever shown: its first polish reads the property (and
        ``QStyle.polish`` from Python would build the Qt namespace before the first paint)."""
        lbl = self.estimate_label
        lbl.setText(self.tr("Schätzwerte sichtbar") if shown else self.tr("Keine Schätzwerte sichtbar"))
        lbl.setToolTip(
            self.tr("Auf dieser Seite stehen geschätzte Zahlen; sie sind mit „Schätzung“ gekennzeichnet.")
            if shown else self.tr("Auf dieser Seite stehen keine geschätzten Zahlen.")
        )
        lbl.setProperty("active", "true" if shown else "false")
        if repolish:
            lbl.style().unpolish(lbl)
            lbl.style().polish(lbl)

    # Tabs that show figures of the fact table; they are rebuilt when the data version changes.
    DATA_TABS = ("kreisprofile", "branchenportfolio", "prognose", "studie")

    def open_file(self, path: Path) -> None:
        """A file handed over by the desktop (file association): the tab that takes it (a tracker
        export: Empfehlungen) is shown."""
        for key, tab in self._built.items():
            if isinstance(tab, Tab) and tab.open_file(Path(path)):
                self.select_tab(key)
                return

    def show_backups(self) -> None:
        """Datei → Sicherungen: the tracker tab's list of rolling backups with restore."""
        # imported here: the tab module (pyqtgraph, pandas) is imported in slices after the first profile
        from gui.tabs.recommendations_tab import RecommendationsTab

        tab = self._built.get("empfehlungen")
        if isinstance(tab, RecommendationsTab):
            self.select_tab("empfehlungen")
            tab.show_backups()
        else:
            self.statusBar().showMessage(self.tr("Sicherungen sind verfügbar, sobald die Daten geladen sind."), 5000)

    def data_changed(self, version_id: int | None = None) -> None:
        """Another data version became active (import, switch, undo): new Datenstand, tabs rebuilt."""
        if self.ctx is None:
            return
        self._set_datenstand(self.ctx.store.datenstand())
        for spec in self.specs:
            if spec.key in self.DATA_TABS and spec.key in self._built:
                old = self._built[spec.key]
                if isinstance(old, Tab):
                    old.shutdown()
                self._build_tab(spec)
        self.statusBar().showMessage(self.tr("Daten neu geladen."), 5000)

    def _set_datenstand(self, iso: str) -> None:
        if not iso:  # before the data: no date to format (gui.formatting, with datetime and decimal, loads later)
            self.datenstand_label.setText(self.tr("Datenstand: %1").replace("%1", "–"))
            return
        from gui.formatting import fmt_date  # lazy: datetime, decimal (≈ 5 ms) after the first paint

        self.datenstand_label.setText(self.tr("Datenstand: %1").replace("%1", fmt_date(iso)))

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.specs):
            key = self.specs[index].key
            st.set_value(st.LAST_TAB, key)
            self._set_estimate_badge(self._estimates.get(key, False))

    # -- actions ----------------------------------------------------------------------------------
    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.act_fullscreen.setChecked(self.isFullScreen())

    def _request_language(self, code: str) -> None:
        if code != current_language():
            self.language_requested.emit(code)

    # The dialogs and the presentation are imported when first opened, not at the top: they import
    # pandas, DuckDB and openpyxl, which must not delay the first paint of the window (gui.app).
    def _loaded_context(self) -> AppContext | None:
        if self.ctx is None:
            self.statusBar().showMessage(self.tr("Verfügbar, sobald die Daten geladen sind."), 5000)
        return self.ctx

    def open_import(self) -> None:
        from gui.dialogs.import_dialog import open_import_dialog

        if (ctx := self._loaded_context()) is not None:
            open_import_dialog(self, ctx)

    def save_template(self) -> None:
        from gui.dialogs.import_dialog import save_template

        if (ctx := self._loaded_context()) is not None:
            save_template(self, ctx)

    def open_versions(self) -> None:
        from gui.dialogs.data_versions_dialog import open_versions_dialog

        if (ctx := self._loaded_context()) is not None:
            open_versions_dialog(self, ctx)

    def open_export(self) -> None:
        from gui.dialogs.export_dialog import open_export_dialog

        if (ctx := self._loaded_context()) is not None:
            open_export_dialog(self, ctx)

    def open_presentation(self) -> None:
        from gui.presentation import open_presentation

        if (ctx := self._loaded_context()) is not None:
            open_presentation(self, ctx)

    def show_sources(self, dataset_id: str | None = None) -> QWidget:
        from gui.dialogs.provenance_dialog import show_provenance

        return show_provenance(self, dataset_id, self.ctx)

    def show_glossary(self) -> None:
        """Hilfe › Begriffe: the vocabulary (core.glossary) in the UI language."""
        from gui.dialogs.glossary_dialog import show_glossary  # lazy: loaded when its menu entry is used

        show_glossary(self, current_language())

    def show_about(self) -> QWidget:
        from gui.dialogs.about_dialog import show_about  # lazy: loaded when its menu entry is used

        return show_about(self)

    def copy_diagnostics(self) -> None:
        from core import (
            __version__,  # lazy: read from the package metadata (core.__getattr__) when first asked
        )

        text = f"Handwerksmonitor {__version__}\n{log_file()}\n" + "\n".join(recent_records())
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Diagnose in die Zwischenablage kopiert."), 5000)

    # -- shutdown ---------------------------------------------------------------------------------
    def save_state(self) -> None:
        st.set_value(st.WINDOW_GEOMETRY, self.saveGeometry())
        st.set_value(st.WINDOW_STATE, self.saveState())
        if self.specs:
            st.set_value(st.LAST_TAB, self.current_key())

    def shutdown_tabs(self) -> None:
        if self.ctx is not None and self._listening:
            self.ctx.events.data_changed.disconnect(self.data_changed)
            self._listening = False
        for tab in self._built.values():
            if isinstance(tab, Tab):
                try:
                    tab.shutdown()
                except Exception:  # noqa: BLE001 - the other tabs must still save and stop (logged)
                    log.exception("shutdown of %s failed", type(tab).__name__)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_state()
        self.shutdown_tabs()

        workers.cancel_all()
        workers.pool().waitForDone(2000)
        super().closeEvent(event)
