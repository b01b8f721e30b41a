"""Shared look of the tracker views: status colours, labels, the read-only banner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from core import palette
from core.tracker.model import STATUSES, status_label
from core.tracker.seed import by_number
from gui.style import WHITE

# Background per status (light, readable with dark text); overdue is marked in red text.
STATUS_COLORS = palette.STATUS_BACKGROUNDS  # row and field backgrounds
STATUS_BAR_COLORS = palette.STATUS_COLORS  # stronger versions for the chart
OVERDUE = palette.OVERDUE


def status_color(status: str) -> QColor:
    return QColor(STATUS_COLORS.get(status, WHITE))


def fill_status_combo(combo: QComboBox, lang: str) -> None:
    """Items show the label in ``lang``; the stored German status is the item data."""
    combo.clear()
    for s in STATUSES:
        combo.addItem(status_label(s, lang), s)


def set_combo_status(combo: QComboBox, status: str) -> None:
    i = combo.findData(status)
    combo.setCurrentIndex(max(i, 0))


def read_only_banner(parent: QWidget | None = None, reason: str = "") -> QLabel:
    """The banner of a read-only tracker; ``reason`` (already translated) when it is not another window."""
    text = QCoreApplication.translate("Tracker", "Nur Lesezugriff: %1").replace("%1", reason) if reason else \
        QCoreApplication.translate(
            "Tracker",
            "Nur Lesezugriff: Die Datenbank ist in einem anderen Fenster geöffnet. Sie sehen eine Kopie; "
            "Änderungen bitte im anderen Fenster vornehmen.",
        )
    lab = QLabel(text, parent)
    lab.setObjectName("readOnlyBanner")
    lab.setWordWrap(True)
    return lab


def item_title(row: dict, lang_code: str) -> str:
    """Our English short title for a study recommendation in the English UI; measures keep their title."""
    if lang_code == "en" and row.get("kind") == "recommendation" and row.get("number"):
        return by_number(int(row["number"])).title_en
    return str(row.get("title") or "")


def saved_role(ok: bool) -> str:
    """The ``gui.style`` role of a save-state line: green "saved" or red "could not save"."""
    return "savedOk" if ok else "savedFailed"
