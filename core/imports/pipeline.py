"""From a file on disk to a validated :class:`ImportBatch` (nothing is written here).

``read_import`` decides by content, not by name: xlsx (chamber template), zip (a flat file as
GENESIS-Online delivers it), or text — a classic GENESIS table, a flat file, or a chamber CSV
(template columns or a register extract). Every failure is an ``ImportValidationError`` (or
``ImportCancelledError``): a damaged or hostile file never escapes as another exception.
"""

from __future__ import annotations

import csv
import io
import logging
import shutil
import tempfile
import zipfile
from pathlib import Path

import duckdb
import pandas as pd

from core.errors import HandwerksmonitorError, ImportValidationError
from core.imports import chamber, genesis, register, safety, tabular
from core.imports.model import ImportBatch, Problem, refuse, validation_error
from core.imports.safety import Cancelled, Progress
from core.imports.validate import check_values
from core.regions import Region, load_region
from core.text_safety import shown

log = logging.getLogger(__name__)

MAX_TABLE_BYTES = 256 * 1024 * 1024  # classic/flat official tables are parsed in memory


def read_import(path: Path | str, region: Region | None = None, *, population: pd.DataFrame | None = None,
                progress: Progress = None, cancelled: Cancelled = None,
                register_options: register.RegisterOptions | None = None) -> ImportBatch:
    """Parse and validate ``path``; ``population`` (area_code, year, value) feeds the plausibility check.
    A chamber's register extract (entry dates, crafts) goes to :mod:`core.imports.register`."""
    path = Path(path)
    region = region or load_region()
    try:
        if register_options is not None or register.looks_like_register(path):
            batch = register.read_register(path, region, register_options, progress=progress, cancelled=cancelled)
        else:
            batch = _read(path, region, progress, cancelled)
    except HandwerksmonitorError:
        raise
    except (UnicodeError, csv.Error, ValueError, KeyError, IndexError, duckdb.Error, OSError, zipfile.BadZipFile,
            EOFError, TypeError, AttributeError) as exc:  # a damaged file: say so instead of crashing
        log.warning("import of %s failed: %r", path.name, exc)
        raise refuse(
            f"Die Datei kann nicht gelesen werden ({type(exc).__name__}: {shown(exc, 200)}). Erwartet: ein CSV-Export "
            "aus GENESIS/Regionalstatistik oder die ausgefüllte Kammer-Vorlage (.xlsx/.csv).",
            f"The file cannot be read ({type(exc).__name__}: {shown(exc, 200)}). Expected: a CSV export from "
            "GENESIS/Regionalstatistik or the filled-in chamber template (.xlsx/.csv).", path.name) from exc
    problems = check_values(batch, population)
    if problems:
        raise validation_error(problems, path.name)
    if batch.values.empty:
        raise refuse(
            "Die Datei enthält keine Werte für die Kreise der Region.",
            "The file holds no values for the districts of the region.", path.name)
    if progress:
        progress(100, 100)
    return batch


def _read(path: Path, region: Region, progress: Progress, cancelled: Cancelled) -> ImportBatch:
    if not path.is_file():
        raise refuse("Die Datei gibt es nicht.", "The file does not exist.", path.name)
    kind = safety.file_kind(path)
    if progress:
        progress(2, 100)
    if kind == "xlsx":
        safety.check_zip(path, cancelled)
        batch = _read_xlsx(path, "", region, progress, cancelled)
    elif kind == "zip":
        safety.check_zip(path, cancelled)
        batch = _read_zipped_csv(path, "", region, progress, cancelled)
    else:
        batch = _read_text(path, path.name, "", region, progress, cancelled)
    batch.sha256 = safety.sha256_of(path, cancelled)  # only for a file that passed (a refusal stays fast)
    return batch


def _read_zipped_csv(path: Path, sha: str, region: Region, progress: Progress, cancelled: Cancelled) -> ImportBatch:
    with zipfile.ZipFile(path) as zf:
        members = [i for i in zf.infolist() if i.filename.lower().endswith(".csv") and not i.is_dir()]
        if len(members) != 1:
            raise refuse("Das ZIP-Archiv muss genau eine CSV-Datei enthalten (Flatfile von GENESIS-Online).",
                         "The zip archive must hold exactly one CSV file (GENESIS-Online flat file).", path.name)
        tmpdir = Path(tempfile.mkdtemp(prefix="hwm-zip-"))
        try:
            target = tmpdir / "member.csv"
            with zf.open(members[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)  # size already capped by check_zip
            safety.file_kind(target)
            return _read_text(target, path.name, sha, region, progress, cancelled)
        finally:
            shutil.rmtree(tmpdir, ignore_errors=True)


def _first_lines(path: Path, encoding: str, n: int = 5) -> list[str]:
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        return [fh.readline() for _ in range(n)]


def _tail(path: Path, n: int = 8192) -> str:
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - n))
        return fh.read().decode("utf-8", errors="replace")


