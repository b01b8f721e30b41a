"""The one mapping table: which official variable becomes which fact indicator.

A rule matches a value column of a classic GENESIS table (by its header labels, or by the table's
measure line when the header holds only breakdowns such as sex) or a row of a flat file (by
``value_variable_code`` or ``value_variable_label``). Only the total of every other breakdown
(sex, nationality, age group, Wirtschaftszweig, Art des Handwerks) is taken: a value is mapped when
all its other labels are "Insgesamt". Unit factors turn the file's unit into the indicator's.
Flat-file variable codes are listed only where verified (BEVSTD); otherwise the label decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    statistic: str  # 5-digit statistic code (first part of the table code)
    indicator: str  # fact indicator (core.datastore)
    label: str  # regex, full match against one normalised label
    codes: tuple[str, ...] = ()  # flat-file value_variable_code(s)
    factor: float = 1.0


MAPPING: tuple[Rule, ...] = (
    Rule("12411", "population", r"bevölkerungsstand( \(anzahl\))?|bevölkerung( insgesamt)?", ("BEVSTD",)),
    Rule("13111", "sv_employees_total",
         r"sozialversicherungspfl(\.|ichtig) beschäftigte( \(arbeitsort\))?( \(anzahl\))?"
         r"|sozialversicherungspflichtig beschäftigte am arbeitsort"),
    Rule("53111", "businesses", r"handwerksunternehmen|unternehmen"),
    Rule("53111", "employees", r"tätige personen( insgesamt)?( im jahresdurchschnitt)?"),
    Rule("53111", "sv_employees_craft",
         r"sozialversicherungspflichtig beschäftigte( im jd| im jahresdurchschnitt)?"),
    Rule("53111", "turnover_teur", r"umsatz( insgesamt)?( \(tsd\. eur\))?"),
)

# Labels that stand for "all" of a breakdown.
TOTAL_LABELS = {"insgesamt", "zusammen", "total", "alle", "gesamt", "alle wirtschaftszweige",
                "insgesamt (alle wirtschaftszweige)"}
# Labels in column headers that are names of a breakdown or a unit, not a member of it.
NEUTRAL_LABELS = {"nationalität", "geschlecht", "anzahl", "tsd. eur", "eur", "1000 eur", "personen", "altersgruppen",
                  "wirtschaftszweige", "art des handwerks"}

_WS = re.compile(r"\s+")


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def norm(label: str) -> str:
    return _WS.sub(" ", label.replace("\u00a0", " ").replace("_", " ")).strip().lower()


def _plain(text: str) -> str:
    """Umlauts spelled out, so 'Beschaeftigte' (flat-file headers) matches 'Beschäftigte'."""
    return text.translate(_TRANSLIT)


def rules_for(statistic: str) -> list[Rule]:
    return [r for r in MAPPING if r.statistic == statistic[:5]]


def match_label(statistic: str, label: str) -> Rule | None:
    n = _plain(norm(label))
    for r in rules_for(statistic):
        if re.fullmatch(_plain(r.label), n):
            return r
    return None


def match_code(statistic: str, code: str) -> Rule | None:
    for r in rules_for(statistic):
        if code and code.strip().upper() in r.codes:
            return r
    return None


def is_total(label: str) -> bool:
    return norm(label) in TOTAL_LABELS


def is_neutral(label: str) -> bool:
    return norm(label) in NEUTRAL_LABELS
