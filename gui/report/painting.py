"""QPainter building blocks shared by the PDF one-pager and the presentation slides: map, line chart,
bar chart, table, text tiles. Everything is drawn from plain numbers that core computed.

Sizes: rectangles are in device units; fonts are given in points (Qt scales them to the device's DPI),
line widths via :func:`pt` (points -> device units). So one function draws the same picture on a
300-dpi PDF page and on a 96-dpi screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from core import palette
from core.palette import ROW_STRIPE, WHITE

INK = QColor(palette.INK)
MUTED = QColor(palette.MUTED)
GRID = QColor(palette.GRID)
ACCENT = QColor(palette.ACCENT)
ESTIMATE = QColor(palette.ESTIMATE_TEXT)  # the one "Schätzung" colour (core.palette)
ESTIMATE_BG = QColor(palette.ESTIMATE_BG)


def pt(p: QPainter, points: float) -> float:
    """Device units of ``points`` (1/72 inch) on the painter's device."""
    return points * p.device().logicalDpiY() / 72.0


def font(size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def text(
    p: QPainter,
    rect: QRectF,
    s: str,
    size_pt: float,
    color: QColor = INK,
    bold: bool = False,
    italic: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    wrap: bool = False,
) -> QRectF:
    """Draw ``s`` in ``rect``; returns the bounding rect actually used."""
    p.setFont(font(size_pt, bold, italic))
    p.setPen(color)
    flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
    return p.drawText(rect, flags, s)


def fit_wrapped(
    p: QPainter, rect: QRectF, s: str, size_pt: float, color: QColor = MUTED, min_pt: float = 5
) -> QRectF:
    """Wrapped text in ``rect``, shrinking the font until it fits (never clipped mid-line)."""
    size = size_pt
    while size > min_pt:
        p.setFont(font(size))
        need = QFontMetricsF(p.font(), p.device()).boundingRect(rect, int(Qt.TextFlag.TextWordWrap), s)
        if need.height() <= rect.height():
            break
        size -= 0.25
    return text(p, rect, s, size, color, wrap=True)


def fit_text(
    p: QPainter, s: str, size_pt: float, width: float, bold: bool = False, min_pt: float = 6
) -> float:
    """Largest font size <= ``size_pt`` at which ``s`` fits into ``width`` device units."""
    size = size_pt
    while size > min_pt:
        p.setFont(font(size, bold))
        if QFontMetricsF(p.font(), p.device()).horizontalAdvance(s) <= width:
            break
        size -= 0.5
    return size


def badge(p: QPainter, x: float, y: float, label: str, size_pt: float) -> QRectF:
    """A small "Schätzung" marker at (x, y) (top left); returns its rect."""
    p.setFont(font(size_pt, bold=True))
    fm = QFontMetricsF(p.font(), p.device())
    r = QRectF(x, y, fm.horizontalAdvance(label) + pt(p, size_pt * 0.8), fm.height() + pt(p, 1.5))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ESTIMATE_BG)
    p.drawRoundedRect(r, pt(p, 2), pt(p, 2))
    p.setPen(ESTIMATE)
    p.drawText(r, int(Qt.AlignmentFlag.AlignCenter), label)
    return r


