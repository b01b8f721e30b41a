"""A chamber's register extract (Handwerksrolle / Verzeichnis B1, B2) → real businesses per group and year.

One row per business, CSV (UTF-8 or Windows-1252, ``;`` or ``,``) or xlsx, as chamber software writes
it (columns: :mod:`core.imports.register_columns`). The file is streamed through DuckDB in a
memory-capped, in-memory work database that never spills to disk: ``read_csv`` reads only the columns
the count needs (identifier, AGS/Kreis, entry and deletion date, crafts, Anlage, birth date). Name and
address are never read; a birth date becomes a birth year while the file is read. Checks and counts
are SQL over that table (no per-row Python); only the distinct craft spellings are resolved in Python
(:mod:`core.crafts`). The result is an :class:`ImportBatch` of aggregates only (kind ``register``,
"Kammerregister"), counted by :mod:`core.imports.register_count`.

Bad input — no recognisable columns, a date that is not a date, deletion before entry, an unknown
district code or Anlage, a duplicate identifier — raises one ``ImportValidationError`` naming file, row
and column. Rows of districts outside the region are counted and reported, not imported. Crafts the
catalog does not know raise :class:`UnknownCraftsError` (with their row numbers) until the caller maps
them or leaves them out (:class:`RegisterOptions`).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from core import crafts as craft_catalog
from core.errors import ImportValidationError
from core.formatting import fmt_number
from core.imports import register_count, safety
from core.imports.chamber import district_lookup
from core.imports.model import (
    INDICATOR_LABELS,
    ImportBatch,
    ImportCancelledError,
    Problem,
    refuse,
    validation_error,
)
from core.imports.register_columns import USED, ColumnPlan, field_label, plan_columns
from core.imports.safety import Cancelled, Progress, check_cancel
from core.imports.tabular import run_interruptible
from core.regions import Region
from core.text_safety import shown

INDICATOR_LABELS.update({
    "businesses_added": ("Zugänge (A/B1)", "Additions (A/B1)"),
    "businesses_removed": ("Abgänge (A/B1)", "Removals (A/B1)"),
    "businesses_b2": ("Betriebe B2 (handwerksähnlich)", "B2 businesses (craft-like trades)"),
    "businesses_b2_added": ("Zugänge B2", "Additions B2"),
    "businesses_b2_removed": ("Abgänge B2", "Removals B2"),
    "businesses_aet": ("Betriebe AeT (einfache Tätigkeiten)", "AeT businesses (simple activities)"),
    "businesses_aet_added": ("Zugänge AeT", "Additions AeT"),
    "businesses_aet_removed": ("Abgänge AeT", "Removals AeT"),
})
FORMAT = "register"
KIND = "register"
TABLE_CODE = "Handwerksrolle"
MEMORY_LIMIT = "1GB"
LIMIT = 50  # findings listed per check
MIN_DATE_YEAR = 1900
DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M",
                "%Y%m%d")
_CHUNK_ROWS = 50_000
# a register extract has 10-40 columns (as tabular.MAX_COLUMNS for the chamber template): a wider header is
# refused before any per-column work, and recognition looks at no more than this many columns
MAX_COLUMNS = 500
_HEADER_CHARS = 4 << 20  # the header line is read up to this length, never a whole one-line file
_LISTED = 8  # header texts listed in a message (the rest counted)


@dataclass
class RegisterOptions:
    """The user's decisions for one file: header → field, craft text → craft code ('A 25', 'B1 38', 'B2',
    'AeT') or None (left out), and the extract's as-of date (default: the latest date in the file)."""

    column_map: dict[str, str] = field(default_factory=dict)
    craft_map: dict[str, str | None] = field(default_factory=dict)
    stand: dt.date | None = None


@dataclass(frozen=True)
class UnknownCraft:
    text: str
    count: int
    rows: tuple[int, ...]  # the first rows (line numbers in the file) where it is the main craft

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "count": self.count, "rows": list(self.rows)}


class UnknownCraftsError(ImportValidationError):
    """Main crafts the catalog does not know: the import waits until each is mapped or left out."""

    def __init__(self, file: str, unknown: list[UnknownCraft]) -> None:
        def rows(u: UnknownCraft) -> str:
            return ", ".join(str(r) for r in u.rows) + (" …" if u.count > len(u.rows) else "")

        problems = [Problem(
            f"Unbekanntes Handwerk „{u.text}“ ({u.count} Betriebe, Zeilen {rows(u)}). Bitte einem Handwerk zuordnen "
            "oder ausdrücklich weglassen.",
            f"Unknown craft '{u.text}' ({u.count} businesses, rows {rows(u)}). Please map it to a craft or leave it "
            "out explicitly.", file=file, row=u.rows[0] if u.rows else None, column=field_label("crafts"))
            for u in unknown]
        err = validation_error(problems, file)
        super().__init__(err.de + _craft_hint("de"), err.en + _craft_hint("en"), problems)
        self.file = file
        self.unknown = unknown


