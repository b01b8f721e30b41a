"""Empfehlungen: the study's 10 recommendations and the measures on them, kept in the user database.

Left: filters, the tree action field → recommendation → measure (status colours, overdue in red) and the
status chart. Right: the detail pane (Ctrl+S/Enter confirms, Ctrl+N adds a measure). Ctrl+Z/Ctrl+Shift+Z
undo/redo within the session; each undo is itself a committed edit with history. "Sitzungsansicht" switches
to the meeting view (one recommendation per screen). In read-only mode (second instance) a notice is shown
and every editor is disabled.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import paths
from core.tracker.backup import CorruptDatabaseError, make_backup, open_for_app
from core.tracker.model import ACTION_FIELDS, STATUSES, field_label, fmt_date, status_label
from core.tracker.store import Change, Tracker
from core.tracker.transfer import apply_import, export_file, load_file, plan_import
from gui.context import AppContext
from gui.style import set_role
from gui.tabs.base import Tab
from gui.tabs.meeting_view import MeetingView
from gui.tabs.tracker.common import OVERDUE, item_title, read_only_banner, status_color
from gui.tabs.tracker.detail_pane import DetailPane
from gui.tabs.tracker.dialogs import BackupDialog, ConflictDialog
from gui.tabs.tracker.recovery import RecoveryPanel
from gui.tabs.tracker.status_chart import StatusChart
from gui.tabs.tracker.undo import EditCommand, creation_change
from gui.workers import run_in_thread

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
COLS = (  # translated with self.tr(); the NOOP marks them for lupdate
    QT_TRANSLATE_NOOP("RecommendationsTab", "Nr."),
    QT_TRANSLATE_NOOP("RecommendationsTab", "Titel"),
    QT_TRANSLATE_NOOP("RecommendationsTab", "Status"),
    QT_TRANSLATE_NOOP("RecommendationsTab", "Verantwortlich"),
    QT_TRANSLATE_NOOP("RecommendationsTab", "Fällig"),
    QT_TRANSLATE_NOOP("RecommendationsTab", "Fortschritt"),
)


class RecommendationsTab(Tab):
    STARTUP_BACKUP = True  # one rolling backup per process when the tab is first built (tests switch it off)
    _backed_up: set[int] = set()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.recovery: RecoveryPanel | None = None  # shown while the user database cannot be opened
        self._root = QVBoxLayout(self)
        self._root.setContentsMargins(0, 0, 0, 0)
        if ctx.user_con is None:
            self._show_recovery()
            return
        self._build()

    # ------------------------------------------------------------------ unreadable database
    def _show_recovery(self) -> None:
        """The app could not open the user database: find out why and offer the way out."""
        path = Path(self.ctx.user_db_path or paths.user_db_path())
        error: CorruptDatabaseError | None = None
        try:
            app_db = open_for_app(path)
        except CorruptDatabaseError as exc:
            error = exc
            message = exc.message(self.ctx.lang)
        except Exception as exc:  # noqa: BLE001 - e.g. written by a newer version: the message says what to do
            message = self.ctx.present_error(exc, dialog=False)
        else:
            self._recovered(app_db)
            return
        self.recovery = RecoveryPanel(self.ctx, path, error, message)
        self.recovery.recovered.connect(self._recovered)
        self._root.addWidget(self.recovery)

    def _recovered(self, app_db: Any) -> None:
        self.ctx.user_con = app_db.con
        self.ctx.read_only = app_db.read_only
        if app_db.read_only_reason:
            self.ctx.read_only_reason = app_db.read_only_reason
        self.ctx.notices.extend(app_db.notices)
        panel = self.recovery
        if panel is not None:
            panel.hide()
            panel.deleteLater()
        self._build()
        if app_db.notices:
            self._show_message(" ".join(app_db.notices), True)

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        ctx = self.ctx
        assert ctx.user_con is not None  # else the recovery panel is shown (see __init__)
        self.tracker = Tracker(ctx.user_con, read_only=bool(ctx.read_only), read_only_reason=ctx.read_only_reason)
        self.undo_stack = QUndoStack(self)
        self._current: str | None = None
        self._building = False
        bar = self._build_toolbar()
        filters = self._build_filters()
        self._build_tree()
        self.chart = StatusChart(self.ctx)
        self.count_label = QLabel()
        self.main_page = self._build_main_page(bar, filters)
        self.meeting = MeetingView(self.tracker, self.ctx, self._push)
        self.meeting.close_requested.connect(self.close_meeting)
        self.meeting.changed.connect(self.refresh)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.main_page)
        self.stack.addWidget(self.meeting)
        if self.tracker.read_only:
            self._root.addWidget(read_only_banner(reason=self.tracker.read_only_reason))
        self._root.addWidget(self.stack, 1)
        self._install_shortcuts()
        if self.tracker.read_only:
            for control in (self.new_button, self.delete_button, self.undo_button, self.redo_button,
                            self.import_button, self.who_edit):
                control.setEnabled(False)
            self.undo_stack.canUndoChanged.disconnect(self.undo_button.setEnabled)
            self.undo_stack.canRedoChanged.disconnect(self.redo_button.setEnabled)
        self.refresh()
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))  # type: ignore[arg-type]
        self._startup_backup()
        self.estimates_shown.emit(False)
        self.data_shown.emit()

    def _build_toolbar(self) -> QHBoxLayout:
        """New, delete, undo/redo, meeting view; the editor's name; export, import, backups."""
        self.new_button = QPushButton(self.tr("Neue Maßnahme"))
        self.new_button.setToolTip(self.tr("Strg+N"))
        self.new_button.setObjectName("newMeasure")
        self.delete_button = QPushButton(self.tr("Löschen"))
        self.delete_button.setToolTip(self.tr("Gewählte Maßnahme löschen (bleibt im Verlauf)"))
        self.undo_button = QPushButton(self.tr("Rückgängig"))
        self.undo_button.setToolTip(self.tr("Strg+Z"))
        self.redo_button = QPushButton(self.tr("Wiederholen"))
        self.redo_button.setToolTip(self.tr("Strg+Umschalt+Z"))
        self.meeting_button = QPushButton(self.tr("Sitzungsansicht"))
        self.meeting_button.setObjectName("meetingButton")
        self.export_button = QPushButton(self.tr("Export …"))
        self.export_button.setToolTip(self.tr("Ganzen Tracker als Datei speichern (für einen anderen Rechner)"))
        self.import_button = QPushButton(self.tr("Import …"))
        self.import_button.setToolTip(self.tr("Tracker-Datei eines anderen Rechners zusammenführen"))
        self.backup_button = QPushButton(self.tr("Sicherungen …"))
        self.who_edit = QLineEdit(self.tracker.setting("editor_name") or "")
        self.who_edit.setPlaceholderText(self.tracker.who)
        self.who_edit.setToolTip(self.tr("Name, der im Verlauf steht (leer: Anmeldename)"))
        self.who_edit.setMaximumWidth(140)
        self.new_button.clicked.connect(self.new_measure)
        self.delete_button.clicked.connect(self.delete_measure)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.meeting_button.clicked.connect(self.open_meeting)
        self.export_button.clicked.connect(self.export_tracker)
        self.import_button.clicked.connect(self.import_tracker)
        self.backup_button.clicked.connect(self.show_backups)
        self.who_edit.editingFinished.connect(self._set_who)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        bar = QHBoxLayout()
        for w in (self.new_button, self.delete_button, self.undo_button, self.redo_button, self.meeting_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Name:")))
        bar.addWidget(self.who_edit)
        for w in (self.export_button, self.import_button, self.backup_button):
            bar.addWidget(w)
        return bar

    def _build_filters(self) -> QHBoxLayout:
        """Handlungsfeld, status, responsible person, only overdue: each narrows the tree at once."""
        self.field_filter = QComboBox()
        self.field_filter.setObjectName("fieldFilter")
        self.field_filter.addItem(self.tr("Alle Handlungsfelder"), None)
        for key in ACTION_FIELDS:
            self.field_filter.addItem(field_label(key, self.ctx.lang), key)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Alle Status"), None)
        for s in STATUSES:
            self.status_filter.addItem(status_label(s, self.ctx.lang), s)
        self.person_filter = QLineEdit()
        self.person_filter.setObjectName("personFilter")
        self.person_filter.setPlaceholderText(self.tr("Verantwortlich …"))
        self.overdue_filter = QCheckBox(self.tr("nur überfällige"))
        self.overdue_filter.setObjectName("overdueFilter")
        for sig in (self.field_filter.currentIndexChanged, self.status_filter.currentIndexChanged,
                    self.person_filter.textChanged, self.overdue_filter.toggled):
            sig.connect(self.refresh_tree)
        filters = QHBoxLayout()
        filters.addWidget(self.field_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.person_filter)
        filters.addWidget(self.overdue_filter)
        return filters

    def _build_tree(self) -> None:
        """Recommendations with their measures as children."""
        self.tree = QTreeWidget()
        self.tree.setObjectName("trackerTree")
        self.tree.setHeaderLabels([self.tr(str(c)) for c in COLS])
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 78), (2, 110), (3, 130), (4, 116), (5, 80)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.tree.currentItemChanged.connect(self._on_current_changed)

    def _build_main_page(self, bar: QHBoxLayout, filters: QHBoxLayout) -> QWidget:
        """Toolbar; filters, tree and status chart left of the detail pane; the message line."""
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(filters)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(self.tree)
        vsplit.addWidget(self.chart)
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 2)
        vsplit.setSizes([440, 260])
        ll.addWidget(vsplit, 1)
        ll.addWidget(self.count_label)

        self.detail = DetailPane(self.ctx)
        self.detail.committed.connect(self._push)
        self.detail.message.connect(self._show_message)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 540])
        self.message = QLabel("")
        self.message.setObjectName("tabMessage")
        self.message.setWordWrap(True)

        self.main_page = QWidget()
        ml = QVBoxLayout(self.main_page)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addLayout(bar)
        ml.addWidget(split, 1)
        ml.addWidget(self.message)
        return self.main_page

    def _install_shortcuts(self) -> None:
        """Ctrl+S, Ctrl+N on the list page; undo/redo anywhere in the tab."""
        ctx_main = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+S", self.detail.confirm),
            ("Ctrl+N", self.new_measure),
        ):
            sc = QShortcut(QKeySequence(keys), self.main_page)
            sc.setContext(ctx_main)
            sc.activated.connect(slot)
        for keys, slot in (("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                           ("Ctrl+Y", self.undo_stack.redo)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(ctx_main)
            sc.activated.connect(slot)

    # ------------------------------------------------------------------ backup at start
    def _startup_backup(self) -> None:
        con = self.ctx.user_con
        if con is None or not self.STARTUP_BACKUP or self.tracker.read_only or id(con) in RecommendationsTab._backed_up:
            return
        RecommendationsTab._backed_up.add(id(con))
        cursor = con.cursor()  # created here: the worker must not touch the shared connection object
        run_in_thread(make_backup, cursor, "start",
                      on_error=lambda exc: log.warning("start-up backup failed: %s", exc),
                      on_finished=cursor.close)

    # ------------------------------------------------------------------ tree
    def _matches(self, row: dict[str, Any]) -> bool:
        status = self.status_filter.currentData()
        if status and row["status"] != status:
            return False
        who = self.person_filter.text().strip().lower()
        if who and who not in f"{row['org']} {row['person']}".lower():
            return False
        return not (self.overdue_filter.isChecked() and not self.tracker.is_overdue(row))

    def _row_item(self, row: dict[str, Any]) -> QTreeWidgetItem:
        overdue = self.tracker.is_overdue(row)
        due = ("⚠ " if overdue else "") + fmt_date(row["due_date"], self.ctx.lang)
        resp = " / ".join(x for x in (row["org"], row["person"]) if x)
        it = QTreeWidgetItem([row["code"], item_title(row, self.ctx.lang), status_label(row["status"], self.ctx.lang), resp, due,
                              f"{row['progress']} %"])
        it.setData(0, ID_ROLE, row["id"])
        it.setBackground(2, QBrush(status_color(row["status"])))
        if overdue:
            it.setForeground(4, QBrush(QColor(OVERDUE)))
            it.setToolTip(4, self.tr("überfällig"))
        it.setToolTip(3, resp)
        if row["kind"] == "recommendation":
            f = QFont()
            f.setBold(True)
            it.setFont(0, f)
            it.setToolTip(1, item_title(row, self.ctx.lang) + "\n" + row["source"])
        else:
            it.setToolTip(1, row["title"])
        return it

    def refresh_tree(self, *_: object) -> None:
        self._building = True
        self.tree.clear()
        rows = self.tracker.items()
        field = self.field_filter.currentData()
        shown = 0
        current_item: QTreeWidgetItem | None = None
        for key in ACTION_FIELDS:
            if field and key != field:
                continue
            node = QTreeWidgetItem([f"{field_label(key, self.ctx.lang)}"])
            node.setFirstColumnSpanned(True)
            f = QFont()
            f.setBold(True)
            node.setFont(0, f)
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for rec in (r for r in rows if r["field"] == key and r["kind"] == "recommendation"):
                kids = [r for r in rows if r["parent_id"] == rec["id"] and self._matches(r)]
                if not (self._matches(rec) or kids):
                    continue
                rec_item = self._row_item(rec)
                node.addChild(rec_item)
                shown += 1
                if rec["id"] == self._current:
                    current_item = rec_item
                for k in kids:
                    kid_item = self._row_item(k)
                    rec_item.addChild(kid_item)
                    shown += 1
                    if k["id"] == self._current:
                        current_item = kid_item
            if node.childCount():
                self.tree.addTopLevelItem(node)
                node.setFirstColumnSpanned(True)
        self.tree.expandAll()
        if current_item is not None:
            self.tree.setCurrentItem(current_item)
        self.count_label.setText(self.tr("%n Einträge angezeigt", "", shown))
        self._building = False

    def _on_current_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._building:
            return
        new_id = current.data(0, ID_ROLE) if current is not None else None
        if new_id is None:
            return  # an action-field node: keep the detail as it is
        if self.detail.row is not None and self.detail.dirty and new_id != self._current:
            if not self.detail.confirm():  # invalid input: stay on the item, message is shown
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(previous)  # type: ignore[arg-type]
                self.tree.blockSignals(False)
                return
            self._current = new_id
            self.refresh()
            return
        self._current = new_id
        self.detail.load(self.tracker, new_id)
        self.delete_button.setEnabled(not self.tracker.read_only and self.tracker.item(new_id)["kind"] == "measure")

    def select_item(self, ref: str) -> None:
        """Select a recommendation number / measure code / id in the tree."""
        item_id = self.tracker.resolve(ref)
        self._current = item_id
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.refresh_tree()
        if self._current is not None:
            try:
                self.detail.load(self.tracker, self._current)
            except Exception:  # noqa: BLE001 - the item vanished (restore); fall back to none
                self._current = None
                self.detail.load(self.tracker, None)
        self.chart.refresh(self.tracker)
        if self.stack.currentWidget() is self.meeting:
            self.meeting.refresh()

    # ------------------------------------------------------------------ edits
    def _push(self, changes: list[Change], text: str) -> None:
        self.undo_stack.push(EditCommand(self.tracker, changes, text, self._applied, self._undo_failed))
        self._show_message(self.tr("Gespeichert."), True)
        self.ctx.events.tracker_changed.emit()
        if self.sender() is not self.meeting:
            self.refresh_tree()
            self.chart.refresh(self.tracker)

    def _applied(self, entity: str, entity_id: str) -> None:
        self.refresh()
        self._show_message(self.tr("Gespeichert."), True)
        self.ctx.events.tracker_changed.emit()

    def _undo_failed(self, exc: BaseException) -> None:
        self._show_message(self.ctx.present_error(exc, dialog=False), False)

    def _show_message(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        set_role(self.message, "success" if ok else "savedFailed")

    def _parent_recommendation(self) -> str | None:
        if self._current is None:
            return None
        row = self.tracker.item(self._current)
        return row["parent_id"] or row["id"]

    def new_measure(self) -> None:
        parent = self._parent_recommendation()
        if parent is None or self.tracker.read_only:
            return
        if not self.detail.confirm():
            return
        try:
            new_id = self.tracker.add_measure(parent, self.tr("Neue Maßnahme"))
        except Exception as exc:  # noqa: BLE001 - validation, file or database error: the reason is shown
            self._show_message(self.ctx.present_error(exc, dialog=False), False)
            return
        self._current = new_id
        self._push(creation_change("item", new_id), self.tr("Neue Maßnahme"))
        self.refresh()
        title = self.detail.edits["title"]
        title.setFocus()
        title.selectAll()

    def delete_measure(self) -> None:
        if self._current is None or self.tracker.item(self._current)["kind"] != "measure":
            return
        item_id = self._current
        try:
            changes = self.tracker.delete("item", item_id)
        except Exception as exc:  # noqa: BLE001 - validation, file or database error: the reason is shown
            self._show_message(self.ctx.present_error(exc, dialog=False), False)
            return
        self._current = self.tracker.item(item_id)["parent_id"]
        self._push(changes, self.tr("Maßnahme gelöscht"))
        self.refresh()

    def _set_who(self) -> None:
        if self.tracker.read_only:
            return
        try:
            self.tracker.set_editor_name(self.who_edit.text())
        except Exception as exc:  # noqa: BLE001 - validation, file or database error: the reason is shown
            self._show_message(self.ctx.present_error(exc, dialog=False), False)

    # ------------------------------------------------------------------ meeting view
    def open_meeting(self) -> None:
        if not self.detail.confirm():
            return
        if self._current:
            self.meeting.show_item(self._current)
        self.meeting.refresh()
        self.stack.setCurrentWidget(self.meeting)
        self.meeting.setFocus()

    def close_meeting(self) -> None:
        self.meeting.save_next_steps()
        self._current = self.meeting.current_id
        self.stack.setCurrentWidget(self.main_page)
        self.refresh()
        self.tree.setFocus()

    # ------------------------------------------------------------------ files and backups
    def export_tracker(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tracker exportieren"), "tracker.hwmtracker",
                                              self.tr("Tracker-Datei (*.hwmtracker *.json)"))
        if not path:
            return
        try:
            export_file(self.tracker, path)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - validation, file or database error: the reason is shown
            self._show_message(self.ctx.present_error(exc, dialog=False), False)
            return
        self._show_message(self.tr("Exportiert nach %1").replace("%1", path), True)

    def import_tracker(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Tracker importieren"), "",
                                                  self.tr("Tracker-Datei (*.hwmtracker *.json)"))
        if not path:
            return
        try:
            plan = plan_import(self.tracker, load_file(Path(path), self.tracker))
            resolutions: dict = {}
            if plan.conflicts:
                dlg = ConflictDialog(plan.conflicts, plan.summary(), self)
                if dlg.exec() != ConflictDialog.DialogCode.Accepted:
                    self._show_message(self.tr("Import abgebrochen; nichts wurde geändert."), False)
                    return
                resolutions = dlg.resolutions()
            counts = apply_import(self.tracker, plan, resolutions)
        except Exception as exc:  # noqa: BLE001 - validation, file or database error: the reason is shown
            self._show_message(self.ctx.present_error(exc, dialog=False), False)
            return
        self.undo_stack.clear()  # an import is not undoable step by step; backups are the way back
        self.refresh()
        self.ctx.events.tracker_changed.emit()
        self._show_message(self.tr("Importiert: %1 neue Einträge, %2 Änderungen, %3 Konflikte entschieden.")
                           .replace("%1", str(counts["new"])).replace("%2", str(counts["updated"]))
                           .replace("%3", str(len(plan.conflicts))), True)

    def open_file(self, path: Path) -> bool:
        """A tracker export handed over by the desktop is merged."""
        self.import_tracker(str(path))
        return True

    def show_backups(self) -> None:
        dlg = BackupDialog(self.ctx, self)
        dlg.exec()
        if dlg.restored:
            self.undo_stack.clear()
            self.refresh()
            self.ctx.events.tracker_changed.emit()
            self._show_message(self.tr("Sicherung wiederhergestellt; der vorherige Stand wurde gesichert."), True)

    def shutdown(self) -> None:
        """Called by the main window on close: save valid pending edits, fold the WAL into the file."""
        if not hasattr(self, "tracker"):
            return
        if self.detail.dirty and not self.detail.confirm():
            log.warning("pending tracker edits not saved on shutdown (invalid): %s", self.detail.pending_changes())
        if self.stack.currentWidget() is self.meeting:
            self.meeting.save_next_steps()
        self.tracker.close()

    def closeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if hasattr(self, "detail") and self.detail.dirty:
            self.detail.confirm()
        super().closeEvent(event)

    def show_effects(self, ref: str = "1") -> None:
        """Select an item and show its „Wirkungen“ page (screenshots, links from the Prognose tab)."""
        self.select_item(ref)
        self.detail.pages.setCurrentIndex(1)

    def screenshot_states(self):
        if not hasattr(self, "meeting"):
            return []
        return [("wirkungen", self.show_effects), ("sitzung", self.open_meeting)]

    def screenshot_reset(self) -> None:
        if hasattr(self, "meeting") and self.stack.currentWidget() is self.meeting:
            self.close_meeting()
        if hasattr(self, "detail"):
            self.detail.pages.setCurrentIndex(0)
