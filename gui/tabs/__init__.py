"""The tabs of the main window. Importing this package imports nothing heavy.

Tab contract (every tab author follows it; gui/main_window.py relies on it)
---------------------------------------------------------------------------
- One module per tab, ``gui/tabs/<name>_tab.py``, with one ``QWidget`` subclass whose constructor is
  ``Tab(ctx: AppContext, parent: QWidget | None = None)``. The main window imports the module lazily
  (in the start-up worker thread) and builds the tab after the data are loaded. A missing module
  (ImportError) shows "Dieser Bereich ist noch nicht verfügbar." instead of the tab.
- Keep the constructor cheap (< ~50 ms): run queries in a ``gui.workers`` worker and fill the widgets
  from its ``result`` signal.
- Strings are German source strings in ``self.tr("...")`` (English comes from the Qt .ts file, see
  ``python -m gui.i18n update``). Numbers and dates via ``gui.formatting`` (``core.formatting`` in the UI language).
- Source lines under charts and tables: ``gui.widgets.source_line.SourceLine(ctx)`` with
  ``set_sources([Provenance, ...])``; it links to the provenance dialog and says "Schätzung" when an
  estimate is among the sources.

Optional members the main window uses when present (duck-typed, all optional):

``estimates_shown = Signal(bool)``
    Emit True whenever the tab now shows at least one estimated figure (provenance kind
    ``estimate``), False when it shows none. The status bar says "Schätzwerte sichtbar" while the
    current tab last reported True. Emit after every update that can change it.
``data_shown = Signal()``
    Emit when the tab first shows real data (ProfileTab: the first district profile is filled with
    numbers). The start-up benchmark (benchmarks/bench_startup.py) measures up to this signal from
    the Kreisprofile tab; ``--screenshot`` also waits for it (at most a few seconds).
``screenshot_states() -> list[tuple[str, Callable[[], None]]]``
    Extra views for ``--screenshot``: each callable puts the tab into a state (e.g. "vergleich"
    selects two districts); the shell then waits until all workers are idle and saves
    ``DIR/<tab>-<name>.png``.
``shutdown() -> None``
    Called when the window closes: cancel running workers.
``select_district(code: str) -> None``
    The last selected district is restored at start (settings key ``state/last_district``); a tab
    that selects districts stores it via ``gui.settings.set_value(gui.settings.LAST_DISTRICT, code)``.
"""
