"""Validation with specific messages (file, sheet, row, column, what is wrong, what is expected).

Two levels:

* :func:`check_raw` runs on a chamber table while it is still text (in DuckDB, so a million rows are
  checked in one pass): unknown district, year not a year or out of range, unknown Gewerbegruppe, a
  value that is not a number, a negative value, duplicate rows, duplicate business numbers.
* :func:`check_values` runs on every parsed batch (official or chamber): years out of range, negative
  values, duplicate keys, and implausible values — more businesses, employees, apprentices or owners
  in a district than it has inhabitants (population from the same file, else the bundled data).

At most ``LIMIT`` findings per check are listed; all of them raise one ``ImportValidationError``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import duckdb
import pandas as pd

from core.imports import plausibility
from core.imports.model import ImportBatch, Problem
from core.text_safety import shown

LIMIT = 50
MIN_YEAR = 1950
MIN_YEAR_CHAMBER = 1990
PER_CAPITA_CAP = ("businesses", "employees", "apprentices", "owners")


def max_year() -> int:
    return dt.date.today().year + 1


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


VALUE_FIELDS = ("betriebe", "beschaeftigte", "auszubildende", "inhaber", "inhaberalter")


def _line_expr(con: duckdb.DuckDBPyConnection, table: str, alias: str = "t") -> str:
    """Row number in the file: a ``line`` column (xlsx sheets) or the CSV's insertion order."""
    has_line = "line" in [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    return f"{alias}.line" if has_line else f"{alias}.rowid + 2"


def normalise(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], num: str) -> str:
    """One pass over the text table: keys looked up, year cast, numbers and signs parsed.

    Creates ``<table>_n`` with ``line``, ``_ags``, ``_year``, ``_grp``, ``_age`` and per value column
    ``_n_<col>`` (number) and ``_s_<col>`` (special sign, '' for empty, NULL for a plain number); the
    raw text stays in ``table`` (copying it would double the cost). Keys are looked up once per distinct
    spelling, not once per row.
    """
    line = _line_expr(con, table)
    lookups = [("kreis", "lk_district", "ags", "_ags")]
    if "gewerbegruppe" in columns:
        lookups.append(("gewerbegruppe", "lk_group", "name", "_grp"))
    if "altersgruppe" in columns:
        lookups.append(("altersgruppe", "lk_age", "code", "_age"))
    extra = [f"{line} AS line", "year_strict(t.jahr) AS _year"]
    joins = [f"FROM {table} t"]
    for col, lk, out, alias in lookups:
        m = f"{table}_map_{col}"
        con.execute(f"""CREATE OR REPLACE TEMP TABLE {m} AS SELECT raw, l.{out} AS v
                        FROM (SELECT DISTINCT {col} AS raw FROM {table}) LEFT JOIN {lk} l ON lower(trim(raw)) = l.k""")
        extra.append(f"{alias}.v AS {alias}")
        joins.append(f"LEFT JOIN {m} {alias} ON t.{col} = {alias}.raw")
    if "gewerbegruppe" not in columns:
        extra.append("'insgesamt' AS _grp")
    for col in columns:
        if col in VALUE_FIELDS:
            c = _q(col)  # strict numbers (core.imports.numbers): NaN, 1e20, 1_000 are not numbers
            extra.append(f"{num}(t.{c}) AS _n_{col}")
            extra.append(f"CASE WHEN t.{c} IS NULL THEN '' ELSE sv(t.{c}) END AS _s_{col}")
    name = f"{table}_n"
    con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT {', '.join(extra)} {' '.join(joins)}")
    return name


