"""Term families of session 18 (lex18a; issue 6, set-15 proposals 1, 2, 5 and 12 on sets 1-15 in-sample).

Sentences written for this test, not taken from any evaluation passage: each finds its criterion or goal now and did
not at ce3219a. Figures: "Session 18 (lex18a)" in eval/real_passages/README.md.
"""
from __future__ import annotations

import pytest
from lexicon_checks import criteria, goals

# People in need and the municipal aid for them (C-A-CARE, social services where people live): cs/sk '(občan|osoba|
# rodina) v nouzi|núdzi', hu 'létfenntartás', 'települési támogatás', pl 'osoba potrzebująca', 'osoba w trudnej sytuacji
# życiowej', en 'people|person in need'.
NEED = [
    ("cs", "Obec poskytuje jednorázovou pomoc rodinám v nouzi."),
    ("sk", "Mesto pomáha občanom v núdzi jednorazovou dávkou."),
    ("hu", "Az önkormányzat települési támogatást nyújt a kérelmezőnek."),
    ("pl", "Gmina wspiera każdą osobę potrzebującą w znalezieniu pomocy."),
    ("en", "The town hall helps people in need with a one-off payment."),
]


@pytest.mark.parametrize(("lang", "text"), NEED)
def test_people_in_need_are_care(lang: str, text: str, concept) -> None:
    assert "C-A-CARE" in criteria(text, lang, concept)


# Public defibrillators (C-A-RESILIENCE, the description's emergency readiness and rescue): 'AED' and 'defibrillator'
# in every language's form. Not C-A-CARE: sets 12 and 13 label a village's defibrillator resilience only.
AED = [
    ("cs", "U hasičské zbrojnice byl instalován veřejný defibrilátor."),
    ("sk", "Obec zakúpila defibrilátor, ktorý je umiestnený pri obecnom úrade."),
    ("hu", "A községháza falára defibrillátor került."),
    ("pl", "Przy remizie zamontowano ogólnodostępny defibrylator."),
    ("en", "A public AED was installed at the community centre."),
]


@pytest.mark.parametrize(("lang", "text"), AED)
def test_defibrillator_is_resilience(lang: str, text: str, concept) -> None:
    assert "C-A-RESILIENCE" in criteria(text, lang, concept)


# 'AED' is a strong SDG-3 term beside 'defibrillator': a page about a public AED names SDG 3 (3.d health risks).
AED3 = [
    ("cs", "Obec pořídila automatizovaný externí defibrilátor (AED), který je volně přístupný u obecního úřadu."),
    ("pl", "W gminie zamontowano defibrylator AED przy świetlicy wiejskiej."),
    ("sk", "Obec zakúpila automatizovaný externý defibrilátor (AED) pre verejnosť."),
]


@pytest.mark.parametrize(("lang", "text"), AED3)
def test_aed_names_sdg3(lang: str, text: str) -> None:
    assert 3 in goals(text, lang)


# Equal access whatever a person's age, sex, race or origin (C-ZPO-INCLUSION, 'no one is left behind'; the list of SDG
# target 10.2): '(regardless|irrespective) of (age|sex|...)', cs 'bez ohledu na', sk 'bez ohľadu na', pl 'bez względu na',
# 'niezależnie od', hu '(életkortól|nemtől|...) függetlenül'.
NONDISC = [
    ("cs", "Služby centra jsou otevřené všem obyvatelům bez ohledu na věk a zdravotní stav."),
    ("sk", "Kurzy sú určené pre všetkých obyvateľov bez ohľadu na vek a vzdelanie."),
    ("pl", "Z oferty domu kultury mogą korzystać wszyscy mieszkańcy bez względu na wiek."),
    ("en", "The programme is open to every resident regardless of age or background."),
    ("hu", "A programokon minden lakos részt vehet, életkortól függetlenül."),
]


@pytest.mark.parametrize(("lang", "text"), NONDISC)
def test_regardless_of_age_is_inclusion(lang: str, text: str, concept) -> None:
    assert "C-ZPO-INCLUSION" in criteria(text, lang, concept)


# Disability is no health word: cs 'zdravotní postižení|znevýhodnění', sk 'zdravotné postihnutie|znevýhodnenie' are weak
# SDG-3 phrases, so the strong adjective inside them ('zdravotný', 'zdravotní') weighs as a weak word.
DISABILITY = [
    ("sk", "Cieľovou skupinou terénnej sociálnej práce sú osoby so zdravotným postihnutím a ich rodiny. Pracovníci "
           "navštevujú domácnosti v obci, pomáhajú s vybavovaním úradných záležitostí a sprevádzajú klientov. Podporu "
           "dostávajú aj rodiny s deťmi."),
    ("cs", "Cílovou skupinou terénní sociální práce jsou osoby se zdravotním postižením a jejich rodiny. Pracovníci "
           "navštěvují domácnosti v obci, pomáhají s vyřizováním úředních záležitostí a doprovázejí klienty. Podporu "
           "dostávají také rodiny s dětmi."),
]


@pytest.mark.parametrize(("lang", "text"), DISABILITY)
def test_disability_is_no_sdg3(lang: str, text: str) -> None:
    assert 3 not in goals(text, lang)


def test_health_care_still_names_sdg3() -> None:
    assert 3 in goals("Obec zlepší dostupnosť zdravotnej starostlivosti a zdravotných služieb pre seniorov.", "sk")
