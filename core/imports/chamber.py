"""The chambers' own figures: the Excel template, and reading it (or a CSV with the same columns) back.

Three tables, one sheet each (plus a German instructions sheet and a hidden sheet with the lists
that feed the drop-downs):

* ``Betriebe und Beschäftigte``: Kreis | Jahr | Gewerbegruppe | Betriebe | Beschäftigte
* ``Auszubildende``: Kreis | Jahr | Gewerbegruppe | Auszubildende
* ``Inhaber nach Alter``: Kreis | Jahr | Gewerbegruppe | Altersgruppe | Inhaber

A fourth sheet, ``Befragung Kooperation``, takes later surveys with the study's cooperation question
(the question in row 1, the header in row 2): Jahr | N | one column per answer option (percent of
respondents, 0–100, multiple answers). Its rows become the values ``survey_n`` and
``survey_pct_<answer>`` of the region (see :mod:`core.survey`), written in the import's one transaction.
The apprentices sheet asks for the stock in the Lehrlingsrolle on 31.12. of the year (per Kreis and
Gewerbegruppe); :func:`core.apprenticeships.import_series` shows it as the chamber's own series.

A fifth form is the chamber's own list per business and year (not the register extract, see
core.imports.register; one row per business):
Betriebsnummer | Kreis | Jahr | Gewerbegruppe | Beschäftigte [| Auszubildende | Inhaberalter];
it is counted per district, group and year (businesses = number of rows, employees = sum).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import survey
from core.atomic_file import write_buffered
from core.datastore import GEWERBEGRUPPEN, GEWERBEGRUPPEN_EN, TOTAL
from core.imports.model import INDICATOR_LABELS
from core.imports.safety import Cancelled
from core.imports.validate import max_year
from core.regions import Region

if TYPE_CHECKING:  # openpyxl is loaded only when a template is written
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_BUSINESSES = "Betriebe und Beschäftigte"
SHEET_APPRENTICES = "Auszubildende"
SHEET_OWNERS = "Inhaber nach Alter"
SHEET_SURVEY = "Befragung Kooperation"
SHEET_HELP = "Anleitung"
SHEET_LISTS = "Listen"

# canonical column -> accepted header spellings (normalised: lower case, no spaces/dashes/dots)
COLUMNS: dict[str, tuple[str, ...]] = {
    "kreis": ("kreis", "landkreis", "ags", "kreisschlüssel", "kreisschluessel", "district", "gebiet"),
    "jahr": ("jahr", "year", "berichtsjahr"),
    "gewerbegruppe": ("gewerbegruppe", "gruppe", "group", "tradegroup"),
    "betriebe": ("betriebe", "unternehmen", "handwerksunternehmen", "businesses"),
    "beschaeftigte": ("beschäftigte", "beschaeftigte", "tätigepersonen", "taetigepersonen", "employees"),
    "auszubildende": ("auszubildende", "lehrlinge", "apprentices"),
    "altersgruppe": ("altersgruppe", "agegroup"),
    "inhaber": ("inhaber", "owners", "betriebsinhaber"),
    "betriebsnummer": ("betriebsnummer", "betriebsnr", "businessid", "rollennummer"),
    "inhaberalter": ("inhaberalter", "alterinhaber", "ownerage"),
    # survey sheet: respondents and one percent column per answer option (key, German and English label)
    "n": ("n", "antwortende", "nantwortende", "zahlderantwortenden", "anzahlantwortende", "respondents"),
    **{f"pct_{k}": (k, de, en) for (k, de), (_k, en) in zip(survey.answers("de"), survey.answers("en"), strict=True)},
}
HEADER_DE = {"kreis": "Kreis", "jahr": "Jahr", "gewerbegruppe": "Gewerbegruppe", "betriebe": "Betriebe",
             "beschaeftigte": "Beschäftigte", "auszubildende": "Auszubildende", "altersgruppe": "Altersgruppe",
             "inhaber": "Inhaber", "betriebsnummer": "Betriebsnummer", "inhaberalter": "Inhaberalter",
             "n": "N", **{f"pct_{k}": de for k, de in survey.answers("de")}}
VALUE_INDICATOR = {"betriebe": "businesses", "beschaeftigte": "employees", "auszubildende": "apprentices",
                   "inhaber": "owners"}

AGE_GROUPS: dict[str, str] = {  # label -> indicator suffix
    "unter 30": "u30", "30 bis 39": "30_39", "40 bis 49": "40_49", "50 bis 59": "50_59",
    "60 bis 64": "60_64", "65 und älter": "65plus",
}
SURVEY_COLUMNS = ("jahr", "n", *(f"pct_{k}" for k, _ in survey.answers()))
SURVEY_PCT = tuple(c for c in SURVEY_COLUMNS if c.startswith("pct_"))
# labels of the survey values in previews and summaries
INDICATOR_LABELS.update({
    survey.IMPORT_N: ("Befragung: Zahl der Antwortenden (N)", "Survey: respondents (N)"),
    **{survey.IMPORT_PCT + k: (f"Befragung: {de} (%)", f"Survey: {en} (%)")
       for (k, de), (_k, en) in zip(survey.answers("de"), survey.answers("en"), strict=True)},
})
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII")  # official numbering of the Gewerbegruppen


@dataclass(frozen=True)
class TableSpec:
    sheet: str
    columns: tuple[str, ...]


TABLES = (
    TableSpec(SHEET_BUSINESSES, ("kreis", "jahr", "gewerbegruppe", "betriebe", "beschaeftigte")),
    TableSpec(SHEET_APPRENTICES, ("kreis", "jahr", "gewerbegruppe", "auszubildende")),
    TableSpec(SHEET_OWNERS, ("kreis", "jahr", "gewerbegruppe", "altersgruppe", "inhaber")),
)
REGISTER_COLUMNS = ("betriebsnummer", "kreis", "jahr", "gewerbegruppe", "beschaeftigte")


def _key(text: object) -> str:
    return re.sub(r"[\s\-_.()/%]+", "", str(text or "")).lower()


_ALIASES = {_key(a): canon for canon, names in COLUMNS.items() for a in names}


def canonical_columns(header: Sequence[object]) -> list[str | None]:
    """Header cells -> canonical column names (None for unknown columns)."""
    return [_ALIASES.get(_key(h)) for h in header]


def group_lookup() -> dict[str, str]:
    """Accepted spellings (lower case) of the Gewerbegruppen and of the total -> canonical name."""
    out = {g.lower(): g for g in GEWERBEGRUPPEN}
    out.update({GEWERBEGRUPPEN_EN[g].lower(): g for g in GEWERBEGRUPPEN})
    out.update({r.lower(): g for r, g in zip(ROMAN, GEWERBEGRUPPEN, strict=True)})
    out.update({f"{r.lower()} {g.lower()}": g for r, g in zip(ROMAN, GEWERBEGRUPPEN, strict=True)})
    for t in ("insgesamt", "alle", "gesamt", "total", "alle gewerbegruppen"):
        out[t] = TOTAL
    return out


def district_lookup(region: Region) -> dict[str, str]:
    """Accepted spellings of the region's districts (keys with/without zeros, names) -> AGS."""
    out: dict[str, str] = {}
    for d in region.districts:
        name = d.name.lower()
        for k in (d.ags, d.ags.lstrip("0"), d.ags + "000", d.ags + "0000000", name, f"{name} ({d.ags})",
                  f"{d.ags} {name}"):
            out[k] = d.ags
        if d.type == "urban":
            base = name.split(" (")[0]
            for k in (f"{base}, stadt", f"stadt {base}", f"{base}, kreisfreie stadt", base):
                out.setdefault(k, d.ags)
        else:
            for k in (f"{name}, landkreis", f"landkreis {name}", f"{name}, kreis"):
                out.setdefault(k, d.ags)
    return out


