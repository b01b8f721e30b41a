"""Shared types of the importer: problems, GENESIS special values, the parsed batch.

A parsed file becomes an :class:`ImportBatch`: tidy ``values`` with the fact key
``(area_code, year, indicator, gewerbegruppe)`` plus value, flag (special sign) and its meaning.
Special values keep their sign and meaning; their value is NULL (never zero), values in
parentheses keep the number with flag ``()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from core.errors import HandwerksmonitorError, ImportValidationError
from core.text_safety import clean, shown

MESSAGE_LIMIT = 400

# GENESIS "Zeichenerklärung" (signs that replace or qualify a value): sign -> (German, English).
SPECIAL_VALUES: dict[str, tuple[str, str]] = {
    ".": ("Zahlenwert unbekannt oder geheim zu halten", "value unknown or confidential"),
    "-": ("nichts vorhanden (genau null)", "nothing (exactly zero)"),
    "x": ("Tabellenfach gesperrt, weil Aussage nicht sinnvoll", "cell locked, statement not meaningful"),
    "...": ("Angabe fällt später an", "not yet available"),
    "/": ("keine Angaben, da Zahlenwert nicht sicher genug", "no data, value not reliable enough"),
    "()": ("Aussagewert eingeschränkt (Zahl in Klammern)", "limited reliability (value in parentheses)"),
}
# Quality flags of the flat file (column ``value_q``) that qualify a number.
QUALITY_FLAGS: dict[str, tuple[str, str]] = {
    "v": ("vorläufiger Wert", "provisional value"),
    "p": ("vorläufiger Wert", "provisional value"),
    "r": ("berichtigter Wert", "revised value"),
    "s": ("geschätzter Wert", "estimated value"),
}

VALUE_COLUMNS = ["area_code", "year", "indicator", "gewerbegruppe", "value", "flag", "flag_meaning"]


def flag_meaning(flag: str | None, lang: str = "de") -> str:
    """Meaning of a special sign or quality flag ('' for none)."""
    if not flag:
        return ""
    pair = SPECIAL_VALUES.get(flag) or QUALITY_FLAGS.get(flag)
    if not pair:
        return ""
    return pair[1] if lang == "en" else pair[0]


@dataclass(frozen=True)
class Problem:
    """One finding: where (file, sheet, row, column) and what is wrong / what is expected."""

    de: str
    en: str
    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def __post_init__(self) -> None:
        """Text from the file is data: no control characters, and no message longer than a screen line or
        two (a 1 MB cell must never be echoed whole)."""
        for name, limit in (("de", MESSAGE_LIMIT), ("en", MESSAGE_LIMIT), ("file", 120), ("sheet", 60),
                            ("column", 80)):
            value = getattr(self, name)
            cleaned = clean(value, keep_newlines=False)
            if len(cleaned) > limit:
                cleaned = cleaned[: limit - 1] + "…"
            if cleaned != value:
                object.__setattr__(self, name, cleaned)

    def where(self, lang: str = "de") -> str:
        parts = [self.file] if self.file else []
        if self.sheet:
            parts.append(("sheet " if lang == "en" else "Blatt ") + self.sheet)
        if self.row is not None:
            parts.append(("row " if lang == "en" else "Zeile ") + str(self.row))
        if self.column:
            parts.append(("column " if lang == "en" else "Spalte ") + self.column)
        return ", ".join(parts)

    def message(self, lang: str = "de") -> str:
        text = self.en if lang == "en" else self.de
        where = self.where(lang)
        return f"{where}: {text}" if where else text

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "row": self.row, "column": self.column,
                "de": self.de, "en": self.en}


def validation_error(problems: list[Problem], file: str = "", limit: int = 20) -> ImportValidationError:
    """One error carrying every problem; the message lists the first ``limit`` of them."""
    def text(lang: str) -> str:
        if len(problems) == 1:
            p = problems[0]
            return p.message(lang) if p.file else (f"{file}: {p.message(lang)}" if file else p.message(lang))
        head = (f"{file}: {len(problems)} problem(s) found, nothing was imported:" if lang == "en"
                else f"{file}: {len(problems)} Problem(e) gefunden, es wurde nichts importiert:")
        lines = [p.message(lang) for p in problems[:limit]]
        if len(problems) > limit:
            rest = len(problems) - limit
            lines.append(f"… and {rest} more" if lang == "en" else f"… und {rest} weitere")
        return "\n".join([head, *lines])

    return ImportValidationError(text("de"), text("en"), problems=list(problems))


def refuse(de: str, en: str, file: str = "", **where: Any) -> ImportValidationError:
    """A single-problem validation error (e.g. a file that is not a table at all)."""
    return validation_error([Problem(de, en, file=file, **where)], file)


class ImportCancelledError(HandwerksmonitorError):
    """The user cancelled a running import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Import abgebrochen, es wurde nichts gespeichert.", "Import cancelled, nothing was saved.")


