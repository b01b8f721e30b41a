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

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import ImportValidationError, InvalidInputError
from core.tracker.effects import check_effect
from core.tracker.model import ENTITY_FIELDS, coerce, to_text
from core.tracker.store import TABLES, Tracker, _code_key, _now

FORMAT = "handwerksmonitor-tracker"
VERSION = 2  # 2: effects of items on forecast parameters (section "effects"); version-1 files have none
SECTIONS = {"item": "items", "milestone": "milestones", "kpi": "kpis", "link": "links", "effect": "effects",
            "meeting": "meetings"}
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
    from core.atomic_file import write_text

    return write_text(path, json.dumps(export_data(tracker), ensure_ascii=False, indent=1))


def load_file(path: Path) -> dict[str, Any]:
    """Read and check an export file; raises ImportValidationError with every problem found."""
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise InvalidInputError(f"Die Datei {path} gibt es nicht.", f"File {path} does not exist.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportValidationError(
            f"Die Datei {path.name} ist keine lesbare Tracker-Exportdatei (JSON). Bitte die mit "
            "„Tracker exportieren“ erzeugte Datei wählen.",
            f"{path.name} is not a readable tracker export (JSON).",
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportValidationError(
            f"Die Datei {path.name} ist keine Tracker-Exportdatei des Handwerksmonitors.",
            f"{path.name} is not a Handwerksmonitor tracker export.",
        )
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise ImportValidationError(
            f"Die Datei {path.name} stammt aus einer neueren Programmversion (Format {data.get('version')}). "
            "Bitte das Programm aktualisieren.",
            f"{path.name} was written by a newer version (format {data.get('version')}). Please update.",
        )
    problems: list[str] = []
    for section in (*SECTIONS.values(), "history"):
        rows = data.get(section, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) and r.get("id") for r in rows):
            problems.append(f"Abschnitt „{section}“ ist fehlerhaft.")
    for entity, section in SECTIONS.items():
        for row in data.get(section, []) if not problems else []:
            try:
                _typed(entity, row)
            except InvalidInputError as exc:
                problems.append(f"{section} {row.get('code') or row['id']}: {exc.de}")
    if not problems:  # effects, milestones, KPIs and links must belong to an item of the file
        item_ids = {r["id"] for r in data.get("items", [])}
        for entity in ("milestone", "kpi", "link", "effect"):
            for row in data.get(SECTIONS[entity], []):
                if row.get("item_id") not in item_ids:
                    problems.append(f"{SECTIONS[entity]} {row['id']}: gehört zu keinem Eintrag der Datei.")
    if problems:
        raise ImportValidationError(
            f"Die Datei {path.name} enthält {len(problems)} fehlerhafte Einträge; es wurde nichts übernommen. "
            f"Erster Fehler: {problems[0]}",
            f"{path.name} contains {len(problems)} invalid entries; nothing was imported.",
            problems,
        )
    return data


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
    for entity, section in SECTIONS.items():
        local = {r["id"]: r for r in tracker._rows(f"SELECT * FROM {TABLES[entity]}")}  # noqa: SLF001
        for raw in data.get(section, []):
            remote = _typed(entity, raw)
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
    con = tracker.con
    counts = {"new": 0, "updated": 0, "conflicts_remote": 0, "conflicts_local": 0, "history": 0}
    with tracker._tx():  # noqa: SLF001
        for entity in SECTIONS:
            table = TABLES[entity]
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database()",
                [table]).fetchall()]
            for row in sorted(plan.new_rows.get(entity, []), key=lambda r: r.get("parent_id") is not None):
                values = {c: row.get(c) for c in columns if c in row}
                if entity == "item" and values.get("parent_id"):
                    _fresh_code(con, values)
                values.setdefault("created_at", _now())
                cols = ", ".join(f'"{c}"' for c in values)
                con.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' for _ in values)})",
                            [_db_value(v) for v in values.values()])
                counts["new"] += 1
        for entity, entity_id, name, value in plan.updates:
            con.execute(f'UPDATE {TABLES[entity]} SET "{name}" = ? WHERE id = ?', [value, entity_id])
            counts["updated"] += 1
        for h in plan.new_history:
            con.execute(
                f"INSERT INTO tracker_history ({', '.join(chr(34) + c + chr(34) for c in HISTORY_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in HISTORY_COLUMNS)})",
                [_db_value(h.get(c)) if c != "note" else (h.get(c) or "") for c in HISTORY_COLUMNS],
            )
            counts["history"] += 1
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
    return counts


def _owner(con: Any, entity: str, entity_id: str) -> str | None:
    if entity == "meeting":
        return None
    row = con.execute(f"SELECT item_id FROM {TABLES[entity]} WHERE id = ?", [entity_id]).fetchone()
    return row[0] if row else None


def _db_value(v: Any) -> Any:
    if isinstance(v, str) and len(v) >= 19 and v[4] == "-" and v[10] == "T":
        try:
            return dt.datetime.fromisoformat(v)
        except ValueError:
            return v
    return v


def _fresh_code(con: Any, values: dict[str, Any]) -> None:
    """Keep the measure's code unless another measure already uses it here; then take the next free one."""
    taken = {r[0] for r in con.execute("SELECT code FROM tracker_items WHERE parent_id = ?",
                                       [values["parent_id"]]).fetchall()}
    if values.get("code") not in taken:
        return
    prefix = str(values["code"]).split(".")[0]
    n = max((_code_key(c)[-1] for c in taken), default=0) + 1
    values["code"] = f"{prefix}.{n}"
