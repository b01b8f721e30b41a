"""Finding 10 of the review: inputs that ended in a Python traceback now give one clear line and exit 2
(or simply work): a template into a missing folder or onto a folder, a --note or an output path in
another encoding than UTF-8, and every printed text is free of terminal control characters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main

ROOT = Path(__file__).resolve().parents[2]


def one_clear_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


def test_template_into_a_missing_folder_or_onto_a_folder(tmp_path: Path, capsys) -> None:
    assert main(["import", "--template", str(tmp_path / "fehlt" / "v.xlsx")]) == 2
    assert "existiert nicht" in one_clear_line(capsys)
    assert main(["import", "--template", str(tmp_path)]) == 2
    assert "ist ein Ordner" in one_clear_line(capsys)
    assert list(tmp_path.iterdir()) == []  # no 0-byte temp file left


def test_note_in_another_encoding_is_refused_clearly(capsys) -> None:
    note = os.fsdecode(b"Auftakt mit der Kammer " + b"\xe4\xfc")  # Latin-1 bytes, as argv delivers them
    assert main(["tracker", "set", "3", "--status", "geplant", "--note", note]) == 2
    assert "UTF-8" in one_clear_line(capsys)
    assert main(["tracker", "list", "--json"]) == 0
    assert '"status": "geplant"' not in capsys.readouterr().out  # nothing written


def test_output_path_in_another_encoding_works_and_prints(tmp_path: Path, capsys) -> None:
    raw = os.fsencode(tmp_path) + b"/Vorlage-\xe4.xlsx"
    assert main(["import", "--template", os.fsdecode(raw)]) == 0
    out = capsys.readouterr().out
    assert "Vorlage-?.xlsx" in out  # printable, undecodable byte shown as '?'
    assert os.path.exists(raw)


def test_real_process_with_non_utf8_argv_has_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HANDWERKSMONITOR_HOME": str(tmp_path / "home")}
    target = os.fsencode(tmp_path) + b"/\xff\x1b[2Jx.xlsx"
    proc = subprocess.run([sys.executable, "-m", "gui.launcher", "import", "--template", target], cwd=ROOT, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr and b"\x1b" not in proc.stdout
    assert os.path.exists(target)
