"""Layout defects a user would see, found on a live window (used by ``tests/gui/test_layout.py`` and by
``python -m gui.layout_check`` to list them for every screen of ``gui.screens``):

- ``clipped``: a label, button, check box, tab, table header, combo box, spin box or group box title
  whose text is wider (or, when it wraps, taller) than the space it has, without being elided;
- ``outside``: a widget that lies (partly) outside its window (widgets scrolled inside a scroll area
  are not outside);
- ``hscroll``: a form in a scroll area, or a table, that needs a horizontal scroll bar to be read;
- ``rows``: a small table (up to 12 rows) that does not show all its rows;
- ``crowded``: widgets of one layout that overlap because the layout has less room than they need;
- ``overlap``: chart labels (pyqtgraph text items, legends, value labels) that overlap each other, or a
  legend lying over bars;
- ``offchart``: a chart label or bar that runs off its chart, a chart title wider than its chart;
- ``date``: a date shown as ISO (``2024-12-31``) or in the other language's form (:func:`date_problems`);
- ``painted``: text drawn with QPainter (slides, PDF page, custom widgets) that overflows the box it was
  drawn into, or overlaps other painted text (recorded by :func:`record_painted_text`).

Text widths come from the widget's own font metrics (``sizeHint`` where Qt computes it exactly).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

from core.german_words import german_words
from gui.screens import all_screens
from gui.screenshot import parse_sizes
from gui.widgets.table_fit import rows_hidden

TOLERANCE = 1.5  # px


@dataclass(frozen=True)
class Problem:
    kind: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


def describe(w: QWidget) -> str:
    """Class, object name and the path of object names up to the window."""
    names = []
    p: QWidget | None = w
    while p is not None and not p.isWindow():
        if p.objectName():
            names.append(p.objectName())
        p = p.parentWidget()
    path = "/".join(reversed(names[:4]))
    return f"{type(w).__name__}" + (f"[{path}]" if path else "")


def _plain(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _shown(w: QWidget) -> bool:
    """Visible with a size (``visibleRegion`` would exclude areas covered by opaque children)."""
    return w.isVisible() and w.width() > 0 and w.height() > 0


# -- clipped text -----------------------------------------------------------------------------------------
def _label_problem(lab: QLabel) -> str | None:
    text = lab.text()
    if not text or lab.pixmap() is not None and not lab.pixmap().isNull():
        return None
    cr = lab.contentsRect()
    if lab.wordWrap():
        need_h = lab.heightForWidth(lab.width())
        if need_h > lab.height() + TOLERANCE and lab.sizePolicy().verticalPolicy() != lab.sizePolicy().Policy.Ignored:
            return f"needs {need_h}px height, has {lab.height()}px"
        return None
    need = lab.sizeHint().width()
    if need > lab.width() + TOLERANCE:
        return f"needs {need}px, has {lab.width()}px (contents {cr.width()}px)"
    return None


def _button_problem(b: QAbstractButton) -> str | None:
    text = _plain(b.text())
    if not text:
        return None
    fm = b.fontMetrics()
    lines = text.split("\n")
    text_w = max(fm.horizontalAdvance(line) for line in lines)
    style = b.style()
    if isinstance(b, QCheckBox | QRadioButton | QToolButton):
        need = b.sizeHint().width()
    else:
        icon = b.iconSize().width() + 4 if not b.icon().isNull() else 0
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, b)
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, b)
        menu = 16 if isinstance(b, QPushButton) and b.menu() is not None else 0
        need = text_w + icon + 2 * margin + 2 * frame + menu
    if need > b.width() + TOLERANCE:
        return f"'{text}' needs {need}px, has {b.width()}px"
    return None


def _combo_problem(c: QComboBox) -> str | None:
    text = c.currentText()
    if not text:
        return None
    style = c.style()
    from PySide6.QtWidgets import QStyleOptionComboBox

    opt = QStyleOptionComboBox()
    c.initStyleOption(opt)
    field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, c)
    icon = c.iconSize().width() + 4 if not c.itemIcon(c.currentIndex()).isNull() else 0
    need = c.fontMetrics().horizontalAdvance(text) + icon
    if need > field.width() + 2 + TOLERANCE:
        return f"'{text}' needs {need}px, field has {field.width()}px"
    return None


def _spin_problem(s: QAbstractSpinBox) -> str | None:
    text = s.text()
    if not text:
        return None
    from PySide6.QtWidgets import QStyleOptionSpinBox

    opt = QStyleOptionSpinBox()
    s.initStyleOption(opt)
    field = s.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt, QStyle.SubControl.SC_SpinBoxEditField, s)
    need = s.fontMetrics().horizontalAdvance(text) + 4
    if need > field.width() + TOLERANCE:
        return f"'{text}' needs {need}px, field has {field.width()}px"
    return None


def _tabbar_problems(bar: QTabBar) -> list[str]:
    out = []
    visible = bar.rect()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        text = _plain(bar.tabText(i))
        if hint.width() > rect.width() + TOLERANCE:
            out.append(f"tab '{text}' needs {hint.width()}px, has {rect.width()}px")
        elif not visible.contains(rect.adjusted(1, 1, -1, -1)):
            out.append(f"tab '{text}' scrolled out of its bar")
    return out


def _header_problems(h: QHeaderView) -> list[str]:
    model = h.model()
    if model is None or h.orientation().name != "Horizontal" or not h.isVisible():
        return []
    from PySide6.QtCore import Qt

    out = []
    fm = h.fontMetrics()
    margin = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, h)
    mark = h.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, h)
    line_h = fm.lineSpacing()
    for logical in range(model.columnCount()):
        if h.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text is None or str(text) == "":
            continue
        lines = str(text).split("\n")
        need = max(fm.horizontalAdvance(line) for line in lines) + 2 * margin
        if h.isSortIndicatorShown() and h.sortIndicatorSection() == logical:
            need += mark + margin
        size = h.sectionSize(logical)
        if need > size + TOLERANCE:
            out.append(f"column '{' '.join(lines)}' needs {need}px, has {size}px")
        if len(lines) * line_h > h.height() + TOLERANCE:
            out.append(f"column '{' '.join(lines)}' needs {len(lines) * line_h}px height, has {h.height()}px")
    return out


def _groupbox_problem(g: QGroupBox) -> str | None:
    title = _plain(g.title())
    if not title:
        return None
    need = g.fontMetrics().horizontalAdvance(title) + 16 + (20 if g.isCheckable() else 0)
    if need > g.width() + TOLERANCE:
        return f"title '{title}' needs {need}px, has {g.width()}px"
    return None


def check_clipped(top: QWidget) -> list[Problem]:
    out: list[Problem] = []
    for w in top.findChildren(QWidget):
        if not _shown(w) or w.window() is not top:
            continue
        detail: str | None = None
        details: list[str] = []
        if isinstance(w, QLabel):
            detail = _label_problem(w)
        elif isinstance(w, QAbstractButton) and not isinstance(w, QTabBar):
            if w.parent() is not None and type(w.parent()).__name__ in ("QTabBar", "QScrollBar"):
                continue  # tab-bar scroll arrows
            detail = _button_problem(w)
        elif isinstance(w, QComboBox):
            detail = _combo_problem(w)
        elif isinstance(w, QAbstractSpinBox):
            detail = _spin_problem(w)
        elif isinstance(w, QTabBar):
            details = _tabbar_problems(w)
        elif isinstance(w, QHeaderView):
            details = _header_problems(w)
        elif isinstance(w, QGroupBox):
            detail = _groupbox_problem(w)
        for d in ([detail] if detail else []) + details:
            text = getattr(w, "text", lambda: "")() if hasattr(w, "text") else ""  # dynamic: any widget with text()
            snippet = f" '{str(text)[:50]}'" if isinstance(text, str) and text and "'" not in d else ""
            out.append(Problem("clipped", describe(w) + snippet, d))
    return out


# -- geometry -------------------------------------------------------------------------------------------
def _in_scroll_content(w: QWidget, top: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p.parentWidget(), QAbstractScrollArea) and p is p.parentWidget().viewport():  # type: ignore[union-attr]
            return True
        p = p.parentWidget()
    return False


def check_outside(top: QWidget) -> list[Problem]:
    out = []
    bounds = top.rect().adjusted(-1, -1, 1, 1)
    for w in top.findChildren(QWidget):
        if not _shown(w) or w.window() is not top or _in_scroll_content(w, top):
            continue
        r = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
        if not bounds.contains(r):
            out.append(Problem("outside", describe(w), f"{r.getRect()} not inside window {top.rect().getRect()}"))
            continue
        parent = w.parentWidget()
        if parent is None or parent is top or isinstance(parent, QAbstractScrollArea | QTabBar):
            continue
        if type(parent).__name__ in ("QScrollBar", "QComboBox", "QAbstractSpinBox"):
            continue
        pr = parent.rect().adjusted(-1, -1, 1, 1)
        if not pr.contains(w.geometry()):
            out.append(Problem("outside", describe(w), f"{w.geometry().getRect()} cut off by its parent "
                               f"{describe(parent)} {parent.rect().getRect()}"))
    return out


def check_hscroll(top: QWidget) -> list[Problem]:
    out = []
    for w in top.findChildren(QAbstractScrollArea):
        if not _shown(w) or w.window() is not top:
            continue
        bar = w.horizontalScrollBar()
        if bar is None or not bar.isVisible() or bar.maximum() <= 0:
            continue
        if isinstance(w, QScrollArea | QAbstractItemView):
            what = "form" if isinstance(w, QScrollArea) else "table"
            out.append(Problem("hscroll", describe(w), f"{what} needs {bar.maximum()}px more width"))
    return out


# -- charts (pyqtgraph) ----------------------------------------------------------------------------------
def _area(r: QRectF) -> float:
    return max(0.0, r.width()) * max(0.0, r.height())


def _overlap(a: QRectF, b: QRectF, min_area: float = 6.0) -> bool:
    return _area(a.intersected(b)) > min_area


def _bar_rects(item: Any) -> list[QRectF]:
    """Scene rectangles of the bars of a pyqtgraph BarGraphItem."""
    import numpy as np

    o = item.opts

    def arr(*names: str) -> Any:
        for n in names:
            v = o.get(n)
            if v is not None:
                return np.atleast_1d(np.asarray(v, dtype=float))
        return None

    x, x0, x1, w = arr("x"), arr("x0"), arr("x1"), arr("width")
    y, y0, y1, h = arr("y"), arr("y0"), arr("y1"), arr("height")
    n = max(len(a) for a in (x, x0, x1, w, y, y0, y1, h) if a is not None)

    def span(c: Any, lo: Any, hi: Any, size: Any) -> tuple[Any, Any]:
        full = lambda a: np.broadcast_to(a, (n,)) if a is not None else None  # noqa: E731
        c, lo, hi, size = full(c), full(lo), full(hi), full(size)
        if lo is None:
            lo = c - size / 2 if c is not None and size is not None else (hi - size if hi is not None else 0 * size)
        if hi is None:
            hi = lo + size if size is not None else c + (c - lo)
        return lo, hi

    try:
        left, right = span(x, x0, x1, w)
        bottom, top = span(y, y0, y1, h)
    except (TypeError, ValueError):
        return []
    rects = []
    for i in range(n):
        r = QRectF(float(min(left[i], right[i])), float(min(bottom[i], top[i])),
                   float(abs(right[i] - left[i])), float(abs(top[i] - bottom[i])))
        if r.width() > 0 or r.height() > 0:
            rects.append(item.mapRectToScene(r))
    return rects


def _data_points(scene: Any, pg: Any) -> list[Any]:
    """Scene positions of the data points of every visible line or scatter in a chart."""
    from PySide6.QtCore import QPointF

    pts = []
    for item in scene.items():
        if not item.isVisible() or not isinstance(item, pg.PlotDataItem):
            continue
        xs, ys = item.getData()
        if xs is None or ys is None:
            continue
        for x, y in zip(xs, ys, strict=False):
            if x == x and y == y:  # not NaN
                pts.append(item.mapToScene(QPointF(float(x), float(y))))
    return pts


def check_charts(top: QWidget) -> list[Problem]:
    try:
        import pyqtgraph as pg
    except ImportError:
        return []
    out: list[Problem] = []
    from PySide6.QtWidgets import QGraphicsView

    for view in top.findChildren(QGraphicsView):  # findChildren does not match Python subclasses
        if not isinstance(view, pg.GraphicsView) or not _shown(view) or view.window() is not top:
            continue
        scene = view.scene()
        name = describe(view)
        texts, legends, bars, boxes = [], [], [], []
        for item in scene.items():
            if not item.isVisible() or (item.opacity() == 0):
                continue
            if isinstance(item, pg.TextItem):
                if item.toPlainText().strip():
                    texts.append(item)
            elif isinstance(item, pg.LegendItem):
                legends.append(item)
            elif isinstance(item, pg.BarGraphItem):
                bars.append(item)
            elif isinstance(item, pg.ViewBox):
                boxes.append(item)
            elif isinstance(item, pg.AxisItem):
                out += _axis_overlaps(item, name)
            elif isinstance(item, pg.LabelItem) and item.text:
                natural = item.item.boundingRect().width()
                if natural > item.boundingRect().width() + 2:
                    out.append(Problem("offchart", name, f"title/label '{item.item.toPlainText()[:40]}' needs "
                                       f"{natural:.0f}px, has {item.boundingRect().width():.0f}px"))
        visible_scene = view.mapToScene(view.viewport().rect()).boundingRect()

        def glyphs(t: Any) -> QRectF:
            """The text's box without the empty document margin around it."""
            m = t.textItem.document().documentMargin() if hasattr(t, "textItem") else 0.0
            return t.sceneBoundingRect().adjusted(m, m, -m, -m)

        for i, a in enumerate(texts):
            ra = a.sceneBoundingRect()
            vb = a.getViewBox()
            inner = vb.sceneBoundingRect() if vb is not None and hasattr(vb, "sceneBoundingRect") else visible_scene
            if not inner.adjusted(-2, -2, 2, 2).contains(ra):
                out.append(Problem("offchart", name, f"label '{a.toPlainText()[:30]}' runs off the chart"))
            for b in texts[i + 1:]:
                if _overlap(glyphs(a), glyphs(b)):
                    out.append(Problem("overlap", name, f"labels '{a.toPlainText()[:30]}' and '{b.toPlainText()[:30]}'"))
        bar_rects = [(b, r) for b in bars for r in _bar_rects(b)]
        for b, r in bar_rects:
            if r.width() <= 0.5 or r.height() <= 0.5:
                continue  # an empty bar (value 0) is not drawn
            vb = b.getViewBox()
            if vb is not None and not vb.sceneBoundingRect().adjusted(-2, -2, 2, 2).contains(r):
                out.append(Problem("offchart", name, f"a bar runs off the chart ({r.getRect()})"))
                break
        points = _data_points(scene, pg)
        for leg in legends:
            rl = leg.sceneBoundingRect()
            if any(_overlap(rl, r) for _, r in bar_rects):
                out.append(Problem("overlap", name, "legend lies over bars"))
            if any(rl.contains(pt) for pt in points):
                out.append(Problem("overlap", name, "legend lies over data points of a line"))
            for t in texts:
                if _overlap(rl, glyphs(t)):
                    out.append(Problem("overlap", name, f"legend lies over label '{t.toPlainText()[:30]}'"))
    return out


