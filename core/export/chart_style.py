"""The look of the Excel charts, shared by every sheet: the app's palette (``core.palette``), straight
lines (no smoothing: a forecast is a series of yearly values, not a curve), category labels at the
low end of the value axis (not on the zero line across the data when values are negative), a
moderate title size.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart._chart import ChartBase
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.line import LineProperties
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun

LINE_EMU = 28575  # 2.25 pt
TITLE_SIZE = 1200  # hundredths of a point


def _hex(color: str) -> str:
    return color.lstrip("#").upper()


def title(chart: ChartBase, text: str) -> None:
    """Chart title in 12 pt bold (LibreOffice's default is 18 pt and crowds small charts)."""
    props = CharacterProperties(sz=TITLE_SIZE, b=True)
    para = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)])
    chart.title = Title(tx=Text(rich=RichText(p=[para])), overlay=False)


def labels_low(chart: ChartBase) -> None:
    """Category labels at the low end of the value axis."""
    chart.x_axis.tickLblPos = "low"


def lines(chart: ChartBase, colors: Sequence[str]) -> None:
    """Straight lines without markers, one palette colour per series."""
    for s, color in zip(chart.series, colors, strict=False):
        s.smooth = False
        s.marker.symbol = "none"
        s.graphicalProperties = GraphicalProperties(ln=LineProperties(solidFill=_hex(color), w=LINE_EMU))


def fills(chart: ChartBase, colors: Sequence[str]) -> None:
    """Solid fill per series (bars, bubbles)."""
    for s, color in zip(chart.series, colors, strict=False):
        s.graphicalProperties = GraphicalProperties(solidFill=_hex(color))
        s.graphicalProperties.line.solidFill = _hex(color)


def point_fills(chart: ChartBase, colors: Sequence[str]) -> None:
    """One colour per data point of the first series (e.g. a bar per status)."""
    s = chart.series[0]
    s.dPt = [DataPoint(idx=i, invertIfNegative=False, spPr=GraphicalProperties(solidFill=_hex(c)))
             for i, c in enumerate(colors)]


def _rgb(fill: object) -> str | None:
    # dynamic: openpyxl's fill objects differ by fill type; only a solid RGB fill has ``srgbClr``/``val``
    clr = getattr(fill, "srgbClr", None) if fill is not None else None
    if clr is None:
        return None
    return str(getattr(clr, "val", clr))  # dynamic: a colour object carries ``val``, a plain string is the value


def series_colors(chart: ChartBase) -> list[str | None]:
    """The colour each series is drawn with (for tests): line colour, else fill."""
    out: list[str | None] = []
    for s in chart.series:
        gp = s.graphicalProperties
        color = None
        if gp is not None:
            color = _rgb(gp.line.solidFill) if gp.line is not None else None
            color = color or _rgb(gp.solidFill)
        out.append(f"#{color}" if color else None)
    return out
