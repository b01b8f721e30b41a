"""Bundle slimming (installers/pyinstaller/slim.py): what build.spec leaves out must not take a feature along.

The frozen bundle's ``--self-test`` checks the result at run time (ICU text services, every module);
these tests check the pieces on the libraries of the development environment.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installers" / "pyinstaller"))

import slim  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the slimming runs on Linux builds")


def _qt_lib(name: str) -> Path:
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt" / "lib" / name
    if not path.exists():
        pytest.skip(f"{name} not in this PySide6 installation")
    return path


@pytest.fixture(scope="module")
def icu_data() -> bytes:
    lib = next(iter(sorted(Path(_qt_lib("libQt6Core.so.6")).parent.glob("libicudata.so.*"))), None)
    if lib is None:
        pytest.skip("PySide6 without a bundled ICU")
    return slim.exported_data(lib, r"icudt\d+_dat")[1]


def test_trimmed_icu_data_keeps_german_english_and_root_byte_for_byte(icu_data: bytes) -> None:
    full = dict(slim.icu_items(icu_data))
    trimmed = slim.trim_icu_common_data(icu_data)
    kept = dict(slim.icu_items(trimmed))
    assert len(trimmed) < len(icu_data) / 5
    prefix = next(iter(full)).split("/")[0]  # icudt73l
    for name in ("coll/de.res", "coll/en.res", "coll/root.res", "coll/ucadata.icu", "zone/de.res",
                 "zone/en.res", "zone/root.res", "metaZones.res", "zoneinfo64.res", "timezoneTypes.res",
                 "cnvalias.icu", "ibm-5348_P100-1997.cnv", "de.res", "en.res", "root.res", "en_GB.res",
                 "de_AT.res", "uts46.nrm", "supplementalData.res", "likelySubtags.res"):
        item = f"{prefix}/{name}"
        assert item in kept, item
        # same bytes (the packer pads each item to 16 bytes, as ICU's own tools do)
        assert kept[item].rstrip(b"\0") == full[item].rstrip(b"\0"), item
    for name in ("coll/zh.res", "fr.res", "zone/ja.res", "brkitr/cjdict.dict", "translit/root.res",
                 "gb18030.cnv", "unames.icu"):
        assert f"{prefix}/{name}" in full and f"{prefix}/{name}" not in kept, name
    # ICU finds items by binary search over the names: the table of contents must stay sorted
    names = [n.encode() for n, _ in slim.icu_items(trimmed)]
    assert names == sorted(names)
    header_size = struct.unpack_from("<H", trimmed, 0)[0]
    assert trimmed[:header_size] == icu_data[:header_size]
    # every item starts on a 16-byte boundary (ICU reads them in place)
    count = struct.unpack_from("<I", trimmed, header_size)[0]
    for i in range(count):
        _, data_off = struct.unpack_from("<II", trimmed, header_size + 4 + 8 * i)
        assert (header_size + data_off) % 16 == 0


def test_keep_icu_item_by_language_and_kind() -> None:
    keep = slim.keep_icu_item
    assert keep("icudt73l/coll/de__PHONEBOOK.res")
    assert keep("icudt73l/curr/en_150.res")
    assert keep("icudt73l/curr/pool.res")  # shared key pool of a tree, not a locale
    assert keep("icudt73l/supplementalData.res")
    assert not keep("icudt73l/curr/fr_CA.res")
    assert not keep("icudt73l/sr_Latn_BA.res")
    assert not keep("icudt73l/brkitr/de.res")
    assert not keep("icudt73l/ibm-943_P15A-2003.cnv")
    assert keep("icudt73l/ibm-923_P100-1998.cnv")


@pytest.mark.skipif(shutil.which("as") is None or shutil.which("ld") is None, reason="needs binutils")
def test_rebuilt_icu_library_exports_the_trimmed_data(icu_data: bytes, tmp_path: Path) -> None:
    original = next(iter(sorted(Path(_qt_lib("libQt6Core.so.6")).parent.glob("libicudata.so.*"))))
    out = tmp_path / original.name
    old, new = slim.trimmed_icu_library(original, out)
    assert new < old / 5
    symbol, data = slim.exported_data(out, r"icudt\d+_dat")
    assert symbol == slim.exported_data(original, r"icudt\d+_dat")[0]
    assert data == slim.trim_icu_common_data(icu_data)
    # the loader finds it under the same soname the ICU code libraries ask for
    assert original.name in slim.needed_libraries(_qt_lib(f"libicuuc.so.{original.name.rsplit('.', 1)[1]}"))


def test_needed_libraries_reads_dt_needed() -> None:
    needed = slim.needed_libraries(_qt_lib("libQt6Widgets.so.6"))
    assert "libQt6Gui.so.6" in needed and "libQt6Core.so.6" in needed


def test_prune_keeps_roots_and_their_dependencies_only() -> None:
    deps = {
        "/s/ext.so": ["libA.so.1"], "/s/libA.so.1": ["libB.so.2", "libc.so.6"], "/s/libB.so.2": [],
        "/s/plugin.so": ["libC.so.3"], "/s/libC.so.3": [], "/s/libOrphan.so.1": ["libDeep.so.1"],
        "/s/libDeep.so.1": [], "/s/libpython3.11.so.1.0": [],
    }
    entries = [
        ("pkg/ext.so", "/s/ext.so", "EXTENSION"),
        ("libA.so.1", "/s/libA.so.1", "BINARY"),
        ("Qt/lib/libB.so.2", "/s/libB.so.2", "BINARY"),
        ("libB.so.2", "Qt/lib/libB.so.2", "SYMLINK"),
        ("Qt/plugins/x/plugin.so", "/s/plugin.so", "BINARY"),
        ("libC.so.3", "/s/libC.so.3", "BINARY"),
        ("libOrphan.so.1", "/s/libOrphan.so.1", "BINARY"),
        ("libDeep.so.1", "/s/libDeep.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    kept, dropped = slim.prune_unreferenced_libs(
        entries,
        lambda dest, typecode: typecode == "EXTENSION" or "/plugins/" in dest or dest.startswith("libpython"),
        needed=lambda src: deps[src],
    )
    assert sorted(dropped) == ["libDeep.so.1", "libOrphan.so.1"]
    assert {e[0] for e in kept} == {e[0] for e in entries} - set(dropped)


@pytest.mark.parametrize(
    ("path", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", False),
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ],
)
def test_qt_drop_list(path: str, dropped: bool) -> None:
    assert bool(slim.QT_DROP.search(path)) is dropped
