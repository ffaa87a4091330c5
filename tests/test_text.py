"""Text processing: lemmas across inflection, normalisation, passage kinds."""

from generator.models import Page
from generator.text import lemmas, normalise, passages


def test_czech_inflection_shares_lemma():
    assert set(lemmas("dopravy dopravě dopravou doprava", "cs")) == {"doprava"}


def test_slovak_and_polish_inflection_share_lemma():
    assert set(lemmas("dopravy dopravou doprava", "sk")) == {"doprava"}
    assert set(lemmas("transportu transportem transport", "pl")) == {"transport"}


def test_hungarian_case_ending_shares_lemma():
    assert lemmas("közlekedésben", "hu") == lemmas("közlekedés", "hu")


def test_lemmas_are_lowercase_and_skip_punctuation():
    assert lemmas("Cities, CITY!", "en") == ["city", "city"]


def test_normalise_quotes_dashes_hyphenation():
    assert normalise("„chytré“ – město") == '"chytré" - město'
    assert normalise("dopra-\nvy") == "dopravy"
    assert normalise("e\u0301") == "\u00e9"  # NFC


PAGE = """# Obsah
1 Úvod ........ 3
2 Analýza ..... 5

# Seznam zkratek
ITS - Inteligentní dopravní systémy
MHD - Městská hromadná doprava

# Doprava

Město rozvíjí veřejnou dopravu a cyklistickou infrastrukturu.

| Ukazatel | Cíl 2030 |
| --- | --- |
| Podíl MHD | 40 % |
"""


def test_passage_kinds():
    kinds = [(p.kind, p.text) for p in passages([Page(4, PAGE, 1)], "cs")]
    assert ("toc", "1 Úvod ........ 3") in kinds
    assert ("abbreviations", "ITS - Inteligentní dopravní systémy") in kinds
    assert ("heading", "Doprava") in kinds
    assert ("body", "Město rozvíjí veřejnou dopravu a cyklistickou infrastrukturu.") in kinds
    assert ("table", "Podíl MHD | 40 %") in kinds
    evidence = [p for p in passages([Page(4, PAGE, 1)], "cs") if p.evidence]
    assert {p.kind for p in evidence} == {"body", "table"}
    assert all(p.page == 4 for p in evidence)


def test_toc_without_heading_is_detected():
    toc = "Vize ........ 4\nCíle ........ 7\nOpatření ...... 12"
    assert {p.kind for p in passages([Page(2, toc, 1)], "cs")} == {"toc"}


def test_long_paragraph_split_into_sentence_groups():
    sentence = "Město buduje nové cyklostezky a zlepšuje veřejnou dopravu pro všechny obyvatele. "
    ps = passages([Page(1, sentence * 20, 1)], "cs")
    assert len(ps) > 1
    assert all(len(p.text) <= 450 for p in ps)
    assert all(p.text.endswith(".") for p in ps)
