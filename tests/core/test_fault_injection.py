"""Property-based fault injection on every real input format: GENESIS classic (the bundled real exports)
and flat files, the chamber template (CSV and xlsx), the register extract, and the tracker file.

Hypothesis truncates, pads and mutates the files. Whatever it produces, the promise is the same:

* a clean import (every value of the region, plausible, whole where counted) or a clear refusal (an
  ImportValidationError with located problems in German and English) — never another exception;
* the user database is unchanged by a refusal, and a clean import is stored whole;
* bounded work: each attempt finishes within ``TIME_LIMIT`` and the process's peak memory grows by less
  than 1 GB over the whole run;
* a cut classic GENESIS table is always refused (its footer is gone).

The default run keeps the example counts small; the ``slow`` variants (run in CI too) try more, each
combining two faults. ``HYPOTHESIS_PROFILE``-style deeper runs: raise ``SLOW``'s max_examples locally.
"""

from __future__ import annotations

import copy
import json
import random
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import HandwerksmonitorError, ImportValidationError
from core.imports import plausibility, versions
from core.imports.pipeline import read_import
from core.regions import load_region
from core.tracker import links
from core.tracker.seed import RECOMMENDATIONS
from core.tracker.store import Tracker
from core.tracker.transfer import apply_import, export_data, export_file, load_file, plan_import
from core.userdb import open_user_db

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
REGION = load_region()
TIME_LIMIT = 30.0
MEMORY_GROWTH_KB = 1024 * 1024
BASELINE_KB = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _template_bytes() -> bytes:
    from openpyxl import load_workbook

    from core.imports.chamber import SHEET_BUSINESSES, write_template

    with tempfile.TemporaryDirectory() as tmp:
        path = write_template(Path(tmp) / "v.xlsx", REGION)
        wb = load_workbook(path)
        for row in (["Leipzig", 2023, "Ausbaugewerbe", 400, 2100], ["15088", 2023, "insgesamt", 2000, 14000]):
            wb[SHEET_BUSINESSES].append(row)
        wb.save(path)
        return path.read_bytes()


def _register_head(lines: int = 400) -> bytes:
    data = (DATA / "register" / "handwerksrolle_hwk_halle.csv").read_bytes()
    return b"".join(data.splitlines(keepends=True)[:lines])


FILES: dict[str, bytes] = {
    "genesis-53111": (DATA / "imports" / "53111-01-01-4_irmd_cp1252.csv").read_bytes(),
    "genesis-13111": (DATA / "genesis" / "13111-01-03-4.csv").read_bytes(),
    "genesis-12411": (DATA / "genesis" / "12411-01-01-4.csv").read_bytes(),
    "flat": (DATA / "imports" / "12411_flat.csv").read_bytes(),
    "flat-old": (DATA / "imports" / "13111_flat_old.csv").read_bytes(),
    "chamber-csv": (DATA / "imports" / "kammer_betriebe.csv").read_bytes(),
    "chamber-xlsx": _template_bytes(),
    "register": _register_head(),
}
CLASSIC = {k for k in FILES if k.startswith("genesis")}
HOSTILE_TOKENS = [b"NaN", b"1e20", b"1_000", b"-5", b"9" * 30, b"2025.5", b"inf", b"\x1b[2J", b"\x00", b"1,5",
                  b"\xff\xfe", b"(12)", b"x" * 5000, b";;;;;;", b'"', b"\r"]


# ------------------------------------------------------------------------------------------------ mutations
def truncate(data: bytes, at: int, at_line: bool) -> bytes:
    cut = at % (len(data) + 1)
    if at_line:
        nl = data.rfind(b"\n", 0, cut)
        cut = nl + 1 if nl >= 0 else 0
    return data[:cut]


def pad(data: bytes, how: str, rnd: random.Random) -> bytes:
    lines = data.splitlines(keepends=True)
    if how == "junk":
        return data + bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 2000)))
    if how == "repeat":
        line = lines[rnd.randrange(len(lines))]
        return data + line * rnd.randint(1, 500)
    if how == "blank":
        return data + b"\n" * rnd.randint(1, 1000)
    if how == "huge-field":
        i = rnd.randrange(len(lines))
        return b"".join(lines[:i] + [lines[i].rstrip(b"\r\n") + b";" + b"7" * 200_000 + b"\n"] + lines[i + 1:])
    if how == "wide":
        return b"".join(ln.rstrip(b"\r\n") + b";" * rnd.randint(1, 3000) + b"\n" for ln in lines[:50]) + b"".join(lines[50:])
    raise AssertionError(how)


