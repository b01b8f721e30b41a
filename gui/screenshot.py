"""``--screenshot DIR``: render every tab (and the dialogs that matter) into 1280×800 PNGs.

Files: ``<tab key>.png`` (kreisprofile, branchenportfolio, prognose, empfehlungen, studie),
``<tab key>-<state>.png`` for each ``screenshot_states()`` entry a tab offers, and ``quellen.png``,
``about.png`` (the dialog centred over the dimmed window, as a user sees it). Before each grab the
shell waits until no worker runs, so charts show their data, not a loading state.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from gui import workers

log = logging.getLogger(__name__)

SIZE = QSize(1280, 800)


def settle(ms: int = 150, idle_timeout_ms: int = 15_000) -> None:
    """Let workers finish and the resulting updates paint (charts re-layout after data arrive)."""
    workers.wait_idle(idle_timeout_ms)
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        workers.process_events()
    workers.wait_idle(idle_timeout_ms)


def _grab(widget: QWidget) -> QPixmap:
    pix = widget.grab()
    pix.setDevicePixelRatio(1.0)
    if pix.size() != SIZE:
        pix = pix.scaled(SIZE, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return pix


def _save(pix: QPixmap, path: Path) -> Path:
    tmp = path.with_name(path.stem + ".tmp.png")
    if not pix.toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(tmp)):
        raise OSError(f"cannot write {path}")
    tmp.replace(path)  # no half-written PNG
    return path


def _wait_data_shown(window: QWidget, key: str, timeout_ms: int = 5000) -> None:
    tab = window.tab_widget(key)  # type: ignore[attr-defined]
    if tab is None or getattr(tab, "data_shown", None) is None:
        return
    seen: list[bool] = []
    window.data_shown.connect(lambda k: seen.append(k == key))  # type: ignore[attr-defined]
    deadline = QDeadlineTimer(timeout_ms)
    while not any(seen) and not deadline.hasExpired() and workers.pool().activeThreadCount() > 0:
        workers.process_events()
        workers.pool().waitForDone(10)


def _dialog_shot(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window dimmed, with the dialog drawn centred on it."""
    base = _grab(window)
    settle(100)
    dlg = dialog.grab()
    dlg.setDevicePixelRatio(1.0)
    painter = QPainter(base)
    painter.fillRect(base.rect(), QColor(0, 0, 0, 90))
    x = max(0, (base.width() - dlg.width()) // 2)
    y = max(0, (base.height() - dlg.height()) // 2)
    painter.setPen(QColor("#8a8f98"))
    painter.drawRect(x - 1, y - 1, dlg.width() + 1, dlg.height() + 1)
    painter.drawPixmap(QPoint(x, y), dlg)
    painter.end()
    return base


def take_screenshots(window: QWidget, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    if window.isFullScreen() or window.isMaximized():
        window.showNormal()
    window.resize(SIZE)
    settle()
    written: list[Path] = []
    for key in window.tab_keys():  # type: ignore[attr-defined]
        window.select_tab(key)  # type: ignore[attr-defined]
        _wait_data_shown(window, key)
        settle()
        written.append(_save(_grab(window), out_dir / f"{key}.png"))
        tab = window.tab_widget(key)  # type: ignore[attr-defined]
        states = getattr(tab, "screenshot_states", None)
        if callable(states):
            for name, apply_state in states():
                try:
                    apply_state()
                    settle(250)
                    written.append(_save(_grab(window), out_dir / f"{key}-{name}.png"))
                except Exception:
                    log.exception("screenshot state %s/%s failed", key, name)
    window.select_tab(window.tab_keys()[0])  # type: ignore[attr-defined]
    settle()
    for name, opener in (("quellen", window.show_sources), ("about", window.show_about)):  # type: ignore[attr-defined]
        dialog = opener()
        settle(100)
        written.append(_save(_dialog_shot(window, dialog), out_dir / f"{name}.png"))
        dialog.close()
        settle(50)
    return written
