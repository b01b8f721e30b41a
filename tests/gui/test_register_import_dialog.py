"""A register extract through Datei › Daten importieren: recognised, unknown headers and crafts mapped in
the dialog (import blocked until then), the mapping remembered for the chamber's next file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.datastore import DataStore
from core.imports import register_memory, versions
from core.userdb import open_user_db
from gui import workers
from gui.context import AppContext

REGISTER = Path(__file__).resolve().parent.parent / "data" / "register" / "handwerksrolle_hwk_halle.csv"


@pytest.fixture(scope="module")
def own_store():
    return DataStore()


@pytest.fixture
def ctx(own_store):
    con = open_user_db()
    versions.activate(own_store, con, None)
    c = AppContext(store=own_store, user_con=con)
    yield c
    workers.wait_idle(5000)
    versions.activate(own_store, con, None)
    con.close()


def _check(qtbot, dlg, path: Path) -> None:
    qtbot.waitUntil(lambda: dlg.worker is None and dlg.check_button.isEnabled(), timeout=15_000)
    dlg.path_edit.clear()
    dlg.register_options = None
    qtbot.keyClicks(dlg.path_edit, str(path))
    qtbot.mouseClick(dlg.check_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dlg)


def _wait(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: dlg.worker is None and (dlg.preview.rowCount() > 0 or dlg.problems.count() > 0
                                                    or dlg.mapping.isVisible()), timeout=20_000)


def _choose(box, data: str) -> None:
    box.setCurrentIndex(box.findData(data))


def test_register_preview_and_import(qtbot, ctx):
    from gui.dialogs.import_dialog import open_import_dialog

    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    _check(qtbot, dlg, REGISTER)
    text = dlg.summary.text()
    assert "Kammerregister: Handwerkskammer Halle (Saale); Bestand am 31.12. für 1995–2024 (Stand 30.03.2025)" in text
    assert "Nicht gelesen und nicht gespeichert: Firma, Straße, PLZ, Ort, Rechtsform, Eintragungsgrund" in text
    assert "Zeilen aus Kreisen außerhalb der Region: gezählt, nicht importiert." in text
    assert dlg.import_button.isEnabled() and not dlg.mapping.isVisible()
    with qtbot.waitSignal(ctx.events.data_changed, timeout=15_000):
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert [v.kind for v in versions.list_versions(ctx.user_con)] == ["register"]
    dlg.close()


def test_unknown_craft_mapped_in_the_dialog_and_remembered(qtbot, ctx, tmp_path):
    from gui.dialogs.import_dialog import open_import_dialog

    path = tmp_path / "rolle.csv"
    path.write_text("Kennung;Gemeindeschlüssel;Eintragungsdatum;Löschungsdatum;Handwerke\n"
                    "1;15002000;01.02.2010;;Elektroinstallateur\n2;15088000;01.02.2010;;Tischler\n"
                    "3;15002000;05.05.2011;;Elektroinstallateur\n", encoding="utf-8")
    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    _check(qtbot, dlg, path)
    assert dlg.mapping.isVisible() and not dlg.import_button.isEnabled()
    t = dlg.mapping.table
    assert (t.item(0, 0).text(), t.item(0, 1).text(), t.item(0, 2).text()) == ("Elektroinstallateur", "2", "2, 4")
    assert not dlg.mapping.apply_button.isEnabled()  # every craft needs a decision first
    _choose(t.cellWidget(0, 3), "A 25")
    assert dlg.mapping.apply_button.isEnabled()
    qtbot.mouseClick(dlg.mapping.apply_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dlg)
    assert not dlg.mapping.isVisible() and dlg.import_button.isEnabled()
    with qtbot.waitSignal(ctx.events.data_changed, timeout=15_000):
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert register_memory.load(ctx.user_con, "Handwerkskammer Halle (Saale)").craft_map == {
        "Elektroinstallateur": "A 25"}
    # the chamber's next extract: the craft is known now
    nxt = tmp_path / "rolle2.csv"
    nxt.write_text(path.read_text(encoding="utf-8") + "4;15088000;01.03.2011;;Elektroinstallateur\n",
                   encoding="utf-8")
    _check(qtbot, dlg, nxt)
    assert dlg.problems.count() == 0, [dlg.problems.item(i).text() for i in range(dlg.problems.count())] + [
        dlg.summary.text()]
    assert not dlg.mapping.isVisible() and dlg.import_button.isEnabled()
    dlg.close()


def test_unknown_headers_mapped(qtbot, ctx, tmp_path):
    from gui.dialogs.import_dialog import open_import_dialog

    path = tmp_path / "export.csv"
    path.write_text("Nummer;Schlüssel;Eingetragen seit;Handwerk\n1;15002000;01.02.2010;A 25\n", encoding="utf-8")
    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    _check(qtbot, dlg, path)
    assert dlg.mapping.isVisible() and dlg.mapping.mode == "columns"
    assert "Es fehlen: Kennung (Kammer-/Identnummer), Gemeindeschlüssel (AGS) oder Kreis, Eintragungsdatum" in \
        dlg.mapping.info.text()
    t = dlg.mapping.table
    for r, field in enumerate(("id", "area", "entry")):
        _choose(t.cellWidget(r, 1), field)
    qtbot.mouseClick(dlg.mapping.apply_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dlg)
    assert dlg.import_button.isEnabled() and dlg.preview.rowCount() > 0
    dlg.close()
