"""Seeded generator of a synthetic chamber register extract (Handwerksrolle + Verzeichnis B1/B2).

Not real data: invented names, streets and birth dates; crafts from the bundled craft list. The layout
follows what chambers send the statistical offices (StatRegG § 5): identifier, Firma, address with the
8-digit Gemeindeschlüssel, Rechtsform, entry and deletion date, ground of entry, Anlage, the crafts
(main craft first, several separated by "; " or ", "), and the holder's date of birth for sole
proprietors. Crafts are written in every form a register uses: "A 25", "A25", "25 Elektrotechniker",
the name, the pre-2020 numbering ("B1-1 Fliesen-, Platten- und Mosaikleger") and outdated names
("Stukkateure", "Hörgeräteakustiker"); B2 and AeT rows, crafts that left B2 in 2020/2021, deletions over
30 years and a few rows of districts outside the region are included.

``CRAFT_GROUP`` maps every spelling the generator writes to its Gewerbegruppe (built here from the
CSV's columns, independently of ``core.crafts``), so tests can count the file by hand.

    python tests/data/register/make_register.py            # rewrites handwerksrolle_hwk_halle.csv
    python tests/data/register/make_register.py --rows 1000000 --out /tmp/big.csv --germany
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CATALOG = HERE.parents[2] / "resources" / "data" / "handwerke_gewerbegruppen.csv"
DEFAULT_OUT = HERE / "handwerksrolle_hwk_halle.csv"
STAND = dt.date(2025, 3, 31)  # as-of date of the extract: the last complete year is 2024
HEADER = ["Kammer- und Identnummer", "Firma", "Straße", "PLZ", "Ort", "Gemeindeschlüssel", "Rechtsform",
          "Eintragungsdatum", "Löschungsdatum", "Eintragungsgrund", "Anlage", "Handwerke", "Geburtsdatum"]
# HWK Halle (Saale): five IRMD districts and three outside the region (Dessau-Roßlau, Wittenberg, Salzlandkreis)
HALLE_IN = {"15002": ("Halle (Saale)", "06108"), "15082": ("Köthen (Anhalt)", "06366"),
            "15084": ("Naumburg (Saale)", "06618"), "15087": ("Sangerhausen", "06526"),
            "15088": ("Merseburg", "06217")}
HALLE_OUT = {"15001": ("Dessau-Roßlau", "06844"), "15091": ("Lutherstadt Wittenberg", "06886"),
             "15089": ("Bernburg (Saale)", "06406")}
B2_NAMES = ("Bodenleger", "Änderungsschneider", "Eisenflechter", "Bautentrocknungsgewerbe", "Rohr- und Kanalreiniger",
            "Fahrzeugverwerter", "Maskenbildner", "Theater- und Ausstattungsmaler", "Betonbohrer und -schneider")
FIRST = ("Anna", "Jörg", "Sabine", "Thomas", "Katrin", "Uwe", "Sören", "Maik", "Ines", "Frank", "Jens", "Grit",
         "Heike", "René", "Steffen", "Doreen", "Kai", "Nadine", "Björn", "Ute")
LAST = ("Müller", "Schmidt", "Schulze", "Krüger", "Böhme", "Lehmann", "Wagner", "Richter", "Hoffmann", "Köhler",
        "Fröhlich", "Neumann", "Zimmermann", "Schröder", "Günther", "Voigt", "Heinrich", "Weiß", "Kühn", "Seifert")
STREETS = ("Lindenstraße", "Am Markt", "Bahnhofstraße", "Merseburger Straße", "Gartenweg", "Schulstraße",
           "Hauptstraße", "Leipziger Chaussee", "Mühlweg", "Saaleblick")
FORMS = ("Einzelunternehmen", "GmbH", "GbR", "UG (haftungsbeschränkt)", "e.K.")
FORM_P = (0.62, 0.22, 0.08, 0.04, 0.04)
GROUNDS = ("Meisterprüfung", "Ausnahmebewilligung § 8 HwO", "Ausübungsberechtigung § 7b HwO", "§ 7 Abs. 1a HwO")


def _catalog() -> list[dict]:
    with CATALOG.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ROMAN = {"I": "Bauhauptgewerbe", "II": "Ausbaugewerbe", "III": "Handwerke für den gewerblichen Bedarf",
         "IV": "Kraftfahrzeuggewerbe", "V": "Lebensmittelgewerbe", "VI": "Gesundheitsgewerbe",
         "VII": "Handwerke für den privaten Bedarf"}
OLD_NAMES = {"A 9": "Stukkateure", "A 34": "Hörgeräteakustiker", "A 21": "Landmaschinenmechaniker",
             "B1 10": "Schneidwerkzeugmechaniker"}
MOVERS = {"B1 54": dt.date(2020, 2, 14), "B1 55": dt.date(2020, 2, 14), "B1 56": dt.date(2021, 7, 1)}
MOVER_OLD = {"B1 54": "Holz- und Bautenschutzgewerbe", "B1 55": "Bestattungsgewerbe", "B1 56": "Kosmetiker"}


def _spellings(row: dict, entry: dt.date) -> list[str]:
    """The ways a register writes this craft (new numbering, number + name, name, and before 2020 the
    old B1 number)."""
    a, nr, name = row["anlage"], int(row["nr_2020"]), row["handwerk"]
    code = f"{a} {nr}"
    out = [f"{a} {nr}", f"{a}{nr}", f"{nr} {name}", name]
    if code in OLD_NAMES:
        out.append(OLD_NAMES[code])
    old = row["nr_pre2020"]
    if entry < dt.date(2020, 2, 14) and old.startswith("B1-") and a == "A":
        out.append(f"{old} {name}")
    return out


CRAFT_GROUP: dict[str, str] = {}
for _r in _catalog():
    for _s in _spellings(_r, dt.date(2000, 1, 1)):
        CRAFT_GROUP[_s] = ROMAN[_r["gewerbegruppe_nr"]]
# crafts that left B2: their old names (written for entries before the move) and the move date
MOVE_DATE_BY_TEXT: dict[str, dt.date] = {}
for _r in _catalog():
    _code = f"{_r['anlage']} {_r['nr_2020']}"
    if _code in MOVER_OLD:
        CRAFT_GROUP[MOVER_OLD[_code]] = ROMAN[_r["gewerbegruppe_nr"]]
        for _s in (MOVER_OLD[_code], _code, _r["handwerk"]):
            MOVE_DATE_BY_TEXT[_s] = MOVERS[_code]


def _date(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


def generate(path: Path, rows: int, seed: int = 17, *, germany: bool = False, stand: dt.date = STAND) -> Path:
    """Write ``rows`` businesses to ``path`` (UTF-8, ';'). ``germany``: districts of all of Germany's
    states (for the 1M-row benchmark), else HWK Halle's districts with ~3 % outside the IRMD."""
    rng = np.random.default_rng(seed)
    cat = _catalog()
    ab1 = [r for r in cat if f"{r['anlage']} {r['nr_2020']}" not in MOVERS]
    movers = [r for r in cat if f"{r['anlage']} {r['nr_2020']}" in MOVERS]
    # a craft mix roughly like the Betriebsbestand: Ausbau and Bau large, private needs and Kfz next
    weight = {"I": 3.0, "II": 5.0, "III": 1.6, "IV": 1.8, "V": 0.9, "VI": 0.6, "VII": 1.4}
    p = np.array([weight[r["gewerbegruppe_nr"]] for r in ab1])
    p = p / p.sum()
    if germany:
        kreise = [f"{s:02d}{k:03d}" for s in range(1, 17) for k in range(1, 30)]
        towns = {k: (f"Ort {k}", f"{10000 + int(k) % 89999:05d}") for k in kreise}
        outside: dict[str, tuple[str, str]] = {}
    else:
        kreise = list(HALLE_IN)
        towns = {**HALLE_IN, **HALLE_OUT}
        outside = HALLE_OUT
    path = Path(path)
    start, end = dt.date(1960, 1, 1).toordinal(), stand.toordinal()
    purge = dt.date(stand.year - 30, stand.month, 1).toordinal()  # deleted entries are kept 30 years
    chunk = 50_000
    written = 0
    n_id = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(HEADER)
        while written < rows:
            n = min(chunk, rows - written)
            # entries: a quarter before 1995 (the old stock), the rest spread over 30 years
            old = rng.random(n) < 0.25
            entry = np.where(old, rng.integers(start, purge, n), rng.integers(purge, end, n))
            life = rng.exponential(14 * 365, n).astype(np.int64) + 30
            deletion = entry + life
            deleted = deletion < end
            keep = ~deleted | (deletion >= purge)  # purged after 30 years: not in the extract
            u = rng.random(n)
            craft_i = rng.choice(len(ab1), n, p=p)
            mover_i = rng.integers(0, len(movers), n)
            second = rng.random(n) < 0.18
            craft2_i = rng.choice(len(ab1), n, p=p)
            spell = rng.integers(0, 8, n)
            form = rng.choice(len(FORMS), n, p=FORM_P)
            age_at_entry = rng.integers(22, 56, n)
            birth_doy = rng.integers(0, 365, n)
            if outside:
                out_row = rng.random(n) < 0.03
                kreis_i = rng.integers(0, len(kreise), n)
                out_i = rng.integers(0, len(outside), n)
            else:
                out_row = np.zeros(n, dtype=bool)
                kreis_i = rng.integers(0, len(kreise), n)
                out_i = kreis_i
            name_i = rng.integers(0, len(LAST), (n, 2))
            for i in range(n):
                if not keep[i] or written >= rows:
                    continue
                written += 1
                n_id += 1
                e = dt.date.fromordinal(int(entry[i]))
                d = dt.date.fromordinal(int(deletion[i])) if deleted[i] else None
                kreis = list(outside)[out_i[i]] if out_row[i] else kreise[kreis_i[i]]
                town, plz = towns[kreis]
                ags = kreis + f"{(int(entry[i]) % 40) + 1:03d}"
                if u[i] < 0.07:  # handwerksähnlich (B2)
                    anlage, crafts, grund = "B2", B2_NAMES[int(entry[i]) % len(B2_NAMES)], ""
                elif u[i] < 0.09:  # Anlage A, einfache Tätigkeiten
                    r = ab1[craft_i[i]]
                    anlage, crafts, grund = "AeT", r["handwerk"], "§ 8 HwO (einfache Tätigkeiten)"
                elif u[i] < 0.12:  # a craft that left B2 (Kosmetiker, Bestatter, Holz- und Bautenschützer)
                    r = movers[mover_i[i]]
                    code = f"{r['anlage']} {r['nr_2020']}"
                    before = e < MOVERS[code]
                    anlage = "B2" if before else "B1"
                    crafts = MOVER_OLD[code] if before else (f"{code}" if spell[i] < 3 else r["handwerk"])
                    grund = ""
                else:
                    r = ab1[craft_i[i]]
                    forms = _spellings(r, e)
                    crafts = forms[spell[i] % len(forms)]
                    anlage = r["anlage"] if not (r["nr_pre2020"].startswith("B1-") and e < dt.date(2020, 2, 14)) \
                        else "B1"
                    grund = GROUNDS[int(entry[i]) % len(GROUNDS)] if anlage == "A" else ""
                    if second[i]:
                        r2 = ab1[craft2_i[i]]
                        if spell[i] < 4:
                            crafts = f"{r['anlage']} {r['nr_2020']}, {r2['anlage']} {r2['nr_2020']}"
                        else:
                            crafts = f"{crafts}; {r2['handwerk']}"
                f = FORMS[form[i]]
                first, last = FIRST[name_i[i, 0] % len(FIRST)], LAST[name_i[i, 1]]
                firma = f"{first} {last}" if f in ("Einzelunternehmen", "e.K.") else f"{last} & Partner {f}"
                birth = ""
                if f == "Einzelunternehmen":
                    b = dt.date(e.year - int(age_at_entry[i]), 1, 1) + dt.timedelta(days=int(birth_doy[i]))
                    birth = _date(b)
                street = f"{STREETS[int(entry[i]) % len(STREETS)]} {int(entry[i]) % 97 + 1}"
                w.writerow([f"00{kreis[:2]}-{n_id:07d}", firma, street, plz, town, ags, f, _date(e),
                            _date(d) if d else "", grund, anlage, crafts, birth])
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rows", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--germany", action="store_true")
    args = ap.parse_args()
    generate(args.out, args.rows, args.seed, germany=args.germany)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