def _axis_overlaps(axis: Any, name: str) -> list[Problem]:
    """Tick labels of one axis that lie over each other (e.g. group names on a chart too short for them):
    the label boxes pyqtgraph will draw, from ``generateDrawSpecs``."""
    from PySide6.QtGui import QPicture

    if axis.geometry().width() < 2 or axis.geometry().height() < 2:
        return []
    picture = QPicture()  # as AxisItem.paint measures: a picture painter with the tick font
    p = QPainter(picture)
    try:
        if axis.style.get("tickFont"):
            p.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(p)
    finally:
        p.end()
    if not specs:
        return []
    labels = [(QRectF(r), str(t)) for r, _flags, t in specs[2] if str(t).strip()]
    out = []
    for i, (ra, ta) in enumerate(labels):
        for rb, tb in labels[i + 1:]:
            if _overlap(ra, rb, 4.0):
                out.append(Problem("overlap", name, f"axis labels '{ta[:30]}' and '{tb[:30]}' lie over each other"))
                return out
    return out


# -- painted text -----------------------------------------------------------------------------------------
@dataclass
class PaintedText:
    device: int
    rect: QRectF
    used: QRectF
    text: str
    wraps: bool


@dataclass
class PaintLog:
    texts: list[PaintedText] = field(default_factory=list)


