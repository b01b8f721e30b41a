"""Benchmark: one Branchenportfolio update (period or area changed), median of N runs.

Measures, offscreen, what happens in the GUI thread when the user changes the period or the area:
``PortfolioTab.refresh()`` = ``core.portfolio.portfolio()`` + moving the bubbles, labels and
quadrants + refilling the table, and a repaint (``processEvents``). Also prints the GUI thread's CPU time for the same work (robust when other
processes load the machine) and the core part alone.
The periods cycle through 2010..2014 -> 2018..2022 and the areas through the region and its
districts, so no two consecutive runs ask for the same thing.

    .venv/bin/python benchmarks/bench_portfolio_update.py [runs]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from core.datastore import DataStore  # noqa: E402
from core.portfolio import portfolio  # noqa: E402
from gui.context import AppContext  # noqa: E402
from gui.tabs.portfolio_tab import PortfolioTab  # noqa: E402


def measure(quick: bool = False) -> list:
    """Portfolio update in the GUI thread (core + redraw + repaint) vs a bare pyqtgraph scatter update."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import pyqtgraph as pg
    from harness import Result, median_ms

    runs = 20 if quick else 50
    app = QApplication.instance() or QApplication(sys.argv)
    store = DataStore()
    tab = PortfolioTab(AppContext(store=store))
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    state = {"i": 0}

    def update() -> None:
        i = state["i"] = state["i"] + 1
        tab.start_spin.blockSignals(True)
        tab.start_spin.setValue(2010 + i % 5)
        tab.start_spin.blockSignals(False)
        tab.refresh()
        app.processEvents()

    w = pg.PlotWidget()
    w.resize(1280, 760)
    w.show()
    scatter = pg.ScatterPlotItem()
    w.addItem(scatter)

    def bare() -> None:
        i = state["i"] = state["i"] + 1
        scatter.setData([1 + (i + k) % 3 for k in range(7)], list(range(7)), size=[20 + k for k in range(7)])
        app.processEvents()

    value = median_ms(update, runs)
    base = median_ms(bare, runs)
    tab.close()
    w.close()
    return [Result("portfolio update (core + redraw + repaint)", value, "bare pyqtgraph scatter update", base,
                   runs=runs)]


def main(runs: int = 50) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    store = DataStore()
    tab = PortfolioTab(AppContext(store=store))
    tab.resize(1280, 760)
    tab.show()
    app.processEvents()
    areas = [store.region.code, *store.region.district_codes]
    gui_ms, gui_cpu_ms, core_ms = [], [], []
    for i in range(runs):
        start, end = 2010 + i % 5, 2018 + (i // 5) % 5
        area = areas[i % len(areas)]
        t0 = time.perf_counter()
        portfolio(store, area, start, end)
        core_ms.append((time.perf_counter() - t0) * 1000.0)
        tab.area_combo.blockSignals(True)
        tab.area_combo.setCurrentIndex(tab.area_combo.findData(area))
        tab.area_combo.blockSignals(False)
        tab.start_spin.blockSignals(True)
        tab.end_spin.blockSignals(True)
        tab.start_spin.setValue(start)
        tab.end_spin.setValue(end)
        tab.start_spin.blockSignals(False)
        tab.end_spin.blockSignals(False)
        t0, c0 = time.perf_counter(), time.thread_time()
        tab.refresh()
        app.processEvents()
        gui_ms.append((time.perf_counter() - t0) * 1000.0)
        gui_cpu_ms.append((time.thread_time() - c0) * 1000.0)
    print(
        f"portfolio update (GUI thread, incl. repaint): median {statistics.median(gui_ms):.1f} ms, "
        f"p90 {sorted(gui_ms)[int(0.9 * runs) - 1]:.1f} ms over {runs} runs"
    )
    print(
        f"  CPU time of the GUI thread for it:          median {statistics.median(gui_cpu_ms):.1f} ms "
        f"(wall time minus waiting for a busy machine)"
    )
    print(f"core.portfolio.portfolio alone:              median {statistics.median(core_ms):.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
