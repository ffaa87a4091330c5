"""SDG forms of session 17 (lex17, issue 6), in-sample on real passages sets 1-14.

Sentences written for this test, not taken from any evaluation passage: each names its goal now and did not at
d50a4bc. Figures: "Session 17 (lex17)" in eval/real_passages/README.md.
"""
from __future__ import annotations

import pytest
from lexicon_checks import goals

# Hungarian municipalities' social fuel aid (the 'szociális célú tűzifa' scheme, 'tüzelőtámogatás'): social protection
# in kind (1.3) and access to energy for heating (7.1); core in SDG 1 and SDG 7.
FUEL = [
    "A képviselő-testület döntött a szociális célú tűzifa kiosztásáról.",
    "Az önkormányzat idén is biztosítja a tüzelőtámogatást a jogosult családoknak.",
]


@pytest.mark.parametrize("text", FUEL)
def test_social_fuel_aid_names_sdg1_and_sdg7(text: str) -> None:
    assert {1, 7} <= goals(text, "hu")


def test_firewood_sale_alone_is_no_sdg1() -> None:
    # bare firewood (a forest's timber sale) names neither goal
    g = goals("Az erdőgazdaság tűzifát értékesít a lakosságnak.", "hu")
    assert 1 not in g and 7 not in g


# The municipal public-address radio (cs 'místní|obecní|městský rozhlas', sk 'miestny|obecný|mestský rozhlas', ...) is
# a weak term of SDG 16 (16.10 public access to information): with informing the citizens a sentence away it names the
# goal, alone it does not (it also carries a civil-protection warning).
RADIO = [
    ("sk", "Obec v lete dokončila rekonštrukciu obecného rozhlasu vo všetkých uliciach, vrátane nových káblov a reproduktorov "
           "na stĺpoch. Nový systém prispeje k lepšej informovanosti občanov."),
    ("cs", "Obec letos dokončila rekonstrukci místního rozhlasu ve všech ulicích, včetně nových kabelů a reproduktorů na "
           "sloupech veřejného osvětlení. Nový systém přispěje k lepší informovanosti občanů."),
]


@pytest.mark.parametrize(("lang", "text"), RADIO)
def test_radio_with_informing_names_sdg16(lang: str, text: str) -> None:
    assert 16 in goals(text, lang)


def test_radio_alone_is_no_sdg16() -> None:
    assert 16 not in goals("Obecný rozhlas dnes o ôsmej hlási prerušenie dodávky vody v celej obci.", "sk")


# 'digital' (en digital, cs digitální, sk digitálny, hu digitális, pl cyfrowy) is a weak term of SDG 9, no longer
# strong: a town hall's digitisation (e-government, 16.6) comes back to the word without being about ICT access (9.c).
DIGITAL = [
    ("pl", "Gmina otrzymała grant na cyfrowy rozwój urzędu i szkolenia pracowników z obsługi nowych systemów. Środki "
           "pozwolą kupić sprzęt komputerowy i oprogramowanie. Program wzmacnia cyfrową odporność urzędu i jego zdolność "
           "do obsługi mieszkańców."),
]


@pytest.mark.parametrize(("lang", "text"), DIGITAL)
def test_digital_office_is_no_sdg9(lang: str, text: str) -> None:
    assert 9 not in goals(text, lang)


def test_digital_with_broadband_still_names_sdg9() -> None:
    assert 9 in goals("Gmina buduje cyfrową infrastrukturę: szerokopasmowy dostęp do internetu dla każdego domu.", "pl")


# Forest (en forest, cs/sk les, hu erdő, pl las) is a sector term of SDG 15: a forest named once as a place names no goal,
# a text that comes back to its forests does.
def test_forest_named_once_is_no_sdg15() -> None:
    assert 15 not in goals("Gmina leży w dolinie rzeki, otoczona lasem, z dogodnym dojazdem do autostrady i lotniska.", "pl")


def test_forest_recurring_names_sdg15() -> None:
    text = ("Obec vlastní 120 hektarů lesa na svazích nad údolím. Po kůrovcové kalamitě je třeba vysázet nové stromy a "
            "chránit mladé porosty. Obnova lesa je hlavním úkolem obecního hospodáře na příštích deset let.")
    assert 15 in goals(text, "cs")
