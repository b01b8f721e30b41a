"""Parsers for official tables of GENESIS-Online and the Regionaldatenbank (Regionalstatistik).

Two layouts:

* classic table export (``*.csv``): ';'-separated, metadata lines above the table (first line
  ``GENESIS-Tabelle: 12411-01-01-4``), header rows that start with empty cells (one per dimension
  column), data rows ``[time;] key; name; [breakdown;] values...`` and a footer below a line of
  underscores with footnotes, the copyright and ``Stand: dd.mm.yyyy``. Years come from a time column,
  from dates in the header (wide layout) or from a lone date line above the table.
* flat file (ffcsv): one value per row with English column names ``statistics_code``, ``time``,
  ``N_variable_code/_label/_attribute_code/_attribute_label``, ``value``, ``value_unit``,
  ``value_variable_code/_label`` and the quality column ``value_q``; also the older flat layout with
  German names (``Zeit``, ``N_Merkmal_Code``, ``N_Auspraegung_Code``, ``CODE__Label__Einheit`` and
  ``CODE__Label__q``).

Numbers use the decimal comma and the thousands dot. Special signs become NULL values with the sign
kept in ``flag`` (see ``model.SPECIAL_VALUES``); a number in parentheses keeps its value, flag ``()``.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

import pandas as pd

from core import breaks
from core.errors import ImportValidationError
from core.imports import mapping
from core.imports.areas import looks_like_key, normalize_area
from core.imports.model import (
    VALUE_COLUMNS,
    ImportBatch,
    Problem,
    flag_meaning,
    indicator_label,
    refuse,
    validation_error,
)
from core.imports.numbers import parse_number
from core.imports.safety import Cancelled, Progress, check_cancel
from core.regions import Region
from core.text_safety import clean, shown

_TABLE_CODE = re.compile(r"(?:Tabelle|table)\s*:?\s*([0-9]{5}[-0-9A-Za-z]*)", re.IGNORECASE)
_STAND = re.compile(r"Stand\s*:?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_PAREN = re.compile(r"^\((.+)\)$")
_SIGNS = {".": ".", "-": "-", "x": "x", "X": "x", "...": "...", "\u2026": "...", "/": "/", "–": "-"}


def year_of(cell: str) -> int | None:
    """Year of '2014', '31.12.2015', '2015-12-31' (None otherwise)."""
    c = cell.strip()
    if m := _YEAR.match(c):
        return int(m.group(1))
    if m := _DATE.match(c):
        return int(m.group(3))
    if m := _ISO_DATE.match(c):
        return int(m.group(1))
    return None


@dataclass(frozen=True)
class Cell:
    value: float | None
    flag: str
    ok: bool  # False: not a number and not a special sign


def parse_value(raw: str, prefer: str = "de") -> Cell:
    """'1.234,5' -> 1234.5; '.' -> (None, '.'); '(12)' -> (12, '()'); '' -> (None, '') ok. Numbers are
    strict (:mod:`core.imports.numbers`): 'NaN', '1e20', '1_000' are not numbers."""
    s = raw.strip()
    if s == "":
        return Cell(None, "", True)
    if s in _SIGNS:
        return Cell(None, _SIGNS[s], True)
    flag = ""
    if m := _PAREN.match(s):
        s, flag = m.group(1), "()"
    x = parse_number(s, prefer)
    return Cell(None, "", False) if x is None else Cell(x, flag, True)


def stand_of(text: str) -> str:
    """ISO date of the last 'Stand: dd.mm.yyyy' in the text ('' if none)."""
    found = _STAND.findall(text)
    if not found:
        return ""
    d, m, y = found[-1]
    return f"{y}-{int(m):02d}-{int(d):02d}"


def is_flat(first_line: str) -> bool:
    low = first_line.lower().lstrip("\ufeff")
    return ("statistics_code" in low and "value" in low) or ("statistik_code" in low and "zeit" in low)


# ------------------------------------------------------------------------------------------------
# classic table export
# ------------------------------------------------------------------------------------------------
TextSource = str | Callable[[], TextIO]  # the text, or a function opening it (read twice, streamed)
HEAD_KEEP = 5000  # rows kept in memory for the header detection (metadata + header + a data sample)
_STAND_LINE = re.compile(r"Stand\s*:?\s*\d{1,2}\.\d{1,2}\.\d{4}")
_LIMIT = 20


def _opener(source: TextSource) -> Callable[[], TextIO]:
    if isinstance(source, str):
        text = source
        return lambda: io.StringIO(text.lstrip("\ufeff"))
    return source


def check_tail(tail: str, file_name: str) -> None:
    """Quick completeness test on the last kilobytes of a classic table: it must end with the footer's
    "Stand: dd.mm.yyyy" line. A file cut off anywhere (mid-row, in the data, in the footnotes) fails
    here at once, before anything else is read."""
    lines = [ln for ln in tail.replace("\r", "\n").split("\n") if ln.strip(" ;\t\"")]
    if not lines or not _STAND_LINE.search(lines[-1]):
        raise _truncated(file_name, "Die letzte Zeile ist nicht die Zeile „Stand: TT.MM.JJJJ“ der Fußzeile.",
                         "The last line is not the footer's 'Stand: dd.mm.yyyy' line.")


def _truncated(file_name: str, de: str, en: str, row: int | None = None) -> ImportValidationError:
    return refuse(
        f"Die Tabelle ist unvollständig (abgeschnitten?): {de} Eine vollständige GENESIS-Tabelle endet mit der "
        "Fußzeile (Linie „__________“, Quellenvermerk „©“, „Stand: …“). Bitte die Tabelle erneut herunterladen; "
        "es wurde nichts importiert.",
        f"The table is incomplete (cut off?): {en} A complete GENESIS table ends with its footer (a line "
        "'__________', the '©' credit and 'Stand: …'). Please download the table again; nothing was imported.",
        file_name, row=row)


def _scan_table(open_text: Callable[[], TextIO], cancelled: Cancelled) -> tuple[list[list[str]], list[list[str]], int]:
    """First pass: the first rows (header detection), the footer rows and where the footer starts."""
    head: list[list[str]] = []
    footer: list[list[str]] = []
    footer_at = -1
    with open_text() as fh:
        reader = csv.reader(fh, delimiter=";")
        for n, r in enumerate(reader):
            if n % 20000 == 0:
                check_cancel(cancelled)
            if footer_at >= 0:
                if len(footer) < 500:
                    footer.append(r)
                elif any(c.strip() for c in r):
                    footer[-1] = r  # keep the last line
                continue
            if r and r[0].startswith("_____"):
                footer_at = n
                footer.append(r)
                continue
            if n < HEAD_KEEP:
                head.append(r)
    return head, footer, footer_at


def _check_footer(footer: list[list[str]], footer_at: int, file_name: str) -> None:
    if footer_at < 0:
        raise _truncated(file_name, "Die Linie „__________“ über der Fußzeile fehlt.",
                         "The line '__________' above the footer is missing.")
    text = "\n".join(";".join(r) for r in footer)
    if "©" not in text and "(c)" not in text.lower():
        raise _truncated(file_name, "Der Quellenvermerk „©“ in der Fußzeile fehlt.",
                         "The footer's '©' credit is missing.", row=footer_at + 1)
    last = next((";".join(r) for r in reversed(footer) if any(c.strip() for c in r)), "")
    if not _STAND_LINE.search(last):
        raise _truncated(file_name, "Die letzte Zeile ist nicht die Zeile „Stand: TT.MM.JJJJ“ der Fußzeile.",
                         "The last line is not the footer's 'Stand: dd.mm.yyyy' line.")


@dataclass(frozen=True)
class _TableLayout:
    """Where things are in a classic table (found on the first rows): the area-key column, the first
    data row, the header rows right above it, the metadata lines above those, and the roles of the
    dimension columns (time, breakdown) and of the value columns."""

    key_col: int
    first_data: int
    header_rows: list[list[str]]
    meta_lines: list[str]
    width: int  # columns of every data row (the widest header row)
    value_cols: list[int]
    time_col: int | None  # a column of years/dates per row (long layout)
    cat_cols: list[int]  # breakdown columns (e.g. age group); a row is a total when all say "insgesamt"
    table_year: int | None  # a lone date line above the header (e.g. "30.06.2015;;;")


@dataclass(frozen=True)
class _ValueColumns:
    """What each value column holds: its indicator rule (None: not mapped), its year from a header date,
    its shown name (header labels joined by " / ") and the labels of the unmapped columns."""

    rule: dict[int, mapping.Rule | None]
    year: dict[int, int | None]
    name: dict[int, str]
    unmapped: list[str]


def parse_table(source: TextSource, file_name: str, sha256: str, region: Region, *,
                progress: Progress = None, cancelled: Cancelled = None) -> ImportBatch:
    """A classic GENESIS/Regionalstatistik table, streamed twice (memory stays small for any size):
    first pass for the header and footer (``_scan_table``), second for the values (``_table_values``).

    Refused whole when incomplete: no footer (line of underscores, © credit, last line "Stand: …"), or a
    row whose column count differs from the table's; and when a value is not a number.
    """
    open_text = _opener(source)
    head, footer, footer_at = _scan_table(open_text, cancelled)
    m = _TABLE_CODE.search("\n".join(";".join(r) for r in head[:3]))
    if not m:
        raise refuse(
            "Keine GENESIS-Tabelle erkannt: Die erste Zeile nennt keinen Tabellencode (z. B. "
            "„GENESIS-Tabelle: 12411-01-01-4“) und die Spalten sind keine Kammervorlage.",
            "No GENESIS table recognised: the first line names no table code (e.g. "
            "'GENESIS-Tabelle: 12411-01-01-4') and the columns are not the chamber template.",
            file_name, row=1)
    code = clean(m.group(1))
    statistic = code[:5]
    _check_footer(footer, footer_at, file_name)
    stand = stand_of("\n".join(";".join(r) for r in footer))
    layout = _table_layout(head if footer_at < 0 else head[:footer_at], file_name)
    meta_lines = layout.meta_lines
    title = clean(" ".join(meta_lines[1:3]).strip() if len(meta_lines) > 1 else code, keep_newlines=False)
    cols = _value_columns(statistic, layout)
    if not any(cols.rule.values()):
        raise refuse(
            f"Tabelle {code} erkannt, aber keine ihrer Spalten lässt sich einem Indikator zuordnen "
            "(unterstützt: 12411 Bevölkerung, 13111 SV-Beschäftigte, 53111 Handwerkszählung).",
            f"Table {code} recognised, but none of its columns maps to an indicator "
            "(supported: 12411 population, 13111 employees subject to social insurance, 53111 craft census).",
            file_name)
    if layout.time_col is None and layout.table_year is None and not any(cols.year.values()):
        raise refuse("Kein Jahr bzw. Stichtag in der Tabelle erkennbar.", "No year or reference date found in the table.",
                     file_name)
    total_rows = footer_at - layout.first_data
    out, skipped = _table_values(open_text, layout, cols, statistic, region, file_name, footer_at,
                                 progress, cancelled)
    values = pd.DataFrame(out, columns=[*VALUE_COLUMNS, "line"])
    declared = breaks.declared_in_text("\n".join(";".join(r) for r in footer), "",
                                       "population" if statistic == "12411" else "all")
    return ImportBatch(file_name=file_name, sha256=sha256, format="genesis-table", kind="official",
                       table_code=code, title=title or code, values=values, stand=stand,
                       rows_read=total_rows, skipped_areas=skipped, unmapped=cols.unmapped,
                       breaks=breaks.as_dicts(declared))


def _key_column(body: list[list[str]], file_name: str) -> int:
    """The area-key column: of the first four, the one where most rows hold an area key followed by a
    non-empty cell (a value). Refused when no row has one."""
    counts = [0, 0, 0, 0]
    for r in body:
        for j in range(min(4, len(r))):
            if looks_like_key(r[j]) and any(c.strip() for c in r[j + 1:]):
                counts[j] += 1
    key_col = max(range(4), key=lambda j: counts[j])
    if counts[key_col] == 0:
        raise refuse("Die Tabelle enthält keine Zeilen mit Gebietsschlüsseln (AGS).",
                     "The table has no rows with area keys (AGS).", file_name)
    return key_col


def _table_layout(body: list[list[str]], file_name: str) -> _TableLayout:
    """The table's layout from the rows above the footer: the header rows are the non-empty rows right
    above the first data row that start with an empty cell (one per dimension column); the dimension
    columns are the leading cells every header row leaves empty; a dimension column is the time column
    when every sampled data row holds a year there."""
    key_col = _key_column(body, file_name)
    first_data = next(i for i, r in enumerate(body)
                      if len(r) > key_col and looks_like_key(r[key_col]) and any(c.strip() for c in r[key_col + 1:]))
    header_rows: list[list[str]] = []
    i = first_data - 1
    while i >= 0 and body[i] and not body[i][0].strip() and any(c.strip() for c in body[i]):
        header_rows.insert(0, body[i])
        i -= 1
    meta_lines = [";".join(c for c in r if c.strip()) for r in body[: i + 1]]
    if not header_rows:
        raise refuse("Die Tabelle hat keine Spaltenköpfe über den Daten.",
                     "The table has no column headers above the data.", file_name, row=first_data)
    n_dim = min(len(r) - len(r_lstrip(r)) for r in header_rows)
    width = max(len(r) for r in header_rows)
    value_cols = [j for j in range(n_dim, width) if any(j < len(r) and r[j].strip() for r in header_rows)]
    table_year = None
    for line in meta_lines:
        y = year_of(line)
        if y:
            table_year = y
    sample = [r for r in body[first_data: first_data + 200] if len(r) > key_col and looks_like_key(r[key_col])]
    time_col = next((j for j in range(n_dim) if j != key_col and sample
                     and all(year_of(r[j]) for r in sample if len(r) > j)), None)
    name_col = key_col + 1 if key_col + 1 < n_dim and key_col + 1 != time_col else None
    cat_cols = [j for j in range(n_dim) if j not in (key_col, time_col, name_col)]
    return _TableLayout(key_col=key_col, first_data=first_data, header_rows=header_rows, meta_lines=meta_lines,
                        width=width, value_cols=value_cols, time_col=time_col, cat_cols=cat_cols,
                        table_year=table_year)


def _value_columns(statistic: str, layout: _TableLayout) -> _ValueColumns:
    """Each value column's year (a date among its header labels) and indicator: the first header label
    the statistic's mapping knows, else the measure named in the metadata lines; a column whose other
    labels are not all totals/neutral is a breakdown (e.g. male, foreigners) and maps to nothing."""
    measure = next((ln for ln in reversed(layout.meta_lines) if mapping.match_label(statistic, ln)), "")
    col_rule: dict[int, mapping.Rule | None] = {}
    col_year: dict[int, int | None] = {}
    col_name: dict[int, str] = {}
    unmapped: list[str] = []
    for j in layout.value_cols:
        labels = [r[j].strip() for r in layout.header_rows if j < len(r) and r[j].strip()]
        col_name[j] = shown(" / ".join(labels), 120)
        years = [year_of(lb) for lb in labels if year_of(lb)]
        labels = [lb for lb in labels if not year_of(lb)]
        col_year[j] = years[0] if years else None
        rule = None
        rest = []
        for lb in labels:
            hit = mapping.match_label(statistic, lb)
            if hit and rule is None:
                rule = hit
            else:
                rest.append(lb)
        if rule is None and measure:
            rule = mapping.match_label(statistic, measure)
        if rule is not None and not all(mapping.is_total(lb) or mapping.is_neutral(lb) for lb in rest):
            rule = None  # a breakdown (e.g. male, foreigners): not an indicator total
        col_rule[j] = rule
        if rule is None:
            label = shown(" / ".join(labels), 120) or f"Spalte {j + 1}"
            if label not in unmapped:
                unmapped.append(label)
    return _ValueColumns(rule=col_rule, year=col_year, name=col_name, unmapped=unmapped)


def _width_problem(got: int, width: int, file_name: str, row: int) -> Problem:
    return Problem(f"Die Zeile hat {got} statt {width} Spalten (beschädigt oder abgeschnitten).",
                   f"The row has {got} instead of {width} columns (damaged or cut off).", file=file_name, row=row)


def _duplicate_problem(key: tuple[str, int, str], first_row: int, file_name: str, row: int, column: str,
                       expect: tuple[str, str] = ("", "")) -> Problem:
    area, year, indicator = key
    return Problem(
        f"Doppelter Wert: {area}, {year}, {indicator_label(indicator)} steht schon in Zeile {first_row}.{expect[0]}",
        f"Duplicate value: {area}, {year}, {indicator_label(indicator, 'en')} is already in row {first_row}.{expect[1]}",
        file=file_name, row=row, column=column)


def _table_values(open_text: Callable[[], TextIO], layout: _TableLayout, cols: _ValueColumns, statistic: str,
                  region: Region, file_name: str, footer_at: int, progress: Progress,
                  cancelled: Cancelled) -> tuple[list[tuple[Any, ...]], int]:
    """Second pass over the data rows: the value rows (``VALUE_COLUMNS`` + line) of the region's areas
    and the number of distinct area keys skipped (outside the region). Each value's year is its column's
    header date, else the row's time cell, else the table's date line; a value = cell × rule factor.
    Rows of a breakdown are skipped, except 12411 age groups, summed into the broad age groups
    (``broad_age_sums``). Raises the collected problems (damaged rows, non-numbers, duplicates)."""
    key_col, time_col, cat_cols, width = layout.key_col, layout.time_col, layout.cat_cols, layout.width
    wanted = set(region.all_area_codes()) - {region.code}
    out: list[tuple[Any, ...]] = []
    seen: dict[tuple[Any, ...], int] = {}
    ages: dict[tuple[str, int], list[tuple[tuple[int, int], float | None, int]]] = {}
    problems: list[Problem] = []
    skipped: set[str] = set()
    total_rows = footer_at - layout.first_data
    mapped = [(j, rule) for j, rule in cols.rule.items() if rule is not None]
    widths: list[Problem] = []
    with open_text() as fh:
        reader = csv.reader(fh, delimiter=";")
        for n, r in enumerate(itertools.islice(reader, layout.first_data, footer_at)):
            if n % 2000 == 0:
                check_cancel(cancelled)
                if progress:
                    progress(n, total_rows)
            line_no = reader.line_num
            if len(r) != width and r:  # every data row has the header's columns, else it is damaged or cut
                widths.append(_width_problem(len(r), width, file_name, line_no))
                if len(widths) > _LIMIT:
                    break
                continue
            if len(r) <= key_col or not r[key_col].strip():
                continue
            area = normalize_area(r[key_col])
            if area is None or area not in wanted:
                if len(skipped) < 100_000:
                    skipped.add(r[key_col].strip()[:20])
                continue
            age_band = None
            if any(not mapping.is_total(r[j]) for j in cat_cols if j < len(r)):
                # population by age group (12411-02-03 etc.): kept for the broad-age sums below
                labels = [r[j] for j in cat_cols if j < len(r) and not mapping.is_total(r[j])]
                age_band = age_interval(labels[0]) if statistic == "12411" and len(labels) == 1 else None
                if age_band is None:
                    continue
            row_year = year_of(r[time_col]) if time_col is not None and time_col < len(r) else None
            for j, rule in mapped:
                raw = r[j] if j < len(r) else ""
                cell = parse_value(raw)
                if not cell.ok:
                    problems.append(_table_not_a_number(raw, file_name, line_no, cols.name[j]))
                    continue
                year = cols.year.get(j) or row_year or layout.table_year
                if year is None:
                    problems.append(Problem("Kein Jahr für diesen Wert.", "No year for this value.", file=file_name,
                                            row=line_no, column=cols.name[j]))
                    continue
                if raw.strip() == "":
                    continue
                value = None if cell.value is None else cell.value * rule.factor
                if age_band is not None:
                    if rule.indicator == "population":
                        ages.setdefault((area, year), []).append((age_band, value, line_no))
                    continue
                key = (area, year, rule.indicator)
                if key in seen:
                    problems.append(_duplicate_problem(key, seen[key], file_name, line_no, cols.name[j],
                                                       (" Erwartet: jeder Wert nur einmal.", " Expected: each value once.")))
                    continue
                seen[key] = line_no
                out.append((area, year, rule.indicator, "insgesamt", value, cell.flag or None,
                            flag_meaning(cell.flag) or None, line_no))
            if len(problems) > 3 * _LIMIT:
                break
    if progress:
        progress(total_rows, total_rows)
    if widths or problems:
        raise validation_error(widths + problems, file_name)
    out.extend(broad_age_sums(ages))
    return out, len(skipped)


def _table_not_a_number(raw: str, file_name: str, row: int, column: str) -> Problem:
    return Problem(
        f"„{shown(raw)}“ ist keine Zahl. Erwartet: eine Zahl (z. B. 1.234 oder 1234,5) oder ein "
        "Sonderzeichen (. - x ... /).",
        f"'{shown(raw)}' is not a number. Expected: a number (e.g. 1.234 or 1234,5) or a special "
        "sign (. - x ... /).",
        file=file_name, row=row, column=column)


_AGE_UNDER = re.compile(r"^unter (\d+) jahre?n?$")
_AGE_RANGE = re.compile(r"^(\d+) bis unter (\d+) jahre?n?$")
_AGE_OVER = re.compile(r"^(\d+) jahre? und mehr$|^(\d+) und mehr jahre?$|^(\d+) jahre? und älter$")
BROAD_AGES = (("population_u15", 0, 15), ("population_15_64", 15, 65), ("population_65plus", 65, 999))


def age_interval(label: str) -> tuple[int, int] | None:
    """'3 bis unter 6 Jahre' -> (3, 6); 'unter 3 Jahre' -> (0, 3); '75 Jahre und mehr' -> (75, 999)."""
    t = mapping.norm(label)
    if m := _AGE_UNDER.match(t):
        return 0, int(m.group(1))
    if m := _AGE_RANGE.match(t):
        return int(m.group(1)), int(m.group(2))
    if m := _AGE_OVER.match(t):
        return int(next(g for g in m.groups() if g)), 999
    return None


def broad_age_sums(ages: dict[tuple[str, int], list[tuple[tuple[int, int], float | None, int]]]) -> list[tuple[Any, ...]]:
    """Sum published age groups into the broad groups of ``facts`` (under 15, 15–64, 65+).

    A broad group is formed only when its published groups tile it exactly (no gap, no overlap) and
    every one of them is a number; otherwise it is left out rather than guessed.
    """
    out = []
    for (area, year), parts in ages.items():
        for indicator, lo, hi in BROAD_AGES:
            inside = sorted((iv, v, ln) for iv, v, ln in parts if iv[0] >= lo and iv[1] <= hi)
            edge = lo
            for (a, b), _, _ in inside:
                if a != edge:
                    break
                edge = b
            if edge != hi or not inside or any(v is None for _, v, _ in inside):
                continue
            out.append((area, year, indicator, "insgesamt", float(sum(v for _, v, _ in inside if v is not None)),
                        None, None, inside[0][2]))
    return out


def r_lstrip(row: list[str]) -> list[str]:
    """The row without its leading empty cells."""
    k = 0
    while k < len(row) and not row[k].strip():
        k += 1
    return row[k:]


# ------------------------------------------------------------------------------------------------
# flat file (ffcsv)
# ------------------------------------------------------------------------------------------------
_OLD_VALUE = re.compile(r"^([A-Z0-9]+)__(.+?)__(.+)$")


def _normalise_old_flat(header: list[str], rows: Iterable[list[str]]) -> tuple[list[str], Iterable[list[str]]]:
    """Rewrite the older flat layout (German names, one column per value) to the current one."""
    ren = {"statistik_code": "statistics_code", "statistik_label": "statistics_label", "zeit_code": "time_code",
           "zeit_label": "time_label", "zeit": "time"}
    base: list[str] = []
    base_idx: list[int] = []
    values: list[tuple[int, str, str, int | None]] = []
    low = [h.strip().lower() for h in header]
    for i, h in enumerate(low):
        if h in ren:
            base.append(ren[h])
            base_idx.append(i)
        elif m := re.match(r"^(\d+)_(merkmal|auspraegung)_(code|label)$", h):
            kind = "variable" if m.group(2) == "merkmal" else "variable_attribute"
            base.append(f"{m.group(1)}_{kind}_{m.group(3)}")
            base_idx.append(i)
        elif (m2 := _OLD_VALUE.match(header[i].strip())) and not header[i].strip().endswith("__q"):
            q = next((k for k, hh in enumerate(header) if hh.strip() == f"{m2.group(1)}__{m2.group(2)}__q"), None)
            values.append((i, m2.group(1), m2.group(2).replace("_", " "), q))
    new_header = [*base, "value", "value_variable_code", "value_variable_label", "value_q"]

    def gen() -> Iterable[list[str]]:
        for r in rows:
            b = [r[i] if i < len(r) else "" for i in base_idx]
            for i, code, label, q in values:
                yield [*b, r[i] if i < len(r) else "", code, label, r[q] if q is not None and q < len(r) else ""]

    return new_header, gen()


def parse_flat(source: TextSource, file_name: str, sha256: str, region: Region, *,
               progress: Progress = None, cancelled: Cancelled = None) -> ImportBatch:
    """A GENESIS flat file (current or older layout), streamed. Refused whole when a row has fewer or more
    columns than the header, a value is not a number, a year is not a year, or the values of the region
    do not form a complete table (an area lacking years the others have: the file was cut off)."""
    with _opener(source)() as fh:
        reader = csv.reader(fh, delimiter=";")
        header = next(reader, [])
        width = len(header)
        width_problems: list[Problem] = []

        def complete_rows() -> Iterator[list[str]]:
            for r in reader:
                if len(r) != width and any(c.strip() for c in r):
                    width_problems.append(Problem(
                        f"Die Zeile hat {len(r)} statt {width} Spalten (beschädigt oder abgeschnitten).",
                        f"The row has {len(r)} instead of {width} columns (damaged or cut off).",
                        file=file_name, row=reader.line_num))
                    if len(width_problems) > _LIMIT:
                        return
                    continue
                yield r

        rows: Iterable[list[str]] = complete_rows()
        if "statistics_code" not in [h.strip() for h in header]:
            header, rows = _normalise_old_flat(header, rows)
        return _parse_flat_rows(header, rows, lambda: reader.line_num, width_problems, file_name, sha256, region,
                                progress, cancelled)


_AREA_VARS = {"DINSG", "DLAND", "KREISE", "REGBEZ", "GEMEIN", "LKR", "KRS"}


def _flat_index(header: list[str], file_name: str) -> tuple[dict[str, int], list[int]]:
    """Column index by name and the numbers N of the ``N_variable_code`` dimension columns; refused
    when a required column is missing."""
    idx = {h.strip(): i for i, h in enumerate(header)}
    required = ["statistics_code", "time", "value"]
    missing = [c for c in required if c not in idx]
    if missing:
        raise refuse(f"Flatfile ohne die Spalten {', '.join(missing)}.",
                     f"Flat file without the columns {', '.join(missing)}.", file_name, row=1)
    return idx, sorted({int(h.split("_", 1)[0]) for h in idx if re.match(r"^\d+_variable_code$", h)})


def _flat_area(get: Callable[[list[str], str], str], r: list[str], var_nums: list[int]) -> tuple[str | None, str, bool]:
    """A flat row's area (normalised key or None), its raw key, and whether the row is a total over
    every other dimension. The area dimension is a known area variable (``KREISE``, ``GEO…``, ``DINSG``
    = Germany) or else the first dimension whose attribute code looks like an area key."""
    area = None
    total = True
    area_raw = ""
    for k in var_nums:
        vcode = get(r, f"{k}_variable_code")
        acode = get(r, f"{k}_variable_attribute_code")
        if vcode.upper() in _AREA_VARS or vcode.upper().startswith("GEO") or (
                area is None and acode and looks_like_key(acode)):
            area_raw = acode or ("DG" if vcode.upper() == "DINSG" else "")
            area = normalize_area(area_raw)
        elif acode and not mapping.is_total(get(r, f"{k}_variable_attribute_label")):
            total = False
    return area, area_raw, total


def _flat_flag(flag: str, q: str) -> str:
    """The value's special sign: the cell's own, else the quality column's (``value_q``; "e" = normal)."""
    if q and q != "e":
        if q in _SIGNS:
            return _SIGNS[q]
        if flag_meaning(q.lower()):
            return flag or q.lower()
    return flag


