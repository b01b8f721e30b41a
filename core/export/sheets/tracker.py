"""Empfehlungen sheet (filled in once core.tracker's store exists)."""

from __future__ import annotations

from typing import Any

from core.export.workbook import SheetSkipped


def collect(store: Any) -> tuple[Any, dict]:
    raise SheetSkipped("Empfehlungs-Tracker (core.tracker) ist noch nicht vorhanden")


def add_status_chart(ws: Any, rng: Any, counts: dict) -> None:
    return None