# -- charts -------------------------------------------------------------------------------------------
def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """About ``n`` round tick values covering [lo, hi] (steps of 1, 2, 2.5 or 5 × 10^k)."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return [0.0]
    if hi == lo:
        hi, lo = hi + 1, lo - 1
    raw = (hi - lo) / max(1, n)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    out = [round(start, 10)]
    while out[-1] < hi - step * 1e-9:
        out.append(round(out[-1] + step, 10))
    return out


@dataclass
class Line:
    label: str
    values: Sequence[float | None]
    color: QColor
    dashed: bool = False
    width_pt: float = 1.6


def line_segments(
    x: Sequence[int], values: Sequence[float | None], breaks: Sequence[int] = ()
) -> list[list[tuple[int, float]]]:
    """The runs of a line that may be joined: a missing value ends a run, and so does a break year (the first
    year on a new method basis, e.g. a census): no line is ever drawn across it."""
    out: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for xv, v in zip(x, values, strict=False):
        if v is None or not math.isfinite(v) or xv in breaks:
            if current:
                out.append(current)
            current = []
            if v is None or not math.isfinite(v):
                continue
        current.append((xv, float(v)))
    if current:
        out.append(current)
    return out


class _LineFrame:
    """The plot area of a line chart and its data → pixel mapping (years on x, ``ylo``…``yhi`` on y)."""

    def __init__(self, plot: QRectF, x: Sequence[int], ylo: float, yhi: float, fm: QFontMetricsF) -> None:
        self.plot, self.fm = plot, fm
        self.x0, self.x1 = min(x), max(x)
        self.ylo, self.yhi = ylo, yhi

    def xs(self, v: float) -> float:
        if self.x1 > self.x0:
            return self.plot.left() + (v - self.x0) / (self.x1 - self.x0) * self.plot.width()
        return self.plot.center().x()

    def ys(self, v: float) -> float:
        return self.plot.bottom() - (v - self.ylo) / (self.yhi - self.ylo) * self.plot.height()


def draw_line_chart(
    p: QPainter,
    rect: QRectF,
    x: Sequence[int],
    lines: Sequence[Line],
    fmt: Callable[[float], str],
    title: str = "",
    font_pt: float = 7,
    split_x: float | None = None,
    split_label: str = "",
    legend_cols: int = 2,
    breaks: Sequence[int] = (),
    break_label: str = "",
) -> None:
    """Line chart with round y ticks, a zero line, year labels and a legend underneath.
    ``split_x`` draws a vertical marker (e.g. end of data / start of projection). ``breaks`` are years that
    start a new method basis (a census change): no line is drawn from the year before into them, and a
    dashed marker labelled ``break_label`` stands between the two years."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    top = rect.top()
    if title:
        used = text(
            p, QRectF(rect.left(), top, rect.width(), rect.height()), title, font_pt + 1.5, INK, bold=True
        )
        top = used.bottom() + pt(p, 4)
    p.setFont(font(font_pt))
    fm = QFontMetricsF(p.font(), p.device())
    n_leg_rows = math.ceil(len(lines) / max(1, legend_cols))
    legend_h = n_leg_rows * fm.height() * 1.25 + pt(p, 4)
    vals = [v for ln in lines for v in ln.values if v is not None and math.isfinite(v)]
    if not vals or not x:
        text(
            p,
            QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
            QCoreApplication.translate("DistrictReport", "keine Daten"),
            font_pt,
            MUTED,
            align=Qt.AlignmentFlag.AlignCenter,
        )
        p.restore()
        return
    lo, hi = min(vals), max(vals)
    if lo > 0 and (hi - lo) / hi < 0.5:
        pass  # level series (population): keep tight range
    elif lo > 0:
        lo = 0.0
    ticks = nice_ticks(lo, hi, 5)
    label_w = max(fm.horizontalAdvance(fmt(t)) for t in ticks) + pt(p, 4)
    plot = QRectF(
        rect.left() + label_w,
        top + fm.height() / 2,
        rect.width() - label_w - pt(p, 6),
        rect.bottom() - legend_h - fm.height() * 1.6 - top - fm.height() / 2,
    )
    fr = _LineFrame(plot, x, ticks[0], ticks[-1], fm)
    _draw_y_ticks(p, rect, fr, ticks, fmt, label_w)
    _draw_year_labels(p, fr)
    if split_x is not None and fr.x0 < split_x < fr.x1:
        _draw_marker(p, fr, fr.xs(split_x), split_label, font_pt)
    for b in breaks:
        if fr.x0 < b <= fr.x1:
            _draw_marker(p, fr, fr.xs(b - 0.5), break_label, font_pt, right_of_middle=b > (fr.x0 + fr.x1) / 2)
    for ln in lines:
        path = QPainterPath()
        for seg in line_segments(x, ln.values, breaks):
            path.moveTo(QPointF(fr.xs(seg[0][0]), fr.ys(seg[0][1])))
            for xv, v in seg[1:]:
                path.lineTo(QPointF(fr.xs(xv), fr.ys(v)))
        pen = QPen(ln.color, pt(p, ln.width_pt))
        if ln.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    _draw_line_legend(p, rect, fr, lines, legend_cols)
    p.restore()


