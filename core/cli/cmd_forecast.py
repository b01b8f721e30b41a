"""``handwerksmonitor forecast``: supply and demand of craft services per Gewerbegruppe, headless.

    handwerksmonitor forecast [--district D] [--group G] [--scenario S] [--horizon 2040]
                              [--set KEY=VALUE ...] [--with-measures [--statuses S1,S2]] [--json]

``--with-measures`` applies the expected effects of the tracker's measures in the chosen statuses
(default geplant, in Umsetzung, umgesetzt; core.forecast.measures) and adds ``measures`` (each with its
effects and its contribution to the gap in 2030/2035/2040) to the JSON.

Same numbers as the Prognose tab. JSON has ``years``, ``supply``, ``demand``, ``gap`` per group and the
``assumptions`` used (plus sources and published projection markers). Human output: a German (or English
with --lang en) table with the sources below it.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from typing import Any

from core import provenance, userdb
from core.cli.common import user_db_snapshot
from core.cli.helptext import add_global_options, t
from core.cli.output import fmt_number, print_json, print_table
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN, DataStore
from core.errors import InvalidInputError
from core.forecast import measures as measures_mod
from core.forecast import parameters, scenarios
from core.forecast.comparison import area_label, field_label
from core.forecast.inputs import cached_inputs
from core.forecast.model import DEFAULT_HORIZON, ForecastModel, ForecastResult
from core.forecast.study_direction import study_direction
from core.regions import load_region
from core.tracker.model import status_label
from core.tracker.store import Tracker


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    p.add_argument("--with-measures", action="store_true",
                   help=t("mit den erwarteten Wirkungen der Maßnahmen aus dem Tracker (Szenario „mit Maßnahmen“)",
                          "with the expected effects of the tracker's measures (scenario 'with measures')"))
    p.add_argument("--statuses", default=None, metavar="STATUS,…",
                   help=t("Status der berücksichtigten Maßnahmen, kommagetrennt (Standard: geplant,in Umsetzung,"
                          "umgesetzt)", "statuses of the measures included, comma-separated (default: planned,"
                          "in progress,implemented)"))
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

    con = userdb.open_snapshot()  # only reads: never takes the lock
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
    if args.statuses is not None and not args.with_measures:
        raise InvalidInputError(
            "--statuses gilt nur zusammen mit --with-measures.", "--statuses only works with --with-measures."
        )
    store = DataStore(region)
    model = ForecastModel(cached_inputs(store), horizon=args.horizon)
    if args.with_measures:
        return _run_with_measures(args, model, scenario, values, district, group)
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


def _run_with_measures(
    args: argparse.Namespace,
    model: ForecastModel,
    scenario: scenarios.Scenario,
    values: dict[str, float],
    district: str | None,
    group: str | None,
) -> int:
    """The forecast with the effects of the tracker's measures (read from a throw-away snapshot)."""

    statuses = measures_mod.parse_statuses(args.statuses)
    p = parameters.resolve(values)
    with user_db_snapshot(args.lang) as con:
        found: list[measures_mod.Measure] = []
        if con is not None:
            found = measures_mod.measures_from_tracker(Tracker(con, read_only=True), statuses)
    ev = measures_mod.MeasureModel(model).evaluate(
        p, found, area=district, groups=[group] if group else None, scenario=scenario.name
    )
    data = ev.with_measures.to_json(district, [group] if group else None)
    data["with_measures"] = True
    data["measure_statuses"] = list(statuses)
    without = ev.without.to_json(district, [group] if group else None)
    data["gap_without_measures"] = without["gap"]
    data["measures"] = measures_mod.measures_json(ev)
    data["measures_note"] = {
        "de": "Beitrag = Lücke mit allen Maßnahmen außer dieser − Lücke mit allen Maßnahmen (positiv: schließt "
        "einen Teil der Lücke). Wirken mehrere Maßnahmen zusammen, müssen sich die Beiträge nicht zur "
        "Gesamtwirkung addieren.",
        "en": "Contribution = gap with all measures except this one − gap with all measures (positive: closes part "
        "of the gap). When several measures interact, the contributions need not add up to the total effect.",
    }
    if args.json:
        print_json(data)
        return 0
    _print_human(ev.with_measures, district, group, args.lang, lambda: _print_measures(data, ev, args.lang))
    return 0


