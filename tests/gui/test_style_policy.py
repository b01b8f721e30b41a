"""Styles come from one place (``gui/style.py``): no other gui module writes a style sheet or a hex
colour, so a new inline style cannot creep back and the "Schätzung" colour stays one colour.

Checked on the source (ast), the whole class at once:
- no ``setStyleSheet(`` call outside ``gui/style.py`` (widgets get a role with ``style.set_role``; a
  data-dependent background goes through ``style.tint``);
- no hex colour literal (``#RGB``, ``#RRGGBB``, ``#AARRGGBB``) in a string outside ``gui/style.py``: chart
  pens, painted pages and rich text take named colours from ``core/palette.py`` (shared with the Excel
  export) or ``gui/style.py``. One allow-list entry (``HEX_ALLOWED``, a ceiling per file): the legend of
  the Prognose small multiples is one *translated* rich-text string with its four colours inside;
  replacing them would change the source text translators see (and its English entry) — move them
  when that text is next edited;
- every role a module sets with ``set_role(widget, "name")`` has a rule in ``STYLE_SHEET`` (a typo would
  silently fall back to the default look).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from gui import style

GUI = Path(__file__).resolve().parents[2] / "gui"
STYLE = GUI / "style.py"
HEX = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9A-Za-z])")

# file (relative to gui/) -> most hex colour literals it may still hold (see the module docstring)
HEX_ALLOWED: dict[str, int] = {
    "tabs/forecast_charts.py": 4,
}


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    return [(n.lineno, n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def violations(src: str) -> tuple[list[str], list[str], list[str]]:
    """(setStyleSheet calls, hex colour literals, roles set) in one module's source."""
    tree = ast.parse(src)
    sheets, roles = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "setStyleSheet":
            sheets.append(f"line {node.lineno}: {ast.unparse(node)[:80]}")
        elif name == "set_role" and len(node.args) == 2 and isinstance(node.args[1], ast.Constant):
            roles.append(str(node.args[1].value))
    hexes = [f"line {line}: {m}" for line, text in _strings(tree) for m in HEX.findall(text)]
    return sheets, hexes, roles


def _modules() -> list[tuple[str, str]]:
    return [(str(p.relative_to(GUI)), p.read_text("utf-8")) for p in sorted(GUI.rglob("*.py")) if p != STYLE]


def test_the_checker_finds_inline_styles_and_hex_colours():
    sheets, hexes, roles = violations(
        'lab.setStyleSheet("color: #8A5A00;")\n'
        'lab.setStyleSheet(f"background: {c};")\n'
        'pen = QColor("#abc")\n'
        'text = f"<span style=\'color:#555\'>{x}</span> Empfehlung #12, &#123;"\n'
        'set_role(lab, "hint")\n'
    )
    assert len(sheets) == 2
    assert [h.split(": ")[1] for h in hexes] == ["#8A5A00", "#abc", "#555"]
    assert roles == ["hint"]


def test_no_inline_style_sheet_outside_gui_style():
    offenders = [f"{name} {v}" for name, src in _modules() for v in violations(src)[0]]
    assert offenders == [], "give the widget a role (gui.style.set_role) or use gui.style.tint"


def test_no_hex_colour_outside_gui_style_beyond_the_allow_list():
    over = {}
    for name, src in _modules():
        hexes = violations(src)[1]
        if len(hexes) > HEX_ALLOWED.get(name, 0):
            over[name] = hexes
    assert over == {}, "use a named colour from core/palette.py or gui/style.py"


def test_every_role_has_a_rule_in_the_stylesheet():
    used = {role for _, src in _modules() for role in violations(src)[2]} - {""}
    assert used, "the check found no roles: the scanner is broken"
    missing = sorted(r for r in used if f'[role="{r}"]' not in style.STYLE_SHEET)
    assert missing == []
