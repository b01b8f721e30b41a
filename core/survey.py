"""Survey on innovation cooperation: the study's result and the chamber's later surveys.

The study asked (Kammerbefragung, N=235, multiple answers) with whom businesses cooperated to
advance innovation in the last three years. Later surveys with the same question are stored in the
user database (component ``survey``) and shown beside the study's, each labelled with year and N.
Shares are percentages of respondents; with multiple answers they do not add up to 100.

Surveys also come in through the chamber import template (sheet "Befragung Kooperation", see
:mod:`core.imports.chamber`): each row is written with the import's other values, in the import's one
transaction, as the values ``survey_n`` (N) and ``survey_pct_<answer>`` (percent) of the data
version; :func:`imported_results` reads them back (visible like every import: up to the active data
version, gone when the import is undone) with the import's provenance record (kind ``import``).
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from typing import Any

import duckdb

from core.errors import InvalidInputError
from core.imports.visible import visible_rows, visible_versions
from core.provenance import Provenance
from core.study import study_data, study_source
from core.userdb import register_migrations, transaction

register_migrations(
    "survey",
    [
        """CREATE SEQUENCE IF NOT EXISTS survey_id_seq START 1;
           CREATE TABLE IF NOT EXISTS survey (
               id INTEGER PRIMARY KEY DEFAULT nextval('survey_id_seq'),
               year INTEGER NOT NULL, n INTEGER NOT NULL, label VARCHAR, source VARCHAR,
               entered_by VARCHAR, entered_at TIMESTAMP DEFAULT now());
           CREATE TABLE IF NOT EXISTS survey_answer (
               survey_id INTEGER NOT NULL, answer_key VARCHAR NOT NULL, percent DOUBLE NOT NULL,
               PRIMARY KEY (survey_id, answer_key));""",
    ],
)


MIN_YEAR = 2000
MAX_YEAR = 2100
IMPORT_N = "survey_n"  # import_values indicator: respondents of an imported survey
IMPORT_PCT = "survey_pct_"  # + answer key: percent of respondents


@dataclass
class SurveyResult:
    year: int
    n: int
    label: str
    kind: str  # "study" | "import"
    percents: dict[str, float] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)
    id: int | None = None  # entered with the form (table ``survey``)
    import_id: int | None = None  # from a chamber import (data version id)
    import_record: Provenance | None = None  # that import's provenance (``source`` holds it as a dict)
    label_en: str = ""  # English label (empty: a label the user typed, shown as it is)

    def display_label(self, lang: str = "de") -> str:
        return self.label_en if lang == "en" and self.label_en else self.label

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "year": self.year,
            "n": self.n,
            "label": self.label,
            "kind": self.kind,
            "percents": self.percents,
            "source": self.source,
            "import_id": self.import_id,
        }


def answers(lang: str = "de") -> list[tuple[str, str]]:
    """(key, label) of the answer options, in the study's order."""
    key = "label_en" if lang == "en" else "label"
    return [(a["key"], a[key]) for a in study_data()["survey"]["answers"]]


def question(lang: str = "de") -> str:
    s = study_data()["survey"]
    return str(s["question_en"] if lang == "en" else s["question"])


def study_result() -> SurveyResult:
    s = study_data()["survey"]
    return SurveyResult(
        year=int(s["year"]),
        n=int(s["n"]),
        label=f"Studie {s['period']} (N={s['n']}, Mehrfachantworten)",
        label_en=f"Study {s['period']} (N={s['n']}, multiple answers)",
        kind="study",
        percents={a["key"]: float(a["percent"]) for a in s["answers"]},
        source=study_source(s["section"]),
    )


def validate(year: int, n: int, percents: dict[str, float]) -> None:
    keys = {k for k, _ in answers()}
    problems = []
    if not MIN_YEAR <= year <= MAX_YEAR:
        problems.append(f"Jahr {year} liegt außerhalb {MIN_YEAR}–{MAX_YEAR}.")
    if n <= 0:
        problems.append("N (Zahl der Antwortenden) muss größer als 0 sein.")
    for k, v in percents.items():
        if k not in keys:
            problems.append(f"Unbekannte Antwort „{k}“; erwartet: {', '.join(sorted(keys))}.")
        elif not 0 <= v <= 100:
            problems.append(f"Anteil für „{k}“ ist {v}; erwartet wird ein Wert von 0 bis 100 %.")
    if problems:
        raise InvalidInputError(" ".join(problems))