def _parse_flat_rows(header: list[str], rows: Iterable[list[str]], line_num: Callable[[], int],
                     width_problems: list[Problem], file_name: str, sha256: str, region: Region,
                     progress: Progress, cancelled: Cancelled) -> ImportBatch:
    """The values of a flat file's rows: one value per row, kept when the row is a total in an area of
    the region and its variable maps to an indicator; value = number × rule factor, None for a special
    sign. Raises the collected problems (damaged rows, bad years/numbers, duplicates, cube gaps)."""
    idx, var_nums = _flat_index(header, file_name)

    def get(r: list[str], col: str) -> str:
        i = idx.get(col)
        return r[i].strip() if i is not None and i < len(r) else ""

    wanted = set(region.all_area_codes()) - {region.code}
    out: list[tuple[Any, ...]] = []
    seen: dict[tuple[Any, ...], int] = {}
    problems: list[Problem] = []
    skipped: set[str] = set()
    unmapped: set[str] = set()
    code = title = ""
    n = 0
    for count, r in enumerate(rows):
        n = line_num()
        if count % 5000 == 0:
            check_cancel(cancelled)
            if progress:
                progress(n, 0)
        if not any(c.strip() for c in r):
            continue
        stat = get(r, "statistics_code")
        code = code or clean(stat)
        title = title or clean(get(r, "statistics_label"), keep_newlines=False)
        area, area_raw, total = _flat_area(get, r, var_nums)
        if not total:
            continue
        if area is None or area not in wanted:
            if len(skipped) < 100_000:
                skipped.add(area_raw[:20])
            continue
        vcode, vlabel = get(r, "value_variable_code"), get(r, "value_variable_label")
        rule = mapping.match_code(stat, vcode) or mapping.match_label(stat, vlabel)
        if rule is None:
            if len(unmapped) < 200:
                unmapped.add(shown(f"{vcode} {vlabel}".strip(), 120))
            continue
        year = year_of(get(r, "time"))
        if year is None:
            problems.append(Problem(f"„{shown(get(r, 'time'))}“ ist kein Jahr/Stichtag.",
                                    f"'{shown(get(r, 'time'))}' is not a year/reference date.",
                                    file=file_name, row=n, column="time"))
            continue
        raw = get(r, "value")
        cell = parse_value(raw)
        if not cell.ok:
            problems.append(Problem(f"„{shown(raw)}“ ist keine Zahl. Erwartet: Zahl oder Sonderzeichen (. - x ... /).",
                                    f"'{shown(raw)}' is not a number. Expected: a number or a special sign (. - x ... /).",
                                    file=file_name, row=n, column="value"))
            continue
        flag = _flat_flag(cell.flag, get(r, "value_q"))
        value = None if cell.value is None or flag in (".", "-", "x", "...", "/") else cell.value * rule.factor
        if raw == "" and not flag:
            continue
        key = (area, year, rule.indicator)
        if key in seen:
            problems.append(_duplicate_problem(key, seen[key], file_name, n, "value"))
        else:
            seen[key] = n
            out.append((area, year, rule.indicator, "insgesamt", value, flag or None, flag_meaning(flag) or None, n))
        if len(problems) > _LIMIT:
            break
    _raise_flat_problems(width_problems + problems, seen, bool(out or skipped), file_name)
    values = pd.DataFrame(out, columns=[*VALUE_COLUMNS, "line"])
    return ImportBatch(file_name=file_name, sha256=sha256, format="genesis-flat", kind="official",
                       table_code=code, title=title or code, values=values, stand="",
                       rows_read=max(0, n - 1), skipped_areas=len(skipped - {""}), unmapped=sorted(unmapped))


