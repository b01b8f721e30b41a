"""Hilfe › Quellen, Hilfe › Über and the source line under charts: what an advisor sees and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTextBrowser

from core import provenance
from gui.context import AppContext


@pytest.fixture
def ctx(store, qapp):
    from PySide6.QtCore import QLocale

    from gui import formatting

    before = QLocale()
    QLocale.setDefault(formatting.locale_for("de"))  # what the app sets at start for German
    yield AppContext(store=store)
    QLocale.setDefault(before)


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
            for r in range(table.rowCount())]


def test_sources_dialog_lists_every_bundled_dataset_with_licence_and_kind(qtbot, ctx):
    from gui.dialogs.provenance_dialog import show_provenance

    dlg = show_provenance(None, None, ctx)
    qtbot.addWidget(dlg)
    rows = _rows(dlg.table)
    headers = [dlg.table.horizontalHeaderItem(c).text() for c in range(dlg.table.columnCount())]
    assert headers == ["Datensatz", "Herausgeber", "Quelle", "Lizenz", "Stand", "Art"]
    catalog = provenance.bundled_catalog()
    assert len(rows) >= len(catalog)
    by_title = {r[0]: r for r in rows}
    pop = catalog["population"]
    assert by_title[pop.title][1] == pop.publisher
    assert by_title[pop.title][3] == pop.licence
    assert by_title[pop.title][5] == "amtlich"
    estimates = [p for p in catalog.values() if p.kind == "estimate"]
    for p in estimates:
        assert by_title[p.title][5] == "Schätzung"


def test_sources_dialog_opens_on_the_requested_dataset_and_filters(qtbot, ctx):
    from gui.dialogs.provenance_dialog import show_provenance

    dlg = show_provenance(None, "gdp", ctx)
    qtbot.addWidget(dlg)
    assert dlg.selected_id() == "gdp"
    assert "Bruttoinlandsprodukt" in dlg.details.toPlainText()
    assert "nama_10r_3gdp" in dlg.details.toPlainText()
    qtbot.keyClicks(dlg.filter, "VG5000")
    visible = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount()) if not dlg.table.isRowHidden(r)]
    assert visible and all("BKG" in t or "VG5000" in t for t in visible)


def test_source_line_names_its_sources_marks_estimates_and_links_to_the_dialog(qtbot, ctx):
    from gui.widgets.source_line import SourceLine

    line = SourceLine(ctx)
    qtbot.addWidget(line)
    line.set_sources([provenance.get("population")])
    assert line.text().startswith("Quelle:")
    assert "Eurostat" in line.text() and "Stand 31.12.2024" in line.text()
    assert "Schätzung" not in line.text() and not line.has_estimate()
    estimates = [p for p in provenance.bundled_catalog().values() if p.kind == "estimate"]
    if estimates:
        line.set_sources([provenance.get("population"), estimates[0]])
        assert line.has_estimate() and line.text().endswith("Schätzung</b>")
    # a person tabs to the first link and presses Enter
    line.show()
    line.activateWindow()  # keys reach a link only in the active window: wait for it, not just for the paint
    qtbot.waitActive(line)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    with qtbot.waitSignal(line.source_clicked, timeout=5000) as opened:
        qtbot.keyClick(line, Qt.Key.Key_Tab)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert opened.args == ["population"]
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "provenanceDialog" and w.isVisible()]
    assert dialogs and dialogs[-1].selected_id() == "population"
    for d in dialogs:
        d.close()


def test_about_shows_version_data_licences_and_library_versions(qtbot, ctx):
    from importlib.metadata import version

    from core import __version__
    from gui.dialogs.about_dialog import show_about

    dlg = show_about(None)
    qtbot.addWidget(dlg)
    head = dlg.findChild(QLabel, "aboutHead")
    text = " ".join(w.toPlainText() for w in (dlg.findChild(QTextBrowser, "aboutDataLicences"),
                                               dlg.findChild(QTextBrowser, "aboutLibraries")))
    assert f"Version {__version__}" in head.text()
    assert "dl-de/by-2-0" in text and "CC BY 4.0" in text
    assert "LGPLv3" in text and f"pandas {version('pandas')}" in " ".join(text.split())
    assert "DuckDB" in text and version("duckdb") in text


def test_sources_dialog_opens_with_the_user_database_open(qtbot, ctx):
    from core.userdb import open_user_db
    from gui.dialogs.provenance_dialog import show_provenance

    ctx.user_con = open_user_db()
    try:
        dlg = show_provenance(None, "population", ctx)
        qtbot.addWidget(dlg)
        assert dlg.table.rowCount() >= len(provenance.bundled_catalog())
        assert dlg.selected_id() == "population"
    finally:
        ctx.user_con.close()


def test_help_terms_explain_unternehmen_betriebe_and_the_other_words(qtbot):
    from PySide6.QtWidgets import QWidget

    from gui.dialogs.glossary_dialog import show_glossary

    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = show_glossary(parent, "de")
    qtbot.addWidget(dlg)
    text = dlg.text.toPlainText()
    for term in ("Handwerksunternehmen", "Betriebe (Kammer)", "Tätige Personen", "Beschäftigtenäquivalente",
                 "Betriebsdichte", "Lokalisationsfaktor", "Lücke"):
        assert term in text
    dlg.close()
    en = show_glossary(parent, "en")
    qtbot.addWidget(en)
    assert "Businesses on the chamber roll" in en.text.toPlainText() and "Gap" in en.text.toPlainText()
    en.close()
