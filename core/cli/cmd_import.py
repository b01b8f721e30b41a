"""``handwerksmonitor import``: import an official table or chamber figures as a new data version.

    handwerksmonitor import FILE [--dry-run] [--json]   preview/summary; without --dry-run also saves
    handwerksmonitor import --template FILE.xlsx         write the chamber template
    handwerksmonitor import --list [--json]              data versions
    handwerksmonitor import --activate ID|bundled        switch the active data version
    handwerksmonitor import --undo ID                    undo an import

Failures (validation, locked database) end with the messages on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, print_json, print_table
from core.errors import HandwerksmonitorError, ImportValidationError
from core.formatting import fmt_date, fmt_datetime
from core.regions import load_region

if TYPE_CHECKING:  # pandas: loaded only when an import runs
    from core.imports.model import ImportBatch
    from core.imports.register import RegisterOptions


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help=t("Daten importieren (GENESIS-Tabelle, Kammerdaten)",
                                        "import data (GENESIS table, chamber figures)"))
    p.add_argument("file", nargs="?", metavar=t("DATEI", "FILE"),
                   help=t("CSV- oder XLSX-Datei", "CSV or XLSX file"))
    p.add_argument("--dry-run", action="store_true",
                   help=t("nur prüfen und Vorschau zeigen, nichts speichern", "check and preview only, save nothing"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    p.add_argument("--template", metavar=t("DATEI", "FILE"),
                   help=t("Vorlage für Kammerdaten (.xlsx) schreiben", "write the chamber template (.xlsx)"))
    p.add_argument("--list", action="store_true", help=t("Datenstände auflisten", "list data versions"))
    p.add_argument("--undo", type=int, metavar="NR", help=t("Import NR rückgängig machen", "undo import NR"))
    p.add_argument("--activate", metavar=t("NR|bundled", "NR|bundled"),
                   help=t("Datenstand NR aktivieren (bundled = mitgelieferte Daten)",
                          "activate data version NR (bundled = bundled data)"))
    g = p.add_argument_group(t("Registerauszug", "register extract"))
    g.add_argument("--map-column", action="append", default=[], metavar=t("ÜBERSCHRIFT=FELD", "HEADER=FIELD"),
                   help=t("Spalte zuordnen (Felder: id, area, entry, deletion, crafts, anlage, birth, ignore)",
                          "map a column (fields: id, area, entry, deletion, crafts, anlage, birth, ignore)"))
    g.add_argument("--map-craft", action="append", default=[], metavar="TEXT=CODE",
                   help=t("Handwerk zuordnen, z. B. \"Elektroinstallateur=A 25\" (oder B2, AeT)",
                          "map a craft, e.g. \"Elektroinstallateur=A 25\" (or B2, AeT)"))
    g.add_argument("--skip-craft", action="append", default=[], metavar="TEXT",
                   help=t("Betriebe mit diesem Haupthandwerk weglassen", "leave out businesses with this main craft"))
    g.add_argument("--stand", metavar=t("TT.MM.JJJJ", "DD.MM.YYYY"),
                   help=t("Stichtag des Auszugs", "as-of date of the extract"))
    add_global_options(p)
    p.set_defaults(func=run)


def _t(lang: str, de: str, en: str) -> str:
    return en if lang == "en" else de


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    try:
        return _run(args, lang)
    except ImportValidationError as exc:
        sys.stderr.write(exc.message(lang).rstrip() + "\n")
        return 2


def _run(args: argparse.Namespace, lang: str) -> int:
    region = load_region(args.region)
    if args.template:
        from core.imports.chamber import write_template

        path = write_template(Path(args.template), region)
        sys.stdout.write(_t(lang, f"Vorlage geschrieben: {path}\n", f"Template written: {path}\n"))
        return 0
    if args.list or args.undo is not None or args.activate:
        return _manage(args, lang)
    if not args.file:
        raise HandwerksmonitorError(
            "Bitte eine Datei angeben: handwerksmonitor import DATEI [--dry-run] [--json]",
            "Please name a file: handwerksmonitor import FILE [--dry-run] [--json]")
    from core.datastore import DataStore
    from core.imports.pipeline import read_import
    from core.imports.register import UnknownCraftsError

    store = DataStore(region)
    population = store.query("SELECT area_code, year, value FROM facts_bundled "
                             "WHERE indicator = 'population' AND gewerbegruppe = 'insgesamt'")
    try:
        batch = read_import(Path(args.file), region, population=population, register_options=_register_options(args))
    except ImportValidationError as exc:
        if args.json and isinstance(exc, UnknownCraftsError) and exc.unknown:
            print_json({"error": exc.message(lang), "unknown_crafts": [u.to_dict() for u in exc.unknown]})
            return 2
        raise
    summary = batch.summary(lang)
    version_id = None
    if not args.dry_run:
        from core.imports import versions
        from core.userdb import open_user_db

        con = open_user_db()
        try:
            version_id = versions.save_version(con, batch)
        finally:
            con.close()
    summary["saved_version"] = version_id
    if args.json:
        preview = batch.values.drop(columns=["line"], errors="ignore").head(20)
        summary["preview"] = preview.astype(object).where(preview.notna(), None).to_dict("records")
        print_json(summary)
        return 0
    _print_summary(summary, batch, lang)
    return 0


def _register_options(args: argparse.Namespace) -> RegisterOptions | None:
    """RegisterOptions from --map-column/--map-craft/--skip-craft/--stand (None when none is given)."""
    import datetime as dt

    from core.imports.register import RegisterOptions
    from core.imports.register_columns import FIELDS

    if not (args.map_column or args.map_craft or args.skip_craft or args.stand):
        return None
    opts = RegisterOptions()
    for item in args.map_column:
        head, _, fld = item.rpartition("=")
        if not head or fld.strip() not in FIELDS:
            raise HandwerksmonitorError(
                f"--map-column „{item}“: erwartet ÜBERSCHRIFT=FELD mit FELD aus {', '.join(FIELDS)}.",
                f"--map-column '{item}': expected HEADER=FIELD with FIELD one of {', '.join(FIELDS)}.")
        opts.column_map[head.strip()] = fld.strip()
    for item in args.map_craft:
        text, _, code = item.rpartition("=")
        if not text or not code.strip():
            raise HandwerksmonitorError(f"--map-craft „{item}“: erwartet TEXT=CODE, z. B. \"Elektroinstallateur=A 25\".",
                                        f"--map-craft '{item}': expected TEXT=CODE, e.g. \"Elektroinstallateur=A 25\".")
        opts.craft_map[text.strip()] = code.strip()
    for text in args.skip_craft:
        opts.craft_map[text.strip()] = None
    if args.stand:
        try:
            opts.stand = dt.datetime.strptime(args.stand, "%d.%m.%Y").date()
        except ValueError as exc:
            raise HandwerksmonitorError(f"--stand „{args.stand}“: erwartet TT.MM.JJJJ.",
                                        f"--stand '{args.stand}': expected DD.MM.YYYY.") from exc
    return opts


def _print_register(s: dict[str, Any], lang: str) -> None:
    r = s.get("register") or {}
    if not r:
        return
    out = sys.stdout.write
    out(_t(lang, "Kammerregister", "Chamber register") + f": {', '.join(r.get('chambers') or ['–'])}; "
        + _t(lang, "Bestand 31.12.", "stock 31 Dec ") + f"{r['years'][0]}–{r['years'][1]} ("
        + _t(lang, "Stand", "as of") + f" {fmt_date(r['stand'], lang)})\n")
    out(_t(lang, "Zeilen je Kreis", "Rows per district") + ": "
        + ", ".join(f"{a} {fmt_number(n, lang=lang)}" for a, n in r["rows_by_district"].items()) + "\n")
    if r["outside_rows"]:
        out(_t(lang, f"Außerhalb der Region (nicht importiert): {fmt_number(r['outside_rows'], lang=lang)} Zeilen\n",
               f"Outside the region (not imported): {fmt_number(r['outside_rows'], lang=lang)} rows\n"))
    if r["left_out_rows"]:
        out(_t(lang, f"Weggelassen (Handwerk): {r['left_out_rows']} Zeilen\n", f"Left out (craft): {r['left_out_rows']} rows\n"))
    out(_t(lang, f"B2 (handwerksähnlich): {r['b2_rows']} Betriebe, AeT: {r['aet_rows']} (gesondert gezählt)\n",
           f"B2 (craft-like trades): {r['b2_rows']} businesses, AeT: {r['aet_rows']} (counted separately)\n"))
    out(_t(lang, "Nicht gelesen (personenbezogen oder nicht gebraucht): ", "Never read (personal or not needed): ")
        + ", ".join(r["columns_not_read"]) + "\n")


def _preview_row(r: Any, lang: str) -> list[str]:
    """One previewed value as table cells (a missing value, None or NaN, is an empty cell)."""
    value = r.value
    shown = fmt_number(value, 0, lang) if value is not None and value == value else ""
    return [str(r.area_code), str(r.year), str(r.indicator), str(r.gewerbegruppe), shown,
            r.flag if isinstance(r.flag, str) else ""]


def _print_summary(s: dict[str, Any], batch: ImportBatch, lang: str) -> None:
    out = sys.stdout.write
    kind = _t(lang, "amtlich", "official") if s["kind"] == "official" else _t(lang, "Kammerdaten", "chamber data")
    out(f"{_t(lang, 'Datei', 'File')}: {s['file']}  ({s['format']}, {kind})\n")
    out(f"{_t(lang, 'Tabelle', 'Table')}: {s['table']} – {s['title']}\n")
    if s["stand"]:
        out(f"{_t(lang, 'Stand', 'As of')}: {fmt_date(s['stand'], lang)}\n")
    out(f"{_t(lang, 'Kreise/Gebiete', 'Areas')}: {', '.join(s['areas'])}"
        + (_t(lang, f"  ({s['skipped_areas']} Gebiete außerhalb der Region übersprungen)",
              f"  ({s['skipped_areas']} areas outside the region skipped)") if s["skipped_areas"] else "") + "\n")
    out(f"{_t(lang, 'Jahre', 'Years')}: {', '.join(str(y) for y in s['years'])}\n")
    _print_register(s, lang)
    out(f"{_t(lang, 'Indikatoren', 'Indicators')}: {', '.join(s['indicators'])}\n")
    out(f"{_t(lang, 'Zeilen gelesen', 'Rows read')}: {fmt_number(s['rows_read'], lang=lang)}; "
        f"{_t(lang, 'Werte', 'values')}: {fmt_number(s['values'], lang=lang)}\n")
    for sign, info in s["special_values"].items():
        out(f"  {_t(lang, 'Sonderzeichen', 'Special sign')} „{sign}“: {info['count']} × – {info['meaning']}\n")
    if s["unmapped"]:
        from core.imports.model import not_taken_text

        out(_t(lang, "Nicht übernommen (keine Indikatorzuordnung): ", "Not taken (no indicator mapping): ")
            + not_taken_text(s["unmapped"], lang) + "\n")
    rows = [_preview_row(r, lang) for r in batch.values.head(10).itertuples()]
    print_table([_t(lang, "Gebiet", "Area"), _t(lang, "Jahr", "Year"), _t(lang, "Indikator", "Indicator"),
                 _t(lang, "Gruppe", "Group"), _t(lang, "Wert", "Value"), "Flag"], rows)
    if s["saved_version"]:
        out(_t(lang, f"Gespeichert als Datenstand {s['saved_version']} (aktiv).\n",
               f"Saved as data version {s['saved_version']} (active).\n"))
    else:
        out(_t(lang, "Probelauf: nichts gespeichert.\n", "Dry run: nothing saved.\n"))


def _manage(args: argparse.Namespace, lang: str) -> int:
    from core.imports import versions
    from core.userdb import open_snapshot, open_user_db

    writes = args.undo is not None or bool(args.activate)
    con = open_user_db() if writes else open_snapshot()  # --list only reads: never takes the lock
    try:
        if args.undo is not None:
            active = versions.undo_import(con, args.undo)
            sys.stdout.write(_t(lang, f"Import {args.undo} rückgängig gemacht. Aktiver Datenstand: ",
                                f"Import {args.undo} undone. Active data version: ")
                             + (str(active) if active else _t(lang, "mitgelieferte Daten", "bundled data")) + "\n")
            return 0
        if args.activate:
            target = None if args.activate.lower() in ("bundled", "0", "mitgeliefert") else int(args.activate)
            versions.set_active(con, target)
            sys.stdout.write(_t(lang, "Aktiver Datenstand: ", "Active data version: ")
                             + (str(target) if target else _t(lang, "mitgelieferte Daten", "bundled data")) + "\n")
            return 0
        items = versions.list_versions(con, include_undone=True)
        if args.json:
            print_json([v.to_dict() for v in items])
            return 0
        rows = [[("* " if v.active else "  ") + str(v.id), fmt_datetime(v.imported_at[:16], lang), v.kind,
                 v.table_code, v.file_name, fmt_date(v.stand, lang) if v.stand else "", str(v.n_values),
                 _t(lang, "rückgängig", "undone") if v.undone_at else ""] for v in items]
        print_table(["ID", _t(lang, "Importiert", "Imported"), _t(lang, "Art", "Kind"), _t(lang, "Tabelle", "Table"),
                     _t(lang, "Datei", "File"), _t(lang, "Stand", "As of"), _t(lang, "Werte", "Values"), ""], rows)
        if not items:
            sys.stdout.write(_t(lang, "Noch keine Importe; aktiv sind die mitgelieferten Daten.\n",
                                "No imports yet; the bundled data are active.\n"))
        return 0
    except ValueError as exc:
        raise HandwerksmonitorError("Ungültige Nummer eines Datenstands.", "Invalid data version number.") from exc
    finally:
        con.close()
