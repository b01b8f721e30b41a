"""The app's palette for Qt: the colours of ``core.palette`` (shared with the Excel export) as QColor,
the sequential map scale interpolated linearly, and chart font sizes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

# The colours themselves live in core (the Excel charts use them too).
from core.palette import (
    AXIS,
    BLACK,
    BUSINESSES,
    ESTIMATE_BG,
    ESTIMATE_TEXT,
    GROUP_COLORS,
    GROUP_SHORT,
    NO_DATA,
    POPULATION,
    SELECTION,
    SEQUENTIAL,
    SERIES,
    WHITE,
)

__all__ = ["BUSINESSES", "ESTIMATE_BG", "ESTIMATE_TEXT", "GROUP_COLORS", "GROUP_SHORT", "NO_DATA", "POPULATION",
           "SELECTION", "SEQUENTIAL", "SERIES", "chart_font", "group_color", "group_short", "sequential", "text_on"]

CHART_FONT_PT = 11  # smallest font in charts
TITLE_FONT_PT = 13
LINE_WIDTH = 3


def group_color(group: str) -> QColor:
    return QColor(GROUP_COLORS.get(group, AXIS))


def group_short(group: str, lang: str = "de") -> str:
    de, en = GROUP_SHORT.get(group, (group, group))
    return en if lang == "en" else de


def sequential(t: float) -> QColor:
    """Colour at position ``t`` in [0, 1] of the map scale (clamped; NaN gives the no-data grey)."""
    if t != t:  # NaN
        return QColor(NO_DATA)
    t = min(1.0, max(0.0, t))
    pos = t * (len(SEQUENTIAL) - 1)
    i = min(int(pos), len(SEQUENTIAL) - 2)
    f = pos - i
    a, b = QColor(SEQUENTIAL[i]), QColor(SEQUENTIAL[i + 1])
    return QColor(
        round(a.red() + (b.red() - a.red()) * f),
        round(a.green() + (b.green() - a.green()) * f),
        round(a.blue() + (b.blue() - a.blue()) * f),
    )


def text_on(bg: QColor) -> QColor:
    """Black or white, whichever reads better on ``bg`` (relative luminance threshold)."""
    lum = 0.2126 * bg.redF() + 0.7152 * bg.greenF() + 0.0722 * bg.blueF()
    return QColor(BLACK) if lum > 0.45 else QColor(WHITE)


def chart_font(pt: int = CHART_FONT_PT, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(pt)
    f.setBold(bold)
    return f
