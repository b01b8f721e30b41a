"""The seven Gewerbegruppen (craft groups) of the study, in study order, with their English names.

A module of its own (no DuckDB, no pandas): the palette and the window's style need the names before any
data library is imported (``core.datastore`` re-exports them).
"""

from __future__ import annotations

GEWERBEGRUPPEN: tuple[str, ...] = (
    "Bauhauptgewerbe",
    "Ausbaugewerbe",
    "Handwerke für den gewerblichen Bedarf",
    "Kraftfahrzeuggewerbe",
    "Lebensmittelgewerbe",
    "Gesundheitsgewerbe",
    "Handwerke für den privaten Bedarf",
)
GEWERBEGRUPPEN_EN: dict[str, str] = {
    "Bauhauptgewerbe": "Main construction trades",
    "Ausbaugewerbe": "Finishing trades",
    "Handwerke für den gewerblichen Bedarf": "Crafts for commercial needs",
    "Kraftfahrzeuggewerbe": "Motor vehicle trades",
    "Lebensmittelgewerbe": "Food trades",
    "Gesundheitsgewerbe": "Health trades",
    "Handwerke für den privaten Bedarf": "Crafts for private needs",
}