def _print_comparison(entries: list[dict[str, Any]], lang: str) -> None:
    """Published projections beside the model: source, area, field, measure, years, published change and the
    model's change of the same measure over the same years (persons; as in the tab's column "gleiche Größe")."""
    if not entries:
        return
    de = lang != "en"
    w = sys.stdout.write
    w("\n" + ("Vergleich mit veröffentlichten Projektionen (Veränderung in %, Modell in Personen)\n" if de else
              "Comparison with published projections (change in %, model in persons)\n"))

    side = {"supply": ("Angebot", "supply"), "demand": ("Nachfrage", "demand"),
            "working_age": ("15–64-J.", "age 15–64"), "population": ("Bevölkerung", "population")}
    series = {"learned": (" (gelernt)", " (trained)"), "in_occupation": (" (im Beruf)", " (in occ.)")}
    headers = (["Quelle", "Gebiet", "Feld", "Größe", "Jahre", "veröff.", "Modell"] if de else
               ["Source", "Area", "Field", "Measure", "Years", "publ.", "Model"])
    rows = []
    lists: dict[str, str] = {}  # a list of districts is named by its first one, in full below the table
    for e in sorted(entries, key=lambda x: (x["source"], x["area"], x["side"], x["years"][1])):
        y0, y1 = e["years"]
        area = area_label(e["area"], lang)
        parts = area.split("; ")
        if len(parts) > 1:
            lists[f"{parts[0]} +{len(parts) - 1}"] = area
            area = f"{parts[0]} +{len(parts) - 1}"
        rows.append([
            e["source"],
            area,
            field_label(e["field"], lang, short=True),
            side.get(e["side"], (e["side"], e["side"]))[0 if de else 1]
            + series.get(e.get("series", ""), ("", ""))[0 if de else 1],
            f"{y0 or '?'}–{y1}",
            ("≈" if e["approximate"] else "") + fmt_number(e["value_pct"], 1, lang),
            fmt_number(e["model"].get("same_measure_pct"), 1, lang),
        ])
    print_table(headers, rows)
    for short, full in lists.items():
        w(_wrap(f"{short}: {full}") + "\n")
    w(_wrap("Modell = dieselbe Größe im Modell (Angebot, Nachfrage oder Bevölkerung) über dieselben Jahre, ab "
            "seinem Basisjahr, wenn die Veröffentlichung früher beginnt; Gebiet und Gewerbegruppen des Modells "
            "(Deutschland → IRMD, Land → seine IRMD-Kreise, SHK → Ausbaugewerbe) und sein Angebot und seine "
            "Nachfrage bis 2035 und 2040: forecast --json, Feld comparison." if de else
            "Model = the same measure in the model (supply, demand or population) over the same years, from its "
            "base year where the publication starts earlier; the model's area and craft groups (Germany → IRMD, a "
            "state → its IRMD districts, SHK → finishing trades) and its supply and demand to 2035 and 2040: "
            "forecast --json, field comparison.") + "\n")


def _print_measures(data: dict[str, Any], ev: measures_mod.Evaluation, lang: str) -> list[str]:
    """The measures section; returns the effects' sources as extra source lines."""

    de = lang != "en"
    w = sys.stdout.write
    statuses = ", ".join(status_label(s, lang) for s in data["measure_statuses"])
    w("\n" + (f"Mit Maßnahmen (Status: {statuses})\n" if de else f"With measures (status: {statuses})\n"))
    if not data["measures"]:
        w("Keine Maßnahme in diesen Status hat eine erfasste Wirkung (handwerksmonitor tracker effect …).\n\n"
          if de else "No measure in these statuses has a recorded effect (handwerksmonitor tracker effect …).\n\n")
        return []
    years = [y for y in (2030, 2035, 2040) if y in ev.years]
    headers = (["Nr.", "Maßnahme", "Status"] if de else ["No.", "Measure", "Status"]) + [
        (f"Beitrag {y}" if de else f"Contribution {y}") for y in years
    ]
    rows = [
        [m["code"], (m["title"] if de else m["title_en"])[:48], status_label(m["status"], lang)]
        + [fmt_number(m["contribution"][str(y)], 0, lang) for y in years]
        for m in data["measures"]
    ]
    gw, gm = ev.gap_without, ev.gap_with
    rows.append(["", "Lücke ohne Maßnahmen" if de else "Gap without measures", ""]
                + [fmt_number(gw[y], 0, lang) for y in years])
    rows.append(["", "Lücke mit Maßnahmen" if de else "Gap with measures", ""]
                + [fmt_number(gm[y], 0, lang) for y in years])
    print_table(headers, rows)
    w(data["measures_note"]["de" if de else "en"] + "\n")
    w("Wirkungen sind Annahmen der Nutzer (Begründung und Quelle je Wirkung: tracker effect NR).\n\n" if de else
       "Effects are the users' assumptions (justification and source per effect: tracker effect NO).\n\n")
    lines = []
    for m in data["measures"]:
        for e in m["effects"]:
            lines.append(f"{m['code']} {e['param']}: {e['source']} – {e['reason'][:80]}"
                         + (" (Wirkung: Annahme der Nutzer)" if de else " (effect: users' assumption)"))
    return lines


