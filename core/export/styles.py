"""Look of exported sheets: number formats, header style, title and source lines, column widths.

Number formats are Excel's locale-neutral codes; Excel and LibreOffice show them with the reader's
separators (German: ``1.234,5``; ``0.0%`` -> ``12,3 %``).
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

INT = "#,##0"
DEC1 = "#,##0.0"
DEC2 = "#,##0.00"
PCT = "0.0%"
YEAR = "0"

BRAND = "1F4E79"  # dark blue of the app
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=BRAND)
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
TITLE_FONT = Font(bold=True, size=14, color=BRAND)
SOURCE_FONT = Font(italic=True, size=9, color="595959")
NOTE_FONT = Font(italic=True, size=9, color="9C5700")
ESTIMATE_FILL = PatternFill("solid", fgColor="FFF2CC")  # light amber: "Schätzung"
THIN = Side(style="thin", color="BFBFBF")
HEADER_BORDER = Border(bottom=Side(style="medium", color=BRAND))

MIN_WIDTH = 8
MAX_WIDTH = 60
WRAP_WIDTH = 36  # a text column longer than this wraps within this width (the table stays printable)
