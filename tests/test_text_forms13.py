"""Lemma corrections to simplemma (generator/text.py, CORRECTIONS; issue 6, session 13).

Forms of lexicon words the lemmatiser does not know: Slavic case forms one regular ending away
from a base form it lists ("zeleni" -> "zeleň", "přístavbu" -> "přístavba", not "přístav"), and
Hungarian adjectives in -s made from a noun ("napelemes" -> "napelem"). The sentences are written
for these tests; each of the first group failed before the corrections.
"""

from __future__ import annotations

import pytest

from generator.match import Matcher
from generator.text import known, lemma


def keys(terms: dict[str, list[str]], lang: str, text: str) -> set[str]:
    entries = [(key, term, 1.0) for key, ts in terms.items() for term in ts]
    return {h.key for h in Matcher(entries, lang).match(text)}


# (lang, term, text): the term now matches a form simplemma does not list
MATCHED_NOW = [
    ("cs", "zeleň", "Město pečuje o stromy v městské zeleni."),
    ("cs", "přístavba školy", "Obec připravuje přístavbu školy v příštím roce."),
    ("cs", "senior", "V obci funguje klub seniorů."),
    ("cs", "senior", "Senioři mohou využít svoz k lékaři."),
    ("cs", "úspora energie", "Díky úsporám energie ve školách klesly náklady."),
    ("cs", "garant", "Každé opatření má svého garanta."),
    ("hu", "napelem", "Az iskola tetejére napelemes rendszer kerül."),
    ("hu", "napkollektor", "A fürdő napkollektoros vízmelegítést kap."),
]


@pytest.mark.parametrize(("lang", "term", "text"), MATCHED_NOW)
def test_a_form_simplemma_does_not_list_matches_its_base_form(lang, term, text):
    assert keys({"K": [term]}, lang, text) == {"K"}


@pytest.mark.parametrize(("lang", "word", "expected"), [
    ("cs", "zeleni", "zeleň"), ("cs", "přístavbu", "přístavba"), ("cs", "přístavbou", "přístavba"),
    ("cs", "seniorů", "senior"), ("cs", "senioři", "senior"), ("cs", "úsporou", "úspora"),
    ("cs", "metodice", "metodika"), ("cs", "aktualizací", "aktualizace"),
    ("sk", "dokumentami", "dokument"), ("pl", "niezwykłe", "niezwykły"),
    ("hu", "napelemes", "napelem"), ("hu", "jelzőrendszeres", "jelzőrendszer"),
])
def test_corrected_lemmas(lang, word, expected):
    assert not known(word, lang)  # the corrections only touch forms the dictionary lacks
    assert lemma(word, lang) == expected


def test_the_harbour_is_not_an_extension():
    # "přístavbu" (an extension) was read as "přístav" (a harbour)
    assert keys({"HARBOUR": ["přístav"]}, "cs", "Obec připravuje přístavbu školy.") == set()
    # the harbour's own forms, which the dictionary lists, stay the harbour
    assert keys({"HARBOUR": ["přístav"]}, "cs", "Lodě kotví v přístavu.") == {"HARBOUR"}


# Must not change: forms the dictionary knows keep simplemma's lemma; -s words that are no
# "noun + -s" derivation stay whole.
@pytest.mark.parametrize(("lang", "word", "expected"), [
    ("cs", "přístavu", "přístav"),  # listed: the harbour
    ("hu", "rendszeres", "rendszeres"),  # regular, a listed adjective, is not "rendszer" (system)
    ("hu", "biztonságos", "biztonságos"),
    ("hu", "világvárosok", "világváros"),  # ends in "város" (town), not "vár" + -os
    ("hu", "hulladékmentes", "hulladékmentes"),  # -mentes: free of waste, not "with waste"
    ("hu", "partnerséget", "partner"),  # -ság/-ség kept was measured and left out (concept-log, forms13)
    ("en", "seniors", "senior"),
])
def test_unchanged_lemmas(lang, word, expected):
    assert lemma(word, lang) == expected


def test_a_listed_hungarian_s_adjective_does_not_match_its_noun():
    assert keys({"SYS": ["rendszer"]}, "hu", "A rendszeres karbantartás fontos.") == set()


def test_hungarian_waste_free_is_not_a_waste_term_by_the_s_rule():
    assert lemma("hulladékmentes", "hu") != "hulladékment"
