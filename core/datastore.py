"""Bundled data loaded into an embedded, in-memory DuckDB database (no server, no network).

Every bundled CSV becomes a raw table named after its dataset's ``table`` field in
``resources/data/datasets.json``. From those, one tidy fact table is derived that every indicator,
chart, export and command reads:

    facts(area_code, year, indicator, gewerbegruppe, value, flag, kind, dataset)

``kind`` is the provenance kind of the value itself (official / published / study / estimate /
projection / import / register; ``core.provenance.KINDS``) and ``dataset`` the id of the provenance record
it comes from; a dataset may mix kinds (the estimate file holds official and published totals beside its
estimates), so the kind is stored per row, never looked up per dataset. ``gewerbegruppe`` is ``insgesamt`` for totals. Region aggregates
(e.g. the IRMD total) are sums over the region's districts for additive indicators.

``facts_bundled`` keeps the bundled facts; ``facts`` is bundled facts with the active data version
(imports, see core.imports) laid over them, key by key.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

import resources
from core import csv_schema, prebuilt, provenance

# re-exported (``X as X``): most modules import the group names from here
from core.gewerbegruppen import GEWERBEGRUPPEN as GEWERBEGRUPPEN
from core.gewerbegruppen import GEWERBEGRUPPEN_EN as GEWERBEGRUPPEN_EN
from core.regions import Region, load_region

if TYPE_CHECKING:  # pandas only where a DataFrame is asked for: the profile path needs none
    import pandas as pd

    from core.breaks import Break


TOTAL = "insgesamt"

# Indicators that add up over areas (region totals = sum of districts).
ADDITIVE = {
    "population",
    "population_u15",
    "population_15_64",
    "population_65plus",
    "area_km2",
    "businesses",
    "employees",
    "sv_employees_craft",
    "turnover_teur",
    "sv_employees_total",
    "gdp_meur",
}

_FACT_SQL = """
CREATE OR REPLACE TABLE facts_bundled AS
-- population by broad age group (Eurostat demo_r_pjanaggr3, Stichtag 31.12. of `year`)
SELECT ags AS area_code, year::INTEGER AS year,
       CASE age_group WHEN 'total' THEN 'population' WHEN 'under_15' THEN 'population_u15'
                      WHEN '15_to_64' THEN 'population_15_64' ELSE 'population_65plus' END AS indicator,
       'insgesamt' AS gewerbegruppe, value::DOUBLE AS value, flag, 'official' AS kind, 'population' AS dataset
FROM population WHERE sex = 'total'
UNION ALL
-- area: Gemeindeverzeichnis values (2 decimals) where present, else Eurostat reg_area3
SELECT ags, left(reference_period::VARCHAR, 4)::INTEGER, 'area_km2', 'insgesamt', value::DOUBLE, flag, 'official', 'area'
FROM (SELECT *, row_number() OVER (PARTITION BY ags, left(reference_period::VARCHAR, 4)
                                   ORDER BY CASE WHEN source_id LIKE 'gv_%' THEN 0 ELSE 1 END) AS rn
      FROM area) WHERE rn = 1
UNION ALL
-- official Handwerkszählung (Unternehmen and tätige Personen, Anlage A + B1), 2010-2014
SELECT ags, year::INTEGER,
       CASE indicator WHEN 'unternehmen' THEN 'businesses' WHEN 'taetige_personen' THEN 'employees'
                      WHEN 'sv_beschaeftigte' THEN 'sv_employees_craft' ELSE 'turnover_teur' END,
       'insgesamt', value::DOUBLE, flag, 'official', 'handwerkszaehlung'
FROM handwerkszaehlung
WHERE art = 'insgesamt' AND indicator IN ('unternehmen', 'taetige_personen', 'sv_beschaeftigte', 'umsatz')
UNION ALL
-- SV-Beschäftigte am Arbeitsort, whole economy
SELECT ags, year::INTEGER, 'sv_employees_total', 'insgesamt', value::DOUBLE, flag, 'official', 'sv_beschaeftigte'
FROM sv_beschaeftigte WHERE nationality = 'insgesamt' AND sex = 'insgesamt'
UNION ALL
SELECT ags, year::INTEGER, CASE indicator WHEN 'gdp_current_prices' THEN 'gdp_meur' ELSE 'gdp_per_inhabitant' END,
       'insgesamt', value::DOUBLE, flag, 'official', 'gdp'
