"""The look of the app in one place: Fusion style (same on Windows, macOS, Linux, offscreen and Xvfb), a
light palette, a larger base font for advisors reading on laptops, and the one application style sheet.

Widgets get their look from a *role* (``set_role(label, "sectionTitle")`` sets the dynamic property
``role`` and re-polishes) or from an object name (``sourceLine``, ``banner``, ``estimateBadge`` …); the
rules below say what a role looks like. Colours are named constants: the shared ones come from
``core.palette`` (the "Schätzung" colour, statuses), the GUI-only ones are defined here. No other gui
module writes a style sheet or a hex colour; only data-dependent backgrounds (a status per row, a SWOT
category) are set per widget, through ``tint``. ``tests/gui/test_style_policy.py`` enforces this.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from core import palette
from gui.charts.palette import CHART_FONT_PT

BASE_POINT_SIZE = 11

# -- colours -------------------------------------------------------------------------------------------
ACCENT = palette.ACCENT  # dark blue (selected tab, highlight, links)
TITLE = "#0B2E4F"  # navy of page titles and key figures
ESTIMATE = palette.ESTIMATE_TEXT  # the one "Schätzung" colour (core.palette)
ESTIMATE_BG = palette.ESTIMATE_BG
ESTIMATE_BORDER = palette.ESTIMATE_BORDER
OVERDUE = palette.OVERDUE  # also "could not save"
WHITE = "#FFFFFF"
TEXT = "#333333"  # body text in cards and explanations
TEXT_SOFT = "#444444"  # small explanations under charts and tables
HINT = "#555555"  # hints and source texts
SECONDARY = "#4A5563"  # captions, subtitles, intros
MUTED = palette.MUTED  # "loading …", inactive badge, source lines
CHART_TEXT = "#222222"  # chart keys
SUCCESS = "#1B5E20"  # saved; measures raise the forecast
ERROR = "#8A1C1C"  # an input the forecast cannot use
ERROR_STRONG = "#9A1C1C"  # the portfolio cannot be computed
DIALOG_ERROR = "#a50e0e"  # export dialog validation
SUCCESSION = "#8A3B12"  # owners near retirement (register)
NOTE_TEXT = "#4A3700"  # notes on comparability breaks and anchor steps
NOTE_BG = palette.ESTIMATE_BG
NOTE_BORDER = "#D9A400"
BANNER_BG = "#fff4d6"
BANNER_BORDER = "#e8c96a"
BANNER_TEXT = "#5a4300"
READ_ONLY_TEXT = "#6B4500"  # read-only tracker banner
READ_ONLY_FIELD_BG = "#EEF0F2"
PANEL_BG = "#F4F6F8"  # boxed study text
PANEL_BG_ALT = "#F4F6F9"  # forecast comparison direction box
BORDER = "#D6DCE4"  # cards and boxes
WINDOW_BG = "#f5f6f8"
FRAME = "#d0d4da"  # tab pane, tabs, status bar line
TAB_BG = "#e9ecf0"
TAB_HOVER = "#f1f3f5"
STATUS_BAR_BG = "#eceff3"
PUBLISHED_ROW_BG = "#EEF3F8"  # published projections in the forecast comparison table
SCREENSHOT_CAPTION = "#8a8f98"  # caption of --screenshot images
SWOT_BACKGROUNDS = {"strengths": "#E3F1E3", "weaknesses": "#FBE5E1", "opportunities": "#E1EEFA", "threats": "#FFF1D6"}

_B = BASE_POINT_SIZE


def _role(name: str, rule: str, children: bool = False) -> str:
    """A rule for widgets with ``role == name``; ``children`` = also for their child widgets (scroll bars,
    headers, viewport) as a selector-less style sheet set on the widget itself applied to them."""
    sel = f'*[role="{name}"]'
    return f"{sel}, {sel} * {{ {rule} }}" if children else f"{sel} {{ {rule} }}"


_ROLES = "\n".join(
    [
        # titles
        _role("pageTitle", f"font-size: 19pt; font-weight: 700; color: {TITLE};"),
        _role("detailTitle", f"font-size: 14pt; font-weight: 700; color: {TITLE};"),
        _role("panelTitle", "font-size: 13pt; font-weight: 600;"),
        _role("sectionTitle", "font-size: 12pt; font-weight: 600;"),
        _role("strong", "font-weight: 600;"),
        _role("titleColor", f"color: {TITLE};"),
        _role("subtitle", f"font-size: {_B}pt; color: {SECONDARY};"),
        # body text
        _role("body", f"font-size: {_B}pt;", children=True),
        _role("small", f"font-size: {_B - 1}pt;", children=True),
        _role("largeText", "font-size: 13pt;"),
        _role("pageMessage", f"font-size: 13pt; color: {TEXT_SOFT};"),
        _role("text", f"color: {TEXT};"),
        _role("figureValue", f"color: {TITLE}; font-size: 20pt; font-weight: 700;"),
        _role("figureDetail", f"color: {TEXT}; font-size: {_B}pt;"),
        _role("secondary", f"color: {SECONDARY};"),
        _role("emptyMessage", f"color: {SECONDARY}; font-style: italic;"),
        _role("hint", f"color: {HINT};"),
        _role("smallHint", f"color: {HINT}; font-size: {_B - 1}pt;"),
        _role("smallNote", f"color: {TEXT_SOFT}; font-size: {_B - 1}pt;"),
        _role("muted", f"color: {MUTED};"),
        # states
        _role("success", f"color: {SUCCESS};"),
        _role("measuresLine", f"font-size: {_B}pt; color: {SUCCESS};"),
        _role("overdue", f"color: {OVERDUE};"),
        _role("savedOk", f"color: {SUCCESS}; font-weight: 600;"),
        _role("savedFailed", f"color: {OVERDUE}; font-weight: 600;"),
        _role("unsaved", f"color: {ESTIMATE}; font-weight: 600;"),
        _role("error", f"color: {ERROR};"),
        _role("dialogError", f"color: {DIALOG_ERROR};"),
        _role("errorMessage", f"color: {ERROR_STRONG}; font-size: {_B}pt; font-weight: 600;"),
        _role("succession", f"font-size: 12pt; font-weight: 600; color: {SUCCESSION};"),
        _role("readOnlyField", f"background: {READ_ONLY_FIELD_BG}; color: {TEXT};", children=True),
        # "Schätzung" and notes
        _role("estimateTag", f"color: {ESTIMATE}; background: {ESTIMATE_BG}; border: 1px solid {ESTIMATE_BORDER};"
                             "border-radius: 3px; padding: 1px 6px; font-weight: 600;"),
        _role("mapEstimate", f"color: {ESTIMATE}; background: {ESTIMATE_BG}; padding: 2px 6px;"
                             "border-radius: 3px; font-weight: bold;"),
        _role("estimateText", f"color: {ESTIMATE};"),
        _role("estimateNote", f"color: {ESTIMATE}; font-size: {_B - 1}pt;"),
        _role("estimateBox", f"color: {ESTIMATE}; background: {ESTIMATE_BG}; padding: 4px; border-radius: 3px;"),
        _role("estimateNotice", f"color: {ESTIMATE}; background: {ESTIMATE_BG}; padding: 4px;"),
        _role("stepNote", f"color: {NOTE_TEXT}; background: {NOTE_BG}; border: 1px solid {NOTE_BORDER}; padding: 3px;"),
        _role("anchorNote", f"color: {NOTE_TEXT}; background: {NOTE_BG}; border: 1px solid {NOTE_BORDER}; padding: 4px;"),
        _role("breakNote", f"background: {NOTE_BG}; border: 1px solid {NOTE_BORDER}; color: {NOTE_TEXT};"
                           f"padding: 4px 8px; font-size: {_B - 1}pt;"),
        _role("directionNote", f"font-size: {_B - 1}pt; padding: 3px; background: {PANEL_BG_ALT};"
                               f"border: 1px solid {BORDER};"),
        # SWOT boxes (the category background is data: ``tint``)
        _role("swotBox", "font-size: 13pt; font-weight: 600;"),
        _role("swotList", f"font-size: {_B}pt; font-weight: 400; background: white;", children=True),
    ]
)

STYLE_SHEET = f"""
QMainWindow {{ background: {WINDOW_BG}; }}
QTabWidget::pane {{ border: 1px solid {FRAME}; border-radius: 4px; background: white; top: -1px; }}
QTabBar::tab {{ padding: 9px 22px; margin-right: 2px; border: 1px solid {FRAME}; border-bottom: none;
               border-top-left-radius: 4px; border-top-right-radius: 4px; background: {TAB_BG}; color: {TEXT}; }}
