"""``handwerksmonitor tracker``: the recommendations tracker on the user's database, headless.

    tracker list [--json]                       recommendations and measures with status (JSON: every field,
                                                milestones, KPIs, links and the last change)
    tracker show ID [--json]                    one item with every field and its history
    tracker set ID [--status S] [--progress P] [--note TEXT]
                                                ID = recommendation number (1–10) or measure code (3.1)
    tracker effect ID --param KEY --delta X --from YEAR [--full-by YEAR] [--district D]... [--group G]...
                   --reason TEXT [--source TEXT]      expected effect on a forecast parameter
    tracker effect ID [--remove [--param KEY | --effect EID]]   list / remove the item's effects
    tracker export FILE / tracker import FILE [--prefer mine|theirs]
    tracker backups / tracker restore N         list backups / restore backup N (app must be closed)

Reading commands work while the app is open (on a snapshot); writing commands then stop with a message.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import duckdb

from core import paths
from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, print_json, print_table
from core.datastore import GEWERBEGRUPPEN_EN
from core.errors import DatabaseLockedError, InvalidInputError, UserDatabaseError, WalSetAsideError
from core.formatting import fmt_datetime
from core.tracker.backup import list_backups, restore_file
from core.tracker.effects import coerce_param, district_names, effect_params, split_list, unit_label
from core.tracker.model import ENTITY_FIELDS, ENTITY_LABEL, field_label, fmt_date, status_label
from core.tracker.seed import by_number
from core.tracker.store import Tracker
from core.tracker.transfer import apply_import, export_file, load_file, plan_import
from core.userdb import open_snapshot, open_user_db


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("tracker", help=t("Umsetzungsstand der Handlungsempfehlungen", "recommendations tracker"))
    tsub = p.add_subparsers(dest="tracker_command")
    item_help = t("Empfehlungsnummer (1–10) oder Maßnahmennummer (z.\u00a0B. 3.1)",
                  "recommendation number (1–10) or measure code (e.g.\u00a03.1)")
    ls = tsub.add_parser("list", help=t("Empfehlungen und Maßnahmen auflisten", "list recommendations and measures"))
    ls.add_argument("--json", action="store_true",
                    help=t("JSON mit allen Feldern, Meilensteinen und letzter Änderung",
                           "JSON with every field, the milestones and the last change"))
    sh = tsub.add_parser("show", help=t("einen Eintrag mit allen Feldern und Verlauf zeigen",
                                        "show one item with every field and its history"))
    sh.add_argument("id", metavar="NR", help=item_help)
    sh.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    st = tsub.add_parser("set", help=t("Status, Fortschritt oder Notiz eines Eintrags setzen",
                                       "set the status, progress or a note of an item"))
    st.add_argument("id", metavar="NR", help=item_help)
    st.add_argument("--status", default=None, metavar="STATUS",
                    help=t("offen, geplant, in Umsetzung, umgesetzt oder zurückgestellt",
                           "open, planned, in progress, implemented or deferred"))
    st.add_argument("--note", default=None, metavar=t("TEXT", "TEXT"),
                    help=t("Notiz anhängen (mit heutigem Datum)", "append a note (dated today)"))
    st.add_argument("--progress", default=None, metavar=t("PROZENT", "PERCENT"),
                    help=t("Fortschritt 0–100", "progress 0–100"))
    ef = tsub.add_parser("effect", help=t("erwartete Wirkung auf einen Prognose-Parameter anlegen, auflisten oder "
                                          "entfernen", "add, list or remove an expected effect on a forecast "
                                          "parameter"))
    # "--delta -0,2": let argparse see a German negative number as a value, not as an option
    ef._negative_number_matcher = re.compile(r"^-\d+$|^-\d*[.,]\d+$")  # noqa: SLF001
    ef.add_argument("id", metavar="NR", help=item_help)
    ef.add_argument("--param", default=None, metavar=t("NAME", "KEY"),
                    help=t("Parameter-Schlüssel, z.\u00a0B. apprentice_entry (alle: handwerksmonitor forecast --json, "
                           "Feld assumptions)", "parameter key, e.g. apprentice_entry (all: handwerksmonitor forecast "
                           "--json, field assumptions)"))
    ef.add_argument("--delta", default=None, metavar=t("WERT", "VALUE"),
                    help=t("Änderung in der Einheit des Parameters, z.\u00a0B. 3 oder -0.5",
                           "change in the parameter's unit, e.g. 3 or -0.5"))
    ef.add_argument("--from", dest="start_year", default=None, metavar=t("JAHR", "YEAR"),
                    help=t("Jahr, ab dem die Wirkung beginnt", "year the effect starts"))
    ef.add_argument("--full-by", dest="full_year", default=None, metavar=t("JAHR", "YEAR"),
                    help=t("Jahr der vollen Wirkung (linear ansteigend; Standard: Startjahr)",
                           "year of the full effect (rising linearly; default: start year)"))
    ef.add_argument("--district", action="append", default=[], metavar=t("KREIS", "DISTRICT"),
                    help=t("nur in diesem Kreis (mehrfach möglich)", "only in this district (repeatable)"))
    ef.add_argument("--group", action="append", default=[], metavar=t("GRUPPE", "GROUP"),
                    help=t("nur in dieser Gewerbegruppe (mehrfach möglich)", "only in this craft group (repeatable)"))
    ef.add_argument("--reason", default=None, metavar="TEXT", help=t("Begründung (Pflicht)", "reason (required)"))
    ef.add_argument("--source", default=None, metavar="TEXT",
                    help=t("Quelle, z.\u00a0B. Studienstelle oder Pilotprojekt (Standard: Annahme)",
                           "source, e.g. a passage of the study or a pilot project (default: assumption)"))
    ef.add_argument("--remove", action="store_true",
                    help=t("Wirkungen des Eintrags entfernen (mit --param oder --effect)",
                           "remove the item's effects (with --param or --effect)"))
    ef.add_argument("--effect", default=None, metavar=t("KENNUNG", "ID"),
                    help=t("Kennung (Anfang) der zu entfernenden Wirkung", "id (beginning) of the effect to remove"))
    ex = tsub.add_parser("export", help=t("gesamten Tracker als Datei exportieren", "export the whole tracker to a file"))
    ex.add_argument("file", metavar=t("DATEI", "FILE"), help=t("Zieldatei (.hwmtracker oder .json)",
                                                                "target file (.hwmtracker or .json)"))
    im = tsub.add_parser("import", help=t("Tracker-Exportdatei zusammenführen", "merge a tracker export file"))
    im.add_argument("file", metavar=t("DATEI", "FILE"), help=t("Exportdatei eines anderen Rechners",
                                                                "export file from another computer"))
    im.add_argument("--prefer", choices=["mine", "theirs"], default=None,
                    help=t("bei Konflikten: eigene (mine) oder importierte (theirs) Fassung",
                           "on conflicts: keep mine or take theirs"))
    tsub.add_parser("backups", help=t("Sicherungen auflisten", "list backups"))
    rs = tsub.add_parser("restore", help=t("Sicherung NR wiederherstellen (Programmfenster vorher schließen)",
                                           "restore backup NR (close the app window first)"))
    rs.add_argument("number", type=int, metavar="NR", help=t("Nummer aus „tracker backups“",
                                                             "number from 'tracker backups'"))
    for sp in (p, ls, sh, st, ef, ex, im, rs):
        add_global_options(sp, region=False)
    p.set_defaults(func=run)


def _open(write: bool) -> tuple[duckdb.DuckDBPyConnection, bool]:
    """Writing commands open the file (waiting briefly for another command; the error says who holds it);
    reading commands look at a snapshot and never take the lock."""
    if write:
        return open_user_db(), False
    return open_snapshot(), True


def run(args: argparse.Namespace) -> int:
    cmd = args.tracker_command
    lang = args.lang
    if cmd is None:
        raise InvalidInputError("Bitte einen Unterbefehl angeben: list, set, effect, export, import, backups, restore.",
                                "Give a subcommand: list, set, effect, export, import, backups, restore.")
    if cmd == "backups":
        return _backups(lang)
    if cmd == "restore":
        return _restore(args.number, lang)
    writes = cmd in ("set", "import") or (cmd == "effect" and (args.remove or args.param is not None))
    con, read_only = _open(write=writes)
    try:
        tracker = Tracker(con, read_only=read_only)
        if cmd == "list":
            return _list(tracker, args.json, lang)
        if cmd == "show":
            return _show(tracker, args.id, args.json, lang)
        if cmd == "set":
            if args.status is None and args.note is None and args.progress is None:
                raise InvalidInputError(
                    "Bitte angeben, was gesetzt werden soll: --status, --progress und/oder --note.",
                    "Say what to set: --status, --progress and/or --note.",
                )
            changes = tracker.set_status(args.id, args.status, args.note, args.progress)
            item = tracker.item(tracker.resolve(args.id))
            msg = ("Gespeichert" if lang == "de" else "Saved") if changes else ("Unverändert" if lang == "de" else "Unchanged")
            sys.stdout.write(f"{msg}: {item['code']} {_title(item, lang)} – {status_label(item['status'], lang)}, "
                             f"{item['progress']} %\n")
            return 0
        if cmd == "effect":
            return _effect(tracker, args, lang)
        if cmd == "export":
            path = export_file(tracker, Path(args.file))
            sys.stdout.write(f"Exportiert nach {path}\n" if lang == "de" else f"Exported to {path}\n")
            return 0
        if cmd == "import":
            return _import(tracker, Path(args.file), args.prefer, lang)
    finally:
        con.close()
    return 2


def _iso(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None


def _item_json(tracker: Tracker, r: dict[str, Any], lang: str, last: dict[str, Any] | None) -> dict[str, Any]:
    """Everything a user wrote about an item, so they can read it back (and the study's own texts)."""
    return {
        "id": r["id"], "code": r["code"], "kind": r["kind"], "number": r["number"], "parent_id": r["parent_id"],
        "field": r["field"], "field_label": field_label(r["field"], lang), "title": _title(r, lang),
        "description": r["description"] or "",
        "status": r["status"], "status_label": status_label(r["status"], lang), "progress": r["progress"],
        "org": r["org"], "person": r["person"], "partners": r["partners"],
        "start_date": _iso(r["start_date"]), "due_date": _iso(r["due_date"]),
        "overdue": tracker.is_overdue(r), "next_steps": r["next_steps"] or "", "notes": r["notes"] or "",
        "milestones": [{"title": m["title"], "due": _iso(m["due"]), "done": bool(m["done"])}
                       for m in tracker.milestones(r["id"])],
        "kpis": [{"name": k["name"], "target": k["target"], "actual": k["actual"], "unit": k["unit"]}
                 for k in tracker.kpis(r["id"])],
        "links": [{"label": lk["label"], "target": lk["target"]} for lk in tracker.links(r["id"])],
        "last_change": _change_json(last, lang) if last else None,
        "updated_at": _iso(r["updated_at"]), "updated_by": r["updated_by"],
        "source": r["source"], "source_kind": r["source_kind"],
        **_study_texts(r, lang),
    }


def _change_json(h: dict[str, Any], lang: str) -> dict[str, Any]:
    return {"at": _iso(h["at"]), "who": h["who"], "entity": h["entity"], "field": h["field"],
            "field_label": _field_name(h, lang), "old": h["old"], "new": h["new"], "note": h["note"] or ""}


def _field_name(h: dict[str, Any], lang: str) -> str:
    for f in ENTITY_FIELDS.get(h["entity"], ()):
        if f.name == h["field"]:
            label = f.label_en if lang == "en" else f.label
            if h["entity"] in ("milestone", "kpi", "link", "effect"):  # whose field: "Wirkung: Gelöscht"
                entity = ENTITY_LABEL.get(h["entity"], "") if lang != "en" else h["entity"].replace("kpi", "KPI")
                label = f"{entity}: {label}" if entity else label
            return label
    if h["field"] == "angelegt":
        return f"{ENTITY_LABEL.get(h['entity'], '')} angelegt".strip() if lang != "en" else "created"
    return str(h["field"])


def _study_texts(r: dict[str, Any], lang: str) -> dict[str, Any]:
    if r["kind"] != "recommendation":
        return {}

    rec = by_number(r["number"])
    if lang == "en":
        return {"background": rec.background_en, "goal": rec.goal_en, "source": rec.source_en}
    return {"background": r["background"] or "", "goal": r["goal"] or ""}


def _last_changes(tracker: Tracker) -> dict[str, dict[str, Any]]:
    """Newest history row per item."""
    out: dict[str, dict[str, Any]] = {}
    for h in tracker.history():  # newest first
        if h["item_id"] and h["item_id"] not in out:
            out[h["item_id"]] = h
    return out


def _list(tracker: Tracker, as_json: bool, lang: str) -> int:
    rows = tracker.items()
    effects: dict[str, list[dict[str, Any]]] = {}
    for e in tracker.effects():
        effects.setdefault(e["item_id"], []).append(e)
    if as_json:
        last = _last_changes(tracker)
        print_json([{**_item_json(tracker, r, lang, last.get(r["id"])),
                     "effects": [_effect_json(e) for e in effects.get(r["id"], [])]} for r in rows])
        return 0
    de = lang == "de"
    headers = ["Nr.", "Titel", "Status", "Fortschritt", "Fällig", "Verantwortlich"] if de else \
        ["No.", "Title", "Status", "Progress", "Due", "Responsible"]
    table = []
    current_field = None
    for r in rows:
        if r["kind"] == "recommendation" and r["field"] != current_field:
            current_field = r["field"]
            table.append(["", f"[{field_label(r['field'], lang)}]", "", "", "", ""])
        title = _title(r, lang) if r["kind"] == "recommendation" else "  – " + r["title"]
        due = fmt_date(r["due_date"], lang)
        if tracker.is_overdue(r):
            due += " (überfällig)" if de else " (overdue)"
        resp = " / ".join(x for x in (r["org"], r["person"]) if x)
        table.append([r["code"], title, status_label(r["status"], lang), f"{r['progress']} %", due, resp])
    print_table(headers, table)
    return 0


def _show(tracker: Tracker, ref: str, as_json: bool, lang: str) -> int:
    """One item: every field, milestones, KPIs, links and its whole history (newest first)."""
    r = tracker.item(tracker.resolve(ref))
    history = tracker.history(r["id"])
    data = _item_json(tracker, r, lang, history[0] if history else None)
    effects = tracker.effects(r["id"])
    data["effects"] = [_effect_json(e) for e in effects]
    if as_json:
        data["history"] = [_change_json(h, lang) for h in history]
        print_json(data)
        return 0
    de = lang != "en"
    w = sys.stdout.write
    w(f"{r['code']}  {data['title']}\n")
    w(f"{'Handlungsfeld' if de else 'Action field'}: {data['field_label']}\n")
    fields = [
        ("Status", "Status", data["status_label"]),
        ("Fortschritt", "Progress", f"{r['progress']} %"),
        ("Verantwortlich", "Responsible", " / ".join(x for x in (r["org"], r["person"]) if x)),
        ("Partner", "Partners", r["partners"] or ""),
        ("Beginn", "Start", fmt_date(r["start_date"], lang)),
        ("Fällig", "Due", fmt_date(r["due_date"], lang)
         + ((" (überfällig)" if de else " (overdue)") if data["overdue"] else "")),
        ("Beschreibung", "Description", data["description"]),
        ("Hintergrund", "Background", data.get("background", "")),
        ("Ziel", "Goal", data.get("goal", "")),
        ("Nächste Schritte", "Next steps", data["next_steps"]),
        ("Notizen", "Notes", data["notes"]),
    ]
    for label_de, label_en, value in fields:
        if value:
            _write_field(label_de if de else label_en, str(value))
    if data["milestones"]:
        w(("Meilensteine" if de else "Milestones") + ":\n")
        for m in tracker.milestones(r["id"]):
            done = "[x]" if m["done"] else "[ ]"
            due = fmt_date(m["due"], lang)
            w(f"  {done} {m['title']}" + (f" ({due})" if due else "") + "\n")
    if data["kpis"]:
        w(("Kennzahlen" if de else "Indicators") + ":\n")
        for k in data["kpis"]:
            w(f"  {k['name']}: {_num(k['actual'], lang)} / {_num(k['target'], lang)} {k['unit']}".rstrip() + "\n")
    if data["links"]:
        w(("Dateien und Links" if de else "Files and links") + ":\n")
        for lk in data["links"]:
            w(f"  {lk['label'] or lk['target']}" + (f" ({lk['target']})" if lk["label"] else "") + "\n")
    if effects:
        w(("Erwartete Wirkungen" if de else "Expected effects") + ":\n")
        for e in effects:
            w(f"  {effect_text(e, lang)}\n    {'Begründung' if de else 'Justification'}: "
              f"{e['reason']} ({'Quelle' if de else 'Source'}: {e['source']})\n")
    w(("Verlauf" if de else "History") + ":\n")
    if not history:
        w("  –\n")
    for h in history:
        when = _fmt_timestamp(h["at"], lang)
        old, new = _value_text(h, h["old"], lang), _value_text(h, h["new"], lang)
        change = f"{old} → {new}" if h["field"] != "angelegt" else new
        w(f"  {when}  {h['who']}  {_field_name(h, lang)}: {change}".rstrip() + "\n")
    if data["source"]:
        w(f"{'Quelle' if de else 'Source'}: {data['source']}\n")
    return 0


def _value_text(h: dict[str, Any], value: str | None, lang: str) -> str:
    """A history value (canonical text form) as the user reads it: status, date and yes/no translated."""
    import datetime as dt

    if value is None or value == "":
        return "–"
    kind = next((f.kind for f in ENTITY_FIELDS.get(h["entity"], ()) if f.name == h["field"]), "text")
    if kind == "status":
        return status_label(value, lang)
    if kind == "date":
        try:
            return fmt_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    if kind == "bool":
        yes = value == "true"
        return ("ja" if yes else "nein") if lang != "en" else ("yes" if yes else "no")
    return value


def _write_field(label: str, value: str) -> None:
    lines = value.splitlines() or [""]
    sys.stdout.write(f"{label}: {lines[0]}\n")
    for more in lines[1:]:
        sys.stdout.write(f"  {more}\n")


def _num(value: object, lang: str) -> str:
    if value is None:
        return "–"
    v = float(value)  # type: ignore[arg-type]
    return fmt_number(v, 0 if v == int(v) else 1, lang)


def _fmt_timestamp(at: object, lang: str) -> str:
    """History times are stored in UTC; shown in local time, 31.12.2026 14:05 (de)."""
    import datetime as dt

    if not isinstance(at, dt.datetime):
        return str(at)

    local = at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    return fmt_datetime(local, lang)


def _effect_json(e: dict[str, Any]) -> dict[str, Any]:
    return {"id": e["id"], "param": e["param"], "delta": e["delta"], "from": e["start_year"],
            "full_by": e["full_year"], "districts": list(split_list(e["districts"])),
            "groups": list(split_list(e["groups"])), "reason": e["reason"], "source": e["source"]}


def effect_text(e: dict[str, Any], lang: str) -> str:
    """One line per effect: 'apprentice_entry +3 je 1.000 ab 2026, voll ab 2028; alle Kreise; Ausbaugewerbe'."""

    p = effect_params().get(e["param"])
    unit = f" {unit_label(p.unit, lang)}" if p and p.unit else ""
    de = lang != "en"
    delta = ("+" if e["delta"] > 0 else "") + fmt_number(e["delta"], 3, lang).rstrip("0").rstrip(",.")
    if delta in ("", "+", "-"):
        delta = "0"
    years = (f"ab {e['start_year']}" if de else f"from {e['start_year']}")
    if e["full_year"] and e["full_year"] != e["start_year"]:
        years += f", voll ab {e['full_year']}" if de else f", full by {e['full_year']}"
    districts = ", ".join(district_names(split_list(e["districts"]))) or ("alle Kreise" if de else "all districts")
    groups = ", ".join(g if de else GEWERBEGRUPPEN_EN.get(g, g) for g in split_list(e["groups"])) or (
        "alle Gewerbegruppen" if de else "all craft groups")
    label = p.label(lang) if p else e["param"]
    return f"{label} ({e['param']}) {delta}{unit} {years}; {districts}; {groups}"


def _effect(tracker: Tracker, args: argparse.Namespace, lang: str) -> int:
    de = lang != "en"
    item_id = tracker.resolve(args.id)
    item = tracker.item(item_id)
    if args.remove:
        effects = tracker.effects(item_id)
        if args.effect:
            hits = [e for e in effects if e["id"].startswith(args.effect.strip())]
        elif args.param:
            key = coerce_param(args.param)
            hits = [e for e in effects if e["param"] == key]
        else:
            hits = effects if len(effects) == 1 else []
        if not hits or (args.effect and len(hits) > 1):
            listed = "; ".join(f"{e['id'][:8]} {e['param']}" for e in effects) or ("keine" if de else "none")
            raise InvalidInputError(
                f"Keine eindeutige Wirkung zum Entfernen bei {item['code']} gefunden (vorhanden: {listed}). "
                "Bitte mit --param SCHLÜSSEL oder --effect KENNUNG angeben.",
                f"No unique effect to remove on {item['code']} (present: {listed}). Use --param KEY or --effect ID.",
            )
        for e in hits:
            tracker.delete("effect", e["id"])  # soft delete with history, like every tracker edit
        for e in hits:
            sys.stdout.write(("Entfernt: " if de else "Removed: ") + f"{item['code']} – {effect_text(e, lang)}\n")
        return 0
    if args.param is None:
        if any(v not in (None, [], False) for v in (args.delta, args.start_year, args.full_year, args.reason,
                                                     args.source, args.district, args.group)):
            raise InvalidInputError("Bitte --param angeben (z. B. --param apprentice_entry).",
                                    "Give --param (e.g. --param apprentice_entry).")
        effects = tracker.effects(item_id)
        sys.stdout.write(f"{item['code']} {_title(item, lang)}\n")
        if not effects:
            sys.stdout.write("  keine Wirkungen erfasst\n" if de else "  no effects recorded\n")
        for e in effects:
            sys.stdout.write(f"  {e['id'][:8]}  {effect_text(e, lang)}\n")
            reason = e["reason"].replace("\n", " ")
            sys.stdout.write(f"            {'Begründung' if de else 'Justification'}: {reason} "
                             f"({'Quelle' if de else 'Source'}: {e['source']})\n")
        return 0
    missing = [opt for opt, v in (("--delta", args.delta), ("--from", args.start_year), ("--reason", args.reason))
               if v is None]
    if missing:
        raise InvalidInputError(
            f"Es fehlt {', '.join(missing)}. Beispiel: tracker effect 1 --param apprentice_entry --delta 3 "
            "--from 2026 --full-by 2028 --reason \"…\"",
            f"Missing {', '.join(missing)}. Example: tracker effect 1 --param apprentice_entry --delta 3 "
            "--from 2026 --full-by 2028 --reason \"…\"",
        )
    new_id = tracker.add_effect(
        item_id, args.param, args.delta, args.start_year, args.full_year, args.district, args.group,
        args.reason, args.source or "",
    )
    e = next(x for x in tracker.effects(item_id) if x["id"] == new_id)
    sys.stdout.write(("Gespeichert: " if de else "Saved: ") + f"{item['code']} – {effect_text(e, lang)}\n")
    return 0


def _title(row: dict[str, Any], lang: str) -> str:
    if lang == "en" and row["kind"] == "recommendation":
        return by_number(row["number"]).title_en
    return str(row["title"])


def _import(tracker: Tracker, path: Path, prefer: str | None, lang: str) -> int:
    plan = plan_import(tracker, load_file(path, tracker))
    if plan.conflicts and prefer is None:
        for c in plan.conflicts:
            sys.stdout.write(f"Konflikt: {c.label}: meine Fassung „{c.local or ''}“ / importiert „{c.remote or ''}“\n")
        raise InvalidInputError(
            f"{len(plan.conflicts)} Konflikte, nichts übernommen. Bitte mit --prefer mine oder --prefer theirs "
            "erneut aufrufen oder im Programmfenster einzeln entscheiden.",
            f"{len(plan.conflicts)} conflicts, nothing imported. Re-run with --prefer mine|theirs.",
        )
    counts = apply_import(tracker, plan, prefer={"mine": "local", "theirs": "remote"}.get(prefer or "mine"))
    if lang == "de":
        sys.stdout.write(f"Importiert: {counts['new']} neue Einträge, {counts['updated']} Änderungen übernommen, "
                         f"{len(plan.conflicts)} Konflikte entschieden.\n")
    else:
        sys.stdout.write(f"Imported: {counts['new']} new, {counts['updated']} changes, "
                         f"{len(plan.conflicts)} conflicts decided.\n")
    return 0


def _backups(lang: str) -> int:
    backups = list_backups()
    if not backups:
        sys.stdout.write("Keine Sicherungen vorhanden.\n" if lang == "de" else "No backups.\n")
    for i, b in enumerate(backups, 1):
        sys.stdout.write(f"{i}\t{b.label(lang)}\t{b.path}\n")
    return 0


def _restore(number: int, lang: str) -> int:
    backups = list_backups()
    if not 1 <= number <= len(backups):
        raise InvalidInputError(
            f"Sicherung {number} gibt es nicht; vorhanden sind 1–{len(backups)} (siehe „tracker backups“).",
            f"No backup {number}; there are 1–{len(backups)}.",
        )
    try:  # refuse while the app holds the file
        open_user_db(wait=0).close()
    except (DatabaseLockedError, WalSetAsideError):
        raise
    except UserDatabaseError:
        pass  # unreadable file: restoring is exactly the way out
    previous = restore_file(backups[number - 1].path, paths.user_db_path())
    sys.stdout.write(f"Wiederhergestellt: {backups[number - 1].label(lang)}; bisheriger Stand: {previous}\n")
    return 0