FROM gdp WHERE indicator IN ('gdp_current_prices', 'gdp_per_inhabitant')
"""


@dataclass
class LoadReport:
    seconds: float
    tables: dict[str, int]


class DataStore:
    """The analysis database of one region. Thread-safe use: one ``cursor()`` per thread."""

    def __init__(self, region: Region | None = None) -> None:
        self.region = region or load_region()
        self.con = duckdb.connect(":memory:")
        self._lock = threading.Lock()
        # Bumped whenever ``facts`` is rebuilt, so caches of derived tables (core.group_data) know.
        self.facts_version = 0
        # Provenance of non-bundled datasets laid over the facts (imported data versions), by dataset id.
        self.extra_provenance: dict[str, provenance.Provenance] = {}
        # Comparability breaks declared by the imports of the active data version (core.breaks).
        self.extra_breaks: list[Break] = []
        self.prebuilt: Path | None = None  # the prebuilt file the tables came from (None: read the CSVs)
        self.report = self._load()

    # -- loading -------------------------------------------------------------------------------
    def _load(self) -> LoadReport:
        """The raw tables and ``facts_bundled``: from the prebuilt file of these very inputs if there is
        one (core.prebuilt), else from the CSVs (and then saved for the next start); ``facts`` is a copy."""
        t0 = time.perf_counter()
        counts: dict[str, int] = {}
        # The files are small: one thread reads them faster than a pool that has to be coordinated.
        self.con.execute("SET threads = 1")
        key = prebuilt_key()
        self.prebuilt = prebuilt.attach(self.con, key)
        if self.prebuilt is None:
            schema = csv_schema.stored_schema()
            for ds in _csv_datasets():
                path = resources.path("data", ds.file)
                counts[ds.table] = self._load_csv(ds.table, path, csv_schema.columns_for(path, schema.get(ds.file)))
            self.con.execute(_FACT_SQL)
            self._load_estimates()
            prebuilt.save(self.con, [*counts, "facts_bundled"], key)
        else:
            counts = {t: n for t, n in prebuilt.row_counts(self.con).items() if t != "facts_bundled"}
        self.con.execute("CREATE OR REPLACE TABLE facts AS SELECT * FROM facts_bundled")
        self.con.execute("RESET threads")
        self.facts_version += 1
        return LoadReport(time.perf_counter() - t0, counts)

    def _load_csv(self, table: str, path: Path, columns: dict[str, str] | None) -> int:
        """One CSV into a raw table, returns its row count: with the stored column types (no sniffing)
        when they were made from this very file (see core.csv_schema) and still fit its header, else
        with DuckDB's sniffer."""
        header = csv_schema.read_header(path)
        if columns is not None and list(columns) == header:
            try:
                return self._rows_created(self.con.execute(csv_schema.typed_sql(table, columns), [str(path)]))
            except duckdb.Error:
                pass  # cannot happen for the byte-identical file; sniffing is always correct
        return self._rows_created(self.con.execute(csv_schema.sniff_sql(table, header), [str(path)]))

    @staticmethod
    def _rows_created(result: duckdb.DuckDBPyConnection) -> int:
        """CREATE TABLE ... AS answers with the number of rows written (no extra count query)."""
        row = result.fetchone()
        return int(row[0]) if row else 0

    def _load_estimates(self) -> None:
        """Lay the estimated group-by-area table into ``facts_bundled``, each row with its own kind and
        dataset (columns ``kind``/``dataset`` of the file: an estimate file mixes official totals,
        published totals and estimates; without those columns every row is ``estimate``). Rows whose key
        the fact table already holds (the official totals 2010–2014, loaded from the Handwerkszählung
        itself) are not added twice."""
        cat = provenance.bundled_catalog()
        for ds in cat.values():
            if ds.kind == "estimate" and ds.file.endswith(".csv"):
                cols = {r[0] for r in self.con.execute(f'DESCRIBE "{ds.table}"').fetchall()}
                kind = "coalesce(e.kind, 'estimate')" if "kind" in cols else "'estimate'"
                dataset = f"coalesce(e.dataset, '{ds.id}')" if "dataset" in cols else f"'{ds.id}'"
                self.con.execute(
                    f"""INSERT INTO facts_bundled
                        SELECT e.area_code, e.year::INTEGER, e.indicator, e.gewerbegruppe, e.value::DOUBLE, NULL,
                               {kind}, {dataset}
                        FROM "{ds.table}" e
                        ANTI JOIN facts_bundled f
                          ON f.area_code = e.area_code AND f.year = e.year::INTEGER
                         AND f.indicator = e.indicator AND f.gewerbegruppe = e.gewerbegruppe"""
                )

    # -- access --------------------------------------------------------------------------------
    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor for use in a worker thread (DuckDB connections are not thread-safe)."""
        with self._lock:
            return self.con.cursor()

    def query(self, sql: str, params: list[object] | None = None) -> pd.DataFrame:
        with self._lock:
            return self.con.execute(sql, params or []).df()

    def rows(self, sql: str, params: list[object] | None = None) -> list[tuple[Any, ...]]:
        """``query`` as plain tuples, under the same lock: for code that needs no DataFrame (and must
        not import pandas on the start-up path). The only way outside this class to run SQL on the
        shared connection — a worker thread that wants more takes its own ``cursor()``."""
        with self._lock:
            return self.con.execute(sql, params or []).fetchall()

    def series(self, area_code: str, indicator: str, gewerbegruppe: str = TOTAL) -> pd.Series:
        """Values by year for one area (a district, a comparison area or the region code)."""
        df = self.facts_for([area_code], indicator, gewerbegruppe)
        return df.set_index("year")["value"].sort_index()

    def facts_rows(self, area: str, indicator: str, gewerbegruppe: str = TOTAL) -> list[tuple[Any, ...]]:
        """``facts_for`` of one area as plain (year, value, kind, dataset, flag) rows, ordered by year
        (the region code is the sum of its districts): for code that must not import pandas."""
        with self._lock:
            if area == self.region.code:
                if indicator not in ADDITIVE:
                    raise ValueError(f"{indicator} is not additive")
                return self.con.execute(
                    "SELECT year, sum(value), CASE WHEN bool_or(kind = 'estimate') THEN 'estimate' ELSE min(kind) END, "
                    "string_agg(DISTINCT dataset, ','), NULL FROM facts "
                    "WHERE indicator = ? AND gewerbegruppe = ? AND area_code IN (SELECT unnest(?)) "
                    "AND value IS NOT NULL GROUP BY year HAVING count(*) = ? ORDER BY year",
                    [indicator, gewerbegruppe, self.region.district_codes, len(self.region.districts)],
                ).fetchall()
            return self.con.execute(
                "SELECT year, value, kind, dataset, flag FROM facts "
                "WHERE indicator = ? AND gewerbegruppe = ? AND area_code = ? ORDER BY year",
                [indicator, gewerbegruppe, area],
            ).fetchall()

    def facts_for(self, area_codes: list[str], indicator: str, gewerbegruppe: str = TOTAL) -> pd.DataFrame:
        """Rows of ``facts`` for these areas; the region code is expanded to the sum of its districts."""
        frames = []
        direct = [a for a in area_codes if a != self.region.code]
        if direct:
            frames.append(
                self.query(
                    "SELECT area_code, year, value, kind, dataset, flag FROM facts "
                    "WHERE indicator = ? AND gewerbegruppe = ? AND area_code IN (SELECT unnest(?)) "
                    "ORDER BY area_code, year",
                    [indicator, gewerbegruppe, direct],
                )
            )
        if self.region.code in area_codes:
            frames.append(self.region_total(indicator, gewerbegruppe))
        import pandas as pd

        if not frames:
            return pd.DataFrame(columns=["area_code", "year", "value", "kind", "dataset", "flag"])
        return pd.concat(frames, ignore_index=True)

    def region_total(self, indicator: str, gewerbegruppe: str = TOTAL) -> pd.DataFrame:
        """Sum over the region's districts, only for years where every district has a value."""
        if indicator not in ADDITIVE:
            raise ValueError(f"{indicator} is not additive")
        n = len(self.region.districts)
        return self.query(
            "SELECT ? AS area_code, year, sum(value) AS value, "
            f"{provenance.weakest_sql()} AS kind, "
            "string_agg(DISTINCT dataset, ',') AS dataset, NULL AS flag FROM facts "
            "WHERE indicator = ? AND gewerbegruppe = ? AND area_code IN (SELECT unnest(?)) "
            "AND value IS NOT NULL GROUP BY year HAVING count(*) = ? ORDER BY year",
            [self.region.code, indicator, gewerbegruppe, self.region.district_codes, n],
        )

    def datasets_used(self) -> list[provenance.Provenance]:
        with self._lock:  # the window asks while a worker may be querying (a busy connection refuses)
            ids = [r[0] for r in self.con.execute("SELECT DISTINCT dataset FROM facts").fetchall()]
        cat = {**provenance.bundled_catalog(), **self.extra_provenance}
        out = []
        for i in ids:
            for part in str(i).split(","):
                if part in cat and cat[part] not in out:
                    out.append(cat[part])
        return out

    def datenstand(self) -> str:
        """As-of date of the data on screen: the newest 'Stand' of the official datasets used."""
        stands = [p.stand for p in self.datasets_used() if p.kind == "official"]
        return max(stands) if stands else ""


def _csv_datasets() -> list[provenance.Provenance]:
    return [ds for ds in provenance.bundled_catalog().values() if ds.file.endswith(".csv")]


def prebuilt_key() -> str:
    """Key of the prebuilt tables (core.prebuilt): every input file, the loader code, this SQL."""
    files = [resources.path("data", ds.file) for ds in _csv_datasets()]
    files += [resources.path("data", "datasets.json"), resources.path("data", csv_schema.SCHEMA_FILE)]
    code: list[Callable[..., object]] = [DataStore._load_csv, DataStore._load_estimates, csv_schema.typed_sql,
                                         csv_schema.sniff_sql, csv_schema.columns_for, csv_schema.stored_schema]
    return prebuilt.key(files, code, _FACT_SQL)


_default: DataStore | None = None


def default_store() -> DataStore:
    """Process-wide store of the active region (loaded once)."""
    global _default
    if _default is None:
        _default = DataStore()
    return _default