def _craft_hint(lang: str) -> str:
    if lang == "en":
        return ("\nMap them in the import dialog, or on the command line with --map-craft \"TEXT=A 25\" "
                "(or B2, AeT) or --skip-craft \"TEXT\".")
    return ("\nIm Importdialog zuordnen oder auf der Kommandozeile mit --map-craft \"TEXT=A 25\" (oder B2, AeT) "
            "bzw. --skip-craft \"TEXT\".")


class RegisterColumnsError(ImportValidationError):
    """Required register columns not found; ``plan`` tells the mapping step what was recognised."""

    def __init__(self, file: str, plan: ColumnPlan) -> None:
        need_de = ", ".join(field_label(f) for f in plan.missing)
        need_en = ", ".join(field_label(f, "en") for f in plan.missing)
        # what to do comes before the lists: a problem text is cut at model.MESSAGE_LIMIT characters
        p = Problem(
            f"Spalten eines Registerauszugs fehlen: {need_de}. Bitte die Spalten im Importdialog zuordnen (oder "
            f"--map-column \"Überschrift=Feld\"). Nicht erkannt: {_listing(plan.unknown, 'de')}. "
            f"Vorhanden: {_listing(plan.header, 'de')}.",
            f"Columns of a register extract missing: {need_en}. Please map the columns in the import dialog (or "
            f"--map-column \"Header=field\"). Not recognised: {_listing(plan.unknown, 'en')}. "
            f"Present: {_listing(plan.header, 'en')}.",
            file=file, row=1)
        err = validation_error([p], file)
        super().__init__(err.de, err.en, [p])
        self.plan = plan


def _listing(texts: list[str], lang: str) -> str:
    """Header texts for a message: the first few, cleaned and shortened, the rest counted."""
    shown_texts = [shown(t, 40) for t in texts[:_LISTED]]
    rest = len(texts) - len(shown_texts)
    if rest > 0:
        shown_texts.append(f"… ({fmt_number(rest, lang=lang)} {'more' if lang == 'en' else 'weitere'})")
    return ", ".join(shown_texts) or "–"


def _too_wide(file: str, columns: int, complete: bool) -> ImportValidationError:
    n_de = ("" if complete else "mindestens ") + fmt_number(columns)
    n_en = ("" if complete else "at least ") + fmt_number(columns, lang="en")
    return refuse(
        f"Die Datei hat {n_de} Spalten. Ein Registerauszug hat höchstens {fmt_number(MAX_COLUMNS)} (Kennung, "
        "Gemeindeschlüssel, Eintragungs- und Löschungsdatum, Handwerke, Anlage …). Bitte nur die Spalten des "
        "Registerauszugs exportieren.",
        f"The file has {n_en} columns. A register extract has at most {fmt_number(MAX_COLUMNS, lang='en')} "
        "(identifier, municipality key, dates of entry and deletion, crafts, Anlage …). Please export only the "
        "columns of the register extract.", file, row=1)


@dataclass
class _Source:
    """Where the rows come from: the CSV itself (read by DuckDB) or rows fed from Python (xlsx)."""

    kind: str  # "csv" | "rows"
    delimiter: str = ";"
    encoding: str = "utf-8"


# -- entry points ----------------------------------------------------------------------------------------


def read_header(path: Path) -> tuple[str, list[str], str, str, bool]:
    """(kind 'csv'|'xlsx', header cells, delimiter, encoding, complete) of a candidate register file; the header
    line is read up to 4 MB (``complete`` False: it goes on, and the cells are the first of more)."""
    kind = safety.file_kind(path)
    if kind == "xlsx":
        safety.check_zip(path)
        return "xlsx", [str(h) if h is not None else "" for h in _xlsx_header(path)], "", "", True
    if kind != "text":
        return kind, [], "", "", True
    encoding = _head_encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        first = fh.readline(_HEADER_CHARS).lstrip("\ufeff")
    delimiter = max((";", ",", "\t"), key=first.count) if any(d in first for d in ";,\t") else ";"
    header = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
    complete = len(first) < _HEADER_CHARS - 1 or first.endswith("\n")
    if not complete and len(header) <= MAX_COLUMNS:
        raise refuse("Die erste Zeile (Spaltenüberschriften) ist länger als 4 MB. Erwartet: eine Zeile mit den "
                     "Überschriften des Registerauszugs.",
                     "The first line (column headers) is longer than 4 MB. Expected: one line with the headers of "
                     "the register extract.", path.name, row=1)
    return "csv", header, delimiter, encoding, complete


def looks_like_register(path: Path, column_map: dict[str, str] | None = None) -> bool:
    """True for a file whose header names register columns (entry date, or crafts with an identifier).
    Only the first :data:`MAX_COLUMNS` headers are looked at: a wider file is refused by the import anyway
    (by :func:`read_register` when these look like a register, else by the table import), so the decision
    stays quick however wide the file is."""
    try:
        kind, header, _d, _e, _c = read_header(path)
    except ImportValidationError:
        return False
    return kind in ("csv", "xlsx") and plan_columns(header[:MAX_COLUMNS], column_map).looks_like_register()


