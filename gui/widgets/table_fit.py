"""Small tables that show every row: the height follows the header and the rows (no vertical scroll bar).

``fit_rows(view)`` sets the view's fixed height to header + all rows + frame; call it after the model
changed (it also re-fits when rows are inserted or the model is reset) — a table of seven groups then
never shows four rows and hides three below a scroll bar, whatever the font or header wrapping.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView


def fitted_height(view: QTableView) -> int:
    """Header + every row + frame (+ the horizontal scroll bar if it shows)."""
    header = view.horizontalHeader()
    head = header.height() if header.isVisible() else 0
    head = max(head, header.sizeHint().height() if header.isVisible() else 0)
    rows = view.verticalHeader().length()
    bar = view.horizontalScrollBar()
    extra = bar.sizeHint().height() if bar.isVisible() else 0
    return head + rows + 2 * view.frameWidth() + extra + 1


def fit_rows(view: QTableView) -> None:
    """Fix the height to show all rows now and whenever the model changes."""
    view.setVerticalScrollBarPolicy(view.verticalScrollBarPolicy())
    view.setFixedHeight(fitted_height(view))
    if not view.property("hwm_fit_rows"):
        view.setProperty("hwm_fit_rows", True)
        model = view.model()

        def refit() -> None:  # after the view laid out the change; cancelled if the view is gone
            QTimer.singleShot(0, view, lambda: view.setFixedHeight(fitted_height(view)))

        if model is not None:
            model.modelReset.connect(refit)
            model.rowsInserted.connect(refit)
            model.rowsRemoved.connect(refit)
            model.layoutChanged.connect(refit)
        view.horizontalHeader().sectionResized.connect(lambda *_: refit())


def rows_hidden(view: QAbstractItemView) -> int:
    """Rows of a table view that lie below its visible area (0 = all shown)."""
    if not isinstance(view, QTableView) or view.model() is None:
        return 0
    vh = view.verticalHeader()
    needed = vh.length()
    have = view.viewport().height()
    if needed <= have + 1:
        return 0
    hidden = 0
    for row in range(view.model().rowCount()):
        if vh.sectionViewportPosition(row) + vh.sectionSize(row) > have + 1:
            hidden += 1
    return hidden


def fit_columns(view: QTableView, stretch: int | tuple[int, ...], wrap: bool = True) -> None:
    """Every column as wide as its content except the ``stretch`` column(s), which share the rest of the
    width (their text wraps, rows grow): the numbers are always in view, never behind a horizontal scroll
    bar."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    hh = view.horizontalHeader()
    hh.setStretchLastSection(False)
    hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for col in (stretch,) if isinstance(stretch, int) else stretch:
        hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
