"""Hostile-file defences, applied before any parser sees a file.

* Binary junk (e.g. an image renamed to ``.csv``) is refused by its bytes, not its name.
* Text encoding is detected (UTF-8 with/without BOM, else Windows-1252/ISO-8859-1); a file whose
  bytes are partly UTF-8 and partly not is refused as wrongly encoded (it would import garbled names).
* An xlsx is a zip: every member is decompressed once in a stream, counting bytes, and refused when a
  member exceeds ``MAX_MEMBER_BYTES``, the sum exceeds ``MAX_TOTAL_BYTES`` (zip bomb) or any XML part
  declares a DTD/entities (XML bomb, XXE). Only then does openpyxl (which itself parses through
  defusedxml when installed) open it.
"""

from __future__ import annotations

import codecs
import hashlib
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from core.imports.model import ImportCancelledError, refuse

MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one decompressed xlsx part
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts together
MAX_OTHER_PART_BYTES = 16 * 1024 * 1024  # styles, workbook, drawings …: openpyxl builds objects per entry
MAX_MEMBERS = 5000
MAX_CELLS = 2_000_000  # cells over all sheets: reading time and memory follow the cells, not the file size
MAX_ROWS = 2_000_000
_CHUNK = 1 << 20
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


def check_cancel(cancelled: Cancelled) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError()


def sha256_of(path: Path, cancelled: Cancelled = None) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            check_cancel(cancelled)
            h.update(chunk)
    return h.hexdigest()