@contextlib.contextmanager
def record_painted_text() -> Iterator[PaintLog]:
    """Record every ``QPainter.drawText(rect, flags, text)`` made from Python (slides, PDF page, painted
    widgets) with the box it was given and the box the text needed."""
    from PySide6.QtCore import Qt

    log = PaintLog()
    original = QPainter.drawText

    from PySide6.QtGui import QPicture

    def draw_text(self: QPainter, *args: Any) -> Any:
        result = original(self, *args)
        if isinstance(self.device(), QPicture):
            return result  # pyqtgraph's cached axis pictures: their tick labels are checked by check_charts
        if len(args) >= 3 and isinstance(args[0], QRectF | QRect) and isinstance(args[2], str):
            rect = QRectF(args[0])
            flags = int(args[1]) if not isinstance(args[1], str) else 0
            used = QRectF(result) if isinstance(result, QRectF | QRect) else rect
            log.texts.append(PaintedText(id(self.device()), rect, used, args[2],
                                         bool(flags & int(Qt.TextFlag.TextWordWrap))))
        return result

    QPainter.drawText = draw_text  # type: ignore[method-assign,assignment]
    try:
        yield log
    finally:
        QPainter.drawText = original  # type: ignore[method-assign]


def check_painted(log: PaintLog) -> list[Problem]:
    out = []
    texts = [t for t in log.texts if t.text.strip()]
    for t in texts:
        if t.used.width() > t.rect.width() + TOLERANCE or t.used.height() > t.rect.height() + TOLERANCE:
            out.append(Problem("painted", f"'{t.text[:60]}'", f"needs {t.used.width():.0f}×{t.used.height():.0f}, "
                               f"box {t.rect.width():.0f}×{t.rect.height():.0f}"))
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if a.device == b.device and _overlap(a.used, b.used, 12.0):
                out.append(Problem("painted", f"'{a.text[:30]}' / '{b.text[:30]}'", "texts overlap"))
    return out


