"""The Excel workbook builder: one sheet per table, then "Quellen" and "Annahmen".

Each sheet comes from a small builder in ``SHEET_BUILDERS`` that asks core for its result and hands
it to a pure table function in ``core.export.sheets``. A builder without data raises
:class:`core.export.skip.SheetSkipped`; the workbook is written without that sheet and the reason is
reported (``ExportResult.skipped``). No Qt here: the CLI and the GUI worker share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from openpyxl import Workbook

from core import apprenticeships as ap
from core import breaks as comparability
from core import group_data, portfolio, survey, swot
from core.atomic_file import write_buffered
from core.chamber_check import chamber_counts, summary_line
from core.datastore import DataStore
from core.errors import HandwerksmonitorError
from core.export import print_setup, styles
from core.export.sheet_names import safe_sheet_name
from core.export.sheets import forecast as fc_sheet
from core.export.sheets import measures as ms_sheet
from core.export.sheets import tracker as tr_sheet
from core.export.sheets.groups import groups_table
from core.export.sheets.portfolio import add_bubble_chart, portfolio_table
from core.export.sheets.profile import add_line_chart, profile_table, series_table
from core.export.sheets.register import register_table
from core.export.sheets.sources import sources_table, write_appendix
from core.export.sheets.study import (
    SwotRow,
    add_survey_chart,
    add_survey_meta,
    apprenticeship_table,
    passage,
    recommendation_links,
    seed_items,
    survey_table,
    swot_table,
    wrap_columns,
)
from core.export.skip import SheetSkipped
from core.export.sources_log import SourceLog
from core.export.table import SheetTable, TableRange, write_table
from core.profile import DistrictProfile, district_profile

Progress = Callable[[int, int], None]


@dataclass
class ExportRequest:
    districts: list[str] = field(default_factory=list)  # AGS codes; empty = all districts
    scenario: str | None = None  # None = every scenario
    start: int = 2010  # portfolio period
    end: int = 2018
    include_region: bool = True  # add the region total next to the districts
    user_con: Any = None  # the user database (saved scenarios, tracker); None = built-ins only


@dataclass
class ExportResult:
    path: Path | None
    sheets: list[str]
    skipped: list[tuple[str, str]]  # (sheet, reason)


@dataclass
class BuildState:
    """What the builders share while one workbook is being built."""

    wb: Workbook
    store: DataStore
    request: ExportRequest
    log: SourceLog = field(default_factory=SourceLog)
    cache: dict[str, Any] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)
    tables: list[tuple[Any, SheetTable, TableRange]] = field(default_factory=list)  # for the page setup

    @property
    def areas(self) -> list[str]:
        codes = self.request.districts or self.store.region.district_codes
        if self.request.include_region and len(codes) > 1:
            codes = [*codes, self.store.region.code]
        return codes

    def add(self, table: SheetTable) -> tuple[Any, TableRange]:
        ws = self.wb.create_sheet(safe_sheet_name(table.name, self.wb.sheetnames))
        rng = write_table(ws, table)
        self.written.append(ws.title)
        self.tables.append((ws, table, rng))
        return ws, rng


def _profiles(st: BuildState) -> list[DistrictProfile]:
    if "profiles" not in st.cache:
        out, errors = [], []
        for code in st.areas:
            try:
                out.append(district_profile(st.store, code))
            except HandwerksmonitorError as exc:
                errors.append(exc.de)
        st.cache["profiles"] = out
        st.cache["profile_errors"] = errors
    profiles: list[DistrictProfile] = st.cache["profiles"]
    if not profiles:
        raise SheetSkipped(_reason(st.cache["profile_errors"]))
    return profiles


def _reason(errors: list[str]) -> str:
    """First error message, plus how many areas failed the same way."""
    if not errors:
        return "keine Daten"
    return errors[0] + (f" (und {len(errors) - 1} weitere Gebiete)" if len(errors) > 1 else "")


def _source_of(st: BuildState, records: list[dict[str, Any]]) -> str:
    st.log.add_records(records)
    return st.log.label([r["id"] for r in records])


def build_profile(st: BuildState) -> None:
    profiles = _profiles(st)
    recs = [r for p in profiles for r in p.sources]
    st.add(profile_table(profiles, _source_of(st, recs)))


def build_groups(st: BuildState) -> None:
    profiles = [p for p in _profiles(st) if p.groups]
    recs = [r for p in profiles for r in p.sources]
    st.add(groups_table(profiles, _source_of(st, recs)))


def build_register(st: BuildState) -> None:
    profiles = [p for p in _profiles(st) if p.owners or p.register]
    if not profiles:
        raise SheetSkipped("kein Kammerregister importiert")
    recs = [r for p in profiles for r in p.sources if r.get("kind") == "register"]
    st.add(register_table(profiles, _source_of(st, recs)))


def _series_sheet(st: BuildState, indicator: str, name: str, title: str, fmt: str, y_title: str) -> None:
    region = st.store.region
    series, kinds, ids = {}, {}, []
    for code in st.areas:
        rows = st.store.facts_rows(code, indicator)  # (year, value, kind, dataset, flag), no DataFrame
        if not rows:
            continue
        label = region.area_name(code)
        series[label] = {int(y): float("nan") if v is None else float(v) for y, v, *_ in rows}
        kinds[label] = "estimate" if any(r[2] == "estimate" for r in rows) else str(rows[0][2])
        ids += [p for r in rows if r[3] is not None for p in str(r[3]).split(",")]
    if not series:
        raise SheetSkipped(f"keine Daten für {indicator}")
    st.log.add(ids)
    years = sorted({y for ser in series.values() for y in ser})
    scope = ["population"] if indicator.startswith("population") else ["all"]
    crossed = comparability.in_span(years[0], years[-1], scope, st.store)
    ws, rng = st.add(series_table(name, title, series, kinds, st.log.label(sorted(set(ids))), fmt, crossed))
    # The region total (last column) would flatten the districts' lines: the chart shows districts only.
    with_region = region.area_name(region.code) in series and len(series) > 1
    add_line_chart(ws, rng, f"{title} – Kreise", y_title, max_col=rng.n_cols - 1 if with_region else None)


def build_population(st: BuildState) -> None:
    _series_sheet(st, "population", "Bevölkerung", "Bevölkerung am 31.12.", styles.INT, "Einwohner")


def build_businesses(st: BuildState) -> None:
    _series_sheet(
        st,
        "businesses",
        "Handwerksunternehmen",
        "Handwerksunternehmen (Handwerkszählung)",
        styles.INT,
        "Unternehmen",
    )


def build_portfolio(st: BuildState) -> None:
    region = st.store.region
    areas = [region.code] + [a for a in st.areas if a != region.code]
    results, errors = [], []
    for code in areas:
        try:
            results.append(portfolio.portfolio_rows(st.store, code, start=st.request.start, end=st.request.end))
        except HandwerksmonitorError as exc:
            errors.append(exc.de)
    if not results:
        raise SheetSkipped(_reason(errors))
    recs = [r for p in results for r in p.sources]
    ws, rng = st.add(portfolio_table(results, _source_of(st, recs)))
    first = results[0]
    add_bubble_chart(
        ws, rng, len(first.rows), f"Portfolio {first.area_name} {first.start}–{first.end} (Schätzung)"
    )


def build_forecast(st: BuildState) -> None:
    area = st.request.districts[0] if len(st.request.districts) == 1 else None
    runs = fc_sheet.collect(st.store, st.request.scenario, area, st.request.user_con)
    for j in runs:
        recs = list(j.get("sources", []))
        ws, rng = st.add(fc_sheet.forecast_table(j, _source_of(st, recs)))
        fc_sheet.add_gap_chart(
            ws, rng, f"Lücke je Gewerbegruppe – {j.get('scenario') or 'Basis'} (Schätzung)", len(j["gap"])
        )
    if runs and runs[0].get("comparison"):
        st.add(fc_sheet.comparison_table(runs[0], _source_of(st, runs[0].get("sources", []))))


def build_tracker(st: BuildState) -> None:
    items, labels, statuses = tr_sheet.collect(st.request.user_con)
    try:
        links = recommendation_links(_swot_items(st)[0])
    except SheetSkipped:  # no SWOT items: the column stays empty
        links = {}
    ws, rng = st.add(tr_sheet.tracker_table(items, labels, swot_links=links))
    tr_sheet.add_status_chart(ws, rng, tr_sheet.status_counts(items, statuses))


def build_measures(st: BuildState) -> None:
    area = st.request.districts[0] if len(st.request.districts) == 1 else None
    data = ms_sheet.collect(st.store, st.request.scenario, area, st.request.user_con)
    recs = list(data.evaluation.with_measures.sources)
    ws, rng = st.add(ms_sheet.measures_table(data, _source_of(st, recs) + "; Wirkungen: Annahmen der Kammern"))
    ms_sheet.add_waterfall(ws, rng, data)


def _swot_items(st: BuildState) -> tuple[list[Any], str]:
    """SWOT items of the user database, or the study's seed without one (cached); and where they are from."""
    if "swot" not in st.cache:
        con = st.request.user_con
        rows, origin = None, "Stand der Studie (keine Nutzerdatenbank geöffnet)"
        if con is not None:
            try:
                rows = [
                    SwotRow(i.id, i.category, i.text, i.source, list(i.recommendations), i.origin or "study")
                    for i in swot.items(con)
                ]
                origin = "mit den Eingaben der Kammer (Nutzerdatenbank)"
            except duckdb.Error:  # an old user database without the SWOT tables
                rows = None
        st.cache["swot"] = (rows if rows is not None else seed_items(), origin)
    swot_rows: tuple[list[Any], str] = st.cache["swot"]
    return swot_rows


