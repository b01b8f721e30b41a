"""Forecast „mit Maßnahmen“: the expected effects of tracker measures as per-year parameter paths, and what
each measure is worth.

Layer on top of :class:`core.forecast.model.ForecastModel` (the model only learned to take a parameter as
an array over district × group × year). For a scenario's resolved values ``p`` and a set of effects E:

    path_k[d, g, t] = clip(p_k[g] + Σ_{e ∈ E, key(e) = k} δ_e · ramp_e(t) · [d ∈ D_e] · [g ∈ G_e], min_k, max_k)

with ``ramp_e`` from :func:`core.tracker.effects.ramp_value` (linear from the start year to full effect;
D_e, G_e = chosen districts/groups, all if none chosen). The clip keeps every value inside the registry's
plausible range (several effects on the same parameter can otherwise add up beyond it).

Contribution of measure m in year y (area and groups as chosen, gap = demand − supply):

    c_m(y) = gap_y(all measures except m) − gap_y(all measures)

positive = the measure closes part of the gap. With one measure this is exactly gap without − gap with
measures; with several, effects interact (the model is multiplicative and values are clipped), so the
contributions need not add up: the waterfall shows the rest as a bar of its own („Wechselwirkungen“).

Speed: every effect's δ·ramp·mask array is built once and cached; a recompute adds the arrays to the base
values (sum of all minus one for the contributions), so 30 effects cost about one model run each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.forecast import parameters
from core.forecast.model import PATH_KEYS, ForecastModel, ForecastResult
from core.tracker.effects import split_list
from core.tracker.model import parse_status
from core.tracker.seed import by_number

DEFAULT_STATUSES = ("geplant", "in Umsetzung", "umgesetzt")
REPORT_YEARS = (2030, 2035, 2040)


@dataclass(frozen=True)
class Effect:
    """One expected effect (a row of ``tracker_effects``)."""

    id: str
    item_id: str
    param: str
    delta: float
    start_year: int
    full_year: int
    districts: tuple[str, ...] = ()  # AGS keys; empty = all districts
    groups: tuple[str, ...] = ()  # Gewerbegruppen; empty = all groups
    reason: str = ""
    source: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Effect:
        start = int(row["start_year"])
        return cls(
            id=str(row["id"]),
            item_id=str(row["item_id"]),
            param=str(row["param"]),
            delta=float(row["delta"]),
            start_year=start,
            full_year=int(row["full_year"]) if row.get("full_year") is not None else start,
            districts=split_list(row.get("districts")),
            groups=split_list(row.get("groups")),
            reason=str(row.get("reason") or ""),
            source=str(row.get("source") or ""),
        )

    def ramp(self, years: np.ndarray) -> np.ndarray:
        """Share of δ in effect per year: (t − start + 1) / (full − start + 1), clipped to 0…1."""
        n = self.full_year - self.start_year + 1
        return np.clip((np.asarray(years, dtype=float) - self.start_year + 1) / n, 0.0, 1.0)

    def to_json(self) -> dict[str, Any]:
        p = parameters.REGISTRY.get(self.param) or next(
            (q for q in parameters.REGISTRY.values() if q.key.split(":", 1)[0] == self.param), None
        )
        return {
            "id": self.id,
            "param": self.param,
            "label": (p.label_de.rsplit(" – ", 1)[0] if p and p.group else p.label_de) if p else self.param,
            "unit": p.unit if p else "",
            "delta": self.delta,
            "from": self.start_year,
            "full_by": self.full_year,
            "districts": list(self.districts),
            "groups": list(self.groups),
            "reason": self.reason,
            "source": self.source,
        }


@dataclass(frozen=True)
class Measure:
    """A tracker item (recommendation or measure) with its effects."""

    id: str
    code: str
    kind: str  # recommendation | measure
    title: str
    status: str
    effects: tuple[Effect, ...]
    title_en: str = ""

    def label(self, lang: str = "de") -> str:
        return f"{self.code} {self.title_en if lang == 'en' and self.title_en else self.title}"


def measures_from_tracker(tracker: Any, statuses: Iterable[str] | None = DEFAULT_STATUSES) -> list[Measure]:
    """Items (tracker order) in one of ``statuses`` (None = every status) with at least one effect."""

    wanted = None if statuses is None else set(statuses)
    by_item: dict[str, list[Effect]] = {}
    for row in tracker.effects():
        by_item.setdefault(row["item_id"], []).append(Effect.from_row(row))
    out = []
    for r in tracker.items():
        if r["id"] not in by_item or (wanted is not None and r["status"] not in wanted):
            continue
        title_en = by_number(r["number"]).title_en if r["kind"] == "recommendation" else ""
        out.append(Measure(r["id"], r["code"], r["kind"], r["title"], r["status"], tuple(by_item[r["id"]]),
                           title_en))
    return out


@dataclass(frozen=True)
class WaterfallStep:
    kind: str  # "start" (gap without measures) | "measure" | "interaction" | "end" (gap with measures)
    label: str
    value: float  # start/end: the gap; measure/interaction: the change of the gap (−contribution)
    measure_id: str = ""


@dataclass
class Evaluation:
    """Scenario without and with measures for one area and a set of groups, plus each measure's worth.

    Gap arrays are (selected groups, report years); ``rest[m]`` is the gap with every measure except m."""

    without: ForecastResult
    with_measures: ForecastResult
    measures: list[Measure]
    area: str | None
    groups: list[str]
    years: tuple[int, ...]  # report years inside the horizon
    gaps_without: np.ndarray
    gaps_with: np.ndarray
    rest: dict[str, np.ndarray] = field(default_factory=dict)

    def _year(self, year: int) -> int:
        return self.years.index(year)

    @property
    def gap_without(self) -> dict[int, float]:
        """Gap without measures per report year, summed over the groups."""
        return {y: float(self.gaps_without[:, k].sum()) for k, y in enumerate(self.years)}

    @property
    def gap_with(self) -> dict[int, float]:
        return {y: float(self.gaps_with[:, k].sum()) for k, y in enumerate(self.years)}

    @property
    def contributions(self) -> dict[str, dict[int, float]]:
        """Measure id -> year -> contribution (summed over the groups)."""
        return {
            mid: {y: float((r[:, k] - self.gaps_with[:, k]).sum()) for k, y in enumerate(self.years)}
            for mid, r in self.rest.items()
        }

    def contributions_by_group(self, decimals: int | None = None) -> dict[str, dict[str, dict[int, float]]]:
        """Measure id -> group -> year -> contribution. With ``decimals`` each is the difference of the two
        gaps as rounded for display (so it equals the difference of the shown gaps exactly)."""
        out: dict[str, dict[str, dict[int, float]]] = {}
        for mid, r in self.rest.items():
            a, b = (r, self.gaps_with) if decimals is None else (np.round(r, decimals), np.round(self.gaps_with,
                                                                                                decimals))
            d = a - b
            out[mid] = {
                g: {y: float(round(d[j, k], decimals) if decimals is not None else d[j, k])
                    for k, y in enumerate(self.years)}
                for j, g in enumerate(self.groups)
            }
        return out

    def closed(self, year: int) -> float:
        """How much the measures reduce the gap in ``year`` (gap without − gap with)."""
        return self.gap_without[year] - self.gap_with[year]

    def waterfall(self, year: int, lang: str = "de") -> list[WaterfallStep]:
        """Gap without measures → one step per measure (−contribution) → interactions → gap with measures."""
        k = self._year(year)
        without = float(self.gaps_without[:, k].sum())
        with_ = float(self.gaps_with[:, k].sum())
        steps = [WaterfallStep("start", "ohne Maßnahmen" if lang != "en" else "without measures", without)]
        total = 0.0
        for m in self.measures:
            c = float((self.rest[m.id][:, k] - self.gaps_with[:, k]).sum())
            total += c
            steps.append(WaterfallStep("measure", m.label(lang), -c, m.id))
        residual = (with_ - without) + total
        if abs(residual) >= 0.05:
            steps.append(
                WaterfallStep("interaction", "Wechselwirkungen" if lang != "en" else "interactions", residual)
            )
        steps.append(WaterfallStep("end", "mit Maßnahmen" if lang != "en" else "with measures", with_))
        return steps


class MeasureModel:
    """A :class:`ForecastModel` plus the effects of measures (see module docstring)."""

    def __init__(self, model: ForecastModel) -> None:
        self.model = model
        self.years = model.years
        self.districts = list(model.inputs.districts)
        self.groups = list(model.inputs.groups)
        self._shape = (len(self.districts), len(self.groups), len(self.years))
        self._cache: dict[Effect, np.ndarray] = {}
        self._group_keys = {
            base: [parameters.group_key(base, g) for g in self.groups]
            for base in PATH_KEYS
            if parameters.group_key(base, self.groups[0]) in parameters.REGISTRY
        }

    # -- paths -----------------------------------------------------------------------------------
    def effect_array(self, e: Effect) -> np.ndarray:
        """δ · ramp(t) · [d chosen] · [g chosen] as (D, G, T); cached per effect (effects are frozen)."""
        arr = self._cache.get(e)
        if arr is None:
            dmask = np.array([not e.districts or d in e.districts for d in self.districts], dtype=float)
            gmask = np.array([not e.groups or g in e.groups for g in self.groups], dtype=float)
            arr = e.delta * dmask[:, None, None] * gmask[None, :, None] * e.ramp(self.years)[None, None, :]
            if len(self._cache) > 4096:  # edited effects leave old entries behind
                self._cache.clear()
            self._cache[e] = arr
        return arr

    def _base(self, p: Mapping[str, float], key: str) -> np.ndarray:
        """Base values of a parameter as (1, G, 1) (per-group) or a scalar array (global)."""
        keys = self._group_keys.get(key)
        if keys is None:
            return np.asarray(p[key], dtype=float)
        return np.array([p[k] for k in keys])[None, :, None]

    def _limits(self, key: str) -> tuple[np.ndarray | float, np.ndarray | float]:
        keys = self._group_keys.get(key)
        if keys is None:
            q = parameters.REGISTRY[key]
            return q.min, q.max
        lo = np.array([parameters.REGISTRY[k].min for k in keys])[None, :, None]
        hi = np.array([parameters.REGISTRY[k].max for k in keys])[None, :, None]
        return lo, hi

    def sums(self, effects: Iterable[Effect]) -> dict[str, np.ndarray]:
        """Σ of the effect arrays per parameter key (unclipped, without the base)."""
        out: dict[str, np.ndarray] = {}
        for e in effects:
            if e.param not in PATH_KEYS:
                continue  # a key the model no longer knows (registry changed): no effect
            a = self.effect_array(e)
            out[e.param] = out[e.param] + a if e.param in out else a.copy()
        return out

    def paths(self, p: Mapping[str, float], sums: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Base + Σ effects, clipped to the plausible range, as (D, G, T) per key."""
        out = {}
        for key, s in sums.items():
            lo, hi = self._limits(key)
            out[key] = np.clip(self._base(p, key) + s, lo, hi)
        return out

    def compute(self, p: dict[str, float], effects: Iterable[Effect], scenario: str = "") -> ForecastResult:
        """The model for resolved values ``p`` with ``effects`` applied."""
        return self.model.compute_resolved(p, scenario, self.paths(p, self.sums(effects)))

    # -- evaluation ------------------------------------------------------------------------------
    def evaluate(
        self,
        p: dict[str, float],
        measures: Sequence[Measure],
        area: str | None = None,
        groups: Sequence[str] | None = None,
        scenario: str = "",
        years: Sequence[int] = REPORT_YEARS,
    ) -> Evaluation:
        """Without and with all ``measures``, and every measure's contribution (leave one out)."""
        gsel = list(groups) if groups else list(self.groups)
        gi = [self.groups.index(g) for g in gsel]
        yrs = tuple(y for y in years if int(self.years[0]) < y <= int(self.years[-1]))
        ti = [int(np.nonzero(self.years == y)[0][0]) for y in yrs]
        without = self.model.compute_resolved(p, scenario)
        all_effects = [e for m in measures for e in m.effects]
        total = self.sums(all_effects)
        per_key: dict[str, int] = {}
        for e in all_effects:
            per_key[e.param] = per_key.get(e.param, 0) + 1
        with_all = self.model.compute_resolved(p, scenario, self.paths(p, total))

        def gaps(r: ForecastResult) -> np.ndarray:  # (G_sel, Y)
            return r.area_series(area)["gap"][np.ix_(gi, ti)]

        g_with = gaps(with_all)
        rest_gaps: dict[str, np.ndarray] = {}
        for m in measures:
            rest = dict(total)
            own: dict[str, int] = {}
            for e in m.effects:
                own[e.param] = own.get(e.param, 0) + 1
            for key, s in self.sums(m.effects).items():
                if own[key] == per_key[key]:
                    del rest[key]  # no other measure moves this parameter: exactly the run without it
                else:
                    rest[key] = total[key] - s
            rest_gaps[m.id] = gaps(self.model.compute_resolved(p, scenario, self.paths(p, rest)))
        return Evaluation(
            without=without,
            with_measures=with_all,
            measures=list(measures),
            area=area,
            groups=gsel,
            years=yrs,
            gaps_without=gaps(without),
            gaps_with=g_with,
            rest=rest_gaps,
        )