def _draw_y_ticks(p: QPainter, rect: QRectF, fr: _LineFrame, ticks: list[float], fmt: Callable[[float], str],
                  label_w: float) -> None:
    """Horizontal grid line per tick (the zero line darker) with its label left of the plot."""
    plot, fm = fr.plot, fr.fm
    for t in ticks:
        y = fr.ys(t)
        p.setPen(QPen(MUTED if t == 0 else GRID, pt(p, 0.8 if t == 0 else 0.5)))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        p.drawText(
            QRectF(rect.left(), y - fm.height() / 2, label_w - pt(p, 3), fm.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            fmt(t),
        )


def _draw_year_labels(p: QPainter, fr: _LineFrame) -> None:
    """Every n-th year under the plot so the labels never touch; the last year always."""
    plot, fm, x0, x1 = fr.plot, fr.fm, fr.x0, fr.x1
    step = max(1, math.ceil((x1 - x0 + 1) / max(2, int(plot.width() / (fm.horizontalAdvance("2000") * 2.2)))))
    for i, xv in enumerate(range(x0, x1 + 1)):
        if i % step and xv != x1:
            continue
        if xv != x1 and x1 - xv < step * 0.6:
            continue
        X = fr.xs(xv)
        p.setPen(MUTED)
        lw = fm.horizontalAdvance(str(xv))
        lx = max(plot.left(), min(X - lw / 2, plot.right() - lw))
        p.drawText(
            QRectF(lx, plot.bottom() + pt(p, 3), lw + 2, fm.height()),
            int(Qt.AlignmentFlag.AlignLeft),
            str(xv),
        )


def _draw_marker(p: QPainter, fr: _LineFrame, X: float, label: str, font_pt: float,
                 right_of_middle: bool | None = None) -> None:
    """A dashed vertical line at pixel ``X`` with an italic label at the top: right of the line for the
    projection split (``right_of_middle`` None); for a break, left of it in the right half of the chart."""
    plot, fm = fr.plot, fr.fm
    p.setPen(QPen(MUTED, pt(p, 0.6), Qt.PenStyle.DashLine))
    p.drawLine(QPointF(X, plot.top()), QPointF(X, plot.bottom()))
    if not label:
        return
    p.setFont(font(font_pt - 1, italic=True))
    if right_of_middle is None:
        p.drawText(QRectF(X + pt(p, 2), plot.top(), plot.right() - X, fm.height()), int(Qt.AlignmentFlag.AlignLeft),
                   label)
    else:
        w_label = fm.horizontalAdvance(label) + pt(p, 4)
        box = QRectF(X - w_label - pt(p, 1), plot.top(), w_label, fm.height()) if right_of_middle else QRectF(
            X + pt(p, 2), plot.top(), w_label, fm.height())
        p.drawText(box, int(Qt.AlignmentFlag.AlignRight if right_of_middle else Qt.AlignmentFlag.AlignLeft), label)
    p.setFont(font(font_pt))


def _draw_line_legend(p: QPainter, rect: QRectF, fr: _LineFrame, lines: Sequence[Line], legend_cols: int) -> None:
    """Legend under the plot in ``legend_cols`` columns: a short stroke in the line's pen, the elided label."""
    fm = fr.fm
    ly = fr.plot.bottom() + fm.height() * 1.6
    col_w = rect.width() / max(1, legend_cols)
    for i, ln in enumerate(lines):
        cx = rect.left() + (i % legend_cols) * col_w
        cy = ly + (i // legend_cols) * fm.height() * 1.25
        pen = QPen(ln.color, pt(p, 2.2))
        if ln.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(cx, cy + fm.height() / 2), QPointF(cx + pt(p, 14), cy + fm.height() / 2))
        p.setPen(INK)
        p.drawText(
            QRectF(cx + pt(p, 18), cy, col_w - pt(p, 20), fm.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(ln.label, Qt.TextElideMode.ElideRight, col_w - pt(p, 20)),
        )


def draw_hbar_chart(
    p: QPainter,
    rect: QRectF,
    labels: Sequence[str],
    values: Sequence[float],
    colors: Sequence[QColor],
    fmt: Callable[[float], str],
    font_pt: float = 8,
) -> None:
    """Horizontal bars (one per label) from a zero line; negative values go left."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font(font_pt))
    fm = QFontMetricsF(p.font(), p.device())
    label_w = min(rect.width() * 0.42, max((fm.horizontalAdvance(s) for s in labels), default=0) + pt(p, 8))
    value_w = max((fm.horizontalAdvance(fmt(v)) for v in values), default=0) + pt(p, 6)
    lo = min(0.0, *values) if values else 0.0
    left_pad = value_w if lo < 0 else pt(p, 2)
    area = QRectF(
        rect.left() + label_w + left_pad,
        rect.top(),
        rect.width() - label_w - left_pad - value_w,
        rect.height(),
    )
    hi = max(0.0, *values) if values else 1.0
    span = (hi - lo) or 1.0
    zero = area.left() + (0 - lo) / span * area.width()
    n = max(1, len(labels))
    row_h = rect.height() / n
    bar_h = row_h * 0.62
    for i, (lab, v, c) in enumerate(zip(labels, values, colors, strict=False)):
        y = rect.top() + i * row_h
        p.setPen(INK)
        p.drawText(
            QRectF(rect.left(), y, label_w - pt(p, 6), row_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(lab, Qt.TextElideMode.ElideRight, label_w - pt(p, 6)),
        )
        x_end = area.left() + (v - lo) / span * area.width()
        bar = QRectF(min(zero, x_end), y + (row_h - bar_h) / 2, abs(x_end - zero), bar_h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c)
        p.drawRect(bar)
        p.setPen(INK)
        tx = bar.right() + pt(p, 3) if v >= 0 else bar.left() - pt(p, 3) - fm.horizontalAdvance(fmt(v))
        p.drawText(
            QRectF(tx, y, value_w + pt(p, 40), row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fmt(v),
        )
    p.setPen(QPen(MUTED, pt(p, 0.8)))
    p.drawLine(QPointF(zero, rect.top()), QPointF(zero, rect.bottom()))
    p.restore()


# -- table --------------------------------------------------------------------------------------------
def draw_table(
    p: QPainter,
    rect: QRectF,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    font_pt: float = 7.5,
    right_align_from: int = 1,
    swatches: Sequence[QColor] | None = None,
    header_lines: int = 1,
) -> float:
    """A zebra table; ``widths`` are fractions of the width; columns from ``right_align_from`` are
    right-aligned (numbers). Returns the y where the table ends."""
    p.save()
    p.setFont(font(font_pt))
    fm = QFontMetricsF(p.font(), p.device())
    row_h = fm.height() * 1.55
    xs = [rect.left()]
    for w in widths:
        xs.append(xs[-1] + w * rect.width())
    pad = pt(p, 3)
    # header
    hdr = QRectF(rect.left(), rect.top(), rect.width(), row_h * header_lines * 0.8 + pt(p, 3))
    p.fillRect(hdr, ACCENT)
    p.setFont(font(font_pt, bold=True))
    p.setPen(QColor(WHITE))
    for i, h in enumerate(headers):
        al = Qt.AlignmentFlag.AlignRight if i >= right_align_from else Qt.AlignmentFlag.AlignLeft
        p.drawText(
            QRectF(xs[i] + pad, hdr.top(), xs[i + 1] - xs[i] - 2 * pad, hdr.height()),
            int(al | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
            h,
        )
    y = hdr.bottom()
    p.setFont(font(font_pt))
    for r, row in enumerate(rows):
        if r % 2:
            p.fillRect(QRectF(rect.left(), y, rect.width(), row_h), QColor(ROW_STRIPE))
        for i, cell in enumerate(row):
            x = xs[i] + pad
            if i == 0 and swatches is not None and r < len(swatches):
                sw = pt(p, 6)
                p.fillRect(QRectF(x, y + (row_h - sw) / 2, sw, sw), swatches[r])
                x += sw + pad
            al = Qt.AlignmentFlag.AlignRight if i >= right_align_from else Qt.AlignmentFlag.AlignLeft
            p.setPen(INK)
            w = xs[i + 1] - x - pad
            p.drawText(
                QRectF(x, y, w, row_h),
                int(al | Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(str(cell), Qt.TextElideMode.ElideRight, w),
            )
        y += row_h
    p.setPen(QPen(GRID, pt(p, 0.6)))
    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    p.restore()
    return y
