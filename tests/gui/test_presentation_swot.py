"""Presentation mode: the SWOT slide (after the tracker status) and the SWOT links on each recommendation slide."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from core import swot
from gui import i18n
from gui.context import AppContext


@pytest.fixture
def con() -> Iterator:
    from core.userdb import open_user_db

    c = open_user_db()
    yield c
    c.close()


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the slides draw through the shared painting helper."""
    from gui.report import painting

    texts: list[str] = []
    original = painting.text

    def recording(p, rect, s, *args, **kwargs):
        texts.append(s)
        return original(p, rect, s, *args, **kwargs)

    monkeypatch.setattr(painting, "text", recording)
    return texts


def _open(qtbot, store, con, lang: str = "de"):
    from gui.presentation import open_presentation

    i18n.install(lang)  # the UI language (the GUI tests switch back to German afterwards)
    win = open_presentation(None, AppContext(store, user_con=con), full_screen=False)
    win.resize(1366, 768)
    qtbot.waitExposed(win)
    return win


def _show(qtbot, win, key: str, drawn: list[str]) -> None:
    """Walk to the slide ``key`` with the arrow key, as a presenter would, and paint it."""
    target = [s.key for s in win.slides].index(key)
    while win.index < target:
        qtbot.keyClick(win, Qt.Key.Key_Right)
    drawn.clear()
    win.grab()


def test_swot_slide_follows_the_tracker_status_and_shows_the_board(qtbot, store, con, drawn) -> None:
    new_id = swot.add_item(con, "opportunities", "Neue Förderrichtlinie des Landes für Kooperationen", recommendations=[5])
    win = _open(qtbot, store, con)
    keys = [s.key for s in win.slides]
    assert keys.index("swot") == keys.index("tracker") + 1
    _show(qtbot, win, "swot", drawn)
    assert win.current is not None and win.current.key == "swot"
    board = swot.board(con)
    first_weakness = board["weaknesses"][0]
    assert first_weakness["text"] in drawn and first_weakness["id"] in drawn
    assert "Neue Förderrichtlinie des Landes für Kooperationen" in drawn and new_id in drawn
    assert "→ 5" in drawn  # the recommendations that answer the new item
    for head in ("Stärken", "Schwächen", "Chancen", "Risiken"):
        assert any(t.startswith(head + " (") for t in drawn), head
    win.close()


def test_each_recommendation_slide_names_the_swot_items_it_answers(qtbot, store, con, drawn) -> None:
    win = _open(qtbot, store, con)
    _show(qtbot, win, "rec-3", drawn)
    ids = {it.id for it in swot.links_for_recommendation(con, 3)}
    line = next(t for t in drawn if t.startswith("Beantwortet SWOT: "))
    assert set(line.removeprefix("Beantwortet SWOT: ").split(", ")) == ids
    swot.set_links(con, "S1", [3, 9, 10])  # a new link shows on the next presentation
    win.close()
    win = _open(qtbot, store, con)
    _show(qtbot, win, "rec-3", drawn)
    line = next(t for t in drawn if t.startswith("Beantwortet SWOT: "))
    assert "S1" in line.split(": ")[1].split(", ")
    win.close()


def test_no_user_database_no_swot_slide(qtbot, store) -> None:
    from gui.presentation import open_presentation

    win = open_presentation(None, AppContext(store, user_con=None), full_screen=False)
    assert "swot" not in [s.key for s in win.slides]
    win.close()


def test_english_deck_translates_the_painted_texts(qtbot, qapp, store, con, drawn, tmp_path) -> None:
    from gui import i18n

    qm = i18n.build_qm("en", tmp_path)
    if qm is None:
        pytest.skip("lrelease is not installed")
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    assert tr.load(str(qm))
    qapp.installTranslator(tr)
    try:
        win = _open(qtbot, store, con, lang="en")
        swot_title = next(s.title for s in win.slides if s.key == "swot")
        _show(qtbot, win, "swot", drawn)
        assert swot_title == "SWOT of the regional craft sector"
        assert any(t.startswith("Strengths (") for t in drawn)
        s1 = next(it for it in swot.items(con) if it.id == "S1")
        assert s1.text_en in drawn  # the board's English wording
        _show(qtbot, win, "rec-3", drawn)
        assert any(t.startswith("Answers SWOT: ") for t in drawn)
        win.close()
    finally:
        qapp.removeTranslator(tr)
