"""``handwerksmonitor forecast``: supply and demand of craft services per Gewerbegruppe, headless.

    handwerksmonitor forecast [--district D] [--group G] [--scenario S] [--horizon 2040]
                              [--set KEY=VALUE ...] [--json]

Same numbers as the Prognose tab. JSON has ``years``, ``supply``, ``demand``, ``gap`` per group and the
``assumptions`` used (plus sources and published projection markers). Human output: a German (or English
with --lang en) table with the sources below it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap

from core import provenance
from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, print_json, print_table
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN, DataStore
from core.errors import DatabaseLockedError, InvalidInputError
from core.forecast import scenarios
from core.forecast.inputs import cached_inputs
from core.forecast.model import DEFAULT_HORIZON, ForecastModel, ForecastResult
from core.regions import load_region


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("forecast", help=t("Prognose von Angebot und Nachfrage je Gewerbegruppe",
                                          "forecast of supply and demand per craft group"))
    p.add_argument("--district", default=None, metavar=t("KREIS", "DISTRICT"),
                   help=t("Kreis (AGS oder Name); Standard: ganze Region", "district (AGS or name); default: region"))
    p.add_argument("--group", default=None, metavar=t("GRUPPE", "GROUP"),
                   help=t("Gewerbegruppe (Name oder eindeutiger Anfang); Standard: alle",
                          "craft group (name or unique beginning); default: all"))
    p.add_argument("--scenario", default="Basis", metavar=t("SZENARIO", "SCENARIO"),
                   help=t("Basis, optimistisch, pessimistisch oder ein gespeichertes Szenario",
                          "Basis, optimistisch, pessimistisch or a saved scenario"))
    p.add_argument("--horizon", type=int, default=DEFAULT_HORIZON, metavar=t("JAHR", "YEAR"),
                   help=t(f"letztes Prognosejahr (Standard: {DEFAULT_HORIZON})",
                          f"last forecast year (default: {DEFAULT_HORIZON})"))
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar=t("NAME=WERT", "KEY=VALUE"),
                   help=t("eine Annahme überschreiben, z.\u00a0B. productivity=1.0 (Namen: siehe --json, "
                          "Feld assumptions)", "override one assumption, e.g. productivity=1.0 (keys: see --json, "
                          "field assumptions)"))
    p.add_argument("--json", action="store_true", help=t("JSON ausgeben", "print JSON"))
    add_global_options(p)
    p.set_defaults(func=run)


def resolve_group(key: str | None) -> str | None:
    """Exact name, English name or unique case-insensitive prefix of a Gewerbegruppe."""
    if key is None:
        return None
    k = key.strip().lower()
    for g in GEWERBEGRUPPEN:
        if k in (g.lower(), GEWERBEGRUPPEN_EN[g].lower()):
            return g
    hits = [
        g for g in GEWERBEGRUPPEN if g.lower().startswith(k) or GEWERBEGRUPPEN_EN[g].lower().startswith(k)
    ]
    if len(hits) == 1:
        return hits[0]
    valid = "; ".join(GEWERBEGRUPPEN)
    raise InvalidInputError(
        f"Unbekannte oder mehrdeutige Gewerbegruppe „{key}“. Gültig: {valid}",
        f"Unknown or ambiguous Gewerbegruppe '{key}'. Valid: {valid}",
    )


def _overrides(items: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for item in items:
        key, sep, value = item.partition("=")
        try:
            if not sep:
                raise ValueError
            out[key.strip()] = float(value.replace(",", "."))
        except ValueError:
            raise InvalidInputError(
                f"--set erwartet SCHLÜSSEL=ZAHL, nicht „{item}“ (z. B. productivity=1.0).",
                f"--set expects KEY=NUMBER, not '{item}' (e.g. productivity=1.0).",
            ) from None
    return out


def _load_scenario(name: str) -> scenarios.Scenario:
    if name.strip().lower() in (k.lower() for k in scenarios.BUILTINS):
        return scenarios.builtin(name)
    from core import userdb

    try:
        con = userdb.open_user_db()
    except DatabaseLockedError:
        con = userdb.open_snapshot()
    try:
        return scenarios.load(con, name)
    finally:
        con.close()


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    region = load_region(args.region)
    district = region.district(args.district).ags if args.district else None
    group = resolve_group(args.group)
    scenario = _load_scenario(args.scenario)
    values = {**scenario.values, **_overrides(args.overrides)}
    store = DataStore(region)
    model = ForecastModel(cached_inputs(store), horizon=args.horizon)
    result = model.compute(values, scenario=scenario.name)
    if args.json:
        print_json(result.to_json(district, [group] if group else None))
        return 0
    _print_human(result, district, group, lang)
    return 0


def _wrap(text: str, indent: str = "", hanging: str = "") -> str:
    """Prose of the output wrapped at 100 columns, at spaces only."""
    return textwrap.fill(text, 100, initial_indent=indent, subsequent_indent=hanging, break_long_words=False,
                         break_on_hyphens=False)


def _print_human(result: ForecastResult, district: str | None, group: str | None, lang: str) -> None:
    de = lang != "en"
    data = result.to_json(district, [group] if group else None)
    years = data["years"]
    w = sys.stdout.write
    w(
        f"Prognose Angebot und Nachfrage – {data['area_name']}, Szenario {data['scenario']}\n"
        if de
        else f"Supply and demand forecast – {data['area_name']}, scenario {data['scenario']}\n"
    )
    w(
        f"Einheit: Beschäftigtenäquivalente; Basisjahr {data['base_year']} (Angebot = Nachfrage)\n\n"
        if de
        else f"Unit: employee-equivalents; base year {data['base_year']} (supply = demand)\n\n"
    )
    if group:
        headers = (
            ["Jahr", "Angebot", "Nachfrage", "Lücke", "Lücke %"]
            if de
            else ["Year", "Supply", "Demand", "Gap", "Gap %"]
        )
        rows = []
        for i, y in enumerate(years):
            s, d = data["supply"][group][i], data["demand"][group][i]
            rows.append(
                [
                    str(y),
                    fmt_number(s, 0, lang),
                    fmt_number(d, 0, lang),
                    fmt_number(d - s, 0, lang),
                    fmt_number(100 * (d - s) / s if s else float("nan"), 1, lang),
                ]
            )
        w(f"Gewerbegruppe: {group}\n" if de else f"Group: {GEWERBEGRUPPEN_EN[group]}\n")
        print_table(headers, rows)
    else:
        # One table per quantity (groups × years), so the output fits 100 columns.
        marks = list(dict.fromkeys(y for y in (years[0], 2030, 2035, years[-1]) if y in years))
        sections = (
            ("supply", "Angebot", "Supply"),
            ("demand", "Nachfrage", "Demand"),
            ("gap", "Lücke (Nachfrage − Angebot)", "Gap (demand − supply)"),
        )
        for n, (key, title_de, title_en) in enumerate(sections):
            if n:
                w("\n")
            w(f"{title_de if de else title_en}\n")
            headers = ["Gewerbegruppe" if de else "Craft group"] + [str(y) for y in marks]
            rows = [
                [g if de else GEWERBEGRUPPEN_EN[g]]
                + [fmt_number(data[key][g][years.index(y)], 0, lang) for y in marks]
                for g in data["supply"]
            ]
            print_table(headers, rows)
    w("\n")
    w(
        "Lücke = Nachfrage − Angebot (positiv: Nachfrageüberhang).\n"
        if de
        else "Gap = demand − supply (positive: demand exceeds supply).\n"
    )
    parts = [
        "Beschäftigte je Gewerbegruppe: Schätzung. Bevölkerung amtlich bis "
        f"{data['last_data_year']}, danach eigene Projektion"
        if de
        else "Employees per group: estimate. Population official up to "
        f"{data['last_data_year']}, then our projection"
    ]
    if data["markers"]:
        pts = ", ".join(
            f"{m['year']}: {fmt_number(m['value'], 0, lang)}" + (" *" if m["derived_from_percentage"] else "")
            for m in data["markers"]
        )
        parts.append(
            f", angebunden an veröffentlichte amtliche Vorausberechnung ({pts})"
            if de
            else f", anchored to published official projection points ({pts})"
        )
        if any(m["derived_from_percentage"] for m in data["markers"]):
            parts.append(
                "; * aus veröffentlichter Veränderung in % auf Zensus-2022-Basis umgerechnet"
                if de
                else "; * converted from a published % change to the 2022 census basis"
            )
    w(_wrap("".join(parts) + ".") + "\n" + ("Quellen:\n" if de else "Sources:\n"))
    for src in data["sources"]:
        kind = (provenance.KIND_LABEL_DE if de else provenance.KIND_LABEL_EN).get(src.get("kind", ""), "")
        title = src.get("title_en") if (not de and src.get("title_en")) else src.get("title", src.get("id"))
        line = f"– {title} ({src.get('publisher', '')}, Stand {src.get('stand', '')}; {kind})"
        w(_wrap(line, "  ", "    ") + "\n")
    w(
        "Annahmen: handwerksmonitor forecast --json (Feld assumptions)\n"
        if de
        else "Assumptions: handwerksmonitor forecast --json (field assumptions)\n"
    )