def _print_human(
    result: ForecastResult,
    district: str | None,
    group: str | None,
    lang: str,
    before_sources: Callable[[], list[str]] | None = None,
) -> None:
    """The table, its notes, then (``before_sources``: more sections returning extra source lines) the sources."""
    de = lang != "en"
    data = result.to_json(district, [group] if group else None)
    w = sys.stdout.write
    w(
        f"Prognose Angebot und Nachfrage – {data['area_name']}, Szenario {data['scenario']}\n"
        if de
        else f"Supply and demand forecast – {data['area_name']}, scenario {scenarios.display_name(data['scenario'], 'en')}\n"
    )
    w(
        f"Einheit: Beschäftigtenäquivalente; Basisjahr {data['base_year']} (Angebot = Nachfrage)\n\n"
        if de
        else f"Unit: employee-equivalents; base year {data['base_year']} (supply = demand)\n\n"
    )
    if group:
        _print_group_years(data, group, lang)
    else:
        _print_quantity_tables(data, lang)
    w("\n")
    _print_notes(data, lang)
    if not district and not group:
        direction = study_direction(result)
        w("\n" + _wrap(direction["text"] if de else direction["text_en"]) + "\n")
    _print_comparison(data["comparison"], lang)
    extra = before_sources() if before_sources else []
    _print_sources(data, extra, lang)


def _print_group_years(data: dict[str, Any], group: str, lang: str) -> None:
    """One group: a row per year with supply, demand, gap = demand − supply and gap % = 100·gap/supply."""
    de = lang != "en"
    headers = (
        ["Jahr", "Angebot", "Nachfrage", "Lücke", "Lücke %"]
        if de
        else ["Year", "Supply", "Demand", "Gap", "Gap %"]
    )
    rows = []
    for i, y in enumerate(data["years"]):
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
    sys.stdout.write(f"Gewerbegruppe: {group}\n" if de else f"Group: {GEWERBEGRUPPEN_EN[group]}\n")
    print_table(headers, rows)


def _print_quantity_tables(data: dict[str, Any], lang: str) -> None:
    """All groups: one table per quantity (groups × base year, 2030, 2035, horizon), so the output fits
    100 columns."""
    de = lang != "en"
    w = sys.stdout.write
    years = data["years"]
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


def _print_notes(data: dict[str, Any], lang: str) -> None:
    """What the numbers are: the gap's sign, the kinds (employees per group: estimate; population official,
    then projected, anchored to published projection points), and the anchor warnings."""
    de = lang != "en"
    w = sys.stdout.write
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
    w(_wrap("".join(parts) + ".") + "\n")
    w(_wrap(
        f"Kennzeichnung: {data['base_year']} Schätzung (Beschäftigte je Gewerbegruppe), ab {data['base_year'] + 1} "
        "Projektion des Modells – keine Daten." if de else
        f"Kind: {data['base_year']} estimate (employees per craft group), from {data['base_year'] + 1} the model's "
        "projection – not data.") + "\n")
    for note in data["anchor_notes"]:
        w(_wrap("⚠ " + (note["text"] if de else note["text_en"]), "", "  ") + "\n")


def _print_sources(data: dict[str, Any], extra: list[str], lang: str) -> None:
    """Every source with its kind and Stand (an indirect source names what it is an input of), then the
    ``extra`` lines of the sections printed before, then where the assumptions are."""
    de = lang != "en"
    w = sys.stdout.write
    w("Quellen:\n" if de else "Sources:\n")
    for src in data["sources"]:
        kind = (provenance.KIND_LABEL_DE if de else provenance.KIND_LABEL_EN).get(src.get("kind", ""), "")
        shown = provenance.localize_record(src, lang)  # English texts, the Stand as a date of ``lang``
        stand = ("Stand " if de else "as of ") + str(shown.get("stand", ""))
        line = f"– {shown.get('title', src.get('id'))} ({shown.get('publisher', '')}, {stand}; {kind})"
        if src.get("input_of"):  # an indirect source (e.g. a margin of the estimate)
            parent: dict[str, Any] = next((x for x in data["sources"] if x.get("id") == src["input_of"]), {})
            name = (parent.get("title_en") if not de and parent.get("title_en") else parent.get("title")) or src[
                "input_of"]
            line += "; " + ("Eingang von „" if de else "input of '") + str(name) + ("“" if de else "'")
        w(_wrap(line, "  ", "    ") + "\n")
    for line in extra:
        w(_wrap(f"– {line}", "  ", "    ") + "\n")
    w(
        "Annahmen: handwerksmonitor forecast --json (Feld assumptions)\n"
        if de
        else "Assumptions: handwerksmonitor forecast --json (field assumptions)\n"
    )
