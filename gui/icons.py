"""App icon: one SVG source (resources/icons/handwerksmonitor.svg), rendered on demand.

``python -m gui.icons png|ico|icns`` writes the raster formats the installers need
(Qt's own image plugins write .ico and .icns), so no binary icon files live in the repository.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

import resources

SVG = resources.path("icons", "handwerksmonitor.svg")


def render(size: int) -> QImage:
    """The icon as a transparent square image of ``size`` pixels."""
    img = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return img


def app_icon() -> QIcon:
    return QIcon(str(SVG))


def write(fmt: str) -> str:
    target = resources.path("icons", f"handwerksmonitor.{fmt}")
    size = 256 if fmt in ("png", "ico") else 512
    if not render(size).save(str(target)):  # format from the suffix (.png, .ico, .icns)
        raise RuntimeError(f"Qt could not write {target}")
    return str(target)


if __name__ == "__main__":
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for f in sys.argv[1:] or ["png"]:
        print(write(f))
