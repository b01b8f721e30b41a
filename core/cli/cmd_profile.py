"""``handwerksmonitor profile DISTRICT [--year Y] [--json]``: the craft profile of one district."""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from core.chamber_check import key_entries, summary_line
from core.cli.common import group_label, kind_label, store_for, write_breaks, write_sources
from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, fmt_percent, print_json, print_table
from core.profile import ESTIMATE_LABEL, DistrictProfile, district_profile
from core.succession import BANDS, band_label


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("profile", help=t("Kreisprofil", "district profile"))
    p.add_argument("district", metavar=t("KREIS", "DISTRICT"),
                   help=t("AGS-Schlüssel oder Name (eindeutiger Anfang genügt)", "AGS key or name (unique beginning)"))
    p.add_argument("--year", type=int, default=None, metavar=t("JAHR", "YEAR"),
                   help=t("Jahr (Standard: letztes Jahr mit Daten)", "year (default: latest year with data)"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = store_for(args)
    prof = district_profile(store, args.district, args.year)
    if args.json:
        print_json(prof.to_dict())
        return 0
    _print_human(prof, args.lang, store.region.code)
    return 0


def _print_human(prof: DistrictProfile, lang: str, region_code: str) -> None:
    en = lang == "en"
    def n(v: float | None, d: int = 0) -> str:
        return fmt_number(v, d, lang)

    w = sys.stdout.write
    head = f"{prof.name} ({prof.area_code})"
    if prof.state:
        head += f" – {prof.state}, {prof.chamber}"
    w(head + "\n")
    w(("Year" if en else "Jahr") + f": {prof.year}\n")
    w(
        ("Inhabitants" if en else "Einwohner")
        + f": {n(prof.population_year.value)}   "
        + ("Area" if en else "Fläche")
        + f": {n(prof.area_km2.value, 1)} km²   "
        + ("Inhabitants per km²" if en else "Einwohner je km²")
        + f": {n(prof.density_inhabitants_km2.value, 1)}\n"
    )
    b, e = prof.businesses, prof.employees
    w(
        ("Craft enterprises (craft census)" if en else "Handwerksunternehmen (Handwerkszählung)")
        + f": {n(b.value)} ({kind_label(b.kind, lang)})   "
        + ("Persons employed" if en else "Tätige Personen")
        + f": {n(e.value)} ({kind_label(e.kind, lang)})\n"
    )
    densities = [(prof.name, prof.business_density)]
    if prof.area_code != region_code:  # the region or Germany itself: shown once
        densities.append((region_code, prof.business_density_region))
    if prof.area_code != "DG":
        densities.append(("Germany" if en else "Deutschland", prof.business_density_germany))
    parts = [
        f"{name} {n(f.value, 1)}" + (f" ({kind_label(f.kind, lang)})" if f.kind else "")
        for name, f in densities
    ]
    w(
        ("Business density (craft enterprises per 1,000 inhabitants)" if en
         else "Betriebsdichte (Handwerksunternehmen je 1.000 Einwohner)")
        + ": "
        + " · ".join(parts)
        + "\n"
    )
    write_breaks([b.to_dict() for b in prof.year_breaks], lang)  # e.g. the 2022 census: not comparable with 2021
    if prof.chamber_counts:
        w(("Chamber counts for comparison (businesses on the roll, A + B1 + B2):" if en
           else "Kammerzahlen zum Vergleich (Betriebe laut Handwerksrolle, Anlage A, B1, B2):") + "\n")
        for entry in key_entries(list(prof.chamber_counts)):
            w(textwrap.fill(summary_line(entry, lang), 100, initial_indent="  ", subsequent_indent="    ",
                            break_long_words=False, break_on_hyphens=False) + "\n")
        w(("  (all counts: profile --json, field chamber_counts)" if en
           else "  (alle Kammerzahlen: profile --json, Feld chamber_counts)") + "\n")
    w("\n")
    est = ESTIMATE_LABEL[lang]
    w(("Craft groups" if en else "Gewerbegruppen") + f" ({est})\n")
    headers = (
        ["Craft group", "Enterprises", "Persons employed", "per 1,000 inh.", "Share pers.", "LQ"]
        if en
        else ["Gewerbegruppe", "Unternehmen", "Tätige Personen", "je 1.000 Einw.", "Anteil tät. P.", "LQ"]
    )
    rows = []
    for g, v in prof.groups.items():
        kinds = {v.kind_businesses or v.kind, v.kind_employees or v.kind}
        tag = " / ".join(kind_label(k, lang) for k in sorted(kinds, key=lambda k: k != "register"))
        rows.append(
            [
                group_label(g, lang) + f" [{tag}]",
                n(v.businesses.value),
                n(v.employees.value),
                n(v.density.value, 2),
                fmt_percent(v.share_employees.value, 1, lang),
                n(v.lq.value, 2),
            ]
        )
    print_table(headers, rows)
    _print_register(prof.owners, lang)
    write_sources(prof.sources, lang)


def _print_register(o: dict[str, Any] | None, lang: str) -> None:
    """Owners by age band and the succession indicator (chamber figures), where present."""

    en = lang == "en"
    if not o or o.get("owners_known") is None:
        return
    w = sys.stdout.write
    w("\n" + ("Owners by age (31 Dec " if en else "Inhaber nach Alter (31.12.") + f"{o['year']}, "
      + kind_label(o["kind"], lang) + ")\n")
    print_table([("Age" if en else "Alter"), ("Owners" if en else "Inhaber")],
                [[band_label(b, lang), fmt_number(o["bands"][b], 0, lang)] for b in BANDS])
    share = o.get("share_60plus")
    w(("Succession: businesses whose owner is 60+" if en else "Nachfolge: Betriebe mit Inhaber 60+")
      + f": {fmt_number(o['aged_60plus'], 0, lang)}"
      + (f" ({fmt_percent(share, 1, lang)})" if share is not None else "") + "\n")
