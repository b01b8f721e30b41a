"""The whole estimate pipeline: totals -> Germany by group -> seeds -> IRMD calibration -> IPF -> rounding.

``build()`` is deterministic (no randomness anywhere) and returns the fitted group table with the
diagnostics used by the tests and by ESTIMATE.md; :func:`committed_table` turns it into the table that is
committed as ``resources/data/estimate_gewerbegruppen.csv``: columns area_code, year, gewerbegruppe,
indicator, value, kind, dataset. Besides the seven groups it holds each area's total (``insgesamt``),
and every row says what it is (the file mixes kinds, so the kind travels per value):

* ``official`` / ``handwerkszaehlung``: the totals 2010–2014 (Handwerkszählung 53111-01-01-4, exact);
* ``published`` / ``handwerk_gewerbegruppen_destatis``: later totals reproduced exactly from a figure
  published to the unit (Sachsen 2022, Sachsen-Anhalt 2016 and 2021, Thüringen 2016);
* ``estimate`` / ``estimate_gewerbegruppen``: every value per Gewerbegruppe and every other total
  (extrapolated, or fitted to a rounded press figure, which it meets only within its rounding).
"""

from __future__ import annotations

import io
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import pandas as pd

import resources
from core.datastore import GEWERBEGRUPPEN
from core.estimate.germany import germany_groups
from core.estimate.ipf import ipf, round_preserving_sum
from core.estimate.margins import (
    INDICATORS,
    STUDY_BASE_YEAR,
    STUDY_YEAR,
    Margin,
    chamber_betriebe,
    dg_group_figures,
    official_totals,
    published_totals,
    study_margins,
)
from core.estimate.structure import (
    QUALITATIVE,
    Calibration,
    chamber_factor,
    irmd_group_totals,
    lq_ost,
    modulation,
    shares,
)
from core.estimate.totals import DG, STATES, area_totals
from core.regions import Region, load_region

YEARS: tuple[int, ...] = tuple(range(2010, 2023))
REGION_CODE = "IRMD"  # the study's region; the estimate is calibrated to it
FILE_NAME = "estimate_gewerbegruppen.csv"
COLUMNS = ["area_code", "year", "gewerbegruppe", "indicator", "value"]
COMMITTED_COLUMNS = [*COLUMNS, "kind", "dataset"]
TOTAL = "insgesamt"
DATASET = "estimate_gewerbegruppen"


@dataclass
class Estimate:
    frame: pd.DataFrame  # the committed table (integers)
    totals: dict[tuple[str, str], dict[int, int]]  # rounded area totals
    irmd_groups: dict[str, np.ndarray]  # unrounded IRMD group totals (groups x years)
    calibration: Calibration
    ipf_max_error: float


