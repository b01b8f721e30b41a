"""SWOT board of the regional craft sector, stored with full history in the user database.

Preloaded with the study's themes in our own words (resources/study/swot_seed.json), each item
citing the passage it comes from and linking to the recommendations (1–10) that answer it; every
recommendation answers at least one item. Every edit is one transaction that also writes a history
row (who, when, field, old → new).
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass, field
from typing import Any

import duckdb

import resources
from core.errors import InvalidInputError
from core.userdb import register_migrations, transaction

CATEGORIES = ("strengths", "weaknesses", "opportunities", "threats")
CATEGORY_LABELS = {
    "strengths": ("Stärken", "Strengths"),
    "weaknesses": ("Schwächen", "Weaknesses"),
    "opportunities": ("Chancen", "Opportunities"),
    "threats": ("Risiken", "Threats"),
}


def _seed(con: duckdb.DuckDBPyConnection) -> None:
    items = json.loads(resources.path("study", "swot_seed.json").read_text("utf-8"))["items"]
    for pos, it in enumerate(items):
        con.execute(
            "INSERT INTO swot_item (id, category, text, text_en, source, position, origin) VALUES (?, ?, ?, ?, ?, ?, 'study')",
            [it["id"], it["category"], it["text"], it["text_en"], it["source"], pos],
        )
        for r in it["recommendations"]:
            con.execute("INSERT INTO swot_link VALUES (?, ?)", [it["id"], r])


register_migrations(
    "swot",
    [
        """CREATE TABLE IF NOT EXISTS swot_item (
               id VARCHAR PRIMARY KEY, category VARCHAR NOT NULL, text VARCHAR NOT NULL, text_en VARCHAR,
               source VARCHAR, position INTEGER, origin VARCHAR, deleted BOOLEAN DEFAULT false,
               updated_at TIMESTAMP DEFAULT now());
           CREATE TABLE IF NOT EXISTS swot_link (item_id VARCHAR NOT NULL, recommendation INTEGER NOT NULL,
               PRIMARY KEY (item_id, recommendation));
           CREATE TABLE IF NOT EXISTS swot_history (item_id VARCHAR, field VARCHAR, old_value VARCHAR,
               new_value VARCHAR, who VARCHAR, changed_at TIMESTAMP DEFAULT now());""",
        _seed,
    ],
)


@dataclass
class SwotItem:
    id: str
    category: str
    text: str
    source: str
    recommendations: list[int] = field(default_factory=list)
    text_en: str = ""
    origin: str = "study"

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "text_en": self.text_en, "source": self.source,
                "recommendations": self.recommendations}


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no user name on some systems
        return "unbekannt"


def items(con: duckdb.DuckDBPyConnection) -> list[SwotItem]:
    links: dict[str, list[int]] = {}
    for item_id, rec in con.execute("SELECT item_id, recommendation FROM swot_link ORDER BY recommendation").fetchall():
        links.setdefault(item_id, []).append(int(rec))
    return [
        SwotItem(id=i, category=c, text=t, source=s or "", recommendations=links.get(i, []), text_en=te or "", origin=o or "")
        for i, c, t, te, s, o in con.execute(
            "SELECT id, category, text, text_en, source, origin FROM swot_item WHERE NOT deleted ORDER BY category, position, id"
        ).fetchall()
    ]


def board(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict[str, Any]]]:
    """The CLI/JSON shape: keys strengths, weaknesses, opportunities, threats."""
    out: dict[str, list[dict[str, Any]]] = {c: [] for c in CATEGORIES}
    for it in items(con):
        out[it.category].append(it.to_json())
    return out


def links_for_recommendation(con: duckdb.DuckDBPyConnection, number: int) -> list[SwotItem]:
    """SWOT items answered by recommendation ``number`` (the tracker shows them)."""
    return [it for it in items(con) if number in it.recommendations]


def _validate_links(recs: list[int]) -> list[int]:
    bad = [r for r in recs if not 1 <= int(r) <= 10]
    if bad:
        raise InvalidInputError(
            f"Empfehlung {bad[0]} gibt es nicht; gültig sind die Nummern 1 bis 10.",
            f"There is no recommendation {bad[0]}; valid numbers are 1 to 10.",
        )
    return sorted({int(r) for r in recs})


def add_item(con: duckdb.DuckDBPyConnection, category: str, text: str, source: str = "", recommendations: list[int] | None = None) -> str:
    if category not in CATEGORIES:
        raise InvalidInputError(f"Unbekannte Kategorie „{category}“; gültig: {', '.join(CATEGORIES)}.")
    if not text.strip():
        raise InvalidInputError("Der Text darf nicht leer sein.", "The text must not be empty.")
    recs = _validate_links(recommendations or [])
    prefix = category[0].upper()
    with transaction(con):
        n = con.execute("SELECT count(*) FROM swot_item WHERE id LIKE ?", [f"{prefix}%"]).fetchone()[0]  # type: ignore[index]
        new_id = f"{prefix}{n + 1}"
        while con.execute("SELECT 1 FROM swot_item WHERE id = ?", [new_id]).fetchone():
            n += 1
            new_id = f"{prefix}{n + 1}"
        pos = con.execute("SELECT coalesce(max(position), 0) + 1 FROM swot_item").fetchone()[0]  # type: ignore[index]
        con.execute(
            "INSERT INTO swot_item (id, category, text, source, position, origin) VALUES (?, ?, ?, ?, ?, 'user')",
            [new_id, category, text.strip(), source or "Eingabe", pos],
        )
        for r in recs:
            con.execute("INSERT INTO swot_link VALUES (?, ?)", [new_id, r])
        con.execute("INSERT INTO swot_history (item_id, field, old_value, new_value, who) VALUES (?, 'created', NULL, ?, ?)",
                    [new_id, text.strip(), _who()])
    return new_id


def update_text(con: duckdb.DuckDBPyConnection, item_id: str, text: str) -> None:
    if not text.strip():
        raise InvalidInputError("Der Text darf nicht leer sein.", "The text must not be empty.")
    with transaction(con):
        row = con.execute("SELECT text FROM swot_item WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise InvalidInputError(f"SWOT-Eintrag {item_id} gibt es nicht.")
        if row[0] == text.strip():
            return
        con.execute("UPDATE swot_item SET text = ?, updated_at = now() WHERE id = ?", [text.strip(), item_id])
        con.execute("INSERT INTO swot_history (item_id, field, old_value, new_value, who) VALUES (?, 'text', ?, ?, ?)",
                    [item_id, row[0], text.strip(), _who()])


def set_links(con: duckdb.DuckDBPyConnection, item_id: str, recommendations: list[int]) -> None:
    recs = _validate_links(recommendations)
    with transaction(con):
        old = [r for (r,) in con.execute("SELECT recommendation FROM swot_link WHERE item_id = ? ORDER BY 1", [item_id]).fetchall()]
        if old == recs:
            return
        con.execute("DELETE FROM swot_link WHERE item_id = ?", [item_id])
        for r in recs:
            con.execute("INSERT INTO swot_link VALUES (?, ?)", [item_id, r])
        con.execute(
            "INSERT INTO swot_history (item_id, field, old_value, new_value, who) VALUES (?, 'recommendations', ?, ?, ?)",
            [item_id, ",".join(map(str, old)), ",".join(map(str, recs)), _who()],
        )


def delete_item(con: duckdb.DuckDBPyConnection, item_id: str) -> None:
    """Soft delete (kept in history, can be restored)."""
    with transaction(con):
        con.execute("UPDATE swot_item SET deleted = true, updated_at = now() WHERE id = ?", [item_id])
        con.execute("INSERT INTO swot_history (item_id, field, old_value, new_value, who) VALUES (?, 'deleted', 'false', 'true', ?)",
                    [item_id, _who()])


def history(con: duckdb.DuckDBPyConnection, item_id: str) -> list[dict[str, Any]]:
    return [
        {"field": f, "old": o, "new": n, "who": w, "at": str(a)}
        for f, o, n, w, a in con.execute(
            "SELECT field, old_value, new_value, who, changed_at FROM swot_history WHERE item_id = ? ORDER BY changed_at", [item_id]
        ).fetchall()
    ]


def uncovered_recommendations(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Recommendations that answer no SWOT item (should be empty)."""
    covered = {r for it in items(con) for r in it.recommendations}
    return [r for r in range(1, 11) if r not in covered]
