"""Import and data versions through the GUI: preview before writing, problems listed, switch to the
bundled data and back, undo — each checked on the figure the dialog shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.datastore import DataStore
from core.imports import versions
from core.userdb import open_user_db
from gui import workers
from gui.context import AppContext

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "imports"


@pytest.fixture(scope="module")
def own_store():
    return DataStore()  # these tests change the facts; not the shared session store


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
    dlg.path_edit.clear()
    qtbot.keyClicks(dlg.path_edit, str(path))
    qtbot.mouseClick(dlg.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.worker is None and (dlg.preview.rowCount() > 0 or dlg.problems.count() > 0),
                    timeout=15_000)


def test_preview_then_confirm_writes_one_version(qtbot, ctx):
    from gui.dialogs.import_dialog import open_import_dialog

    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    _check(qtbot, dlg, FIXTURES / "53111-01-01-4_irmd_cp1252.csv")
    summary = dlg.summary.text()
    assert "53111-01-01-4" in summary and "Stand: 10.10.2017" in summary
    assert "Sonderzeichen „/“ (1×): keine Angaben, da Zahlenwert nicht sicher genug" in summary
    assert dlg.preview.item(0, 0).text() == "Deutschland"
    assert dlg.progress.value() == 100
    assert versions.list_versions(ctx.user_con) == []  # nothing written before the user confirms
    assert dlg.import_button.isEnabled()
    with qtbot.waitSignal(ctx.events.data_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert "Gespeichert als Datenstand 1" in dlg.summary.text()
    (v,) = versions.list_versions(ctx.user_con)
    assert v.active and v.kind == "official"


def test_problems_are_listed_and_nothing_is_written(qtbot, ctx, tmp_path):
    from gui.dialogs.import_dialog import open_import_dialog

    bad = tmp_path / "kammer.csv"
    bad.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe\nGera;2023;insgesamt;4\nLeipzig;2023;insgesamt;-1\n",
                   encoding="utf-8")
    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    _check(qtbot, dlg, bad)
    shown = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    assert dlg.problems.isVisible()
    assert "kammer.csv, Zeile 2, Spalte Kreis: Unbekannter Kreis „Gera“" in shown[0]
    assert "Zeile 3, Spalte Betriebe: Negativer Wert „-1“" in shown[1]
    assert not dlg.import_button.isEnabled()
    assert versions.list_versions(ctx.user_con) == []


def test_cancel_stops_a_running_check(qtbot, ctx, tmp_path):
    from gui.dialogs.import_dialog import open_import_dialog

    big = tmp_path / "rolle.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("Betriebsnummer;Kreis;Jahr;Gewerbegruppe;Beschäftigte\n")
        fh.writelines(f"N{i};14713;2023;Ausbaugewerbe;3\n" for i in range(300_000))
    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.path_edit, str(big))
    qtbot.mouseClick(dlg.check_button, Qt.MouseButton.LeftButton)
    assert dlg.cancel_button.isEnabled()
    qtbot.mouseClick(dlg.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.worker is None, timeout=15_000)
    assert "Abgebrochen" in dlg.summary.text()
    assert dlg.preview.rowCount() == 0 and not dlg.import_button.isEnabled()




def _value_row(dlg, year: str) -> tuple[str, str] | None:
    for i in range(dlg.values.rowCount()):
        if dlg.values.item(i, 0).text() == year:
            number = dlg.values.item(i, 1).text().replace(".", "").replace(",", "").replace("\u00a0", "")
            return number, dlg.values.item(i, 3).text()
    return None


def _click_row(qtbot, dlg, row: int) -> None:
    rect = dlg.table.visualItemRect(dlg.table.item(row, 0))
    qtbot.mouseClick(dlg.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_switch_to_bundled_and_back_and_undo(qtbot, ctx):
    from core.imports.pipeline import read_import
    from gui.dialogs.data_versions_dialog import open_versions_dialog

    vid = versions.save_version(ctx.user_con, read_import(FIXTURES / "53111-01-01-4_irmd_cp1252.csv"))
    chamber = versions.save_version(ctx.user_con, read_import(FIXTURES / "kammer_betriebe.csv"))
    versions.activate(ctx.store, ctx.user_con, chamber)
    dlg = open_versions_dialog(None, ctx)
    qtbot.addWidget(dlg)
    dlg.area_combo.setCurrentIndex(dlg.area_combo.findText("Leipzig"))
    dlg.indicator_combo.setCurrentIndex(dlg.indicator_combo.findData("businesses"))
    assert _value_row(dlg, "2022") == ("553", f"Datenstand {chamber}: kammer_betriebe.csv")
    assert _value_row(dlg, "2014") == ("3229", f"Datenstand {vid}: 53111-01-01-4_irmd_cp1252.csv")
    assert dlg.table.item(2, 7).text() == "aktiv"

    # back to the bundled data
    _click_row(qtbot, dlg, 0)
    with qtbot.waitSignal(ctx.events.data_changed, timeout=10_000):
        qtbot.mouseClick(dlg.activate_button, Qt.MouseButton.LeftButton)
    workers.wait_idle(5000)
    assert dlg.table.item(0, 7).text() == "aktiv"
    row_2022 = _value_row(dlg, "2022")
    assert row_2022 is None or not row_2022[1].startswith("Datenstand")
    assert _value_row(dlg, "2014")[0] == "3229"
    assert _value_row(dlg, "2014")[1].startswith("mitgeliefert: Handwerkszählung")

    # the chamber version again
    _click_row(qtbot, dlg, 2)
    with qtbot.waitSignal(ctx.events.data_changed, timeout=10_000):
        qtbot.mouseClick(dlg.activate_button, Qt.MouseButton.LeftButton)
    workers.wait_idle(5000)
    assert _value_row(dlg, "2022") == ("553", f"Datenstand {chamber}: kammer_betriebe.csv")

    # undo it: first click asks, second click undoes; the earlier version becomes active
    _click_row(qtbot, dlg, 2)
    qtbot.mouseClick(dlg.undo_button, Qt.MouseButton.LeftButton)
    assert "Wirklich" in dlg.undo_button.text()
    assert len(versions.list_versions(ctx.user_con)) == 2
    with qtbot.waitSignal(ctx.events.data_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(dlg.undo_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [vid]
    workers.wait_idle(5000)
    assert dlg.table.rowCount() == 2 and dlg.table.item(1, 7).text() == "aktiv"
    row_2022 = _value_row(dlg, "2022")
    assert row_2022 is None or not row_2022[1].startswith("Datenstand")
    assert _value_row(dlg, "2014")[1] == f"Datenstand {vid}: 53111-01-01-4_irmd_cp1252.csv"


def test_save_template(qtbot, ctx, tmp_path):
    from gui.dialogs.import_dialog import save_template

    target = tmp_path / "vorlage"
    save_template(None, ctx, str(target))
    assert workers.wait_idle(10_000)
    assert (tmp_path / "vorlage.xlsx").stat().st_size > 1000


def test_columns_not_taken_are_listed_and_a_cut_table_is_refused_whole(qtbot, ctx, tmp_path):
    from gui.dialogs.import_dialog import open_import_dialog

    extra = tmp_path / "kammer.csv"
    extra.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe;Bemerkung\nLeipzig;2023;insgesamt;400;geprüft\n",
                     encoding="utf-8")
    dlg = open_import_dialog(None, ctx)
    qtbot.addWidget(dlg)
    _check(qtbot, dlg, extra)
    assert "Nicht übernommen (kein passender Indikator): Bemerkung" in dlg.summary.text()
    data = (FIXTURES / "53111-01-01-4_irmd_cp1252.csv").read_bytes()
    cut = tmp_path / "abgeschnitten.csv"
    cut.write_bytes(data[: len(data) // 2])
    _check(qtbot, dlg, cut)
    shown = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    assert len(shown) == 1 and "unvollständig (abgeschnitten?)" in shown[0]
    assert not dlg.import_button.isEnabled()
    assert versions.list_versions(ctx.user_con) == []
