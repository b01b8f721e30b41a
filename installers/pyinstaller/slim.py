"""Bundle slimming used by ``build.spec`` (Linux): shrink what PyInstaller collected without losing a feature.

Three steps, each measured in the README's bundle table:

- ``prune_unreferenced_libs``: after the spec drops Qt plugins and modules, the shared libraries that only
  they needed (GTK/cairo/pango for the GTK3 platform theme, EGL/Wayland helpers, Kerberos …) are still
  collected. Keep only the libraries reachable over ELF ``DT_NEEDED`` from the roots (Python extension
  modules, the Qt plugins we keep, libpython which the bootloader opens with ``dlopen``).
- ``trim_icu_common_data``: Qt links ICU, whose data library (``libicudata.so.73``, 31 MB) holds every
  locale, converter and break dictionary. Qt calls ICU only for collation (``QCollator``,
  ``localeAwareCompare``), case mapping, time-zone names and codecs (``QStringConverter``); the app speaks
  German and English. Keep the root/de/en resources of every tree and all non-locale data; drop other
  locales, legacy code-page tables, break-iterator dictionaries, transliterators and spell-out rules.
- ``build_icu_data_library``: write the trimmed common data back as a shared library that exports the
  same ``icudt<NN>_dat`` symbol (GNU ``as`` + ``ld`` from binutils, which PyInstaller itself needs on
  Linux).

ICU common data ("CmnD", ``ucmndata.h``): a data header of ``headerSize`` bytes, then a table of contents
``count`` + ``count`` × (nameOffset, dataOffset) (uint32, relative to the TOC start, names sorted for a
binary search), the NUL-terminated names, then the items, each 16-byte aligned. An item's length is the
distance to the next item.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

# ---------------------------------------------------------------------------------------------------------
# ELF: the few fields we need (64-bit little endian, the only Linux target we build for)


@dataclass(frozen=True)
class _Section:
    name: str
    type: int
    addr: int
    offset: int
    size: int
    link: int
    entsize: int


def _sections(blob: bytes) -> list[_Section]:
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", blob, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", blob, 0x3A)
    raw = [struct.unpack_from("<IIQQQQIIQQ", blob, shoff + i * shentsize) for i in range(shnum)]
    strtab = raw[shstrndx]
    out = []
    for name_off, typ, _flags, addr, offset, size, link, _info, _align, entsize in raw:
        start = strtab[4] + name_off
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        out.append(_Section(name, typ, addr, offset, size, link, entsize))
    return out


def needed_libraries(path: Path) -> list[str]:
    """The ``DT_NEEDED`` entries of an ELF shared object (sonames, in order)."""
    blob = path.read_bytes()
    secs = _sections(blob)
    dyn = next((s for s in secs if s.name == ".dynamic"), None)
    if dyn is None:
        return []
    dynstr = secs[dyn.link]
    out = []
    for i in range(dyn.size // 16):
        tag, val = struct.unpack_from("<qQ", blob, dyn.offset + 16 * i)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = dynstr.offset + val
            out.append(blob[start:blob.index(b"\0", start)].decode())
    return out


def exported_data(path: Path, pattern: str) -> tuple[str, bytes]:
    """Name and bytes of the first defined dynamic symbol whose name matches ``pattern``."""
    blob = path.read_bytes()
    secs = _sections(blob)
    dynsym = next(s for s in secs if s.name == ".dynsym")
    dynstr = secs[dynsym.link]
    rx = re.compile(pattern)
    for i in range(dynsym.size // dynsym.entsize):
        name_off, _info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", blob,
                                                                          dynsym.offset + i * dynsym.entsize)
        start = dynstr.offset + name_off
        name = blob[start:blob.index(b"\0", start)].decode()
        if shndx and rx.fullmatch(name):
            sec = secs[shndx]
            off = sec.offset + value - sec.addr
            return name, blob[off:off + size]
    raise KeyError(f"no symbol {pattern!r} in {path}")


# ---------------------------------------------------------------------------------------------------------
# Qt parts to leave out (matched against the bundle path, ``/`` separators; all platforms)

QT_DROP = re.compile(
    # Qt modules the app never imports (their libraries are still collected through hooks)
    r"(Qt6(Qml|Quick|Network|Sql|Test|Designer|Help|UiTools|Xml|Concurrent|Pdf|VirtualKeyboard|"
    r"LabsStyleKit|ShaderTools|Wayland|3D|WebEngine|Multimedia|Positioning|Bluetooth)"
    # helpers of the EGLFS/Wayland platform plugins dropped below
    r"|Qt6(EglFS|EglFsKms|WlShell)"
    r"|plugins/(qmltooling|sqldrivers|tls|networkinformation|designer|wayland|egldeviceintegrations|"
    r"generic|vectorimageformats)"
    # GTK3 theme: needs the system's GTK anyway and drags cairo/pango/gdk-pixbuf along; the
    # xdg-desktop-portal theme stays (native file dialogs, see rthook_platformtheme.py)
    r"|plugins/platformthemes/(lib)?qgtk3"
    # image formats: the app reads and writes PNG (built into QtGui) and SVG only
    r"|plugins/imageformats/(?!(lib)?qsvg\.)"
    # window systems: X11 (also under XWayland), offscreen (self-test, screenshots), Windows, macOS
    r"|plugins/platforms/(?!(lib)?q(xcb|offscreen|windows|cocoa)\.)"
    r"|/qml/|translations/(?!qtbase_(de|en)))",
)

# ---------------------------------------------------------------------------------------------------------
# shared-library pruning

# Libraries a desktop Linux always has and that should come from the system, not from the build machine
# (the AppImage project's exclude list, the part PyInstaller collects here): a bundled libstdc++ or glib
# older than the system's breaks the system's GL/input-method plugins, a bundled fontconfig may not read
# the system's fonts.conf. Pip-installed PySide6 wheels use the system's copies too.
SYSTEM_LIBS = frozenset({
    "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libexpat.so.1", "libuuid.so.1", "libcom_err.so.2",
    "libgpg-error.so.0", "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1", "libfontconfig.so.1",
    "libfreetype.so.6", "libharfbuzz.so.0", "libglib-2.0.so.0", "libgobject-2.0.so.0", "libgio-2.0.so.0",
    "libfribidi.so.0", "libthai.so.0", "libGL.so.1", "libEGL.so.1", "libdrm.so.2",
})


def prune_unreferenced_libs(
    entries: Iterable[tuple[str, str, str]],
    is_root: Callable[[str, str], bool],
    needed: Callable[[str], list[str]] = lambda src: needed_libraries(Path(src)),
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Keep the roots and every library they need, transitively; returns (kept entries, dropped dest names).

    ``entries`` are PyInstaller TOC tuples (dest, src, typecode); a ``SYMLINK`` entry (dest → src dest)
    stays when its target stays. Libraries are matched by file name, as the loader does with sonames.
    """
    entries = list(entries)
    by_name: dict[str, tuple[str, str, str]] = {}
    for e in entries:
        if e[2] != "SYMLINK":
            by_name.setdefault(Path(e[0]).name, e)
    reached: set[str] = set()
    todo = [e for e in entries if e[2] != "SYMLINK" and is_root(e[0], e[2])]
    while todo:
        dest, src, _ = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for lib in needed(src):
            dep = by_name.get(lib)
            if dep is not None and dep[0] not in reached:
                todo.append(dep)
    kept, dropped = [], []
    for e in entries:
        target = str(Path(e[0]).parent / e[1]) if e[2] == "SYMLINK" else e[0]
        alive = e[0] in reached or (e[2] == "SYMLINK" and (target in reached or e[1] in reached))
        (kept if alive else dropped).append(e if alive else e[0])
    return kept, dropped


