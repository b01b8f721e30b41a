"""Move the whole tracker between laptops as one versioned JSON file, merging instead of overwriting.

Export: every row of every tracker table (including soft-deleted rows) and the complete history.

Import is three-way per field, with the *history* as version information: every committed change has a
history row with a unique id, and an import adds the other side's history rows to ours. For one field of
one entity, let L/R be the local/imported value and E_L/E_R the ids of the history rows of that field:

* L == R                              -> nothing to do
* E_R \\ E_L non-empty, E_L \\ E_R empty -> only the other side changed since the common base: take R
* E_L \\ E_R non-empty, E_R \\ E_L empty -> only we changed: keep L
* otherwise (both changed)             -> a :class:`Conflict` showing both values; the user chooses.

Entities only the file has are added. :func:`plan_import` writes nothing; :func:`apply_import` writes the
plan and the user's choices in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from core.atomic_file import write_text
from core.errors import ImportValidationError, InvalidInputError
from core.text_safety import shown, shown_path
from core.tracker import file_schema
from core.tracker.effects import check_effect
from core.tracker.file_schema import FORMAT, SECTIONS, VERSION  # the file format, defined where it is checked
from core.tracker.model import ENTITY_FIELDS, coerce, to_text
from core.tracker.store import TABLES, Tracker, _code_key, _now

HISTORY_COLUMNS = ("id", "at", "who", "entity", "entity_id", "item_id", "field", "old", "new", "note")


def _jsonable(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    return v


def export_data(tracker: Tracker) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "exported_by": tracker.who,
    }
    for entity, section in SECTIONS.items():
        rows = tracker._rows(f"SELECT * FROM {TABLES[entity]} ORDER BY id")  # noqa: SLF001
        data[section] = [{k: _jsonable(v) for k, v in r.items()} for r in rows]
    data["history"] = [
        {k: _jsonable(v) for k, v in r.items()}
        for r in tracker._rows('SELECT * FROM tracker_history ORDER BY "at", id')  # noqa: SLF001
    ]
    return data


def export_file(tracker: Tracker, path: Path) -> Path:
    """Write the tracker to ``path`` atomically (:mod:`core.atomic_file`: never half-written)."""

    return write_text(path, json.dumps(export_data(tracker), ensure_ascii=False, indent=1))


def load_file(path: Path, tracker: Tracker | None = None) -> dict[str, Any]:
    """Read and check an export file completely (it is untrusted input: :mod:`core.tracker.file_schema`);
    raises :class:`~core.tracker.file_schema.TrackerFileError` (an ImportValidationError) listing what is
    wrong, before anything is planned or written. ``tracker``: this laptop's tracker (links, milestones …
    of the file may belong to items that exist here)."""

    path = Path(path)
    data = file_schema.read(path)
    local = [r["id"] for r in tracker.items(include_deleted=True)] if tracker is not None else []
    return file_schema.check(data, shown_path(path.name), local)


def _typed(entity: str, row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for f in ENTITY_FIELDS[entity]:
        if f.kind == "text" and out.get(f.name) is None and not f.required:
            out[f.name] = ""
        elif f.kind == "bool" and out.get(f.name) is None:
            out[f.name] = False
        else:
            out[f.name] = coerce(f, out.get(f.name))
    if entity == "effect" and not out["deleted"]:
        check_effect(out)
    return out


@dataclass(frozen=True)
class Conflict:
    """Same field changed on both laptops since they last shared the tracker."""

    entity: str
    entity_id: str
    field: str
    label: str  # e.g. "3.1 Nachfolgebörse – Status"
    local: str | None
    remote: str | None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.entity, self.entity_id, self.field)


@dataclass
class ImportPlan:
    new_rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: list[tuple[str, str, str, object]] = field(default_factory=list)  # entity, id, field, value
    conflicts: list[Conflict] = field(default_factory=list)
    new_history: list[dict[str, Any]] = field(default_factory=list)
    remote_values: dict[tuple[str, str, str], object] = field(default_factory=dict)

    def summary(self) -> str:
        n_new = sum(len(v) for v in self.new_rows.values())
        return (f"{n_new} neue Einträge, {len(self.updates)} übernommene Änderungen, "
                f"{len(self.conflicts)} Konflikte")


def _events(history: list[dict[str, Any]]) -> dict[tuple[str, str, str], set[str]]:
    out: dict[tuple[str, str, str], set[str]] = {}
    for h in history:
        out.setdefault((h["entity"], h["entity_id"], h["field"]), set()).add(h["id"])
    return out


def plan_import(tracker: Tracker, data: dict[str, Any]) -> ImportPlan:
    """What importing ``data`` would change; writes nothing."""
    plan = ImportPlan()
    local_hist = tracker.history()
    local_ev = _events(local_hist)
    remote_ev = _events(data.get("history", []))
    known_history = {h["id"] for h in local_hist}
    plan.new_history = [h for h in data.get("history", []) if h["id"] not in known_history]
    items = {r["id"]: r for r in tracker.items(include_deleted=True)}
    # rows typed by load_file's check (a plain dict, e.g. built in a test, is typed here)
    checked = data.typed_rows if isinstance(data, file_schema.CheckedFile) else {}
    for entity, section in SECTIONS.items():
        local = {r["id"]: r for r in tracker._rows(f"SELECT * FROM {TABLES[entity]}")}  # noqa: SLF001
        rows = checked.get(entity)
        for raw in rows if rows is not None else data.get(section, []):
            remote = raw if rows is not None else _typed(entity, raw)
            mine = local.get(remote["id"])
            if mine is None:
                plan.new_rows.setdefault(entity, []).append(remote)
                continue
            owner = items.get(mine["id"] if entity == "item" else mine.get("item_id") or "", {})
            for f in ENTITY_FIELDS[entity]:
                lv = to_text("" if f.kind == "text" and mine.get(f.name) is None else mine.get(f.name))
                rv = to_text(remote[f.name])
                if lv == rv:
                    continue
                key = (entity, remote["id"], f.name)
                only_local = local_ev.get(key, set()) - remote_ev.get(key, set())
                only_remote = remote_ev.get(key, set()) - local_ev.get(key, set())
                if only_remote and not only_local:
                    plan.updates.append((entity, remote["id"], f.name, remote[f.name]))
                elif only_local and not only_remote:
                    continue
                else:
                    what = owner.get("code", "") + " " + owner.get("title", "") if owner else "Sitzung"
                    sub_label = raw.get("title") or raw.get("name") or raw.get("label") or raw.get("param") or ""
                    sub = f"{sub_label} " if entity != "item" else ""
                    plan.conflicts.append(Conflict(entity, remote["id"], f.name, f"{what.strip()} – {sub}{f.label}",
                                                   lv, rv))
                    plan.remote_values[key] = remote[f.name]
    return plan


def apply_import(tracker: Tracker, plan: ImportPlan, resolutions: dict[tuple[str, str, str], str] | None = None,
                 prefer: str | None = None) -> dict[str, int]:
    """Write the plan in one transaction. Each conflict needs a choice 'local' or 'remote' (from
    ``resolutions`` by key, else ``prefer``); a chosen remote value is written as a new edit with history."""
    tracker._check_writable()  # noqa: SLF001
    resolutions = dict(resolutions or {})
    missing = [c for c in plan.conflicts if resolutions.get(c.key, prefer) not in ("local", "remote")]
    if missing:
        raise InvalidInputError(
            f"{len(missing)} Konflikte sind noch nicht entschieden (z. B. {missing[0].label}). Bitte für jeden "
            "Konflikt „meine Fassung“ oder „importierte Fassung“ wählen.",
            f"{len(missing)} conflicts are undecided. Choose 'mine' or 'imported' for each.",
        )
    counts = {"new": 0, "updated": 0, "conflicts_remote": 0, "conflicts_local": 0, "history": 0}
    try:
        _write_plan(tracker, plan, resolutions, prefer, counts)
    except duckdb.Error as exc:  # the transaction was rolled back: nothing of the file is stored

        raise ImportValidationError(
            f"Die Datei enthält Werte, die nicht gespeichert werden können ({shown(exc, 160)}); es wurde nichts "
            "übernommen.",
            f"The file holds values that cannot be stored ({shown(exc, 160)}); nothing was imported.") from exc
    return counts


def _write_plan(tracker: Tracker, plan: ImportPlan, resolutions: dict[tuple[str, str, str], str], prefer: str | None,
                counts: dict[str, int]) -> None:
    con = tracker.con
    with tracker._tx():  # noqa: SLF001
        codes = _codes_taken(con)
        for entity in SECTIONS:
            rows = plan.new_rows.get(entity, [])
            if not rows:
                continue
            table = TABLES[entity]
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database()",
                [table]).fetchall()]
            now = _now()
            records = []
            for row in sorted(rows, key=lambda r: (r.get("parent_id") is not None, _code_key(str(r.get("code") or "")))):
                values = {c: _db_value(row.get(c)) for c in columns if c in row}
                if entity == "item" and values.get("parent_id"):
                    _fresh_code(codes, values)
                if values.get("created_at") is None:
                    values["created_at"] = now
                records.append(values)
            _insert_many(con, table, records)
            counts["new"] += len(records)
        by_field: dict[tuple[str, str], list[tuple[str, object]]] = {}
        for entity, entity_id, name, value in plan.updates:
            by_field.setdefault((entity, name), []).append((entity_id, value))
        for (entity, name), changes in by_field.items():
            _update_many(con, TABLES[entity], name, changes)
            counts["updated"] += len(changes)
        history = [{c: (_db_value(h.get(c)) if c != "note" else (h.get(c) or "")) for c in HISTORY_COLUMNS}
                   for h in plan.new_history]
        _insert_many(con, "tracker_history", history)
        counts["history"] = len(history)
        for c in plan.conflicts:
            if resolutions.get(c.key, prefer) == "remote":
                value = plan.remote_values[c.key]
                con.execute(f'UPDATE {TABLES[c.entity]} SET "{c.field}" = ? WHERE id = ?', [value, c.entity_id])
                owner = c.entity_id if c.entity == "item" else _owner(con, c.entity, c.entity_id)
                tracker._record(c.entity, c.entity_id, owner, c.field, c.local, c.remote,  # noqa: SLF001
                                "Import-Konflikt: importierte Fassung gewählt")
                counts["conflicts_remote"] += 1
            else:
                counts["conflicts_local"] += 1


def _insert_many(con: Any, table: str, records: list[dict[str, Any]]) -> None:
    """All ``records`` in one statement (a merge of 20,000 items must not take 20,000 round trips)."""
    if not records:
        return
    import pandas as pd

    columns = list(dict.fromkeys(c for r in records for c in r))
    frame = pd.DataFrame({c: pd.Series([r.get(c) for r in records], dtype=object) for c in columns})
    types = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                             "AND database_name = current_database()", [table]).fetchall())
    name = f"_bulk_{table}"
    con.register(name, frame)
    try:
        select = ", ".join(f'CAST("{c}" AS {types[c]}) AS "{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} BY NAME SELECT {select} FROM {name}")
    finally:
        with contextlib.suppress(duckdb.Error):  # after a failed INSERT the transaction is aborted
            con.unregister(name)


def _update_many(con: Any, table: str, column: str, changes: list[tuple[str, object]]) -> None:
    import pandas as pd

    frame = pd.DataFrame({"id": [i for i, _ in changes], "value": pd.Series([v for _, v in changes], dtype=object)})
    kind = con.execute("SELECT data_type FROM duckdb_columns() WHERE table_name = ? AND column_name = ? "
                       "AND database_name = current_database()", [table, column]).fetchall()[0][0]
    con.register("_bulk_update", frame)
    try:
        con.execute(f'UPDATE {table} SET "{column}" = CAST(u.value AS {kind}) FROM _bulk_update u '
                    f"WHERE {table}.id = u.id")
    finally:
        with contextlib.suppress(duckdb.Error):
            con.unregister("_bulk_update")


def _owner(con: Any, entity: str, entity_id: str) -> str | None:
    if entity == "meeting":
        return None
    row = con.execute(f"SELECT item_id FROM {TABLES[entity]} WHERE id = ?", [entity_id]).fetchone()
    return row[0] if row else None


def _db_value(v: Any) -> Any:
    if type(v) is str and 19 <= len(v) <= 40 and v[10] == "T" and v[4] == "-":
        try:
            return dt.datetime.fromisoformat(v)
        except ValueError:
            return v
    return v


def _codes_taken(con: Any) -> dict[str, set[str]]:
    taken: dict[str, set[str]] = {}
    for parent, code in con.execute("SELECT parent_id, code FROM tracker_items WHERE parent_id IS NOT NULL").fetchall():
        taken.setdefault(parent, set()).add(code)
    return taken


def _fresh_code(taken: dict[str, set[str]], values: dict[str, Any]) -> None:
    """Keep the measure's code unless another measure already uses it here; then take the next free one."""
    codes = taken.setdefault(values["parent_id"], set())
    if values.get("code") in codes:
        prefix = str(values["code"]).split(".")[0]
        n = max((_code_key(c)[-1] for c in codes), default=0) + 1
        values["code"] = f"{prefix}.{n}"
    codes.add(values["code"])
