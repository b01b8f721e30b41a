"""English comes from Qt's own tooling: the committed .ts covers the shell, lrelease builds a working .qm."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from gui import i18n

SHELL_CONTEXTS = ("MainWindow", "AppController", "AboutDialog", "ProvenanceDialog", "SourceLine", "ErrorDialog")


def test_shell_strings_are_all_translated_in_the_ts_file():
    from xml.etree import ElementTree as ET

    root = ET.parse(i18n.ts_file("en")).getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for name in SHELL_CONTEXTS:
        assert name in contexts, name
        for msg in contexts[name].iter("message"):
            tr = msg.find("translation")
            assert tr is not None and tr.get("type") != "unfinished" and tr.text, msg.findtext("source")


def test_lrelease_builds_a_catalogue_that_translates_the_tab_titles(tmp_path, qapp):
    qm = i18n.build_qm("en", tmp_path)
    if qm is None:
        pytest.skip("lrelease is not installed")
    tr = QTranslator()
    assert tr.load(str(qm))
    assert tr.translate("MainWindow", "Kreisprofile") == "District profiles"
    assert tr.translate("MainWindow", "Datenstand: %1") == "Data as of: %1"


@pytest.mark.parametrize("cli, saved, expected", [("en", "de", "en"), (None, "en", "en"), (None, "de", "de"),
                                                  ("de", "", "de")])
def test_language_choice_order(cli, saved, expected):
    assert i18n.resolve_language(cli, saved) == expected
