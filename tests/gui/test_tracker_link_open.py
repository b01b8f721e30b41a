"""„Öffnen“ on a tracker link: the target is shown as text and confirmed first; programs, other schemes and
missing files are never opened (a link may come from another laptop's file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.tracker.store import Tracker
from core.userdb import open_user_db
from gui.context import AppContext
from gui.tabs.tracker import subtable


@pytest.fixture
def links_table(qtbot, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    con = open_user_db()
    t = Tracker(con)
    m = t.add_measure("empfehlung-02", "Personalbörse")
    doc = tmp_path / "Protokoll.pdf"
    doc.write_bytes(b"%PDF-1.4")
    t.add_link(m, "https://www.hwk-leipzig.de/personal", "Seite")
    t.add_link(m, str(doc), "Protokoll")
    # rows an older version (or a tampered database) may hold: stored directly, bypassing the checks
    for target in ("javascript:alert(1)", "/usr/bin/env", str(tmp_path / "weg.pdf")):
        t.con.execute("INSERT INTO tracker_links (id, item_id, label, target, deleted) VALUES (?, ?, '', ?, false)",
                      [f"alt-{abs(hash(target))}", m, target])
    table = subtable.SubTable("link", AppContext(store=store, user_con=con))
    qtbot.addWidget(table)
    table.load(t, m)
    asked: list[str] = []
    opened: list[str] = []
    answer = {"value": True}
    monkeypatch.setattr(subtable, "confirm_open", lambda parent, target: asked.append(target) or answer["value"])
    monkeypatch.setattr(subtable, "open_url", lambda url: opened.append(url.toString()))
    yield table, asked, opened, answer, doc
    con.close()


def _click_open(qtbot, table, target: str) -> list[str]:
    errors: list[str] = []
    table.failed.connect(errors.append)
    row = next(r for r in range(table.table.rowCount()) if table.table.item(r, 1).text() == target)
    table.table.setCurrentCell(row, 1)
    qtbot.mouseClick(table.open_button, Qt.MouseButton.LeftButton)
    return errors


def test_web_address_is_shown_and_opened_only_after_confirming(qtbot, links_table) -> None:
    table, asked, opened, answer, _ = links_table
    answer["value"] = False
    assert _click_open(qtbot, table, "https://www.hwk-leipzig.de/personal") == []
    assert asked == ["https://www.hwk-leipzig.de/personal"] and opened == []
    answer["value"] = True
    _click_open(qtbot, table, "https://www.hwk-leipzig.de/personal")
    assert opened == ["https://www.hwk-leipzig.de/personal"]


def test_existing_document_opens_after_confirming(qtbot, links_table) -> None:
    table, asked, opened, _, doc = links_table
    _click_open(qtbot, table, str(doc))
    assert asked == [str(doc)] and opened == [doc.as_uri()]


@pytest.mark.parametrize(("target", "words"), [
    ("javascript:alert(1)", "javascript"),
    ("/usr/bin/env", "Programm"),
])
def test_dangerous_targets_are_never_opened(qtbot, links_table, target: str, words: str) -> None:
    table, asked, opened, _, _ = links_table
    errors = _click_open(qtbot, table, target)
    assert asked == [] and opened == []
    assert len(errors) == 1 and words in errors[0]


def test_missing_file_says_so(qtbot, links_table, tmp_path: Path) -> None:
    table, asked, opened, _, _ = links_table
    errors = _click_open(qtbot, table, str(tmp_path / "weg.pdf"))
    assert asked == [] and opened == [] and "gibt es nicht" in errors[0]
