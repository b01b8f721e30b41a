"""Qt translations: German source strings in ``self.tr()``, English from a Qt Linguist .ts file.

- ``python -m gui.i18n update``: run ``pyside6-lupdate`` over gui/ into
  ``resources/translations/handwerksmonitor_en.ts`` (committed; ``-no-obsolete -locations none`` so
  moving code does not churn the file). Fill new entries with Qt Linguist (``pyside6-linguist``).
- ``python -m gui.i18n fill FILE.json``: fill unfinished entries from ``{context: {de: en}}``
  (then ``update`` again to normalise); ``status`` lists what is still untranslated.
- ``python -m gui.i18n build``: ``pyside6-lrelease`` -> ``handwerksmonitor_en.qm`` next to the .ts
  (not committed; packaging runs this).
- At start, ``install(app, lang)`` loads our .qm (building it into the user cache on first start when
  only the .ts exists and lrelease is available) and Qt's own ``qtbase_<lang>`` for standard buttons.
  ``HANDWERKSMONITOR_PSEUDO_TR=1`` lengthens every string by a third to check layouts.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import paths

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
CATALOG = "handwerksmonitor"
ROOT = Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    import resources

    return Path(str(resources.path("translations")))


def ts_file(lang: str = "en") -> Path:
    return translations_dir() / f"{CATALOG}_{lang}.ts"


def cache_dir() -> Path:
    """Where a .qm built at first start goes (never into the checkout or bundle)."""
    d = paths.cache_dir()
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only home: build into a throw-away folder instead
        import tempfile

        d = Path(tempfile.mkdtemp(prefix="hwm-qm-"))
    return d


def _tool(name: str) -> str | None:
    """``lupdate``/``lrelease`` shipped inside the PySide6 wheel, else the ``pyside6-*`` wrapper."""
    try:
        import PySide6

        exe = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
        if exe.exists():
            return str(exe)
    except ImportError:
        pass
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


def system_language() -> str:
    """English only when the system asks for English; German (the source language) otherwise."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "de"


def resolve_language(cli_lang: str | None, saved: str | None) -> str:
    """--lang beats the saved setting, which beats the system locale."""
    for lang in (cli_lang, saved):
        if lang in LANGUAGES:
            return lang  # type: ignore[return-value]
    return system_language()


def build_qm(lang: str = "en", out_dir: Path | None = None) -> Path | None:
    """Compile the .ts into a .qm with lrelease; returns the .qm path or None if that is not possible."""
    ts = ts_file(lang)
    lrelease = _tool("lrelease")
    if not ts.exists() or lrelease is None:
        return None
    out = (out_dir or ts.parent) / f"{CATALOG}_{lang}.qm"
    tmp = out.with_suffix(".qm.tmp")
    proc = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True)
    if proc.returncode != 0 or not tmp.exists():
        log.warning("lrelease failed: %s", proc.stderr.strip())
        tmp.unlink(missing_ok=True)
        return None
    os.replace(tmp, out)  # no half-written .qm
    return out


def find_qm(lang: str) -> Path | None:
    """Our compiled catalogue: bundled/checkout .qm, else a cached one (rebuilt when the .ts is newer)."""
    bundled = translations_dir() / f"{CATALOG}_{lang}.qm"
    ts = ts_file(lang)
    if bundled.exists() and (not ts.exists() or bundled.stat().st_mtime >= ts.stat().st_mtime):
        return bundled
    cached = cache_dir() / f"{CATALOG}_{lang}.qm"
    if cached.exists() and ts.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    built = build_qm(lang, cache_dir())
    if built is None and not os.access(cache_dir(), os.W_OK):  # read-only cache: a throw-away folder
        import tempfile

        built = build_qm(lang, Path(tempfile.mkdtemp(prefix="hwm-qm-")))
    return built or (bundled if bundled.exists() else None)


class _PseudoTranslator(QTranslator):
    """Lengthens every string (layout check), keeping the original text readable."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        if not source:
            return source
        return source + " " + "~" * max(1, len(source) // 3)


_installed: list[QTranslator] = []
_current = "de"


def locale_for(lang: str) -> QLocale:
    """The locale used for a UI language (en: British English, so dates read day-month-year)."""
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def current_language() -> str:
    """The UI language of the process ("de" | "en"): what ``install`` set last. Widgets read it as
    ``ctx.lang`` (``gui.context.AppContext``); code without a context (number formatting, the error
    dialog of the exception hook, PDF pages) calls this."""
    return _current


def install(lang: str, app: QCoreApplication | None = None) -> None:
    """Replace the installed translators with those for ``lang``; set the default QLocale and the
    UI language (``current_language``)."""
    global _current
    app = app or QCoreApplication.instance()
    assert app is not None
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = "en" if lang == "en" else "de"
    QLocale.setDefault(locale_for(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    if lang != "de":  # German is the source language
        qm = find_qm(lang)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no translation catalogue for %s; showing German", lang)
    if os.environ.get("HANDWERKSMONITOR_PSEUDO_TR"):
        pseudo = _PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)


def update() -> int:
    """lupdate over every .py file in gui/ into the committed .ts (keeps existing translations)."""
    lupdate = _tool("lupdate")
    if lupdate is None:
        print("pyside6-lupdate nicht gefunden", file=sys.stderr)
        return 2
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    ts = ts_file("en")
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language", "de_DE",
           "-target-language", "en_GB", *sources, "-ts", str(ts.relative_to(ROOT))]
    return subprocess.run(cmd, cwd=ROOT).returncode


def untranslated(lang: str = "en") -> list[str]:
    """Source strings of the .ts that still lack a translation (used by tests and ``status``)."""
    from xml.etree import ElementTree as ET

    root = ET.parse(ts_file(lang)).getroot()  # our own committed file, not user input
    out = []
    for msg in root.iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or list(tr)):
            src = msg.find("source")
            out.append(src.text if src is not None and src.text else "")
    return out


def fill(mapping: dict[str, dict[str, str]], lang: str = "en") -> int:
    """Fill unfinished entries of the .ts from ``{context: {german: english}}``; returns how many.

    Run ``update`` afterwards so lupdate normalises the file layout.
    """
    from xml.etree import ElementTree as ET

    path = ts_file(lang)
    tree = ET.parse(path)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        table = mapping.get(name, {})
        for msg in ctx.iter("message"):
            src = msg.findtext("source", "")
            tr = msg.find("translation")
            if src in table and tr is not None and msg.get("numerus") != "yes":
                tr.text = table[src]
                tr.attrib.pop("type", None)
                count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    os.replace(tmp, path)
    return count


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cmd = argv[0] if argv else ""
    if cmd == "update":
        return update()
    if cmd == "build":
        ok = all(build_qm(lang) is not None for lang in LANGUAGES if ts_file(lang).exists())
        if not ok:
            print("lrelease fehlgeschlagen oder nicht gefunden", file=sys.stderr)
        return 0 if ok else 2
    if cmd == "fill" and len(argv) == 2:
        import json

        n = fill(json.loads(Path(argv[1]).read_text("utf-8")))
        print(f"{n} translations filled; now run: python -m gui.i18n update")
        return 0
    if cmd == "status":
        missing = untranslated("en")
        for s in missing:
            print(s)
        print(f"{len(missing)} untranslated", file=sys.stderr)
        return 0
    print("usage: python -m gui.i18n update|build|status|fill FILE.json", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
