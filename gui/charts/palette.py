"""The one colour palette of the app: a colour per Gewerbegruppe, series colours, the sequential map
scale and chart sizes. Every chart, map and export takes its colours from here so that a group has
the same colour everywhere.

Group colours are the Okabe–Ito set (distinguishable with the common colour-vision deficiencies).
The map scale is a light-to-dark blue ramp (ColorBrewer "Blues"-like, 7 stops), interpolated linearly.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from core.datastore import GEWERBEGRUPPEN

GROUP_COLORS: dict[str, str] = dict(
    zip(
        GEWERBEGRUPPEN,
        ("#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#7F6A4F"),
        strict=True,
    )
)

# Short names for chart labels (the full names stay in tables and tooltips).
GROUP_SHORT: dict[str, tuple[str, str]] = dict(
    zip(
        GEWERBEGRUPPEN,
        (
            ("Bauhaupt", "Construction"),
            ("Ausbau", "Finishing"),
            ("Gewerbl. Bedarf", "Commercial"),
            ("Kfz", "Motor vehicles"),
            ("Lebensmittel", "Food"),
            ("Gesundheit", "Health"),
            ("Privater Bedarf", "Private"),
        ),
        strict=True,
    )
)

# Series colours for line charts (area comparisons): selected area, region, Germany, further areas.
SERIES = ("#0B4F8A", "#D55E00", "#555555", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F6A4F", "#000000")
POPULATION = "#0B4F8A"
BUSINESSES = "#D55E00"
ESTIMATE_TEXT = "#8A5A00"  # text colour of estimated cells and the "Schätzung" badge
ESTIMATE_BG = "#FFF4D6"
SELECTION = "#FFD400"  # outline of the selected district on the map
NO_DATA = "#D9D9D9"

SEQUENTIAL: tuple[str, ...] = ("#DEEBF7", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#084594")

CHART_FONT_PT = 11  # smallest font in charts
TITLE_FONT_PT = 13
LINE_WIDTH = 3


def group_color(group: str) -> QColor:
    return QColor(GROUP_COLORS.get(group, "#777777"))


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
    return QColor("#000000") if lum > 0.45 else QColor("#FFFFFF")


def chart_font(pt: int = CHART_FONT_PT, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(pt)
    f.setBold(bold)
    return f