def _raise_flat_problems(problems: list[Problem], seen: dict[tuple[Any, ...], int], anything: bool, file_name: str) -> None:
    """Refuse the flat file for its row problems, else for gaps in its cube, else when nothing in it
    maps to an indicator (``anything``: a value or a skipped area was found)."""
    if not problems:
        problems = _cube_gaps(seen, file_name)
    if problems:
        raise validation_error(problems, file_name)
    if not anything:
        raise refuse("Das Flatfile enthält keine Werte, die einem Indikator zugeordnet werden können.",
                     "The flat file holds no values that map to an indicator.", file_name)


def _cube_gaps(seen: dict[tuple[Any, ...], int], file_name: str) -> list[Problem]:
    """A flat file holds one row per area, time and variable (special signs included): within the region
    every area has the same years for each indicator. A gap means the file was cut off or edited."""
    by_ind: dict[str, dict[str, set[int]]] = {}
    for area, year, ind in seen:
        by_ind.setdefault(ind, {}).setdefault(area, set()).add(year)
    problems = []
    for ind, areas in by_ind.items():
        years = set().union(*areas.values())
        for area, have in sorted(areas.items()):
            lacking = sorted(years - have)
            if lacking:
                last = max(seen[(area, y, ind)] for y in have)
                shown_years = ", ".join(str(y) for y in lacking[:5]) + (" …" if len(lacking) > 5 else "")
                problems.append(Problem(
                    f"Die Datei ist unvollständig (abgeschnitten?): Für {area} fehlen {indicator_label(ind)} der Jahre "
                    f"{shown_years}, die für andere Gebiete enthalten sind. Bitte die Datei erneut herunterladen.",
                    f"The file is incomplete (cut off?): {area} lacks {indicator_label(ind, 'en')} for "
                    f"{shown_years}, which other areas have. Please download the file again.",
                    file=file_name, row=last))
                if len(problems) >= _LIMIT:
                    return problems
    return problems
