"""``python -m gui`` and the PyInstaller entry script."""

from gui.launcher import main

raise SystemExit(main())
