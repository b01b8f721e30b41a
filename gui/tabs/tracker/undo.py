"""Undo/redo of tracker edits: each step (undo or redo) is itself a committed edit with history rows.

A command is pushed *after* its edit was committed (the UI showed it as saved), so the first ``redo`` that
QUndoStack.push triggers is skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.tracker.store import Change, Tracker


class EditCommand(QUndoCommand):
    def __init__(self, tracker: Tracker, changes: list[Change], text: str,
                 on_applied: Callable[[str, str], None], on_error: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.tracker = tracker
        self.changes = changes
        self.on_applied = on_applied
        self.on_error = on_error
        self._first = True

    def _apply(self, forward: bool) -> None:
        by_entity: dict[tuple[str, str], dict[str, object]] = {}
        for c in self.changes:
            by_entity.setdefault((c.entity, c.entity_id), {})[c.field] = c.new if forward else c.old
        try:
            for (entity, entity_id), values in by_entity.items():
                self.tracker.update(entity, entity_id, values, note="Wiederholen" if forward else "Rückgängig")
        except Exception as exc:  # noqa: BLE001 - shown to the user, stack stays consistent
            self.on_error(exc)
            return
        c = self.changes[0]
        self.on_applied(c.entity, c.entity_id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


def creation_change(entity: str, entity_id: str) -> list[Change]:
    """Undoing a creation = soft delete; redoing it = undelete."""
    return [Change(entity, entity_id, "deleted", True, False)]
