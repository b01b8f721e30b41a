"""SWOT board: four editable quadrants preloaded with the study's themes; each item cites its passage
and links to the recommendations that answer it. Edits go to the user database with history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import swot
from core.errors import HandwerksmonitorError
from core.study import cite
from gui.context import AppContext
from gui.style import SWOT_BACKGROUNDS, set_role, tint

_COLORS = SWOT_BACKGROUNDS


class SwotView(QWidget):
    item_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.con = ctx.user_con
        self.read_only = not ctx.can_write
        self._current: str | None = None
        self.lists: dict[str, QListWidget] = {}
        grid = QGridLayout()
        for n, cat in enumerate(swot.CATEGORIES):
            box = QGroupBox(swot.CATEGORY_LABELS[cat][1 if self.ctx.lang == "en" else 0])
            set_role(box, "swotBox")
            tint(box, _COLORS[cat], "QGroupBox")
            lw = QListWidget()
            lw.setWordWrap(True)
            set_role(lw, "swotList")
            lw.currentItemChanged.connect(self._on_current_changed)
            QVBoxLayout(box).addWidget(lw)
            self.lists[cat] = lw
            grid.addWidget(box, n // 2, n % 2)
        # detail pane
        self.detail = QGroupBox(self.tr("Eintrag bearbeiten"))
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(64)
        self.source = QLabel()
        self.source.setWordWrap(True)
        set_role(self.source, "hint")
        self.recs: dict[int, QCheckBox] = {}
        rec_row = QHBoxLayout()
        rec_row.addWidget(QLabel(self.tr("Beantwortet durch Empfehlung:")))
        for r in range(1, 11):
            cb = QCheckBox(str(r))
            self.recs[r] = cb
            rec_row.addWidget(cb)
        rec_row.addStretch(1)
        self.save = QPushButton(self.tr("Speichern (Strg+S)"))
        self.add = QPushButton(self.tr("Neuer Eintrag"))
        self.delete = QPushButton(self.tr("Entfernen"))
        self.history = QListWidget()
        self.history.setMaximumHeight(70)
        buttons = QHBoxLayout()
        for b in (self.save, self.add, self.delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        dl = QVBoxLayout(self.detail)
        dl.addWidget(self.text)
        dl.addWidget(self.source)
        dl.addLayout(rec_row)
        dl.addLayout(buttons)
        dl.addWidget(QLabel(self.tr("Verlauf:")))
        dl.addWidget(self.history)
        self.notice = QLabel(ctx.read_only_reason
                             or self.tr("Schreibgeschützt: Die Datenbank ist in einem anderen Fenster geöffnet."))
        set_role(self.notice, "estimateNotice")
        self.notice.setVisible(self.read_only)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addLayout(grid, 5)
        lay.addWidget(self.detail, 2)
        self.save.clicked.connect(self._on_save_clicked)
        self.add.clicked.connect(self._on_add_clicked)
        self.delete.clicked.connect(self._on_delete_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._on_save_clicked)
        for w in (self.text, self.save, self.add, self.delete, *self.recs.values()):
            w.setEnabled(not self.read_only)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------
    def items(self) -> list[swot.SwotItem]:
        return swot.items(self.con) if self.con is not None else []

    def refresh(self, select: str | None = None) -> None:
        for lw in self.lists.values():
            lw.blockSignals(True)
            lw.clear()
            lw.blockSignals(False)
        for it in self.items():
            text = it.text_en if (self.ctx.lang == "en" and it.text_en) else it.text
            label = f"{it.id}  {text}\n     → " + self.tr("Empfehlungen") + " " + ", ".join(map(str, it.recommendations))
            li = QListWidgetItem(label)
            li.setData(Qt.ItemDataRole.UserRole, it.id)
            li.setToolTip(cite(it.source, self.ctx.lang))
            self.lists[it.category].addItem(li)
            if it.id == select:
                self.lists[it.category].setCurrentItem(li)

    def select(self, item_id: str) -> None:
        self.refresh(select=item_id)
        self._show(item_id)

    def _on_current_changed(self, cur: QListWidgetItem | None, _prev) -> None:
        if cur is None:
            return
        for lw in self.lists.values():
            if lw.currentItem() is not cur:
                lw.blockSignals(True)
                lw.setCurrentRow(-1)
                lw.clearSelection()
                lw.blockSignals(False)
        self._show(str(cur.data(Qt.ItemDataRole.UserRole)))

    def _show(self, item_id: str) -> None:
        it = next((i for i in self.items() if i.id == item_id), None)
        if it is None:
            return
        self._current = item_id
        self.text.setPlainText(it.text)
        self.source.setText(self.tr("Quelle: ") + cite(it.source, self.ctx.lang))
        for r, cb in self.recs.items():
            cb.setChecked(r in it.recommendations)
        self.history.clear()
        for h in swot.history(self.con, item_id) if self.con is not None else []:
            self.history.addItem(f"{h['at'][:16]}  {h['who']}: {h['field']}  {h['old'] or '–'} → {h['new']}")

    # -- edits --------------------------------------------------------------------------------
    def _fail(self, exc: HandwerksmonitorError) -> None:
        self.ctx.present_error(exc, self, self.tr("Nicht gespeichert"))

    def _on_save_clicked(self) -> None:
        item_id = self._current
        if self.read_only or item_id is None or self.con is None:
            return
        try:
            swot.update_text(self.con, item_id, self.text.toPlainText())
            swot.set_links(self.con, item_id, [r for r, cb in self.recs.items() if cb.isChecked()])
        except HandwerksmonitorError as exc:
            self._fail(exc)
            return
        self.select(item_id)
        self.item_changed.emit(item_id)

    def _on_add_clicked(self) -> None:
        if self.read_only or self.con is None:
            return
        cat = next((c for c, lw in self.lists.items() if lw.currentItem() is not None), "strengths")
        try:
            new = swot.add_item(self.con, cat, self.tr("Neuer Eintrag"), source=self.tr("Eingabe"))
        except HandwerksmonitorError as exc:
            self._fail(exc)
            return
        self.select(new)
        self.text.setFocus()
        self.text.selectAll()
        self.item_changed.emit(new)

    def _on_delete_clicked(self) -> None:
        item_id = self._current
        if self.read_only or item_id is None or self.con is None:
            return
        swot.delete_item(self.con, item_id)
        self._current = None
        self.refresh()
        self.item_changed.emit(item_id)
