"""Concept forms of session 18 (lex18b; issue 6, set-15 proposals 3, 6 and 8), in-sample on real passages sets 1-15.

Sentences written for this test, not taken from any evaluation passage: each names its criterion now and did not at
ce3219a. Figures: "Session 18 (lex18b)" in eval/real_passages/concept-log.md.
"""
from __future__ import annotations

import pytest
from lexicon_checks import criteria

# Public transport services (C-C-MOBILITY: "public transport", transport that serves people): bus lines and
# connections, timetables, the transport service of a territory, passenger transport and railway stops.
TRANSPORT = [
    ("cs", "Od prosince kraj posílí autobusovou linku do Brna a upraví jízdní řád podle přání cestujících."),
    ("sk", "Preprava osôb v regióne je zabezpečená autobusovou dopravou a vlakom, obec žiada o úpravu cestovného poriadku."),
    ("hu", "A településről naponta tizenkét autóbuszjárattal lehet eljutni a megyeszékhelyre."),
    ("pl", "Gmina uzgodniła z przewoźnikiem nowy rozkład jazdy i dodatkowe połączenie autobusowe do szkoły."),
    ("en", "The region will add evening bus services and publish a new timetable for the villages."),
]


@pytest.mark.parametrize(("lang", "text"), TRANSPORT)
def test_public_transport_services_are_mobility(lang: str, text: str, concept) -> None:
    assert "C-C-MOBILITY" in criteria(text, lang, concept)


def test_a_road_alone_is_no_mobility(concept) -> None:
    # roads serve cars: the description's transport serves people (proposal 3: roads only if counting shows them right)
    assert "C-C-MOBILITY" not in criteria("Obec opravila povrch místní komunikace v ulici Polní.", "cs", concept)


# More places in a kindergarten, nursery or children's club (C-A-EDUCATION: "schools and kindergartens are modern"; the
# enlargement of a kindergarten, set-11 proposal 2): the capacity word with the institution.
CAPACITY = [
    ("cs", "Obec letos dokončí zkapacitnění mateřské školy o jednu třídu."),
    ("sk", "Obec plánuje zvýšenie kapacity MŠ o dvadsať detí."),
    ("pl", "Projekt przewiduje zwiększenie liczby miejsc w przedszkolu o dwadzieścia pięć."),
    ("en", "The project will increase the capacity of the kindergarten by two classes."),
]


@pytest.mark.parametrize(("lang", "text"), CAPACITY)
def test_kindergarten_capacity_is_education(lang: str, text: str, concept) -> None:
    assert "C-A-EDUCATION" in criteria(text, lang, concept)


# The adoption of any programme or plan by the council's enacting formula is S-VISION, as the strategy's is (set-14
# proposal 1): pl "Przyjmuje się (do realizacji) program", "w sprawie przyjęcia programu", en "adopt the programme".
ADOPTION = [
    ("pl", "§ 1. Przyjmuje się do realizacji Program profilaktyki chorób serca na lata 2024-2026, stanowiący załącznik."),
    ("pl", "Uchwała w sprawie przyjęcia programu opieki nad zwierzętami bezdomnymi na rok 2025."),
    ("en", "At its June session the assembly voted to adopt the programme for the prevention of crime."),
]


@pytest.mark.parametrize(("lang", "text"), ADOPTION)
def test_adopting_a_programme_is_vision(lang: str, text: str, concept) -> None:
    assert "S-VISION" in criteria(text, lang, concept)
