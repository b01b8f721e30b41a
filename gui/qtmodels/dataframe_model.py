"""A read-only, sortable table model over a pandas DataFrame, with declared columns.

Each ``Column`` says which DataFrame column it shows, its header, how a value is formatted (locale
formatting lives in ``gui.formatting``) and whether it is an estimate. Estimated cells are shown in
italics and in the estimate colour, and their tooltip says "Schätzung". Sorting uses the raw values
(``Qt.UserRole``), so 1.234 sorts after 987 and NaN goes last.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from gui.charts import palette
from gui.qtmodels.roles import SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    key: str
    header: str
    fmt: Callable[[Any], str] = str
    numeric: bool = True
    estimate: bool = False  # values in this column are estimates ("Schätzung")
    tooltip: str = ""
    color: Callable[[Any], QColor | None] | None = None  # decoration (e.g. the group's colour)


class DataFrameModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], estimate_text: str = "Schätzung", parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.estimate_text = estimate_text
        self.df = pd.DataFrame(columns=[c.key for c in columns])
        self._values: list[list[Any]] = [[] for _ in columns]

    def set_frame(self, df: pd.DataFrame) -> None:
        """Show ``df``. Its columns are copied into plain lists once: ``data()`` runs for every cell on
        every repaint, and pandas cell access (which also copies ``df.attrs``) is far too slow for that.
        Same number of rows as before: the cells are updated in place (row heights and sorting stay)."""
        df = df.reset_index(drop=True)
        n = len(df)
        values = [df[c.key].tolist() if c.key in df.columns else [None] * n for c in self.columns]
        if n == len(self.df) and n > 0:
            self.df = df
            self._values = values
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.df = df
        self._values = values
        self.endResetModel()

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.df)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def raw(self, row: int, col: int) -> Any:
        return self._values[col][row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        v = self.raw(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return col.fmt(v)
        if role == SORT_ROLE:
            if col.numeric:
                return -math.inf if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)
            return str(v)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            h = Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft
            return int(h | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col.estimate:
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and col.estimate:
            return QBrush(QColor(palette.ESTIMATE_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = col.tooltip or col.header
            return f"{tip}: {col.fmt(v)}" + (f" ({self.estimate_text})" if col.estimate else "")
        if role == Qt.ItemDataRole.DecorationRole and col.color is not None:
            return col.color(v)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return (col.tooltip or col.header) + (f" – {self.estimate_text}" if col.estimate else "")
        return None
