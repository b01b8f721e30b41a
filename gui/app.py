"""Start the desktop app: thin QApplication set-up, window first, data in a worker.

Order (fast first paint, then the first profile before anything it does not need): parse options ->
logging (the file opens after the first paint) + faulthandler -> QApplication, style, translators -> show
the MainWindow with "Daten werden geladen …" pages -> (at its first paint) a worker loads the DataStore
(prebuilt, see core.prebuilt) and the visible tab's pure-Python modules -> the GUI thread imports that
tab's module (gui.startup_imports: a worker never imports a module that touches Qt, PySide6's lazy types
are not thread-safe) -> the window builds that tab, which shows its data -> a second worker opens the user
database (read-only snapshot if another window holds it), lays an imported data version over the data and
imports the other tabs' pure-Python modules -> the GUI thread imports the other tabs' modules in slices ->
the window builds the other tabs. The user database is opened in the first job instead when the visible
tab needs it or an imported data version was active last time (settings ``DATA_VERSION_ACTIVE``); if one
turns out active anyway, the first tab is rebuilt.

Options: ``--lang de|en``, ``--profile-dir DIR`` (sets HANDWERKSMONITOR_HOME: user DB, logs,
settings), ``--screenshot DIR`` (render each tab and the dialogs that matter, exit 0),
``--no-error-dialogs`` (errors to stderr; CI), ``--self-test`` (gui.selftest.run(window) if present).
With ``HANDWERKSMONITOR_STARTUP_PROBE=1`` the app prints ``HWM-MARKER <event> <unix time> <cpu s>`` lines for
``first_paint``, ``tabs_ready`` and ``data_shown`` and quits after the Kreisprofile tab showed data
(benchmarks/bench_startup.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from core import gc_tuning, paths
from core.cli.helptext import Parser, set_argv, t
from core.errors import DatabaseLockedError, HandwerksmonitorError, UserDatabaseError, WalSetAsideError
from gui import diagnostics, i18n, messages, startup_imports, style, workers
from gui import settings as st
from gui.context import AppContext
from gui.main_window import MainWindow
from gui.probe import PROBE_ENV, marker
from gui.pyside_speed import skip_feature_source_scan

# The data layer (pandas, DuckDB: core.datastore, core.userdb, core.imports) is imported inside
# load_data / load_rest, which run in start-up workers: the window paints before those libraries load.

log = logging.getLogger(__name__)

# Tabs that show the bundled data without the user database (it opens after their first data).
DATA_ONLY_TABS = frozenset({"kreisprofile"})
# Start the second job at the latest this long after the first tab was built.
REST_AFTER_MS = 3000
# Start loading the data at the latest this long after the window was shown (normally: at its first paint).
START_LATEST_MS = 500


def parse_args(argv: list[str]) -> argparse.Namespace:
    set_argv(argv)
    p = Parser(
        prog="handwerksmonitor",
        description=t("Handwerksmonitor Mitteldeutschland – startet das Programmfenster.",
                      "Handwerksmonitor Mitteldeutschland – opens the app window."),
        epilog=t("Ohne Fenster: handwerksmonitor BEFEHL … mit BEFEHL aus districts, profile, portfolio, sources, "
                 "forecast, tracker, import, export, report, apprenticeships, business-size, survey, swot "
                 "(jeweils mit --help).",
                 "Without the window: handwerksmonitor COMMAND … with COMMAND one of districts, profile, portfolio, "
                 "sources, forecast, tracker, import, export, report, apprenticeships, business-size, survey, swot "
                 "(each with --help)."),
    )
    p.add_argument("file", nargs="?", type=Path, default=None, metavar=t("DATEI", "FILE"),
                   help=t("Tracker-Datei (.hwmtracker) zum Zusammenführen öffnen",
                          "open a tracker file (.hwmtracker) to merge it"))
    p.add_argument("--lang", choices=("de", "en"), default=None,
                   help=t("Sprache der Oberfläche", "language of the window"))
    p.add_argument("--profile-dir", type=Path, default=None, metavar=t("ORDNER", "FOLDER"),
                   help=t("Ordner für Benutzerdaten, Protokolle, Einstellungen",
                          "folder for user data, logs and settings"))
    p.add_argument("--screenshot", type=Path, default=None, metavar=t("ORDNER", "FOLDER"),
                   help=t("Bildschirmfotos aller Ansichten in ORDNER schreiben und beenden",
                          "write screenshots of every view to FOLDER and quit"))
    p.add_argument("--screenshot-size", default=None, metavar=t("BxH,…", "WxH,…"),
                   help=t("Fenstergröße(n) der Bildschirmfotos, z.\u00a0B. 1366x768,1920x1080 (Standard: 1366x768)",
                          "window size(s) of the screenshots, e.g. 1366x768,1920x1080 (default: 1366x768)"))
    p.add_argument("--no-error-dialogs", action="store_true",
                   help=t("Fehler nach stderr statt in Dialogen", "errors to stderr instead of dialogs"))
    p.add_argument("--self-test", action="store_true",
                   help=t("Selbsttest ausführen und beenden", "run the self-test and quit"))
    p.add_argument("--check-system", action="store_true",
                   help=t("nur prüfen, ob das Fenster starten kann (Systembibliotheken), und beenden",
                          "only check that the window can start (system libraries), then quit"))
    p.add_argument("--region", default=None, help=argparse.SUPPRESS)
    args, _qt_args = p.parse_known_args(argv)  # Qt's own options (-style, ...) pass through
    return args


# -- the start-up jobs (run in a worker thread: no widgets, no Qt, no module that touches Qt) --------
def read_only_notice() -> str:
    return QCoreApplication.translate(
        "AppController", "Die Datenbank ist in einem anderen Fenster geöffnet – diese Sitzung ist schreibgeschützt."
    )


@dataclass
class UserDatabase:
    """What opening the user database found: filled in a worker, laid onto the context in the GUI thread
    (the context holds a QObject, which a worker must not create)."""

    path: Path | None = None
    con: Any = None  # DuckDB connection or read-only snapshot; None if it could not be opened
    read_only: bool = False
    read_only_reason: str = ""
    notices: list[str] = field(default_factory=list)
    data_version: int | None = None  # the imported data version laid over the bundled data (None: bundled)

    def apply(self, ctx: AppContext) -> None:
        ctx.user_db_path = self.path
        ctx.user_con = self.con
        ctx.read_only = ctx.read_only or self.read_only
        ctx.read_only_reason = ctx.read_only_reason or self.read_only_reason
        ctx.notices.extend(self.notices)
        ctx.data_version = self.data_version


def open_user_database(store: Any, lang: str) -> UserDatabase:
    """Open the user database (read-only snapshot if another window holds it) and lay the user's active
    data version (imports) over the bundled data in ``store``."""
    from core import userdb  # lazy: DuckDB user database, opened after the first paint (worker)
    from core.atomic_file import clean_stale_temps  # lazy: not needed before the first profile
    from core.imports.versions import restore_active  # lazy: import machinery (pandas), off the first profile

    clean_stale_temps()  # temp files of a writer killed in an earlier session (off the first-paint path)
    db = UserDatabase()
    try:
        db.path = paths.user_db_path()
        try:
            db.con = userdb.open_user_db(role=userdb.ROLE_WINDOW)
        except WalSetAsideError as exc:  # damaged change log kept aside: continue with its intact part
            log.error("user database change log set aside: %s", exc)
            db.notices.append(exc.message(lang))
            db.con = userdb.open_user_db(role=userdb.ROLE_WINDOW)
    except DatabaseLockedError as exc:
        log.warning("user database locked by another process; opening a read-only snapshot")
        db.read_only = True  # the translated notice (another window) is added in the GUI thread (AppController)
        if exc.role != userdb.ROLE_WINDOW:  # not another window: say what it really is
            db.read_only_reason = exc.message(lang)
            db.notices.append(exc.message(lang))
        try:
            db.con = userdb.open_snapshot()
        except Exception:  # noqa: BLE001 - without a snapshot the app still shows the bundled data (logged)
            log.exception("snapshot of the user database failed")
    except UserDatabaseError as exc:
        log.error("user database unusable: %s", exc)
        db.read_only = True
        db.read_only_reason = exc.message(lang)
        db.notices.append(exc.message(lang))
        try:  # e.g. a read-only home: still show the user's data, read-only
            db.con = userdb.open_snapshot(db.path)
        except (UserDatabaseError, OSError):
            log.exception("snapshot of the user database failed")
    if db.con is not None:
        try:  # lay the user's active data version (imports) over the bundled data
            db.data_version = restore_active(store, db.con)
        except Exception:  # noqa: BLE001 - a broken import record must not stop the app: bundled data stay (logged)
            log.exception("could not restore the active data version")
    return db


def load_data(store: Any, lang: str, open_db: bool, pure_modules: list[str]) -> tuple[Any, UserDatabase | None]:
    """First start-up job: the bundled data (prebuilt, see core.prebuilt), the user database unless
    ``open_db`` is False (then ``load_rest`` opens it), and the pure-Python modules the visible tab needs
    (its Qt part is imported on the GUI thread: gui.startup_imports)."""
    from core.datastore import DataStore  # lazy: DuckDB, loaded in this worker after the first paint

    if store is None:
        store = DataStore()
    marker("data_loaded")
    db = open_user_database(store, lang) if open_db else None
    startup_imports.preload(pure_modules)
    return store, db


def load_rest(store: Any, lang: str, open_db: bool, pure_modules: list[str]) -> UserDatabase | None:
    """Second start-up job, after the first tab shows its data: the user database (if not open yet) and
    the pure-Python modules of the other tabs (pandas, the forecast, the tracker)."""
    db = open_user_database(store, lang) if open_db else None
    startup_imports.preload(pure_modules)
    return db


class _PaintProbe(QObject):
    """Notices the first paint of the window (UpdateRequest/Paint reaches it after show)."""

    painted = Signal()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False


class AppController(QObject):
    """Owns the context and the window; rebuilds the window on a language switch."""

    ready = Signal()  # data loaded and all tabs built
    first_paint = Signal()

    def __init__(self, args: argparse.Namespace, store: Any = None, tab_modules: dict | None = None) -> None:
        super().__init__()
        self.args = args
        self._store = store
        self._tab_modules = tab_modules  # tests: {tab key: module or ImportError} instead of importing
        self.lang = i18n.resolve_language(args.lang, st.value(st.LANGUAGE))
        self.ctx: AppContext | None = None
        self.modules: dict = {}
        self.window: MainWindow  # made in start() (after the translators), replaced on a language switch
        self.worker: workers.Worker | None = None
        self.load_error: BaseException | None = None
        self._probe = _PaintProbe()
        self._probe.painted.connect(self._on_first_paint)
        self._defer_db = False
        self._loading_started = False
        self._rest_started = False
        self._rest_timer = QTimer(self)  # the first tab never reports data (an error page): go on anyway
        self._rest_timer.setSingleShot(True)
        self._rest_timer.timeout.connect(self._load_rest)

    def start(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        i18n.install(self.lang, app)
        self._make_window()
        self.window.installEventFilter(self._probe)
        self.window.show_window()
        # the data load starts after the first paint (its CPU time would delay it), or after
        # START_LATEST_MS if no paint comes (a window that starts minimised)
        QTimer.singleShot(START_LATEST_MS, self._start_loading)

    def _make_window(self, geometry: Any = None) -> None:
        self.window = MainWindow()
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        self.window.language_requested.connect(self.switch_language)
        self.window.tabs_ready.connect(self._on_tabs_ready)
        self.window.data_shown.connect(self._on_data_shown)

    @Slot()
    def _on_first_paint(self) -> None:
        marker("first_paint")
        self._start_loading()
        diagnostics.open_log_file()
        self.first_paint.emit()

    def _start_loading(self) -> None:
        """First job: the data and the visible tab's pure-Python modules (its Qt part is imported here,
        on the GUI thread, afterwards); the user database too unless the tab needs none and no imported
        data version was active last time (``settings.DATA_VERSION_ACTIVE``). The rest (user database,
        other tabs) follows once the first tab shows its data."""
        if self._loading_started:
            return
        self._loading_started = True
        first = self.window.first_spec()
        self._defer_db = first is not None and first.key in DATA_ONLY_TABS and not st.value(st.DATA_VERSION_ACTIVE)
        pure = list(first.preload) if first is not None and self._tab_modules is None else []
        self.worker = workers.run_in_thread(
            load_data, self._store, self.lang, not self._defer_db, pure,
            on_result=self._on_loaded, on_error=self._on_load_error,
        )

    def _tab_imports(self, specs: list[Any], on_done: Any, pure: list[str] | None = None) -> None:
        """Import the modules of the tabs ``specs`` on the GUI thread in slices (gui.startup_imports), then
        ``on_done({tab key: module or exception})``; tests hand stand-in modules over instead."""
        if self._tab_modules is not None:
            stand_ins = {s.key: self._tab_modules[s.key] for s in specs if s.key in self._tab_modules}
            QTimer.singleShot(0, lambda: on_done(stand_ins))
            return
        names = [s.module for s in specs]

        def done(result: startup_imports.Result) -> None:
            on_done({s.key: result[s.module] for s in specs})

        startup_imports.importer().request(names, done, preload_first=pure or (), charts=any(s.charts for s in specs))

    @Slot(object)
    def _on_loaded(self, result: tuple[Any, UserDatabase | None]) -> None:
        store, db = result
        self.ctx = AppContext(store=store)
        if db is not None:
            db.apply(self.ctx)
        self._add_notices()
        first = self.window.first_spec()
        self._tab_imports([first] if first is not None else [], self._on_first_module)

    def _on_first_module(self, modules: dict) -> None:
        marker("modules_loaded")
        assert self.ctx is not None
        self.modules.update(modules)
        self.window.set_context(self.ctx, self.modules, first_only=True)
        self._rest_timer.start(REST_AFTER_MS)
        QTimer.singleShot(0, self._rest_if_first_reports_nothing)  # after the first tab is built

    @Slot()
    def _rest_if_first_reports_nothing(self) -> None:
        """A first tab without ``data_shown`` (a placeholder, a tab that loads nothing) does not hold up the rest."""
        first = self.window.first_spec()
        tab = self.window.tab_widget(first.key) if first is not None else None
        if tab is not None and not hasattr(tab, "data_shown"):
            self._load_rest()

    def _add_notices(self) -> None:
        assert self.ctx is not None
        ro = read_only_notice()
        if self.ctx.read_only and not self.ctx.read_only_reason and ro not in self.ctx.notices:
            self.ctx.notices.insert(0, ro)
        if diagnostics.previous_crash():  # reported once (the call rotates the crash log)
            self.ctx.notices.append(QCoreApplication.translate(
                "AppController",
                "Das Programm wurde beim letzten Mal unerwartet beendet. Ein Bericht (crash.log.1) liegt im "
                "Protokollordner %1").replace("%1", str(paths.log_dir())))

    @Slot()
    def _load_rest(self) -> None:
        if self._rest_started or self.ctx is None:
            return
        self._rest_started = True
        self._rest_timer.stop()
        need_db = self.ctx.user_con is None and not self.ctx.read_only
        pure = [] if self._tab_modules is not None else \
            list(dict.fromkeys(m for s in self.window.specs if s.key not in self.modules for m in s.preload))
        self.worker = workers.run_in_thread(load_rest, self.ctx.store, self.lang, need_db, pure,
                                            on_result=self._on_rest_db, on_error=self._on_load_error)

    @Slot(object)
    def _on_rest_db(self, db: UserDatabase | None) -> None:
        assert self.ctx is not None
        if db is not None:
            db.apply(self.ctx)
        rest = [s for s in self.window.specs if s.key not in self.modules]
        self._tab_imports(rest, self._on_rest_loaded)

    def _on_rest_loaded(self, modules: dict) -> None:
        assert self.ctx is not None
        self.modules.update(modules)
        self._add_notices()
        st.set_value(st.DATA_VERSION_ACTIVE, self.ctx.data_version is not None)
        if self._defer_db and self.ctx.data_version is not None:
            # an imported data version is active after all (e.g. imported from the command line since the
            # last session): the first tab showed the bundled data for a moment; show the user's now
            log.info("data version %s restored after the first tab: rebuilding", self.ctx.data_version)
            self.window.data_changed(self.ctx.data_version)
        self.window.continue_building(self.modules)

    @Slot(object)
    def _on_load_error(self, exc: BaseException) -> None:
        self.load_error = exc
        gc_tuning.restore()
        msg = exc.message(self.lang) if isinstance(exc, HandwerksmonitorError) else QCoreApplication.translate(
            "AppController",
            "Die mitgelieferten Daten konnten nicht geladen werden. Bitte installieren Sie das Programm neu.")
        self.window.show_notices([msg])
        if self.args.no_error_dialogs or self.args.screenshot or self.args.self_test:
            print(msg, file=sys.stderr)
            QApplication.instance().exit(1)  # type: ignore[union-attr]

    @Slot()
    def _on_tabs_ready(self) -> None:
        marker("tabs_ready")
        gc_tuning.restore()  # start-up is over: Python's normal collector again (see gui.launcher)
        self.ready.emit()
        if self.args.screenshot is not None:
            QTimer.singleShot(0, self._take_screenshots)
        elif self.args.self_test:
            QTimer.singleShot(0, self._self_test)
        elif self.args.file is not None:
            QTimer.singleShot(0, lambda: self.window.open_file(self.args.file))

    @Slot(str)
    def _on_data_shown(self, key: str) -> None:
        if key == "kreisprofile":
            marker("data_shown")
            if os.environ.get(PROBE_ENV):
                QTimer.singleShot(0, QApplication.instance().quit)  # type: ignore[union-attr]
                return
        if self.ctx is not None and not self._rest_started:
            QTimer.singleShot(0, self._load_rest)  # the first tab is on screen: now the rest

    def _take_screenshots(self) -> None:
        from gui.screenshot import (  # lazy: only for --screenshot, not at start-up
            parse_sizes,
            take_screenshots,
        )

        try:
            written = take_screenshots(self.window, self.args.screenshot, parse_sizes(self.args.screenshot_size))
        except Exception as exc:
            log.exception("screenshots failed")
            print(f"Bildschirmfotos fehlgeschlagen: {exc}", file=sys.stderr)
            QApplication.instance().exit(1)  # type: ignore[union-attr]
            return
        for path in written:
            print(path)
        self.window.close()
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    def _self_test(self) -> None:
        from gui import selftest  # lazy: only for --self-test, not on the start-up path

        code = int(selftest.run(self.window) or 0)
        self.window.close()
        QApplication.instance().exit(code)  # type: ignore[union-attr]

    @Slot(str)
    def switch_language(self, lang: str) -> None:
        """Live switch: save, reinstall translators, rebuild the window on the same data."""
        st.set_value(st.LANGUAGE, lang)
        if lang == self.lang:
            return
        old = self.window
        old.save_state()
        geometry = old.saveGeometry()
        self.lang = lang
        app = QApplication.instance()
        assert app is not None
        i18n.install(lang, app)
        self._make_window(geometry)
        if self.ctx is not None:
            self.window.set_context(self.ctx, self.modules)
        self.window.show_window()
        old.shutdown_tabs()
        old.hide()
        workers.when_idle(old.deleteLater)  # its workers may still deliver results to its tabs


def _configure_environment(args: argparse.Namespace) -> None:
    if args.profile_dir is not None:
        os.environ["HANDWERKSMONITOR_HOME"] = str(args.profile_dir.expanduser().resolve())


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "handwerksmonitor", *argv])
    app.setOrganizationName(st.ORGANIZATION)
    app.setApplicationName(st.APPLICATION)
    app.setApplicationDisplayName("Handwerksmonitor")
    style.apply(app)
    return app


def start(argv: list[str], store: Any = None, install_hooks: bool = True,
          tab_modules: dict | None = None) -> AppController:
    """Set everything up and show the window; the caller runs the event loop (tests use qtbot)."""
    skip_feature_source_scan()  # (the launcher did it already, before importing this module)
    args = parse_args(argv)
    _configure_environment(args)
    if install_hooks:  # tests keep pytest-qt's own hooks and message handler
        diagnostics.setup_logging(defer_file=True)  # the file opens after the first paint
        diagnostics.enable_faulthandler()
    create_application([])
    dialogs = not (args.no_error_dialogs or args.screenshot or args.self_test)
    messages.set_dialogs_enabled(dialogs)  # every message box of the app goes through gui.messages
    if install_hooks:
        diagnostics.install_excepthooks(dialogs=dialogs)
    if args.screenshot is not None:
        args.screenshot.mkdir(parents=True, exist_ok=True)
    controller = AppController(args, store=store, tab_modules=tab_modules)
    controller.start()
    return controller


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    controller = start(argv)
    app = QApplication.instance()
    assert app is not None
    code = app.exec()
    del controller
    diagnostics.close_faulthandler()
    return int(code)
