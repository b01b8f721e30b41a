"""Counting a register as the statistics do, in SQL over the checked rows (``reg``, ``areas``, ``cmap``).

* **One business, one group:** a business counts once, under the Gewerbegruppe of its main craft (the
  first listed; Destatis "Hauptgewerbezweig"). A and B1 are counted in the seven groups; B2
  (handwerksähnlich) and AeT (Anlage A, einfache Tätigkeiten) separately, without a group.
* **Stock on 31.12.:** a business is in the stock of year Y if entry ≤ 31.12.Y and (no deletion or
  deletion > 31.12.Y). With Y0 = year(entry) and Y1 = year(deletion) − 1 it is in the stock of
  Y0 … Y1, so the stock is the running sum of +1 at Y0 and −1 at Y1 + 1 (no explosion into years).
* **Additions / removals** of year Y: entries / deletions dated in Y.
* **Crafts that left Anlage B2** (Holz- und Bautenschützer, Bestatter on 14.02.2020; Kosmetiker on
  01.07.2021): a business entered before that date is B2 until it and B1 (in its group) from its year
  on — a move, neither addition nor removal, as the break in the official series.
* **Owners by age band** (where the extract has the holder's date of birth), A and B1 only: age on
  31.12.Y = Y − year of birth; bands under 30, 30–39, 40–49, 50–59, 60–64, 65+. A business moves into
  the next band in the year its owner turns 30, 40, 50, 60, 65: these transitions are events too.
* **Years:** up to the last complete year of the extract (its as-of date, default the latest date in
  the file: that year if it is a 31.12., else the year before). Deleted entries are kept 30 years
  (§ 13 Abs. 5 HwO), so earlier stocks would miss businesses deleted long ago: stocks start with the
  year of the earliest deletion in the file (only the last year if it has none), flows a year later.

Output (indicator, gewerbegruppe): ``businesses`` (7 groups, laid over the estimate),
``businesses_added`` / ``businesses_removed`` (7 groups and ``insgesamt``), ``businesses_b2``,
``businesses_aet`` (+ ``_added`` / ``_removed``, ``insgesamt``), ``owners_<band>`` (7 groups and
``insgesamt``). Every district of the region in the file gets every group and year (0 = none).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from core.datastore import GEWERBEGRUPPEN, TOTAL
from core.imports.model import VALUE_COLUMNS
from core.imports.safety import Cancelled, Progress
from core.imports.tabular import run_interruptible

MIN_YEAR = 1990
BANDS = ("u30", "30_39", "40_49", "50_59", "60_64", "65plus")
BAND_EDGES = (30, 40, 50, 60, 65)  # age at which the next band starts
OLD_BANDS = ("60_64", "65plus")  # owners aged 60+: the succession indicator ("Nachfolge")


@dataclass
class Counted:
    values: pd.DataFrame
    first_year: int
    last_year: int
    stand: dt.date
    b2_rows: int
    aet_rows: int


def _band(age: str) -> str:
    return (f"CASE WHEN {age} < 30 THEN 0 WHEN {age} < 40 THEN 1 WHEN {age} < 50 THEN 2 WHEN {age} < 60 THEN 3 "
            f"WHEN {age} < 65 THEN 4 ELSE 5 END")


def years_of(con: duckdb.DuckDBPyConnection, stand: dt.date | None) -> tuple[int, int, dt.date]:
    """(first, last, as-of date) of the counted years (rules in the module docstring)."""
    latest, first_del = con.execute(
        "SELECT greatest(max(entry), coalesce(max(deletion), max(entry))), min(deletion) FROM reg").fetchone()  # type: ignore[misc]
    as_of = stand or latest
    last = as_of.year if (as_of.month, as_of.day) == (12, 31) else as_of.year - 1
    first = max(MIN_YEAR, first_del.year) if first_del is not None else last
    return min(first, last), last, as_of


def count(con: duckdb.DuckDBPyConnection, stand: dt.date | None, *, has_birth: bool,
          progress: Progress = None, cancelled: Cancelled = None) -> Counted:
    first, last, as_of = years_of(con, stand)
    run_interruptible(con, """
        CREATE OR REPLACE TABLE b AS
        SELECT a.ags, m.grp, m.cls, m.move, r.entry, r.deletion, r.birth_year
        FROM reg r JOIN areas a ON r.area = a.raw
        JOIN cmap m ON r.crafts = m.crafts AND r.anlage IS NOT DISTINCT FROM m.anlage
        WHERE a.status = 'in' AND m.keep""", progress=progress, cancelled=cancelled, span=(70, 80))
    # segments: stock years y0..y1 (y1 NULL = still active) in one class; movers from B2 get two
    con.execute("""
        CREATE OR REPLACE TABLE seg AS
        SELECT ags, grp, cls, year(entry) AS y0, TRUE AS by_entry,
               year(deletion) - 1 AS y1, deletion IS NOT NULL AS by_deletion, birth_year
        FROM b WHERE move IS NULL OR entry >= move
        UNION ALL
        SELECT ags, NULL, 'B2', year(entry), TRUE,
               CASE WHEN deletion IS NOT NULL AND deletion <= move THEN year(deletion) - 1 ELSE year(move) - 1 END,
               deletion IS NOT NULL AND deletion <= move, birth_year
        FROM b WHERE move IS NOT NULL AND entry < move
        UNION ALL
        SELECT ags, grp, 'AB1', year(move), FALSE, year(deletion) - 1, deletion IS NOT NULL, birth_year
        FROM b WHERE move IS NOT NULL AND entry < move AND (deletion IS NULL OR deletion > move)""")
    con.execute(f"CREATE OR REPLACE TABLE years AS SELECT range::INTEGER AS year FROM range({first}, {last + 1})")
    districts = [r[0] for r in con.execute("SELECT DISTINCT ags FROM b ORDER BY 1").fetchall()]
    frames = [_stock(con, first, last), _flows(con, first, last)]
    if has_birth:
        frames.append(_owners(con, first, last))
    frames = [f for f in frames if not f.empty]
    values = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    values = _complete(values, districts, first, last, has_birth)
    b2, aet = con.execute("SELECT count(*) FILTER (WHERE cls = 'B2'), count(*) FILTER (WHERE cls = 'AeT') FROM b"
                          ).fetchone()  # type: ignore[misc]
    return Counted(values, first, last, as_of, int(b2), int(aet))


def _stock(con: duckdb.DuckDBPyConnection, first: int, last: int) -> pd.DataFrame:
    """Stock on 31.12. per district, class and group: running sum of the entry/deletion events."""
    return con.execute(f"""
        WITH ev AS (
            SELECT ags, cls, grp, y0 AS year, 1 AS d FROM seg
            UNION ALL SELECT ags, cls, grp, y1 + 1, -1 FROM seg WHERE y1 IS NOT NULL),
        agg AS (SELECT ags, cls, grp, year, sum(d) AS d FROM ev WHERE year <= {last} GROUP BY ALL),
        keys AS (SELECT DISTINCT ags, cls, grp FROM agg)
        SELECT k.ags AS area_code, y.year,
               CASE k.cls WHEN 'AB1' THEN 'businesses' WHEN 'B2' THEN 'businesses_b2' ELSE 'businesses_aet' END
                   AS indicator,
               coalesce(k.grp, '{TOTAL}') AS gewerbegruppe,
               (SELECT coalesce(sum(a.d), 0) FROM agg a WHERE a.ags = k.ags AND a.cls = k.cls
                    AND a.grp IS NOT DISTINCT FROM k.grp AND a.year <= y.year)::DOUBLE AS value
        FROM keys k CROSS JOIN years y""").df()


def _flows(con: duckdb.DuckDBPyConnection, first: int, last: int) -> pd.DataFrame:
    """Additions (entries) and removals (deletions) per year; from the year after the first stock."""
    lo = first + 1
    if lo > last:
        return pd.DataFrame(columns=["area_code", "year", "indicator", "gewerbegruppe", "value"])
    return con.execute(f"""
        WITH ev AS (
            SELECT ags, cls, grp, y0 AS year, 'added' AS what FROM seg WHERE by_entry
            UNION ALL SELECT ags, cls, grp, y1 + 1, 'removed' FROM seg WHERE by_deletion),
        f AS (SELECT * FROM ev WHERE year BETWEEN {lo} AND {last})
        SELECT ags AS area_code, year,
               CASE cls WHEN 'AB1' THEN 'businesses_' WHEN 'B2' THEN 'businesses_b2_' ELSE 'businesses_aet_' END
                   || what AS indicator,
               coalesce(grp, '{TOTAL}') AS gewerbegruppe, count(*)::DOUBLE AS value
        FROM f GROUP BY ALL
        UNION ALL
        SELECT ags, year, 'businesses_' || what, '{TOTAL}', count(*)::DOUBLE FROM f WHERE cls = 'AB1' GROUP BY ALL
        """).df()


def _owners(con: duckdb.DuckDBPyConnection, first: int, last: int) -> pd.DataFrame:
    """Owners by age band on 31.12. (A and B1 businesses with a known date of birth), per group and in total."""
    edges = ", ".join(f"({e})" for e in BAND_EDGES)
    bands = "[" + ", ".join(f"'owners_{b}'" for b in BANDS) + "]"
    return con.execute(f"""
        WITH s AS (SELECT * FROM seg WHERE cls = 'AB1' AND birth_year IS NOT NULL AND (y1 IS NULL OR y1 >= y0)),
        ev AS (
            SELECT ags, grp, y0 AS year, {_band('y0 - birth_year')} AS band, 1 AS d FROM s
            UNION ALL
            SELECT ags, grp, y1 + 1, {_band('y1 - birth_year')}, -1 FROM s WHERE y1 IS NOT NULL
            UNION ALL
            SELECT ags, grp, birth_year + e.k, {_band('e.k - 1')}, -1
            FROM s CROSS JOIN (VALUES {edges}) e(k)
            WHERE birth_year + e.k > y0 AND (y1 IS NULL OR birth_year + e.k <= y1)
            UNION ALL
            SELECT ags, grp, birth_year + e.k, {_band('e.k')}, 1
            FROM s CROSS JOIN (VALUES {edges}) e(k)
            WHERE birth_year + e.k > y0 AND (y1 IS NULL OR birth_year + e.k <= y1)),
        agg AS (SELECT ags, grp, band, year, sum(d) AS d FROM ev WHERE year <= {last} GROUP BY ALL),
        keys AS (SELECT DISTINCT ags, grp FROM agg),
        cells AS (
            SELECT k.ags, k.grp, b.band, y.year,
                   (SELECT coalesce(sum(a.d), 0) FROM agg a WHERE a.ags = k.ags AND a.grp = k.grp AND a.band = b.band
                        AND a.year <= y.year) AS value
            FROM keys k CROSS JOIN (SELECT range AS band FROM range(6)) b CROSS JOIN years y)
        SELECT ags AS area_code, year, {bands}[band + 1] AS indicator, grp AS gewerbegruppe, value::DOUBLE AS value
        FROM cells
        UNION ALL
        SELECT ags, year, {bands}[band + 1], '{TOTAL}', sum(value)::DOUBLE FROM cells GROUP BY ALL""").df()


def _complete(values: pd.DataFrame, districts: list[str], first: int, last: int, has_birth: bool) -> pd.DataFrame:
    """Every district in the file × year × group for the counts (0 where there is none), in VALUE_COLUMNS."""
    years = list(range(first, last + 1))
    flow_years = list(range(first + 1, last + 1))
    grid = []
    groups_total = [*GEWERBEGRUPPEN, TOTAL]
    specs: list[tuple[str, list[str], list[int]]] = [
        ("businesses", list(GEWERBEGRUPPEN), years),
        ("businesses_added", groups_total, flow_years), ("businesses_removed", groups_total, flow_years),
        ("businesses_b2", [TOTAL], years), ("businesses_b2_added", [TOTAL], flow_years),
        ("businesses_b2_removed", [TOTAL], flow_years),
        ("businesses_aet", [TOTAL], years), ("businesses_aet_added", [TOTAL], flow_years),
        ("businesses_aet_removed", [TOTAL], flow_years),
    ]
    if has_birth:
        specs += [(f"owners_{b}", groups_total, years) for b in BANDS]
    for ind, groups, ys in specs:
        for a in districts:
            for g in groups:
                for y in ys:
                    grid.append((a, y, ind, g))
    full = pd.DataFrame(grid, columns=["area_code", "year", "indicator", "gewerbegruppe"])
    if values.empty:
        full["value"] = 0.0
    else:
        values = values.astype({"year": "int64"})
        full = full.merge(values, on=["area_code", "year", "indicator", "gewerbegruppe"], how="left")
        full["value"] = full["value"].fillna(0.0).astype("float64")
    full["flag"] = None
    full["flag_meaning"] = None
    return full[VALUE_COLUMNS].sort_values(["area_code", "indicator", "gewerbegruppe", "year"]).reset_index(drop=True)
