"""Printable reports: the district one-pager (Kreisprofil) as PDF, drawn with QPainter (no browser)."""