def german_problems(top: QWidget, painted: PaintLog | None = None) -> list[Problem]:
    """German words in the English window (labels, tables, charts, painted slides)."""
    out = []
    seen: set[str] = set()
    texts = visible_texts(top) + [("painted", t.text) for t in (painted.texts if painted else [])]
    for where, text in texts:
        if text.rstrip().endswith("…"):  # an elided text: its last word is cut, not German
            text = text.rstrip()[:-1].rsplit(" ", 1)[0]
        words = german_words(text)
        if words and text not in seen:
            seen.add(text)
            out.append(Problem("german", where, f"{words[:4]} in '{text[:70]}'"))
    return out


_ISO_DATE = r"(?<![\w/.-])\d{4}-\d{2}-\d{2}(?![\w-])"  # 2024-12-31, not inside a file name
_FOREIGN_DATE = {"de": r"(?<![\w/.])\d{2}/\d{2}/\d{4}(?![\w/])",  # 31/12/2024 in the German window
                 "en": r"(?<![\w/.])\d{2}\.\d{2}\.\d{4}(?![\w.])"}  # 31.12.2024 in the English one


def date_problems(top: QWidget, painted: PaintLog | None = None, lang: str = "de") -> list[Problem]:
    """Dates a user reads in the wrong form: ISO (``2024-12-31``) anywhere, the other language's form
    (``31/12/2024`` in German, ``31.12.2024`` in English). Every date goes through core.formatting."""
    import re

    pattern = re.compile(_ISO_DATE + "|" + _FOREIGN_DATE.get(lang, _FOREIGN_DATE["de"]))
    out = []
    seen: set[str] = set()
    texts = visible_texts(top) + [("painted", t.text) for t in (painted.texts if painted else [])]
    for where, text in texts:
        found = pattern.findall(text)
        if found and text not in seen:
            seen.add(text)
            out.append(Problem("date", where, f"{found[:3]} in '{text[:70]}'"))
    return out


