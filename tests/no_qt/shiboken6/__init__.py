"""Stand-in that makes shiboken6 unimportable: core must work without Qt (.ci/run)."""

raise ImportError("shiboken6 is blocked: core must not need Qt")