def build(region: Region | None = None) -> Estimate:
    region = region or load_region(REGION_CODE)
    years = list(YEARS)
    raw = area_totals(region, years)
    totals = {k: {y: int(round(v[y])) for y in years} for k, v in raw.items()}

    def vec(area: str, ind: str) -> np.ndarray:
        return np.array([totals[(area, ind)][y] for y in years], dtype=float)

    dg = germany_groups({ind: {y: float(totals[(DG, ind)][y]) for y in years} for ind in INDICATORS}, years)
    rows: list[tuple[str, int, str, str, int]] = []

    def emit(area: str, ind: str, table: np.ndarray) -> None:
        for j, y in enumerate(years):
            vals = round_preserving_sum(table[:, j], totals[(area, ind)][y])
            for gi, g in enumerate(GEWERBEGRUPPEN):
                rows.append((area, y, g, ind, int(vals[gi])))

    for ind in INDICATORS:
        emit(DG, ind, dg[ind])

    ost = lq_ost()
    districts = region.district_codes
    pis = {(d, ind): shares(ost * modulation(d), dg[ind]) for d in districts for ind in INDICATORS}
    seed_totals = {ind: sum(pis[(d, ind)] * vec(d, ind)[None, :] for d in districts) for ind in INDICATORS}
    irmd_totals = {ind: sum(vec(d, ind) for d in districts) for ind in INDICATORS}
    groups, calib = irmd_group_totals(seed_totals, irmd_totals, dg, years)  # type: ignore[arg-type]

    max_err = 0.0
    for ind in INDICATORS:
        fitted = np.zeros((len(districts), len(GEWERBEGRUPPEN), len(years)))
        for j in range(len(years)):
            seed = np.array([pis[(d, ind)][:, j] * vec(d, ind)[j] for d in districts])
            res = ipf(seed, np.array([vec(d, ind)[j] for d in districts]), groups[ind][:, j])
            if not res.converged:
                raise RuntimeError(f"IPF did not converge ({ind}, {years[j]}): {res.max_rel_error}")
            max_err = max(max_err, res.max_rel_error)
            fitted[:, :, j] = res.table
        for i, d in enumerate(districts):
            emit(d, ind, fitted[i])
        # states = their IRMD districts (fitted above) + the rest of the state with the state's seed
        b2019 = {s: raw[(s, "businesses")][2019] for s in STATES}
        for s in STATES:
            inside = [i for i, d in enumerate(region.districts) if d.state == s]
            rest = vec(s, ind) - sum((vec(districts[i], ind) for i in inside), np.zeros(len(years)))
            if (rest < 0).any():
                raise RuntimeError(f"districts exceed the state total of {s}")
            rho = ost * modulation(s) * chamber_factor(s, b2019)
            table = shares(rho, dg[ind]) * rest[None, :] + fitted[inside].sum(axis=0)
            emit(s, ind, table)

    frame = pd.DataFrame(rows, columns=["area_code", "year", "gewerbegruppe", "indicator", "value"])
    frame = (
        frame[COLUMNS].sort_values(["area_code", "year", "indicator", "gewerbegruppe"]).reset_index(drop=True)
    )
    return Estimate(frame=frame, totals=totals, irmd_groups=groups, calibration=calib, ipf_max_error=max_err)


# -- the committed table: groups and totals, each row with its kind -------------------------------
def total_kinds() -> dict[tuple[str, int, str], tuple[str, str]]:
    """(area, year, indicator) -> (kind, dataset) of the totals that are not our estimate: the official
    Handwerkszählung 2010–2014 and the later totals published to the unit (tolerance 0)."""
    out: dict[tuple[str, int, str], tuple[str, str]] = {}
    for m in published_totals():
        if m.tolerance == 0 and m.source.startswith("handwerk_gewerbegruppen_destatis"):
            out[(m.area_code, m.year, m.indicator)] = ("published", "handwerk_gewerbegruppen_destatis")
    for m in official_totals():
        out[(m.area_code, m.year, m.indicator)] = ("official", "handwerkszaehlung")
    return out


def committed_table(est: Estimate) -> pd.DataFrame:
    """The group rows (kind ``estimate``) plus one total row per area, year and indicator with the kind
    of that total (see the module docstring). The totals equal the sum of the groups."""
    groups = est.frame[COLUMNS].copy()
    groups["kind"] = "estimate"
    groups["dataset"] = DATASET
    known = total_kinds()
    rows = []
    for (area, ind), by_year in est.totals.items():
        for year in YEARS:
            kind, dataset = known.get((area, year, ind), ("estimate", DATASET))
            rows.append((area, year, TOTAL, ind, int(by_year[year]), kind, dataset))
    totals = pd.DataFrame(rows, columns=COMMITTED_COLUMNS)
    out = pd.concat([groups, totals], ignore_index=True)
    return out.sort_values(["area_code", "year", "indicator", "gewerbegruppe"]).reset_index(drop=True)