@dataclass
class ImportBatch:
    """A parsed, not yet written import. ``values`` has the columns in ``VALUE_COLUMNS``."""

    file_name: str
    sha256: str
    format: str  # genesis-table | genesis-flat | chamber-xlsx | chamber-csv | chamber-register | register
    kind: str  # "official" (statistical office) | "import" (chamber's own figures)
    table_code: str
    title: str
    values: pd.DataFrame
    stand: str = ""  # as-of date from the file ("Stand: ..."), ISO yyyy-mm-dd if known
    rows_read: int = 0
    skipped_areas: int = 0  # rows of areas outside the region (not imported)
    unmapped: list[str] = field(default_factory=list)  # columns/variables not mapped to an indicator
    warnings: list[Problem] = field(default_factory=list)
    # comparability breaks the file declares in its footnotes (core.breaks dicts, dataset filled on save)
    breaks: list[dict[str, Any]] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)  # format-specific preview facts (e.g. a register's, see core.imports.register)

    def __post_init__(self) -> None:
        """Names and titles from the file are stored and shown without control characters."""
        self.file_name = clean(self.file_name, keep_newlines=False)
        self.title = shown(self.title, 300)
        self.table_code = shown(self.table_code, 60)
        self.unmapped = [shown(u, 160) for u in self.unmapped]

    def special_counts(self) -> dict[str, int]:
        flags = self.values["flag"].dropna()
        flags = flags[flags != ""]
        return {str(k): int(v) for k, v in flags.value_counts().items()}

    def summary(self, lang: str = "de") -> dict[str, Any]:
        v = self.values
        return {
            "file": self.file_name,
            "sha256": self.sha256,
            "format": self.format,
            "kind": self.kind,
            "table": self.table_code,
            "title": self.title,
            "stand": self.stand,
            "rows_read": self.rows_read,
            "values": len(v),
            "areas": sorted(v["area_code"].unique().tolist()),
            "years": sorted(int(y) for y in v["year"].unique()),
            "indicators": sorted(v["indicator"].unique().tolist()),
            "gewerbegruppen": sorted(v["gewerbegruppe"].unique().tolist()),
            "skipped_areas": self.skipped_areas,
            "special_values": {k: {"count": n, "meaning": flag_meaning(k, lang)}
                               for k, n in self.special_counts().items()},
            "unmapped": self.unmapped,
            "warnings": [w.message(lang) for w in self.warnings],
            "breaks": list(self.breaks),
            **({"register": self.details} if self.format == "register" else {}),
        }


def not_taken_text(unmapped: list[str], lang: str = "de", limit: int = 20) -> str:
    """Every column/variable not taken, listed (the first ``limit``, then how many more)."""
    head = "; ".join(unmapped[:limit])
    rest = len(unmapped) - limit
    if rest > 0:
        head += f" … and {rest} more" if lang == "en" else f" … und {rest} weitere"
    return head


def empty_values() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in VALUE_COLUMNS})


INDICATOR_LABELS: dict[str, tuple[str, str]] = {
    "population": ("Einwohner", "Population"),
    "businesses": ("Handwerksbetriebe", "Craft businesses"),
    "employees": ("Tätige Personen im Handwerk", "Persons employed in crafts"),
    "sv_employees_craft": ("SV-Beschäftigte im Handwerk", "Employees subject to social insurance (crafts)"),
    "turnover_teur": ("Umsatz im Handwerk (Tsd. EUR)", "Craft turnover (EUR thousand)"),
    "sv_employees_total": ("SV-Beschäftigte (alle Branchen)", "Employees subject to social insurance (all)"),
    "apprentices": ("Auszubildende", "Apprentices"),
    "owners_u30": ("Inhaber unter 30", "Owners under 30"),
    "owners_30_39": ("Inhaber 30–39", "Owners 30–39"),
    "owners_40_49": ("Inhaber 40–49", "Owners 40–49"),
    "owners_50_59": ("Inhaber 50–59", "Owners 50–59"),
    "owners_60_64": ("Inhaber 60–64", "Owners 60–64"),
    "owners_65plus": ("Inhaber 65 und älter", "Owners 65 and over"),
}


def indicator_label(indicator: str, lang: str = "de") -> str:
    pair = INDICATOR_LABELS.get(indicator)
    if not pair:
        return indicator
    return pair[1] if lang == "en" else pair[0]
