"""The look of the app: Fusion style (same on Windows, macOS, Linux, offscreen and Xvfb), a light
palette, a larger base font for advisors reading on laptops, and a small style sheet for the shell.
Tabs may use the object names ``sourceLine``, ``banner``, ``placeholder`` and the colours below.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from core import palette

BASE_POINT_SIZE = 11
ACCENT = "#1f4e79"  # dark blue (headings, selected tab)
ESTIMATE = palette.ESTIMATE_TEXT  # the one "Schätzung" colour (core.palette)
ESTIMATE_BG = palette.ESTIMATE_BG
MUTED = "#5f6368"

STYLE_SHEET = f"""
QMainWindow {{ background: #f5f6f8; }}
QTabWidget::pane {{ border: 1px solid #d0d4da; border-radius: 4px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 9px 22px; margin-right: 2px; border: 1px solid #d0d4da; border-bottom: none;
               border-top-left-radius: 4px; border-top-right-radius: 4px; background: #e9ecf0; color: #333; }}
QTabBar::tab:selected {{ background: white; color: {ACCENT}; font-weight: bold; }}
QTabBar::tab:hover:!selected {{ background: #f1f3f5; }}
QLabel#banner {{ background: #fff4d6; border: 1px solid #e8c96a; border-radius: 4px; padding: 8px 12px;
                 color: #5a4300; }}
QLabel#placeholderText {{ color: {MUTED}; font-size: {BASE_POINT_SIZE + 3}pt; }}
QLabel#sourceLine {{ color: {MUTED}; font-size: {BASE_POINT_SIZE - 1}pt; }}
QStatusBar {{ background: #eceff3; border-top: 1px solid #d0d4da; }}
QStatusBar QLabel {{ padding: 2px 10px; }}
QLabel#estimateBadge[active="true"] {{ background: {ESTIMATE_BG}; color: {ESTIMATE}; font-weight: bold;
                                       border-radius: 3px; }}
QLabel#estimateBadge[active="false"] {{ color: {MUTED}; }}
QLabel#readOnlyBadge {{ background: #fff4d6; color: #5a4300; font-weight: bold; border-radius: 3px; }}
"""


def apply(app: QApplication) -> None:
    """Once per application (re-applying a style sheet re-polishes every live widget)."""
    if app.property("hwm_styled"):
        return
    app.setProperty("hwm_styled", True)
    app.setStyle("Fusion")
    pal = app.style().standardPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