QTabBar::tab:selected {{ background: white; color: {ACCENT}; font-weight: bold; }}
QTabBar::tab:hover:!selected {{ background: {TAB_HOVER}; }}
QLabel#banner {{ background: {BANNER_BG}; border: 1px solid {BANNER_BORDER}; border-radius: 4px; padding: 8px 12px;
                 color: {BANNER_TEXT}; }}
QLabel#placeholderText {{ color: {MUTED}; font-size: {_B + 3}pt; }}
QLabel#sourceLine {{ color: {MUTED}; font-size: {_B - 1}pt; }}
QStatusBar {{ background: {STATUS_BAR_BG}; border-top: 1px solid {FRAME}; }}
QStatusBar QLabel {{ padding: 2px 10px; }}
QLabel#estimateBadge[active="true"] {{ background: {ESTIMATE_BG}; color: {ESTIMATE}; font-weight: bold;
                                       border-radius: 3px; }}
QLabel#estimateBadge[active="false"] {{ color: {MUTED}; }}
QLabel#readOnlyBadge {{ background: {BANNER_BG}; color: {BANNER_TEXT}; font-weight: bold; border-radius: 3px; }}
QLabel#readOnlyBanner {{ background: {ESTIMATE_BG}; color: {READ_ONLY_TEXT}; border: 1px solid {ESTIMATE_BORDER};
                         padding: 6px; font-weight: 600; }}
