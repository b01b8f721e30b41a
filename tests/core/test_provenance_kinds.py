"""Kinds of values: every kind has a German and an English label; derived figures carry the weakest."""

from core import provenance


def test_every_kind_has_both_labels_and_a_rank():
    for k in provenance.KINDS:
        assert provenance.KIND_LABEL_DE[k] and provenance.KIND_LABEL_EN[k]
        assert k in provenance.KIND_RANK


def test_projection_and_register_are_named_for_the_user():
    assert provenance.kind_label("projection") == "Projektion"
    assert provenance.kind_label("projection", "en") == "projection"
    assert provenance.kind_label("register") == "Kammerregister"
    assert provenance.kind_label("register", "en") == "chamber register"


def test_weakest_input_decides_the_kind_of_a_derived_figure():
    assert provenance.weakest("official", "estimate") == "estimate"
    assert provenance.weakest("official", "published") == "published"
    assert provenance.weakest("estimate", "projection", "official") == "projection"
    assert provenance.weakest("official", "official") == "official"
    assert provenance.weakest() == "official"
