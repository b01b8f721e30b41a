"""Hostile and damaged files are refused with a clear message before any parser reads them."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from core.errors import ImportValidationError
from core.imports import safety
from core.imports.chamber import write_template
from core.imports.model import ImportCancelledError
from core.imports.pipeline import read_import
from core.regions import load_region

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 8


def refused(path: Path) -> str:
    with pytest.raises(ImportValidationError) as exc:
        read_import(path)
    return exc.value.message("de")


def test_binary_junk_renamed_to_csv(tmp_path):
    (tmp_path / "bild.csv").write_bytes(PNG)
    assert "keine Text-/CSV-Datei (binärer Inhalt)" in refused(tmp_path / "bild.csv")


def test_old_excel_and_utf16_and_empty(tmp_path):
    (tmp_path / "alt.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert "Altes Excel-Format" in refused(tmp_path / "alt.xlsx")
    (tmp_path / "u16.csv").write_bytes("Kreis;Jahr\nLeipzig;2020\n".encode("utf-16"))
    assert "UTF-16" in refused(tmp_path / "u16.csv")
    (tmp_path / "leer.csv").write_bytes(b"")
    assert "leer" in refused(tmp_path / "leer.csv")


def test_zip_bomb_xlsx_refused_before_openpyxl(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_MEMBER_BYTES", 2 * 2**20)
    good = write_template(tmp_path / "t.xlsx", load_region())
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/media/padding.bin", bytes(8 * 2**20))  # 8 MB of zeros, a few KB compressed
    assert bomb.stat().st_size < 200_000
    called = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: called.append(1))
    assert "ZIP-Bombe" in refused(bomb)
    assert not called


def test_xml_bomb_xlsx_refused(tmp_path):
    good = write_template(tmp_path / "t.xlsx", load_region())
    bomb = tmp_path / "laughs.xlsx"
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "&lol%s;&lol%s;&lol%s;&lol%s;">' % (i, *(str(i - 1).encode() if i > 1 else b"",) * 4)
                      for i in range(1, 10))
           + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol9;</worksheet>')
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = lol if item.filename == "xl/worksheets/sheet2.xml" else src.read(item)
            dst.writestr(item, data)
    assert "XML-Bombe" in refused(bomb)


def test_openpyxl_parses_through_defusedxml():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML


def test_damaged_xlsx(tmp_path):
    good = write_template(tmp_path / "t.xlsx", load_region())
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "beschädigt" in refused(cut)


def _register(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Betriebsnummer;Kreis;Jahr;Gewerbegruppe;Beschäftigte\n")
        for i in range(rows):
            fh.write(f"N{i};{('14713', '15002', '16077')[i % 3]};2023;Ausbaugewerbe;{i % 9 + 1}\n")
    return path


def test_progress_and_cancel(tmp_path):
    path = _register(tmp_path / "rolle.csv", 60_000)
    seen: list[tuple[int, int]] = []
    batch = read_import(path, progress=lambda d, t: seen.append((d, t)))
    assert batch.values.set_index(["area_code", "indicator", "gewerbegruppe"]).value[
        ("14713", "businesses", "insgesamt")] == 20_000
    assert seen[-1] == (100, 100) and len(seen) >= 2
    with pytest.raises(ImportCancelledError):
        read_import(path, cancelled=lambda: True)
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        stop.set()  # cancel as soon as work has started

    with pytest.raises(ImportCancelledError):
        read_import(path, progress=progress, cancelled=stop.is_set)
