# mypy: disable-error-code="union-attr,arg-type"
# (Qt returns Optional items everywhere; a None here is a failed test anyway)
"""Empfehlungen tab, used as a person would: click, type, confirm; restart and read back; undo/redo;
filters; the meeting view with keys; read-only mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from core.tracker.store import Tracker
from core.userdb import open_user_db
from gui.context import AppContext
from gui.tabs.recommendations_tab import ID_ROLE, RecommendationsTab

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _no_startup_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecommendationsTab, "STARTUP_BACKUP", False)


def make_tab(qtbot, read_only: bool = False) -> RecommendationsTab:
    con = open_user_db()
    tab = RecommendationsTab(AppContext(store=None, user_con=con, read_only=read_only))  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # shortcuts (Ctrl+S, Ctrl+N, Ctrl+Z) work in the active window only
    return tab


def restart(qtbot, tab: RecommendationsTab) -> RecommendationsTab:
    tab.close()
    tab.ctx.user_con.close()
    return make_tab(qtbot)


def tree_item(tab: RecommendationsTab, code: str) -> QTreeWidgetItem:
    def walk(item: QTreeWidgetItem):
        yield item
        for i in range(item.childCount()):
            yield from walk(item.child(i))

    for i in range(tab.tree.topLevelItemCount()):
        for it in walk(tab.tree.topLevelItem(i)):
            if it.text(0) == code and it.data(0, ID_ROLE):
                return it
    raise AssertionError(f"{code} not shown")


def shown_codes(tab: RecommendationsTab) -> list[str]:
    out = []
    for i in range(tab.tree.topLevelItemCount()):
        node = tab.tree.topLevelItem(i)
        for j in range(node.childCount()):
            rec = node.child(j)
            out.append(rec.text(0))
            out += [rec.child(k).text(0) for k in range(rec.childCount())]
    return out


def click(qtbot, tab: RecommendationsTab, code: str) -> None:
    it = tree_item(tab, code)
    tab.tree.scrollToItem(it)
    rect = tab.tree.visualItemRect(it)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.detail.header.text().startswith(("Empfehlung " + code, "Maßnahme " + code))


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)


def test_edit_a_recommendation_and_read_it_back_after_restart(qtbot) -> None:
    tab = make_tab(qtbot)
    click(qtbot, tab, "2")
    d = tab.detail
    d.status.setFocus()
    qtbot.keyClick(d.status, Qt.Key.Key_Down)  # offen -> geplant
    qtbot.keyClick(d.status, Qt.Key.Key_Down)  # -> in Umsetzung
    type_into(qtbot, d.progress.lineEdit(), "35")
    type_into(qtbot, d.edits["org"], "HWK Leipzig")
    type_into(qtbot, d.edits["person"], "Petra Lang")
    type_into(qtbot, d.edits["start_date"], "01.03.2026")
    type_into(qtbot, d.edits["due_date"], "31.12.2027")
    type_into(qtbot, d.areas["next_steps"], "Leitfaden Personalentwicklung entwerfen")
    assert "Nicht gespeicherte" in d.state.text()
    qtbot.keyClick(d.edits["due_date"], Qt.Key.Key_Return)  # Enter confirms
    assert d.state.text().startswith("Gespeichert")
    row = tree_item(tab, "2")
    assert row.text(2) == "in Umsetzung" and row.text(3) == "HWK Leipzig / Petra Lang" and row.text(5) == "35 %"

    tab = restart(qtbot, tab)
    click(qtbot, tab, "2")
    d = tab.detail
    assert d.status.currentText() == "in Umsetzung"
    assert d.progress.value() == 35
    assert d.edits["org"].text() == "HWK Leipzig" and d.edits["due_date"].text() == "31.12.2027"
    assert d.areas["next_steps"].toPlainText() == "Leitfaden Personalentwicklung entwerfen"
    fields = {d.history.item(r, 2).text() for r in range(d.history.rowCount())}
    assert {"Status", "Verantwortliche Organisation", "Fällig"} <= fields
    status_row = next(r for r in range(d.history.rowCount()) if d.history.item(r, 2).text() == "Status")
    assert d.history.item(status_row, 3).text() == "offen → in Umsetzung"


def test_ctrl_s_confirms_and_invalid_input_is_refused_with_message(qtbot) -> None:
    tab = make_tab(qtbot)
    click(qtbot, tab, "4")
    d = tab.detail
    type_into(qtbot, d.edits["start_date"], "01.06.2027")
    type_into(qtbot, d.edits["due_date"], "01.01.2027")
    qtbot.keyClick(d.edits["due_date"], Qt.Key.Key_S, CTRL)
    assert "liegt vor dem Beginn" in d.state.text()
    click_target = tree_item(tab, "5")
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=tab.tree.visualItemRect(click_target).center())
    assert d.header.text().startswith("Empfehlung 4")  # stays on the item with the invalid input
    type_into(qtbot, d.edits["due_date"], "01.12.2027")
    qtbot.keyClick(d.edits["due_date"], Qt.Key.Key_S, CTRL)
    assert d.state.text().startswith("Gespeichert")
    con = tab.ctx.user_con
    assert Tracker(con).item("empfehlung-04")["due_date"].isoformat() == "2027-12-01"


def test_undo_and_redo_are_committed_edits(qtbot) -> None:
    tab = make_tab(qtbot)
    click(qtbot, tab, "6")
    d = tab.detail
    d.status.setFocus()
    qtbot.keyClick(d.status, Qt.Key.Key_Down)
    qtbot.keyClick(d.status, Qt.Key.Key_Return)
    tab.detail.confirm()
    t = Tracker(tab.ctx.user_con)
    assert t.item("empfehlung-06")["status"] == "geplant"
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, CTRL)
    assert t.item("empfehlung-06")["status"] == "offen"
    assert tree_item(tab, "6").text(2) == "offen" and d.status.currentText() == "offen"
    qtbot.keyClick(tab.tree, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert t.item("empfehlung-06")["status"] == "geplant"
    assert [(h["old"], h["new"]) for h in t.history("empfehlung-06")] == [
        ("offen", "geplant"), ("geplant", "offen"), ("offen", "geplant")]


def test_new_measure_with_ctrl_n_then_filters(qtbot) -> None:
    tab = make_tab(qtbot)
    click(qtbot, tab, "7")
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, CTRL)
    d = tab.detail
    assert d.header.text().startswith("Maßnahme 7.1") and d.edits["title"].hasFocus()
    qtbot.keyClicks(d.edits["title"], "Digitalwerkstatt Bau")
    type_into(qtbot, d.edits["person"], "Jonas Kranz")
    type_into(qtbot, d.edits["due_date"], "01.01.2020")
    qtbot.keyClick(d.edits["due_date"], Qt.Key.Key_Return)
    assert tree_item(tab, "7.1").text(1) == "Digitalwerkstatt Bau"
    assert "⚠" in tree_item(tab, "7.1").text(4)

    assert len(shown_codes(tab)) == 11
    tab.overdue_filter.click()
    assert shown_codes(tab) == ["7", "7.1"]  # the recommendation stays visible as the measure's parent
    tab.overdue_filter.click()
    qtbot.keyClicks(tab.person_filter, "kranz")
    assert shown_codes(tab) == ["7", "7.1"]
    tab.person_filter.clear()
    tab.field_filter.setCurrentIndex(tab.field_filter.findText("Fachkräfte"))
    assert shown_codes(tab) == ["1", "2", "3"]
    tab.field_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findText("zurückgestellt"))
    assert shown_codes(tab) == []
    tab.status_filter.setCurrentIndex(0)
    # the chart counts the new measure as open and overdue in "Digitale Prozesse"
    assert tab.chart.counts["digital"]["offen"] == 3 and tab.chart.counts["digital"]["überfällig"] == 1
    # undo the creation: the measure disappears
    tab.tree.setFocus()
    for _ in range(3):
        qtbot.keyClick(tab.tree, Qt.Key.Key_Z, CTRL)
    assert "7.1" not in shown_codes(tab)


def test_meeting_view_keys_status_next_steps_and_log(qtbot) -> None:
    tab = make_tab(qtbot)
    click(qtbot, tab, "1")
    qtbot.mouseClick(tab.meeting_button, Qt.MouseButton.LeftButton)
    m = tab.meeting
    assert tab.stack.currentWidget() is m
    assert m.position.text().startswith("Empfehlung 1 von 10")
    m.setFocus()
    qtbot.keyClick(m, Qt.Key.Key_PageDown)
    qtbot.keyClick(m, Qt.Key.Key_PageDown)
    assert m.position.text().startswith("Empfehlung 3 von 10")
    qtbot.keyClick(m, Qt.Key.Key_PageUp)
    assert m.title.text().startswith("2.")
    qtbot.keyClick(m, Qt.Key.Key_Right)
    assert m.title.text().startswith("3.")
    m.status.setFocus()
    qtbot.keyClick(m.status, Qt.Key.Key_Down)  # committed at once
    t = Tracker(tab.ctx.user_con)
    assert t.item("empfehlung-03")["status"] == "geplant"
    type_into(qtbot, m.next_steps, "Nachfolgetag im Burgenlandkreis vorbereiten")
    qtbot.keyClick(m.next_steps, Qt.Key.Key_S, CTRL)
    assert t.item("empfehlung-03")["next_steps"] == "Nachfolgetag im Burgenlandkreis vorbereiten"
    assert m.state.text().startswith("Gespeichert")
    type_into(qtbot, m.next_steps, "Termin mit Innungen abstimmen")
    qtbot.keyClick(m.next_steps, Qt.Key.Key_PageDown)  # moving on saves the text first, even from the field
    assert m.title.text().startswith("4.")
    assert t.item("empfehlung-03")["next_steps"] == "Termin mit Innungen abstimmen"
    m.setFocus()
    qtbot.keyClick(m, Qt.Key.Key_Left)
    assert m.next_steps.toPlainText() == "Termin mit Innungen abstimmen"

    type_into(qtbot, m.log_date, "24.11.2026")
    qtbot.keyClicks(m.log_attendees, "HWK Leipzig, HWK Halle, Stadt Halle")
    qtbot.keyClicks(m.log_decisions, "Empfehlung 3: Nachfolgetag beschlossen")
    qtbot.mouseClick(m.log_save, Qt.MouseButton.LeftButton)
    assert m.log_list.count() == 1 and "Nachfolgetag beschlossen" in m.log_list.item(0).text()
    qtbot.keyClick(m, Qt.Key.Key_Escape)
    assert tab.stack.currentWidget() is tab.main_page
    assert tree_item(tab, "3").text(2) == "geplant"

    tab = restart(qtbot, tab)
    assert Tracker(tab.ctx.user_con).meetings()[0]["attendees"] == "HWK Leipzig, HWK Halle, Stadt Halle"
    assert tab.meeting.log_list.count() == 1


def test_read_only_mode_shows_notice_and_disables_editing(qtbot) -> None:
    tab = make_tab(qtbot, read_only=True)
    banner = tab.findChild(type(tab.message), "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "Nur Lesezugriff" in banner.text()
    click(qtbot, tab, "1")
    d = tab.detail
    assert not d.save_button.isEnabled() and not d.status.isEnabled() and d.edits["org"].isReadOnly()
    assert not tab.new_button.isEnabled()
    qtbot.keyClick(tab.tree, Qt.Key.Key_N, CTRL)
    assert shown_codes(tab).count("1.1") == 0
    assert not tab.meeting.status.isEnabled() and not tab.meeting.log_save.isEnabled()


def test_startup_backup_is_made_in_the_background(qtbot, monkeypatch) -> None:
    from core.tracker.backup import list_backups

    monkeypatch.setattr(RecommendationsTab, "STARTUP_BACKUP", True)
    tab = make_tab(qtbot)
    qtbot.waitUntil(lambda: len(list_backups()) == 1, timeout=10000)
    assert list_backups()[0].reason == "start"
    tab.close()


def _corrupt_db_with_backup() -> tuple:
    from core import paths
    from core.tracker.backup import open_for_app

    app = open_for_app()  # creates the file and the start-up backup
    Tracker(app.con).update_item("empfehlung-08", {"status": "in Umsetzung"})
    app.con.close()
    open_for_app().con.close()  # the second start's backup holds the edit
    db = paths.user_db_path()
    db.write_bytes(b"\x00beschaedigt" * 4000)
    return db, AppContext(store=None, user_con=None, user_db_path=db, read_only=True)  # type: ignore[arg-type]


def test_unreadable_database_offers_restore_and_keeps_the_broken_file(qtbot) -> None:
    db, ctx = _corrupt_db_with_backup()
    tab = RecommendationsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert "kann nicht gelesen werden" in tab.recovery.text.text()
    assert tab.recovery.choice.count() == 2
    qtbot.mouseClick(tab.recovery.restore_button, Qt.MouseButton.LeftButton)
    assert not ctx.read_only and ctx.user_con is not None
    assert tree_item(tab, "8").text(2) == "in Umsetzung"
    assert "bisherige Datei" in tab.message.text()
    broken = list(db.parent.glob("handwerksmonitor.broken-*.duckdb"))
    assert len(broken) == 1 and broken[0].read_bytes().startswith(b"\x00beschaedigt")


def test_unreadable_database_start_fresh(qtbot) -> None:
    db, ctx = _corrupt_db_with_backup()
    tab = RecommendationsTab(ctx)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.recovery.fresh_button, Qt.MouseButton.LeftButton)
    assert tree_item(tab, "8").text(2) == "offen"
    assert len(list(db.parent.glob("handwerksmonitor.broken-*.duckdb"))) == 1


def _edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    from PySide6.QtWidgets import QApplication

    rect = table.visualItemRect(table.item(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the current cell (keyboard, as a fast typist does)
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # Qt commits queued
    qtbot.wait(10)


def test_milestones_and_kpis_edited_in_their_tables(qtbot) -> None:
    tab = make_tab(qtbot)
    click(qtbot, tab, "5")
    ms = tab.detail.subtables["milestone"]
    qtbot.mouseClick(ms.add_button, Qt.MouseButton.LeftButton)
    assert ms.table.rowCount() == 1
    qtbot.keyClicks(focused(), "Workshop Innovationsdienstleister")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ms.table.state() != ms.table.State.EditingState)
    qtbot.wait(10)
    _edit_cell(qtbot, ms.table, 0, 0, "15.03.2027")
    t = Tracker(tab.ctx.user_con)
    (row,) = t.milestones("empfehlung-05")
    assert row["title"] == "Workshop Innovationsdienstleister" and row["due"].isoformat() == "2027-03-15"
    done = ms.table.item(0, 2)
    qtbot.mouseClick(ms.table.viewport(), Qt.MouseButton.LeftButton, pos=_checkbox_pos(ms.table, done))
    assert t.milestones("empfehlung-05")[0]["done"] is True

    kpi = tab.detail.subtables["kpi"]
    qtbot.mouseClick(kpi.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    _edit_cell(qtbot, kpi.table, 0, 1, "25")
    _edit_cell(qtbot, kpi.table, 0, 2, "viele")
    assert "keine Zahl" in tab.message.text()
    assert t.kpis("empfehlung-05")[0]["target"] == 25.0 and t.kpis("empfehlung-05")[0]["actual"] is None
    assert kpi.table.item(0, 2).text() == ""  # the refused input is not left on screen as if saved
    tab.detail.pages.setCurrentIndex(1)
    fields = {tab.detail.history.item(r, 2).text() for r in range(tab.detail.history.rowCount())}
    assert {"Meilenstein: Termin", "Meilenstein: Erledigt", "Kennzahl: Zielwert"} <= fields


def focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _checkbox_pos(table, cell):
    rect = table.visualItemRect(cell)
    return rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2 + type(rect.topLeft())(10, 0)


def test_backup_dialog_restores_inside_the_running_app(qtbot) -> None:
    from gui.tabs.tracker.dialogs import BackupDialog

    tab = make_tab(qtbot)
    t = Tracker(tab.ctx.user_con)
    t.update_item("empfehlung-09", {"status": "geplant"})
    dlg = BackupDialog(tab.ctx, parent=tab)
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.now_button, Qt.MouseButton.LeftButton)
    assert dlg.list.count() == 1 and "manuell" in dlg.list.item(0).text()
    t.update_item("empfehlung-09", {"status": "umgesetzt"})
    dlg.restore(confirm=False)
    assert dlg.restored and t.item("empfehlung-09")["status"] == "geplant"
    assert dlg.list.count() == 2  # the state before restoring was backed up too
    tab.refresh()
    assert tree_item(tab, "9").text(2) == "geplant"


def test_import_with_conflict_lets_the_user_choose(qtbot, tmp_path, monkeypatch) -> None:
    from core.tracker.transfer import export_file
    from gui.tabs.tracker.dialogs import ConflictDialog

    other_con = open_user_db(tmp_path / "laptop2.duckdb")
    other = Tracker(other_con, who="Laptop 2")
    other.update_item("empfehlung-10", {"status": "in Umsetzung"})
    other.add_measure("empfehlung-10", "Clusterdialog Energie")
    f = export_file(other, tmp_path / "tracker.json")
    other_con.close()

    tab = make_tab(qtbot)
    Tracker(tab.ctx.user_con).update_item("empfehlung-10", {"status": "zurückgestellt"})
    shown: list[ConflictDialog] = []

    def choose_imported(dlg: ConflictDialog) -> int:
        shown.append(dlg)
        assert dlg.table.item(0, 1).text() == "zurückgestellt" and dlg.table.item(0, 2).text() == "in Umsetzung"
        dlg.choices[0].setCurrentIndex(1)
        return ConflictDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", choose_imported)
    tab.import_tracker(str(f))
    assert len(shown) == 1
    assert tree_item(tab, "10").text(2) == "in Umsetzung"
    assert tree_item(tab, "10.1").text(1) == "Clusterdialog Energie"
    assert "1 neue Einträge" in tab.message.text()


def test_shutdown_saves_pending_valid_edits(qtbot) -> None:
    tab = make_tab(qtbot)
    click(qtbot, tab, "8")
    type_into(qtbot, tab.detail.edits["partners"], "Hochschule Merseburg")
    tab.shutdown()  # the main window calls this when it closes
    tab = restart(qtbot, tab)
    click(qtbot, tab, "8")
    assert tab.detail.edits["partners"].text() == "Hochschule Merseburg"


@pytest.mark.parametrize("size", [(1366 - 24, 768 - 110), (1920 - 24, 1080 - 110)])
def test_picking_a_status_keeps_the_detail_form_in_place(qtbot, size) -> None:
    """After a status is picked the pane says "not saved yet"; the form must not grow wider than its pane
    (a horizontal scroll bar would shift every field and the next click would land in the wrong one)."""
    from PySide6.QtWidgets import QScrollArea

    from gui import layout_check

    tab = make_tab(qtbot)
    tab.resize(*size)
    click(qtbot, tab, "1")
    pane = tab.detail
    before = pane.edits["org"].mapTo(tab, pane.edits["org"].rect().topLeft())
    combo = pane.status
    combo.setFocus()
    combo.setCurrentIndex((combo.currentIndex() + 2) % combo.count())  # as a pick in the drop-down does
    qtbot.wait(50)
    assert pane.state.text()  # "Nicht gespeicherte Änderungen …" is shown
    scroll = tab.findChild(QScrollArea, "detailScroll")
    assert not scroll.horizontalScrollBar().isVisible()
    after = pane.edits["org"].mapTo(tab, pane.edits["org"].rect().topLeft())
    assert after == before
    assert not [p for p in layout_check.check_window(tab) if p.kind in ("hscroll", "clipped", "outside")]
    qtbot.mouseClick(pane.edits["org"], Qt.MouseButton.LeftButton)
    assert pane.edits["org"].hasFocus()  # the click lands in the field the user aimed at