def read_register(path: Path | str, region: Region, options: RegisterOptions | None = None, *,
                  progress: Progress = None, cancelled: Cancelled = None) -> ImportBatch:
    """Check and count a register extract; nothing is written (see ``core.imports.versions.save_version``)."""
    path = Path(path)
    options = options or RegisterOptions()
    name = path.name
    if not path.is_file():
        raise refuse("Die Datei gibt es nicht.", "The file does not exist.", name)
    kind, header, delimiter, encoding, complete = read_header(path)
    if kind not in ("csv", "xlsx"):
        raise refuse("Ein Registerauszug muss eine CSV- oder Excel-Datei (.xlsx) sein.",
                     "A register extract must be a CSV or Excel (.xlsx) file.", name)
    if len(header) > MAX_COLUMNS:
        raise _too_wide(name, len(header), complete)
    plan = plan_columns(header, options.column_map)
    if not plan.is_register:
        raise RegisterColumnsError(name, plan)
    sha_box: dict[str, str] = {}
    hasher = threading.Thread(target=lambda: sha_box.setdefault("sha", safety.sha256_of(path)), daemon=True)
    con = _work_connection()
    try:
        if progress:
            progress(1, 100)
        if kind == "csv":
            _load_csv(con, path, plan, delimiter, encoding, progress, cancelled)
        else:
            _load_rows(con, _xlsx_rows(path, plan, cancelled), plan)
        # hashlib releases the GIL: the hash runs on the core the checks' Python work leaves idle (started
        # during the read, it took CPU from DuckDB's parallel read instead)
        hasher.start()
        check_cancel(cancelled)
        rows_read = int(con.execute("SELECT count(*) FROM reg").fetchone()[0])  # type: ignore[index]
        if rows_read == 0:
            raise refuse("Der Registerauszug enthält keine Zeilen.", "The register extract has no rows.", name)
        # the duplicate check (a grouping over every identifier) runs in DuckDB beside the Python work of
        # resolving areas and crafts; crafts are resolved before the problems are raised for that reason
        dup = _Background(con, _DUPLICATES)
        try:
            _lookup_areas(con, region)
            _craft_cells(con)
            unknown = _resolve_crafts(con, options)
        finally:
            has_duplicates = bool(dup.result())
        problems = _check(con, plan, name, has_duplicates)
        if problems:
            raise validation_error(problems, name)
        if unknown:
            raise UnknownCraftsError(name, unknown)
        check_cancel(cancelled)
        counted = register_count.count(con, options.stand, has_birth="birth" in plan.fields,
                                       progress=progress, cancelled=cancelled)
        details = _details(con, region, plan, counted, options)
    finally:
        con.close()
    if hasher.is_alive():
        hasher.join()
    details["rows_read"] = rows_read
    batch = ImportBatch(file_name=name, sha256=sha_box.get("sha", ""), format=FORMAT, kind=KIND,
                        table_code=TABLE_CODE, title=_title(details), values=counted.values,
                        stand=counted.stand.isoformat(), rows_read=rows_read,
                        skipped_areas=details["outside_rows"])
    batch.details = details
    if progress:
        progress(100, 100)
    return batch


def _title(details: dict[str, Any]) -> str:
    chambers = details.get("chambers") or []
    who = " / ".join(chambers) if chambers else "Handwerkskammer"
    return f"Handwerksrolle und Verzeichnis B1/B2 ({who})"


# -- reading ---------------------------------------------------------------------------------------------


def _work_connection() -> duckdb.DuckDBPyConnection:
    """In-memory DuckDB with a memory cap and no temp directory: register rows never spill to disk."""
    con = duckdb.connect(":memory:", config={"memory_limit": MEMORY_LIMIT})
    con.execute("SET temp_directory = ''")
    con.execute("SET preserve_insertion_order = true")
    return con


