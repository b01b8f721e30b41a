"""Excel export (openpyxl, no Qt): one workbook with a sheet per table plus "Quellen" and "Annahmen".

``export_workbook(store, "out.xlsx", ExportRequest(...))`` builds and writes atomically.
"""

from core.export.workbook import ExportRequest, ExportResult, build_workbook, export_workbook

__all__ = ["ExportRequest", "ExportResult", "build_workbook", "export_workbook"]
