"""A tracker file (.hwmtracker) is untrusted input: checked completely before anything is merged.

The file comes from another laptop, a mail attachment or a USB stick. Before the merge plans a single
change, :func:`read` parses it defensively (size cap, no NaN/Infinity, no 5,000-digit numbers, no
recursion bomb) and :func:`check` verifies every row against the tracker's schema:

* types, lengths and enums of every field (status, kind, action field, source kind), dates and
  timestamps that parse, start ≤ due, progress 0–100, finite numbers;
* ids are short plain strings, unique per section; history rows name an existing kind of entry;
* the study's recommendations are fixed: a file can neither add one (only the ten seeded ids exist) nor
  change a locked field (title, background, goal, source, number, action field, description, deleted),
  not even through a history row;
* a measure's parent is a recommendation (so parents exist and there are no cycles or self-parents);
  milestones, KPIs, links and effects belong to an item of the file or of this tracker;
* a link is an http(s) address or a full local path (no ``javascript:``, ``file://``, UNC ``\\\\host``
  share, no program or script file) — and it is only ever opened after the user saw it and confirmed.

Any problem refuses the whole file with one message (up to 20 findings listed); nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from core.errors import ImportValidationError, InvalidInputError
from core.text_safety import shown, shown_path
from core.tracker import links
from core.tracker.effects import check_effect
from core.tracker.model import ENTITY_FIELDS, coerce, parse_date
from core.tracker.seed import RECOMMENDATIONS

FORMAT = "handwerksmonitor-tracker"
VERSION = 2  # 2: effects of items on forecast parameters (section "effects"); version-1 files have none
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000  # per section
MAX_HISTORY = 2_000_000
MAX_TEXT = 10_000
MAX_SHORT = 500
MAX_PROBLEMS = 20
SECTIONS = {"item": "items", "milestone": "milestones", "kpi": "kpis", "link": "links", "effect": "effects",
            "meeting": "meetings"}
SECTION_DE = {"items": "Einträge", "milestones": "Meilensteine", "kpis": "Kennzahlen", "links": "Links",
              "effects": "Wirkungen", "meetings": "Sitzungen", "history": "Verlauf"}
SHORT_FIELDS = {"title", "name", "label", "unit", "org", "person", "who", "updated_by", "code", "field", "param"}
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")
_CODE = re.compile(r"\d{1,3}(\.\d{1,5})?")
_INVALID = re.compile("[\ud800-\udfff\x00]")


class CheckedFile(dict[str, Any]):
    """A tracker file that passed :func:`check`, with its rows already typed (``typed_rows``: entity -> rows),
    so the merge does not coerce every value twice."""

    typed_rows: dict[str, list[dict[str, Any]]]
# recommendation fields a file may never change (the study's text and identity)
LOCKED = ("title", "description", "deleted", "number", "field", "background", "goal", "source", "kind",
          "source_kind", "code", "parent_id")


class TrackerFileError(ImportValidationError):
    """The tracker file is malformed or breaks a rule; ``problems`` lists what (German, English) pairs."""


def _bad_file(name: str, de: str, en: str) -> TrackerFileError:
    return TrackerFileError(f"Die Datei {name} ist keine gültige Tracker-Datei: {de} Es wurde nichts übernommen.",
                            f"{name} is not a valid tracker file: {en} Nothing was imported.", [(de, en)])


# ------------------------------------------------------------------------------------------------ parsing
def _int(text: str) -> int:
    if len(text.lstrip("-")) > 18:
        raise ValueError("number too long")
    return int(text)


def _float(text: str) -> float:
    if len(text) > 40:
        raise ValueError("number too long")
    x = float(text)
    if not math.isfinite(x):
        raise ValueError("number not finite")
    return x


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def read(path: Path) -> dict[str, Any]:
    """Parse the file defensively; raises InvalidInputError (missing) or TrackerFileError."""
    path = Path(path)
    name = shown_path(path.name)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InvalidInputError(f"Die Datei {shown_path(path)} gibt es nicht.",
                                f"File {shown_path(path)} does not exist.") from exc
    except OSError as exc:
        raise _bad_file(name, f"Sie kann nicht gelesen werden ({shown(exc.strerror or exc)}).",
                        f"It cannot be read ({shown(exc.strerror or exc)}).") from exc
    if size > MAX_FILE_BYTES:
        raise _bad_file(name, f"Sie ist größer als {MAX_FILE_BYTES // 2**20} MB.",
                        f"It is larger than {MAX_FILE_BYTES // 2**20} MB.")
    try:
        text = path.read_bytes().decode("utf-8")
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except (OSError, UnicodeDecodeError) as exc:
        raise _bad_file(name, "Sie ist keine UTF-8-Textdatei.", "It is not a UTF-8 text file.") from exc
    except RecursionError as exc:
        raise _bad_file(name, "Sie ist zu tief verschachtelt.", "It is nested too deeply.") from exc
    except ValueError as exc:  # JSONDecodeError, too long or non-finite numbers
        raise _bad_file(name, f"Sie ist kein gültiges JSON ({shown(exc, 120)}). Bitte die mit „Export …“ "
                        "erzeugte Datei wählen.", f"It is not valid JSON ({shown(exc, 120)}).") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad_file(name, "Es ist keine Tracker-Exportdatei des Handwerksmonitors.",
                        "It is not a Handwerksmonitor tracker export.")
    return data


# ------------------------------------------------------------------------------------------------ checking
class _Findings:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, where_de: str, where_en: str, de: str, en: str) -> None:
        if len(self.items) <= MAX_PROBLEMS:
            self.items.append((f"{where_de}: {de}", f"{where_en}: {en}"))

    @property
    def full(self) -> bool:
        return len(self.items) > MAX_PROBLEMS


def _where(section: str, i: int, row: dict[str, Any]) -> tuple[str, str]:
    ref = row.get("code") or row.get("id")
    ref = f" {shown(ref, 40)}" if isinstance(ref, str) else ""
    return f"{SECTION_DE.get(section, section)} Nr. {i + 1}{ref}", f"{section} no. {i + 1}{ref}"


def _type_problem(f_kind: str, value: object) -> tuple[str, str] | None:
    """JSON type of a schema field (before its value is checked)."""
    if value is None:
        return None
    if f_kind in ("text", "status", "param", "districts", "groups", "date") and not isinstance(value, str):
        return "muss ein Text sein", "must be text"
    if f_kind in ("int", "year") and (isinstance(value, bool) or not isinstance(value, int | str)):
        return "muss eine ganze Zahl sein", "must be a whole number"
    if f_kind in ("float", "number") and (isinstance(value, bool) or not isinstance(value, int | float | str)):
        return "muss eine Zahl sein", "must be a number"
    if f_kind == "bool" and not isinstance(value, bool):
        return "muss true oder false sein", "must be true or false"
    return None


def _text_problem(name: str, value: object) -> tuple[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return "muss ein Text sein", "must be text"
    limit = MAX_SHORT if name in SHORT_FIELDS else MAX_TEXT
    if len(value) > limit:
        return f"ist länger als {limit} Zeichen", f"is longer than {limit} characters"
    if not value.isprintable() and _INVALID.search(value):  # isprintable: the fast answer for most texts
        return "enthält ungültige Zeichen", "contains invalid characters"
    return None


def _timestamp(value: object) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _rows(data: dict[str, Any], section: str, limit: int, f: _Findings) -> list[dict[str, Any]]:
    rows = data.get(section, [])
    if rows is None:
        return []
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        f.add(SECTION_DE.get(section, section), section, "muss eine Liste von Einträgen sein",
              "must be a list of entries")
        return []
    if len(rows) > limit:
        f.add(SECTION_DE.get(section, section), section, f"mehr als {limit:,} Einträge".replace(",", "."),
              f"more than {limit:,} entries")
        return []
    return rows


def _check_row(entity: str, section: str, i: int, row: dict[str, Any], f: _Findings) -> dict[str, Any] | None:
    """Check one row; returns it with typed values (dates as dates …) when it is valid."""
    wde, wen = _where(section, i, row)
    rid = row.get("id")
    if not isinstance(rid, str) or not _ID.fullmatch(rid):
        f.add(wde, wen, "die Kennung (id) fehlt oder ist ungültig", "the id is missing or invalid")
        return None
    before = len(f.items)
    typed: dict[str, Any] = {}
    for spec in ENTITY_FIELDS[entity]:
        value = row.get(spec.name)
        problem = _type_problem(spec.kind, value) or (
            _text_problem(spec.name, value) if spec.kind == "text" else None)
        if problem:
            f.add(wde, wen, f"Feld „{spec.label}“ {problem[0]}", f"field '{spec.label_en}' {problem[1]}")
            continue
        if spec.kind == "text" and value is None and not spec.required:
            typed[spec.name] = ""
            continue
        if spec.kind == "bool" and value is None:
            typed[spec.name] = False
            continue
        try:
            typed[spec.name] = coerce(spec, value)
        except InvalidInputError as exc:
            f.add(wde, wen, shown(exc.de, 200), shown(exc.en, 200))
    if entity == "effect" and len(f.items) == before and not typed.get("deleted"):
        try:
            check_effect(typed)
        except InvalidInputError as exc:
            f.add(wde, wen, shown(exc.de, 200), shown(exc.en, 200))
    for key in ("created_at", "updated_at"):
        if not _timestamp(row.get(key)):
            f.add(wde, wen, f"Zeitstempel „{key}“ ist ungültig", f"timestamp '{key}' is invalid")
    for key, value in row.items():
        if isinstance(value, list | dict):  # every stored column holds a single value
            f.add(wde, wen, f"Feld „{shown(key, 30)}“ muss ein einzelner Wert sein",
                  f"field '{shown(key, 30)}' must be a single value")
            continue
        if key in typed or key in ("id", "created_at", "updated_at") or not isinstance(value, str):
            continue
        problem = _text_problem(key, value)
        if problem:
            f.add(wde, wen, f"Feld „{shown(key, 30)}“ {problem[0]}", f"field '{shown(key, 30)}' {problem[1]}")
    return {**row, **typed} if len(f.items) == before else None


def _check_item(i: int, row: dict[str, Any], seeds: dict[str, dict[str, Any]], f: _Findings) -> None:
    wde, wen = _where("items", i, row)
    kind = row.get("kind")
    if kind == "recommendation":
        seed = seeds.get(str(row.get("id")))
        if seed is None:
            f.add(wde, wen, "die Datei enthält eine Empfehlung, die es in der Studie nicht gibt; Empfehlungen "
                  "können nicht hinzugefügt werden", "the file holds a recommendation the study does not have; "
                  "recommendations cannot be added")
            return
        changed = [k for k in LOCKED if k in row and _norm(row.get(k)) != _norm(seed.get(k))]
        if changed:
            f.add(wde, wen, f"die Studienempfehlung ist unveränderlich, die Datei ändert: {', '.join(changed)}",
                  f"the study recommendation is fixed, the file changes: {', '.join(changed)}")
        return
    if kind != "measure":
        f.add(wde, wen, f"unbekannte Art „{shown(kind, 30)}“ (erlaubt: recommendation, measure)",
              f"unknown kind '{shown(kind, 30)}' (allowed: recommendation, measure)")
        return
    parent = row.get("parent_id")
    seed = seeds.get(parent) if isinstance(parent, str) else None
    if seed is None:
        f.add(wde, wen, "eine Maßnahme muss unter einer der zehn Empfehlungen stehen (parent_id)",
              "a measure must sit under one of the ten recommendations (parent_id)")
        return
    if row.get("field") != seed["field"]:
        f.add(wde, wen, "das Handlungsfeld passt nicht zur Empfehlung", "the action field does not match the "
              "recommendation")
    code = row.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        f.add(wde, wen, "die Nummer (code) ist ungültig, erwartet z. B. 3.1", "the code is invalid, e.g. 3.1")
    if row.get("number") is not None:
        f.add(wde, wen, "eine Maßnahme hat keine Empfehlungsnummer", "a measure has no recommendation number")
    if row.get("source_kind") not in (None, "user"):
        f.add(wde, wen, "eine Maßnahme kann nicht als Studientext gekennzeichnet sein",
              "a measure cannot be marked as study text")
    try:
        start = parse_date(row.get("start_date"))
        due = parse_date(row.get("due_date"))
    except InvalidInputError:
        return  # reported by the field check
    if start and due and due < start:
        f.add(wde, wen, "das Fälligkeitsdatum liegt vor dem Beginn", "the due date is before the start")


def _text_key(value: object) -> str | None:
    """A value usable as a key (a JSON list or object in its place must not raise on a lookup)."""
    return value if isinstance(value, str) else None


def _norm(value: object) -> object:
    return "" if value is None else value


def _seeds() -> dict[str, dict[str, Any]]:
    return {r.item_id: {"title": r.title, "description": "", "deleted": False, "number": r.number, "field": r.field,
                        "background": r.background, "goal": r.goal, "source": r.source, "kind": "recommendation",
                        "source_kind": "study", "code": str(r.number), "parent_id": None}
            for r in RECOMMENDATIONS}


def check(data: dict[str, Any], name: str, local_item_ids: Iterable[str] = ()) -> CheckedFile:
    """Every rule of the module docstring; raises :class:`TrackerFileError` listing the findings, else
    returns the file with its typed rows."""
    f = _Findings()
    typed_rows: dict[str, list[dict[str, Any]]] = {}
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        f.add("Datei", "file", "die Formatversion fehlt oder ist ungültig", "the format version is missing or invalid")
    elif version > VERSION:
        raise TrackerFileError(
            f"Die Datei {name} stammt aus einer neueren Programmversion (Format {version}). Bitte das Programm "
            "aktualisieren; es wurde nichts übernommen.",
            f"{name} was written by a newer version (format {version}). Please update; nothing was imported.")
    seeds = _seeds()
    item_ids = set(local_item_ids) | set(seeds)
    for entity, section in SECTIONS.items():
        seen: set[str] = set()
        rows = _rows(data, section, MAX_ROWS, f)
        typed_rows[entity] = []
        for i, row in enumerate(rows):
            if f.full:
                break
            typed = _check_row(entity, section, i, row, f)
            if typed is not None:
                typed_rows[entity].append(typed)
            rid = row.get("id")
            if isinstance(rid, str):
                if rid in seen:
                    wde, wen = _where(section, i, row)
                    f.add(wde, wen, "die Kennung (id) kommt doppelt vor", "the id appears twice")
                seen.add(rid)
            if entity == "item":
                _check_item(i, row, seeds, f)
                if isinstance(rid, str):
                    item_ids.add(rid)
            elif entity == "link" and isinstance(row.get("target"), str):
                problem = links.target_problem(row["target"])
                if problem:
                    wde, wen = _where(section, i, row)
                    f.add(wde, wen, problem[0], problem[1])
    for entity in ("milestone", "kpi", "link", "effect"):
        for i, row in enumerate(_rows(data, SECTIONS[entity], MAX_ROWS, _Findings())):
            if _text_key(row.get("item_id")) not in item_ids:
                wde, wen = _where(SECTIONS[entity], i, row)
                f.add(wde, wen, "gehört zu keinem Eintrag der Datei oder dieses Trackers",
                      "belongs to no item of the file or of this tracker")
    _check_history(_rows(data, "history", MAX_HISTORY, f), seeds, f)
    if f.items:
        shown_items = f.items[:MAX_PROBLEMS]
        more = len(f.items) > MAX_PROBLEMS
        raise TrackerFileError(
            f"Die Datei {name} ist fehlerhaft; es wurde nichts übernommen:\n"
            + "\n".join(f"  {de}" for de, _ in shown_items) + ("\n  …" if more else ""),
            f"{name} is invalid; nothing was imported:\n"
            + "\n".join(f"  {en}" for _, en in shown_items) + ("\n  …" if more else ""),
            list(shown_items))
    checked = CheckedFile(data)
    checked.typed_rows = typed_rows
    return checked


def _check_history(rows: list[dict[str, Any]], seeds: dict[str, dict[str, Any]], f: _Findings) -> None:
    seen: set[str] = set()
    for i, h in enumerate(rows):
        if f.full:
            return
        wde, wen = f"Verlauf Nr. {i + 1}", f"history no. {i + 1}"
        hid = h.get("id")
        if not isinstance(hid, str) or not _ID.fullmatch(hid):
            f.add(wde, wen, "die Kennung (id) fehlt oder ist ungültig", "the id is missing or invalid")
            continue
        if hid in seen:
            f.add(wde, wen, "die Kennung (id) kommt doppelt vor", "the id appears twice")
        seen.add(hid)
        if not isinstance(h.get("at"), str) or not _timestamp(h.get("at")):
            f.add(wde, wen, "der Zeitpunkt („at“) ist kein gültiger Zeitstempel", "'at' is not a valid timestamp")
        if _text_key(h.get("entity")) not in SECTIONS:
            f.add(wde, wen, "unbekannte Art von Eintrag („entity“)", "unknown kind of entry ('entity')")
        for key in ("entity_id", "field", "who"):
            if not isinstance(h.get(key), str) or not h.get(key) or len(h[key]) > MAX_SHORT:
                f.add(wde, wen, f"„{key}“ fehlt oder ist ungültig", f"'{key}' is missing or invalid")
        for key in ("item_id", "old", "new", "note"):
            problem = _text_problem("note" if key == "note" else key, h.get(key))
            if problem:
                f.add(wde, wen, f"„{key}“ {problem[0]}", f"'{key}' {problem[1]}")
        if h.get("entity") == "item" and _text_key(h.get("entity_id")) in seeds and h.get("field") in LOCKED:
            f.add(wde, wen, "der Verlauf behauptet eine Änderung an einem Text der Studie",
                  "the history claims a change to a text of the study")