def mutate(data: bytes, how: str, rnd: random.Random) -> bytes:
    if not data:
        return data
    b = bytearray(data)
    if how == "flip":
        for _ in range(rnd.randint(1, 16)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        return bytes(b)
    lines = data.splitlines(keepends=True)
    if how == "token":
        i = rnd.randrange(len(lines))
        cells = lines[i].split(b";")
        j = rnd.randrange(len(cells))
        cells[j] = rnd.choice(HOSTILE_TOKENS)
        lines[i] = b";".join(cells)
        return b"".join(lines)
    if how == "swap-lines" and len(lines) > 2:
        i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return b"".join(lines)
    if how == "drop-separator":
        i = rnd.randrange(len(lines))
        lines[i] = lines[i].replace(b";", b"", 1)
        return b"".join(lines)
    if how == "duplicate-line":
        i = rnd.randrange(len(lines))
        return b"".join(lines[: i + 1] + [lines[i]] + lines[i + 1:])
    return data


def _is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


# ------------------------------------------------------------------------------------------------ the property
def import_property(data: bytes, folder: Path, name: str) -> str:
    """Attempt the import of ``data``: clean, or refused clearly; bounded; the database whole either way."""
    path = folder / ("fault.xlsx" if _is_zip(data) else "fault.csv")
    path.write_bytes(data)
    started = time.perf_counter()
    try:
        batch = read_import(path, REGION)
    except ImportValidationError as exc:
        assert exc.problems, "a refusal names its problems"
        assert exc.message("de").strip() and exc.message("en").strip()
        assert len(exc.message("de")) < 20_000
        outcome = "refused"
    else:
        outcome = "imported"
        v = batch.values
        assert not v.empty
        assert set(v.area_code) <= set(REGION.all_area_codes())
        for ind, area, x in zip(v.indicator, v.area_code, v.value, strict=True):
            if x == x and x is not None:
                assert plausibility.problem(str(ind), str(area), float(x)) is None, (ind, area, x)
        con = open_user_db(folder / "user.duckdb")
        try:
            before = con.execute("SELECT count(*) FROM import_values").fetchall()[0][0]
            try:
                vid = versions.save_version(con, batch)
            except ImportValidationError:  # the same content imported before: nothing changes
                assert con.execute("SELECT count(*) FROM import_values").fetchall()[0][0] == before
            else:
                n = con.execute("SELECT count(*) FROM import_values WHERE version_id = ?", [vid]).fetchall()[0][0]
                assert n == len(v)  # stored whole
        finally:
            con.close()
    assert time.perf_counter() - started < TIME_LIMIT, f"{name}: bounded time"
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - BASELINE_KB
    assert grown < MEMORY_GROWTH_KB, f"{name}: peak memory grew by {grown // 1024} MB"
    return outcome


def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="hwm-fault-"))


SET = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
names = st.sampled_from(sorted(FILES))


def _truncation(name: str, at: int, at_line: bool) -> None:
    data = FILES[name]
    cut = truncate(data, at, at_line)
    outcome = import_property(cut, _folder(), name)
    if name in CLASSIC and len(cut) < len(data.rstrip()):
        assert outcome == "refused", "a cut GENESIS table must never be stored"


@SET
@given(name=names, at=st.integers(0, 10**7), at_line=st.booleans())
def test_truncated_files(name: str, at: int, at_line: bool) -> None:
    _truncation(name, at, at_line)


@SET
@given(name=names, how=st.sampled_from(["junk", "repeat", "blank", "huge-field", "wide"]), seed=st.integers(0, 2**32))
def test_padded_files(name: str, how: str, seed: int) -> None:
    data = FILES[name]
    if _is_zip(data) and how != "junk":
        how = "junk"
    import_property(pad(data, how, random.Random(seed)), _folder(), name)


@SET
@given(name=names, how=st.sampled_from(["flip", "token", "swap-lines", "drop-separator", "duplicate-line"]),
       seed=st.integers(0, 2**32))
def test_mutated_files(name: str, how: str, seed: int) -> None:
    import_property(mutate(FILES[name], how, random.Random(seed)), _folder(), name)


@pytest.mark.slow
@SLOW
@given(name=names, at=st.integers(0, 10**7), at_line=st.booleans(),
       how=st.sampled_from(["flip", "token", "swap-lines", "drop-separator", "duplicate-line"]), seed=st.integers(0, 2**32))
def test_many_faults_slow(name: str, at: int, at_line: bool, how: str, seed: int) -> None:
    _truncation(name, at, at_line)
    import_property(mutate(FILES[name], how, random.Random(seed)), _folder(), name)