def _layout_items(parent: QWidget) -> list[QWidget]:
    """The visible widgets a parent's layout manages (recursively through nested layouts)."""
    from PySide6.QtWidgets import QLayout

    out: list[QWidget] = []

    def walk(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is None:
                continue
            widget, sub = item.widget(), item.layout()
            if widget is not None:
                if widget.isVisible():
                    out.append(widget)
            elif sub is not None:
                walk(sub)

    own = parent.layout()
    if own is not None:
        walk(own)
    return out


def check_crowded(top: QWidget) -> list[Problem]:
    """Widgets of one layout that overlap: the layout ran out of room (minimum sizes exceed the space)."""
    out = []
    parents = [top, *top.findChildren(QWidget)]
    for parent in parents:
        if not _shown(parent) or parent.window() is not top:
            continue
        items = _layout_items(parent)
        for i, a in enumerate(items):
            ga = a.geometry()
            for b in items[i + 1:]:
                inter = ga.intersected(b.geometry())
                if inter.width() > 2 and inter.height() > 2:
                    out.append(Problem("crowded", describe(a), f"overlaps {describe(b)} by {inter.height()}px "
                                       f"(not enough room in {describe(parent)})"))
    return out


SMALL_TABLE = 12  # rows; a table this small shows all of them


def check_rows(top: QWidget) -> list[Problem]:
    """Small tables (at most ``SMALL_TABLE`` rows) that hide rows below a scroll bar or cut the last row."""
    out = []
    for w in top.findChildren(QAbstractItemView):
        if not _shown(w) or w.window() is not top or w.model() is None or w.property("hwm_scrolls"):
            continue  # (a data list marked as scrolling by design: as many rows as the user's choice gives)
        try:
            n = w.model().rowCount()
        except TypeError:
            continue
        if 0 < n <= SMALL_TABLE and (hidden := rows_hidden(w)):
            out.append(Problem("rows", describe(w), f"{hidden} of {n} rows not (fully) visible"))
    return out


def check_window(top: QWidget) -> list[Problem]:
    return (check_clipped(top) + check_outside(top) + check_crowded(top) + check_hscroll(top) + check_rows(top)
            + check_charts(top))


def main(argv: list[str] | None = None) -> int:
    """``python -m gui.layout_check [--lang en] [--size 1366x768]``: list the problems of every screen."""
    import argparse
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    p = argparse.ArgumentParser(prog="python -m gui.layout_check")
    p.add_argument("--lang", default="de")
    p.add_argument("--size", default="1366x768")
    args = p.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from gui.app import start  # lazy: the whole app only for the command line; the tests import the checks

    size = parse_sizes(args.size)[0]
    controller = start(["--lang", args.lang, "--no-error-dialogs"], install_hooks=False)
    app = QApplication.instance()
    assert app is not None
    while not controller.window.is_ready:
        app.processEvents()
    window = controller.window
    window.resize(size)
    total = 0
    for screen in all_screens(window, size):
        with record_painted_text() as painted:
            screen.widget.grab()
        problems = check_window(screen.widget) + check_painted(painted) + date_problems(screen.widget, painted,
                                                                                          args.lang)
        if args.lang == "en":
            problems += german_problems(screen.widget, painted)
        for pr in problems:
            print(f"{screen.name}: {pr}")
        total += len(problems)
    print(f"{total} problems", file=sys.stderr)
    window.close()
    return 1 if total else 0



# -- texts on screen (for the English completeness check) ------------------------------------------------
def _strip_html(text: str) -> str:
    import html as html_mod
    import re

    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return html_mod.unescape(text)


def visible_texts(top: QWidget, max_rows: int = 60) -> list[tuple[str, str]]:
    """(where, text) of what a user reads in ``top``: labels, buttons, tabs, group titles, combo boxes,
    table headers and cells, list and tree items, chart titles, axis labels, legends and value labels.
    Editors (line edits, text edits) hold the user's own words and are left out."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QGraphicsView

    out: list[tuple[str, str]] = []

    def add(w: QWidget, text: object) -> None:
        t = _strip_html(str(text or "")).strip()
        if t:
            out.append((describe(w), t))

    for w in top.findChildren(QWidget):
        if not _shown(w) or w.window() is not top:
            continue
        if isinstance(w, QLabel):
            add(w, w.text())
        elif isinstance(w, QAbstractButton):
            add(w, _plain(w.text()))
        elif isinstance(w, QGroupBox):
            add(w, _plain(w.title()))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, _plain(w.tabText(i)))
        elif isinstance(w, QComboBox):
            add(w, w.currentText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            from PySide6.QtCore import QModelIndex

            model = w.model()
            root = QModelIndex()
            try:
                cols = model.columnCount(root)
            except TypeError:  # QListWidget's internal model hides columnCount
                cols = 1
            for c in range(cols):
                add(w, model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for r in range(min(model.rowCount(root), max_rows)):
                for c in range(cols):
                    idx = model.index(r, c, root)
                    add(w, model.data(idx, Qt.ItemDataRole.DisplayRole))
                    for k in range(min(model.rowCount(idx), 20) if c == 0 else 0):  # tree children
                        for cc in range(cols):
                            add(w, model.data(model.index(k, cc, idx), Qt.ItemDataRole.DisplayRole))
        elif isinstance(w, QGraphicsView):
            for item in w.scene().items() if w.scene() is not None else []:
                if not item.isVisible():
                    continue
                text = ""
                if hasattr(item, "toPlainText"):
                    text = item.toPlainText()
                elif isinstance(item_text := getattr(item, "text", None), str):  # dynamic: pyqtgraph's text items
                    text = item_text
                if text:
                    add(w, text)
            try:
                import pyqtgraph as pg

                for item in w.scene().items():
                    if isinstance(item, pg.AxisItem) and item.isVisible() and item.labelText:
                        add(w, item.labelText)
            except ImportError:
                pass
    if top.windowTitle():
        out.append(("window title", top.windowTitle()))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