def _head_encoding(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(1 << 16)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        return "utf-8" if exc.start > len(head) - 4 else "cp1252"


def _full_encoding(path: Path, cancelled: Cancelled) -> str:
    """After DuckDB refused the file as UTF-8: 'latin-1' (DuckDB reads it natively: Windows-1252 without
    the bytes 0x80–0x9F, i.e. without € – „ “), 'cp1252' (needs Python decoding) or a refusal for a file
    that is partly UTF-8 and partly not."""
    c1 = re.compile(rb"[\x80-\x9f]")
    multibyte = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
    saw_c1 = False
    saw_utf8 = False
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            check_cancel(cancelled)
            if chunk.isascii():
                continue
            saw_c1 = saw_c1 or c1.search(chunk) is not None
            try:
                chunk.decode("utf-8")
                saw_utf8 = True
            except UnicodeDecodeError:
                saw_utf8 = saw_utf8 or _valid_utf8_sequences(multibyte.findall(chunk))
    if saw_utf8 and saw_c1:
        raise refuse(
            "Falsche Zeichenkodierung: Die Datei ist teils UTF-8, teils anders kodiert. Bitte einheitlich als UTF-8 "
            "oder Windows-1252 speichern.",
            "Wrong encoding: the file is partly UTF-8, partly something else. Please save it consistently as UTF-8 "
            "or Windows-1252.", path.name)
    return "cp1252" if saw_c1 else "latin-1"


def _valid_utf8_sequences(seqs: list[bytes]) -> bool:
    n = 0
    for s in seqs:
        try:
            s.decode("utf-8")
            n += 1
        except UnicodeDecodeError:
            continue
    return n > max(3, len(seqs) // 2)


def _select_list(plan: ColumnPlan, col: str = "c{}") -> str:
    """The parse step shared by both sources: only the used fields, typed at once."""
    fmts = "[" + ", ".join(f"'{f}'" for f in DATE_FORMATS) + "]"

    def raw(f: str) -> str:
        return f"nullif(trim({col.format(plan.fields[f])}), '')" if f in plan.fields else "NULL::VARCHAR"

    def date(f: str) -> str:
        # the common format alone first, on the cell as it is (cheaper than the whole list on a trimmed copy);
        # only cells it does not read go through the list, trimmed: the same result as the list alone
        cell = col.format(plan.fields[f]) if f in plan.fields else "NULL::VARCHAR"
        return f"coalesce(try_strptime({cell}, '{DATE_FORMATS[0]}'), try_strptime({raw(f)}, {fmts}))::DATE"

    parts = [
        f"{raw('id')} AS id",
        f"{raw('area')} AS area",
        f"{date('entry')} AS entry",
        f"CASE WHEN {date('entry')} IS NULL THEN {raw('entry')} END AS entry_bad",
        f"{date('deletion')} AS deletion",
        f"CASE WHEN {date('deletion')} IS NULL THEN {raw('deletion')} END AS deletion_bad",
        # the craft cell as it is: trimming and splitting it per row cost ~20 % of the read; it is done once per
        # distinct cell (a few ten thousand in a million rows) in _craft_cells
        f"{col.format(plan.fields['crafts'])} AS crafts" if "crafts" in plan.fields else "NULL::VARCHAR AS crafts",
        f"{raw('anlage')} AS anlage",
        # the birth date itself is never kept: only its year, and whether the cell was unreadable
        f"year({date('birth')})::INTEGER AS birth_year",
        f"CASE WHEN {date('birth')} IS NULL THEN {raw('birth')} IS NOT NULL ELSE false END AS birth_bad",
    ]
    return ", ".join(parts)


def _load_csv(con: duckdb.DuckDBPyConnection, path: Path, plan: ColumnPlan, delimiter: str, encoding: str,
              progress: Progress, cancelled: Cancelled) -> None:
    cols = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(plan.header))) + "}"
    sql = (f"CREATE OR REPLACE TABLE reg AS SELECT NULL::BIGINT AS line, {_select_list(plan)} FROM read_csv(?, "
           "delim = ?, header = true, quote = '\"', escape = '\"', null_padding = true, strict_mode = false, "
           f"encoding = ?, auto_detect = false, columns = {cols})")
    enc = "utf-8" if encoding in ("utf-8", "utf-8-sig") else encoding
    if enc == "cp1252":
        enc = _full_encoding(path, cancelled)
    if enc == "cp1252":
        _load_rows(con, _csv_rows(path, plan, delimiter, "cp1252", cancelled), plan)
        return
    try:
        run_interruptible(con, sql, [str(path), delimiter, enc], progress=progress,
                          cancelled=cancelled, span=(2, 60))
    except duckdb.InvalidInputException as exc:
        if "unicode" not in str(exc).lower() and "encoded" not in str(exc).lower():
            raise _csv_error(path, exc, delimiter) from exc
        enc = _full_encoding(path, cancelled)
        if enc == "cp1252":
            _load_rows(con, _csv_rows(path, plan, delimiter, "cp1252", cancelled), plan)
            return
        try:
            run_interruptible(con, sql, [str(path), delimiter, enc], progress=progress,
                              cancelled=cancelled, span=(2, 60))
        except duckdb.Error as exc2:
            raise _csv_error(path, exc2, delimiter) from exc2
    except ImportCancelledError:
        raise
    except duckdb.Error as exc:
        raise _csv_error(path, exc, delimiter) from exc


def _csv_error(path: Path, exc: Exception, delimiter: str) -> ImportValidationError:
    msg = str(exc).splitlines()[0][:300]
    m = re.search(r"Line: (\d+)", str(exc))
    return refuse(f"Die CSV-Datei kann nicht gelesen werden: {msg}. Erwartet: eine Zeile je Betrieb, Trennzeichen "
                  f"„{delimiter}“.",
                  f"The CSV file cannot be read: {msg}. Expected: one line per business, delimiter '{delimiter}'.",
                  path.name, row=int(m.group(1)) if m else None)


