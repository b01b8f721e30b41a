"""The presentation window: full screen, one slide at a time, keyboard and presenter-remote navigation.

Keys: → ↓ PageDown Space Enter = next; ← ↑ PageUp Backspace = back; Home/End = first/last; Esc = leave.
(Presenter remotes send PageUp/PageDown.) The layout scales with the window height, so it reads the
same on a 1366×768 laptop and a 1920×1080 projector.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from core.palette import WHITE
from gui.presentation.base import Slide, upt
from gui.report import painting as pa

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
PREV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class PresentationWindow(QWidget):
    """Paints ``slides[index]`` with a title bar and a footer (source, slide number)."""

    slide_changed = Signal(int)

    def __init__(self, slides: list[Slide], subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(self.tr("Präsentation – Handwerksmonitor Mitteldeutschland"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.slides = slides
        self.subtitle = subtitle
        self.index = 0

    # -- navigation ------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(len(self.slides) - 1, index))
        if index != self.index:
            self.index = index
            self.slide_changed.emit(index)
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.go(self.index + 1)
        elif key in PREV_KEYS:
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        else:
            super().keyPressEvent(event)

    @property
    def current(self) -> Slide | None:
        return self.slides[self.index] if self.slides else None

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = float(self.width()), float(self.height())
        u = h / 100.0
        p.fillRect(self.rect(), QColor(WHITE))
        margin = max(3 * u, w * 0.035)
        slide = self.current
        # title bar
        p.fillRect(QRectF(0, 0, w, 12 * u), pa.ACCENT)
        title = slide.title if slide else self.tr("Keine Folien")
        size = pa.fit_text(p, title, upt(p, u, 4.6), w - 2 * margin - 20 * u, bold=True)
        pa.text(
            p,
            QRectF(margin, 0, w - 2 * margin - 18 * u, 12 * u),
            title,
            size,
            QColor(WHITE),
            bold=True,
            align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )
        if slide and slide.estimate:
            pa.badge(p, w - margin - 14 * u, 4 * u, self.tr("Schätzung"), upt(p, u, 2.0))
        # footer
        foot = QRectF(margin, h - 6.5 * u, w - 2 * margin, 5 * u)
        p.setPen(pa.GRID)
        p.drawLine(int(margin), int(foot.top() - u), int(w - margin), int(foot.top() - u))
        if slide:
            pa.fit_wrapped(
                p,
                QRectF(foot.left(), foot.top(), foot.width() * 0.88, foot.height() + 1.2 * u),
                slide.source,
                upt(p, u, 1.6),
                pa.MUTED,
                min_pt=6.5,
            )
        pa.text(
            p,
            foot,
            f"{self.index + 1} / {len(self.slides)}" if self.slides else "",
            upt(p, u, 2.0),
            pa.MUTED,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        if slide is None:
            pa.text(
                p,
                QRectF(0, 12 * u, w, 80 * u),
                self.tr("Für die Präsentation liegen noch keine Daten vor."),
                upt(p, u, 3),
                pa.MUTED,
                align=Qt.AlignmentFlag.AlignCenter,
            )
            return
        content = QRectF(margin, 16 * u, w - 2 * margin, h - 16 * u - 9.5 * u)
        slide.paint(p, content, u)
        p.end()