class _RawChecks:
    """The state shared by the SQL checks of :func:`check_raw`: the raw text table, its normalised copy
    ``n`` (see :func:`normalise`), the row-number expression, where a finding is (file, sheet, column
    header) and the findings so far (at most ``LIMIT`` per check)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, table: str, n: str, headers: dict[str, str], file: str,
                 sheet: str) -> None:
        self.con, self.table, self.n, self.headers, self.file, self.sheet = con, table, n, headers, file, sheet
        self.line_t = _line_expr(con, table)
        self.problems: list[Problem] = []

    def add(self, sql: str, make: Callable[..., Problem]) -> None:
        for row in self.con.execute(sql + f" LIMIT {LIMIT}").fetchall():
            self.problems.append(make(*row))

    def bad_rows(self, cond: str, col: str) -> str:
        """Lines of ``n`` matching ``cond`` with the raw text of ``col`` (fetched for those lines only)."""
        return (f"SELECT b.line, t.{_q(col)} FROM (SELECT line FROM {self.n} WHERE {cond} ORDER BY line LIMIT {LIMIT}) b "
                f"JOIN {self.table} t ON {self.line_t} = b.line ORDER BY b.line")

    def where(self, line: int, col: str) -> dict[str, Any]:
        return {"file": self.file, "sheet": self.sheet, "row": int(line), "column": self.headers.get(col, col)}


def check_raw(con: duckdb.DuckDBPyConnection, table: str, columns: list[str], headers: dict[str, str], *,
              file: str, sheet: str = "", register: bool = False, num: str = "num_de") -> list[Problem]:
    """SQL checks on the text table ``table`` (columns: canonical names [+ line]) against the lookups
    ``lk_district(k, ags)``, ``lk_group(k, name)`` and ``lk_age(k, code)`` present in ``con``: keys, then
    values, then the register's business numbers or the duplicate rows of an aggregate table."""
    ck = _RawChecks(con, table, normalise(con, table, columns, num), headers, file, sheet)
    _check_keys(ck, columns, register)
    _check_value_columns(ck, columns)
    if register:
        _check_register_rows(ck, columns)
    else:
        _check_duplicate_rows(ck, columns)
    return ck.problems


def _check_keys(ck: _RawChecks, columns: list[str], register: bool) -> None:
    """District, year (``MIN_YEAR_CHAMBER``…next year), Gewerbegruppe (a register row must name one of the
    seven, not "insgesamt") and age group must be known."""
    hi = max_year()
    ck.add(ck.bad_rows("_ags IS NULL", "kreis"),
           lambda line, v: Problem(
               f"Unbekannter Kreis „{shown(v or '')}“. Erwartet: ein Kreis der Region (Name oder 5-stelliger Kreisschlüssel)."
               if v else "Kreis fehlt. Erwartet: Name oder 5-stelliger Kreisschlüssel eines Kreises der Region.",
               f"Unknown district '{shown(v or '')}'. Expected: a district of the region (name or 5-digit key)."
               if v else "District missing. Expected: name or 5-digit key of a district of the region.",
               **ck.where(line, "kreis")))
    ck.add(ck.bad_rows(f"_year IS NULL OR _year NOT BETWEEN {MIN_YEAR_CHAMBER} AND {hi}", "jahr"),
           lambda line, v: Problem(
               f"Jahr „{shown(v or '')}“ ungültig oder außerhalb des Bereichs. Erwartet: Jahr {MIN_YEAR_CHAMBER}–{hi}.",
               f"Year '{shown(v or '')}' invalid or out of range. Expected: a year {MIN_YEAR_CHAMBER}–{hi}.",
               **ck.where(line, "jahr")))
    if "gewerbegruppe" in columns:
        ck.add(ck.bad_rows("_grp IS NULL" + (" OR _grp = 'insgesamt'" if register else ""), "gewerbegruppe"),
               lambda line, v: Problem(
                   f"Unbekannte Gewerbegruppe „{shown(v or '')}“. Erwartet: eine der sieben Gewerbegruppen"
                   + ("" if register else " oder „insgesamt“") + " (Liste in der Vorlage).",
                   f"Unknown craft group '{shown(v or '')}'. Expected: one of the seven craft groups"
                   + ("" if register else " or 'insgesamt'") + " (list in the template).",
                   **ck.where(line, "gewerbegruppe")))
    if "altersgruppe" in columns:
        ck.add(ck.bad_rows("_age IS NULL", "altersgruppe"),
               lambda line, v: Problem(
                   f"Unbekannte Altersgruppe „{shown(v or '')}“. Erwartet: eine Altersgruppe aus der Liste der Vorlage.",
                   f"Unknown age group '{shown(v or '')}'. Expected: an age group from the template's list.",
                   **ck.where(line, "altersgruppe")))


