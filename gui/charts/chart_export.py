"""Copy a chart to the clipboard, save it as PNG (chosen DPI) or SVG: a context-menu entry on every
pyqtgraph chart.

``install_chart_export(plot_widget)`` adds „Kopieren“, „Als PNG speichern…“, „Als SVG speichern…“ to the
chart's right-click menu (pyqtgraph's scene menu, so they also appear next to its own entries);
``install_chart_export_all(widget)`` does that for every pyqtgraph view below a widget. The actual
work is in :func:`copy_chart`, :func:`save_png` and :func:`save_svg` (usable without a menu).
Files are written atomically (temp file + rename).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from core.atomic_file import atomic_write, verify_ends_with
from core.errors import ExportError
from gui import messages

DEFAULT_DPI = 300
SCREEN_DPI = 96
_MARK = "_hwm_chart_export"


def tr(text: str) -> str:
    return QCoreApplication.translate("ChartExport", text)


def chart_image(view: pg.GraphicsView, dpi: int = DEFAULT_DPI) -> QImage:
    """The whole chart as an image at ``dpi`` (the on-screen size is taken as 96 dpi)."""
    exporter = ImageExporter(view.scene())
    rect = view.scene().sceneRect() if view.sceneRect().isNull() else view.sceneRect()
    width = max(1, round(rect.width() * dpi / SCREEN_DPI))
    exporter.parameters()["width"] = width
    img = exporter.export(toBytes=True)
    dpm = round(dpi / 0.0254)
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    return img


def copy_chart(view: pg.GraphicsView, dpi: int = SCREEN_DPI * 2) -> QImage:
    """Put the chart on the clipboard as an image (2x screen resolution: sharp when pasted)."""
    img = chart_image(view, dpi)
    QGuiApplication.clipboard().setImage(img)
    return img


def save_png(view: pg.GraphicsView, path: str | Path, dpi: int = DEFAULT_DPI) -> Path:
    img = chart_image(view, dpi)

    def write(tmp: Path) -> None:
        if not img.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            raise OSError(5, "PNG konnte nicht geschrieben werden")

    return atomic_write(path, write, verify=verify_ends_with(b"IEND", "PNG"))


def save_svg(view: pg.GraphicsView, path: str | Path) -> Path:
    """Vector SVG of the chart, drawn with QSvgGenerator (pyqtgraph's SVGExporter fails on Qt 6.12 paths)."""
    rect = view.sceneRect()

    def write(tmp: Path) -> None:
        gen = QSvgGenerator()
        gen.setFileName(str(tmp))
        gen.setSize(QSize(round(rect.width()), round(rect.height())))
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle(view.windowTitle() or "Diagramm")
        gen.setDescription("Handwerksmonitor Mitteldeutschland")
        p = QPainter()
        if not p.begin(gen):
            raise OSError(5, "SVG konnte nicht angelegt werden")
        try:
            view.scene().render(p, QRectF(0, 0, rect.width(), rect.height()), rect)
        finally:
            p.end()

    return atomic_write(path, write, verify=verify_ends_with(b"</svg>", "SVG"))


# Dialog hooks (tests replace them; no dialog ever blocks a test).
def ask_path(parent: QWidget, title: str, filt: str, suffix: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, f"diagramm.{suffix}", filt)
    if not path:
        return None
    return path if path.lower().endswith(f".{suffix}") else f"{path}.{suffix}"


def ask_dpi(parent: QWidget) -> int | None:
    dpi, ok = QInputDialog.getInt(parent, QCoreApplication.translate("ChartExport", "Auflösung"), QCoreApplication.translate("ChartExport", "Auflösung in dpi:"), DEFAULT_DPI, 72, 600, 25)
    return dpi if ok else None


def show_error(parent: QWidget, message: str) -> None:
    messages.warn(parent, QCoreApplication.translate("ChartExport", "Speichern nicht möglich"), message)


def _guard(parent: QWidget, fn: Callable[[], object]) -> None:
    try:
        fn()
    except ExportError as exc:
        show_error(parent, messages.present_error(exc, dialog=False))


def _on_png(view: pg.GraphicsView) -> None:
    path = ask_path(view, QCoreApplication.translate("ChartExport", "Diagramm als PNG speichern"), QCoreApplication.translate("ChartExport", "PNG-Bild (*.png)"), "png")
    if path is None:
        return
    dpi = ask_dpi(view)
    if dpi is not None:
        _guard(view, lambda: save_png(view, path, dpi))


def _on_svg(view: pg.GraphicsView) -> None:
    path = ask_path(view, QCoreApplication.translate("ChartExport", "Diagramm als SVG speichern"), QCoreApplication.translate("ChartExport", "SVG-Grafik (*.svg)"), "svg")
    if path is not None:
        _guard(view, lambda: save_svg(view, path))


def chart_actions(view: pg.GraphicsView) -> list[QAction]:
    """The three actions of a chart (parented to the view, so they live as long as it)."""
    copy = QAction(QCoreApplication.translate("ChartExport", "Kopieren"), view)
    copy.triggered.connect(lambda: copy_chart(view))
    png = QAction(QCoreApplication.translate("ChartExport", "Als PNG speichern…"), view)
    png.triggered.connect(lambda: _on_png(view))
    svg = QAction(QCoreApplication.translate("ChartExport", "Als SVG speichern…"), view)
    svg.triggered.connect(lambda: _on_svg(view))
    return [copy, png, svg]


def install_chart_export(view: pg.GraphicsView) -> list[QAction]:
    """Add the export actions to ``view``'s right-click menus (idempotent); returns them."""
    existing = getattr(view, _MARK, None)  # dynamic: our marker attribute on pyqtgraph's view, set below
    if existing:
        return existing
    actions = chart_actions(view)
    scene = view.scene()
    # pyqtgraph appends scene.contextMenu to every menu it raises on a right-click in the chart.
    scene.contextMenu = [*actions, *[a for a in scene.contextMenu if a.text() != "Export..."]]
    for a in actions:
        view.addAction(a)  # also reachable as widget actions (keyboard / ActionsContextMenu)
    setattr(view, _MARK, actions)
    return actions


def install_chart_export_all(widget: QWidget) -> int:
    """Install the export menu on every pyqtgraph view in ``widget`` (itself included); returns how many."""
    views = widget.findChildren(pg.GraphicsView)
    if isinstance(widget, pg.GraphicsView):
        views.insert(0, widget)
    for v in views:
        install_chart_export(v)
    return len(views)
