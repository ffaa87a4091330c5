"""Session 18 (lex18b; issue 6, set-15 proposals 3 and 6-10, sets 1-15 in-sample).
Sentences written for this test, not taken from any evaluation passage: each fails before its change and passes
after it, with sentences of the other reading that must keep their answer (classify applies structure_guard as score
does). Figures: "Session 18 (lex18b)" in eval/real_passages/concept-log.md."""

import pytest
from lexicon_checks import criteria


# A price, fee, rent or benefit amount residents meet, or an income limit, is no part of what the strategy costs and
# who pays (label rule 4: residents' fees): its currency alone is not S-FINANCING.
@pytest.mark.parametrize("lang, text", [
    ("cs", "Nájemné v obecních bytech činí 95 Kč za m2 měsíčně, byty přiděluje rada obce."),
    ("sk", "Úhrada za jednu hodinu opatrovateľskej služby je 2 EUR, dovoz obeda stojí 0,40 EUR."),
    ("hu", "Támogatásra az jogosult, akinek az egy főre számított havi jövedelme nem haladja meg a 60 000 Ft-ot."),
    ("pl", "Opłata za korzystanie z sali wynosi 50 PLN za godzinę."),
    ("en", "The fee for the summer camp is 120 EUR per child."),
])
def test_a_price_or_limit_residents_meet_is_no_financing(lang, text, concept):
    assert "S-FINANCING" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    # the same sum with a grant or a budget named: the sum may be the measure's cost
    ("cs", "Rekonstrukce bytů za 4 mil. Kč bude hrazena z dotace, nájemné se nezmění."),
    ("sk", "Obec získala dotáciu 120 000 EUR na rekonštrukciu domu opatrovateľskej služby; úhrada za službu sa nemení."),
    # a sum with no payment by residents named
    ("cs", "Oprava chodníků bude stát 2 miliony Kč."),
    ("hu", "A járdafelújítás 25 millió Ft-ba kerül."),
])
def test_a_cost_stays_financing(lang, text, concept):
    assert "S-FINANCING" in criteria(text, lang, concept)
