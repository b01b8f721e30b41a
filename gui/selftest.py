"""``Handwerksmonitor --self-test``: smoke test of an installed or frozen build, offscreen.

Checks, each reported on its own line: bundled resources are found, all data load (with the
estimate), every tab is built and renders a non-blank 1280×800 image, an Excel export is written to
a temporary folder and reads back with its "Quellen" sheet, the headless command line answers, every
module of core and gui imports, and Qt's ICU text services (collation, case, zone names) work.
Exit code 0 when everything passed, 1 otherwise (the failures are printed).
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import core
import gui
from core import provenance
from core.cli import main as cli_main


def _non_blank(img: QImage) -> bool:
    """More than a handful of distinct colours in a coarse sample: something was drawn."""
    colours = set()
    for x in range(0, img.width(), max(1, img.width() // 40)):
        for y in range(0, img.height(), max(1, img.height() // 40)):
            colours.add(img.pixel(x, y))
    return len(colours) > 8


def _check_resources() -> str:
    import resources

    missing = [p.file for p in provenance.bundled_catalog().values() if p.file and not resources.path("data", p.file).exists()]
    if missing:
        raise AssertionError(f"missing bundled files: {missing}")
    return f"{len(provenance.bundled_catalog())} datasets under {resources.root()}"


def _check_data(window: Any) -> str:
    store = window.ctx.store
    n = store.query("SELECT count(*) AS n FROM facts")["n"].iloc[0]
    est = store.query("SELECT count(*) AS n FROM facts WHERE kind = 'estimate'")["n"].iloc[0]
    if n == 0 or est == 0:
        raise AssertionError(f"facts={n}, estimates={est}")
    source = f"vorgefertigt ({store.prebuilt.name})" if store.prebuilt is not None else "aus den CSV-Dateien"
    return f"{n} facts ({est} Schätzung), Datenstand {store.datenstand()}, {source}"


def _check_tabs(window: Any, out: Path) -> str:
    app = QApplication.instance()
    names = []
    for key in window.tab_keys():
        tab = window.tab_widget(key)
        if tab is None or type(tab).__name__ == "Placeholder":
            raise AssertionError(f"tab {key} not built (see the log in the user folder)")
        window.select_tab(key)
        window.resize(QSize(1280, 800))
        for _ in range(5):
            app.processEvents()  # type: ignore[union-attr]
        img = window.grab().toImage()
        img.save(str(out / f"{key}.png"))  # kept for inspection whatever the outcome
        if (img.width(), img.height()) != (1280, 800) or not _non_blank(img):
            raise AssertionError(f"tab {key} rendered blank or at {img.width()}x{img.height()}")
        names.append(key)
    return ", ".join(names)


def _check_export(window: Any, out: Path) -> str:
    from openpyxl import load_workbook

    from core.export.workbook import ExportRequest, export_workbook

    target = out / "selftest.xlsx"
    res = export_workbook(window.ctx.store, target, ExportRequest(districts=["15088"], user_con=window.ctx.user_con))
    wb = load_workbook(target)
    if "Quellen" not in wb.sheetnames:
        raise AssertionError(f"no Quellen sheet in {wb.sheetnames}")
    return f"{len(res.sheets)} sheets: {', '.join(wb.sheetnames)}"


def _check_cli() -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        code = cli_main(["profile", "Saalekreis", "--json"])
    data = json.loads(buf.getvalue())
    if code != 0 or data.get("ags") != "15088" or not data.get("sources"):
        raise AssertionError(f"exit {code}, keys {sorted(data)}")
    return "profile Saalekreis --json OK"


def _check_modules() -> str:
    """Every module of core and gui in the build imports: catches a dependency the slimmed bundle left out (build.spec excludes
    stdlib parts and Qt modules) before a user reaches the screen that needs it."""
    import importlib
    import pkgutil

    names = []
    for pkg in (core, gui):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if not info.name.endswith("__main__"):
                importlib.import_module(info.name)
                names.append(info.name)
    if len(names) < 50:
        raise AssertionError(f"only {len(names)} modules found: the bundle's module list is incomplete")
    return f"{len(names)} modules of core and gui"


def _check_text_services() -> str:
    """Qt's ICU-backed text services on the bundled (trimmed) ICU data: German collation, case mapping,
    time-zone names in German and English, the Windows-1252 codec."""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

    words = ["Zander", "Öl", "Bach", "Äpfel", "Ofen", "Apfel"]
    order = sorted(words, key=QCollator(QLocale("de_DE")).sortKey)
    if order != ["Apfel", "Äpfel", "Bach", "Ofen", "Öl", "Zander"]:
        raise AssertionError(f"German collation: {order}")
    if QLocale("de_DE").toUpper("Straße") != "STRASSE":
        raise AssertionError("upper case of ß")
    tz = QTimeZone(b"Europe/Berlin")
    std, long_ = QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName
    de, en = tz.displayName(std, long_, QLocale("de_DE")), tz.displayName(std, long_, QLocale("en_US"))
    if "Mitteleurop" not in de or "Central European" not in en:
        raise AssertionError(f"time-zone names: {de!r}, {en!r}")
    if not QStringDecoder("windows-1252").isValid():
        raise AssertionError("no Windows-1252 codec")
    return f"Sortierung, Großschreibung, {de} / {en}, Windows-1252"


def run(window: Any) -> int:
    out = Path(tempfile.mkdtemp(prefix="hwm-selftest-"))
    checks: list[tuple[str, Callable[[], str]]] = [
        ("Ressourcen", _check_resources),
        ("Daten", lambda: _check_data(window)),
        ("Reiter", lambda: _check_tabs(window, out)),
        ("Excel-Export", lambda: _check_export(window, out)),
        ("Kommandozeile", _check_cli),
        ("Module", _check_modules),
        ("Text (ICU)", _check_text_services),
    ]
    failed = 0
    for name, check in checks:
        t0 = time.perf_counter()
        try:
            detail = check()
            print(f"OK      {name:<14} {detail} ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        except Exception as exc:  # noqa: BLE001 - report every failure, go on with the next check (traceback printed)
            failed += 1
            print(f"FEHLER  {name:<14} {exc}")
            traceback.print_exc()
    print(f"self-test {'OK' if not failed else 'FAILED'}: {len(checks) - failed}/{len(checks)} checks passed; files in {out}")
    return 0 if not failed else 1
