"""``handwerksmonitor tracker``: the recommendations tracker on the user's database, headless.

    tracker list [--json]                       recommendations and measures with status
    tracker set ID --status S [--note TEXT]     ID = recommendation number (1–10) or measure code (3.1)
    tracker export FILE / tracker import FILE [--prefer mine|theirs]
    tracker backups / tracker restore N         list backups / restore backup N (app must be closed)

Reading commands work while the app is open (on a snapshot); writing commands then stop with a message.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from core.cli.output import print_json, print_table
from core.errors import DatabaseLockedError, InvalidInputError, UserDatabaseError, WalSetAsideError
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
    """Writing commands open the file (waiting briefly for another command; the error says who holds it);
    reading commands look at a snapshot and never take the lock."""
    if write:
        return open_user_db(), False
    return open_snapshot(), True


def run(args: argparse.Namespace) -> int:
    from core.tracker.store import Tracker

    cmd = args.tracker_command
    lang = args.lang
    if cmd is None:
        raise InvalidInputError("Bitte einen Unterbefehl angeben: list, set, export, import, backups, restore.",
                                "Give a subcommand: list, set, export, import, backups, restore.")
    if cmd == "backups":
        return _backups(lang)
    if cmd == "restore":
        return _restore(args.number, lang)
    con, read_only = _open(write=cmd in ("set", "import"))
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
        open_user_db(wait=0).close()
    except (DatabaseLockedError, WalSetAsideError):
        raise
    except UserDatabaseError:
        pass  # unreadable file: restoring is exactly the way out
    previous = restore_file(backups[number - 1].path, paths.user_db_path())
    sys.stdout.write(f"Wiederhergestellt: {backups[number - 1].label(lang)}; bisheriger Stand: {previous}\n")
    return 0
