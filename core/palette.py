"""The one colour palette of the app as plain hex strings (no Qt), shared by the GUI's charts and map
(``gui/charts/palette.py`` wraps these in QColor) and the Excel charts (``core/export``), so a craft
group, an area or a status has the same colour on screen, on a slide and in a workbook.

Group colours are the Okabe–Ito set (distinguishable with the common colour-vision deficiencies):
Bauhauptgewerbe orange, Ausbaugewerbe blue, gewerblicher Bedarf green, Kfz yellow-orange, Lebensmittel
purple, Gesundheit sky blue, privater Bedarf brown. The map scale is a light-to-dark blue ramp
(ColorBrewer "Blues"-like, 7 stops).
"""

from __future__ import annotations

from core.gewerbegruppen import GEWERBEGRUPPEN

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
ESTIMATE_BORDER = "#E8C77A"  # frame of the "Schätzung" badge and notes
SELECTION = "#FFD400"  # outline of the selected district on the map
NO_DATA = "#D9D9D9"
SEQUENTIAL: tuple[str, ...] = ("#DEEBF7", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#084594")

# Tracker statuses: strong colours for charts and slides, light ones as row/field backgrounds.
STATUS_COLORS: dict[str, str] = {
    "offen": "#9AA3AD",
    "geplant": "#56B4E9",
    "in Umsetzung": "#E69F00",
    "umgesetzt": "#009E73",
    "zurückgestellt": "#CC79A7",
}
STATUS_BACKGROUNDS: dict[str, str] = {
    "offen": "#E3E6EA",
    "geplant": "#CFE3F7",
    "in Umsetzung": "#FFE3A3",
    "umgesetzt": "#CDEBC4",
    "zurückgestellt": "#E6DAF0",
}
OVERDUE = "#C62828"


def group_color(group: str) -> str:
    return GROUP_COLORS.get(group, "#777777")


def series_color(i: int) -> str:
    return SERIES[i % len(SERIES)]


# Neutral ink of charts and the map (text, axes, reference lines, outlines).
BLACK = "#000000"
WHITE = "#FFFFFF"
INK_STRONG = "#1A1A1A"  # names beside the portfolio bubbles
INK = "#222222"  # chart text, value labels, chart keys
INK_MID = "#333333"  # reference line LQ = 1, hovered district outline
INK_SOFT = "#444444"  # zero line
INK_GREY = "#555555"  # quadrant cross, break labels
INK_SLATE = "#4A5563"  # leader lines from names to bubbles
INK_QUADRANT = "#3A4654"  # quadrant names of the portfolio
AXIS = "#777777"  # axis lines; colour of an unknown group
GUIDE = "#888888"  # census break line, frame of the map scale
SELECTED_OUTLINE = "#111111"  # outline of the selected district
STATE_OUTLINE = "#9A9A9A"  # Land borders behind the districts (dashed)
STATE_FILL = "#EDEDE8"
MAP_BACKGROUND = "#F7F7F4"
OTHER_AREA = "#9AA5B1"  # bars of areas not chosen in the comparison
OTHER_AREA_ROW = "#F1F4F8"  # their table rows
OVERDUE_EDGE = "#7A0000"  # edge of the overdue bars in the status chart
# Forecast with and without measures, and the waterfall of their contributions.
WITHOUT_MEASURES = "#6B7280"
WITH_MEASURES = "#2E7D32"
WATERFALL_TOTAL = "#1F4E79"
WATERFALL_CLOSES = "#2E7D32"
WATERFALL_WIDENS = "#C62828"
WATERFALL_REST = "#8C8C8C"
# Sensitivity bars of the forecast: assumption at the lower / upper end of its range.
SENSITIVITY_LOW = "#56B4E9"
SENSITIVITY_HIGH = "#D55E00"
# Quadrant tints of the Branchenportfolio (growing lead, potential, shrinking strength, problem).
QUADRANT_TINTS = ("#E8F5E9", "#E3F2FD", "#FFF8E1", "#FDECEA")
# Painted pages (PDF report, presentation slides).
ACCENT = "#1f4e79"  # dark blue: header band, highlighted district, selected tab
MUTED = "#5f6368"  # secondary text, source lines
GRID = "#e3e6ea"
TRACK = "#e9ecf0"  # empty part of a progress bar; inactive tab
ROW_STRIPE = "#f3f5f8"  # every other table row
TILE_BG = "#f3f6fa"  # key-figure tiles of the report
PANEL_BG = "#fafbfc"  # chart panels of the report
HEADER_SUBTITLE = "#dbe6f2"  # subtitle on the dark header band
PRINT_STATE_BORDER = "#c8ccd2"  # Land borders on the printed map
PRINT_AREA_FILL = "#dfe6ee"  # districts without a value on the printed map
# Portfolio quadrant tints on the slide (growing lead, potential, shrinking strength, problem).
SLIDE_QUADRANT_TINTS = ("#e8f3ec", "#eef4fb", "#fdf5e6", "#fbeceb")
# SWOT slide: (category, bar, background).
SWOT_SLIDE_QUADRANTS = (
    ("strengths", "#2e7d4f", "#eef7f1"),
    ("weaknesses", "#b3412f", "#fbefed"),
    ("opportunities", "#1f5f9e", "#eef4fb"),
    ("threats", "#a86200", "#fdf5e6"),
)
