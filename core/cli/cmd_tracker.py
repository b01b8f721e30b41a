"""``handwerksmonitor tracker``: the recommendations tracker on the user's database, headless.

    tracker list [--json]                       recommendations and measures with status
    tracker set ID --status S [--note TEXT]     ID = recommendation number (1–10) or measure code (3.1)
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

import duckdb

from core.cli.output import print_json, print_table
from core.errors import DatabaseLockedError, InvalidInputError, UserDatabaseError
from core.tracker.model import field_label, fmt_date, status_label
from core.userdb import open_snapshot, open_user_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tracker", help="Umsetzungsstand der Handlungsempfehlungen / recommendations tracker")
    tsub = p.add_subparsers(dest="tracker_command", parser_class=type(p))
    ls = tsub.add_parser("list", help="Empfehlungen und Maßnahmen auflisten")
    ls.add_argument("--json", action="store_true")
    st = tsub.add_parser("set", help="Status setzen")
    st.add_argument("id", help="Empfehlungsnummer (1–10) oder Maßnahmen-Nummer (z. B. 3.1)")
    st.add_argument("--status", required=True)
    st.add_argument("--note", default=None)
    st.add_argument("--progress", default=None)
    ef = tsub.add_parser(
        "effect", help="erwartete Wirkung auf einen Prognose-Parameter anlegen, auflisten oder entfernen"
    )
    # "--delta -0,2": let argparse see a German negative number as a value, not as an option
    ef._negative_number_matcher = re.compile(r"^-\d+$|^-\d*[.,]\d+$")  # noqa: SLF001
    ef.add_argument("id", help="Empfehlungsnummer (1–10) oder Maßnahmen-Nummer (z. B. 3.1)")
    ef.add_argument("--param", default=None, help="Parameter-Schlüssel, z. B. apprentice_entry "
                    "(alle: handwerksmonitor forecast --json, Feld assumptions)")
    ef.add_argument("--delta", default=None, help="Änderung in der Einheit des Parameters, z. B. 3 oder -0.5")
    ef.add_argument("--from", dest="start_year", default=None, help="Jahr, ab dem die Wirkung beginnt")
    ef.add_argument("--full-by", dest="full_year", default=None,
                    help="Jahr der vollen Wirkung (linear ansteigend; Standard: Startjahr)")
    ef.add_argument("--district", action="append", default=[], help="nur in diesem Kreis (mehrfach möglich)")
    ef.add_argument("--group", action="append", default=[], help="nur in dieser Gewerbegruppe (mehrfach möglich)")
    ef.add_argument("--reason", default=None, help="Begründung (Pflicht)")
    ef.add_argument("--source", default=None, help="Quelle, z. B. Studienstelle oder Pilotprojekt (Standard: Annahme)")
    ef.add_argument("--remove", action="store_true", help="Wirkungen des Eintrags entfernen (mit --param oder --effect)")
    ef.add_argument("--effect", default=None, help="Kennung (Anfang) der zu entfernenden Wirkung")
    ex = tsub.add_parser("export", help="gesamten Tracker als JSON-Datei exportieren")
    ex.add_argument("file")
    im = tsub.add_parser("import", help="Tracker-Exportdatei zusammenführen")
    im.add_argument("file")
    im.add_argument("--prefer", choices=["mine", "theirs"], default=None,
                    help="bei Konflikten: eigene (mine) oder importierte (theirs) Fassung")
    tsub.add_parser("backups", help="Sicherungen auflisten")
    rs = tsub.add_parser("restore", help="Sicherung N wiederherstellen (Programmfenster vorher schließen)")
    rs.add_argument("number", type=int)
    p.set_defaults(func=run)


def _open(write: bool) -> tuple[duckdb.DuckDBPyConnection, bool]:
    try:
        return open_user_db(), False
    except DatabaseLockedError as exc:
        if write:
            raise DatabaseLockedError(
                "Die Datenbank ist im Programmfenster geöffnet; Änderungen bitte dort vornehmen oder das Fenster "
                "schließen und erneut versuchen.",
                "The database is open in the app window; edit there or close it and try again.",
            ) from exc
        return open_snapshot(), True


def run(args: argparse.Namespace) -> int:
    from core.tracker.store import Tracker

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
        if cmd == "set":
            changes = tracker.set_status(args.id, args.status, args.note, args.progress)
            item = tracker.item(tracker.resolve(args.id))
            msg = ("Gespeichert" if lang == "de" else "Saved") if changes else ("Unverändert" if lang == "de" else "Unchanged")
            sys.stdout.write(f"{msg}: {item['code']} {item['title']} – {status_label(item['status'], lang)}\n")
            return 0
        if cmd == "effect":
            return _effect(tracker, args, lang)
        if cmd == "export":
            from core.tracker.transfer import export_file

            path = export_file(tracker, Path(args.file))
            sys.stdout.write(f"Exportiert nach {path}\n" if lang == "de" else f"Exported to {path}\n")
            return 0
        if cmd == "import":
            return _import(tracker, Path(args.file), args.prefer, lang)
    finally:
        con.close()
    return 2


def _list(tracker, as_json: bool, lang: str) -> int:
    rows = tracker.items()
    effects: dict[str, list[dict]] = {}
    for e in tracker.effects():
        effects.setdefault(e["item_id"], []).append(e)
    if as_json:
        print_json([
            {
                "id": r["id"], "code": r["code"], "kind": r["kind"], "number": r["number"], "parent_id": r["parent_id"],
                "field": r["field"], "field_label": field_label(r["field"], lang), "title": _title(r, lang),
                "status": r["status"], "progress": r["progress"], "org": r["org"], "person": r["person"],
                "partners": r["partners"],
                "start_date": r["start_date"].isoformat() if r["start_date"] else None,
                "due_date": r["due_date"].isoformat() if r["due_date"] else None,
                "overdue": tracker.is_overdue(r), "source": r["source"], "source_kind": r["source_kind"],
                "effects": [_effect_json(e) for e in effects.get(r["id"], [])],
            }
            for r in rows
        ])
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


def _effect_json(e: dict) -> dict:
    from core.tracker.effects import split_list

    return {"id": e["id"], "param": e["param"], "delta": e["delta"], "from": e["start_year"],
            "full_by": e["full_year"], "districts": list(split_list(e["districts"])),
            "groups": list(split_list(e["groups"])), "reason": e["reason"], "source": e["source"]}


def effect_text(e: dict, lang: str) -> str:
    """One line per effect: 'apprentice_entry +3 je 1.000 ab 2026, voll ab 2028; alle Kreise; Ausbaugewerbe'."""
    from core.cli.output import fmt_number
    from core.datastore import GEWERBEGRUPPEN_EN
    from core.tracker.effects import district_names, effect_params, split_list, unit_label

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


def _effect(tracker, args: argparse.Namespace, lang: str) -> int:
    de = lang != "en"
    item_id = tracker.resolve(args.id)
    item = tracker.item(item_id)
    if args.remove:
        effects = tracker.effects(item_id)
        if args.effect:
            hits = [e for e in effects if e["id"].startswith(args.effect.strip())]
        elif args.param:
            from core.tracker.effects import coerce_param

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


def _title(row: dict, lang: str) -> str:
    if lang == "en" and row["kind"] == "recommendation":
        from core.tracker.seed import by_number

        return by_number(row["number"]).title_en
    return str(row["title"])


def _import(tracker, path: Path, prefer: str | None, lang: str) -> int:
    from core.tracker.transfer import apply_import, load_file, plan_import

    plan = plan_import(tracker, load_file(path))
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
    from core.tracker.backup import list_backups

    backups = list_backups()
    if not backups:
        sys.stdout.write("Keine Sicherungen vorhanden.\n" if lang == "de" else "No backups.\n")
    for i, b in enumerate(backups, 1):
        sys.stdout.write(f"{i}\t{b.label(lang)}\t{b.path}\n")
    return 0


def _restore(number: int, lang: str) -> int:
    from core import paths
    from core.tracker.backup import list_backups, restore_file

    backups = list_backups()
    if not 1 <= number <= len(backups):
        raise InvalidInputError(
            f"Sicherung {number} gibt es nicht; vorhanden sind 1–{len(backups)} (siehe „tracker backups“).",
            f"No backup {number}; there are 1–{len(backups)}.",
        )
    try:  # refuse while the app holds the file
        open_user_db().close()
    except DatabaseLockedError:
        raise
    except UserDatabaseError:
        pass  # unreadable file: restoring is exactly the way out
    previous = restore_file(backups[number - 1].path, paths.user_db_path())
    sys.stdout.write(f"Wiederhergestellt: {backups[number - 1].label(lang)}; bisheriger Stand: {previous}\n")
    return 0
