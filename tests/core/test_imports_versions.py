"""Data versions: one transaction per import, overlay key by key, switch back, undo, provenance."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from core.datastore import DataStore
from core.errors import ImportValidationError, InvalidInputError
from core.imports import versions
from core.imports.pipeline import read_import
from core.userdb import open_user_db

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "imports"


@pytest.fixture(scope="module")
def own_store():
    """A store of its own: these tests change its facts."""
    return DataStore()


@pytest.fixture
def con(own_store):
    c = open_user_db()
    versions.activate(own_store, c, None)
    yield c
    versions.activate(own_store, c, None)
    c.close()


def counts(con) -> tuple[int, int]:
    return (con.execute("SELECT count(*) FROM import_versions").fetchone()[0],
            con.execute("SELECT count(*) FROM import_values").fetchone()[0])


def fact(store, area, year, indicator, group="insgesamt"):
    df = store.query("SELECT value, kind, dataset FROM facts WHERE area_code=? AND year=? AND indicator=? "
                     "AND gewerbegruppe=?", [area, year, indicator, group])
    return None if df.empty else tuple(df.iloc[0])


def test_migration_registered(con):
    assert con.execute("SELECT version FROM schema_version WHERE component='imports'").fetchone()[0] == 1


def test_import_activate_switch_back_and_undo(con, own_store):
    assert fact(own_store, "14713", 2022, "businesses") is None or fact(own_store, "14713", 2022,
                                                                         "businesses")[2] != "import:1"
    chamber = versions.save_version(con, read_import(FIXTURES / "kammer_betriebe.csv"), user="tester")
    versions.activate(own_store, con, chamber)
    assert fact(own_store, "14713", 2022, "businesses") == (553.0, "import", f"import:{chamber}")
    official = versions.save_version(con, read_import(FIXTURES / "53111-01-01-4_irmd_cp1252.csv"))
    versions.activate(own_store, con, official)
    # the later official import is laid over the chamber import, which stays for its own keys
    assert fact(own_store, "16077", 2014, "businesses") == (787.0, "official", f"import:{official}")
    assert fact(own_store, "14713", 2022, "businesses")[2] == f"import:{chamber}"
    # switch back to the earlier version, then to the bundled data
    versions.activate(own_store, con, chamber)
    assert fact(own_store, "16077", 2014, "businesses")[2] == "handwerkszaehlung"
    versions.activate(own_store, con, None)
    bundled = fact(own_store, "14713", 2022, "businesses")
    assert bundled is None or not str(bundled[2]).startswith("import:")
    assert versions.active_version(con) is None
    # undo the active import: the previous one becomes active
    versions.activate(own_store, con, official)
    assert versions.undo_import(con, official, own_store) == chamber
    assert fact(own_store, "16077", 2014, "businesses")[2] == "handwerkszaehlung"
    assert [v.id for v in versions.list_versions(con)] == [chamber]
    undone = versions.list_versions(con, include_undone=True)[-1]
    assert undone.undone_at and undone.id == official
    with pytest.raises(InvalidInputError):
        versions.activate(own_store, con, official)
    # bundled facts are untouched throughout
    n_bundled = own_store.query("SELECT count(*) AS n FROM facts_bundled").n.iloc[0]
    versions.activate(own_store, con, None)
    assert own_store.query("SELECT count(*) AS n FROM facts").n.iloc[0] == n_bundled


def test_provenance_of_an_import(con):
    batch = read_import(FIXTURES / "53111-01-01-4_irmd_cp1252.csv")
    vid = versions.save_version(con, batch, user="kammer-user")
    (v,) = versions.list_versions(con)
    assert v.active and v.sha256 == batch.sha256 and v.imported_by == "kammer-user"
    assert v.table_code == "53111-01-01-4" and v.stand == "2017-10-10"
    p = v.provenance()
    assert p.id == f"import:{vid}" and p.kind == "official" and p.stand == "2017-10-10"
    assert batch.sha256 in p.source and "53111-01-01-4_irmd_cp1252.csv" in p.source
    assert versions.provenance_for(con, f"import:{vid}") == p
    chamber = versions.save_version(con, read_import(FIXTURES / "kammer_register.csv"))
    assert versions.provenance_for(con, f"import:{chamber}").kind == "import"
    # special values keep their meaning in the store of versions
    meaning = con.execute("SELECT flag_meaning FROM import_values WHERE flag='...'").fetchone()[0]
    assert meaning == "Angabe fällt später an"


def test_same_file_twice_is_refused(con):
    batch = read_import(FIXTURES / "kammer_betriebe.csv")
    versions.save_version(con, batch)
    before = counts(con)
    with pytest.raises(ImportValidationError, match="bereits importiert"):
        versions.save_version(con, batch)
    assert counts(con) == before


def test_failed_write_leaves_nothing(con):
    batch = read_import(FIXTURES / "kammer_betriebe.csv")
    before = counts(con)
    broken = batch.values.copy()
    broken.loc[broken.index[-1], "area_code"] = None  # violates NOT NULL on the last row
    batch.values = broken
    with pytest.raises(Exception):  # noqa: B017 - any database error; the point is the rollback
        versions.save_version(con, batch)
    assert counts(con) == before
    assert versions.active_version(con) is None


def test_overlay_is_key_by_key(con, own_store):
    batch = read_import(FIXTURES / "kammer_betriebe.csv")
    batch.values = pd.DataFrame([{"area_code": "14713", "year": 2014, "indicator": "businesses",
                                  "gewerbegruppe": "insgesamt", "value": 1.0, "flag": None, "flag_meaning": None}])
    vid = versions.save_version(con, batch)
    versions.activate(own_store, con, vid)
    assert fact(own_store, "14713", 2014, "businesses")[0] == 1.0
    assert fact(own_store, "14713", 2013, "businesses")[2] == "handwerkszaehlung"
    assert fact(own_store, "14713", 2014, "employees")[2] == "handwerkszaehlung"
