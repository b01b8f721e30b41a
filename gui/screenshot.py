"""``--screenshot DIR [--screenshot-size 1366x768,1920x1080]``: every screen of the app as a PNG.

The screens are found by walking the window (``gui.screens``): each tab and its inner views and
states (``<tab>.png``, ``<tab>-<view>.png``), every dialog a menu item or a tab button opens
(``dialog-<name>.png``: the window dimmed, the dialog centred on it, as a user sees it) and every
presentation slide (``folie-NN-<key>.png``). With several sizes each goes into ``DIR/<W>x<H>/``.
Before each grab the walk waits until no worker runs, so charts show their data, not a loading state.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from gui.screens import Screen, all_screens, settle
from gui.style import SCREENSHOT_CAPTION

log = logging.getLogger(__name__)

SIZE = QSize(1366, 768)


def parse_sizes(text: str | None) -> list[QSize]:
    """'1366x768,1920x1080' -> sizes; None or '' -> the default 1366×768."""
    if not text:
        return [SIZE]
    out = []
    for part in text.split(","):
        w, _, h = part.strip().lower().partition("x")
        out.append(QSize(int(w), int(h)))
    return out


def _grab(widget: QWidget) -> QPixmap:
    pix = widget.grab()
    pix.setDevicePixelRatio(1.0)
    return pix


def _save(pix: QPixmap, path: Path) -> Path:
    tmp = path.with_name(path.stem + ".tmp.png")
    if not pix.toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(tmp)):
        raise OSError(f"cannot write {path}")
    tmp.replace(path)  # no half-written PNG
    return path


def _dialog_shot(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window dimmed, with the dialog drawn centred on it."""
    base = _grab(window)
    dlg = _grab(dialog)
    painter = QPainter(base)
    painter.fillRect(base.rect(), QColor(0, 0, 0, 90))
    x = max(0, (base.width() - dlg.width()) // 2)
    y = max(0, (base.height() - dlg.height()) // 2)
    painter.setPen(QColor(SCREENSHOT_CAPTION))
    painter.drawRect(x - 1, y - 1, dlg.width() + 1, dlg.height() + 1)
    painter.drawPixmap(QPoint(x, y), dlg)
    painter.end()
    return base


def shot(window: QWidget, screen: Screen) -> QPixmap:
    if screen.kind == "dialog":
        return _dialog_shot(window, screen.widget)
    return _grab(screen.widget)


def take_screenshots(window: QWidget, out_dir: Path, sizes: list[QSize] | None = None) -> list[Path]:
    sizes = sizes or [SIZE]
    written: list[Path] = []
    for size in sizes:
        target = out_dir if len(sizes) == 1 else out_dir / f"{size.width()}x{size.height()}"
        target.mkdir(parents=True, exist_ok=True)
        if window.isFullScreen() or window.isMaximized():
            window.showNormal()
        window.resize(size)
        settle()
        for screen in all_screens(window, size):
            try:
                written.append(_save(shot(window, screen), target / f"{screen.name}.png"))
            except OSError:
                log.exception("screenshot %s failed", screen.name)
                raise
    return written
