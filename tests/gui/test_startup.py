"""Start-up as a user meets it: --screenshot from the command line, a second window on a locked database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.gui.shell_helpers import close_app, start_app

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HANDWERKSMONITOR_HOME=str(home))
    return env


def test_screenshot_option_writes_every_tab_dialog_and_slide(tmp_path):
    out = tmp_path / "shots"
    proc = subprocess.run(
        [sys.executable, "-m", "gui.launcher", "--screenshot", str(out), "--lang", "de"],
        cwd=ROOT, env=_env(tmp_path / "home"), capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = {p.name for p in out.glob("*.png")}
    assert {"kreisprofile.png", "branchenportfolio.png", "prognose.png", "empfehlungen.png", "studie.png",
            "dialog-about.png", "dialog-sources.png", "dialog-import.png", "dialog-export.png"} <= names
    slides = sorted(n for n in names if n.startswith("folie-"))
    assert len(slides) >= 10 and slides[0].startswith("folie-01-")  # every slide, numbered
    assert any(n.startswith("prognose-") for n in names) and any(n.startswith("studie-") for n in names)
    for name in names:
        img = QImage(str(out / name))
        assert (img.width(), img.height()) == (1366, 768), name
        sample = {img.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 23)}
        assert len(sample) > 8, f"{name} looks blank"
    assert not list(out.glob("*.tmp.png"))


def test_second_window_on_a_locked_database_opens_read_only_with_a_notice(qtbot, store, tmp_path):
    home = Path(os.environ["HANDWERKSMONITOR_HOME"])
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from core.userdb import open_user_db; con = open_user_db(role='window'); "
         "print('ready', flush=True); sys.stdin.read()"],
        cwd=ROOT, env=_env(home), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        app = start_app(qtbot, store, "--lang", "de")
        notice = "Die Datenbank ist in einem anderen Fenster geöffnet – diese Sitzung ist schreibgeschützt."
        assert app.ctx.read_only
        assert app.window.banner.isVisible() and app.window.banner.text() == notice
        assert app.window.read_only_label.isVisible()
        assert app.window.read_only_label.text() == "Schreibgeschützt"
        close_app(app)
    finally:
        holder.communicate(input="", timeout=30)


def test_a_single_window_opens_the_database_for_writing(qtbot, store):
    app = start_app(qtbot, store, "--lang", "de")
    assert not app.ctx.read_only
    assert app.ctx.user_con is not None
    assert not app.window.banner.isVisible()
    assert not app.window.read_only_label.isVisible()
    close_app(app)