def _check_value_columns(ck: _RawChecks, columns: list[str]) -> None:
    """Every value is a number (or empty / a special sign), ≥ 0 and, except the owner age, whole."""
    for col in columns:
        if col not in VALUE_FIELDS:
            continue
        ck.add(ck.bad_rows(f"_n_{col} IS NULL AND (_s_{col} IS NULL OR _s_{col} = '()')", col),
               lambda line, v, col=col: Problem(
                   f"„{shown(v)}“ ist keine Zahl. Erwartet: eine Zahl ohne Einheit wie 1234, 1.234 oder 12,5 (oder leer "
                   "bzw. „.“ für unbekannt).",
                   f"'{shown(v)}' is not a number. Expected: a number without unit such as 1234, 1,234 or 12.5 (or "
                   "empty / '.' for unknown).",
                   **ck.where(line, col)))
        ck.add(ck.bad_rows(f"_n_{col} < 0", col),
               lambda line, v, col=col: Problem(
                   f"Negativer Wert „{shown(v)}“. Erwartet: eine Zahl ≥ 0.",
                   f"Negative value '{shown(v)}'. Expected: a number ≥ 0.", **ck.where(line, col)))
        if col != "inhaberalter":
            ck.add(ck.bad_rows(f"_n_{col} <> floor(_n_{col})", col),
                   lambda line, v, col=col: Problem(
                       f"„{shown(v)}“ ist keine ganze Zahl. Erwartet: eine Anzahl ohne Nachkommastellen.",
                       f"'{shown(v)}' is not a whole number. Expected: a count without decimals.", **ck.where(line, col)))


def _check_register_rows(ck: _RawChecks, columns: list[str]) -> None:
    """A register row has a business number, once per year, and a plausible owner age (14–100)."""
    table = ck.table
    line_raw = _line_expr(ck.con, table, "r")
    ck.add(f"""SELECT min({line_raw}), max({line_raw}), betriebsnummer, jahr FROM {table} r
               WHERE betriebsnummer IS NOT NULL GROUP BY betriebsnummer, jahr HAVING count(*) > 1 ORDER BY 1""",
           lambda a, b, nr, y: Problem(
               f"Betriebsnummer {shown(nr)} kommt im Jahr {shown(y)} doppelt vor (auch Zeile {a}). Erwartet: jede Betriebsnummer "
               "einmal je Jahr.",
               f"Business number {shown(nr)} appears twice in year {shown(y)} (also row {a}). Expected: each number once per year.",
               file=ck.file, sheet=ck.sheet, row=int(b), column=ck.headers.get("betriebsnummer", "Betriebsnummer")))
    ck.add(f"SELECT {line_raw} AS line FROM {table} r WHERE betriebsnummer IS NULL OR trim(betriebsnummer) = '' "
           "ORDER BY line",
           lambda line: Problem("Betriebsnummer fehlt.", "Business number missing.", **ck.where(line, "betriebsnummer")))
    if "inhaberalter" in columns:
        ck.add(ck.bad_rows("_n_inhaberalter NOT BETWEEN 14 AND 100", "inhaberalter"),
               lambda line, v: Problem(f"Inhaberalter „{shown(v)}“ unplausibel. Erwartet: 14–100 Jahre.",
                                       f"Owner age '{shown(v)}' implausible. Expected: 14–100 years.",
                                       **ck.where(line, "inhaberalter")))


def _check_duplicate_rows(ck: _RawChecks, columns: list[str]) -> None:
    """An aggregate table holds each (district, year, group[, age group]) once."""
    keys = ["_ags", "_year", "_grp"] + (["_age"] if "altersgruppe" in columns else [])
    ck.add(f"""SELECT d.a, d.b, t.kreis, t.jahr FROM (
                   SELECT min(line) AS a, max(line) AS b FROM {ck.n}
                   WHERE _ags IS NOT NULL AND _year IS NOT NULL AND _grp IS NOT NULL
                   GROUP BY {", ".join(keys)} HAVING count(*) > 1 ORDER BY 1 LIMIT {LIMIT}) d
               JOIN {ck.table} t ON {ck.line_t} = d.b ORDER BY 1""",
           lambda a, b, k, y: Problem(
               f"Doppelte Zeile: {shown(k)}, {shown(y)} kommt mehrfach vor (auch Zeile {a}). Erwartet: jede Kombination aus Kreis, "
               "Jahr und Gruppe nur einmal.",
               f"Duplicate row: {shown(k)}, {shown(y)} appears more than once (also row {a}). Expected: each combination of "
               "district, year and group once.",
               file=ck.file, sheet=ck.sheet, row=int(b)))


