"""Concept forms of session 15 (r15b; issue 6, set-12 proposals 4 and 1 on sets 1-12 in-sample): forms
of language for S-FINANCING's "who pays" and forms of terms the lexicons have. Sentences in several
languages that fail before the change and pass after it, with sentences of the other sense that must
stay out or keep their criterion (classify applies structure_guard as score does)."""

import pytest
from lexicon_checks import criteria


# a grant only sought, announced, conditional on success, or a chance of or condition for future grants
# (label rule 4: a hope without a measure, the reason for a document) is no payer
@pytest.mark.parametrize("lang, text", [
    ("cs", "Na rekonstrukci hřiště bude zažádáno o dotaci z programu ministerstva."),
    ("cs", "Příští rok má být vyhlášen dotační titul na výsadbu stromů."),
    ("cs", "Pokud by byla žádost úspěšná, obec získá dotaci na chodník."),
    ("sk", "Obec sa bude uchádzať o dotáciu na nové ihrisko."),
    ("pl", "Gmina będzie się starać pozyskać dofinansowanie na budowę ścieżki."),
    ("pl", "Gmina zamierza ubiegać się o dotację na remont szkoły."),
    ("hu", "Az önkormányzat pályázni fog uniós támogatásra a járda felújításához."),
    ("hu", "A terv megléte pályázati feltétel lesz a következő években."),
    ("en", "The town will apply for a grant to renovate the library."),
    ("en", "The indicators will increase the chances of obtaining EU funds."),
])
def test_a_grant_only_sought_or_announced_is_not_financing(lang, text, concept):
    assert "S-FINANCING" not in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text", [
    ("pl", "Program będzie finansowany ze środków własnych gminy."),
    ("cs", "Oprava bude hrazena z fondů EU a z rozpočtu města."),
    ("sk", "Obec získala dotáciu na rekonštrukciu materskej školy."),
    ("sk", "Snažíme sa zapájať do výziev na získanie ďalších grantov a dotácií."),
    ("en", "The project will be funded by the city budget."),
])
def test_a_payer_in_the_future_or_a_grant_won_stays_financing(lang, text, concept):
    assert "S-FINANCING" in criteria(text, lang, concept)


# case forms of terms the lemmatiser leaves: cs soft adjectives it does not know in any form
# ("monitorovacího výboru" for 'monitorovací výbor'), sk 'podpore' (dative/locative of 'podpora',
# which simplemma reads as 'podpor')
@pytest.mark.parametrize("lang, text, key", [
    ("cs", "Návrh projednal na svém jednání monitorovacího výboru a předložil jej zastupitelstvu.", "S-GOVERNANCE"),
    ("cs", "Zpráva byla předložena monitorovacímu výboru programu.", "S-GOVERNANCE"),
    ("sk", "Ihrisko sme postavili vďaka finančnej podpore nadácie.", "S-FINANCING"),
    ("sk", "Projekt sa zrealizoval vďaka podpore z Európskeho fondu.", "S-FINANCING"),
])
def test_case_forms_of_terms_are_found(lang, text, key, concept):
    assert key in criteria(text, lang, concept)


def test_the_regional_development_law_is_not_financing(concept):
    text = "Program bol spracovaný podľa zákona č. 539/2008 Z. z. o podpore regionálneho rozvoja."
    assert "S-FINANCING" not in criteria(text, "sk", concept)


def test_cs_soft_forms_read_as_their_base(concept):
    from generator.text import lemma
    assert lemma("monitorovacího", "cs") == "monitorovací"
    assert lemma("adaptačních", "cs") == "adaptační"
    assert lemma("schvalováním", "cs") == "schvalování"
    assert lemma("obcích", "cs") == "obec"  # a form the dictionary knows keeps its lemma


# relational adjectives of term nouns: 'természetvédelem' -> 'természetvédelmi', 'ewaluacja' ->
# 'ewaluacyjny', 'konzorcium' -> 'konzorcionális'
@pytest.mark.parametrize("lang, text, key", [
    ("hu", "A falu teljes területe a nemzeti park természetvédelmi oltalma alatt áll.", "C-C-NATURE"),
    ("pl", "Ocena strategii według przyjętych kryteriów ewaluacyjnych obejmuje trafność celów.", "S-MONITORING"),
    ("cs", "Program prošel evaluačním procesem.", "S-MONITORING"),
    ("hu", "A négy település konzorcionális pályázatot nyújtott be a kerékpárút építésére.", "C-ZPO-PARTNERSHIP"),
    ("pl", "Gminy złożyły wniosek w formule konsorcjalnej.", "C-ZPO-PARTNERSHIP"),
])
def test_relational_adjectives_of_terms_are_found(lang, text, key, concept):
    assert key in criteria(text, lang, concept)


# verbal nouns and verbs of term nouns: 'zateplení' -> 'zateplování', the coordination of the programme
@pytest.mark.parametrize("lang, text, key", [
    ("cs", "Z fondu se financuje výsadba zeleně, zateplování a retenční nádrže.", "C-B-ENERGY"),
    ("sk", "Obec plánuje zatepliť budovu materskej školy.", "C-B-ENERGY"),
    ("pl", "Oszczędność ciepła przyniesie docieplenie ścian budynków gminnych.", "C-B-ENERGY"),
    ("hu", "A programok koordinálása a klímakoordinátor feladata.", "S-GOVERNANCE"),
    ("en", "The coordination of implementation lies with the strategy office.", "S-GOVERNANCE"),
])
def test_verbal_nouns_of_terms_are_found(lang, text, key, concept):
    assert key in criteria(text, lang, concept)


@pytest.mark.parametrize("lang, text, key", [
    ("pl", "Ocieplenie klimatu wpływa na zdrowie mieszkańców.", "C-B-ENERGY"),
    ("hu", "A fórum a különböző szakágak közötti érdekek koordinálását szolgálja.", "S-GOVERNANCE"),
])
def test_other_senses_stay_out(lang, text, key, concept):
    assert key not in criteria(text, lang, concept)

