"""Lexicon matching: base forms match inflected forms, phrases as lemma sequences."""

from generator.match import Matcher
from generator.text import tokens


def hits(entries, text, lang):
    return [(h.key, h.term, text[h.start:h.end]) for h in Matcher(entries, lang).match(tokens(text, lang))]


def test_czech_term_matches_inflected_forms():
    for form in ("dopravy", "dopravě", "dopravou"):
        assert hits([("T", "doprava", 1)], f"rozvoj {form} ve městě", "cs") == [("T", "doprava", form)]


def test_hungarian_term_matches_derived_and_inflected_forms():
    for form in ("közlekedési", "közlekedésben", "közlekedést"):
        assert [h[0] for h in hits([("T", "közlekedés", 1)], f"a {form} fejlesztése", "hu")] == ["T"]
    assert hits([("T", "termés", 1)], "természeti erőforrások", "hu") == []


def test_slovak_and_polish_inflection():
    assert [h[2] for h in hits([("T", "verejná doprava", 1)], "rozvoj verejnej dopravy", "sk")] == ["verejnej dopravy"]
    assert [h[2] for h in hits([("T", "transport publiczny", 1)], "rozwój transportu publicznego", "pl")] == [
        "transportu publicznego"]


def test_phrase_needs_whole_sequence():
    entries = [("P", "veřejná doprava", 1)]
    assert hits(entries, "veřejnou dopravou", "cs") == [("P", "veřejná doprava", "veřejnou dopravou")]
    assert hits(entries, "veřejná zeleň a doprava", "cs") == []


def test_nested_term_of_same_key_is_dropped():
    entries = [("H", "health care", 2), ("H", "care", 1)]
    assert [h[1] for h in hits(entries, "Health care reform", "en")] == ["health care"]


def test_each_key_matches_independently():
    entries = [("A", "energy", 1), ("B", "energy efficiency", 1)]
    got = sorted((k, t) for k, t, _ in hits(entries, "energy efficiency", "en"))
    assert got == [("A", "energy"), ("B", "energy efficiency")]
