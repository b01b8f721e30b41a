"""Shared chart look: one palette, fonts and pen widths for every pyqtgraph chart."""
