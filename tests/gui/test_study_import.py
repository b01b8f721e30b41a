"""The chamber template's study parts through the GUI: import a filled template with the import dialog,
then the Studie tab lists the chamber's own apprentice series (labelled with its import) and shows the
imported survey's bars; a bad survey row is listed with sheet, row and column and changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt

from core import survey
from core.datastore import DataStore
from core.imports import versions
from core.imports.chamber import SHEET_APPRENTICES, SHEET_SURVEY, write_template
from core.regions import load_region
from core.userdb import open_user_db
from gui import workers
from gui.context import AppContext

SURVEY_ROW = [2025, 180, 52, 31, 18, 10, 8, 4, 27]


@pytest.fixture(scope="module")
def own_store():
    return DataStore()  # an import changes the facts; not the shared session store


@pytest.fixture
def ctx(own_store):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    con = open_user_db()
    versions.activate(own_store, con, None)
    c = AppContext(store=own_store, user_con=con)
    yield c
    workers.wait_idle(5000)
    versions.activate(own_store, con, None)
    con.close()


def _template(path: Path, apprentices: list[list], surveys: list[list]) -> Path:
    write_template(path, load_region())
    wb = load_workbook(path)
    for row in apprentices:
        wb[SHEET_APPRENTICES].append(row)
    for row in surveys:
        wb[SHEET_SURVEY].append(row)
    wb.save(path)
    return path


def _tab(qtbot, ctx):
    from gui.tabs.study_tab import StudyTab

    tab = StudyTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def _check_file(qtbot, ctx, path: Path):
    from gui.dialogs.import_dialog import open_import_dialog

    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.path_edit, str(path))
    qtbot.mouseClick(dlg.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.worker is None and (dlg.preview.rowCount() > 0 or dlg.problems.count() > 0),
                    timeout=15_000)
    return dlg


def _rows(table):
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_imported_template_shows_in_apprenticeships_and_survey(qtbot, ctx, tmp_path):
    path = _template(tmp_path / "kammer.xlsx", apprentices=[
        ["Leipzig", 2021, "insgesamt", 1480], ["Leipzig", 2023, "insgesamt", 1530]], surveys=[SURVEY_ROW])
    tab = _tab(qtbot, ctx)
    view = tab.apprenticeships
    assert view.region.findText("Leipzig (Kreis, Kammerdaten)") == -1  # nothing imported yet
    assert "Kammerbefragung 2025 (N=180)" not in tab.survey.bar_values()

    dlg = _check_file(qtbot, ctx, path)
    preview = _rows(dlg.preview)
    assert ["Innovationsregion Mitteldeutschland", "2025", "Befragung: Zahl der Antwortenden (N)", "insgesamt",
            "180", ""] in preview
    with qtbot.waitSignal(ctx.events.data_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    vid = blocker.args[0]
    label = f"Kammerdaten (Import {vid}, kammer.xlsx, {dt.date.today():%d.%m.%Y})"

    # the open tab reloaded on the data change: Leipzig is offered with the chamber's own series
    view.region.setFocus()
    view.region.setCurrentIndex(view.region.findText("Leipzig (Kreis, Kammerdaten)"))
    assert view.region_code() == "14713"
    items = [view.list.item(i).text() for i in range(view.list.count())]
    assert items == [f"Bestand · {label} · 31.12. (2)"]
    assert view.list.item(0).checkState() == Qt.CheckState.Checked
    assert [(r[1], r[2], r[4]) for r in _rows(view.table)] == [
        ("31.12.2021", "1.480", "Handwerkskammer (eigene Daten)"),
        ("31.12.2023", "1.530", "Handwerkskammer (eigene Daten)")]  # 2022 stays missing
    assert label in view.legend.text()
    assert f"Datenstand {vid}" in view.sources.text() and view.note.isVisible()

    # the survey chart has the new bars beside the study's
    values = tab.survey.bar_values()
    assert values["Kammerbefragung 2025 (N=180)"] == SURVEY_ROW[2:]
    assert values["Studie 2019–2021 (N=235, Mehrfachantworten)"] == [49, 30, 16, 9, 9, 3, 29]
    assert f"Datenstand {vid}" in tab.survey.sources.text()

    # a reconstructed tab (restart) shows both as well
    again = _tab(qtbot, ctx)
    assert again.apprenticeships.region.findText("Leipzig (Kreis, Kammerdaten)") >= 0
    assert "Kammerbefragung 2025 (N=180)" in again.survey.bar_values()


def test_bad_survey_row_is_listed_and_nothing_changes(qtbot, ctx, tmp_path):
    path = _template(tmp_path / "kammer.xlsx", apprentices=[["Leipzig", 2023, "insgesamt", 1530]],
                     surveys=[[2025, 0, 120, 31, 18, 10, 8, 4, 27]])
    tab = _tab(qtbot, ctx)
    dlg = _check_file(qtbot, ctx, path)
    problems = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    first = survey.answers()[0][1]
    assert any(f"Blatt Befragung Kooperation, Zeile 3, Spalte {first}" in p and "120 %" in p for p in problems)
    assert any("Blatt Befragung Kooperation, Zeile 3, Spalte N" in p for p in problems)
    assert not dlg.import_button.isEnabled()
    assert versions.list_versions(ctx.user_con) == []
    assert list(tab.survey.bar_values()) == ["Studie 2019–2021 (N=235, Mehrfachantworten)"]
    assert tab.apprenticeships.region.findText("Leipzig (Kreis, Kammerdaten)") == -1
