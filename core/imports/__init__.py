"""Import of official statistics tables (GENESIS / Regionalstatistik) and the chambers' own figures.

Pipeline: :func:`core.imports.pipeline.read_import` sniffs and parses a file into an
:class:`~core.imports.model.ImportBatch` (nothing written), :mod:`core.imports.validate` checks it,
:func:`core.imports.versions.save_version` writes it as one data version in one transaction, and
:func:`core.imports.versions.activate` lays it over the bundled facts.
"""
