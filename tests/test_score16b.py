"""Session 16 (lex16b; issue 6, set-13 proposals 4-6 and the resolution-procedure guard, sets 1-13 in-sample).
Sentences written for this test, not taken from any evaluation passage: each fails before its change and passes
after it, with sentences of the other reading that must keep their answer (classify applies structure_guard as score
does). Figures: "Session 16 (lex16b)" in eval/real_passages/concept-log.md."""

import pytest
from lexicon_checks import criteria


# A page that records a council resolution ('határozat', 'usnesení') may carry other field labels: a project's data
# sheet or a material's cover sheet. Only the procedure's own fields (deadline, responsible) open the procedure.
@pytest.mark.parametrize("lang, text", [
    ("hu", "A képviselő-testület 12/2020. határozata a pályázatról. A szerződött támogatás összege: 25 millió Ft, "
           "a támogatás mértéke 100%."),
    ("cs", "Zastupitelstvo města přijalo usnesení č. 5/2021. Právní konzultace: bez připomínek. Projekt bude "
           "spolufinancován z dotace IROP a z rozpočtu města."),
])
def test_a_field_label_other_than_the_procedures_keeps_the_page(lang, text, concept):
    assert "S-FINANCING" in criteria(text, lang, concept)


def test_the_resolutions_procedure_is_still_dropped(concept):
    text = ("A képviselő-testület határozata: felkéri a polgármestert a szükséges intézkedések megtételére. "
            "Határidő: folyamatos Felelős: polgármester")
    assert "S-ACTIONPLAN" not in criteria(text, "hu", concept)


# hu 'határozatlan' (indefinite) holds the stem of 'határozat' (resolution): a page with "határozatlan időre" is no
# council resolution, and its deadline label opens no procedure.
def test_an_indefinite_time_is_no_resolution(concept):
    text = ("A partnerségi megállapodás határozatlan időre szól. Felelős: projektmenedzser. "
            "A projekt összköltsége 120 millió Ft, amelyet uniós támogatás fedez.")
    assert "S-FINANCING" in criteria(text, "hu", concept)


# hu 'irányítás' (control, direction) names who manages the strategy only with the strategy, the programme or its
# implementation as its object: another body under a ministry's or an office's control is not the strategy's manager.
def test_irányítás_of_another_body_is_no_governance(concept):
    text = "Az iskola a tankerületi központ irányítása alatt működik, a város csak az épületet tartja fenn."
    assert "S-GOVERNANCE" not in criteria(text, "hu", concept)


@pytest.mark.parametrize("text", [
    "A stratégia megvalósításának irányítása a polgármesteri hivatal feladata.",
    "A program irányítását a polgármester látja el.",
])
def test_irányítás_of_the_strategy_stays_governance(text, concept):
    assert "S-GOVERNANCE" in criteria(text, "hu", concept)
