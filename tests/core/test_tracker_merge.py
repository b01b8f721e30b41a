"""Export/import between two laptops: merge by item, conflicts shown with both values, never overwritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import ImportValidationError, InvalidInputError
from core.tracker.store import Tracker
from core.tracker.transfer import apply_import, export_file, load_file, plan_import
from core.userdb import open_user_db


@pytest.fixture
def laptops(tmp_path: Path):
    a = open_user_db(tmp_path / "a.duckdb")
    b = open_user_db(tmp_path / "b.duckdb")
    yield Tracker(a, who="Laptop A"), Tracker(b, who="Laptop B"), tmp_path
    a.close()
    b.close()


def _sync(src: Tracker, dst: Tracker, folder: Path, **kw) -> tuple:
    f = export_file(src, folder / "tracker.json")
    plan = plan_import(dst, load_file(f))
    return plan, (apply_import(dst, plan, **kw) if not plan.conflicts or kw else None)


def test_new_measures_and_history_travel_and_reimport_is_idempotent(laptops) -> None:
    a, b, tmp = laptops
    m = a.add_measure("empfehlung-01", "Berufsorientierung an Oberschulen")
    a.add_milestone(m, "Auftakt", "01.03.2027")
    a.update_item(m, {"status": "geplant"})
    a.add_meeting("10.02.2027", "Lenkungsgruppe", "Start beschlossen")
    plan, counts = _sync(a, b, tmp)
    assert counts["new"] == 3 and not plan.conflicts
    assert b.item(m)["status"] == "geplant" and b.milestones(m)[0]["title"] == "Auftakt"
    assert len(b.history(m)) == len(a.history(m))
    assert b.meetings()[0]["decisions"] == "Start beschlossen"
    plan2, counts2 = _sync(a, b, tmp)
    assert counts2 == {"new": 0, "updated": 0, "conflicts_remote": 0, "conflicts_local": 0, "history": 0}


def test_changes_to_different_fields_merge_without_conflict(laptops) -> None:
    a, b, tmp = laptops
    _sync(a, b, tmp)
    a.update_item("empfehlung-02", {"status": "in Umsetzung"})
    b.update_item("empfehlung-02", {"notes": "Innung Leipzig angefragt"})
    plan, _ = _sync(a, b, tmp)
    assert not plan.conflicts
    assert b.item("empfehlung-02")["status"] == "in Umsetzung"
    assert b.item("empfehlung-02")["notes"] == "Innung Leipzig angefragt"
    _sync(b, a, tmp)  # and back: both laptops now agree
    assert a.item("empfehlung-02")["notes"] == "Innung Leipzig angefragt"


def test_same_field_changed_on_both_sides_is_a_conflict_showing_both_values(laptops) -> None:
    a, b, tmp = laptops
    a.update_item("empfehlung-09", {"status": "geplant"})
    b.update_item("empfehlung-09", {"status": "zurückgestellt"})
    plan, counts = _sync(a, b, tmp)
    assert counts is None  # nothing written yet: the user decides
    (c,) = plan.conflicts
    assert c.field == "status" and c.local == "zurückgestellt" and c.remote == "geplant"
    assert "9 Kooperationschancen" in c.label
    with pytest.raises(InvalidInputError, match="nicht entschieden"):
        apply_import(b, plan)
    assert b.item("empfehlung-09")["status"] == "zurückgestellt"
    apply_import(b, plan, {c.key: "remote"})
    assert b.item("empfehlung-09")["status"] == "geplant"
    assert b.history("empfehlung-09")[0]["note"].startswith("Import-Konflikt")
    # after the decision, the other laptop takes it over without a conflict
    plan_back, _ = _sync(b, a, tmp)
    assert not plan_back.conflicts and a.item("empfehlung-09")["status"] == "geplant"


def test_keeping_my_version_wins_on_the_next_exchange(laptops) -> None:
    a, b, tmp = laptops
    a.update_item("empfehlung-10", {"progress": 50})
    b.update_item("empfehlung-10", {"progress": 20})
    plan, _ = _sync(a, b, tmp, prefer="local")
    assert len(plan.conflicts) == 1 and b.item("empfehlung-10")["progress"] == 20
    plan_back, _ = _sync(b, a, tmp)
    assert not plan_back.conflicts and a.item("empfehlung-10")["progress"] == 20


def test_bad_files_are_refused_with_a_german_message(laptops, tmp_path: Path) -> None:
    _, b, _ = laptops
    f = tmp_path / "x.json"
    f.write_text("{kein json", "utf-8")
    with pytest.raises(ImportValidationError, match="keine gültige Tracker-Datei.*kein gültiges JSON"):
        load_file(f)
    f.write_text(json.dumps({"format": "handwerksmonitor-tracker", "version": 99}), "utf-8")
    with pytest.raises(ImportValidationError, match="neueren Programmversion"):
        load_file(f)
    data = json.loads(export_file(b, tmp_path / "ok.json").read_text("utf-8"))
    data["items"][0]["status"] = "erledigt"
    f.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ImportValidationError) as exc:
        load_file(f)
    assert "Unbekannter Status „erledigt“" in exc.value.message("de")


def test_measures_added_on_both_laptops_keep_distinct_codes(laptops) -> None:
    a, b, tmp = laptops
    ma = a.add_measure("empfehlung-04", "Hochschultag")
    mb = b.add_measure("empfehlung-04", "Transferscouts")
    assert a.item(ma)["code"] == b.item(mb)["code"] == "4.1"
    _sync(a, b, tmp)
    codes = {r["title"]: r["code"] for r in b.children("empfehlung-04")}
    assert codes == {"Transferscouts": "4.1", "Hochschultag": "4.2"}
    assert b.resolve("4.2") == ma  # the same measure keeps its id on both laptops
