"""Which column of a register extract holds what: header recognition and the user's own mapping.

A chamber's software writes the extract it sends the statistical offices (StatRegG § 5): identifier,
Firma/Name, address with Gemeindeschlüssel, Rechtsform, entry and deletion date, ground of entry, the
craft(s), the Anlage, and (where present) the holder's date of birth. Headers differ between
products, so they are recognised by a normalised key (lower case, umlauts spelled out, no spaces or
punctuation) against the German spellings and obvious variants below. Headers nobody recognises can
be mapped by the user (a mapping step in the import dialog, remembered per chamber, or
``--map-column`` on the command line).

Personal fields (name, address, birth date) are recognised only so that they are not reported as
unknown: the import never reads name or address, and turns a birth date into the owner's age band at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from core.crafts import fold

# field -> (German label, English label)
FIELDS: dict[str, tuple[str, str]] = {
    "id": ("Kennung (Kammer-/Identnummer)", "Identifier (chamber/ident number)"),
    "area": ("Gemeindeschlüssel (AGS) oder Kreis", "Municipality key (AGS) or district"),
    "entry": ("Eintragungsdatum", "Date of entry"),
    "deletion": ("Löschungsdatum", "Date of deletion"),
    "crafts": ("Handwerk(e)", "Craft(s)"),
    "anlage": ("Anlage (A, AeT, B1, B2)", "Anlage (A, AeT, B1, B2)"),
    "birth": ("Geburtsdatum des Inhabers", "Holder's date of birth"),
    "rechtsform": ("Rechtsform", "Legal form"),
    "grund": ("Eintragungsgrund", "Ground of entry"),
    "name": ("Firma/Name (wird nicht gelesen)", "Firm/name (never read)"),
    "address": ("Anschrift (wird nicht gelesen)", "Address (never read)"),
    "ignore": ("nicht verwenden", "do not use"),
}
REQUIRED = ("id", "area", "entry", "crafts")
USED = ("id", "area", "entry", "deletion", "crafts", "anlage", "birth")  # the only columns ever read

_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("kammer- und identnummer", "kammer und identnummer", "identnummer", "ident-nr", "identnr", "kennung",
           "kammernummer", "kammer-nr", "betriebsnummer", "betriebs-nr", "betriebsnr", "rollennummer", "rollen-nr",
           "registernummer", "register-nr", "mitgliedsnummer", "mitglieds-nr", "id", "lfd. nr.", "lfd nr",
           "business id", "identifier", "betriebs-id", "betriebsid", "eintragungsnummer"),
    "area": ("gemeindeschlüssel", "amtlicher gemeindeschlüssel", "ags", "gkz", "gemeindekennziffer", "gemeinde-kz",
             "ars", "regionalschlüssel", "amtlicher regionalschlüssel", "kreisschlüssel", "kreis", "landkreis",
             "kreisname", "kreis-nr", "kreisnummer", "municipality key", "district", "gemeindeschlüssel (ags)",
             "ags betriebssitz", "gemeindeschlüssel betriebssitz"),
    "entry": ("eintragungsdatum", "eintragung", "eingetragen am", "datum der eintragung", "eintragungstag",
              "eintragung am", "zugang", "zugangsdatum", "datum eintragung", "entry date", "date of entry",
              "registered", "eintragungsdatum (handwerksrolle)"),
    "deletion": ("löschungsdatum", "löschung", "gelöscht am", "datum der löschung", "löschdatum", "abgang",
                 "abgangsdatum", "löschung am", "datum löschung", "deletion date", "date of deletion", "deleted"),
    "crafts": ("handwerk", "handwerke", "handwerk(e)", "gewerk", "gewerke", "gewerbe", "handwerke/gewerbe",
               "eingetragene handwerke", "eingetragenes handwerk", "gewerbezweig", "gewerbezweige", "craft", "crafts",
               "handwerk / gewerbe", "handwerk bzw. gewerbe", "tätigkeit"),
    "anlage": ("anlage", "anlage hwo", "register", "rolle", "verzeichnis", "anlage (a/b1/b2)", "annex"),
    "birth": ("geburtsdatum", "geburtsdatum inhaber", "geb.-datum", "geb. datum", "geburtstag", "geboren",
              "geboren am", "geburtsdatum des inhabers", "date of birth", "birth date", "birthdate"),
    "rechtsform": ("rechtsform", "legal form", "rechtsform (kurz)"),
    "grund": ("eintragungsgrund", "grund der eintragung", "rechtsgrundlage", "rechtsgrundlage der eintragung",
              "eintragungsvoraussetzung", "ground of entry"),
    "name": ("firma", "name", "firmenname", "betriebsname", "firma/name", "name/firma", "inhaber", "name inhaber",
             "vorname", "nachname", "familienname", "geburtsname", "betriebsinhaber", "firmierung", "bezeichnung",
             "etablissementbezeichnung", "betriebsleiter", "geschlecht", "staatsangehörigkeit", "e-mail", "email",
             "telefon", "website", "internet", "steuernummer", "finanzamtsnummer", "finanzamt", "name of business"),
    "address": ("straße", "strasse", "str.", "anschrift", "adresse", "hausnummer", "hausnr", "plz", "postleitzahl",
                "ort", "gemeinde", "wohnort", "straße und hausnummer", "address", "street", "postcode", "city"),
}


def header_key(text: object) -> str:
    return fold(str(text or ""))


ALIAS_TO_FIELD: dict[str, str] = {header_key(a): f for f, names in _ALIASES.items() for a in names}


@dataclass
class ColumnPlan:
    """The file's header and which column index holds each field (first column wins)."""

    header: list[str]
    fields: dict[str, int] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)  # headers neither recognised nor mapped

    @property
    def missing(self) -> list[str]:
        return [f for f in REQUIRED if f not in self.fields]

    @property
    def is_register(self) -> bool:
        return not self.missing

    def looks_like_register(self) -> bool:
        """Enough register columns to be meant as one (an entry date or the crafts), so a missing column
        is worth a register-specific message or the mapping step."""
        return "entry" in self.fields or "crafts" in self.fields


def plan_columns(header: Sequence[object], column_map: dict[str, str] | None = None) -> ColumnPlan:
    """Recognise the header; ``column_map`` (header text as in the file → field, "ignore" to drop it)
    comes from the mapping step and wins over recognition."""
    mapped = {header_key(k): v for k, v in (column_map or {}).items()}
    plan = ColumnPlan(header=[str(h if h is not None else "").strip() for h in header])
    for i, h in enumerate(plan.header):
        k = header_key(h)
        f = mapped.get(k) or ALIAS_TO_FIELD.get(k)
        if f is None:
            if h:
                plan.unknown.append(h)
            continue
        if f in FIELDS and f not in plan.fields:
            plan.fields[f] = i
    return plan


def field_label(f: str, lang: str = "de") -> str:
    de, en = FIELDS.get(f, (f, f))
    return en if lang == "en" else de
