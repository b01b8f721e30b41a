"""Sheet builders of the Excel export: each turns a core result into a :class:`~core.export.table.SheetTable`
(pure, testable) and, where useful, adds a native chart to the written sheet."""
