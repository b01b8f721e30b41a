"""Tracker storage in the user's DuckDB file: items, milestones, KPIs, links, meetings and the history of all edits.

Safety model: every edit is one transaction (BEGIN … COMMIT) that writes the new values *and* one history row
per changed field. DuckDB appends the commit to its write-ahead log and syncs it before COMMIT returns, so an
edit the UI reports as saved survives a killed process; the WAL is folded into the main file by DuckDB's
automatic checkpoint and by an explicit CHECKPOINT on :meth:`Tracker.close` (both crash-safe: the file header
is switched only after the new blocks are written). A read-only tracker (second instance, snapshot) refuses
every write with :class:`TrackerReadOnlyError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import uuid
from dataclasses import dataclass
from typing import Any

import duckdb

from core.tracker.effects import ANNAHME, check_effect, parse_param, split_list
from core.tracker.links import target_problem
from core.tracker.model import (
    ACTION_FIELDS,
    ENTITY_FIELDS,
    STATUSES,
    STUDY_LOCKED_FIELDS,
    TrackerReadOnlyError,
    TrackerValidationError,
    UnknownItemError,
    check_dates,
    coerce,
    spec,
    to_text,
)
from core.tracker.seed import RECOMMENDATIONS
from core.userdb import register_migrations, transaction

TABLES = {
    "item": "tracker_items",
    "milestone": "tracker_milestones",
    "kpi": "tracker_kpis",
    "link": "tracker_links",
    "effect": "tracker_effects",
    "meeting": "tracker_meetings",
}
CLOSED_STATUSES = ("umgesetzt", "zurückgestellt")

_SCHEMA_V1 = """
CREATE TABLE tracker_items (
    id VARCHAR PRIMARY KEY, code VARCHAR NOT NULL, parent_id VARCHAR, kind VARCHAR NOT NULL,
    number INTEGER, field VARCHAR NOT NULL, title VARCHAR NOT NULL, description VARCHAR DEFAULT '',
    background VARCHAR DEFAULT '', goal VARCHAR DEFAULT '', source VARCHAR DEFAULT '',
    source_kind VARCHAR DEFAULT 'user', status VARCHAR NOT NULL DEFAULT 'offen', org VARCHAR DEFAULT '',
    person VARCHAR DEFAULT '', partners VARCHAR DEFAULT '', start_date DATE, due_date DATE,
    progress INTEGER NOT NULL DEFAULT 0, next_steps VARCHAR DEFAULT '', notes VARCHAR DEFAULT '',
    deleted BOOLEAN NOT NULL DEFAULT false, created_at TIMESTAMP, updated_at TIMESTAMP, updated_by VARCHAR
);
CREATE TABLE tracker_milestones (
    id VARCHAR PRIMARY KEY, item_id VARCHAR NOT NULL, title VARCHAR NOT NULL, due DATE,
    done BOOLEAN NOT NULL DEFAULT false, deleted BOOLEAN NOT NULL DEFAULT false, created_at TIMESTAMP
);
CREATE TABLE tracker_kpis (
    id VARCHAR PRIMARY KEY, item_id VARCHAR NOT NULL, name VARCHAR NOT NULL, target DOUBLE, actual DOUBLE,
    unit VARCHAR DEFAULT '', deleted BOOLEAN NOT NULL DEFAULT false, created_at TIMESTAMP
);
CREATE TABLE tracker_links (
    id VARCHAR PRIMARY KEY, item_id VARCHAR NOT NULL, label VARCHAR DEFAULT '', target VARCHAR NOT NULL,
    deleted BOOLEAN NOT NULL DEFAULT false, created_at TIMESTAMP
);
CREATE TABLE tracker_meetings (
    id VARCHAR PRIMARY KEY, date DATE NOT NULL, attendees VARCHAR DEFAULT '', decisions VARCHAR DEFAULT '',
    deleted BOOLEAN NOT NULL DEFAULT false, created_at TIMESTAMP
);
CREATE TABLE tracker_history (
    id VARCHAR PRIMARY KEY, "at" TIMESTAMP NOT NULL, who VARCHAR NOT NULL, entity VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL, item_id VARCHAR, field VARCHAR NOT NULL, old VARCHAR, new VARCHAR,
    note VARCHAR DEFAULT ''
);
CREATE TABLE tracker_settings (key VARCHAR PRIMARY KEY, value VARCHAR);
"""


def _migration_v1(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tracker tables and preload the study's 10 recommendations."""
    con.execute(_SCHEMA_V1)
    now = _now()
    for r in RECOMMENDATIONS:
        con.execute(
            "INSERT INTO tracker_items (id, code, parent_id, kind, number, field, title, background, goal, source, "
            "source_kind, status, progress, created_at, updated_at, updated_by) "
            "VALUES (?, ?, NULL, 'recommendation', ?, ?, ?, ?, ?, ?, 'study', 'offen', 0, ?, ?, 'Studie')",
            [r.item_id, str(r.number), r.number, r.field, r.title, r.background, r.goal, r.source, now, now],
        )