def _csv_rows(path: Path, plan: ColumnPlan, delimiter: str, encoding: str,
              cancelled: Cancelled) -> Iterator[tuple[int, list[str | None]]]:
    """(line, cells of the used columns) from a CSV that DuckDB cannot decode itself (Windows-1252 with
    € – „ “): decoded and split in Python, only the used columns kept."""
    idx = [plan.fields[f] for f in USED if f in plan.fields]
    with path.open(encoding=encoding, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        next(reader, None)
        for n, row in enumerate(reader):
            if n % 20000 == 0:
                check_cancel(cancelled)
            if not row or all(not c.strip() for c in row):
                continue
            yield reader.line_num, [row[i] if i < len(row) else None for i in idx]


def _xlsx_header(path: Path) -> list[Any]:
    """The first row with content of the first sheet (by real cells, see core.imports.xlsx_reader)."""
    from core.imports.xlsx_reader import as_tuple, header_width, open_workbook, real_rows

    with open_workbook(path) as wb:
        first = next(real_rows(wb.worksheets[0]), None)
        return [] if first is None else list(as_tuple(first[1], header_width(first[1])))


def _cell_text(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _xlsx_rows(path: Path, plan: ColumnPlan, cancelled: Cancelled) -> Iterator[tuple[int, list[str | None]]]:
    """(Excel row number, cells of the used columns) of the first sheet, by real cells (never by the sheet's
    declared size: see core.imports.xlsx_reader)."""
    from core.imports.xlsx_reader import open_workbook, real_rows

    idx = [plan.fields[f] for f in USED if f in plan.fields]
    with open_workbook(path) as wb:
        rows = real_rows(wb.worksheets[0], cancelled)
        next(rows, None)  # the header
        for line, values in rows:
            yield line, [_cell_text(values.get(i + 1)) for i in idx]


def _load_rows(con: duckdb.DuckDBPyConnection, rows: Iterator[tuple[int, list[str | None]]], plan: ColumnPlan) -> None:
    """Rows fed from Python in chunks into ``reg`` through the same parse step as the CSV path."""
    used = [f for f in USED if f in plan.fields]
    local = ColumnPlan(header=plan.header, fields={f: i for i, f in enumerate(used)})
    con.execute("CREATE OR REPLACE TABLE reg AS SELECT NULL::BIGINT AS line, " + _select_list(local)
                + " FROM (SELECT " + ", ".join(f"NULL::VARCHAR AS c{i}" for i in range(len(used))) + ") WHERE false")
    it = iter(rows)
    while True:
        chunk = list(itertools.islice(it, _CHUNK_ROWS))
        if not chunk:
            break
        df = pd.DataFrame({"line": [n for n, _ in chunk],
                           **{f"c{i}": [r[i] for _, r in chunk] for i in range(len(used))}}, dtype=object)
        df["line"] = df["line"].astype("int64")
        con.register("reg_chunk", df)
        con.execute("INSERT INTO reg SELECT line, " + _select_list(local) + " FROM reg_chunk")
        con.unregister("reg_chunk")


# -- checks ------------------------------------------------------------------------------------------------

_LINE = "coalesce(r.line, r.rowid + 2)"  # always with the alias r for reg


def _lookup_areas(con: duckdb.DuckDBPyConnection, region: Region) -> None:
    """``areas``: each distinct area spelling → district AGS of the region, 'outside' (a valid code of
    another district, or a Kreis name the region does not have) or NULL (not a code)."""

    names = district_lookup(region)
    codes = set(region.district_codes)
    out = []
    for (raw,) in con.execute("SELECT DISTINCT area FROM reg r WHERE area IS NOT NULL").fetchall():
        out.append((raw, *_area_of(str(raw), names, codes)))
    df = pd.DataFrame(out, columns=["raw", "ags", "status"], dtype=object)
    con.register("areas_df", df)
    con.execute("CREATE OR REPLACE TABLE areas AS SELECT raw::VARCHAR AS raw, ags::VARCHAR AS ags, "
                "status::VARCHAR AS status FROM areas_df")
    con.unregister("areas_df")


def _area_of(raw: str, names: dict[str, str], codes: set[str]) -> tuple[str | None, str]:
    """(Kreis AGS or None, 'in' | 'outside' | 'bad'). 8-digit AGS, 12-digit ARS, 5-digit Kreis key (leading
    zeros restored for 7/11/4 digits), or a Kreis name of the region."""
    t = raw.strip().replace(" ", "")
    if t.isdigit():
        if len(t) in (4, 7, 11):
            t = "0" + t
        if len(t) not in (5, 8, 12):
            return None, "bad"
        kreis = t[:5]
        if not (1 <= int(kreis[:2]) <= 16):
            return None, "bad"
        return kreis, "in" if kreis in codes else "outside"
    hit = names.get(raw.strip().lower())
    if hit:
        return hit, "in"
    if re.search(r"\d", raw):
        return None, "bad"
    return None, "outside_name"


_DUPLICATES = "SELECT 1 FROM reg WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1 LIMIT 1"


class _Background:
    """One query on its own cursor in a thread: DuckDB works on it while the caller's Python code runs."""

    def __init__(self, con: duckdb.DuckDBPyConnection, sql: str) -> None:
        self._cur = con.cursor()
        self._box: dict[str, object] = {}
        self._thread = threading.Thread(target=self._run, args=(sql,), daemon=True)
        self._thread.start()

    def _run(self, sql: str) -> None:
        try:
            self._box["rows"] = self._cur.execute(sql).fetchall()
        except duckdb.Error as exc:
            self._box["error"] = exc

    def result(self) -> list[Any]:
        """The rows (waits for the query; always before the connection is closed)."""
        self._thread.join()
        self._cur.close()
        if "error" in self._box:
            raise self._box["error"]  # type: ignore[misc]
        return self._box["rows"]  # type: ignore[return-value]


class _RegisterChecks:
    """The state shared by the row checks of :func:`_check`: the connection (tables ``reg``, ``cells``,
    ``areas``), the column plan (for the file's column headers) and the findings (≤ ``LIMIT`` per check)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, plan: ColumnPlan, file: str) -> None:
        self.con, self.plan, self.file = con, plan, file
        self.today = dt.date.today()
        self.problems: list[Problem] = []

    def col(self, f: str) -> str:
        i = self.plan.fields.get(f)
        return self.plan.header[i] if i is not None else field_label(f)

    def add(self, sql: str, make: Callable[..., Problem]) -> None:
        for row in self.con.execute(sql + f" LIMIT {LIMIT}").fetchall():
            self.problems.append(make(*row))

    def where(self, line: int, f: str) -> dict[str, Any]:
        return {"file": self.file, "row": int(line), "column": self.col(f)}


def _check(con: duckdb.DuckDBPyConnection, plan: ColumnPlan, file: str, has_duplicates: bool) -> list[Problem]:
    """Every problem of the rows (``cells`` and ``areas`` built; ``has_duplicates``: the result of
    :data:`_DUPLICATES`, run beforehand), sorted by row and column."""
    ck = _RegisterChecks(con, plan, file)
    _check_ids_and_areas(ck, has_duplicates)
    _check_dates(ck)
    _check_crafts(ck)
    if "birth" in plan.fields:
        _check_birth(ck)
    return sorted(ck.problems, key=lambda p: (p.row or 0, p.column))


def _check_ids_and_areas(ck: _RegisterChecks, has_duplicates: bool) -> None:
    """Each row has an identifier, once in the file, and a municipality key, district key or name."""
    where = ck.where
    ck.add(f"SELECT {_LINE} AS l FROM reg r WHERE id IS NULL ORDER BY l",
           lambda line: Problem("Kennung fehlt. Erwartet: die Kammer-/Identnummer des Betriebs.",
                                "Identifier missing. Expected: the business's chamber/ident number.", **where(line, "id")))
    # duplicates: a plain grouping first (half the cost of one that also finds the rows); rows only if any
    if has_duplicates:
        ck.add(f"""SELECT min({_LINE}), max({_LINE}), id FROM reg r WHERE id IS NOT NULL GROUP BY id
                   HAVING count(*) > 1 ORDER BY 1""",
               lambda a, b, v: Problem(
                   f"Kennung „{v}“ kommt mehrfach vor (auch Zeile {a}). Erwartet: jeder Betrieb genau einmal.",
                   f"Identifier '{v}' appears more than once (also row {a}). Expected: each business exactly once.",
                   **where(b, "id")))
    ck.add(f"SELECT {_LINE} AS l FROM reg r WHERE area IS NULL ORDER BY l",
           lambda line: Problem("Gemeindeschlüssel/Kreis fehlt. Erwartet: 8-stelliger Gemeindeschlüssel (AGS), "
                                "5-stelliger Kreisschlüssel oder Kreisname.",
                                "Municipality key/district missing. Expected: 8-digit AGS, 5-digit district key or "
                                "district name.", **where(line, "area")))
    ck.add(f"""SELECT {_LINE} AS l, r.area FROM reg r JOIN areas a ON r.area = a.raw WHERE a.status = 'bad'
               ORDER BY l""",
           lambda line, v: Problem(
               f"„{v}“ ist kein Gemeinde- oder Kreisschlüssel. Erwartet: 8-stelliger AGS (z. B. 15002000), "
               "5-stelliger Kreisschlüssel oder Kreisname.",
               f"'{v}' is not a municipality or district key. Expected: 8-digit AGS (e.g. 15002000), 5-digit district "
               "key or district name.", **where(line, "area")))


def _check_dates(ck: _RegisterChecks) -> None:
    """Entry and deletion dates are dates between ``MIN_DATE_YEAR`` and today; an entry date is given;
    a deletion is not before the entry."""
    where = ck.where
    for f in ("entry", "deletion"):
        ck.add(f"SELECT {_LINE} AS l, {f}_bad FROM reg r WHERE {f}_bad IS NOT NULL ORDER BY l",
               lambda line, v, f=f: Problem(
                   f"„{v}“ ist kein Datum. Erwartet: TT.MM.JJJJ oder JJJJ-MM-TT.",
                   f"'{v}' is not a date. Expected: DD.MM.YYYY or YYYY-MM-DD.", **where(line, f)))
        ck.add(f"""SELECT {_LINE} AS l, strftime({f}, '%d.%m.%Y') FROM reg r
                   WHERE {f} IS NOT NULL AND ({f} < DATE '{MIN_DATE_YEAR}-01-01' OR {f} > DATE '{ck.today.isoformat()}')
                   ORDER BY l""",
               lambda line, v, f=f: Problem(
                   f"Datum {v} liegt außerhalb von {MIN_DATE_YEAR} bis heute.",
                   f"Date {v} lies outside {MIN_DATE_YEAR} to today.", **where(line, f)))
    ck.add(f"SELECT {_LINE} AS l FROM reg r WHERE entry IS NULL AND entry_bad IS NULL ORDER BY l",
           lambda line: Problem("Eintragungsdatum fehlt.", "Date of entry missing.", **where(line, "entry")))
    ck.add(f"""SELECT {_LINE} AS l, strftime(deletion, '%d.%m.%Y'), strftime(entry, '%d.%m.%Y') FROM reg r
               WHERE deletion < entry ORDER BY l""",
           lambda line, d, e: Problem(
               f"Löschung ({d}) vor der Eintragung ({e}). Erwartet: Löschungsdatum am oder nach dem Eintragungsdatum.",
               f"Deletion ({d}) before entry ({e}). Expected: a deletion date on or after the date of entry.",
               **where(line, "deletion")))


def _check_crafts(ck: _RegisterChecks) -> None:
    """Each row names a craft; an Anlage column holds only A, AeT, B1 or B2 (in any spelling the
    catalog knows)."""
    ck.add(f"""SELECT {_LINE} AS l FROM reg r WHERE crafts IS NULL
               OR crafts IN (SELECT crafts FROM cells WHERE cell IS NULL) ORDER BY l""",
           lambda line: Problem("Handwerk fehlt. Erwartet: das Handwerk (Name oder Anlage und Nummer, z. B. A 25).",
                                "Craft missing. Expected: the craft (name or Anlage and number, e.g. A 25).",
                                **ck.where(line, "crafts")))
    if "anlage" in ck.plan.fields:
        bad = [v for (v,) in ck.con.execute("SELECT DISTINCT anlage FROM cells WHERE anlage IS NOT NULL").fetchall()
               if craft_catalog.normalise_anlage(v) is None]
        if bad:
            ck.add(f"SELECT {_LINE} AS l, anlage FROM reg r WHERE anlage IN (SELECT unnest(?)) ORDER BY l".replace(
                "?", "[" + ", ".join("'" + str(b).replace("'", "''") + "'" for b in bad) + "]"),
                lambda line, v: Problem(f"Unbekannte Anlage „{v}“. Erwartet: A, AeT, B1 oder B2.",
                                        f"Unknown Anlage '{v}'. Expected: A, AeT, B1 or B2.", **ck.where(line, "anlage")))


def _check_birth(ck: _RegisterChecks) -> None:
    """A birth date is a date (or empty) and its year lies between ``MIN_DATE_YEAR`` and 14 years ago.
    The value itself is not repeated in the message: it is personal data."""
    today = ck.today
    ck.add(f"SELECT {_LINE} AS l FROM reg r WHERE birth_bad ORDER BY l",
           lambda line: Problem("Kein gültiges Datum. Erwartet: TT.MM.JJJJ oder JJJJ-MM-TT (oder leer).",
                                "Not a valid date. Expected: DD.MM.YYYY or YYYY-MM-DD (or empty).",
                                **ck.where(line, "birth")))
    ck.add(f"""SELECT {_LINE} AS l FROM reg r WHERE birth_year IS NOT NULL
               AND (birth_year < {MIN_DATE_YEAR} OR birth_year > {today.year - 14}) ORDER BY l""",
           lambda line: Problem(f"Geburtsjahr unplausibel. Erwartet: {MIN_DATE_YEAR} bis {today.year - 14}.",
                                f"Year of birth implausible. Expected: {MIN_DATE_YEAR} to {today.year - 14}.",
                                **ck.where(line, "birth")))


def _craft_cells(con: duckdb.DuckDBPyConnection) -> None:
    """``cells``: each distinct (craft cell as in the file, Anlage) with the trimmed cell (NULL = blank) and its
    first listed craft (``main_raw``, up to the first ';'), computed once per distinct cell, not per row.
    Also the source of the distinct Anlage values."""
    con.execute("""
        CREATE OR REPLACE TABLE cells AS
        SELECT crafts, anlage, cell, nullif(trim(split_part(cell, ';', 1)), '') AS main_raw
        FROM (SELECT crafts, anlage, nullif(trim(crafts), '') AS cell
              FROM (SELECT DISTINCT crafts, anlage FROM reg))""")


def _resolve_crafts(con: duckdb.DuckDBPyConnection, options: RegisterOptions) -> list[UnknownCraft]:
    """``cmap``: each distinct (craft cell, Anlage) → group, class (AB1 | B2 | AeT), move date, keep — resolved
    once per distinct (main craft text, Anlage). Returns the main crafts nobody could resolve (with their rows)."""
    cat = craft_catalog.catalog()
    user = {k.strip().lower(): v for k, v in options.craft_map.items()}
    out: list[tuple[Any, ...]] = []
    unknown: list[str] = []
    for raw, crafts_cell, anlage in con.execute(
            "SELECT main_raw, min(cell), anlage FROM cells WHERE cell IS NOT NULL GROUP BY main_raw, anlage").fetchall():
        hint = craft_catalog.normalise_anlage(anlage) if anlage else None
        key = (raw or "").strip().lower()
        match: craft_catalog.Match | None
        if key in user:
            target = user[key]
            if target is None:
                out.append((raw, anlage, None, None, None, False))
                continue
            match = _target_match(cat, target)
        else:
            text = raw or ""
            if crafts_cell and ";" not in crafts_cell and "," in crafts_cell:
                text, match = craft_catalog.main_craft(cat, crafts_cell, anlage)
            else:
                match = cat.lookup(text, anlage)
        if match is None:
            if hint in ("B2", "AeT"):
                match = craft_catalog.Match(None, hint)
            else:
                unknown.append(raw)
                continue
        if match.anlage == "AeT" or hint == "AeT":
            out.append((raw, anlage, None, "AeT", None, True))
        elif match.craft is None:
            out.append((raw, anlage, None, match.anlage, None, True))
        else:
            c = match.craft
            out.append((raw, anlage, c.group, "AB1", c.b2_until, True))
    df = pd.DataFrame(out, columns=["raw", "anlage", "grp", "cls", "move", "keep"], dtype=object)
    con.register("cmap_df", df)
    con.execute("""CREATE OR REPLACE TABLE cmap AS
                   SELECT c.crafts, c.anlage, m.grp::VARCHAR AS grp, m.cls::VARCHAR AS cls, m.move::DATE AS move,
                          m.keep::BOOLEAN AS keep
                   FROM cells c JOIN cmap_df m ON c.main_raw IS NOT DISTINCT FROM m.raw::VARCHAR
                   AND c.anlage IS NOT DISTINCT FROM m.anlage::VARCHAR""")
    con.unregister("cmap_df")
    if not unknown:
        return []
    res = []
    for raw in sorted(set(unknown), key=lambda s: str(s)):
        n, rows = con.execute(
            f"SELECT count(*), list({_LINE} ORDER BY {_LINE})[1:10] FROM reg r "
            "WHERE crafts IN (SELECT crafts FROM cells WHERE main_raw IS NOT DISTINCT FROM ?)", [raw]).fetchone()  # type: ignore[misc]
        res.append(UnknownCraft(str(raw), int(n), tuple(int(r) for r in rows)))
    return sorted(res, key=lambda u: (-u.count, u.text))


def _target_match(cat: craft_catalog.CraftCatalog, target: str) -> craft_catalog.Match | None:
    t = target.strip()
    a = craft_catalog.normalise_anlage(t)
    if a in ("B2", "AeT"):
        return craft_catalog.Match(None, a)
    try:
        c = cat.get(t)
        return craft_catalog.Match(c, c.anlage)
    except KeyError:
        return cat.lookup(t)


def _details(con: duckdb.DuckDBPyConnection, region: Region, plan: ColumnPlan,
             counted: register_count.Counted, options: RegisterOptions) -> dict[str, Any]:
    """What the preview shows besides the values: rows inside/outside the region, left out, B2/AeT,
    the chamber(s), years, the columns used and never read."""
    inside = dict(con.execute(
        "SELECT a.ags, count(*) FROM reg r JOIN areas a ON r.area = a.raw WHERE a.status = 'in' GROUP BY 1").fetchall())
    # every row has an area here (checked), each in ``areas``: what is not inside is outside
    outside = con.execute("SELECT count(*) FROM reg").fetchone()[0] - sum(inside.values())  # type: ignore[index]
    outside_names = con.execute(
        "SELECT r.area, count(*) FROM reg r JOIN areas a ON r.area = a.raw WHERE a.status = 'outside_name' "
        "GROUP BY 1 ORDER BY 2 DESC LIMIT 20").fetchall()
    left_out = con.execute(
        "SELECT count(*) FROM reg r JOIN cmap m ON r.crafts = m.crafts "
        "AND r.anlage IS NOT DISTINCT FROM m.anlage WHERE NOT m.keep").fetchone()[0]  # type: ignore[index]
    by_ags = {d.ags: d for d in region.districts}
    chambers = sorted({by_ags[a].chamber_name for a in inside if a in by_ags})
    return {
        "districts": sorted(inside),
        "rows_by_district": {a: int(n) for a, n in sorted(inside.items())},
        "outside_rows": int(outside),
        "outside_names": [{"name": str(n), "rows": int(c)} for n, c in outside_names],
        "left_out_rows": int(left_out),
        "left_out_crafts": sorted(k for k, v in options.craft_map.items() if v is None),
        "chambers": chambers,
        "years": [counted.first_year, counted.last_year],
        "stand": counted.stand.isoformat(),
        "has_birth_dates": "birth" in plan.fields,
        "columns_used": {f: plan.header[i] for f, i in plan.fields.items() if f in USED},
        "columns_not_read": [h for i, h in enumerate(plan.header)
                             if h and i not in {j for f, j in plan.fields.items() if f in USED}],
        "b2_rows": counted.b2_rows,
        "aet_rows": counted.aet_rows,
        "catalog": craft_catalog.DATASET,
    }

