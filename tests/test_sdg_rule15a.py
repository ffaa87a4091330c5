"""SDG 16 forms of session 15 (r15a, issue 6): residents' meetings as target 16.7 words them.

Set-12 proposal 2 ("participation as S-PARTICIPATION's description and SDG target 16.7 word it: public forums, meetings
with the leadership"). Target 16.7 is "responsive, inclusive, participatory and representative decision-making"; a
public meeting of the municipality with its residents, a residents' or village assembly and a meeting with the mayor are
that decision-making's forum, as the public hearing and the public forum (core already) are. They were strong (weight 2
< 3) and are core now. Sentences written for this test, not taken from any evaluation passage: each names SDG 16 now
and did not at f135414. Figures: "Session 15 (r15a)" in eval/real_passages/concept-log.md.
"""
from __future__ import annotations

import pytest
from lexicon_checks import goals

MEETINGS = [
    ("cs", "V březnu se v sokolovně konalo veřejné setkání k budoucímu využití bývalé školy."),
    ("cs", "Starosta pozval na setkání s obyvateli místní části, které se uskuteční ve čtvrtek."),
    ("sk", "V marci sa v kultúrnom dome konalo verejné stretnutie k budúcemu využitiu bývalej školy."),
    ("sk", "Stretnutie s obyvateľmi mestskej časti sa uskutoční vo štvrtok v kultúrnom dome."),
    ("hu", "A művelődési házban márciusban lakossági találkozót tartottak a régi iskola jövőjéről."),
    ("pl", "W marcu w świetlicy odbyło się zebranie mieszkańców w sprawie przyszłości dawnej szkoły."),
    ("pl", "W czwartek w szkole odbędzie się spotkanie z burmistrzem w sprawie przyszłości dzielnicy."),
    ("en", "In March a public meeting was held in the library on the future of the old school."),
    ("en", "The residents meeting in the community hall discussed the future of the old school."),
]


@pytest.mark.parametrize(("lang", "text"), MEETINGS)
def test_meetings_name_sdg16(lang: str, text: str) -> None:
    assert 16 in goals(text, lang)


def test_town_meeting_stays_strong() -> None:
    # 'town meeting' stays strong: lemmatised, "towns by meeting the requirements" reads as the phrase
    assert 16 not in goals("The programme supports the development of small towns by meeting the requirements "
                           "of the regional plan.", "en")


def test_a_meeting_of_a_body_is_no_sdg16() -> None:
    # a working group's meeting is no public meeting
    assert 16 not in goals("Setkání pracovní skupiny pro dopravu se uskuteční ve čtvrtek na radnici.", "cs")


# Residents' comments, suggestions and proposals collected by the municipality (16.7 "responsive" decision-making; the
# concept's S-PARTICIPATION terms for a consultation's content), core in five languages.
PROPOSALS = [
    ("cs", "Úřad shromáždil podněty občanů k úpravě náměstí a zapracoval je do projektu."),
    ("sk", "Mesto zapracovalo pripomienky a návrhy k úprave námestia do projektu."),
    ("hu", "A terv a lakosok javaslatainak feldolgozásával készült el."),
    ("pl", "Gmina zebrała uwagi i propozycje do projektu przebudowy rynku."),
    ("en", "The office collects suggestions from citizens on the redesign of the square."),
]


@pytest.mark.parametrize(("lang", "text"), PROPOSALS)
def test_residents_proposals_name_sdg16(lang: str, text: str) -> None:
    assert 16 in goals(text, lang)


def test_a_bodys_proposals_are_no_sdg16() -> None:
    # proposals of the council or of a designer are no residents' participation
    assert 16 not in goals("Návrhy projektanta k úpravě náměstí schválila rada města.", "cs")


# Public commenting on a draft (cs 'připomínkování', sk 'pripomienkovanie', pl 'zgłaszanie uwag', en 'public comment')
# and the lay public beside experts (cs 'laická veřejnost', sk 'laická verejnosť'): the description's "public
# consultations", core now; the verbs stay strong (departments comment on a draft too).
COMMENTING = [
    ("cs", "Návrh dokumentu byl zveřejněn a připomínkování trvalo do konce května."),
    ("cs", "Na přípravě plánu se podílela odborná i laická veřejnost."),
    ("sk", "Návrh dokumentu bol zverejnený a pripomienkovanie trvalo do konca mája."),
    ("pl", "Do końca maja trwało zgłaszanie uwag do projektu dokumentu."),
    ("en", "The draft was open to public comment until the end of May."),
]


@pytest.mark.parametrize(("lang", "text"), COMMENTING)
def test_public_commenting_names_sdg16(lang: str, text: str) -> None:
    assert 16 in goals(text, lang)


def test_departments_commenting_is_no_sdg16() -> None:
    # the verb stays strong: departments commenting on a draft are no public consultation
    assert 16 not in goals("Odbory úřadu dokument připomínkovaly dvakrát.", "cs")
