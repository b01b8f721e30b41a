"""Effects of measures as tracker data: validation, history, undo, backups, export/import and merge."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from core.errors import ImportValidationError, InvalidInputError
from core.tracker import backup
from core.tracker.store import Tracker
from core.tracker.transfer import apply_import, export_file, load_file, plan_import
from core.userdb import open_user_db

GOOD = {"param": "apprentice_entry", "delta": 3, "start_year": 2026, "full_year": 2028,
        "reason": "Berufsorientierung an Oberschulen (Studie, Empfehlung 1)"}


@pytest.fixture
def tracker(tmp_path: Path):
    con = open_user_db(tmp_path / "t.duckdb")
    yield Tracker(con, who="Test")
    con.close()


def test_an_effect_is_stored_with_canonical_values_and_a_history_row(tracker: Tracker) -> None:
    eid = tracker.add_effect("empfehlung-01", "demand_growth:Ausbau", "0,5", "2027", None,
                             ["Leipzig", "15088"], [], "Sanierungswelle", "")
    (e,) = tracker.effects("empfehlung-01")
    assert e["id"] == eid and e["param"] == "demand_growth" and e["delta"] == 0.5
    assert e["start_year"] == e["full_year"] == 2027  # no full year given: a step
    assert e["groups"] == "Ausbaugewerbe" and e["districts"] == "15088;14713"  # region order, AGS keys
    assert e["source"] == "Annahme"  # no source named: marked as assumption
    hist = tracker.history("empfehlung-01")
    assert hist[0]["entity"] == "effect" and hist[0]["field"] == "angelegt"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"param": "population_variant"}, "Unbekannter Parameter „population_variant“"),
        ({"param": "lehrlinge"}, "Gültig: share_55plus"),
        ({"delta": 12}, "nicht plausibel"),  # 18.6 + 12 = 30.6 > 30
        ({"delta": -9}, "Erlaubte Änderung: −8,6 bis 11,4"),
        ({"delta": "drei"}, "keine Zahl"),
        ({"start_year": 2019}, "außerhalb des Prognosezeitraums"),
        ({"full_year": 2071}, "außerhalb des Prognosezeitraums"),
        ({"full_year": 2025}, "kann nicht vor dem Beginn"),
        ({"reason": "  "}, "Begründung"),
        ({"districts": ["Berlin"]}, "Unbekannter Kreis „Berlin“"),
        ({"groups": ["Bäcker"]}, "Gewerbegruppe „Bäcker“"),
        ({"param": "weight_65plus", "delta": 2.5}, "jede Gewerbegruppe im plausiblen Bereich"),
    ],
)
def test_bad_effects_are_refused_with_one_clear_message_and_nothing_written(tracker, change, message) -> None:
    before = len(tracker.history())
    with pytest.raises(InvalidInputError) as exc:
        tracker.add_effect("empfehlung-01", **{**GOOD, **change})
    assert message in exc.value.de and "\n" not in exc.value.de
    assert exc.value.en and exc.value.en != exc.value.de
    assert tracker.effects() == [] and len(tracker.history()) == before


def test_editing_an_effect_is_validated_recorded_and_undone_like_any_field(tracker: Tracker) -> None:
    eid = tracker.add_effect("empfehlung-01", **GOOD)
    with pytest.raises(InvalidInputError, match="nicht plausibel"):
        tracker.update("effect", eid, {"delta": 20})
    with pytest.raises(InvalidInputError, match="vor dem Beginn"):
        tracker.update("effect", eid, {"start_year": 2030})  # full effect 2028 would come first
    (change,) = tracker.update("effect", eid, {"delta": "4,5"})
    assert tracker.effects()[0]["delta"] == 4.5
    h = tracker.history("empfehlung-01")[0]
    assert (h["entity"], h["field"], h["old"], h["new"]) == ("effect", "delta", "3.0", "4.5")
    tracker.update("effect", eid, {change.field: change.old}, note="Rückgängig")  # what the undo stack does
    assert tracker.effects()[0]["delta"] == 3.0
    tracker.delete("effect", eid)
    assert tracker.effects() == []
    tracker.update("effect", eid, {"deleted": False}, note="Rückgängig")
    assert len(tracker.effects()) == 1


def test_effects_of_a_deleted_measure_are_not_listed(tracker: Tracker) -> None:
    m = tracker.add_measure("empfehlung-07", "Digitalwerkstatt")
    tracker.add_effect(m, "productivity", 0.2, 2027, 2030, reason="Pilot HWK Leipzig: +4 % je Betrieb")
    assert len(tracker.effects()) == 1
    tracker.delete("item", m)
    assert tracker.effects() == [] and len(tracker.effects(m)) == 1


def test_an_old_database_without_the_effects_table_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = open_user_db(path)
    con.execute("DROP TABLE tracker_effects")
    con.execute("UPDATE schema_version SET version = 1 WHERE component = 'tracker'")
    con.close()
    con = open_user_db(path)
    t = Tracker(con)
    t.add_effect("empfehlung-01", **GOOD)
    assert len(t.effects()) == 1
    con.close()


# ---------------------------------------------------------------------------------------- backups
def test_effects_survive_a_restore_from_backup_in_the_running_app() -> None:
    app = backup.open_for_app()
    t = Tracker(app.con)
    eid = t.add_effect("empfehlung-01", **GOOD)
    saved = backup.make_backup(t.con, "manuell")
    t.update("effect", eid, {"delta": 5})
    t.delete("effect", eid)
    backup.restore_into(t.con, saved)
    (e,) = t.effects()
    assert e["id"] == eid and e["delta"] == 3.0 and e["reason"] == GOOD["reason"]
    app.con.close()


def test_effects_survive_a_restore_of_the_closed_file() -> None:
    app = backup.open_for_app()
    t = Tracker(app.con)
    t.add_effect("empfehlung-02", **{**GOOD, "groups": ["Ausbaugewerbe"]})
    saved = backup.make_backup(t.con, "manuell")
    t.delete("effect", t.effects()[0]["id"])
    app.con.close()
    backup.restore_file(saved)
    con = open_user_db()
    (e,) = Tracker(con).effects()
    assert e["item_id"] == "empfehlung-02" and e["groups"] == "Ausbaugewerbe"
    con.close()


# ---------------------------------------------------------------------------------------- transfer
@pytest.fixture
def laptops(tmp_path: Path):
    a = open_user_db(tmp_path / "a.duckdb")
    b = open_user_db(tmp_path / "b.duckdb")
    yield Tracker(a, who="Laptop A"), Tracker(b, who="Laptop B"), tmp_path
    a.close()
    b.close()


def _sync(src: Tracker, dst: Tracker, folder: Path, **kw):
    f = export_file(src, folder / "tracker.hwmtracker")
    plan = plan_import(dst, load_file(f))
    return plan, (apply_import(dst, plan, **kw) if not plan.conflicts or kw else None)


def test_effects_travel_in_an_export_import_round_trip_with_their_history(laptops) -> None:
    a, b, tmp = laptops
    m = a.add_measure("empfehlung-01", "Berufsorientierung an Oberschulen")
    e1 = a.add_effect(m, **GOOD, districts=["Leipzig"], source="Studie, Handlungsfeld Fachkräfte")
    e2 = a.add_effect("empfehlung-03", "net_outflow", -0.2, 2027, 2030, reason="Rückkehrerprogramm")
    plan, counts = _sync(a, b, tmp)
    assert not plan.conflicts and counts["new"] == 3  # measure + two effects
    assert {e["id"] for e in b.effects()} == {e1, e2}
    got = {e["id"]: e for e in b.effects()}
    want = {e["id"]: e for e in a.effects()}
    for eid in (e1, e2):
        assert {k: v for k, v in got[eid].items() if k != "created_at"} == \
            {k: v for k, v in want[eid].items() if k != "created_at"}
    assert [h["id"] for h in b.history(m)] == [h["id"] for h in a.history(m)]
    _, again = _sync(a, b, tmp)
    assert again == {"new": 0, "updated": 0, "conflicts_remote": 0, "conflicts_local": 0, "history": 0}


def test_effect_edits_merge_and_a_double_edit_is_a_conflict(laptops) -> None:
    a, b, tmp = laptops
    eid = a.add_effect("empfehlung-01", **GOOD)
    _sync(a, b, tmp)
    a.update("effect", eid, {"delta": 4})
    b.update("effect", eid, {"reason": "Pilot in Halle bestätigt"})
    plan, _ = _sync(a, b, tmp)
    assert not plan.conflicts
    e = b.effects()[0]
    assert e["delta"] == 4.0 and e["reason"] == "Pilot in Halle bestätigt"
    a.update("effect", eid, {"delta": 2})
    b.update("effect", eid, {"delta": 5})
    plan, _ = _sync(a, b, tmp)
    (c,) = plan.conflicts
    assert c.entity == "effect" and (c.local, c.remote) == ("5.0", "2.0") and "apprentice_entry" in c.label
    apply_import(b, plan, {c.key: "remote"})
    assert b.effects()[0]["delta"] == 2.0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("param", "gibt_es_nicht", "Unbekannter Parameter"),
        ("delta", 500, "nicht plausibel"),
        ("start_year", 1999, "außerhalb des Prognosezeitraums"),
        ("full_year", 2020, "außerhalb des Prognosezeitraums"),
        ("item_id", "fremd", "gehört zu keinem Eintrag"),
        ("groups", "Raumfahrt", "Gewerbegruppe"),
    ],
)
def test_a_tampered_file_with_a_bad_effect_is_refused_and_nothing_imported(laptops, field, value, message) -> None:
    a, b, tmp = laptops
    a.add_effect("empfehlung-01", **GOOD)
    f = export_file(a, tmp / "tracker.hwmtracker")
    data = json.loads(f.read_text("utf-8"))
    assert data["version"] == 2 and len(data["effects"]) == 1
    data["effects"][0][field] = value
    f.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ImportValidationError) as exc:
        load_file(f)
    assert message in exc.value.de and "nichts übernommen" in exc.value.de
    assert b.effects() == []


def test_a_version_1_file_without_effects_still_imports(laptops) -> None:
    a, b, tmp = laptops
    a.update_item("empfehlung-04", {"status": "geplant"})
    f = export_file(a, tmp / "old.json")
    data = json.loads(f.read_text("utf-8"))
    data["version"] = 1
    del data["effects"]
    f.write_text(json.dumps(data), "utf-8")
    plan = plan_import(b, load_file(f))
    apply_import(b, plan)
    assert b.item("empfehlung-04")["status"] == "geplant"


def test_backup_file_holds_the_effects_table(tmp_path: Path) -> None:
    app = backup.open_for_app()
    Tracker(app.con).add_effect("empfehlung-01", **GOOD)
    saved = backup.make_backup(app.con, "manuell")
    app.con.close()
    con = duckdb.connect(str(saved), read_only=True)
    assert con.execute("SELECT param, delta FROM tracker_effects").fetchall() == [("apprentice_entry", 3.0)]
    con.close()