QLabel#studyText {{ background: {PANEL_BG}; border: 1px solid {BORDER}; padding: 6px; }}
QLabel#chartKey {{ font-size: {CHART_FONT_PT}pt; color: {CHART_TEXT}; }}
#KeyFigureCard {{ background: {WHITE}; border: 1px solid {BORDER}; border-radius: 6px; }}
{_ROLES}
"""


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` the look of ``role`` (a rule in ``STYLE_SHEET``; "" = none). A changed role
    re-polishes the widget and its children, so a live widget (e.g. a save state) changes its look."""
    if (widget.property("role") or "") == role:
        return
    widget.setProperty("role", role)
    from PySide6.QtCore import Qt  # here: the Qt namespace (≈ 25 ms) not before the first paint

    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        _repolish(widget)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    for w in [widget, *widget.findChildren(QWidget)]:
        style.unpolish(w)
        style.polish(w)
        w.update()


def tint(widget: QWidget, color: str, selector: str) -> None:
    """A data-dependent background (a tracker status, a SWOT category): ``color`` from ``core.palette``."""
    widget.setStyleSheet(f"{selector} {{ background: {color}; }}")


def apply(app: QApplication) -> None:
    """Once per application (re-applying a style sheet re-polishes every live widget)."""
    if app.property("hwm_styled"):
        return
    app.setProperty("hwm_styled", True)
    app.setStyle("Fusion")
    pal = app.style().standardPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(WINDOW_BG))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(pal)
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