def file_kind(path: Path) -> str:
    """'xlsx' | 'zip' | 'text' by content; refuses empty, binary, old .xls and UTF-16 files."""
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError as exc:
        raise refuse(f"Die Datei kann nicht gelesen werden ({exc.strerror}).",
                     f"The file cannot be read ({exc.strerror}).", name) from exc
    if not head.strip():
        raise refuse("Die Datei ist leer.", "The file is empty.", name)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise refuse("Die Datei ist ein beschädigtes ZIP-/Excel-Archiv.",
                         "The file is a damaged zip/Excel archive.", name) from exc
        return "xlsx" if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names) else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise refuse("Altes Excel-Format (.xls) wird nicht unterstützt. Bitte in Excel als .xlsx speichern.",
                     "Old Excel format (.xls) is not supported. Please save it as .xlsx in Excel.", name)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        raise refuse("Die Datei ist UTF-16-kodiert. Bitte als CSV (UTF-8 oder Windows-1252) speichern.",
                      "The file is UTF-16 encoded. Please save it as CSV (UTF-8 or Windows-1252).", name)
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C, not per byte in Python
    if b"\x00" in head or controls > max(2, len(head) // 200):
        raise refuse("Die Datei ist keine Text-/CSV-Datei (binärer Inhalt). Erwartet: CSV-Export oder .xlsx.",
                     "The file is not a text/CSV file (binary content). Expected: a CSV export or .xlsx.", name)
    return "text"


def _looks_utf16(head: bytes) -> bool:
    """BOM-less UTF-16 text: every other byte zero, the rest printable."""
    odd, even = head[1::2], head[0::2]
    if len(odd) < 8 or odd.count(0) < 0.9 * len(odd):
        return False
    return sum(1 for b in even if 32 <= b < 127 or b in (9, 10, 13) or b >= 160) > 0.9 * len(even)


def detect_encoding(path: Path, cancelled: Cancelled = None) -> str:
    """'utf-8-sig' | 'utf-8' | 'cp1252' (or 'latin-1' for bytes undefined in cp1252).

    The whole file is decoded incrementally, so a stray non-UTF-8 byte deep inside is found.
    Mixed files (valid multi-byte UTF-8 and invalid bytes) are refused: they are damaged.
    """
    with path.open("rb") as fh:
        bom = fh.read(3) == codecs.BOM_UTF8
    dec = codecs.getincrementaldecoder("utf-8")()
    seen_multibyte = False
    line = 1
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            check_cancel(cancelled)
            try:
                dec.decode(chunk)
            except UnicodeDecodeError as exc:
                bad_line = line + chunk[: exc.start].count(b"\n")
                if seen_multibyte or any(b >= 0x80 for b in chunk[: exc.start]):
                    raise refuse(
                        f"Falsche Zeichenkodierung: Die Datei ist teils UTF-8, teils anders kodiert (Zeile {bad_line}). "
                        "Bitte einheitlich als UTF-8 oder Windows-1252 speichern.",
                        f"Wrong encoding: the file is partly UTF-8, partly something else (line {bad_line}). "
                        "Please save it consistently as UTF-8 or Windows-1252.",
                        path.name, row=bad_line,
                    ) from exc
                return _single_byte(path)
            seen_multibyte = seen_multibyte or any(b >= 0x80 for b in chunk)
            line += chunk.count(b"\n")
    return "utf-8-sig" if bom else "utf-8"


def _single_byte(path: Path) -> str:
    data = path.read_bytes()[: 4 * _CHUNK]
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _is_sheet(member: str) -> bool:
    return member.startswith("xl/worksheets/") and member.endswith(".xml")


def _big_part(member: str) -> bool:
    """Parts that may be large by nature (sheet data, shared strings, a flat file in a zip)."""
    return _is_sheet(member) or member.endswith(("sharedStrings.xml", ".csv", ".txt")) or not member.endswith(
        (".xml", ".rels", ".vml"))


def check_zip(path: Path, cancelled: Cancelled = None, *, xml_only: bool = True) -> None:
    """Decompress every member once (streaming) and enforce the caps; refuse DTDs in XML parts; count the
    cells and rows of the sheets (by their tags) so a workbook of millions of (sparse or tiny) cells is
    refused in seconds instead of being parsed for minutes."""
    name = path.name
    total = 0
    cells = rows = 0
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise refuse("Das Archiv enthält zu viele Teile.", "The archive has too many members.", name)
            for info in infos:
                size = 0
                tail = b""
                is_xml = info.filename.endswith((".xml", ".rels", ".vml"))
                sheet = _is_sheet(info.filename)
                cap = MAX_MEMBER_BYTES if _big_part(info.filename) else MAX_OTHER_PART_BYTES
                with zf.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        check_cancel(cancelled)
                        size += len(chunk)
                        total += len(chunk)
                        if sheet:  # a tag cut by the chunk border: the carried bytes are shorter than it
                            cells += (tail[-2:] + chunk).count(b"<c ") + (tail[-2:] + chunk).count(b"<c>")
                            rows += (tail[-4:] + chunk).count(b"<row ") + (tail[-4:] + chunk).count(b"<row>")
                            if cells > MAX_CELLS or rows > MAX_ROWS:
                                de_c, de_r = f"{MAX_CELLS:,}".replace(",", "."), f"{MAX_ROWS:,}".replace(",", ".")
                                raise refuse(
                                    f"Die Excel-Datei enthält mehr als {de_c} Zellen bzw. {de_r} Zeilen und wird "
                                    "nicht gelesen. Erwartet: die Kammer-Vorlage (einige tausend Zeilen); große "
                                    "Registerauszüge bitte als CSV speichern.",
                                    f"The Excel file holds more than {MAX_CELLS:,} cells or {MAX_ROWS:,} rows and is "
                                    "not read. Expected: the chamber template (a few thousand rows); please save large "
                                    "register extracts as CSV.",
                                    name, sheet=info.filename)
                        if size > cap or total > MAX_TOTAL_BYTES:
                            raise refuse(
                                "Die Datei entpackt sich zu einer unzulässig großen Datenmenge (ZIP-Bombe?). "
                                f"Grenze: {MAX_MEMBER_BYTES // 2**20} MB je Teil, {MAX_TOTAL_BYTES // 2**20} MB gesamt.",
                                "The file decompresses to an inadmissible size (zip bomb?). Limit: "
                                f"{MAX_MEMBER_BYTES // 2**20} MB per part, {MAX_TOTAL_BYTES // 2**20} MB in total.",
                                name,
                            )
                        if is_xml:
                            window = (tail + chunk).upper()
                            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                                raise refuse(
                                    "Die Datei enthält unzulässige XML-Definitionen (DTD/Entitäten, mögliche "
                                    "XML-Bombe) und wird nicht geöffnet.",
                                    "The file contains inadmissible XML definitions (DTD/entities, possible XML "
                                    "bomb) and is not opened.",
                                    name, sheet=info.filename,
                                )
                        if is_xml or sheet:
                            tail = chunk[-16:]
    except RuntimeError as exc:  # encrypted members
        raise refuse("Die Datei ist verschlüsselt oder passwortgeschützt.",
                     "The file is encrypted or password protected.", name) from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error) as exc:
        raise refuse("Die Datei ist ein beschädigtes ZIP-/Excel-Archiv.",
                     "The file is a damaged zip/Excel archive.", name) from exc