# ---------------------------------------------------------------------------------------------------------
# ICU common data


def icu_items(dat: bytes) -> list[tuple[str, bytes]]:
    """(name, bytes) of every item of an ICU common data file, in TOC order (padding included)."""
    header_size, = struct.unpack_from("<H", dat, 0)
    if dat[2:4] != b"\xda\x27" or dat[12:16] != b"CmnD":
        raise ValueError("not ICU common data (CmnD)")
    toc = header_size
    count, = struct.unpack_from("<I", dat, toc)
    ents = [struct.unpack_from("<II", dat, toc + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_off, data_off) in enumerate(ents):
        start = toc + name_off
        name = dat[start:dat.index(b"\0", start)].decode("ascii")
        end = toc + ents[i + 1][1] if i + 1 < count else len(dat)
        out.append((name, dat[toc + data_off:end]))
    return out


def pack_icu_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data file from a data header and (name, bytes) items (sorted by name, 16-aligned)."""
    items = sorted(items, key=lambda it: it[0].encode("ascii"))
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_len = 4 + 8 * len(items)
    pos = toc_len + len(names)
    pos += -pos % 16
    offsets, body = [], bytearray()
    name_pos = toc_len
    for name, data in items:
        offsets.append((name_pos, pos + len(body)))
        name_pos += len(name) + 1
        body += data + b"\0" * (-len(data) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", *o) for o in offsets)
    pad = b"\0" * (-(toc_len + len(names)) % 16)
    return header + toc + names + pad + bytes(body)


_LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)$")
# Trees Qt never reaches: break-iterator rules and dictionaries (Qt has its own text boundaries),
# transliterators, rule-based number spell-out.
_DROP_TREES = {"brkitr", "translit", "rbnf"}
# Code-page tables kept: Windows-1252 and ISO-8859-15 (German text in legacy encodings); UTF-*, ASCII
# and Latin-1 are algorithmic in ICU and need no table.
_KEEP_CNV = {"ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv"}
_DROP_FILES = {"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu"}


def keep_icu_item(name: str, languages: tuple[str, ...] = ("root", "de", "en")) -> bool:
    """Whether a common-data item (``icudt73l/coll/de.res``) stays in the trimmed data."""
    rel = name.split("/", 1)[1] if "/" in name else name
    parts = rel.split("/")
    tree = parts[0] if len(parts) > 1 else ""
    base = parts[-1]
    stem, _, ext = base.rpartition(".")
    if tree in _DROP_TREES or base in _DROP_FILES:
        return False
    if ext == "cnv":
        return base in _KEEP_CNV
    if ext == "res" and _LOCALE.match(stem):
        return stem.split("_")[0] in languages
    return True


def trim_icu_common_data(dat: bytes, keep: Callable[[str], bool] = keep_icu_item) -> bytes:
    header_size, = struct.unpack_from("<H", dat, 0)
    return pack_icu_common_data(dat[:header_size], [it for it in icu_items(dat) if keep(it[0])])


def build_icu_data_library(dat: bytes, symbol: str, soname: str, out: Path) -> None:
    """A shared library ``out`` (soname ``soname``) exporting ``dat`` as the data symbol ``symbol``."""
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icu.dat"
        blob.write_bytes(dat)
        asm = Path(tmp) / "icu.s"
        asm.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
            f'\t.incbin "{blob}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        obj = Path(tmp) / "icu.o"
        subprocess.run(["as", "--64", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", str(out), str(obj)], check=True)


def trimmed_icu_library(original: Path, out: Path) -> tuple[int, int]:
    """Write a trimmed copy of the ICU data library ``original`` to ``out``; (old, new) file sizes."""
    symbol, dat = exported_data(original, r"icudt\d+_dat")
    build_icu_data_library(trim_icu_common_data(dat), symbol, original.name, out)
    return original.stat().st_size, out.stat().st_size


# ---------------------------------------------------------------------------------------------------------
# stripping


def strip_copy(src: Path, out: Path) -> tuple[int, int]:
    """A copy of ``src`` without symbol tables and debug info (``strip --strip-unneeded``); (old, new) sizes.

    Only for binaries linked normally (libpython, the stdlib's extension modules): libraries that
    auditwheel/patchelf rewrote (``numpy.libs/*``) break under binutils' strip ("ELF load command
    address/offset not page-aligned"), which is why the spec does not use PyInstaller's blanket ``strip``.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["strip", "--strip-unneeded", "-o", str(out), str(src)], check=True)
    return src.stat().st_size, out.stat().st_size
