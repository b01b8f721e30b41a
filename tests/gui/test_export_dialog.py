"""Excel export from the GUI: choose districts and file, export in a worker, clear message on failure."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from gui import workers
from gui.context import AppContext
from gui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot, store, tmp_path: Path) -> ExportDialog:
    dlg = ExportDialog(AppContext(store), preset={"districts": ["15088"]})
    qtbot.addWidget(dlg)
    dlg.ask_path = lambda: str(tmp_path / "saalekreis")  # type: ignore[method-assign]  # the file picker
    dlg.show()
    return dlg


def _check(dlg: ExportDialog, name: str) -> None:
    item = next(
        dlg.districts.item(i) for i in range(dlg.districts.count()) if dlg.districts.item(i).text() == name
    )
    item.setCheckState(Qt.CheckState.Checked)


def test_export_selected_districts_to_chosen_file(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:
    assert dialog.rb_some.isChecked()  # preset from the current tab
    _check(dialog, "Leipzig")
    qtbot.mouseClick(dialog.findChild(type(dialog.export_button), "browseButton"), Qt.MouseButton.LeftButton)
    assert dialog.path.text().endswith("saalekreis.xlsx")
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as sig:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    workers.wait_idle()
    result = sig.args[0]
    wb = openpyxl.load_workbook(result.path)
    assert "Quellen" in wb.sheetnames
    names = {r[0].value for r in wb["Kreisprofil"].iter_rows(min_row=6) if r[0].value}
    assert names == {"Saalekreis", "Leipzig", "Innovationsregion Mitteldeutschland"}


def test_no_district_ticked_says_what_to_do(qtbot, dialog: ExportDialog) -> None:
    dialog.districts.item(0).setCheckState(Qt.CheckState.Unchecked)
    for i in range(dialog.districts.count()):
        dialog.districts.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.path.setText("x.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "mindestens einen Kreis" in dialog.error.text()


def test_locked_target_shows_plain_message_and_dialog_stays(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    dialog.path.setText(str(tmp_path / "offen.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30_000)
    workers.wait_idle()
    assert "in einem anderen Programm geöffnet" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not list(tmp_path.iterdir())