def build_swot(st: BuildState) -> None:
    items, origin = _swot_items(st)
    if not items:
        raise SheetSkipped("die SWOT enthält keine Einträge")
    for it in items:
        if it.origin == "study":
            st.log.add_section("study", passage(it.source))
    label = st.log.label(["study"]).removeprefix("Quelle: ")
    ws, rng = st.add(swot_table(items, swot.CATEGORY_LABELS, f"Quelle: {label}; {origin}"))
    wrap_columns(ws, rng, (3, 4))


def build_survey(st: BuildState) -> None:
    results = survey.all_results(st.request.user_con)
    for r in results:
        if r.kind == "study":
            st.log.add_section("study", passage(r.source.get("section", "")))
        elif r.source.get("id"):  # from a chamber import: the import's own provenance record
            st.log.add_records([r.source])
        else:  # entered with the survey form
            rid = f"import:survey:{r.id}"
            rec = {"publisher": "Handwerkskammer (eigene Befragung)", **r.source, "id": rid, "stand": str(r.year)}
            st.log.add_records([rec])
    ws, rng = st.add(survey_table(results, survey.answers("de"), survey.question("de")))
    add_survey_meta(ws, rng, results)
    add_survey_chart(ws, rng, len(results))


def build_apprenticeships(st: BuildState) -> None:
    imported = ap.import_series(st.store, st.request.user_con) if st.request.user_con is not None else []
    series = ap.all_series(st.store, extra=imported)
    if not series:
        raise SheetSkipped("keine Ausbildungszahlen vorhanden")
    ids = ["ausbildung", "handwerk_published"]  # all_series reads the apprentice rows of both files
    st.log.add(ids)
    st.add(apprenticeship_table(series, ap.CHAMBER_NOTE_DE, st.log.label(ids)))


