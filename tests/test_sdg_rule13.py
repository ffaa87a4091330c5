"""The SDG rule's recurrence path (generator.score.sdg_detect, session 13, issue 6): a goal with one
strong term and weak terms recurs only through the weak terms near the strong term.

Why and figures: eval/real_passages/README.md, "Session 13 (sdgrule13)"."""

from generator.commands.classify import classify
from generator.match import Hit
from generator.score import sdg_detect


def _hit(term, weight, start, key="SDG-8"):
    return Hit(key, term, weight, start, start + len(term))


def test_a_weak_term_far_from_the_strong_term_does_not_make_it_recur():
    # 'employment' (strong) and 'economy' (weak) of SDG 8, 150 characters apart: the text comes back to the goal
    assert "SDG-8" in sdg_detect([_hit("employment", 2.0, 0), _hit("economy", 1.0, 150)])
    # 900 characters apart, with nothing of the goal between: two topics of one passage
    assert sdg_detect([_hit("employment", 2.0, 0), _hit("economy", 1.0, 900)]) == {}
    # the window runs both ways, and to any mention of the strong term
    assert sdg_detect([_hit("economy", 1.0, 0), _hit("employment", 2.0, 900)]) == {}
    assert "SDG-8" in sdg_detect([_hit("employment", 2.0, 0), _hit("employment", 2.0, 700),
                                  _hit("economy", 1.0, 1000)])


def test_near_weak_terms_still_count_when_a_far_one_is_dropped():
    # a near weak term a sentence away names the goal, whatever else lies far away
    hits = [_hit("employment", 2.0, 0), _hit("economy", 1.0, 200), _hit("business", 1.0, 1200)]
    assert "SDG-8" in sdg_detect(hits)
    # weak terms near the strong term but in its phrase only touch the goal, as before
    assert sdg_detect([_hit("employment", 2.0, 0), _hit("economy", 1.0, 20), _hit("business", 1.0, 1200)]) == {}


def test_named_goals_and_sector_terms_do_not_depend_on_the_window():
    # a core term names the goal wherever the rest lies
    assert "SDG-8" in sdg_detect([_hit("unemployment", 3.0, 0), _hit("economy", 1.0, 1200)])
    # two strong terms name it however far apart
    assert "SDG-8" in sdg_detect([_hit("employment", 2.0, 0), _hit("wage", 2.0, 1200)])
    # a sector term said again far away recurs by itself (its own mentions, not weak words)
    assert "SDG-8" in sdg_detect([_hit("tourism", 2.0, 0), _hit("tourism", 2.0, 1200)])


def test_the_old_rule_is_a_window_over_the_whole_text():
    hits = [_hit("employment", 2.0, 0), _hit("economy", 1.0, 900)]
    assert "SDG-8" in sdg_detect(hits, near=10**6)
    assert sdg_detect(hits, near=1000) == sdg_detect(hits, near=10**6)


def test_in_a_text_the_far_weak_word_belongs_to_another_topic():
    filler = ("The council approved the timetable of the strategy's working groups and the order of their "
              "meetings, and asked the secretariat to publish the minutes of every session on the website. ")
    near = "The town supports employment of young people. " + filler + "Its economy depends on small workshops. " + filler * 3
    far = "The town supports employment of young people. " + filler * 4 + "The economy is described in annex 2."
    assert 8 in classify(1, near, "sdg", "en")["sdgs"]
    assert 8 not in classify(1, far, "sdg", "en")["sdgs"]
