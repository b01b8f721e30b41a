"""The region map for the PDF one-pager and the slides: districts drawn with QPainter from ``core.geo``
shapes (equirectangular projection, aspect kept), one highlighted, labels placed where they fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from core.geo import Projection, Shape
from core.palette import PRINT_AREA_FILL, PRINT_STATE_BORDER, WHITE
from gui.charts.palette import text_on
from gui.report.painting import ACCENT, INK, font, pt


# -- map ----------------------------------------------------------------------------------------------
class _MapFrame:
    """Geographic ↔ pixel coordinates: the shapes' bounding box fitted into ``rect``, aspect kept, centred."""

    def __init__(self, rect: QRectF, shapes: Sequence[Shape]) -> None:
        self.proj = proj = Projection.for_shapes(list(shapes))
        xs, ys = [], []
        for s in shapes:
            x0, y0, x1, y1 = s.bbox()
            for lon, lat in ((x0, y0), (x1, y1)):
                x, y = proj.forward(lon, lat)
                xs.append(x)
                ys.append(y)
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        self.scale = min(rect.width() / w, rect.height() / h) if w and h else 1.0
        self.ox = rect.left() + (rect.width() - w * self.scale) / 2
        self.oy = rect.top() + (rect.height() - h * self.scale) / 2
        self.minx, self.maxy = min(xs), max(ys)

    def to_px(self, lon: float, lat: float) -> QPointF:
        x, y = self.proj.forward(lon, lat)
        return QPointF(self.ox + (x - self.minx) * self.scale, self.oy + (self.maxy - y) * self.scale)

    def to_geo(self, pt_: QPointF) -> tuple[float, float]:
        return self.proj.inverse((pt_.x() - self.ox) / self.scale + self.minx,
                                 self.maxy - (pt_.y() - self.oy) / self.scale)

    def path(self, s: Shape) -> QPainterPath:
        pp = QPainterPath()
        pp.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in s.rings:
            pts = [self.to_px(lon, lat) for lon, lat in ring]
            pp.moveTo(pts[0])
            for q in pts[1:]:
                pp.lineTo(q)
            pp.closeSubpath()
        return pp


def draw_map(
    p: QPainter,
    rect: QRectF,
    shapes: Sequence[Shape],
    highlight: set[str] | None = None,
    context: Sequence[Shape] = (),
    fills: dict[str, QColor] | None = None,
    labels: bool = True,
    label_pt: float = 7,
) -> None:
    """Districts in ``rect`` (aspect kept, centred); ``highlight`` drawn in the accent colour,
    ``fills`` (by AGS) colour the others; ``context`` (e.g. state outlines) drawn thin underneath."""
    if not shapes:
        return
    frame = _MapFrame(rect, shapes)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setClipRect(rect)
    for s in context:
        p.setPen(QPen(QColor(PRINT_STATE_BORDER), pt(p, 0.6), Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(frame.path(s))
    highlight = highlight or set()
    for s in shapes:
        fill = ACCENT if s.ags in highlight else (fills or {}).get(s.ags, QColor(PRINT_AREA_FILL))
        p.setPen(QPen(QColor(WHITE), pt(p, 0.8)))
        p.setBrush(fill)
        p.drawPath(frame.path(s))
    if labels:
        _draw_labels(p, frame, shapes, highlight, fills or {}, label_pt)
    p.restore()


def _draw_labels(p: QPainter, frame: _MapFrame, shapes: Sequence[Shape], highlight: set[str],
                 fills: dict[str, QColor], label_pt: float) -> None:
    """District names inside their shapes, never over each other; the highlighted one first (and it may
    lie over the highlighted shape), a name that finds no free spot is left out."""
    taken: list[QRectF] = []
    for s in shapes:
        if s.ags in highlight:
            bx = s.bbox()
            taken.append(QRectF(frame.to_px(bx[0], bx[3]), frame.to_px(bx[2], bx[1])))
    for s in sorted(shapes, key=lambda s_: s_.ags not in highlight):  # the highlighted label first
        hl = s.ags in highlight
        bg = ACCENT if hl else fills.get(s.ags, QColor(PRINT_AREA_FILL))
        on_dark = text_on(bg) == QColor(WHITE)
        p.setFont(font(label_pt, bold=hl))
        fm = QFontMetricsF(p.font(), p.device())
        words = _label_lines(s.label.replace("Landkreis ", "Lkr. "))
        box = _label_box(frame, s, words, fm, taken[len(highlight) :] if hl else taken)
        if box is None:
            continue
        taken.append(box)
        lh = fm.height()
        for i, wtxt in enumerate(words):
            p.setPen(QColor(WHITE) if on_dark else INK)
            p.drawText(
                QRectF(box.left(), box.top() + i * lh, box.width(), lh),
                int(Qt.AlignmentFlag.AlignCenter),
                wtxt,
            )


def _label_box(frame: _MapFrame, s: Shape, words: list[str], fm: QFontMetricsF,
               avoid: list[QRectF]) -> QRectF | None:
    """The first spot near the shape's interior point where the label lies inside the shape (centre and at
    least two corners) and touches none of ``avoid``; None if there is none."""
    text_w = max(fm.horizontalAdvance(w_) for w_ in words)
    lh = fm.height()
    c = frame.to_px(*s.interior_point())
    bx = s.bbox()
    sw = frame.to_px(bx[2], bx[1]).x() - frame.to_px(bx[0], bx[1]).x()
    offsets = [(dx, dy) for dx in (0.0, 0.2, -0.2, 0.35, -0.35) for dy in (0.0, 1.3, -1.3, 2.6, -2.6)]
    for dx, dy in offsets:
        cx = c.x() + dx * sw
        box = QRectF(cx - text_w / 2 - 2, c.y() + dy * lh - lh * len(words) / 2, text_w + 4, lh * len(words))
        corners = (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight())
        inside = s.contains(*frame.to_geo(box.center())) and sum(s.contains(*frame.to_geo(q)) for q in corners) >= 2
        free = all(not box.intersects(t) for t in avoid)
        if inside and free:
            return box
    return None


def _label_lines(label: str) -> list[str]:
    """Long names on two lines, split at a hyphen or space near the middle."""
    if len(label) <= 12:
        return [label]
    cuts = [i for i, ch in enumerate(label) if ch in "- "]
    if not cuts:
        return [label]
    i = min(cuts, key=lambda k: abs(k - len(label) / 2))
    return [label[: i + 1].strip(), label[i + 1 :].strip()]