def group_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Only the rows per Gewerbegruppe (drops the ``insgesamt`` rows of the committed table)."""
    return frame[frame["gewerbegruppe"] != TOTAL] if "gewerbegruppe" in frame else frame


# -- serialisation ------------------------------------------------------------------------------
def to_csv_text(frame: pd.DataFrame) -> str:
    buf = io.StringIO()
    cols = COMMITTED_COLUMNS if "kind" in frame.columns else COLUMNS
    frame[cols].to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def default_path() -> Path:
    return resources.path("data", FILE_NAME)


def write(frame: pd.DataFrame, path: Path | None = None) -> Path:
    """Write atomically (temp file + replace): never a half-written CSV."""
    path = path or default_path()
    text = to_csv_text(frame)
    fd, tmp = tempfile.mkstemp(prefix=".estimate-", suffix=".csv", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)  # a bundled data file, readable by all (mkstemp creates 0600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def is_current(path: Path | None = None) -> bool:
    path = path or default_path()
    return path.exists() and path.read_text(encoding="utf-8") == to_csv_text(committed_table(build()))


# -- diagnostics --------------------------------------------------------------------------------
@dataclass(frozen=True)
class MarginCheck:
    margin: Margin
    achieved: float

    @property
    def error(self) -> float:
        return self.achieved - self.margin.value

    @property
    def ok(self) -> bool:
        return abs(self.error) <= self.margin.tolerance + 1e-9


def _value(frame: pd.DataFrame, area: str, year: int, ind: str, group: str | None = None) -> float:
    frame = group_rows(frame)
    f = frame[(frame.area_code == area) & (frame.year == year) & (frame.indicator == ind)]
    if group is not None:
        f = f[f.gewerbegruppe == group]
    return float(f.value.sum())


def irmd_table(frame: pd.DataFrame, region: Region | None = None) -> pd.DataFrame:
    """IRMD = sum of its districts: rows (year, indicator), columns groups."""
    region = region or load_region(REGION_CODE)
    frame = group_rows(frame)
    f = frame[frame.area_code.isin(region.district_codes)]
    return f.pivot_table(index=["year", "indicator"], columns="gewerbegruppe", values="value", aggfunc="sum")[
        list(GEWERBEGRUPPEN)
    ]


def irmd_row(table: pd.DataFrame, year: int, indicator: str) -> pd.Series:
    """One (year, indicator) row of :func:`irmd_table`: values per group."""
    return cast(pd.Series, table.loc[(year, indicator)])


def location_quotients(
    frame: pd.DataFrame, year: int = STUDY_YEAR, indicator: str = "employees"
) -> dict[str, float]:
    """LQ_g = (E_g,IRMD / E_IRMD) / (E_g,DE / E_DE)."""
    irmd = irmd_row(irmd_table(frame), year, indicator)
    frame = group_rows(frame)
    dg = frame[(frame.area_code == DG) & (frame.year == year) & (frame.indicator == indicator)].set_index(
        "gewerbegruppe"
    )["value"]
    return {g: float((irmd[g] / irmd.sum()) / (dg[g] / dg.sum())) for g in GEWERBEGRUPPEN}


def margin_checks(frame: pd.DataFrame) -> list[MarginCheck]:
    """Every figure the estimate was fitted to, with the value the committed table reproduces."""
    out = []
    for m in (*official_totals(), *published_totals()):
        out.append(MarginCheck(m, _value(frame, m.area_code, m.year, m.indicator)))
    for m in dg_group_figures():
        if m.year not in YEARS:
            continue
        if m.measure == "level":
            out.append(MarginCheck(m, _value(frame, DG, m.year, m.indicator, m.gewerbegruppe)))
        elif m.measure == "per_business":
            e = _value(frame, DG, m.year, "employees", m.gewerbegruppe)
            b = _value(frame, DG, m.year, "businesses", m.gewerbegruppe)
            out.append(MarginCheck(m, e / b))
    irmd = irmd_table(frame)
    for m in study_margins():
        row = irmd_row(irmd, m.year, m.indicator)
        if m.measure == "share":
            achieved = row[m.gewerbegruppe] / row.sum()
        elif m.measure == "share_minus_dg":
            dg_share = _value(frame, DG, m.year, m.indicator, m.gewerbegruppe) / _value(
                frame, DG, m.year, m.indicator
            )
            achieved = row[m.gewerbegruppe] / row.sum() - dg_share
        else:  # change
            base = irmd_row(irmd, int(m.base_year or 0), m.indicator)[m.gewerbegruppe]
            achieved = row[m.gewerbegruppe] / base - 1
        out.append(MarginCheck(m, float(achieved)))
    return out


def qualitative_checks(frame: pd.DataFrame) -> list[tuple[str, float, bool]]:
    """The study's qualitative findings as (finding, value, holds) on the committed table."""
    lq = location_quotients(frame)
    irmd = irmd_table(frame)
    out = []
    for b in QUALITATIVE:
        g = GEWERBEGRUPPEN[b.group]
        if b.measure == "lq":
            v = lq[g]
        else:
            v = (
                irmd_row(irmd, STUDY_YEAR, b.indicator)[g] / irmd_row(irmd, STUDY_BASE_YEAR, b.indicator)[g]
                - 1
            )
        ok = (b.low is None or v >= b.low - 1e-3) and (b.high is None or v <= b.high + 1e-3)
        out.append((b.finding, float(v), ok))
    leb = lq["Lebensmittelgewerbe"]
    out.append(("Lebensmittel „den schwächsten Lokalisationsfaktor“", leb, leb == min(lq.values())))
    return out


