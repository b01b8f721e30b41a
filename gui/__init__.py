"""Everything Qt: the desktop application. Importing this package itself does not import Qt.

It does set ``PYSIDE6_OPTION_LAZY=0`` (unless the user set it), which must happen before PySide6 is
first imported: by default PySide6 6.11 creates each Qt wrapper type on first use, and the start-up
imports the tab modules (pyqtgraph & co.) in a worker thread while the GUI thread builds widgets, so
two threads create wrapper types at the same time — shiboken's lazy type table is not safe for that
and the window crashed at start, rarely and only under load (segfault, empty log). With all types
created when their module is imported the race is gone; the price is ≈ 40 ms CPU at start
(benchmarks/bench_startup.py) and a few MB.
"""

import os

os.environ.setdefault("PYSIDE6_OPTION_LAZY", "0")
