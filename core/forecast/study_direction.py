"""The study's direction against this run: does the model, like the study, show a growing demand surplus
that hits the main construction and finishing trades hardest (Zukunftsfaktor Handwerk: "eine Verschärfung
des Nachfrageüberhangs … besonders betroffen … Bauhaupt- und Ausbaugewerbe")? If not, which assumption
makes the difference (one-at-a-time sensitivity, core.forecast.sensitivity).

Its own module because it needs the model (sensitivity reruns it), while the model needs the comparison
with published projections (core.forecast.comparison): kept apart, there is no import circle.
"""

from __future__ import annotations

from typing import Any

from core.forecast import parameters
from core.forecast.model import ForecastModel, ForecastResult
from core.forecast.sensitivity import sensitivity
from core.gewerbegruppen import GEWERBEGRUPPEN_EN

STUDY_GROUPS = ("Bauhauptgewerbe", "Ausbaugewerbe")


def _de(x: float) -> str:
    return f"{x:+.1f}".replace(".", ",")


def _en_group(group: str) -> str:
    return GEWERBEGRUPPEN_EN.get(group, group)


def study_direction(result: ForecastResult, year: int = 2035, model: ForecastModel | None = None) -> dict[str, Any]:
    """One sentence on the study's direction for Bauhaupt and Ausbau ("eine Verschärfung des
    Nachfrageüberhangs … besonders betroffen … Bauhaupt- und Ausbaugewerbe") against this run.

    Returns the gap in % of supply per group in ``year`` (region), whether the run agrees in direction
    (a demand surplus in both groups) and in emphasis (both among the most affected groups), and the
    sentence (German/English) that says which assumption makes the difference. With ``model`` a
    contradiction names the parameter that moves the two groups' gap most (one-at-a-time sensitivity)."""
    years = [int(y) for y in result.years]
    y = min(year, years[-1])
    i = years.index(y)
    region = result.area_series()
    sup, gap = region["supply"][:, i], region["gap"][:, i]
    pct = {g: float(100 * gap[k] / sup[k]) if sup[k] else 0.0 for k, g in enumerate(result.groups)}
    rank = sorted(result.groups, key=lambda g: -pct[g])
    bau, aus = pct[STUDY_GROUPS[0]], pct[STUDY_GROUPS[1]]
    direction = bau > 0 and aus > 0
    emphasis = direction and set(rank[:2]) == set(STUDY_GROUPS)
    if emphasis:
        text = (f"Wie die Studie zeigt die Basis bis {y} einen wachsenden Nachfrageüberhang, am stärksten im "
                f"Bauhaupt- ({_de(bau)}\u00a0%) und Ausbaugewerbe ({_de(aus)}\u00a0%).")
        text_en = (f"As in the study, the run shows a growing demand surplus to {y}, largest in the main "
                   f"construction ({bau:+.1f}\u00a0%) and finishing trades ({aus:+.1f}\u00a0%).")
    elif direction:
        top = rank[0]
        text = (f"Wie die Studie zeigt die Basis bis {y} einen wachsenden Nachfrageüberhang auch im Bauhaupt- "
                f"({_de(bau)}\u00a0%) und Ausbaugewerbe ({_de(aus)}\u00a0%); dass diese beiden nicht wie in der Studie am "
                f"stärksten betroffen sind (am stärksten: {top} {_de(pct[top])}\u00a0%), liegt an der Annahme gleicher "
                "Altersstruktur und gleicher Zugänge in allen Gewerbegruppen (für die Gruppen der Region ist keine "
                "eigene veröffentlicht) und an einer Bau- und Ausbaunachfrage, die ohne Zuwachs durch die "
                "Energiewende (Nachfragewachstum 0) den Haushalten im Erwerbsalter folgt.")
        text_en = (f"As in the study, the run shows a growing demand surplus to {y} in the main construction "
                   f"({bau:+.1f}\u00a0%) and finishing trades ({aus:+.1f}\u00a0%) too; that these two are not the most "
                   f"affected as in the study (most affected: {_en_group(top)} {pct[top]:+.1f}\u00a0%) comes from the "
                   "assumption of "
                   "the same age structure and entries in every craft group (none is published for the region's "
                   "groups) and from construction demand that follows the households of working age without "
                   "growth from the energy transition (demand growth 0).")
    else:
        lever = _main_lever(model, result, y) if model is not None else None
        which = (f"Den Unterschied macht vor allem die Annahme „{lever[0]}“ (hier {lever[1]}); am Rand ihres "
                 f"plausiblen Bereichs ergäbe sich für beide zusammen ein Nachfrageüberhang von "
                 f"{lever[2]:,.0f} Beschäftigtenäquivalenten.".replace(",", ".")) if lever else (
                 "Den Unterschied machen die Annahmen zum Angebot (Nettoabgang, Verbleib, Produktivität).")
        which_en = (f"The difference comes mainly from the assumption '{lever[3]}' (here {lever[1]}); at the end of "
                    f"its plausible range both groups together would show a demand surplus of {lever[2]:,.0f} "
                    "employee-equivalents.") if lever else (
                    "The difference comes from the supply assumptions (net outflow, retention, productivity).")
        text = (f"Anders als die Studie (wachsender Nachfrageüberhang, besonders im Bauhaupt- und Ausbaugewerbe) "
                f"zeigt diese Rechnung bis {y} im Bauhauptgewerbe {_de(bau)} % und im Ausbaugewerbe {_de(aus)} % "
                f"(negativ = Angebotsüberhang). {which}")
        text_en = (f"Unlike the study (a growing demand surplus, above all in the main construction and finishing "
                   f"trades) this run shows {bau:+.1f} % for main construction and {aus:+.1f} % for finishing trades "
                   f"to {y} (negative = supply surplus). {which_en}")
    return {"year": y, "gap_pct": pct, "direction": direction, "emphasis": emphasis, "text": text,
            "text_en": text_en}


def _main_lever(model: ForecastModel, result: ForecastResult, year: int) -> tuple[str, str, float, str] | None:
    """(German label, value with unit, gap at the range end, English label) of the parameter that raises
    the Bauhaupt + Ausbau gap most."""
    best = None
    for g in STUDY_GROUPS:
        for row in sensitivity(model, result.values, None, g, year):
            up = max(row.gap_low, row.gap_high)
            if best is None or up - row.gap_base > best[0]:
                best = (up - row.gap_base, row.key, up)
    if best is None or best[0] <= 0:
        return None
    p = parameters.REGISTRY[best[1]]
    value = f"{result.values[best[1]]:g} {p.unit}".strip()
    return p.label("de"), value, best[2], p.label("en")
