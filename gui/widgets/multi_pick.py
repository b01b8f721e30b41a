"""A tool button with a menu of check boxes: pick some of a list (none ticked = all)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class _StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while boxes are ticked."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        action = self.activeAction()
        if action is not None and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class MultiPick(QToolButton):
    """Pick some of a list (none = all); the button text lists the choice."""

    changed = Signal()

    def __init__(self, options: list[tuple[str, str]], all_text: str, parent: QWidget | None = None,
                 elide_width: int = 200) -> None:
        super().__init__(parent)
        self.all_text = all_text
        self.elide_width = elide_width
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_ = _StayOpenMenu(self)
        self.all_action = QAction(all_text, self.menu_)
        self.all_action.triggered.connect(lambda: self.set_values([]))
        self.menu_.addAction(self.all_action)
        self.menu_.addSeparator()
        self.actions_: dict[str, QAction] = {}
        for value, label in options:
            a = QAction(label, self.menu_)
            a.setCheckable(True)
            a.setData(value)
            a.toggled.connect(self._toggled)
            self.menu_.addAction(a)
            self.actions_[value] = a
        self.setMenu(self.menu_)
        self._update_text()

    def values(self) -> list[str]:
        return [v for v, a in self.actions_.items() if a.isChecked()]

    def set_values(self, values: list[str]) -> None:
        for v, a in self.actions_.items():
            a.blockSignals(True)
            a.setChecked(v in values)
            a.blockSignals(False)
        self._update_text()
        self.changed.emit()

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = [a.text() for a in self.actions_.values() if a.isChecked()]
        text = ", ".join(chosen) if chosen else self.all_text
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.elide_width))
        self.setToolTip(text)
