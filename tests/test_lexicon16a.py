"""Lexicon forms of session 16 (lex16a; issue 6, set-13 proposals 1-3 on sets 1-13 in-sample): forms of
terms the lexicons have, C-ZPO-INCLUSION and SDG 16.b in their descriptions' and target's words, and joint
action for C-ZPO-PARTNERSHIP and SDG 17.17. Each positive sentence fails before the change and passes after
it; the negatives keep the other sense out."""

import pytest
from lexicon_checks import criteria


# the council named before its adoption verb, with the town's name between (set-13 proposal 1; pl12-01, pl12-09,
# cs13-01): the terms had the verb first ('schválilo zastupitelstvo', '(przyjąć|uchwalić) (rada|uchwała)')
@pytest.mark.parametrize("lang, text", [
    ("cs", "Zastupitelstvo města Poličky schválilo strategický plán rozvoje města."),
    ("sk", "Mestské zastupiteľstvo Brezna prijalo program rozvoja mesta."),
    ("pl", "Rada Miasta Gdyni uchwaliła program polityki zdrowotnej."),
    ("pl", "Rada Miasta Poznania przyjęła program polityki senioralnej."),
])
def test_the_council_before_its_adoption_verb_is_vision(lang, text, concept):
    assert "S-VISION" in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Rada Miasta odrzuciła wniosek o zmianę planu."),
    ("cs", "Zastupitelstvo města projednalo návrh rozpočtu."),
])
def test_the_council_with_another_verb_is_no_vision(lang, text, concept):
    assert "S-VISION" not in criteria(text, lang, concept)


# joint action as C-ZPO-PARTNERSHIP's description words it (set-13 proposal 3): metropolitan cooperation,
# coalitions of organisations, a consortium's lead (lists at 50: joined into the consortium alternation)
@pytest.mark.parametrize("lang, text", [
    ("en", "The city develops metropolitan cooperation with its neighbours."),
    ("en", "A coalition of organisations prepared the programme."),
    ("pl", "Powstała szeroka koalicja ekspertów oraz organizacji i instytucji."),
    ("sk", "Projekt pripravila Národná koalícia pre digitálne zručnosti."),
])
def test_joint_action_is_partnership(lang, text, concept):
    assert "C-ZPO-PARTNERSHIP" in criteria(text, lang, concept)


def test_a_ruling_coalition_is_no_partnership(concept):
    assert "C-ZPO-PARTNERSHIP" not in criteria("The ruling coalition in the council changed.", "en", concept)


