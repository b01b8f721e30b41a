"""Estimate of craft businesses and employees per Gewerbegruppe, area and year ("Schätzung").

Not public anywhere (see resources/data/PROVENANCE.md, "Not found"): derived deterministically
from the published margins by benchmarking and iterative proportional fitting. Method and
tolerances: resources/data/ESTIMATE.md. Regenerate with ``python -m core.estimate``.

Modules: margins (the published figures as records), totals (area totals per year), germany
(Germany by group), structure (seeds and the IRMD calibration to the study), ipf (the fitting
and rounding), build (the pipeline, checks and report).
"""

from core.estimate.build import FILE_NAME, YEARS, Estimate, build

__all__ = ["FILE_NAME", "YEARS", "Estimate", "build"]