def build_assumptions(st: BuildState) -> None:
    st.add(fc_sheet.assumptions_table(fc_sheet.collect_assumptions(st.request.scenario, st.request.user_con)))


def build_sources(st: BuildState) -> None:
    if not st.log.ids:
        st.log.add([p.id for p in st.store.datasets_used()])
    ws, rng = st.add(sources_table(st.log.records(), st.store.datenstand()))
    areas = [st.store.region.code, *st.areas]
    known = {p.area_code: p.chamber_counts for p in st.cache.get("profiles", [])}  # computed once, with the profiles
    lines: list[str] = []
    for code in dict.fromkeys(areas):
        counts = known[code] if code in known else chamber_counts(st.store, code)
        lines += [summary_line(e) for e in counts if summary_line(e) not in lines]
    write_appendix(ws, rng.last_row + 3, lines)


# (sheet label, builder) in workbook order; "Quellen" comes last so it sees every dataset used.
SHEET_BUILDERS: list[tuple[str, Callable[[BuildState], None]]] = [
    ("Kreisprofil", build_profile),
    ("Bevölkerung", build_population),
    ("Handwerksunternehmen", build_businesses),
    ("Gewerbegruppen", build_groups),
    ("Kammerregister", build_register),
    ("Portfolio", build_portfolio),
    ("Prognose", build_forecast),
    ("Empfehlungen", build_tracker),
    ("Maßnahmenwirkung", build_measures),
    ("SWOT", build_swot),
    ("Befragung", build_survey),
    ("Ausbildung", build_apprenticeships),
    ("Annahmen", build_assumptions),
    ("Quellen", build_sources),
]


def build_workbook(
    store: DataStore, request: ExportRequest | None = None, progress: Progress | None = None
) -> tuple[Workbook, ExportResult]:
    """Build the workbook in memory (nothing written yet)."""
    request = request or ExportRequest()
    wb = Workbook()
    wb.remove(wb.active)
    st = BuildState(wb, store, request)
    skipped: list[tuple[str, str]] = []
    n = len(SHEET_BUILDERS)
    with group_data.pinned(store):  # one pivot of all areas, checked once, shared by every sheet
        for i, (label, builder) in enumerate(SHEET_BUILDERS):
            try:
                builder(st)
            except SheetSkipped as exc:
                skipped.append((label, str(exc)))
            if progress:
                progress(i + 1, n + 1)
    for ws, table, rng in st.tables:  # after the builders: charts and side tables are in place
        print_setup.configure(ws, table.title, table.source, rng.header_row, rng.last_row, rng.n_cols)
    wb.properties.title = "Handwerksmonitor Mitteldeutschland – Export"
    wb.properties.creator = "Handwerksmonitor Mitteldeutschland"
    return wb, ExportResult(None, st.written, skipped)


def export_workbook(
    store: DataStore,
    target: str | Path,
    request: ExportRequest | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Build the workbook and write it atomically to ``target`` (see ``core.atomic_file``)."""
    wb, result = build_workbook(store, request, progress)
    result.path = write_buffered(target, wb.save)
    if progress:
        progress(len(SHEET_BUILDERS) + 1, len(SHEET_BUILDERS) + 1)
    return result
