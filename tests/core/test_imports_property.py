"""Property-based: random and mutated files give a clean import or a clear ImportValidationError —
never another exception, never a partial write."""

from __future__ import annotations

import contextlib
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import ImportValidationError
from core.imports import versions
from core.imports.model import ImportBatch
from core.imports.pipeline import read_import
from core.regions import load_region
from core.userdb import open_user_db

ROOT = Path(__file__).resolve().parent.parent / "data"
SAMPLES = {
    "genesis": (ROOT / "imports" / "53111-01-01-4_irmd_cp1252.csv").read_bytes(),
    "flat": (ROOT / "imports" / "12411_flat.csv").read_bytes(),
    "flat_old": (ROOT / "imports" / "13111_flat_old.csv").read_bytes(),
    "chamber": (ROOT / "imports" / "kammer_betriebe.csv").read_bytes(),
    "register": (ROOT / "imports" / "kammer_register.csv").read_bytes(),
    "real": (ROOT / "genesis" / "13111-01-03-4.csv").read_bytes(),
}
REGION = load_region()


def _filled_template() -> bytes:
    from openpyxl import load_workbook

    from core.imports.chamber import SHEET_BUSINESSES, write_template

    with tempfile.TemporaryDirectory() as tmp:
        path = write_template(Path(tmp) / "v.xlsx", REGION)
        wb = load_workbook(path)
        for row in (["Leipzig", 2023, "Ausbaugewerbe", 400, 2100], ["15088", 2023, "insgesamt", 2000, 14000]):
            wb[SHEET_BUSINESSES].append(row)
        wb.save(path)
        return path.read_bytes()


SAMPLES["xlsx"] = _filled_template()
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def attempt(path: Path) -> ImportBatch | None:
    """The property: a batch or an ImportValidationError with at least one located problem."""
    try:
        batch = read_import(path, REGION)
    except ImportValidationError as exc:
        assert exc.problems, "an import error must list its problems"
        assert all(p.de and p.en for p in exc.problems)
        assert exc.message("de") and exc.message("en")
        return None
    assert not batch.values.empty
    assert set(batch.values.area_code) <= set(REGION.all_area_codes())
    return batch


def _mutate(data: bytes, how: str, rnd: random.Random) -> bytes:
    if how == "truncate":
        return data[: rnd.randrange(0, len(data))]
    if how == "flip":
        b = bytearray(data)
        for _ in range(rnd.randint(1, 12)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        return bytes(b)
    if how == "utf16":
        return data.decode("utf-8", errors="replace").encode("utf-16")
    if how == "latin1":
        return data.decode("utf-8", errors="replace").encode("latin-1", errors="replace")
    if how == "double_utf8":
        return data.decode("latin-1").encode("utf-8")
    if how == "shuffle_columns":
        lines = data.decode("utf-8", errors="replace").splitlines()
        sep = ";"
        order = list(range(len(lines[0].split(sep))))
        rnd.shuffle(order)
        out = []
        for ln in lines:
            cells = ln.split(sep)
            out.append(sep.join(cells[i] if i < len(cells) else "" for i in order))
        return ("\n".join(out) + "\n").encode("utf-8")
    if how == "drop_lines":
        blines = data.splitlines(keepends=True)
        return b"".join(ln for ln in blines if rnd.random() > 0.2)
    if how == "duplicate_lines":
        blines = data.splitlines(keepends=True)
        i = rnd.randrange(1, len(blines))
        return b"".join(blines[: i + 1] + [blines[i]] + blines[i + 1:])
    raise AssertionError(how)


MUTATIONS = ["truncate", "flip", "utf16", "latin1", "double_utf8", "shuffle_columns", "drop_lines", "duplicate_lines"]


@SETTINGS
@given(sample=st.sampled_from(sorted(SAMPLES)), how=st.sampled_from(MUTATIONS), seed=st.integers(0, 2**32 - 1))
def test_mutated_files(tmp_path: Path, sample: str, how: str, seed: int) -> None:
    path = tmp_path / "mutated.csv"
    path.write_bytes(_mutate(SAMPLES[sample], how, random.Random(seed)))
    attempt(path)


@SETTINGS
@given(data=st.binary(min_size=0, max_size=3000))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    attempt(path)


@SETTINGS
@given(rows=st.lists(st.tuples(
    st.sampled_from(["Leipzig", "14713", "15002", "Gera", "", "Nordsachsen", "1471", "147130000000"]),
    st.one_of(st.integers(1900, 2100), st.sampled_from(["", "x", "20.5"])),
    st.sampled_from(["Bauhauptgewerbe", "insgesamt", "II", "Bau", "", "Gesundheitsgewerbe"]),
    st.one_of(st.integers(-10, 10**7), st.sampled_from([".", "-", "(12)", "1.234", "1,5", "abc", ""])),
), min_size=1, max_size=12))
def test_random_chamber_tables_and_no_partial_write(tmp_path: Path, rows) -> None:
    """Whatever the content: a batch is saved completely, or nothing is written at all."""
    path = tmp_path / "kammer.csv"
    path.write_text("Kreis;Jahr;Gewerbegruppe;Betriebe\n" + "".join(f"{a};{b};{c};{d}\n" for a, b, c, d in rows),
                    encoding="utf-8")
    con = open_user_db(tmp_path / "user.duckdb")
    try:
        before = con.execute("SELECT (SELECT count(*) FROM import_versions), (SELECT count(*) FROM import_values)"
                             ).fetchone()
        batch = attempt(path)
        after = con.execute("SELECT (SELECT count(*) FROM import_versions), (SELECT count(*) FROM import_values)"
                            ).fetchone()
        assert after == before
        if batch is not None:
            with contextlib.suppress(ImportValidationError):  # the same file content twice
                versions.save_version(con, batch)
            n = con.execute("SELECT count(*) FROM import_values v JOIN import_versions i ON i.id = v.version_id "
                            "WHERE i.sha256 = ?", [batch.sha256]).fetchone()[0]  # type: ignore[index]
            assert n == len(batch.values)
    finally:
        con.close()


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_unmutated_samples_import(tmp_path: Path, sample: str) -> None:
    path = tmp_path / f"{sample}.csv"
    path.write_bytes(SAMPLES[sample])
    assert attempt(path) is not None