def parse_statuses(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """'geplant, in Umsetzung' (German or English names, comma-separated) -> canonical statuses; None/'' ->
    the default (geplant, in Umsetzung, umgesetzt)."""

    if text is None:
        return DEFAULT_STATUSES
    parts = text.split(",") if isinstance(text, str) else list(text)
    out = [parse_status(x) for x in parts if str(x).strip()]
    return tuple(dict.fromkeys(out)) or DEFAULT_STATUSES


def measures_json(ev: Evaluation, decimals: int = 1) -> list[dict[str, Any]]:
    """The ``measures`` field of ``forecast --with-measures --json``: per measure its effects and its
    contribution to the gap in 2030/2035/2040 (keys as strings; None outside the horizon), summed over the
    chosen groups and per group. Each contribution is the difference of the gaps as rounded in the JSON, so
    with one measure it equals gap without − gap with measures of the output exactly."""
    by_group = ev.contributions_by_group(decimals)
    out = []
    for m in ev.measures:
        per_group = {
            g: {str(y): by_group[m.id][g].get(y) for y in REPORT_YEARS} for g in ev.groups
        }
        total = {
            str(y): (round(sum(by_group[m.id][g][y] for g in ev.groups), decimals) if y in ev.years else None)
            for y in REPORT_YEARS
        }
        out.append({
            "id": m.id,
            "code": m.code,
            "kind": m.kind,
            "title": m.title,
            "title_en": m.title_en or m.title,
            "status": m.status,
            "effects": [e.to_json() for e in m.effects],
            "contribution": total,
            "contribution_by_group": per_group,
        })
    return out
