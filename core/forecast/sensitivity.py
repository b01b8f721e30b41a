"""One-at-a-time sensitivity: each parameter set to the bounds of its plausible range, all others as in
the scenario; reported is the change of the demand–supply gap in the target year (default 2035) for an
area and group(s). Rows come sorted by the largest absolute change (tornado chart order).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from core.forecast import parameters
from core.forecast.model import ForecastModel

TARGET_YEAR = 2035


@dataclass(frozen=True)
class SensitivityRow:
    key: str
    label: str
    unit: str
    low: float  # parameter value at the lower bound of the range
    high: float
    base_value: float
    gap_base: float
    gap_low: float  # gap in the target year with the parameter at ``low``
    gap_high: float

    @property
    def delta_low(self) -> float:
        return self.gap_low - self.gap_base

    @property
    def delta_high(self) -> float:
        return self.gap_high - self.gap_base

    @property
    def swing(self) -> float:
        return max(abs(self.delta_low), abs(self.delta_high))

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(delta_low=self.delta_low, delta_high=self.delta_high)
        return d


def _gap(model: ForecastModel, values: dict[str, float], area: str | None, gi: list[int], ti: int) -> float:
    r = model.compute_resolved(values)
    idx = r.district_index(area)
    return float((r.demand[idx][:, gi, ti] - r.supply[idx][:, gi, ti]).sum())


def sensitivity(
    model: ForecastModel,
    values: Mapping[str, float] | None = None,
    area: str | None = None,
    group: str | None = None,
    year: int = TARGET_YEAR,
    lang: str = "de",
) -> list[SensitivityRow]:
    """Tornado data for the gap of ``group`` (None = all groups) in ``area`` (None = region) in ``year``.

    Per-group parameters of other groups are left out (they cannot move this gap).
    """
    base = parameters.resolve(values)
    res = model.compute_resolved(base)
    ti = res.year_index(min(year, int(res.years[-1])))
    groups = res.groups if group is None else [group]
    gi = [res.groups.index(g) for g in groups]
    gap_base = _gap(model, base, area, gi, ti)
    rows: list[SensitivityRow] = []
    for key, p in parameters.REGISTRY.items():
        if p.group is not None and p.group not in groups:
            continue
        lo, hi = dict(base), dict(base)
        lo[key], hi[key] = p.min, p.max
        rows.append(
            SensitivityRow(
                key=key,
                label=p.label(lang),
                unit=p.unit,
                low=p.min,
                high=p.max,
                base_value=base[key],
                gap_base=gap_base,
                gap_low=_gap(model, lo, area, gi, ti),
                gap_high=_gap(model, hi, area, gi, ti),
            )
        )
    rows.sort(key=lambda r: r.swing, reverse=True)
    return rows
