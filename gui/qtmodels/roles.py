"""Item-data roles shared by the table models and the widgets that fill tables directly (no pandas here:
the district profile's comparison table imports this on the start-up path)."""

from __future__ import annotations

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole  # the raw value a column sorts by (numbers as numbers)