# ------------------------------------------------------------------------------------------------ tracker file
def _tracker_export() -> dict[str, Any]:
    folder = _folder()
    con = open_user_db(folder / "laptop-a.duckdb")
    t = Tracker(con, who="Laptop A")
    m = t.add_measure("empfehlung-05", "Innovationsgutschein", start_date="01.01.2027", due_date="31.12.2027")
    t.add_milestone(m, "Antrag", "01.03.2027")
    t.add_kpi(m, "Projekte", 5, 1, "Anzahl")
    t.add_link(m, "https://www.example.org/gutschein", "Info")
    t.add_meeting("15.01.2027", "HWK, IHK", "Start")
    t.update_item(m, {"status": "in Umsetzung", "progress": 30})
    data = json.loads(export_file(t, folder / "a.hwmtracker").read_text("utf-8"))
    con.close()
    return data


EXPORT = _tracker_export()
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40) | st.sampled_from(["javascript:alert(1)", "\\\\h\\s\\x.exe", "2027-13-45", "empfehlung-11",
                                              "/usr/bin/xcalc", "erledigt", "x" * 20_000]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6)


def _paths(obj: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


def _set(obj: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    parent = obj
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return obj


def _tracker_state(con: Any) -> dict[str, Any]:
    data = export_data(Tracker(con))
    data.pop("exported_at")
    return data


def tracker_property(data: Any, raw: str | None = None) -> str:
    folder = _folder()
    path = folder / "fault.hwmtracker"
    path.write_text(raw if raw is not None else json.dumps(data, ensure_ascii=False), "utf-8")
    con = open_user_db(folder / "laptop-b.duckdb")
    try:
        t = Tracker(con, who="Laptop B")
        before = _tracker_state(con)
        started = time.perf_counter()
        try:
            plan = plan_import(t, load_file(path, t))
            apply_import(t, plan, prefer="remote")
        except HandwerksmonitorError as exc:
            assert exc.message("de").strip() and exc.message("en").strip()
            assert _tracker_state(con) == before, "a refused file writes nothing"
            return "refused"
        finally:
            assert time.perf_counter() - started < TIME_LIMIT
        items = t.items(include_deleted=True)
        recs = [r for r in items if r["kind"] == "recommendation"]
        assert len(recs) == 10
        seed = {r.item_id: r for r in RECOMMENDATIONS}
        for r in recs:
            s = seed[r["id"]]
            assert (r["title"], r["background"], r["goal"], r["number"], r["field"]) == \
                (s.title, s.background, s.goal, s.number, s.field), "study text changed by a file"
            assert not r["deleted"]
        ids = {r["id"]: r for r in items}
        for r in items:
            if r["kind"] == "measure":
                assert ids[r["parent_id"]]["kind"] == "recommendation"
                assert not (r["start_date"] and r["due_date"] and r["due_date"] < r["start_date"])
        for link in con.execute("SELECT target FROM tracker_links").fetchall():
            assert links.target_problem(link[0]) is None
        return "merged"
    finally:
        con.close()


@SET
@given(seed=st.integers(0, 2**32), value=JSON_VALUES)
def test_mutated_tracker_files(seed: int, value: Any) -> None:
    data = copy.deepcopy(EXPORT)
    paths = _paths(data)
    path = random.Random(seed).choice(paths)
    tracker_property(_set(data, path, value))


@SET
@given(at=st.integers(0, 10**6), pad_with=st.sampled_from(["", "]", "}", "{" * 5000, "[" * 100_000, " " * 10]))
def test_truncated_and_padded_tracker_files(at: int, pad_with: str) -> None:
    text = json.dumps(EXPORT, ensure_ascii=False)
    cut = text[: at % (len(text) + 1)] + pad_with
    tracker_property(None, raw=cut)


@pytest.mark.slow
@SLOW
@given(seed=st.integers(0, 2**32), value=JSON_VALUES, drop=st.booleans())
def test_many_tracker_faults_slow(seed: int, value: Any, drop: bool) -> None:
    data = copy.deepcopy(EXPORT)
    rnd = random.Random(seed)
    path = rnd.choice(_paths(data))
    if drop and path and isinstance(path[-1], str):
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        parent.pop(path[-1], None)
        tracker_property(data)
    else:
        tracker_property(_set(data, path, value))


def test_unmutated_files_import_and_merge() -> None:
    for name, data in FILES.items():
        assert import_property(data, _folder(), name) == "imported", name
    assert tracker_property(copy.deepcopy(EXPORT)) == "merged"
