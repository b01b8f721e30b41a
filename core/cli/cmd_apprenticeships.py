"""``handwerksmonitor apprenticeships [--region CODE] [--json]``: every published apprenticeship series,
points with their dates and sources; nothing interpolated. The chamber's own series imported with the
chamber template (family ``import``, kind ``import``, one per import and district) are included; the user
database is read from a throw-away snapshot (core.cli.common.user_db_snapshot), so the command never
creates, locks or changes it."""

from __future__ import annotations

import argparse
import sys

import duckdb

from core.apprenticeships import CHAMBER_NOTE_DE, CHAMBER_NOTE_EN, Series, all_series, import_series
from core.cli.common import note, store_for, user_db_snapshot, write_sources
from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, print_json
from core.datastore import DataStore
from core.errors import InvalidInputError
from core.formatting import fmt_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("apprenticeships", help=t("Auszubildende im Handwerk (veröffentlichte Reihen)",
                                                 "apprentices in the crafts (published series)"))
    p.add_argument("--region", dest="series_region", default=None, metavar="CODE",
                   help=t("nur diese Reihe: DG (Deutschland), 14, 15, 16 (Länder), HWK-L, HWK-H, HWK-O (Kammern)",
                          "only this series: DG (Germany), 14, 15, 16 (states), HWK-L, HWK-H, HWK-O (chambers)"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p, region=False)
    p.set_defaults(func=run)


def _imported(store: DataStore, lang: str) -> list[Series]:
    with user_db_snapshot(lang) as con:
        if con is None:
            return []
        try:
            return import_series(store, con)
        except duckdb.Error as exc:
            note(lang, "importierte Ausbildungsreihen nicht gelesen", "imported apprentice series not read", exc)
            return []


def run(args: argparse.Namespace) -> int:
    store = store_for(args)
    extra = _imported(store, args.lang)
    series = all_series(store, args.series_region, extra=extra)
    if args.series_region and not series:
        valid = sorted({s.region_code for s in all_series(store, extra=extra)})
        raise InvalidInputError(
            f"Keine Ausbildungsreihen für „{args.series_region}“. Gültig: {', '.join(valid)}",
            f"No apprenticeship series for '{args.series_region}'. Valid: {', '.join(valid)}",
        )
    if args.json:
        print_json([s.to_json() for s in series])
        return 0
    lang = args.lang
    for s in series:
        sys.stdout.write(s.label(lang) + "\n")
        for p in s.points:
            approx = (" (approx.)" if lang == "en" else " (gerundet)") if p.approximate else ""
            sys.stdout.write(f"  {fmt_date(p.date, lang)}  {fmt_number(p.value, 0, lang)}{approx}\n")
    sys.stdout.write("\n" + (CHAMBER_NOTE_EN if lang == "en" else CHAMBER_NOTE_DE) + "\n")
    published = [s.source() for s in series if s.import_id is None][:1]
    imported = {s.import_id: s.source() for s in series if s.import_id is not None}
    write_sources(published + list(imported.values()), lang)
    return 0
