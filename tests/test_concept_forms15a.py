"""Concept forms of session 15 (r15a, issue 6): residents' advisory councils as S-PARTICIPATION (set-12 proposal 2,
"participation as S-PARTICIPATION's description and SDG target 16.7 word it, in both lexicons"). The SDG lexicon
counts the youth and seniors' councils for 16.7 ("representative decision-making"); the concept did not, though they
are residents' groups that shape the municipality's decisions. Sentences written for this test, not taken from any
evaluation passage: each fails at f135414 and passes now; negatives must stay out."""

import pytest
from lexicon_checks import criteria


@pytest.mark.parametrize("lang, text", [
    ("pl", "W gminie działa Rada Seniorów, która opiniuje projekty uchwał dotyczące osób starszych."),
    ("pl", "Młodzieżowa Rada Miasta zebrała się po raz pierwszy w ratuszu."),
    ("pl", "Rada Kobiet przygotowała w tym roku cykl spotkań w bibliotece."),
    ("cs", "Rada seniorů se schází jednou za měsíc v budově radnice."),
    ("cs", "Parlament mládeže předložil radě města tři náměty na úpravu parku."),
    ("sk", "Mládežnícky parlament predložil mestu tri námety na úpravu parku."),
    ("hu", "Az ifjúsági önkormányzat három javaslatot tett a park felújítására."),
    ("en", "The youth council put forward three ideas for the park."),
])
def test_residents_councils_are_participation(lang, text, concept):
    assert "S-PARTICIPATION" in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Rada Miasta uchwaliła budżet na przyszły rok."),
    ("cs", "Rada města schválila rozpočet na příští rok."),
])
def test_the_council_itself_is_no_participation(lang, text, concept):
    assert "S-PARTICIPATION" not in criteria(text, lang, concept)
