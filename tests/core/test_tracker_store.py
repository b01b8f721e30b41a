"""Tracker store: the preloaded recommendations, edits with history, validation in German, read-only."""

from __future__ import annotations

import datetime as dt

import pytest

from core.tracker.model import TrackerReadOnlyError, TrackerValidationError, UnknownItemError, parse_status
from core.tracker.seed import RECOMMENDATIONS
from core.tracker.store import Tracker
from core.userdb import open_user_db


@pytest.fixture
def tracker():
    con = open_user_db()
    yield Tracker(con, who="Testerin")
    con.close()


def test_ten_study_recommendations_in_four_fields_with_citation(tracker: Tracker) -> None:
    recs = [r for r in tracker.items() if r["kind"] == "recommendation"]
    assert [r["number"] for r in recs] == list(range(1, 11))
    fields = {r["number"]: r["field"] for r in recs}
    assert [fields[n] for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)] == (
        ["fachkraefte"] * 3 + ["innovation"] * 3 + ["digital"] * 2 + ["netzwerke"] * 2
    )
    r1 = recs[0]
    assert r1["source"] == (
        "Studie „Zukunftsfaktor Handwerk“, Zusammenfassung, Handlungsfeld Fachkräfte, Empfehlung 1"
    )
    assert r1["source_kind"] == "study" and r1["status"] == "offen"
    assert all(r.background and r.goal and r.title for r in RECOMMENDATIONS)


def test_edit_is_recorded_in_history_with_who_old_and_new(tracker: Tracker) -> None:
    changes = tracker.update_item("empfehlung-04", {"status": "in Umsetzung", "progress": 30, "person": "A. Roth"})
    assert {c.field for c in changes} == {"status", "progress", "person"}
    hist = {h["field"]: h for h in tracker.history("empfehlung-04")}
    assert hist["status"]["old"] == "offen" and hist["status"]["new"] == "in Umsetzung"
    assert hist["progress"]["new"] == "30" and hist["person"]["who"] == "Testerin"
    # an unchanged value writes no history row
    assert tracker.update_item("empfehlung-04", {"status": "in Umsetzung"}) == []
    assert len(tracker.history("empfehlung-04")) == 3


def test_measures_milestones_kpis_links_and_their_history(tracker: Tracker) -> None:
    m1 = tracker.add_measure("empfehlung-03", "Nachfolgetag im Landkreis", due_date="30.06.2027")
    m2 = tracker.add_measure("empfehlung-03", "Nachfolgebörse")
    assert [tracker.item(m)["code"] for m in (m1, m2)] == ["3.1", "3.2"]
    assert tracker.resolve("3.2") == m2 and tracker.resolve("3") == "empfehlung-03"
    ms = tracker.add_milestone(m1, "Konzept abgestimmt", "15.02.2027")
    tracker.update("milestone", ms, {"done": True})
    kpi = tracker.add_kpi(m1, "Teilnehmende Betriebe", target="40", actual="12,5", unit="Betriebe")
    assert tracker.kpis(m1)[0]["actual"] == 12.5
    tracker.add_link(m1, "/daten/nachfolge/konzept.pdf", "Konzept")
    tracker.delete("kpi", kpi)
    assert tracker.kpis(m1) == []
    fields = [(h["entity"], h["field"]) for h in tracker.history(m1)]
    assert ("milestone", "done") in fields and ("kpi", "deleted") in fields and ("item", "angelegt") in fields
    tracker.delete("item", m2)
    assert [r["code"] for r in tracker.children("empfehlung-03")] == ["3.1"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"progress": 120}, "ganze Zahl von 0 bis 100"),
        ({"progress": "viel"}, "ganze Zahl von 0 bis 100"),
        ({"status": "fertig"}, "Unbekannter Status „fertig“"),
        ({"due_date": "31.02.2027"}, "kein gültiges Datum"),
        ({"start_date": "01.03.2027", "due_date": "01.02.2027"}, "liegt vor dem Beginn"),
        ({"title": "Neuer Titel"}, "kann nicht geändert werden"),
    ],
)
def test_invalid_edits_are_refused_with_german_message_and_nothing_written(tracker, changes, message) -> None:
    with pytest.raises(TrackerValidationError) as exc:
        tracker.update_item("empfehlung-01", {"notes": "teilweise", **changes})
    assert message in exc.value.message("de")
    assert tracker.item("empfehlung-01")["notes"] == ""
    assert tracker.history("empfehlung-01") == []


def test_measure_title_required_and_unknown_item(tracker: Tracker) -> None:
    with pytest.raises(TrackerValidationError, match="darf nicht leer"):
        tracker.add_measure("empfehlung-01", "  ")
    with pytest.raises(UnknownItemError, match="1–10"):
        tracker.resolve("11")


def test_status_aliases() -> None:
    assert parse_status("In umsetzung") == "in Umsetzung"
    assert parse_status("zurueckgestellt") == "zurückgestellt"
    assert parse_status("done") == "umgesetzt"


def test_undo_is_a_committed_edit_with_history(tracker: Tracker) -> None:
    (change,) = tracker.update_item("empfehlung-05", {"status": "geplant"})
    tracker.update(change.entity, change.entity_id, {change.field: change.old})
    assert tracker.item("empfehlung-05")["status"] == "offen"
    assert [(h["old"], h["new"]) for h in tracker.history("empfehlung-05")] == [("geplant", "offen"), ("offen", "geplant")]


def test_overdue_and_status_counts(tracker: Tracker) -> None:
    tracker.update_item("empfehlung-07", {"due_date": "01.01.2026", "status": "in Umsetzung"})
    tracker.update_item("empfehlung-08", {"due_date": "01.01.2026", "status": "umgesetzt"})
    counts = tracker.status_counts(today=dt.date(2026, 6, 1))
    assert counts["digital"]["in Umsetzung"] == 1 and counts["digital"]["umgesetzt"] == 1
    assert counts["digital"]["überfällig"] == 1  # done items are never overdue
    assert counts["fachkraefte"]["offen"] == 3


def test_edits_are_committed_immediately_visible_to_a_new_connection(tracker: Tracker) -> None:
    tracker.update_item("empfehlung-06", {"notes": "sofort gespeichert"})
    other = tracker.con.cursor()  # a fresh connection sees only committed data
    assert other.execute("SELECT notes FROM tracker_items WHERE id='empfehlung-06'").fetchone() == ("sofort gespeichert",)


def test_read_only_tracker_refuses_every_write(tracker: Tracker) -> None:
    ro = Tracker(tracker.con, read_only=True)
    for write in (
        lambda: ro.update_item("empfehlung-01", {"status": "geplant"}),
        lambda: ro.add_measure("empfehlung-01", "x"),
        lambda: ro.add_meeting("01.02.2027", "A, B", "C"),
        lambda: ro.set_editor_name("Z"),
    ):
        with pytest.raises(TrackerReadOnlyError):
            write()
    assert ro.item("empfehlung-01")["status"] == "offen"


def test_editor_name_and_meeting_log(tracker: Tracker) -> None:
    t = Tracker(tracker.con)
    t.set_editor_name("Protokoll Lenkungsgruppe")
    mid = t.add_meeting("12.03.2027", "HWK Leipzig, HWK Halle", "Empfehlung 1 gestartet")
    assert t.meetings()[0]["attendees"] == "HWK Leipzig, HWK Halle"
    assert t.history()[0]["who"] == "Protokoll Lenkungsgruppe" and t.history()[0]["entity_id"] == mid