def write_template(path: Path, region: Region, year: int | None = None) -> Path:
    """Write the empty template (xlsx) with drop-down lists; atomically (temp file, then rename).
    Sheets: instructions, the hidden lists behind the drop-downs, one per table, the survey sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    year = year or dt.date.today().year - 1
    wb = Workbook()
    _help_sheet(wb.active, region)
    sizes = _lists_sheet(wb, region)
    head_fill = PatternFill("solid", fgColor="DDE6F0")
    for spec in TABLES:
        _table_sheet(wb, spec, sizes, head_fill)
    _survey_sheet(wb, head_fill)

    return write_buffered(path, wb.save)


def _help_lines(region: Region) -> list[tuple[str, bool]]:
    """The instructions sheet's lines (text, bold): how to fill in each sheet, the region's districts
    and the Gewerbegruppen."""
    return [
        ("Vorlage für Kammerdaten – Handwerksmonitor Mitteldeutschland", True),
        ("", False),
        ("So füllen Sie die Vorlage aus:", True),
        ("1. Je Tabelle ein Blatt: „Betriebe und Beschäftigte“, „Auszubildende“, „Inhaber nach Alter“, "
         "„Befragung Kooperation“. Leere Blätter werden ignoriert.", False),
        ("2. Eine Zeile je Kreis, Jahr und Gewerbegruppe. Kreis und Gewerbegruppe bitte aus der Auswahlliste "
         "wählen (Kreis als Name oder 5-stelliger Kreisschlüssel).", False),
        ("3. Gewerbegruppe „insgesamt“ für die Summe aller Gruppen. Fehlt sie, bildet das Programm sie nur, "
         "wenn alle sieben Gruppen vorhanden sind.", False),
        ("4. Zahlen ohne Einheit eintragen, keine negativen Werte. Unbekannte Werte leer lassen oder „.“ "
         "eintragen (geheim/unbekannt).", False),
        ("5. Jede Kombination aus Kreis, Jahr und Gewerbegruppe (und Altersgruppe) nur einmal.", False),
        ("6. Spaltenüberschriften in Zeile 1 nicht ändern. Weitere Spalten werden ignoriert.", False),
        ("7. Speichern und im Programm über Datei → Daten importieren… einlesen. Das Programm zeigt vor dem "
         "Speichern eine Vorschau und alle Fehler mit Blatt, Zeile und Spalte.", False),
        ("8. Jeder Import wird ein eigener Datenstand und kann rückgängig gemacht werden.", False),
        ("9. „Auszubildende“: Bestand laut Lehrlingsrolle am 31.12. des Jahres. Das Programm zeigt diese Zahlen "
         "unter Studie → Ausbildung als eigene Reihe je Kreis, benannt nach dem Import.", False),
        ("10. „Befragung Kooperation“: eine Zeile je spätere Befragung mit der Frage der Studie (steht in Zeile 1 "
         f"des Blatts): Jahr ({survey.MIN_YEAR} bis nächstes Jahr), N = Zahl der Antwortenden (ganze Zahl > 0) "
         "und je Antwort der Anteil der Antwortenden in Prozent (0 bis 100, z. B. 49 für 49 %; "
         "Mehrfachantworten, die Summe darf über 100 liegen). Nicht erhobene Antworten leer lassen. "
         "Die Ergebnisse erscheinen unter Studie → Befragung neben denen der Studie.", False),
        ("", False),
        ("Statt dieser Vorlage geht auch eine CSV-Datei (Semikolon, UTF-8 oder Windows-1252) mit denselben "
         "Spalten, oder ein Auszug der Handwerksrolle mit den Spalten Betriebsnummer; Kreis; Jahr; "
         "Gewerbegruppe; Beschäftigte (eine Zeile je Betrieb).", False),
        ("", False),
        ("Die Befragung als CSV: Spalten Jahr; N; und die Antworten wie im Blatt „Befragung Kooperation“.",
         False),
        ("", False),
        ("Kreise der Region " + region.name + ":", True),
        *[(f"{d.ags}  {d.name}", False) for d in region.districts],
        ("", False),
        ("Gewerbegruppen:", True),
        *[(f"{r}  {g}", False) for r, g in zip(ROMAN, GEWERBEGRUPPEN, strict=True)],
    ]


def _help_sheet(help_ws: Worksheet, region: Region) -> None:
    """The first sheet (``help_ws``, an openpyxl worksheet): the instructions, one wrapped line per row."""
    from openpyxl.styles import Alignment, Font

    help_ws.title = SHEET_HELP
    bold = Font(bold=True)
    for i, (text, is_bold) in enumerate(_help_lines(region), start=1):
        c = help_ws.cell(row=i, column=1, value=text)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if is_bold:
            c.font = bold
    help_ws.column_dimensions["A"].width = 110


def _lists_sheet(wb: Workbook, region: Region) -> tuple[int, int, int]:
    """The hidden sheet feeding the drop-downs: districts (A), Gewerbegruppen with the total (B), age
    groups (C). Returns the three list lengths."""
    lists = wb.create_sheet(SHEET_LISTS)
    columns = ([d.name for d in region.districts], [TOTAL, *GEWERBEGRUPPEN], list(AGE_GROUPS))
    for j, values in enumerate(columns, start=1):
        for i, v in enumerate(values, start=1):
            lists.cell(row=i, column=j, value=v)
    lists.sheet_state = "hidden"
    return len(columns[0]), len(columns[1]), len(columns[2])


def _table_sheet(wb: Workbook, spec: TableSpec, sizes: tuple[int, int, int], head_fill: PatternFill) -> None:
    """One table's sheet: bold, filled header row (frozen), and drop-downs/validations on rows 2–2000:
    district and group from the lists (``sizes``: their lengths), year 1990…next year, values ≥ 0,
    age group from the list."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    n_districts, n_groups, n_ages = sizes
    ws = wb.create_sheet(spec.sheet)
    for j, col in enumerate(spec.columns, start=1):
        c = ws.cell(row=1, column=j, value=HEADER_DE[col])
        c.font = Font(bold=True)
        c.fill = head_fill
        ws.column_dimensions[c.column_letter].width = 38 if col == "gewerbegruppe" else 18
    ws.freeze_panes = "A2"
    letters = {col: ws.cell(row=1, column=j).column_letter for j, col in enumerate(spec.columns, start=1)}
    dv_d = DataValidation(type="list", formula1=f"={SHEET_LISTS}!$A$1:$A${n_districts}", allow_blank=True,
                          showErrorMessage=False)
    dv_d.promptTitle = "Kreis"
    dv_d.prompt = "Kreis aus der Liste wählen oder 5-stelligen Kreisschlüssel eintragen"
    dv_g = DataValidation(type="list", formula1=f"={SHEET_LISTS}!$B$1:$B${n_groups}", allow_blank=True,
                          showErrorMessage=True, errorTitle="Gewerbegruppe",
                          error="Bitte eine Gewerbegruppe aus der Liste wählen.")
    dv_y = DataValidation(type="whole", operator="between", formula1="1990", formula2=str(dt.date.today().year + 1),
                          allow_blank=True, showErrorMessage=True, errorTitle="Jahr",
                          error="Bitte ein Jahr zwischen 1990 und dem nächsten Jahr eintragen.")
    dv_n = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                          showErrorMessage=True, errorTitle="Wert", error="Bitte eine Zahl ≥ 0 eintragen.")
    for dv in (dv_d, dv_g, dv_y, dv_n):
        ws.add_data_validation(dv)
    dv_d.add(f"{letters['kreis']}2:{letters['kreis']}2000")
    dv_g.add(f"{letters['gewerbegruppe']}2:{letters['gewerbegruppe']}2000")
    dv_y.add(f"{letters['jahr']}2:{letters['jahr']}2000")
    for col in spec.columns:
        if col in VALUE_INDICATOR:
            dv_n.add(f"{letters[col]}2:{letters[col]}2000")
    if "altersgruppe" in letters:
        dv_a = DataValidation(type="list", formula1=f"={SHEET_LISTS}!$C$1:$C${n_ages}", allow_blank=True,
                              showErrorMessage=True, errorTitle="Altersgruppe",
                              error="Bitte eine Altersgruppe aus der Liste wählen.")
        ws.add_data_validation(dv_a)
        dv_a.add(f"{letters['altersgruppe']}2:{letters['altersgruppe']}2000")


