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
