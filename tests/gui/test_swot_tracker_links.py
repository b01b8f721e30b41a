# mypy: disable-error-code="union-attr"
"""Issue 10: SWOT items link to recommendations and the tracker shows the links the other way —
an edit on the SWOT board appears in the recommendation's detail pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.userdb import open_user_db
from gui.context import AppContext
from gui.tabs.recommendations_tab import RecommendationsTab
from gui.tabs.study.swot_view import SwotView
from tests.gui.test_recommendations_tab import click


@pytest.fixture(autouse=True)
def _no_startup_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecommendationsTab, "STARTUP_BACKUP", False)


def test_link_made_on_swot_board_shows_in_tracker(qtbot, store):
    con = open_user_db()
    ctx = AppContext(store=store, user_con=con)
    board = SwotView(ctx)
    qtbot.addWidget(board)
    board.resize(1280, 800)
    board.show()
    tracker = RecommendationsTab(ctx)
    qtbot.addWidget(tracker)
    tracker.resize(1280, 800)
    tracker.show()

    # seeded links: recommendation 6 answers W4 and W5 and T4 (support for funding, bureaucracy)
    click(qtbot, tracker, "6")
    before = tracker.detail.swot_label.text()
    assert "W4" in before and "W2" not in before

    # on the board: select W2 and tick recommendation 6, save
    lw = board.lists["weaknesses"]
    item = next(lw.item(i) for i in range(lw.count()) if lw.item(i).text().startswith("W2"))
    qtbot.mouseClick(lw.viewport(), Qt.MouseButton.LeftButton, pos=lw.visualItemRect(item).center())
    qtbot.mouseClick(board.recs[6], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(board.save, Qt.MouseButton.LeftButton)

    # the tracker, showing recommendation 6 again, now lists W2
    click(qtbot, tracker, "5")
    click(qtbot, tracker, "6")
    assert "W2" in tracker.detail.swot_label.text()
    con.close()


def test_meeting_view_shows_the_swot_items_a_recommendation_answers(qtbot):
    con = open_user_db()
    tab = RecommendationsTab(AppContext(store=None, user_con=con))  # type: ignore[arg-type]
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    click(qtbot, tab, "3")
    qtbot.mouseClick(tab.meeting_button, Qt.MouseButton.LeftButton)
    text = tab.meeting.swot.text()
    # recommendation 3 (succession) answers W1, O5, T2 and T4 in the seeded board
    assert text.startswith("Beantwortet SWOT:")
    assert all(i in text for i in ("W1", "O5", "T2", "T4"))
    con.close()