def _read_text(path: Path, name: str, sha: str, region: Region, progress: Progress, cancelled: Cancelled) -> ImportBatch:
    lines = _first_lines(path, "utf-8")  # the structure is ASCII: recognise first, decode fully later
    first = lines[0].lstrip("\ufeff")
    head = "".join(lines)
    if genesis.is_flat(first) or "GENESIS" in head.upper() or genesis._TABLE_CODE.search(head):
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise refuse(f"Die Tabelle ist größer als {MAX_TABLE_BYTES // 2**20} MB. Bitte kleiner exportieren "
                         "(z. B. nur Kreise).", f"The table exceeds {MAX_TABLE_BYTES // 2**20} MB. Please export a "
                         "smaller table (e.g. districts only).", name)
        flat = genesis.is_flat(first)
        if not flat:
            genesis.check_tail(_tail(path), name)  # a cut-off table is refused before it is read
        encoding = safety.detect_encoding(path, cancelled)
        parser = genesis.parse_flat if flat else genesis.parse_table
        return parser(lambda: path.open(encoding=encoding, newline=""), name, sha, region, progress=progress,
                      cancelled=cancelled)
    encoding = safety.detect_encoding(path, cancelled)
    lines = _first_lines(path, encoding)
    first = lines[0].lstrip("\ufeff")
    delimiter = tabular.sniff_delimiter(first)
    header = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
    cols = chamber.canonical_columns(header)
    kind = tabular.classify(cols)
    if kind is None:
        if not any(cols):
            raise refuse(
                "Datei nicht erkannt: weder eine GENESIS-Tabelle (erste Zeile „GENESIS-Tabelle: …“), noch ein Flatfile "
                "(Spalte statistics_code), noch die Kammer-Vorlage (Spalten Kreis; Jahr; Gewerbegruppe; …).",
                "File not recognised: neither a GENESIS table (first line 'GENESIS-Tabelle: …'), nor a flat file "
                "(column statistics_code), nor the chamber template (columns Kreis; Jahr; Gewerbegruppe; …).",
                name, row=1)
        raise validation_error([tabular.missing_columns_problem(header, name)], name)
    src = path
    if encoding not in ("utf-8", "utf-8-sig"):
        src = tabular.transcode_to_utf8(path, encoding, cancelled)
    con = tabular.work_connection(region, prefer="en" if delimiter == "," else "de")
    try:
        keep, not_taken = tabular.load_csv(con, src, header, delimiter, "t0", progress=progress, cancelled=cancelled,
                                           file_name=name)
        num = "num_de" if delimiter == ";" else "num_en"
        problems = tabular.validate_raw(con, "t0", keep, header, kind, file=name, sheet="", num=num)
        if problems:
            raise validation_error(problems, name)
        values = tabular.values_of(con, "t0", keep, kind, num=num, progress=progress, cancelled=cancelled)
        rows = con.execute("SELECT count(*) FROM t0").fetchone()[0]  # type: ignore[index]
    finally:
        con.close()
        if src != path:
            src.unlink(missing_ok=True)
    fmt = "chamber-register" if kind == "register" else "chamber-csv"
    title = "Kammerdaten je Betrieb (Liste der Kammer)" if kind == "register" else "Kammerdaten (CSV)"
    batch = chamber_batch(name, sha, fmt, title, values, int(rows))
    batch.unmapped = not_taken
    return batch


def chamber_batch(name: str, sha: str, fmt: str, title: str, values: pd.DataFrame, rows: int) -> ImportBatch:
    return ImportBatch(file_name=name, sha256=sha, format=fmt, kind="import", table_code="Kammerdaten",
                       title=title, values=values, rows_read=rows)


def _read_xlsx(path: Path, sha: str, region: Region, progress: Progress, cancelled: Cancelled) -> ImportBatch:
    try:
        sheets = chamber.xlsx_tables(path, cancelled)
    except HandwerksmonitorError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for damaged files
        raise refuse(f"Die Excel-Datei kann nicht gelesen werden ({type(exc).__name__}).",
                     f"The Excel file cannot be read ({type(exc).__name__}).", path.name) from exc
    if progress:
        progress(30, 100)
    con = tabular.work_connection(region)
    problems: list[Problem] = []
    frames = []
    rows_total = 0
    recognised = 0
    not_taken: list[str] = []
    try:
        for i, (sheet, header, rows, stray) in enumerate(sheets):
            cols = chamber.canonical_columns(header)
            kind = tabular.classify(cols)
            if kind is None:
                if rows:
                    problems.append(tabular.missing_columns_problem(header, path.name, sheet))
                continue
            recognised += 1
            if not rows:
                continue
            table = f"t{i}"
            try:
                keep, extra = tabular.load_rows(con, header, rows, table, file=path.name, sheet=sheet)
            except ImportValidationError as exc:
                problems.extend(exc.problems)
                continue
            not_taken.extend(f"{shown(sheet, 40)}: {label}" for label in [*extra, *stray])
            found = tabular.validate_raw(con, table, keep, header, kind, file=path.name, sheet=sheet, num="num_xl")
            if found:
                problems.extend(found)
                continue
            frames.append(tabular.values_of(con, table, keep, kind, num="num_xl", cancelled=cancelled))
            rows_total += len(rows)
    finally:
        con.close()
    if problems:
        raise validation_error(problems, path.name)
    if not recognised:
        raise refuse("Kein Blatt der Excel-Datei hat die Spalten der Kammer-Vorlage (Kreis, Jahr, Gewerbegruppe, …).",
                     "No sheet of the Excel file has the chamber template's columns (Kreis, Jahr, Gewerbegruppe, …).",
                     path.name)
    values = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["area_code", "year", "indicator", "gewerbegruppe", "value", "flag", "flag_meaning", "line"])
    batch = chamber_batch(path.name, sha, "chamber-xlsx", "Kammerdaten (Vorlage)", values, rows_total)
    batch.unmapped = not_taken
    return batch
