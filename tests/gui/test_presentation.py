"""Presentation mode: slides from the current state, keyboard / presenter-remote navigation, Esc leaves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from gui.context import AppContext


@pytest.fixture
def ctx(store) -> Iterator[AppContext]:
    from core.userdb import open_user_db

    con = open_user_db()
    yield AppContext(store, user_con=con)
    con.close()


@pytest.fixture
def deck(qtbot, ctx):
    from gui.presentation import open_presentation

    win = open_presentation(None, ctx, full_screen=False)
    win.resize(1366, 768)
    qtbot.waitExposed(win)
    yield win
    _close(win)


def _close(win) -> None:
    """The window deletes itself on close (Esc); close it here only if it still exists."""
    from shiboken6 import isValid

    if isValid(win):
        win.close()


def test_slides_follow_the_current_state(deck) -> None:
    keys = [s.key for s in deck.slides]
    assert keys[0] == "region"
    assert {"portfolio", "forecast", "tracker"} <= set(keys)
    recs = [k for k in keys if k.startswith("rec-")]
    assert len(recs) == 10  # one slide per recommendation of the study
    assert keys.index("tracker") < keys.index(recs[0])
    assert all(s.source for s in deck.slides)  # every slide names its source
    assert next(s for s in deck.slides if s.key == "portfolio").estimate  # group figures are estimates


def test_arrow_and_presenter_keys_navigate(qtbot, deck) -> None:
    assert deck.index == 0
    qtbot.keyClick(deck, Qt.Key.Key_Right)
    qtbot.keyClick(deck, Qt.Key.Key_PageDown)  # presenter remote "next"
    assert deck.index == 2
    qtbot.keyClick(deck, Qt.Key.Key_PageUp)  # presenter remote "back"
    assert deck.index == 1
    qtbot.keyClick(deck, Qt.Key.Key_Left)
    qtbot.keyClick(deck, Qt.Key.Key_Left)  # stays on the first slide
    assert deck.index == 0
    qtbot.keyClick(deck, Qt.Key.Key_End)
    assert deck.index == len(deck.slides) - 1
    qtbot.keyClick(deck, Qt.Key.Key_Right)  # stays on the last slide
    assert deck.index == len(deck.slides) - 1
    qtbot.keyClick(deck, Qt.Key.Key_Home)
    assert deck.index == 0


def test_escape_leaves(qtbot, deck) -> None:
    assert deck.isVisible()
    qtbot.keyClick(deck, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not deck.isVisible())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_slide_renders_at_laptop_and_projector_size(deck, size) -> None:
    deck.resize(*size)
    for i in range(len(deck.slides)):
        deck.go(i)
        img = deck.grab().toImage()
        assert (img.width(), img.height()) == size
        # title bar in the accent colour, white content area with drawn content
        assert img.pixelColor(5, 5).name() == "#1f4e79"
        colours = {
            img.pixel(x, y) for x in range(0, size[0], 16) for y in range(size[1] // 7, size[1] * 9 // 10, 16)
        }
        assert len(colours) > 3, deck.slides[i].key


def test_missing_tracker_leaves_out_its_slides(qtbot, store) -> None:
    from gui.presentation import open_presentation

    win = open_presentation(None, AppContext(store, user_con=None), full_screen=False)
    keys = [s.key for s in win.slides]
    _close(win)
    assert "tracker" not in keys and not any(k.startswith("rec-") for k in keys)
    assert "region" in keys


def test_f5_entry_opens_full_screen_over_the_main_window(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QMainWindow

    from gui.presentation import open_presentation

    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    win = open_presentation(main, ctx)  # what Ansicht › Präsentation (F5) calls
    qtbot.waitUntil(win.isFullScreen)
    assert win.geometry() == main.screen().geometry()
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isVisible())


def test_the_forecast_slide_shows_the_gaps_the_command_line_prints(deck, capsys) -> None:
    """One figure, one value: each group's gap in the last year is the same rounded number on the slide and in
    ``handwerksmonitor forecast`` (both round the unrounded gap once, through core.formatting)."""
    import json

    from core.cli import main
    from core.formatting import fmt_number
    from gui import layout_check

    assert main(["forecast", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert main(["forecast"]) == 0
    block = capsys.readouterr().out.split("Lücke (Nachfrage − Angebot)")[1].split("\n\n")[0]
    cli = {line[:38].strip(): line.split()[-1] for line in block.splitlines()[2:] if line.strip()}
    deck.go(next(i for i, s in enumerate(deck.slides) if s.key == "forecast"))
    with layout_check.record_painted_text() as painted:
        deck.grab()
    shown = {t.text for t in painted.texts}
    assert data["years"][-1] == 2040
    for group, gaps in data["gap"].items():
        gap = fmt_number(gaps[-1], 0)
        assert gap in shown, (group, gap)  # the slide's bar label
        assert cli[group] == gap, (group, gap, cli[group])  # the command line's last column
