"""Meeting view for the steering group: one recommendation per screen in large type.

Status and progress are committed as soon as they are changed; next steps on Ctrl+S, on leaving the field
and before moving on. PageDown/PageUp (and ←/→ outside text fields) move between recommendations; Esc goes
back to the list. The meeting log (date, attendees, decisions) is saved with the tracker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import swot
from core.tracker.model import field_label, fmt_date
from core.tracker.seed import study_text
from core.tracker.store import Change, Tracker
from gui.context import AppContext
from gui.style import WHITE, set_role, tint
from gui.tabs.meeting_effects import MeetingEffectsPanel, MeetingWaterfall
from gui.tabs.tracker.common import (
    STATUS_COLORS,
    fill_status_combo,
    item_title,
    read_only_banner,
    saved_role,
    set_combo_status,
)

translate = QCoreApplication.translate


class _FocusOutText(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().focusOutEvent(event)
        self.left.emit()


def _font(pt: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(pt)
    f.setBold(bold)
    return f


class MeetingView(QWidget):
    close_requested = Signal()
    changed = Signal()

    def __init__(self, tracker: Tracker, ctx: AppContext,
                 on_committed: Callable[[list[Change], str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.on_committed = on_committed
        self.ctx = ctx
        self.index = 0
        self._loading = False
        self.numbers = [r["id"] for r in tracker.items() if r["kind"] == "recommendation"]
        self._build_texts()
        self._build_edit_fields()
        measures_scroll = self._build_effects()
        top = self._build_nav_row()
        main = self._build_main_column(measures_scroll)
        self._build_log_box()
        self._build_side()

        body = QHBoxLayout()
        body.addLayout(main, 3)
        body.addWidget(self.side, 2)
        outer = QVBoxLayout(self)
        if tracker.read_only:
            outer.addWidget(read_only_banner(reason=tracker.read_only_reason))
        outer.addLayout(top)
        outer.addLayout(body, 1)
        self._install_shortcuts()
        writable = not tracker.read_only
        for w in (self.status, self.progress, self.log_save, self.log_date, self.log_attendees):
            w.setEnabled(writable)
        self.next_steps.setReadOnly(not writable)
        self.log_decisions.setReadOnly(not writable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_index(0)
        self._fill_log()

    def _build_texts(self) -> None:
        """Position, title, goal and source of the recommendation on screen."""
        self.position = QLabel()
        self.position.setObjectName("meetingPosition")
        self.position.setFont(_font(14))
        set_role(self.position, "secondary")
        self.title = QLabel()
        self.title.setObjectName("meetingTitle")
        self.title.setFont(_font(22, True))
        self.title.setWordWrap(True)
        set_role(self.title, "titleColor")
        self.goal = QLabel()
        self.goal.setFont(_font(16))
        self.goal.setWordWrap(True)
        self.source = QLabel()
        self.source.setFont(_font(10))
        set_role(self.source, "hint")
        self.source.setWordWrap(True)

    def _build_edit_fields(self) -> None:
        """Status, progress and next steps (committed as they change), the responsible/due line."""
        self.status = QComboBox()
        self.status.setObjectName("meetingStatus")
        self.status.setFont(_font(18, True))
        fill_status_combo(self.status, self.ctx.lang)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.progress = QSpinBox()
        self.progress.setObjectName("meetingProgress")
        self.progress.setFont(_font(18))
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.editingFinished.connect(self._progress_changed)
        self.next_steps = _FocusOutText()
        self.next_steps.setObjectName("meetingNextSteps")
        self.next_steps.setFont(_font(16))
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setPlaceholderText(translate("Tracker", "Nächste Schritte …"))
        self.next_steps.left.connect(self.save_next_steps)
        self.facts = QLabel()
        self.facts.setObjectName("meetingFacts")
        self.facts.setFont(_font(14))
        self.facts.setWordWrap(True)

    def _build_effects(self) -> QScrollArea:
        """The measures with their effects (scrolls), the waterfall, the SWOT text and the save state."""
        self.effects_panel = MeetingEffectsPanel(self.tracker, self.ctx)
        self.effects_panel.committed.connect(self._panel_committed)
        self.effects_panel.failed.connect(self._panel_failed)
        measures_scroll = QScrollArea()
        measures_scroll.setObjectName("meetingMeasures")
        measures_scroll.setWidgetResizable(True)
        measures_scroll.setFrameShape(QFrame.Shape.NoFrame)
        measures_scroll.setWidget(self.effects_panel)
        self.waterfall = MeetingWaterfall(self.ctx, self.tracker)
        self.swot = QLabel()
        self.swot.setObjectName("meetingSwot")
        self.swot.setFont(_font(12))
        self.swot.setWordWrap(True)
        self.state = QLabel("")
        self.state.setObjectName("meetingSaveState")
        self.state.setFont(_font(12))
        return measures_scroll

    def _build_nav_row(self) -> QHBoxLayout:
        """Zurück, position, Weiter, Zur Liste (buttons take no focus: the keys stay with the fields)."""
        self.prev_button = QPushButton("◀ " + translate("Tracker", "Zurück (Bild↑)"))
        self.next_button = QPushButton(translate("Tracker", "Weiter (Bild↓)") + " ▶")
        self.back_button = QPushButton(translate("Tracker", "Zur Liste (Esc)"))
        for b in (self.prev_button, self.next_button, self.back_button):
            b.setFont(_font(13))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.back_button.clicked.connect(self.close_requested)

        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.next_button)
        top.addWidget(self.back_button)
        return top

    def _build_main_column(self, measures_scroll: QScrollArea) -> QVBoxLayout:
        status_row = QHBoxLayout()
        lab_status = QLabel(translate("Tracker", "Status"))
        lab_status.setFont(_font(16))
        lab_progress = QLabel(translate("Tracker", "Fortschritt"))
        lab_progress.setFont(_font(16))
        status_row.addWidget(lab_status)
        status_row.addWidget(self.status, 2)
        status_row.addSpacing(20)
        status_row.addWidget(lab_progress)
        status_row.addWidget(self.progress, 1)
        status_row.addStretch(1)

        main = QVBoxLayout()
        main.addWidget(self.title)
        main.addWidget(self.goal)
        main.addWidget(self.source)
        main.addLayout(status_row)
        main.addWidget(self.facts)
        lab_next = QLabel(translate("Tracker", "Nächste Schritte (Strg+S speichert)"))
        lab_next.setFont(_font(16, True))
        main.addWidget(lab_next)
        main.addWidget(self.next_steps, 1)
        main.addWidget(measures_scroll, 2)
        main.addWidget(self.state)
        return main

    def _build_log_box(self) -> None:
        """Sitzungsprotokoll: date, attendees, decisions, save, earlier meetings."""
        self.log_box = QGroupBox(translate("Tracker", "Sitzungsprotokoll"))
        self.log_box.setFont(_font(12))
        self.log_date = QLineEdit(fmt_date(dt.date.today(), self.ctx.lang))
        self.log_date.setObjectName("logDate")
        self.log_attendees = QLineEdit()
        self.log_attendees.setObjectName("logAttendees")
        self.log_decisions = QPlainTextEdit()
        self.log_decisions.setObjectName("logDecisions")
        self.log_decisions.setTabChangesFocus(True)
        self.log_save = QPushButton(translate("Tracker", "Protokoll speichern"))
        self.log_save.setObjectName("logSave")
        self.log_save.clicked.connect(self.save_meeting)
        self.log_list = QListWidget()
        self.log_list.setObjectName("logList")
        self.log_list.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Tracker", "Datum"), self.log_date)
        form.addRow(translate("Tracker", "Teilnehmende"), self.log_attendees)
        form.addRow(translate("Tracker", "Beschlüsse"), self.log_decisions)
        log_lay = QVBoxLayout(self.log_box)
        log_lay.addLayout(form)
        log_lay.addWidget(self.log_save)
        log_lay.addWidget(QLabel(translate("Tracker", "Frühere Sitzungen")))
        log_lay.addWidget(self.log_list, 1)

    def _build_side(self) -> None:
        """Side tabs: Wirkung (waterfall), SWOT, Protokoll."""
        self.side = QTabWidget()
        self.side.setObjectName("meetingSide")
        self.side.setFont(_font(11))
        self.side.addTab(self.waterfall, translate("Tracker", "Wirkung"))
        swot_scroll = QScrollArea()
        swot_scroll.setWidgetResizable(True)
        swot_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.swot.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.swot.setContentsMargins(8, 8, 8, 8)
        swot_scroll.setWidget(self.swot)
        self.side.addTab(swot_scroll, translate("Tracker", "SWOT"))
        self.side.addTab(self.log_box, translate("Tracker", "Protokoll"))
        self.side.setTabToolTip(0, translate("Tracker", "Wirkung der Maßnahmen"))
        self.side.setTabToolTip(1, translate("Tracker", "Bezug SWOT"))
        self.side.setTabToolTip(2, translate("Tracker", "Sitzungsprotokoll"))
        self.side.setMaximumWidth(620)

    def _install_shortcuts(self) -> None:
        """PageDown/PageUp, →/← (outside text fields), Esc and Ctrl+S, anywhere inside the view."""
        shortcut_scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_PageDown), self.next),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous),
            (QKeySequence(Qt.Key.Key_Right), self.next),
            (QKeySequence(Qt.Key.Key_Left), self.previous),
            (QKeySequence(Qt.Key.Key_Escape), self.close_requested.emit),
            (QKeySequence("Ctrl+S"), self.save_next_steps),
        ):
            sc = QShortcut(keys, self)
            sc.setContext(shortcut_scope)
            sc.activated.connect(slot)

    # ------------------------------------------------------------------ navigation
    @property
    def current_id(self) -> str:
        return self.numbers[self.index]

    def show_item(self, item_id: str) -> None:
        """Open the recommendation (or the recommendation of a measure)."""
        row = self.tracker.item(item_id)
        rec = row["parent_id"] or row["id"]
        if rec in self.numbers:
            self.show_index(self.numbers.index(rec))

    def show_index(self, index: int) -> None:
        self.index = max(0, min(index, len(self.numbers) - 1))
        r = self.tracker.item(self.current_id)
        self._loading = True
        self.position.setText(
            translate("Tracker", "Empfehlung %1 von %2").replace("%1", str(r["number"])).replace("%2", str(len(self.numbers)))
            + " · " + field_label(r["field"], self.ctx.lang)
        )
        self.title.setText(f"{r['number']}. {item_title(r, self.ctx.lang)}")
        self.goal.setText(translate("Tracker", "Ziel: ") + study_text(r, "goal", self.ctx.lang))
        self.source.setText(translate("Tracker", "Quelle: ") + study_text(r, "source", self.ctx.lang)
                            + translate("Tracker", " (sinngemäß)"))
        set_combo_status(self.status, r["status"])
        self._color_status(r["status"])
        facts = [
            translate("Tracker", "Verantwortlich: ") + (" / ".join(x for x in (r["org"], r["person"]) if x) or "–"),
            translate("Tracker", "Fällig: ") + (fmt_date(r["due_date"], self.ctx.lang) or "–"),
        ]
        if self.tracker.is_overdue(r):
            facts[-1] += " ⚠ " + translate("Tracker", "überfällig")
        self.facts.setText("   ·   ".join(facts))
        set_role(self.facts, "overdue" if self.tracker.is_overdue(r) else "text")
        self.progress.setValue(int(r["progress"]))
        self.next_steps.setPlainText(r["next_steps"] or "")
        self.effects_panel.load(r["id"])
        self.waterfall.recompute()
        self.swot.setText(self._swot_text(int(r["number"])))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.numbers) - 1)
        self._loading = False

    def _swot_text(self, number: int) -> str:
        """Which SWOT items this recommendation answers (ids and short texts), for the steering group."""
        try:
            links = swot.links_for_recommendation(self.tracker.con, number)
        except Exception:  # noqa: BLE001 - no SWOT table in this database (older file, snapshot)
            return ""
        if not links:
            return ""
        parts = [f"{it.id} {it.text_en if self.ctx.lang == 'en' and it.text_en else it.text}" for it in links]
        return translate("Tracker", "Beantwortet SWOT:") + "\n" + "\n".join(f"• {p}" for p in parts)

    def next(self) -> None:
        if self.save_next_steps() and self.index < len(self.numbers) - 1:
            self.show_index(self.index + 1)

    def previous(self) -> None:
        if self.save_next_steps() and self.index > 0:
            self.show_index(self.index - 1)

    # ------------------------------------------------------------------ edits
    def _commit(self, changes: dict[str, object], what: str) -> bool:
        if self.tracker.read_only:
            return True
        try:
            done = self.tracker.update_item(self.current_id, changes)
        except Exception as exc:  # noqa: BLE001 - validation or database error: the reason is shown, nothing lost
            self.state.setText(self.ctx.present_error(exc, dialog=False))
            set_role(self.state, saved_role(False))
            return False
        if done:
            self.state.setText(translate("Tracker", "Gespeichert") + f" {dt.datetime.now():%H:%M:%S}: {what}")
            set_role(self.state, saved_role(True))
            if self.on_committed:
                self.on_committed(done, what)
            self.changed.emit()
            if "status" in changes:
                self.waterfall.recompute()  # the recommendation's own effects count by its status
        return True

    def _panel_committed(self, changes: list[Change], what: str) -> None:
        """A measure's status or an effect's size changed in the panel: saved, on the undo stack, waterfall new."""
        self.state.setText(translate("Tracker", "Gespeichert") + f" {dt.datetime.now():%H:%M:%S}: {what}")
        set_role(self.state, saved_role(True))
        if self.on_committed:
            self.on_committed(changes, what)
        self.waterfall.recompute()

    def _panel_failed(self, text: str) -> None:
        self.state.setText(text)
        set_role(self.state, saved_role(False))

    def _color_status(self, status: str) -> None:
        tint(self.status, STATUS_COLORS.get(status, WHITE), "QComboBox")

    def _status_changed(self) -> None:
        self._color_status(str(self.status.currentData()))
        if not self._loading:
            self._commit({"status": self.status.currentData()}, translate("Tracker", "Status"))

    def _progress_changed(self) -> None:
        if not self._loading:
            self._commit({"progress": self.progress.value()}, translate("Tracker", "Fortschritt"))

    def save_next_steps(self) -> bool:
        if self._loading:
            return True
        current = (self.tracker.item(self.current_id)["next_steps"] or "").strip()
        text = self.next_steps.toPlainText().strip()
        if text == current:
            return True
        return self._commit({"next_steps": text}, translate("Tracker", "Nächste Schritte"))

    def save_meeting(self) -> None:
        try:
            self.tracker.add_meeting(self.log_date.text(), self.log_attendees.text(),
                                     self.log_decisions.toPlainText())
        except Exception as exc:  # noqa: BLE001 - validation or database error: the entries stay in the form
            self.state.setText(self.ctx.present_error(exc, dialog=False))
            set_role(self.state, saved_role(False))
            return
        self.log_attendees.clear()
        self.log_decisions.clear()
        self.state.setText(translate("Tracker", "Sitzungsprotokoll gespeichert") + f" {dt.datetime.now():%H:%M:%S}")
        set_role(self.state, saved_role(True))
        self._fill_log()
        self.changed.emit()

    def _fill_log(self) -> None:
        self.log_list.clear()
        for m in self.tracker.meetings():
            self.log_list.addItem(f"{fmt_date(m['date'], self.ctx.lang)} – {m['attendees']}\n{m['decisions']}")

    def refresh(self) -> None:
        """Reload after edits elsewhere (undo, tree)."""
        self.show_index(self.index)
        self._fill_log()
