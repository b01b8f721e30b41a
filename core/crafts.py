"""Craft catalog: every craft of HwO Anlage A (53) and B1 (41) with its Gewerbegruppe.

Read from the bundled ``handwerke_gewerbegruppen.csv`` (dataset ``handwerke_gewerbegruppen``; Destatis
list "Gewerbegruppen der Handwerksstatistiken", numbering since 14.02.2020 with the pre-2020 number).
A register names a craft in many ways; :meth:`CraftCatalog.lookup` accepts

* Anlage + number in either numbering: ``A 25``, ``A25``, ``A-25``, ``B1-38``, ``B1 1`` (pre-2020 B1 no. 1,
  Fliesenleger, now A 42), ``B2-48`` (Kosmetiker, B2 until 30.06.2021);
* number + name: ``25 Elektrotechniker`` (the name decides; a bare number needs the Anlage column);
* the name, also plural/singular, gendered, with "-handwerk"/"meister", a part of a double name
  (``Maurer`` for "Maurer und Betonbauer") or an outdated name from the list's notes (``Stukkateure``,
  ``Hörgeräteakustiker``, ``Drucker``, ``Bestattungsgewerbe`` …).

Three crafts came from Anlage B2 (Holz- und Bautenschützer and Bestatter on 14.02.2020, Kosmetiker on
01.07.2021): before that date a business in them is handwerksähnlich (B2, no Gewerbegruppe), after it
B1 — :attr:`Craft.b2_until` carries the date, so a stock on 31.12. follows the law of that day.
B2 crafts that stayed B2 have no Gewerbegruppe in the official statistics and are not in the list;
``B2 …`` codes are recognised as B2 without a craft.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import resources
from core.datastore import GEWERBEGRUPPEN

DATASET = "handwerke_gewerbegruppen"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII")
GROUP_BY_ROMAN = dict(zip(ROMAN, GEWERBEGRUPPEN, strict=True))
# HwO amendments that moved crafts out of Anlage B2 (notes/handwerksrolle_register_fields.md, section 6)
MOVE_2020 = dt.date(2020, 2, 14)
MOVE_2021 = dt.date(2021, 7, 1)


@dataclass(frozen=True)
class Craft:
    anlage: str  # "A" | "B1" (since 2020)
    nr: int  # number since 14.02.2020
    nr_pre2020: str  # e.g. "A-25", "B1-1", "B1-40/41/42", "B2-48"
    name: str
    group: str  # one of core.datastore.GEWERBEGRUPPEN
    group_nr: str  # I … VII
    old_names: tuple[str, ...] = ()
    b2_until: dt.date | None = None  # was Anlage B2 before this date

    @property
    def code(self) -> str:
        """'A 25' / 'B1 38' (numbering since 2020)."""
        return f"{self.anlage} {self.nr}"

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class Match:
    """What a craft text resolves to: a catalog craft, or a register without craft (B2, AeT)."""

    craft: Craft | None
    anlage: str  # "A" | "B1" | "B2" | "AeT"

    @property
    def key(self) -> str:
        return self.craft.code if self.craft else self.anlage


def fold(text: str) -> str:
    """Lower case, umlauts spelled out, accents dropped, only letters and digits."""
    t = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if c.isalnum() and ord(c) < 128)


_GENDER = re.compile(r"\s*(?:[/*:_]-?\s*in(?:nen)?|\(in\)|\(innen\))\s*$", re.I)
_SUFFIX = re.compile(r"(?:handwerk|gewerbe|meister(?:in)?|betrieb)$")
_FEMALE = re.compile(r"(er|eur|or|ist|graf|metz)in(nen)?$")
_PLURAL = re.compile(r"(eur|or|ist|graf|metz|mist|teur)(e|en)$")
_KFZ = re.compile(r"\bkfz\b-?\s*", re.I)
_HANDWERK = re.compile(r"[-–]?\s*handwerk\b", re.I)
_WORDS = re.compile(r"[\s,;/]+")


def _word_stem(word: str) -> str:
    """Plural and female forms to the base: Friseure/Friseurin → friseur, Konditoren → konditor."""
    return _PLURAL.sub(r"\1", _FEMALE.sub(r"\1", word))


@lru_cache(maxsize=8192)
def _word_key(word: str) -> str:
    """One word's part of :func:`name_key` (folded, stemmed). Cached: a register's thousands of distinct craft
    cells ("A 52, A 46", "25 Elektrotechniker") are made of a few hundred distinct words."""
    return _word_stem(fold(word))


def name_key(text: str) -> str:
    """Matching key of a craft name (both catalog and input go through it)."""
    t = _GENDER.sub("", text.strip())
    t = _KFZ.sub("Kraftfahrzeug", t)
    t = _HANDWERK.sub("", t)
    key = "".join(_word_key(w) for w in _WORDS.split(t))
    prev = None
    while prev != key:
        prev = key
        stripped = _SUFFIX.sub("", key)
        key = stripped if len(stripped) >= 4 else key
    return key


_OLD_NAME = (
    re.compile(r"pre-2020 name: ([^;]+)"),
    re.compile(r"pre-2020 B1 no\. \d+: (.+?)\);"),
    re.compile(r"pre-2020 B1-\d+: ([^;]+)"),
    re.compile(r"B2 \(no\. \d+, ([^)]+)\)"),
)
_MERGED = re.compile(r"merger of (.+?);")


def _old_names(note: str, name: str) -> tuple[str, ...]:
    out: list[str] = []
    for rx in _OLD_NAME:
        out += [m.strip() for m in rx.findall(note)]
    for m in _MERGED.findall(note):
        out += [re.sub(r"^(?:pre-2020 )?B\d-\d+\s+", "", p.strip()).strip() for p in re.split(r",|\band\b", m)]
    return tuple(dict.fromkeys(n for n in out if n and n != name))


def _b2_until(note: str) -> dt.date | None:
    if "moved from B2" not in note:
        return None
    return MOVE_2021 if "01.07.2021" in note else MOVE_2020


def _parts(name: str) -> list[str]:
    """Single crafts inside a double name: 'Maurer und Betonbauer' → Maurer, Betonbauer; items of a
    one-word list in parentheses: 'Textilgestalter (Sticker, Weber, …)' → Sticker, Weber …"""
    out: list[str] = []
    inner = re.findall(r"\(([^)]*)\)", name)
    for grp in inner:
        items = [i.strip() for i in grp.split(",")]
        if all(" " not in i for i in items):
            out += items
    base = re.sub(r"\([^)]*\)", "", name)
    for p in re.split(r"\s+und\s+|,\s*", base):
        p = p.strip()
        if p and not p.endswith("-") and p != name.strip():
            out.append(p)
    return out


_CODE = re.compile(
    r"^\s*(?:anlage\s*)?(?P<anl>aet|a|b\s*1|b\s*2)?\s*(?:nr\.?\s*)?[-–.:/ ]?\s*(?P<nr>\d{1,2})(?!\d)"
    r"\s*[-–:.)]?\s*(?P<rest>.*)$", re.I)


_MEMO_CAP = 50_000
_DIGIT = re.compile(r"[0-9]")


def _has_comma(craft: Craft) -> bool:
    return "," in craft.name + "".join(craft.old_names)


class CraftCatalog:
    """The crafts of the bundled list with every key a register may use."""

    def __init__(self, crafts: list[Craft]) -> None:
        self.crafts = crafts
        self.by_code: dict[tuple[str, int], Craft] = {(c.anlage, c.nr): c for c in crafts}
        self.by_old_code: dict[tuple[str, int], Craft] = {}
        for c in crafts:
            m = re.match(r"(A|B1|B2)-([\d/]+)", c.nr_pre2020)
            if m:
                for n in m.group(2).split("/"):
                    self.by_old_code[(m.group(1), int(n))] = c
        self.by_name: dict[str, Craft] = {}
        self._part_owner: dict[str, Craft] = {}
        ambiguous: set[str] = set()
        for c in crafts:  # full and outdated names first: they win over parts
            for n in (c.name, *c.old_names):
                self.by_name[name_key(n)] = c
        for c in crafts:
            for n in (*_parts(c.name), *(p for o in c.old_names for p in _parts(o))):
                k = name_key(n)
                if len(k) < 4 or k in self.by_name and self.by_name[k] is not c:
                    if k not in self.by_name:
                        ambiguous.add(k)
                    continue
                if k in ambiguous:
                    continue
                seen = self._part_owner.get(k)
                if seen is not None and seen is not c:
                    ambiguous.add(k)
                    continue
                self._part_owner[k] = c
        for k, c in self._part_owner.items():
            if k not in ambiguous and k not in self.by_name:
                self.by_name[k] = c
        # a register repeats the same few hundred spellings: each (text, Anlage) is resolved once
        self._memo: dict[tuple[str, str | None], Match | None] = {}
        self._names_without_digits = not any(_DIGIT.search(k) for k in self.by_name)

    def get(self, code: str) -> Craft:
        """A craft by its code since 2020, e.g. 'A 25' (KeyError if unknown)."""
        m = re.fullmatch(r"\s*(A|B1)\s*(\d+)\s*", code, re.I)
        if not m or (m.group(1).upper(), int(m.group(2))) not in self.by_code:
            raise KeyError(code)
        return self.by_code[(m.group(1).upper(), int(m.group(2)))]

    def _by_number(self, anlage: str, nr: int) -> Match | None:
        if anlage == "A":
            c = self.by_code.get(("A", nr))
            return Match(c, "A") if c else None
        if anlage == "B1":
            c = self.by_code.get(("B1", nr)) or self.by_old_code.get(("B1", nr))
            return Match(c, c.anlage) if c else None
        if anlage == "B2":
            c = self.by_old_code.get(("B2", nr))
            return Match(c, "B1") if c else Match(None, "B2")
        return Match(None, "AeT")

    def lookup(self, text: str, anlage: str | None = None) -> Match | None:
        """Resolve one craft (the first of a list is the caller's business: see :func:`main_craft`).
        ``anlage`` is the register's Anlage column (A, AeT, B1, B2) if it has one. None = unknown."""
        key = (text or "", anlage)
        if key not in self._memo:
            if len(self._memo) >= _MEMO_CAP:  # a hostile file with endless spellings: bounded memory
                self._memo.clear()
            self._memo[key] = self._lookup(text, anlage)
        return self._memo[key]

    def _lookup(self, text: str, anlage: str | None) -> Match | None:
        t = (text or "").strip()
        if not t:
            return None
        hint = normalise_anlage(anlage) if anlage else None
        m = _CODE.match(t)
        if m and (m.group("anl") or not re.match(r"^\d{3,}", t)):
            anl = normalise_anlage(m.group("anl")) if m.group("anl") else None
            nr = int(m.group("nr"))
            rest = m.group("rest").strip()
            if rest:
                by_name = self._by_name(rest)
                if by_name is not None and (anl is None or anl == "B2" or by_name.craft is None
                                            or _same_number(by_name.craft, anl, nr)):
                    return _with_hint(by_name, hint)
            if anl is not None:
                found = self._by_number(anl, nr)
                return _with_hint(found, hint) if found else None
            if not rest and hint is not None:
                found = self._by_number(hint, nr)
                return _with_hint(found, hint) if found else None
            if rest:
                return None
        found = self._by_name(t)
        if found is not None:
            return _with_hint(found, hint)
        if hint in ("B2", "AeT"):
            return Match(None, hint)
        return None

    def may_name_comma_craft(self, joined: str, tail: list[str]) -> bool:
        """False when ``lookup(joined)`` cannot give a craft with a comma in its name (what :func:`main_craft`
        rejoins a split cell for): no craft name holds a digit, so a digit in the later parts (``tail``) rules
        out every match by name, and the leading Anlage + number (if any) is not such a craft. Saves the
        second lookup for lists of codes like 'A 52, A 46' (most multi-craft cells)."""
        if not self._names_without_digits or not any(_DIGIT.search(p) for p in tail):
            return True
        m = _CODE.match(joined)
        if m is None or not m.group("anl"):
            return False  # a rest with a digit and no Anlage: lookup gives None or a Match without craft
        anl = normalise_anlage(m.group("anl"))
        found = self._by_number(anl, int(m.group("nr"))) if anl else None
        return found is not None and found.craft is not None and _has_comma(found.craft)

    def _by_name(self, text: str) -> Match | None:
        k = name_key(text)
        c = self.by_name.get(k)
        return Match(c, c.anlage) if c else None


def _same_number(craft: Craft, anlage: str | None, nr: int) -> bool:
    if anlage is None:
        return True
    if (craft.anlage, craft.nr) == (anlage, nr):
        return True
    m = re.match(r"(A|B1|B2)-([\d/]+)", craft.nr_pre2020)
    return m is not None and m.group(1) == anlage and str(nr) in m.group(2).split("/")


def _with_hint(found: Match | None, hint: str | None) -> Match | None:
    """The Anlage column says AeT ("einfache Tätigkeiten" of an A craft) or B2: the entry is counted there."""
    if found is None:
        return None
    if hint == "AeT":
        return Match(found.craft, "AeT")
    return found


@lru_cache(maxsize=4096)
def normalise_anlage(text: str | None) -> str | None:
    """'A', 'Anlage A', 'B 1', 'b1', 'AeT', 'A (einfache Tätigkeiten)' → A | B1 | B2 | AeT (None if not one)."""
    if text is None:
        return None
    k = fold(str(text))
    k = k.removeprefix("anlage")
    if k in ("a", "handwerksrolle"):
        return "A"
    if k in ("aet", "aeinfachetaetigkeiten", "einfachetaetigkeiten", "ae"):
        return "AeT"
    if k in ("b1", "bi", "zulassungsfrei"):
        return "B1"
    if k in ("b2", "bii", "handwerksaehnlich"):
        return "B2"
    return None


def split_crafts(text: str) -> list[str]:
    """A register's craft cell as a list (main craft first). Separators ';' always, ',' only where it does
    not split a craft name ('Fliesen-, Platten- und Mosaikleger', 'Textilgestalter (Sticker, Weber)')."""
    out: list[str] = []
    for part in str(text or "").split(";"):
        first, *pieces = part.split(",")
        buf = first
        depth = first.count("(") - first.count(")")
        for piece in pieces:  # a comma before each piece: a separator, or part of the name
            if depth == 0 and buf.strip() and not buf.rstrip().endswith("-"):
                out.append(buf.strip())
                buf = ""
            else:
                buf += ","
            buf += piece
            depth += piece.count("(") - piece.count(")")
        if buf.strip():
            out.append(buf.strip())
    return out


def main_craft(catalog: CraftCatalog, text: str, anlage: str | None = None) -> tuple[str, Match | None]:
    """(text of the main craft, its match) for a register's craft cell: the first listed craft. A name that
    itself contains a comma is tried whole first ('Wärme-, Kälte- und Schallschutzisolierer, Maurer')."""
    parts = split_crafts(text)
    if not parts:
        return "", None
    for n in range(len(parts), 1, -1):  # a name with a comma split apart: rejoin the leading pieces
        joined = ", ".join(parts[:n])
        if not catalog.may_name_comma_craft(joined, parts[1:n]):
            continue
        hit = catalog.lookup(joined, anlage)
        if hit is not None and hit.craft is not None and _has_comma(hit.craft):
            return joined, hit
    return parts[0], catalog.lookup(parts[0], anlage)


@cache
def catalog() -> CraftCatalog:
    """The bundled craft list (read once)."""
    crafts: list[Craft] = []
    with resources.path("data", "handwerke_gewerbegruppen.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            crafts.append(Craft(
                anlage=r["anlage"], nr=int(r["nr_2020"]), nr_pre2020=r["nr_pre2020"], name=r["handwerk"],
                group=GROUP_BY_ROMAN[r["gewerbegruppe_nr"]], group_nr=r["gewerbegruppe_nr"],
                old_names=_old_names(r["note"], r["handwerk"]), b2_until=_b2_until(r["note"])))
    return CraftCatalog(crafts)
