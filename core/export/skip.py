"""``SheetSkipped``: a sheet builder has nothing to write (no data, no user database). The workbook is
written without that sheet and says why (``ExportResult.skipped``). A module of its own so that the
sheet modules and the workbook builder both import it without importing each other."""

from __future__ import annotations


class SheetSkipped(Exception):
    """A sheet cannot be built: there are no data for it (the message says which)."""
