"""Stand-in that makes PySide6 unimportable: core must work without Qt (.ci/run)."""

raise ImportError("PySide6 is blocked: core must not need Qt")
