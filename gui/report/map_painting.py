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
    proj = Projection.for_shapes(list(shapes))
    xs, ys = [], []
    for s in shapes:
        x0, y0, x1, y1 = s.bbox()
        for lon, lat in ((x0, y0), (x1, y1)):
            x, y = proj.forward(lon, lat)
            xs.append(x)
            ys.append(y)
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    scale = min(rect.width() / w, rect.height() / h) if w and h else 1.0
    ox = rect.left() + (rect.width() - w * scale) / 2
    oy = rect.top() + (rect.height() - h * scale) / 2
    minx, maxy = min(xs), max(ys)

    def to_px(lon: float, lat: float) -> QPointF:
        x, y = proj.forward(lon, lat)
        return QPointF(ox + (x - minx) * scale, oy + (maxy - y) * scale)

    def path(s: Shape) -> QPainterPath:
        pp = QPainterPath()
        pp.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in s.rings:
            pts = [to_px(lon, lat) for lon, lat in ring]
            pp.moveTo(pts[0])
            for q in pts[1:]:
                pp.lineTo(q)
            pp.closeSubpath()
        return pp

    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setClipRect(rect)
    for s in context:
        p.setPen(QPen(QColor(PRINT_STATE_BORDER), pt(p, 0.6), Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path(s))
    highlight = highlight or set()
    for s in shapes:
        fill = ACCENT if s.ags in highlight else (fills or {}).get(s.ags, QColor(PRINT_AREA_FILL))
        p.setPen(QPen(QColor(WHITE), pt(p, 0.8)))
        p.setBrush(fill)
        p.drawPath(path(s))
    if labels:

        def to_geo(pt_: QPointF) -> tuple[float, float]:
            return proj.inverse((pt_.x() - ox) / scale + minx, maxy - (pt_.y() - oy) / scale)

        taken: list[QRectF] = []
        for s in shapes:
            if s.ags in highlight:
                bx = s.bbox()
                taken.append(QRectF(to_px(bx[0], bx[3]), to_px(bx[2], bx[1])))
        for s in sorted(shapes, key=lambda s_: s_.ags not in highlight):  # the highlighted label first
            hl = s.ags in highlight
            bg = ACCENT if hl else (fills or {}).get(s.ags, QColor(PRINT_AREA_FILL))
            on_dark = text_on(bg) == QColor(WHITE)
            p.setFont(font(label_pt, bold=hl))
            fm = QFontMetricsF(p.font(), p.device())
            words = _label_lines(s.label.replace("Landkreis ", "Lkr. "))
            text_w = max(fm.horizontalAdvance(w_) for w_ in words)
            lh = fm.height()
            c = to_px(*s.interior_point())
            bx = s.bbox()
            sw = to_px(bx[2], bx[1]).x() - to_px(bx[0], bx[1]).x()
            offsets = [(dx, dy) for dx in (0.0, 0.2, -0.2, 0.35, -0.35) for dy in (0.0, 1.3, -1.3, 2.6, -2.6)]
            for dx, dy in offsets:
                cx = c.x() + dx * sw
                box = QRectF(
                    cx - text_w / 2 - 2, c.y() + dy * lh - lh * len(words) / 2, text_w + 4, lh * len(words)
                )
                corners = (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight())
                inside = (
                    s.contains(*to_geo(box.center())) and sum(s.contains(*to_geo(q)) for q in corners) >= 2
                )
                free = all(not box.intersects(t) for t in (taken[len(highlight) :] if hl else taken))
                if inside and free:
                    break
            else:
                continue
            taken.append(box)
            for i, wtxt in enumerate(words):
                p.setPen(QColor(WHITE) if on_dark else INK)
                p.drawText(
                    QRectF(box.left(), box.top() + i * lh, box.width(), lh),
                    int(Qt.AlignmentFlag.AlignCenter),
                    wtxt,
                )
    p.restore()


def _label_lines(label: str) -> list[str]:
    """Long names on two lines, split at a hyphen or space near the middle."""
    if len(label) <= 12:
        return [label]
    cuts = [i for i, ch in enumerate(label) if ch in "- "]
    if not cuts:
        return [label]
    i = min(cuts, key=lambda k: abs(k - len(label) / 2))
    return [label[: i + 1].strip(), label[i + 1 :].strip()]
