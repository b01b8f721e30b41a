"""Stand-in that makes pyqtgraph unimportable: core must work without Qt (.ci/run)."""

raise ImportError("pyqtgraph is blocked: core must not need Qt")