def _survey_sheet(wb: Workbook, head_fill: PatternFill) -> None:
    """The survey sheet: the question (row 1), the columns (row 2), validations for year, N and percent."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(SHEET_SURVEY)
    last = len(SURVEY_COLUMNS)
    q = ws.cell(row=1, column=1, value=f"Frage: {survey.question()} (Mehrfachantworten; Anteile in % der Antwortenden)")
    q.font = Font(bold=True)
    q.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.row_dimensions[1].height = 48
    for j, col in enumerate(SURVEY_COLUMNS, start=1):
        c = ws.cell(row=2, column=j, value=HEADER_DE[col])
        c.font = Font(bold=True)
        c.fill = head_fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[c.column_letter].width = 10 if col in ("jahr", "n") else 22
    ws.row_dimensions[2].height = 45
    ws.freeze_panes = "A3"
    end = ws.cell(row=2, column=last).column_letter
    dv_y = DataValidation(type="whole", operator="between", formula1=str(survey.MIN_YEAR), formula2=str(max_year()),
                          allow_blank=True, showErrorMessage=True, errorTitle="Jahr",
                          error=f"Bitte ein Jahr zwischen {survey.MIN_YEAR} und dem nächsten Jahr eintragen.")
    dv_n = DataValidation(type="whole", operator="greaterThan", formula1="0", allow_blank=True, showErrorMessage=True,
                          errorTitle="N", error="Bitte die Zahl der Antwortenden eintragen (ganze Zahl > 0).")
    dv_p = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
                          showErrorMessage=True, errorTitle="Anteil in %",
                          error="Bitte einen Anteil in Prozent von 0 bis 100 eintragen (49 für 49 %).")
    for dv in (dv_y, dv_n, dv_p):
        ws.add_data_validation(dv)
    dv_y.add("A3:A500")
    dv_n.add("B3:B500")
    dv_p.add(f"C3:{end}500")


def is_header(row: Sequence[object] | None) -> bool:
    """A row that names the year and the district or N (the header of a template table)."""
    have = set(c for c in canonical_columns(row or ()) if c)
    return "jahr" in have and bool(have & {"kreis", "n"})


def xlsx_tables(path: Path, cancelled: Cancelled = None) -> list[tuple[str, list[object], list[tuple[Any, ...]], list[str]]]:
    """(sheet, header, rows, not taken) for every sheet with content; rows are (Excel row number, cells
    of the header's columns). Read by real cells (:mod:`core.imports.xlsx_reader`), never by the sheet's
    declared size; cells right of the header are listed as not taken.

    Call only after :func:`core.imports.safety.check_zip` has accepted the file.
    """
    from core.imports.xlsx_reader import as_tuple, header_width, open_workbook, outside, real_rows

    out: list[tuple[str, list[object], list[tuple[Any, ...]], list[str]]] = []
    with open_workbook(path) as wb:
        for ws in wb.worksheets:
            if ws.title in (SHEET_HELP, SHEET_LISTS):
                continue
            it = real_rows(ws, cancelled)
            first = next(it, None)
            if first is None:
                continue
            head = first[1]
            pending: list[tuple[int, dict[int, object]]] = []
            if not is_header(as_tuple(head, header_width(head))):  # a title line (the survey's question)?
                second = next(it, None)
                if second is not None and is_header(as_tuple(second[1], header_width(second[1]))):
                    head = second[1]
                elif second is not None:
                    pending.append(second)
            width = header_width(head)
            stray: dict[str, int] = {}
            rows = []
            header = list(as_tuple(head, width))
            if not is_header(header):  # not a template table: one row is enough to report it, read no more
                more = next(itertools.chain(pending, it), None)
                out.append((ws.title, header, [(more[0], as_tuple(more[1], width))] if more else [], []))
                continue
            for line, values in itertools.chain(pending, it):
                for col in outside(values, width):
                    stray[col] = stray.get(col, 0) + 1
                row = as_tuple(values, width)
                if any(v is not None for v in row):
                    rows.append((line, row))
            not_taken = [f"Spalte {c} (ohne Überschrift, {n} Wert{'e' if n > 1 else ''})" for c, n in stray.items()]
            out.append((ws.title, header, rows, not_taken))
    return out