def chamber_comparison(
    frame: pd.DataFrame,
) -> list[tuple[str, float, tuple[str, str], tuple[int, int], float]]:
    """Change of the chamber Betriebe against the change of the estimated Unternehmen of the
    chamber's IRMD districts (HWK Halle: the 5 Sachsen-Anhalt districts, which are most but not all
    of its area; HWK zu Leipzig: its 3 districts). Only a plausibility comparison: different counts."""
    region = load_region(REGION_CODE)
    betr = {(c, d): v for c, d, v in chamber_betriebe()}
    out = []
    for label, chamber, d0, d1 in (
        ("HWK Halle", "HWK-H", "2011-12-31", "2016-12-31"),
        ("HWK Halle", "HWK-H", "2016-12-31", "2021-12-31"),
        ("HWK zu Leipzig", "HWK-L", "2010-12-31", "2012-12-31"),
        ("HWK zu Leipzig", "HWK-L", "2012-12-31", "2022-12-31"),
    ):
        if (chamber, d0) not in betr:
            continue
        y0, y1 = int(d0[:4]), int(d1[:4])
        if (chamber, d1) in betr:
            v1 = betr[(chamber, d1)]
        else:  # HWK-L: 2023-12-31 is the next published count; compare over 2012-2023 scaled to 10 years
            v1 = betr[(chamber, "2012-12-31")] * (
                betr[(chamber, "2023-12-31")] / betr[(chamber, "2012-12-31")]
            ) ** (10 / 11)
        areas = [d.ags for d in region.districts if d.chamber == chamber]
        frame = group_rows(frame)
        f = frame[(frame.indicator == "businesses") & frame.area_code.isin(areas)].groupby("year").value.sum()
        out.append((label, v1 / betr[(chamber, d0)] - 1, (d0, d1), (y0, y1), float(f[y1] / f[y0] - 1)))
    return out


def report(est: Estimate) -> str:
    """Markdown table of every margin with target, tolerance and achieved value."""
    lines = [
        "| margin | kind | target | tolerance | achieved | error | ok |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in margin_checks(est.frame):
        m = c.margin
        fmt = "{:.4f}" if m.measure in ("share", "change", "share_minus_dg", "per_business") else "{:,.0f}"
        lines.append(
            f"| {m.key} | {m.kind} | {fmt.format(m.value)} | {fmt.format(m.tolerance)} | "
            f"{fmt.format(c.achieved)} | {fmt.format(c.error)} | {'yes' if c.ok else 'NO'} |"
        )
    lines.append("")
    lines.append("| qualitative finding (2018, employees) | value | holds |")
    lines.append("|---|---|---|")
    for finding, v, ok in qualitative_checks(est.frame):
        lines.append(f"| {finding} | {v:.3f} | {'yes' if ok else 'NO'} |")
    lines.append("")
    lines.append("| chamber trend (Betriebe, A+B1+B2; comparison only) | chamber | estimate (Unternehmen) |")
    lines.append("|---|---|---|")
    for label, chamber, (a, b), (ya, yb), region_part in chamber_comparison(est.frame):
        lines.append(f"| {label} {ya}→{yb} | {chamber:+.1%} | {region_part:+.1%} ({a}→{b}) |")
    lq = location_quotients(est.frame)
    lines.append("")
    lines.append("| group | LQ 2018 (employees) | ln LQ |")
    lines.append("|---|---|---|")
    for g, v in lq.items():
        lines.append(f"| {g} | {v:.3f} | {math.log(v):+.3f} |")
    return "\n".join(lines)
