"""Helpers shared by the data subcommands: the store of the chosen region, source lines, labels."""

from __future__ import annotations

import argparse
import sys

from core import provenance
from core.datastore import GEWERBEGRUPPEN_EN, DataStore
from core.regions import load_region


def store_for(args: argparse.Namespace) -> DataStore:
    """The bundled data of the region chosen with ``--region`` (default IRMD)."""
    return DataStore(load_region(getattr(args, "region", None)))


def kind_label(kind: str, lang: str) -> str:
    labels = provenance.KIND_LABEL_EN if lang == "en" else provenance.KIND_LABEL_DE
    return labels.get(kind, kind)


def group_label(group: str, lang: str) -> str:
    return GEWERBEGRUPPEN_EN.get(group, group) if lang == "en" else group


def source_line(rec: dict, lang: str) -> str:
    """One line per source: title – publisher, Stand (kind)."""
    title = (rec.get("title_en") or rec.get("title")) if lang == "en" else rec.get("title")
    title = title or rec.get("name") or rec.get("id", "")
    parts = [str(title)]
    if rec.get("publisher"):
        parts.append(f" – {rec['publisher']}")
    if rec.get("stand"):
        parts.append(f", Stand {rec['stand']}" if lang != "en" else f", as of {rec['stand']}")
    parts.append(f" ({kind_label(str(rec.get('kind', '')), lang)})")
    return "".join(parts)


def write_sources(records: list[dict], lang: str) -> None:
    """The closing source lines of every human-readable output."""
    sys.stdout.write("\n" + ("Sources:" if lang == "en" else "Quellen:") + "\n")
    for rec in records:
        sys.stdout.write(f"  {source_line(rec, lang)}\n")
    if any(r.get("kind") == "estimate" for r in records):
        note = (
            "  estimate = own estimate per Gewerbegruppe fitted to published totals, not an official figure"
            if lang == "en"
            else "  Schätzung = eigene Schätzung je Gewerbegruppe, an veröffentlichte Summen angepasst; kein amtlicher Wert"
        )
        sys.stdout.write(note + "\n")
