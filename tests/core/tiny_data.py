"""A tiny, hand-made dataset for the indicator query layer (profile, portfolio, shift-share).

Region "TINY" with two districts, 00001 A-Stadt and 00002 B-Land, compared with Germany (DG).
All figures below are invented for the tests; the expected results in the tests are worked out by
hand from them (see the comments there).

Employees (estimate) per group, in the order of GEWERBEGRUPPEN:
    Bauhaupt, Ausbau, gewerbl. Bedarf, Kfz, Lebensmittel, Gesundheit, privater Bedarf
    A 2010: 100 200 100 100 100 100 300  (sum 1000)    A 2018: 120 220 100 100  70 100 290 (1000)
    B 2010:  50  50  50  50 100  50  50  (sum  400)    B 2018:  60  50  50  50  80  50  40 ( 380)
    DG 2010: 1000 2000 1000 1000 1000 1000 3000 (10000)  DG 2018: 1100 2000 1000 1000 900 1000 3000 (10000)
Businesses (estimate), same in 2010 and 2018:
    A: 150 250 100 100 150  50 200 (1000)   B: 100 100 50 50 100 50 150 (600)
    DG: 10000 20000 10000 10000 10000 5000 35000 (100000)
Official totals (Handwerkszählung) only for 2010: businesses A 1000, B 600; employees A 1000, B 400.
Population (31.12.): A 2010 100000, 2018 110000; B 2010 50000, 2018 45000; DG 2010 80e6, 2018 82e6.
Area: A 100 km², B 500 km² (2018).
"""

from __future__ import annotations

from core.datastore import GEWERBEGRUPPEN, DataStore
from core.regions import Area, District, Region

EMPLOYEES = {
    ("00001", 2010): [100, 200, 100, 100, 100, 100, 300],
    ("00001", 2018): [120, 220, 100, 100, 70, 100, 290],
    ("00002", 2010): [50, 50, 50, 50, 100, 50, 50],
    ("00002", 2018): [60, 50, 50, 50, 80, 50, 40],
    ("DG", 2010): [1000, 2000, 1000, 1000, 1000, 1000, 3000],
    ("DG", 2018): [1100, 2000, 1000, 1000, 900, 1000, 3000],
}
BUSINESSES = {
    "00001": [150, 250, 100, 100, 150, 50, 200],
    "00002": [100, 100, 50, 50, 100, 50, 150],
    "DG": [10000, 20000, 10000, 10000, 10000, 5000, 35000],
}
OFFICIAL_2010 = {("00001", "businesses"): 1000, ("00002", "businesses"): 600,
                 ("00001", "employees"): 1000, ("00002", "employees"): 400}
POPULATION = {("00001", 2010): 100000, ("00001", 2018): 110000, ("00002", 2010): 50000,
              ("00002", 2018): 45000, ("DG", 2010): 80_000_000, ("DG", 2018): 82_000_000}
AREA = {"00001": 100.0, "00002": 500.0}

TINY_REGION = Region(
    code="TINY",
    name="Tiny-Region",
    districts=(
        District("00001", "A-Stadt", "DG", "HWK-X", "Handwerkskammer X", "urban"),
        District("00002", "B-Land", "DG", "HWK-X", "Handwerkskammer X", "rural"),
    ),
    comparison_areas=(Area("DG", "Deutschland", "country"),),
)


def tiny_store() -> DataStore:
    """A DataStore of the TINY region whose fact table holds only the figures above."""
    store = DataStore(TINY_REGION)
    rows: list[tuple] = []
    for (area, year), values in EMPLOYEES.items():
        for g, v in zip(GEWERBEGRUPPEN, values, strict=True):
            rows.append((area, year, "employees", g, float(v), None, "estimate", "estimate_gewerbegruppen"))
            b = BUSINESSES[area][GEWERBEGRUPPEN.index(g)]
            rows.append((area, year, "businesses", g, float(b), None, "estimate", "estimate_gewerbegruppen"))
    for (area, ind), v in OFFICIAL_2010.items():
        rows.append((area, 2010, ind, "insgesamt", float(v), None, "official", "handwerkszaehlung"))
    for (area, year), v in POPULATION.items():
        rows.append((area, year, "population", "insgesamt", float(v), None, "official", "population"))
    for area, km2 in AREA.items():
        rows.append((area, 2018, "area_km2", "insgesamt", km2, None, "official", "area"))
    store.con.execute("DELETE FROM facts")
    store.con.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    store.facts_version += 1
    return store
