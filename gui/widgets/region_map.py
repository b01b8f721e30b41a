"""Choropleth map of the region's districts (QGraphicsView, no web view, no network).

Shapes come from ``core.geo`` (bundled BKG outlines, lon/lat) in the equirectangular projection
``x = lon * cos(lat0)``, ``y = -lat`` (scene y grows downwards), scaled by ``_SCALE`` so that pens and
fonts behave. Each district is filled with a sequential colour: ``t = (v - min) / (max - min)``.
Urban districts (Leipzig, Halle) are drawn above the surrounding districts (higher z value), so they
stay visible and receive the clicks. The comparison states are drawn underneath as light outlines.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core import geo
from core.errors import HandwerksmonitorError
from core.palette import GUIDE, INK_MID, MAP_BACKGROUND, SELECTED_OUTLINE, STATE_FILL, STATE_OUTLINE, WHITE
from core.regions import Region
from gui.charts import palette
from gui.style import set_role

_SCALE = 1000.0  # scene units per degree of latitude
Z_STATE, Z_RURAL, Z_URBAN, Z_SELECTED, Z_LABEL = 0, 10, 20, 30, 40


def _path(shape: geo.Shape, proj: geo.Projection) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        pts = [proj.forward(lon, lat) for lon, lat in ring]
        path.addPolygon(QPolygonF([QPointF(x * _SCALE, -y * _SCALE) for x, y in pts]))
        path.closeSubpath()
    return path


class DistrictItem(QGraphicsPathItem):
    """One district polygon: hover highlight, tooltip, click selects."""

    def __init__(self, shape: geo.Shape, path: QPainterPath, owner: RegionMap) -> None:
        super().__init__(path)
        self.shape_ = shape
        self._owner = owner
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hovered = False
        self.selected = False

    def restyle(self) -> None:
        if self.selected:
            pen = QPen(QColor(SELECTED_OUTLINE), 4.0)
        elif self.hovered:
            pen = QPen(QColor(INK_MID), 3.0)
        else:
            pen = QPen(QColor(WHITE), 1.5)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.restyle()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.restyle()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._owner.select(self.shape_.ags, emit=True)
            event.accept()
            return
        super().mousePressEvent(event)


class _MapView(QGraphicsView):
    """Keeps the whole region in view at any widget size."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(QColor(MAP_BACKGROUND)))
        self.setMinimumSize(280, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bounds = QRectF()

    def fit(self) -> None:
        if not self.bounds.isNull():
            self.fitInView(self.bounds, Qt.AspectRatioMode.KeepAspectRatio)
            owner = self.parent()
            if isinstance(owner, RegionMap):
                owner.declutter()

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        super().showEvent(event)
        self.fit()


class ColorLegend(QWidget):
    """Colour bar from min to max with the unit; says "Schätzung" when a value is estimated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        f = self.title.font()
        f.setPointSize(11)
        f.setBold(True)
        self.title.setFont(f)
        self.bar = _GradientBar()
        self.low = QLabel()
        self.high = QLabel()
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.estimate = QLabel()
        set_role(self.estimate, "mapEstimate")
        self.estimate.hide()
        # one row: title and badge; one row: "min [colour bar] max"
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.estimate, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.low)
        row.addWidget(self.bar, 1)
        row.addWidget(self.high)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.setSpacing(2)
        lay.addLayout(top)
        lay.addLayout(row)
        for lab in (self.low, self.high):
            g = lab.font()
            g.setPointSize(11)
            lab.setFont(g)

    def text(self) -> str:
        """Everything the legend says, for tests and screen readers."""
        parts = [self.title.text(), self.low.text(), self.high.text()]
        if not self.estimate.isHidden():
            parts.append(self.estimate.text())
        return " | ".join(parts)


class _GradientBar(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setFixedHeight(16)
        self.setMinimumWidth(120)

    def paintEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        p = QPainter(self)
        grad = QLinearGradient(0, 0, self.width(), 0)
        n = len(palette.SEQUENTIAL)
        for i, c in enumerate(palette.SEQUENTIAL):
            grad.setColorAt(i / (n - 1), QColor(c))
        p.fillRect(self.rect(), grad)
        p.setPen(QColor(GUIDE))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))


class RegionMap(QWidget):
    """The district map with its legend. ``district_selected(ags)`` fires on a click."""

    district_selected = Signal(str)

    def __init__(self, region: Region, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.region = region
        self.scene = QGraphicsScene(self)
        self.view = _MapView(self.scene, self)
        self.legend = ColorLegend(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.legend)
        self.items: dict[str, DistrictItem] = {}
        self.labels: dict[str, QGraphicsSimpleTextItem] = {}
        self.values: dict[str, tuple[float, str, str]] = {}
        self.selected_ags: str | None = None
        self.selected: list[str] = []
        self._fmt = lambda v: f"{v:.1f}"
        self._build()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        shapes = geo.district_shapes(self.region)
        self.projection = geo.Projection.for_shapes(shapes)
        urban = {d.ags for d in self.region.districts if d.type == "urban"}
        self._urban = urban
        bounds = QRectF()
        self._label_points = geo.label_points(shapes)
        for s in shapes:
            item = DistrictItem(s, _path(s, self.projection), self)
            item.setZValue(Z_URBAN if s.ags in urban else Z_RURAL)
            item.setBrush(QBrush(QColor(palette.NO_DATA)))
            item.restyle()
            self.scene.addItem(item)
            self.items[s.ags] = item
            bounds = bounds.united(item.boundingRect())
            self.labels[s.ags] = self._label(s, s.ags in urban)
        try:
            states = geo.state_shapes(self.region)
        except HandwerksmonitorError:  # orientation only; a missing file must not break the map
            states = []
        pen = QPen(QColor(STATE_OUTLINE), 1.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        for s in states:
            st = self.scene.addPath(_path(s, self.projection), pen, QBrush(QColor(STATE_FILL)))
            st.setZValue(Z_STATE)
            st.setAcceptHoverEvents(False)
            st.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            st.setToolTip(s.name)
        margin = bounds.height() * 0.03
        side = bounds.width() * 0.1  # room for labels that stick out of the outline
        self.view.bounds = bounds.adjusted(-side, -margin, side, margin)
        self.scene.setSceneRect(self.view.bounds)

    def _label(self, s: geo.Shape, urban: bool) -> QGraphicsSimpleTextItem:
        lon, lat = self._label_points[s.ags]
        x, y = self.projection.forward(lon, lat)
        text = s.label.replace("Landkreis ", "Lkr. ") if not urban else s.label
        item = QGraphicsSimpleTextItem(text)
        f = QFont()
        f.setPointSize(11 if urban else 10)
        f.setBold(urban)
        item.setFont(f)
        item.setFlag(QGraphicsSimpleTextItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setAcceptHoverEvents(False)
        br = item.boundingRect()
        item.setPos(x * _SCALE, -y * _SCALE)
        item.setTransformOriginPoint(br.center())
        # centre the text on the point (in device pixels, since it ignores transformations)
        item.setTransform(item.transform().translate(-br.width() / 2, -br.height() / 2))
        item.setZValue(Z_LABEL)
        self.scene.addItem(item)
        return item

    def declutter(self) -> None:
        """Hide district names that would overlap a more important one at the current size
        (cities first, then larger districts); the tooltip still names every district."""
        order = sorted(
            self.labels,
            key=lambda a: (a not in self._urban, -self.items[a].boundingRect().width()),
        )
        kept: list = []
        for ags in order:
            lab = self.labels[ags]
            c = self.view.mapFromScene(lab.pos())
            br = lab.boundingRect()
            r = QRectF(c.x() - br.width() / 2, c.y() - br.height() / 2, br.width(), br.height())
            inside = QRectF(self.view.viewport().rect()).contains(r)
            free = all(not r.adjusted(-2, -1, 2, 1).intersects(k) for k in kept)
            lab.setVisible(free and inside)
            if free and inside:
                kept.append(r)

    # -- data -------------------------------------------------------------------------------
    def set_values(
        self,
        values: Mapping[str, tuple[float, str, str]],
        title: str,
        unit: str,
        fmt,  # noqa: ANN001 - callable float -> str (locale formatting)
        tooltip_source,  # noqa: ANN001 - callable (ags) -> str (source credit of that value)
        estimate_text: str = "Schätzung",
    ) -> None:
        """Colour the districts by ``values`` ({ags: (value, kind, dataset)}) and update the legend."""
        self.values = dict(values)
        self._fmt = fmt
        finite = [v[0] for v in values.values() if v[0] is not None and not math.isnan(v[0])]
        lo, hi = (min(finite), max(finite)) if finite else (math.nan, math.nan)
        span = hi - lo if finite and hi > lo else 1.0
        any_est = False
        for ags, item in self.items.items():
            v, kind, _ds = values.get(ags, (math.nan, "", ""))
            t = (v - lo) / span if v is not None and not math.isnan(v) else math.nan
            color = palette.sequential(t)
            item.setBrush(QBrush(color))
            self.labels[ags].setBrush(QBrush(palette.text_on(color)))
            est = kind == "estimate"
            any_est = any_est or est
            name = next((d.name for d in self.region.districts if d.ags == ags), ags)
            shown = "–" if math.isnan(t) else f"{fmt(v)} {unit}"
            tip = f"<b>{name}</b><br>{title}: {shown}"
            if est:
                tip += f" <i style='color:{palette.ESTIMATE_TEXT}'>({estimate_text})</i>"
            tip += f"<br><small>{tooltip_source(ags)}</small>"
            item.setToolTip(tip)
        self.legend.title.setText(f"{title} ({unit})")
        self.legend.low.setText(fmt(lo) if finite else "–")
        self.legend.high.setText(fmt(hi) if finite else "–")
        self.legend.estimate.setText(estimate_text)
        self.legend.estimate.setVisible(any_est)

    def district_color(self, ags: str) -> QColor:
        return self.items[ags].brush().color()

    # -- selection --------------------------------------------------------------------------
    def select(self, ags: str | None, emit: bool = False) -> None:
        """Highlight ``ags`` alone (None clears); emit ``district_selected`` if ``emit``."""
        if emit and ags:
            self.district_selected.emit(ags)  # the owner decides what is selected (compare mode)
            return
        self.set_selection([ags] if ags else [])

    def set_selection(self, codes: list[str]) -> None:
        """Highlight these districts (several in compare mode)."""
        urban = {d.ags for d in self.region.districts if d.type == "urban"}
        for code, item in self.items.items():
            item.selected = code in codes
            base = Z_URBAN if code in urban else Z_RURAL
            # a selected rural district's outline goes above its neighbours, but never above the cities
            item.setZValue(base + (5 if item.selected else 0))
            item.restyle()
        self.selected = list(codes)
        self.selected_ags = codes[-1] if codes else None

    # -- geometry helpers (tests, keyboard) ----------------------------------------------------
    def scene_point(self, ags: str) -> QPointF:
        """A scene point surely inside the district's polygon (and outside its holes)."""
        shape = self.items[ags].shape_
        x, y = self.projection.forward(*shape.interior_point())
        return QPointF(x * _SCALE, -y * _SCALE)

    def view_point(self, ags: str):  # noqa: ANN201 - QPoint
        """The viewport pixel of ``scene_point`` (for clicking in tests)."""
        self.view.fit()
        return self.view.mapFromScene(self.scene_point(ags))