# v2: expected effects of items on forecast parameters (core.tracker.effects, core.forecast.measures)
_SCHEMA_V2 = """
CREATE TABLE tracker_effects (
    id VARCHAR PRIMARY KEY, item_id VARCHAR NOT NULL, param VARCHAR NOT NULL, delta DOUBLE NOT NULL,
    start_year INTEGER NOT NULL, full_year INTEGER, districts VARCHAR DEFAULT '', groups VARCHAR DEFAULT '',
    reason VARCHAR NOT NULL, source VARCHAR DEFAULT '', deleted BOOLEAN NOT NULL DEFAULT false, created_at TIMESTAMP
);
"""

register_migrations("tracker", [_migration_v1, _SCHEMA_V2])


def _now() -> dt.datetime:
    """Naive UTC timestamp (stored as TIMESTAMP; shown in local time)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def default_who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (service account, container)
        return "unbekannt"


@dataclass(frozen=True)
class Change:
    """One committed field change; undo applies ``old`` as a new edit."""

    entity: str
    entity_id: str
    field: str
    old: object
    new: object


class Tracker:
    """All reads and writes of the tracker on one user-database connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, read_only: bool = False, who: str | None = None,
                 read_only_reason: str = "") -> None:
        self.con = con.cursor()  # own transaction context; commits are visible to every cursor of con
        self.read_only = read_only
        self.read_only_reason = read_only_reason  # shown instead of "open in another window" when set
        self._who = who

    # ------------------------------------------------------------------ basics
    @property
    def who(self) -> str:
        if self._who:
            return self._who
        name = self.setting("editor_name")
        return name or default_who()

    def setting(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM tracker_settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_editor_name(self, name: str) -> None:
        """The name written into history rows instead of the OS login (empty = OS login)."""
        self._check_writable()
        with self._tx():
            self.con.execute("INSERT OR REPLACE INTO tracker_settings VALUES ('editor_name', ?)", [name.strip()])

    def _check_writable(self) -> None:
        if self.read_only:
            raise TrackerReadOnlyError()

    def _tx(self) -> contextlib.AbstractContextManager[None]:
        return transaction(self.con)

    def close(self) -> None:
        """Fold the WAL into the main file (clean shutdown); safe to skip, nothing committed depends on it."""
        if self.read_only:
            return
        with contextlib.suppress(duckdb.Error):  # another transaction open: DuckDB checkpoints on close anyway
            self.con.execute("CHECKPOINT")

    # ------------------------------------------------------------------ reads
    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def items(self, include_deleted: bool = False) -> list[dict[str, Any]]:
        """Recommendations (by number) each followed by its measures (by code)."""
        rows = self._rows(
            "SELECT * FROM tracker_items" + ("" if include_deleted else " WHERE NOT deleted")
        )
        recs = sorted((r for r in rows if r["kind"] == "recommendation"), key=lambda r: r["number"])
        out: list[dict[str, Any]] = []
        for rec in recs:
            out.append(rec)
            kids = [r for r in rows if r["parent_id"] == rec["id"]]
            out.extend(sorted(kids, key=lambda r: _code_key(r["code"])))
        return out

    def item(self, item_id: str) -> dict[str, Any]:
        rows = self._rows("SELECT * FROM tracker_items WHERE id = ?", [item_id])
        if not rows:
            raise UnknownItemError(f"Eintrag „{item_id}“ gibt es nicht.", f"No item '{item_id}'.")
        return rows[0]

    def resolve(self, ref: str) -> str:
        """Item id for a recommendation number ('3'), a measure code ('3.2') or an id (or unique id prefix)."""
        ref = str(ref).strip()
        rows = self._rows("SELECT id, code FROM tracker_items WHERE NOT deleted")
        for r in rows:
            if r["code"] == ref or r["id"] == ref:
                return str(r["id"])
        if len(ref) >= 6:
            hits = [r["id"] for r in rows if r["id"].startswith(ref)]
            if len(hits) == 1:
                return str(hits[0])
        raise UnknownItemError(
            f"Eintrag „{ref}“ gibt es nicht. Bitte eine Empfehlungsnummer (1–10) oder eine Maßnahmen-Nummer "
            "wie 3.1 angeben (siehe „handwerksmonitor tracker list“).",
            f"No item '{ref}'. Give a recommendation number (1–10) or a measure code like 3.1.",
        )

    def children(self, item_id: str) -> list[dict[str, Any]]:
        return [r for r in self.items() if r["parent_id"] == item_id]

    def milestones(self, item_id: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM tracker_milestones WHERE item_id = ? AND NOT deleted ORDER BY due NULLS LAST, created_at",
            [item_id],
        )

    def kpis(self, item_id: str) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM tracker_kpis WHERE item_id = ? AND NOT deleted ORDER BY created_at", [item_id])

    def links(self, item_id: str) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM tracker_links WHERE item_id = ? AND NOT deleted ORDER BY created_at", [item_id])

    def effects(self, item_id: str | None = None) -> list[dict[str, Any]]:
        """Effects of one item (or of every item that is not deleted), oldest first."""
        if item_id is None:
            return self._rows(
                "SELECT e.* FROM tracker_effects e JOIN tracker_items i ON i.id = e.item_id "
                "WHERE NOT e.deleted AND NOT i.deleted ORDER BY e.created_at, e.id"
            )
        return self._rows(
            "SELECT * FROM tracker_effects WHERE item_id = ? AND NOT deleted ORDER BY created_at, id", [item_id]
        )

    def meetings(self) -> list[dict[str, Any]]:
        return self._rows("SELECT * FROM tracker_meetings WHERE NOT deleted ORDER BY date DESC, created_at DESC")

    def history(self, item_id: str | None = None) -> list[dict[str, Any]]:
        """Newest first; for an item: its own changes and those of its milestones, KPIs and links."""
        if item_id is None:
            return self._rows("SELECT * FROM tracker_history ORDER BY \"at\" DESC, id")
        return self._rows("SELECT * FROM tracker_history WHERE item_id = ? ORDER BY \"at\" DESC, id", [item_id])

    def is_overdue(self, row: dict[str, Any], today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        due = row.get("due_date")
        return bool(due and due < today and row["status"] not in CLOSED_STATUSES and not row["deleted"])

    def status_counts(self, today: dt.date | None = None) -> dict[str, dict[str, int]]:
        """Per action field: count of items (recommendations and measures) per status, plus 'überfällig'."""
        out = {f: {s: 0 for s in (*STATUSES, "überfällig")} for f in ACTION_FIELDS}
        for r in self.items():
            out[r["field"]][r["status"]] += 1
            if self.is_overdue(r, today):
                out[r["field"]]["überfällig"] += 1
        return out

    # ------------------------------------------------------------------ writes
    def _record(self, entity: str, entity_id: str, item_id: str | None, field: str, old: object, new: object,
                note: str = "", at: dt.datetime | None = None) -> None:
        self.con.execute(
            "INSERT INTO tracker_history VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [uuid.uuid4().hex, at or _now(), self.who, entity, entity_id, item_id, field, to_text(old),
             to_text(new), note],
        )

    def _current(self, entity: str, entity_id: str) -> dict[str, Any]:
        rows = self._rows(f"SELECT * FROM {TABLES[entity]} WHERE id = ?", [entity_id])
        if not rows:
            raise UnknownItemError(f"Eintrag „{entity_id}“ gibt es nicht.", f"No entry '{entity_id}'.")
        row = rows[0]
        for f in ENTITY_FIELDS[entity]:
            if f.kind == "text" and row.get(f.name) is None:
                row[f.name] = ""
        return row

    def validate(self, entity: str, entity_id: str, changes: dict[str, object]) -> dict[str, object]:
        """Typed values for ``changes`` or a TrackerValidationError with a German message (nothing written)."""
        cur = self._current(entity, entity_id)
        typed: dict[str, object] = {}
        for name, value in changes.items():
            f = spec(entity, name)
            if entity == "item" and cur["kind"] == "recommendation" and name in STUDY_LOCKED_FIELDS:
                if to_text(coerce(f, value)) == to_text(cur[name]):
                    continue
                raise TrackerValidationError(
                    f"{f.label} einer Studienempfehlung ist Teil des Zitats und kann nicht geändert werden. "
                    "Bitte eine Maßnahme anlegen oder Notizen verwenden.",
                    f"The {f.label_en.lower()} of a study recommendation is quoted from the study and cannot change.",
                )
            typed[name] = coerce(f, value)
        if entity == "link" and "target" in typed:
            _check_link(str(typed["target"]))
        if entity == "item":
            check_dates(typed.get("start_date", cur["start_date"]), typed.get("due_date", cur["due_date"]))  # type: ignore[arg-type]
        if entity == "effect" and not typed.get("deleted", cur["deleted"]):
            check_effect({**cur, **typed})
        return typed

    def update(self, entity: str, entity_id: str, changes: dict[str, object], note: str = "") -> list[Change]:
        """Validate and commit ``changes`` with one history row per changed field, in one transaction."""
        self._check_writable()
        typed = self.validate(entity, entity_id, changes)
        with self._tx():
            cur = self._current(entity, entity_id)
            diffs = [(n, cur[n], v) for n, v in typed.items() if to_text(cur[n]) != to_text(v)]
            if not diffs:
                return []
            sets = ", ".join(f'"{n}" = ?' for n, _, _ in diffs)
            params = [v for _, _, v in diffs]
            if entity == "item":
                sets += ", updated_at = ?, updated_by = ?"
                params += [_now(), self.who]
            self.con.execute(f"UPDATE {TABLES[entity]} SET {sets} WHERE id = ?", [*params, entity_id])
            item_id = entity_id if entity == "item" else cur.get("item_id")
            for n, old, new in diffs:
                self._record(entity, entity_id, item_id, n, old, new, note)
        return [Change(entity, entity_id, n, old, new) for n, old, new in diffs]

    def update_item(self, item_id: str, changes: dict[str, object], note: str = "") -> list[Change]:
        return self.update("item", item_id, changes, note)

    def set_status(self, ref: str, status: str | None, note: str | None = None, progress: object = None) -> list[Change]:
        """CLI helper: status, progress and/or a dated note appended to the notes (any of them), one
        transaction."""
        item_id = self.resolve(ref)
        changes: dict[str, object] = {} if status is None else {"status": status}
        if progress is not None:
            changes["progress"] = progress
        if note:
            old = self.item(item_id)["notes"] or ""
            stamp = dt.date.today().strftime("%d.%m.%Y")
            changes["notes"] = (old + "\n" if old else "") + f"{stamp}: {note.strip()}"
        return self.update_item(item_id, changes)

    def _insert(self, entity: str, values: dict[str, object], item_id: str | None, label: str) -> str:
        new_id = str(values.get("id") or uuid.uuid4())
        values = {**values, "id": new_id, "created_at": _now()}
        cols = ", ".join(f'"{c}"' for c in values)
        with self._tx():
            self.con.execute(
                f"INSERT INTO {TABLES[entity]} ({cols}) VALUES ({', '.join('?' for _ in values)})", list(values.values())
            )
            self._record(entity, new_id, item_id, "angelegt", None, label)
        return new_id

    def add_measure(self, parent_id: str, title: str, **fields: object) -> str:
        """A measure (Maßnahme) under a recommendation; returns its id. Code = '<number>.<n>'."""
        self._check_writable()
        parent = self.item(parent_id)
        if parent["kind"] != "recommendation":
            raise TrackerValidationError(
                "Maßnahmen können nur unter einer Empfehlung angelegt werden.",
                "Measures can only be added under a recommendation.",
            )
        values: dict[str, object] = {"title": coerce(spec("item", "title"), title), "status": "offen", "progress": 0}
        for name, value in fields.items():
            values[name] = coerce(spec("item", name), value)
        check_dates(values.get("start_date"), values.get("due_date"))  # type: ignore[arg-type]
        codes = [r[0] for r in self.con.execute("SELECT code FROM tracker_items WHERE parent_id = ?", [parent_id]).fetchall()]
        n = max((_code_key(c)[-1] for c in codes), default=0) + 1
        values.update(
            code=f"{parent['number']}.{n}", parent_id=parent_id, kind="measure", field=parent["field"],
            source_kind="user", updated_by=self.who, updated_at=_now(), deleted=False,
        )
        new_id = str(uuid.uuid4())
        values["id"] = new_id
        return self._insert("item", values, new_id, str(values["title"]))

    def _add_sub(self, entity: str, item_id: str, fields: dict[str, object]) -> str:
        self._check_writable()
        self.item(item_id)
        values: dict[str, object] = {"item_id": item_id}
        for f in ENTITY_FIELDS[entity]:
            if f.name in fields or f.required:
                values[f.name] = coerce(f, fields.get(f.name))
        label = str(values.get("title") or values.get("name") or values.get("target"))
        return self._insert(entity, values, item_id, label)

    def add_milestone(self, item_id: str, title: str, due: object = None, done: bool = False) -> str:
        return self._add_sub("milestone", item_id, {"title": title, "due": due, "done": done, "deleted": False})

    def add_kpi(self, item_id: str, name: str, target: object = None, actual: object = None, unit: str = "") -> str:
        return self._add_sub("kpi", item_id, {"name": name, "target": target, "actual": actual, "unit": unit,
                                              "deleted": False})

    def add_link(self, item_id: str, target: str, label: str = "") -> str:
        _check_link(target)
        return self._add_sub("link", item_id, {"target": target, "label": label, "deleted": False})

    def add_effect(self, item_id: str, param: object, delta: object, start_year: object, full_year: object = None,
                   districts: object = None, groups: object = None, reason: object = "",
                   source: object = "") -> str:
        """An expected effect of the item on a forecast parameter (see core.tracker.effects); returns its id.

        ``param`` may name a group (``demand_growth:Ausbaugewerbe``); that group is added to ``groups``."""
        self._check_writable()
        self.item(item_id)
        key, group = parse_param(param)
        values: dict[str, object] = {"item_id": item_id, "param": key}
        for name, value in (("delta", delta), ("start_year", start_year), ("full_year", full_year),
                            ("districts", districts), ("reason", reason), ("source", source)):
            values[name] = coerce(spec("effect", name), value)
        if group is not None:
            more = split_list(groups) if isinstance(groups, str) or groups is None else list(groups)  # type: ignore[call-overload]
            groups = [group, *more]
        values["groups"] = coerce(spec("effect", "groups"), groups)
        if values["full_year"] is None:
            values["full_year"] = values["start_year"]
        if not str(values["source"]).strip():
            values["source"] = ANNAHME
        values["deleted"] = False
        check_effect(values)
        label = f"{key} {values['delta']:+g} ab {values['start_year']}"
        return self._insert("effect", values, item_id, label)

    def add_meeting(self, date: object, attendees: str = "", decisions: str = "") -> str:
        self._check_writable()
        values: dict[str, object] = {}
        for name, value in (("date", date), ("attendees", attendees), ("decisions", decisions), ("deleted", False)):
            values[name] = coerce(spec("meeting", name), value)
        return self._insert("meeting", values, None, f"Sitzung {values['date']}")

    def delete(self, entity: str, entity_id: str) -> list[Change]:
        """Soft delete (kept for history, undo and merging)."""
        return self.update(entity, entity_id, {"deleted": True})


def _check_link(target: str) -> None:
    """Only http(s) addresses and full local paths, never programs or other schemes (core.tracker.links)."""

    problem = target_problem(str(target or ""))
    if problem:
        raise TrackerValidationError(*problem)


def _code_key(code: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in code.split("."))
    except ValueError:
        return (0,)
