"""SDG 17 forms of session 14 (r14b-sdg, issue 6): a project's partners and joint action (target 17.17).

Set-12 proposals 1 and 3 ("the plural 'partnership' -> 'partners', 'project partners'", the lead-beneficiary form of a
joint application, member cities of a network). Sentences written for this test, not taken from any evaluation
passage: each names SDG 17 now and did not at 03b4b90. Figures: "Session 14 (r14b-sdg)" in
eval/real_passages/README.md.
"""
from __future__ import annotations

import pytest
from lexicon_checks import goals

# 'partner' is a weak term of SDG 17 in cs, sk and pl (the noun of 'partnership'); a project's partners, the lead
# partner, member municipalities and twin towns are strong in all five languages.
PARTNERS = [
    ("cs", "Partneři projektu jsou tři sousední obce a vedoucí partner zajišťuje jeho řízení."),
    ("sk", "Partnermi projektu sú tri susedné obce a vedúci partner zabezpečuje jeho riadenie."),
    ("pl", "Partnerzy projektu to trzy sąsiednie gminy, a lider projektu odpowiada za jego rozliczenie."),
    ("pl", "Gmina opiera swój rozwój na partnerstwie z sąsiednimi samorządami i wspólnie z nimi przygotowuje wnioski o "
           "dofinansowanie. Organizacje pozarządowe są jej stałym partnerem w realizacji zadań."),
    ("en", "The project partners are three neighbouring towns; the lead partner manages the grant."),
    ("hu", "A projektpartnerek a szomszédos községek, a főkedvezményezett a város önkormányzata."),
]


@pytest.mark.parametrize(("lang", "text"), PARTNERS)
def test_partners_name_sdg17(lang: str, text: str) -> None:
    assert 17 in goals(text, lang)


def test_a_partner_alone_is_no_sdg17() -> None:
    # weak: one mention of a partner names no goal
    assert 17 not in goals("Každý obyvatel může být partnerem při úklidu parku v sobotu ráno.", "cs")
