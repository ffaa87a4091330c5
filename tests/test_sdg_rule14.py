"""SDG rules of session 14 (real14-sdg, issue 6): scorer-level forms, not vocabulary.

Each rule has sentences written for this test (not taken from any evaluation passage) in several
languages that name a goal at bbf017c and must not now, and a sentence that must keep its goal.
Figures: "Session 14 (real14-sdg)" in eval/real_passages/README.md.
"""
from __future__ import annotations

import pytest
from lexicon_checks import goals

# hu 'intézmény' is any school, surgery or building a municipality runs: alone it is weak in SDG 16;
# target 16.6's institutions keep it as a phrase.
INSTITUTIONS = [
    ("hu", "A város intézményei nyáron is nyitva tartanak, az iskolák udvarain pedig sportolni lehet. A felújítás után "
           "a tornatermeket hétvégén is használhatják a környékbeli családok és az érintett egyesületek."),
    ("hu", "A falugondnok a gyermekeket reggelente intézménybe szállítja, délután pedig hazaviszi őket. A szolgáltatást "
           "a község idősebb lakói is igénybe vehetik, ha orvoshoz mennek, és a részvétel ingyenes."),
]


@pytest.mark.parametrize(("lang", "text"), INSTITUTIONS)
def test_a_municipal_institution_is_no_sdg16(lang: str, text: str) -> None:
    assert 16 not in goals(text, lang)


def test_accountable_institutions_keep_sdg16() -> None:
    text = "Célunk az elszámoltatható intézmények működése és a döntések átláthatósága a városban."
    assert 16 in goals(text, "hu")


# The fields of a partnership are its topics, not evidence of their goals (SDG 17 stays the partnership's).
FIELDS = [
    ("en", "The twin towns signed an agreement in 2004. Their cooperation covers such areas as primary education, "
           "vocational training for adults, culture and sport, and school exchanges of pupils and teachers.", 4),
    ("cs", "Obce mikroregionu uzavřely smlouvu o spolupráci. Dohodly se na spolupráci v oblasti dopravní infrastruktury, "
           "cestovního ruchu, zaměstnanosti a podpory podnikání a také ochrany přírody a krajiny.", 8),
    ("sk", "Obce založili združenie obcí, ktoré zabezpečuje spoluprácu v oblasti vzdelávania, kultúry a športu, "
           "odpadového hospodárstva, cestovného ruchu a zamestnanosti a rozvoja informačných technológií.", 8),
    ("pl", "Gminy podpisały porozumienie o współpracy w zakresie edukacji ekologicznej, turystyki, ochrony zdrowia "
           "mieszkańców, bezpieczeństwa publicznego oraz rozwoju przedsiębiorczości i rynku pracy.", 8),
]


@pytest.mark.parametrize(("lang", "text", "goal"), FIELDS)
def test_fields_of_a_partnership_name_no_goal(lang: str, text: str, goal: int) -> None:
    assert goal not in goals(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("sk", "Obec zlepší prístup k predškolskému vzdelávaniu: rozšíri kapacitu materskej školy o dve triedy. "
           "S partnerskou obcou má dohodu o spolupráci v oblasti kultúry a športu."),
    ("en", "The town improves access to early childhood education by enlarging its kindergarten. With its twin town "
           "it has an agreement on cooperation in the fields of culture and sport."),
    ("pl", "Gmina poprawi dostęp do edukacji przedszkolnej, rozbudowując przedszkole o dwa oddziały. Z gminą "
           "partnerską łączy ją porozumienie o współpracy w zakresie kultury i sportu."),
])
def test_a_goal_said_outside_the_fields_stays(lang: str, text: str) -> None:
    assert 4 in goals(text, lang)


@pytest.mark.parametrize(("lang", "text", "goal"), FIELDS[:2])
def test_a_strategy_is_scored_alike(lang: str, text: str, goal: int) -> None:
    from generator.concept import load_concept
    from generator.score import score_passages
    from generator.text import Passage

    a = score_passages("x", lang, [Passage(1, "body", text)], load_concept())
    assert {f.criterion for f in a.sdg if f.evidence} == {f"SDG-{g}" for g in goals(text, lang)}
    assert not any(f.evidence for f in a.sdg if f.criterion == f"SDG-{goal}")
