"""Chamber tables (template sheets, CSV, register extracts) checked and aggregated in DuckDB.

A CSV is read by DuckDB's ``read_csv`` (all columns as text, streamed in parallel) into a throw-away
in-memory database with a memory limit (it spills to a temp folder beyond it), so a register extract
of a million rows is checked and counted in seconds with bounded memory. Progress comes from
``query_progress()`` and cancelling calls ``interrupt()``, both from a small watcher thread.
Template sheets (openpyxl, values only) enter the same tables through pandas.

A survey table (sheet "Befragung Kooperation" or a CSV with its columns: Jahr, N, one percent column
per answer option) is checked here (year range, N a whole number > 0, percent 0–100, one row per year)
and becomes region-level values ``survey_n`` / ``survey_pct_<answer>`` (see :mod:`core.survey`).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from core import survey
from core.imports import numbers
from core.imports.chamber import (
    AGE_GROUPS,
    COLUMNS,
    HEADER_DE,
    SURVEY_PCT,
    VALUE_INDICATOR,
    canonical_columns,
    district_lookup,
    group_lookup,
)
from core.imports.model import (
    VALUE_COLUMNS,
    ImportCancelledError,
    Problem,
    flag_meaning,
    refuse,
    validation_error,
)
from core.imports.safety import Cancelled, Progress, check_cancel
from core.imports.validate import LIMIT, check_raw, max_year
from core.regions import Region
from core.text_safety import shown

MEMORY_LIMIT = "512MB"
MAX_COLUMNS = 500  # a chamber table has about ten; a header wider than this is refused


def work_connection(region: Region, prefer: str = "de") -> duckdb.DuckDBPyConnection:
    """In-memory DuckDB with a memory cap, the lookups and the number macros.

    Numbers are strict (:mod:`core.imports.numbers`), German and English notation; ``prefer`` decides a
    value that reads differently in the two ('de' for ';' files and Excel, 'en' for ',' files). The
    names ``num_de``/``num_en``/``num_xl`` all mean that one strict reading (kept for the callers)."""
    con = duckdb.connect(":memory:", config={"memory_limit": MEMORY_LIMIT,
                                              "temp_directory": tempfile.gettempdir()})
    con.execute(numbers.sql_macros(prefer))
    con.execute(
        """
        CREATE MACRO sv(v) AS CASE
            WHEN trim(v) IN ('.', '-', 'x', 'X', '...', '…', '/', '–')
                THEN CASE trim(v) WHEN 'X' THEN 'x' WHEN '…' THEN '...' WHEN '–' THEN '-' ELSE trim(v) END
            WHEN regexp_full_match(trim(v), '\\(.+\\)') THEN '()'
            WHEN nullif(trim(v), '') IS NULL THEN '' END;
        CREATE MACRO core_(v) AS regexp_replace(trim(v), '^\\((.*)\\)$', '\\1');
        CREATE MACRO num_de(v) AS num_strict(core_(v));
        CREATE MACRO num_en(v) AS num_strict(core_(v));
        CREATE MACRO num_xl(v) AS num_strict(core_(v));
        """
    )
    lk = pd.DataFrame(list(district_lookup(region).items()), columns=["k", "ags"])
    gk = pd.DataFrame(list(group_lookup().items()), columns=["k", "name"])
    ak = pd.DataFrame([(k.lower(), v) for k, v in AGE_GROUPS.items()], columns=["k", "code"])
    rk = pd.DataFrame({"code": [region.code]})
    for name, df in (("lk_district", lk), ("lk_group", gk), ("lk_age", ak), ("lk_region", rk)):
        con.register(f"{name}_df", df)
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_df")
        con.unregister(f"{name}_df")
    return con


def run_interruptible(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None, *,
                      progress: Progress = None, cancelled: Cancelled = None, span: tuple[int, int] = (0, 100)) -> None:
    """Execute ``sql``; a watcher thread reports ``query_progress`` (mapped into ``span`` of 0..100)
    and interrupts the query when ``cancelled()`` turns true."""
    done = threading.Event()
    interrupted = threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            if cancelled is not None and cancelled():
                interrupted.set()
                con.interrupt()
                return
            if progress is not None:
                try:
                    p = con.query_progress()
                except duckdb.Error:
                    p = -1
                if p >= 0:
                    progress(int(span[0] + (span[1] - span[0]) * min(p, 100) / 100), 100)

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    try:
        con.execute(sql, params or [])
    except duckdb.InterruptException as exc:
        raise ImportCancelledError() from exc
    except duckdb.Error:
        if interrupted.is_set():
            raise ImportCancelledError() from None
        raise
    finally:
        done.set()
        t.join()
    if interrupted.is_set():
        raise ImportCancelledError()


def transcode_to_utf8(path: Path, encoding: str, cancelled: Cancelled = None) -> Path:
    """Streamed copy of a Windows-1252/Latin-1 file as UTF-8 (DuckDB reads UTF-8 natively)."""

    out = Path(tempfile.mkstemp(prefix="hwm-import-", suffix=".csv")[1])
    dec = codecs.getincrementaldecoder(encoding)(errors="replace")
    with path.open("rb") as src, out.open("w", encoding="utf-8", newline="") as dst:
        while chunk := src.read(1 << 20):
            check_cancel(cancelled)
            dst.write(dec.decode(chunk))
        dst.write(dec.decode(b"", final=True))
    return out


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", "\t", ",")}
    return max(counts, key=lambda d: counts[d]) if max(counts.values()) > 0 else ";"


def classify(cols: list[str | None]) -> str | None:
    """'register' | 'table' | 'survey' | None from the canonical column names."""
    have = set(c for c in cols if c)
    if "kreis" not in have and {"jahr", "n"} <= have and have & set(SURVEY_PCT):
        return "survey"
    if {"kreis", "jahr"} - have:
        return None
    if "betriebsnummer" in have:
        return "register"
    if have & set(VALUE_INDICATOR):
        return "table"
    return None


def missing_columns_problem(header: Sequence[object], file: str, sheet: str = "") -> Problem:
    cols = canonical_columns(header)
    have = set(c for c in cols if c)
    shown = ", ".join(str(h) for h in header if h is not None and str(h).strip()) or "–"
    if "kreis" not in have and have & {"n", *SURVEY_PCT}:  # a survey table
        need = [HEADER_DE[c] for c in ("jahr", "n") if c not in have]
        if not have & set(SURVEY_PCT):
            need.append("mindestens eine Antwortspalte")
        return Problem(
            f"Spalten fehlen: {', '.join(need)}. Vorhanden: {shown}. Erwartet: Jahr, N und je Antwort eine Spalte in % "
            "(wie im Blatt „Befragung Kooperation“ der Vorlage).",
            f"Missing columns: {', '.join(need).replace('mindestens eine Antwortspalte', 'at least one answer column')}. "
            f"Present: {shown}. Expected: Jahr, N and one percent column per answer (as in the template's sheet "
            "'Befragung Kooperation').",
            file=file, sheet=sheet, row=1)
    need = [HEADER_DE[c] for c in ("kreis", "jahr") if c not in have]
    if not (have & set(VALUE_INDICATOR)) and "betriebsnummer" not in have:
        need.append("Betriebe/Beschäftigte/Auszubildende/Inhaber")
    return Problem(
        f"Spalten fehlen: {', '.join(need)}. Vorhanden: {shown}. Erwartet: die Spalten der Vorlage "
        "(Kreis, Jahr, Gewerbegruppe, Betriebe, Beschäftigte …) in Zeile 1.",
        f"Missing columns: {', '.join(need)}. Present: {shown}. Expected: the template's columns "
        "(Kreis, Jahr, Gewerbegruppe, Betriebe, Beschäftigte …) in row 1.",
        file=file, sheet=sheet, row=1)


@dataclass
class HeaderPlan:
    """What happens to each column of a header: taken (canonical name) or not taken (listed for the user).

    ``names``: per position the canonical name, or ``_extra_<i>`` for a column that is not taken.
    ``problems``: a column named twice, or a header that is nearly a known column that is missing (a typo:
    refused, so no figure is silently left out)."""

    names: list[str]
    labels: dict[str, str]  # _extra_<i> -> what the user sees ("Bemerkung", "Spalte 7 (ohne Überschrift)")
    problems: list[Problem]

    @property
    def keep(self) -> list[str]:
        return [n for n in self.names if not n.startswith("_extra_")]

    def not_taken(self, with_data: set[str] | None = None) -> list[str]:
        """Labels of the columns not taken (unnamed ones only when they hold data)."""
        out = []
        for n, label in self.labels.items():
            if label.endswith(("(ohne Überschrift)",)) and with_data is not None and n not in with_data:
                continue
            out.append(label)
        return out


def plan_header(header: Sequence[object], file: str, sheet: str = "") -> HeaderPlan:
    if len(header) > MAX_COLUMNS:  # refused before any per-column work
        return HeaderPlan([], {}, [Problem(
            f"Die Tabelle hat {len(header)} Spalten. Erwartet: die Spalten der Vorlage (höchstens {MAX_COLUMNS}).",
            f"The table has {len(header)} columns. Expected: the template's columns (at most {MAX_COLUMNS}).",
            file=file, sheet=sheet, row=1)])
    cols = canonical_columns(header)
    names: list[str] = []
    labels: dict[str, str] = {}
    problems: list[Problem] = []
    first: dict[str, int] = {}
    present = {c for c in cols if c}
    for i, (h, c) in enumerate(zip(header, cols, strict=False)):
        text = shown(h if h is not None else "", 60)
        if c and c in first:
            problems.append(Problem(
                f"Die Spalte „{text}“ kommt doppelt vor (Spalten {first[c] + 1} und {i + 1}). Erwartet: jede Spalte "
                "einmal.",
                f"The column '{text}' appears twice (columns {first[c] + 1} and {i + 1}). Expected: each column once.",
                file=file, sheet=sheet, row=1, column=text))
            c = None
        if c:
            first[c] = i
            names.append(c)
            continue
        name = f"_extra_{i}"
        names.append(name)
        if not text.strip():
            labels[name] = f"Spalte {i + 1} (ohne Überschrift)"
            continue
        labels[name] = text
        near = _near_miss(text, present)
        if near:
            problems.append(Problem(
                f"Unbekannte Spalte „{text}“ – gemeint ist wohl „{HEADER_DE[near]}“. Bitte die Überschrift "
                "korrigieren (sonst fehlten diese Werte).",
                f"Unknown column '{text}' – probably '{HEADER_DE[near]}' is meant. Please correct the header "
                "(otherwise these values would be missing).",
                file=file, sheet=sheet, row=1, column=text))
    return HeaderPlan(names, labels, problems)


def _near_miss(text: str, present: set[str]) -> str | None:
    """The canonical column a misspelt header most likely means, if that column is not in the header."""
    import difflib

    key = re.sub(r"[\s\-_.()/%]+", "", text).lower()
    if len(key) < 4:
        return None
    candidates = {a: canon for canon, names in COLUMNS.items() if canon not in present and len(canon) > 2
                  for a in names}
    hit = difflib.get_close_matches(key, list(candidates), n=1, cutoff=0.8)
    return candidates[hit[0]] if hit else None


def load_csv(con: duckdb.DuckDBPyConnection, path: Path, header: list[str], delimiter: str, table: str, *,
             progress: Progress = None, cancelled: Cancelled = None,
             file_name: str | None = None) -> tuple[list[str], list[str]]:
    """Read the CSV into ``table`` (canonical columns as text, file order: line = rowid + 2); returns the
    canonical columns and the labels of the columns not taken. Refused whole: a row with more or fewer
    fields than the header (a damaged or cut-off line), a column named twice, a misspelt column."""
    name = file_name or path.name
    plan = plan_header(header, name)
    if plan.problems:
        raise validation_error(plan.problems, name)
    rejects = f"{table}_rejects"
    try:
        run_interruptible(
            con,
            f"""CREATE TABLE {table} AS SELECT * FROM read_csv(?, delim = ?, header = true, quote = '"',
                 all_varchar = true, names = ?, null_padding = false, strict_mode = true, encoding = 'utf-8',
                 ignore_errors = true, store_rejects = true, rejects_table = '{rejects}',
                 rejects_scan = '{table}_scans', max_line_size = 1048576)""",
            [str(path), delimiter, plan.names], progress=progress, cancelled=cancelled, span=(5, 80))
    except duckdb.Error as exc:
        msg = shown(str(exc).splitlines()[0], 200)
        raise refuse(f"Die CSV-Datei kann nicht gelesen werden: {msg}. Erwartet: eine Zeile je Datensatz, "
                     f"Trennzeichen „{delimiter}“.",
                     f"The CSV file cannot be read: {msg}. Expected: one line per record, delimiter '{delimiter}'.",
                     name) from exc
    bad = con.execute(f"SELECT line, error_type, csv_line FROM {rejects} ORDER BY line LIMIT 20").fetchall()
    if bad:
        raise validation_error([_reject_problem(int(line), str(kind), str(text or ""), len(plan.names), delimiter,
                                                name) for line, kind, text in bad], name)
    extra = [n for n in plan.names if n.startswith("_extra_")]
    with_data: set[str] = set()
    if extra:
        counts = con.execute(f"SELECT {', '.join(f'count({_q(n)})' for n in extra)} FROM {table}").fetchone() or ()
        with_data = {n for n, k in zip(extra, counts, strict=True) if k}
        for n in extra:
            con.execute(f"ALTER TABLE {table} DROP COLUMN {_q(n)}")
    return plan.keep, plan.not_taken(with_data)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _reject_problem(line: int, kind: str, text: str, width: int, delimiter: str, file: str) -> Problem:
    found = len(next(csv.reader(io.StringIO(text), delimiter=delimiter), [])) if text else 0
    if "MISSING" in kind.upper() or "TOO MANY" in kind.upper():
        return Problem(
            f"Die Zeile hat {found} statt {width} Felder (beschädigt oder abgeschnitten). Erwartet: so viele "
            f"Felder wie die Kopfzeile, getrennt durch „{delimiter}“.",
            f"The row has {found} instead of {width} fields (damaged or cut off). Expected: as many fields as "
            f"the header, separated by '{delimiter}'.", file=file, row=line)
    return Problem(
        f"Die Zeile kann nicht gelesen werden ({shown(kind, 60)}).",
        f"The row cannot be read ({shown(kind, 60)}).", file=file, row=line)


def cell_text(v: object) -> str | None:
    """An Excel cell as the text the strict number reading expects: whole numbers without '.0', other
    numbers with a decimal comma (never ambiguous: 1.234 stays 1,234), a date as its year."""
    if v is None:
        return None
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        r = repr(v)
        return r.replace(".", ",") if "e" not in r else r
    if hasattr(v, "year") and hasattr(v, "month"):
        return str(v.year)
    return str(v)


def load_rows(con: duckdb.DuckDBPyConnection, header: Sequence[object], rows: list[tuple[int, tuple[Any, ...]]], table: str,
              *, file: str = "", sheet: str = "") -> tuple[list[str], list[str]]:
    """Rows of an xlsx sheet into ``table`` (text, see :func:`cell_text`); returns the canonical columns and
    the labels of the columns not taken (refused: a column named twice, a misspelt column)."""
    plan = plan_header(header, file, sheet)
    if plan.problems:
        raise validation_error(plan.problems, file)
    first = {n: j for j, n in enumerate(plan.names) if not n.startswith("_extra_")}
    with_data = {n for j, n in enumerate(plan.names) if n.startswith("_extra_")
                 and any(j < len(r) and r[j] is not None and str(r[j]).strip() for _, r in rows)}
    text = cell_text
    data = {c: [text(r[j]) if j < len(r) else None for _, r in rows] for c, j in first.items()}
    df = pd.DataFrame({"line": [n for n, _ in rows], **data}, dtype=object)
    df["line"] = df["line"].astype("int64")
    con.register(f"{table}_df", df)
    con.execute(f"CREATE TABLE {table} AS SELECT line, "
                + ", ".join(f'CAST("{c}" AS VARCHAR) AS "{c}"' for c in first) + f" FROM {table}_df")
    con.unregister(f"{table}_df")
    return list(first), plan.not_taken(with_data)


def validate_raw(con: duckdb.DuckDBPyConnection, table: str, cols: list[str], header: Sequence[object], kind: str, *,
                 file: str, sheet: str, num: str) -> list[Problem]:
    canon = canonical_columns(header)
    headers = {c: str(h) for h, c in zip(header, canon, strict=False) if c}
    if kind == "survey":
        return check_survey(con, table, cols, headers, file=file, sheet=sheet, num=num)
    found = check_raw(con, table, cols, headers, file=file, sheet=sheet, register=(kind == "register"), num=num)
    return sorted(found, key=lambda p: (p.row or 0, p.column))


def values_of(con: duckdb.DuckDBPyConnection, table: str, cols: list[str], kind: str, *,
              num: str, progress: Progress = None, cancelled: Cancelled = None) -> pd.DataFrame:
    """The tidy values of a validated table (``VALUE_COLUMNS`` + line), from ``<table>_n``
    (see ``validate.normalise``). Register: businesses = rows, employees/apprentices = sums, owners
    counted by age band, per group and for all groups (``insgesamt``)."""
    n = f"{table}_n"
    if kind == "survey":
        return survey_values(con, table, cols, num=num)
    if kind == "register":
        parts = ["count(*) AS businesses"]
        if "beschaeftigte" in cols:
            parts.append("sum(_n_beschaeftigte) AS employees")
        if "auszubildende" in cols:
            parts.append("sum(_n_auszubildende) AS apprentices")
        if "inhaberalter" in cols:
            bands = [("u30", 0, 29), ("30_39", 30, 39), ("40_49", 40, 49), ("50_59", 50, 59), ("60_64", 60, 64),
                     ("65plus", 65, 200)]
            for code, a, b in bands:
                parts.append(f"count(*) FILTER (WHERE _n_inhaberalter BETWEEN {a} AND {b}) AS owners_{code}")
        measures = [p.rsplit(" AS ", 1)[1] for p in parts]
        sql = f"""CREATE TABLE agg AS
            SELECT _ags AS area_code, _year AS year,
                   CASE WHEN grouping(_grp) = 1 THEN 'insgesamt' ELSE _grp END AS gewerbegruppe, {", ".join(parts)}
            FROM {n} GROUP BY GROUPING SETS ((_ags, _year, _grp), (_ags, _year))"""
        run_interruptible(con, sql, progress=progress, cancelled=cancelled, span=(85, 99))
        unions = " UNION ALL ".join(
            f"SELECT area_code, year, '{m}' AS indicator, gewerbegruppe, {m}::DOUBLE AS value FROM agg" for m in measures)
        df = con.execute(f"SELECT *, NULL AS flag, NULL AS flag_meaning, NULL AS line FROM ({unions}) "
                         "WHERE value IS NOT NULL ORDER BY 1, 2, 3, 4").df()
        return df[[*VALUE_COLUMNS, "line"]]
    selects = []
    for col in cols:
        if col not in VALUE_INDICATOR:
            continue
        ind = f"'{VALUE_INDICATOR[col]}'"
        if col == "inhaber" and "altersgruppe" in cols:
            ind = "'owners_' || _age"
        selects.append(
            f"""SELECT _ags AS area_code, _year AS year, {ind} AS indicator, _grp AS gewerbegruppe,
                       _n_{col} AS value, nullif(_s_{col}, '') AS flag, line
                FROM {n} WHERE _s_{col} IS DISTINCT FROM ''""")
    con.execute("CREATE TABLE vals AS " + " UNION ALL ".join(selects))
    # a total of all seven groups where the table gives every group but no total
    con.execute("""
        INSERT INTO vals
        SELECT area_code, year, indicator, 'insgesamt', sum(value), NULL, NULL FROM vals
        WHERE gewerbegruppe <> 'insgesamt'
        GROUP BY area_code, year, indicator
        HAVING count(DISTINCT gewerbegruppe) = 7 AND count(value) = 7
           AND NOT EXISTS (SELECT 1 FROM vals v2 WHERE v2.area_code = vals.area_code AND v2.year = vals.year
                           AND v2.indicator = vals.indicator AND v2.gewerbegruppe = 'insgesamt')""")
    df = con.execute("SELECT area_code, year, indicator, gewerbegruppe, value, flag, NULL AS flag_meaning, line "
                     "FROM vals ORDER BY 1, 2, 3, 4").df()
    con.execute("DROP TABLE vals")
    if not df.empty:
        df["flag_meaning"] = [flag_meaning(f) or None if isinstance(f, str) else None for f in df["flag"]]
        df.loc[df["flag"].isin([".", "-", "x", "...", "/"]), "value"] = None
    return df


def _line(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """Row number in the file: the ``line`` column of a sheet, else the CSV's order (header = line 1)."""
    has_line = "line" in [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    return "line" if has_line else "rowid + 2"


def _survey_table(con: duckdb.DuckDBPyConnection, table: str, cols: list[str], num: str) -> str:
    """``<table>_s``: line, raw year/N, parsed ``_year``, ``_n`` and per answer ``_p_<col>`` (a trailing '%'
    is dropped; empty = not asked) next to the raw text."""
    pcts = [c for c in cols if c in SURVEY_PCT]
    parts = [f"{_line(con, table)} AS line", "jahr", "n", "year_strict(jahr) AS _year", f"{num}(n) AS _n"]
    for c in pcts:
        raw = f"nullif(trim(regexp_replace({c}, '\\s*%\\s*$', '')), '')"
        parts += [f"{raw} AS _r_{c}", f"{num}({raw}) AS _p_{c}"]
    name = f"{table}_s"
    con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT {', '.join(parts)} FROM {table}")
    return name


def check_survey(con: duckdb.DuckDBPyConnection, table: str, cols: list[str], headers: dict[str, str], *,
                 file: str, sheet: str, num: str) -> list[Problem]:
    """Year 2000 (survey.MIN_YEAR) to next year, N a whole number > 0, each percent 0–100 (or empty), at least
    one percent, one row per year."""
    s = _survey_table(con, table, cols, num)
    lo, hi = survey.MIN_YEAR, max_year()
    problems: list[Problem] = []

    def where(line: int, col: str = "") -> dict[str, Any]:
        return {"file": file, "sheet": sheet, "row": int(line), "column": headers.get(col, col) if col else ""}

    def rows(cond: str, *extra: str) -> list[tuple[Any, ...]]:
        sel = ", ".join(["line", *extra])
        return con.execute(f"SELECT {sel} FROM {s} WHERE {cond} ORDER BY line LIMIT {LIMIT}").fetchall()

    for line, v in rows(f"_year IS NULL OR _year NOT BETWEEN {lo} AND {hi}", "jahr"):
        problems.append(Problem(
            f"Jahr „{v or ''}“ ungültig oder außerhalb des Bereichs. Erwartet: das Jahr der Befragung, {lo}–{hi}.",
            f"Year '{v or ''}' invalid or out of range. Expected: the year of the survey, {lo}–{hi}.",
            **where(line, "jahr")))
    for line, v in rows("_n IS NULL OR _n <= 0 OR _n <> floor(_n)", "n"):
        problems.append(Problem(
            f"N „{v or ''}“ ungültig. Erwartet: die Zahl der Antwortenden, eine ganze Zahl größer als 0.",
            f"N '{v or ''}' invalid. Expected: the number of respondents, a whole number greater than 0.",
            **where(line, "n")))
    pcts = [c for c in cols if c in SURVEY_PCT]
    for c in pcts:
        for line, v in rows(f"_r_{c} IS NOT NULL AND _p_{c} IS NULL", f"_r_{c}"):
            problems.append(Problem(
                f"„{v}“ ist keine Zahl. Erwartet: Anteil der Antwortenden in Prozent (0–100) oder leer.",
                f"'{v}' is not a number. Expected: share of respondents in percent (0–100) or empty.",
                **where(line, c)))
        for line, v in rows(f"_p_{c} < 0 OR _p_{c} > 100", f"_r_{c}"):
            problems.append(Problem(
                f"Anteil „{v} %“ liegt außerhalb von 0–100 %. Erwartet: Prozent der Antwortenden von 0 bis 100 "
                "(49 für 49 %).",
                f"Share '{v} %' is outside 0–100 %. Expected: percent of respondents from 0 to 100 (49 for 49 %).",
                **where(line, c)))
    if pcts:
        for (line,) in rows(" AND ".join(f"_r_{c} IS NULL" for c in pcts)):
            problems.append(Problem(
                "Keine Anteile eingetragen. Erwartet: für mindestens eine Antwort den Anteil in Prozent.",
                "No shares entered. Expected: the percentage for at least one answer.", **where(line)))
    for a, b, y in con.execute(
            f"SELECT min(line), max(line), _year FROM {s} WHERE _year IS NOT NULL GROUP BY _year "
            f"HAVING count(*) > 1 ORDER BY 1 LIMIT {LIMIT}").fetchall():
        problems.append(Problem(
            f"Befragung {y} kommt mehrfach vor (auch Zeile {a}). Erwartet: eine Zeile je Befragung (Jahr).",
            f"Survey {y} appears more than once (also row {a}). Expected: one row per survey (year).",
            **where(b, "jahr")))
    return sorted(problems, key=lambda p: (p.row or 0, p.column))


def survey_values(con: duckdb.DuckDBPyConnection, table: str, cols: list[str], *, num: str) -> pd.DataFrame:
    """The checked survey rows as region-level values: ``survey_n`` and ``survey_pct_<answer>``."""
    s = f"{table}_s" if f"{table}_s" in {r[0] for r in con.execute("SHOW TABLES").fetchall()} else \
        _survey_table(con, table, cols, num)
    selects = [f"SELECT _year AS year, '{survey.IMPORT_N}' AS indicator, _n AS value, line FROM {s}"]
    for c in cols:
        if c in SURVEY_PCT:
            selects.append(f"SELECT _year, '{survey.IMPORT_PCT}{c[4:]}', _p_{c}, line FROM {s} WHERE _p_{c} IS NOT NULL")
    df = con.execute(
        "SELECT (SELECT code FROM lk_region) AS area_code, year, indicator, 'insgesamt' AS gewerbegruppe, value, "
        f"NULL AS flag, NULL AS flag_meaning, line FROM ({' UNION ALL '.join(selects)}) ORDER BY year, indicator"
    ).df()
    return df[[*VALUE_COLUMNS, "line"]]
