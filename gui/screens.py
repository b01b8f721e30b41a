"""Every screen of the app, found by walking the window (not from a list), for ``--screenshot`` and the
layout test (``tests/gui/test_layout.py``): whatever tab, view, dialog or slide someone adds is covered.

- **Tabs**: every tab of the window; inside it every page of every ``QTabWidget`` (recursively), then
  the states the tab offers itself (``screenshot_states()``, see ``gui/tabs/__init__.py``).
- **Dialogs**: every menu action whose text ends with "…" (the convention for "opens a window") and
  every enabled button inside a tab whose text ends with "…"; a window that appears is a dialog
  screen. File choosers, message boxes and input prompts are answered "cancel" meanwhile
  (:func:`no_blocking_prompts`), and ``QDialog.exec`` shows the dialog instead of blocking.
- **Slides**: the presentation (its menu action), every slide in turn.

Each screen is yielded while it is on screen; the caller grabs or checks it, the walk then moves on
and closes what it opened.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from gui import messages, workers
from gui.tabs.base import Tab

log = logging.getLogger(__name__)

ELLIPSIS = re.compile(r"(…|\.\.\.)\s*$")


@dataclass
class Screen:
    name: str  # file-name friendly: "prognose-annahmen", "dialog-export", "folie-03-tracker"
    widget: QWidget  # the top-level window showing it (main window, dialog or presentation)
    kind: str  # "tab" | "dialog" | "slide"


# share of the waits below that is kept: screenshots wait the full time (every late repaint in the picture);
# the layout test, which re-runs the walk in every CI run, waits less (see tests/gui/test_layout.py)
SETTLE_SCALE = 1.0


def settle(ms: int = 150, idle_timeout_ms: int = 15_000) -> None:
    """Let workers finish and the resulting updates paint (charts re-layout after data arrive)."""
    workers.wait_idle(idle_timeout_ms)
    deadline = QDeadlineTimer(max(40, int(ms * SETTLE_SCALE)))
    while not deadline.hasExpired():
        workers.process_events()
        time.sleep(0.002)  # not a busy loop: leave the CPU (and the GIL) to the workers and other programs
    workers.wait_idle(idle_timeout_ms)


def slug(text: str) -> str:
    t = text.replace("&", "").lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-") or "x"


@contextlib.contextmanager
def no_blocking_prompts() -> Iterator[None]:
    """While walking: choosers and prompts return "cancel", ``QDialog.exec`` shows the dialog and returns
    Rejected (the walk then sees the dialog as a new window), ``QMenu.exec`` returns no choice, and the
    message bridge (gui.messages) answers questions with their default instead of showing a box."""
    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, value: Any) -> None:
        saved.append((owner, name, owner.__dict__.get(name, getattr(owner, name))))
        setattr(owner, name, value)

    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        patch(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    patch(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        patch(QInputDialog, name, staticmethod(lambda *a, **k: (None, False)))

    def show_instead(self: QDialog) -> int:
        self.show()
        return int(QDialog.DialogCode.Rejected)

    patch(QDialog, "exec", show_instead)
    from PySide6.QtWidgets import QMenu

    patch(QMenu, "exec", lambda self, *a, **k: None)  # a pop-up menu would wait for a click
    had_dialogs = messages.dialogs_enabled()
    messages.set_dialogs_enabled(False)  # the message bridge answers with its default and logs instead
    try:
        yield
    finally:
        messages.set_dialogs_enabled(had_dialogs)
        for owner, name, value in reversed(saved):
            setattr(owner, name, value)


def _windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _new_windows(before: set[int], main: QWidget) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in before and w is not main and not _is_popup(w)]


def _is_popup(w: QWidget) -> bool:
    from PySide6.QtCore import Qt

    return bool(w.windowType() & Qt.WindowType.Popup == Qt.WindowType.Popup) or type(w).__name__ == "QToolTip"


def _close(windows: list[QWidget]) -> None:
    for w in windows:
        with contextlib.suppress(RuntimeError):  # already deleted (WA_DeleteOnClose)
            w.close()
    settle(60)


def _tab_pages(root: QWidget, prefix: str) -> Iterator[tuple[str, Callable[[], None], Callable[[], None]]]:
    """(name, show, restore) for every page of every QTabWidget below ``root`` except the current ones."""
    for tw in root.findChildren(QTabWidget):
        if not tw.isVisibleTo(root):
            continue
        current = tw.currentIndex()
        for i in range(tw.count()):
            if i == current or not tw.isTabEnabled(i) or not tw.isTabVisible(i):
                continue
            name = f"{prefix}-{slug(tw.tabText(i))}"

            def show(tw: QTabWidget = tw, i: int = i) -> None:
                tw.setCurrentIndex(i)

            def restore(tw: QTabWidget = tw, c: int = current) -> None:
                tw.setCurrentIndex(c)

            yield name, show, restore


def _wait_data_shown(window: Any, key: str, timeout_ms: int = 5000) -> None:
    tab = window.tab_widget(key)
    if not isinstance(tab, Tab):
        return
    seen: list[bool] = []
    window.data_shown.connect(lambda k: seen.append(k == key))
    deadline = QDeadlineTimer(timeout_ms)
    while not any(seen) and not deadline.hasExpired() and workers.pool().activeThreadCount() > 0:
        workers.process_events()
        workers.pool().waitForDone(10)


def _signature(tab: QWidget) -> tuple:
    """What a view shows, coarsely: visible pages, choices and toggles (two walks to the same view are one)."""
    from PySide6.QtWidgets import QComboBox, QStackedWidget

    sig: list[tuple] = []
    for w in tab.findChildren(QWidget):
        if not w.isVisibleTo(tab):
            continue
        if isinstance(w, QTabWidget | QStackedWidget | QComboBox):
            sig.append((id(w), w.currentIndex()))
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            sig.append((id(w), w.isChecked()))
        elif w.isWindow():
            sig.append((id(w),))
    return tuple(sorted(sig))


def tab_screens(window: Any) -> Iterator[Screen]:
    for key in window.tab_keys():
        window.select_tab(key)
        _wait_data_shown(window, key)
        settle()
        tab = window.tab_widget(key)
        seen = {_signature(tab)} if tab is not None else set()
        yield Screen(key, window, "tab")
        if tab is None:
            continue
        for name, show, restore in list(_tab_pages(tab, key)):
            show()
            settle()
            seen.add(_signature(tab))
            yield Screen(name, window, "tab")
            restore()
        if isinstance(tab, Tab):
            for name, apply_state in tab.screenshot_states():
                try:
                    apply_state()
                    settle(250)
                except Exception:
                    log.exception("state %s/%s failed", key, name)
                    continue
                sig = _signature(tab)
                if sig in seen and not _new_windows(set(), window):
                    continue  # the same view as a page walked above
                seen.add(sig)
                yield Screen(f"{key}-{name}", window, "tab")
                before = _windows()
                _close([w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                        and id(w) in before and not _is_popup(w)])
            tab.screenshot_reset()  # a walk at the next size starts from the same view
            settle()
    window.select_tab(window.tab_keys()[0])
    settle()


def _dialog_triggers(window: Any) -> Iterator[tuple[str, Callable[[], None]]]:
    """Menu actions and tab buttons that open a window (text ending in "…")."""
    seen: set[int] = set()

    def menu_actions(actions: list[QAction]) -> Iterator[QAction]:
        for act in actions:
            menu = act.menu()
            if menu is not None:
                yield from menu_actions(menu.actions())  # type: ignore[attr-defined]
            elif not act.isSeparator():
                yield act

    for act in menu_actions(window.menuBar().actions()):
        if id(act) in seen or not act.isEnabled() or not ELLIPSIS.search(act.text()):
            continue
        seen.add(id(act))
        yield f"dialog-{slug(act.objectName().removeprefix('act') or act.text())}", act.trigger
    for key in window.tab_keys():
        tab = window.tab_widget(key)
        if tab is None:
            continue
        for button in tab.findChildren(QAbstractButton):
            if not button.isEnabled() or not ELLIPSIS.search(button.text() or ""):
                continue
            if (isinstance(button, QPushButton | QToolButton) and button.menu() is not None) \
                    or not button.isVisibleTo(tab.window()):
                continue  # a drop-down (its text may end in an elision mark), or a button nobody can see

            def click(key: str = key, button: QAbstractButton = button) -> None:
                window.select_tab(key)
                settle(60)
                button.click()

            yield f"dialog-{key}-{slug(button.text())}", click


def dialog_screens(window: Any) -> Iterator[Screen]:
    for name, trigger in list(_dialog_triggers(window)):
        before = _windows()
        try:
            trigger()
            settle(200)
        except Exception:
            log.exception("opening %s failed", name)
            continue
        opened = _new_windows(before, window)
        for k, w in enumerate(opened):
            if w.objectName() == "presentationWindow":
                continue
            yield Screen(name if k == 0 else f"{name}-{k + 1}", w, "dialog")
        _close(opened)


def slide_screens(window: Any, size: QSize | None = None) -> Iterator[Screen]:
    """Every slide of the presentation, in a window of ``size`` (default: the main window's size)."""
    act = window.act_presentation
    if not act.isEnabled():
        return
    before = _windows()
    act.trigger()
    settle(200)
    pres: Any = next((w for w in _new_windows(before, window) if w.objectName() == "presentationWindow"), None)
    if pres is None:
        return
    pres.showNormal()
    pres.resize(size or window.size())
    settle(100)
    for i, slide in enumerate(pres.slides):
        pres.go(i)
        settle(50)
        yield Screen(f"folie-{i + 1:02d}-{slug(slide.key)}", pres, "slide")
    _close([pres])


def all_screens(window: Any, size: QSize | None = None) -> Iterator[Screen]:
    """Tabs, dialogs and slides, with blocking prompts disabled for the whole walk."""
    with no_blocking_prompts():
        yield from tab_screens(window)
        yield from dialog_screens(window)
        yield from slide_screens(window, size)