def add_survey(con: duckdb.DuckDBPyConnection, year: int, n: int, percents: dict[str, float], label: str = "",
               source: str = "") -> int:
    """Store a later survey with the same question, in one transaction; returns its id."""
    validate(year, n, percents)
    with transaction(con):
        row = con.execute(
            "INSERT INTO survey (year, n, label, source, entered_by) VALUES (?, ?, ?, ?, ?) RETURNING id",
            [year, n, label or f"Kammerbefragung {year}", source or "Eingabe der Kammer", getpass.getuser()],
        ).fetchone()
        sid = int(row[0])  # type: ignore[index]
        for k, v in percents.items():
            con.execute("INSERT INTO survey_answer VALUES (?, ?, ?)", [sid, k, float(v)])
    return sid


def delete_survey(con: duckdb.DuckDBPyConnection, survey_id: int) -> None:
    with transaction(con):
        con.execute("DELETE FROM survey_answer WHERE survey_id = ?", [survey_id])
        con.execute("DELETE FROM survey WHERE id = ?", [survey_id])


def imported_results(con: duckdb.DuckDBPyConnection | None) -> list[SurveyResult]:
    """Surveys from chamber imports visible in the active data version, one per import and year."""
    versions = {v.id: v for v in visible_versions(con)}
    groups: dict[tuple[int, int], list[dict[str, Any]]] = {}  # (version, year) -> its rows, in the query's order
    for r in visible_rows(con, "indicator = ? OR starts_with(indicator, ?)", [IMPORT_N, IMPORT_PCT]):
        groups.setdefault((int(r["version_id"]), int(r["year"])), []).append(r)
    out = []
    for (vid, year), g in sorted(groups.items()):
        n_rows = [r["value"] for r in g if r["indicator"] == IMPORT_N and r["value"] is not None]
        if not n_rows:
            continue
        n = int(round(float(n_rows[0])))
        out.append(SurveyResult(
            year=year, n=n, label=f"Kammerbefragung {year} (N={n})", label_en=f"Chamber survey {year} (N={n})",
            kind="import",
            percents={str(r["indicator"])[len(IMPORT_PCT):]: float(r["value"]) for r in g
                      if str(r["indicator"]).startswith(IMPORT_PCT) and r["value"] is not None},
            source=versions[vid].provenance().to_dict(), import_id=vid, import_record=versions[vid].provenance()))
    return out


def all_results(con: duckdb.DuckDBPyConnection | None) -> list[SurveyResult]:
    """The study's result first, then the chamber's surveys (entered or imported) by year; a label
    that would repeat gets the import's number."""
    out = [study_result()]
    if con is None:
        return out
    later = _entered_results(con) + imported_results(con)
    later.sort(key=lambda r: (r.year, r.import_id is not None, r.id or 0, r.import_id or 0))
    seen = {out[0].label}
    for r in later:
        if r.label in seen and r.import_id is not None:
            r.label = f"Kammerbefragung {r.year} (N={r.n}, Import {r.import_id})"
            r.label_en = f"Chamber survey {r.year} (N={r.n}, import {r.import_id})"
        seen.add(r.label)
    return out + later


def _entered_results(con: duckdb.DuckDBPyConnection) -> list[SurveyResult]:
    out = []
    for sid, year, n, label, source in con.execute(
        "SELECT id, year, n, label, source FROM survey ORDER BY year, id"
    ).fetchall():
        percents = dict(con.execute("SELECT answer_key, percent FROM survey_answer WHERE survey_id = ?", [sid]).fetchall())
        out.append(
            SurveyResult(
                id=sid,
                year=year,
                n=n,
                label=f"{label} (N={n})",
                label_en=f"Chamber survey {year} (N={n})" if label == f"Kammerbefragung {year}" else "",
                kind="import",
                percents=percents,
                source={"kind": "import", "kind_label": "Eingabe der Kammer", "title": label, "source": source},
            )
        )
    return out
