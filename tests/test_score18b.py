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


# A sentence that defines a public service by law or states a municipality's statutory task says what the law makes of
# the service: its mission, analysis and measure words are no part of this document (label rule 1).
@pytest.mark.parametrize("lang, text, criterion", [
    ("sk", "Poslaním požiarnej ochrany je v rozsahu stanovenom zákonom chrániť život a majetok obyvateľov.", "S-VISION"),
    ("sk", "Krízové riadenie je systém úloh a opatrení, ktorý spočíva najmä v analýze rizík a v ich znižovaní.",
     "S-ANALYSIS"),
    ("pl", "Do zadań własnych gminy należy w szczególności realizacja programów wynikających z rozpoznanych potrzeb "
           "mieszkańców.", "S-ANALYSIS"),
])
def test_a_laws_definition_of_a_service_is_no_structure(lang, text, criterion, concept):
    assert criterion not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text, criterion", [
    # the strategy's own parts, with the law named for its content
    ("sk", "Program rozvoja obce obsahuje analýzu súčasného stavu, víziu a opatrenia na roky 2022 až 2028.", "S-ANALYSIS"),
    ("pl", "Strategia zawiera analizę sytuacji społecznej gminy oraz cele i działania na lata 2021-2027.", "S-ANALYSIS"),
])
def test_a_documents_own_parts_stay(lang, text, criterion, concept):
    assert criterion in criteria(text, lang, concept)


# A council resolution is S-VISION as the strategy's adoption, not as the approval of one instrument's conditions, a
# budget resolution or a consent, nor as a resolution cited for the legal basis of something else.
@pytest.mark.parametrize("lang, text", [
    ("sk", "Obecné zastupiteľstvo schválilo podmienky prideľovania nájomných bytov a kritériá výberu nájomcov."),
    ("pl", "W związku z podjętą Uchwałą Nr X/55/2019 Rady Gminy w sprawie wyrażenia zgody na wyodrębnienie funduszu "
           "sołeckiego wójt informuje o wysokości środków dla sołectw."),
    ("pl", "Wydatki na zadania będą ujmowane w corocznych uchwałach budżetowych Rady Gminy."),
])
def test_a_resolution_on_an_instrument_is_no_vision(lang, text, concept):
    assert "S-VISION" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("sk", "Obecné zastupiteľstvo schválilo Program rozvoja obce na roky 2022 až 2028."),
    ("pl", "Rada Gminy przyjęła uchwałą strategię rozwoju gminy na lata 2021-2030 zgodnie z zasadami partycypacji."),
    ("cs", "Zastupitelstvo obce schválilo dotační program na podporu domovních čistíren odpadních vod."),
])
def test_an_adoption_stays_vision(lang, text, concept):
    assert "S-VISION" in criteria(text, lang, concept)
