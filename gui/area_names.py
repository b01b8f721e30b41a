"""English names of the comparison areas for display.

resources/regions/irmd.json names the states and Germany in German only (district names are proper
names and stay as they are); the GUI shows these through Qt's translation (context "AreaNames").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

AREA_NAMES = (
    QT_TRANSLATE_NOOP("AreaNames", "Deutschland"),
    QT_TRANSLATE_NOOP("AreaNames", "Sachsen"),
    QT_TRANSLATE_NOOP("AreaNames", "Sachsen-Anhalt"),
    QT_TRANSLATE_NOOP("AreaNames", "Thüringen"),
)


def area_label(name: str | None) -> str:
    """``name`` in the UI language if it is a comparison area, else unchanged ("" for None)."""
    if not name:
        return ""
    return QCoreApplication.translate("AreaNames", name) if name in AREA_NAMES else name