def _implausible(batch: ImportBatch, row_of: Callable[[Any], int | None]) -> list[tuple[object, Problem]]:
    """Values outside the plausible range of their indicator and area level, counts that are not whole
    numbers, and values that are not finite (see :mod:`core.imports.plausibility`)."""
    v = batch.values
    out: list[tuple[object, Problem]] = []
    numeric = pd.to_numeric(v["value"], errors="coerce")
    for i, ind, area, x in zip(v.index, v["indicator"], v["area_code"], numeric, strict=True):
        if pd.isna(x):
            continue
        if x in (float("inf"), float("-inf")):
            msg: tuple[str, str] | None = ("Der Wert ist keine endliche Zahl.", "The value is not a finite number.")
        else:
            msg = plausibility.problem(str(ind), str(area), float(x))
        if msg:
            out.append((i, Problem(msg[0], msg[1], file=batch.file_name, row=row_of(i))))
            if len(out) >= LIMIT:
                break
    return out


def _de(x: float) -> str:
    return f"{x:,.0f}".replace(",", ".")


def check_values(batch: ImportBatch, population: pd.DataFrame | None = None) -> list[Problem]:
    """Checks on the tidy values; ``population`` = (area_code, year, value) of the bundled data."""
    v = batch.values
    problems: list[Problem] = []
    if v.empty:
        return problems
    lo = MIN_YEAR if batch.kind == "official" else MIN_YEAR_CHAMBER
    hi = max_year()
    line = v["line"] if "line" in v.columns else pd.Series([None] * len(v), index=v.index)

    def row_of(i: Any) -> int | None:
        x = line.loc[i]
        return None if x is None or pd.isna(x) else int(x)

    bad = v[(v["year"] < lo) | (v["year"] > hi)]
    for i, r in bad.head(LIMIT).iterrows():
        problems.append(Problem(f"Jahr {r['year']} außerhalb des Bereichs. Erwartet: {lo}–{hi}.",
                                f"Year {r['year']} out of range. Expected: {lo}–{hi}.", file=batch.file_name,
                                row=row_of(i)))
    neg = v[v["value"].astype(float) < 0]
    for i, r in neg.head(LIMIT).iterrows():
        problems.append(Problem(f"Negativer Wert {r['value']:g} für {r['indicator']}. Erwartet: ≥ 0.",
                                f"Negative value {r['value']:g} for {r['indicator']}. Expected: ≥ 0.",
                                file=batch.file_name, row=row_of(i)))
    flagged = _implausible(batch, row_of)
    problems.extend(p for _, p in flagged)
    out_of_range = {i for i, _ in flagged}
    key = ["area_code", "year", "indicator", "gewerbegruppe"]
    dup = v[v.duplicated(key, keep="first")]
    for i, r in dup.head(LIMIT).iterrows():
        problems.append(Problem(
            f"Doppelter Wert: {r['area_code']}, {r['year']}, {r['indicator']}, {r['gewerbegruppe']} kommt mehrfach vor. "
            "Erwartet: jeder Wert nur einmal.",
            f"Duplicate value: {r['area_code']}, {r['year']}, {r['indicator']}, {r['gewerbegruppe']} appears more than "
            "once. Expected: each value once.", file=batch.file_name, row=row_of(i)))
    # plausibility: per-capita counts above the number of inhabitants
    pop = v[v["indicator"] == "population"][["area_code", "year", "value"]]
    if population is not None and not population.empty:
        pop = pd.concat([pop, population[["area_code", "year", "value"]]], ignore_index=True)
    pop = pop.dropna().drop_duplicates(["area_code", "year"])
    if not pop.empty:
        counts = v[v["indicator"].str.split("_").str[0].isin(PER_CAPITA_CAP) & v["value"].notna()]
        if not counts.empty:
            latest = pop.sort_values("year").groupby("area_code")["value"].last()
            same = pop.set_index(["area_code", "year"])["value"]
            for i, r in counts.iterrows():
                if i in out_of_range:
                    continue
                inh = same.get((r["area_code"], r["year"]), latest.get(r["area_code"]))
                if inh is not None and not pd.isna(inh) and float(r["value"]) > float(inh):
                    de_v, en_v = _de(float(r["value"])), f"{float(r['value']):,.0f}"
                    de_p, en_p = _de(float(inh)), f"{float(inh):,.0f}"
                    what = f"{r['indicator']}, {r['gewerbegruppe']}, {r['year']}"
                    problems.append(Problem(
                        f"Unplausibel: {de_v} ({what}) ist mehr als die Einwohnerzahl des Kreises {r['area_code']} "
                        f"({de_p}). Bitte Zahl und Einheit prüfen.",
                        f"Implausible: {en_v} ({what}) exceeds the population of district {r['area_code']} ({en_p}). "
                        "Please check number and unit.",
                        file=batch.file_name, row=row_of(i)))
                    if len(problems) > 3 * LIMIT:
                        break
    return problems
