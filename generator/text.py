"""Text processing for scoring: normalisation, tokens, lemmas and passages.

Five languages (cs, sk, hu, pl, en). Slavic languages and Hungarian inflect heavily, so
everything downstream compares lemmas (simplemma), never surface strings. Each distinct
(token, language) pair is lemmatised once per process (cached): a strategy of 100 pages has
a few thousand distinct words, so thousands of strategies cost little more than the first.

Passages are what the scorer counts: body paragraphs (long ones split into sentence groups)
and table rows count as evidence; headings, table-of-contents lines and lists of
abbreviations are kept (with their kind) but never count as evidence.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries.trie_dictionary_factory import TrieDictionaryFactory

from generator.models import Page

# --- normalisation ----------------------------------------------------------------------

# Typographic variants found in PDF text layers -> one plain form, so quotes and dashes in a
# strategy never hide a term and quotes in reports look the same whatever the source tool.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
        "\u00ad": None, "\u200b": None, "\ufeff": None,
        "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    }
)

# "dopra-\nvy" (a word hyphenated at a line end) -> "dopravy"; only before a lowercase letter,
# so "CO2-\nneutral" style compounds written with a capital stay apart.
_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[^\W\d_])", re.UNICODE)


# str.translate looks up every character in Python; most texts hold few of these, so a regular
# expression finds them and only those are replaced (several times faster on a strategy).
_TRANSLATE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")


def _translate(m: re.Match[str]) -> str:
    return m.group(0).translate(_TRANSLATE)


def normalise(text: str) -> str:
    """NFC, plain quotes and dashes, no soft hyphens or ligatures, joined line-end hyphenation."""
    text = _TRANSLATE_RE.sub(_translate, unicodedata.normalize("NFC", text))
    if "-\n" not in text:  # the usual case; the pattern below tries every letter
        return text
    return _HYPHEN_BREAK.sub(lambda m: m.group(1) if _lower_follows(m) else m.group(0), text)


def _lower_follows(m: re.Match[str]) -> bool:
    nxt = m.string[m.end() : m.end() + 1]
    return nxt.islower()


# --- tokens and lemmas ------------------------------------------------------------------

# A word is a run of letters (digits apart: "2030", "CO2" -> "co", "2"; numbers never carry
# concept terms but must not glue to words).
TOKEN_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*", re.UNICODE)


class Token(NamedTuple):  # a tuple, not a dataclass: millions are made, creation must be cheap
    start: int  # character offset in the text it came from
    end: int
    lemma: str
    form: str = ""  # the lowercase surface form (a lexicon word may be matched by it too)


LANGUAGES = ("cs", "sk", "hu", "pl", "en")


class _AtomicTrieFactory(TrieDictionaryFactory):
    """Stores each trie under a temporary name and renames it into place: two processes
    building the same language at once (parallel test workers) never read a half-written file."""

    def _write_trie_to_disk(self, lang: str, trie: Any) -> None:
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self._cache_dir, prefix=f".{lang}-", suffix=".tmp")
        os.close(fd)
        try:
            trie.save(tmp)
            os.replace(tmp, self._cache_dir / f"{lang}.dic")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)


@lru_cache(maxsize=1)
def _lemmatiser() -> tuple[Lemmatizer, DictionaryLookupStrategy]:
    """simplemma with its dictionaries as MARISA tries cached on disk.

    simplemma's default dictionaries are decoded into Python dicts on first use: about 2-3 s
    and 100+ MB per language in every process (a scoring worker needs all five). Its trie
    factory builds each language's trie once per installation (in the user cache folder,
    per simplemma version) and then opens it in milliseconds, at a fraction of the memory;
    lemmas are the same (checked on every distinct word of the example strategies).
    """
    factory = _AtomicTrieFactory()
    return (Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)),
            DictionaryLookupStrategy(factory))


def prepare_lemmatiser(langs: Iterable[str] = LANGUAGES) -> None:
    """Open (on the first run: build and store) the dictionaries of `langs` now.

    Called before scoring workers start, so they find the tries on disk instead of each
    building them at the same time.
    """
    lemmatiser, _ = _lemmatiser()
    for lang in langs:
        try:
            lemmatiser.lemmatize("a", lang)
        except ValueError:  # a language simplemma does not know: lemma() falls back
            pass


def known(word: str, lang: str) -> bool:
    """Is `word` (lowercase) a form in the lemmatiser's dictionary of `lang`?"""
    try:
        return _lemmatiser()[1].get_lemma(word, lang) is not None
    except ValueError:
        return False


@lru_cache(maxsize=500_000)
def lemma(token: str, lang: str) -> str:
    """Lowercase lemma of one token (cached per (token, lang)), with CORRECTIONS applied."""
    low = token.lower()
    if low.isdigit() or len(low) < 2:
        return low
    try:
        lem = _simple(low, lang)
    except ValueError:  # unsupported language code: compare lowercase forms
        return low
    fix = CORRECTIONS.get(lang)
    return lem if fix is None else fix(low, lem)


def _simple(low: str, lang: str) -> str:
    """simplemma's lemma of a lowercase word of a language it knows, as it gives it."""
    return _lemmatiser()[0].lemmatize(low, lang).lower()


def _base(word: str, lang: str) -> bool:
    """Is `word` a base form in the lemmatiser's dictionary (listed, and its own lemma)?"""
    return known(word, lang) and _simple(word, lang) == word


# --- corrections to simplemma (issue 6, session 13) ---
#
# Slavic forms the dictionary does not list. simplemma's dictionaries list many words in their
# base form only, or miss a few cases; for a form it does not know it either keeps the word as
# written ("zeleni", "seniorů", "úsporou", "aktualizací") or cuts it by a rule to another word
# ("přístavbu" -> "přístav", harbour). A form that is not in the dictionary but is a regular case
# ending away from a base form that is ("zeleni" -> "zeleň", "přístavbu" -> "přístavba",
# "seniorů" -> "senior") is read as that base form. The endings are the declensions' (nouns of
# each gender, adjectives), base ending first; the first base form found wins, so within a
# paradigm longer endings come first. A form the dictionary knows keeps simplemma's lemma.
PARADIGMS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "cs": (("a", ("ách", "ami", "ám", "ou", "u", "y", "ě", "e")),  # žena
           ("ý", ("ého", "ému", "ých", "ými", "ým", "ém", "ou", "é", "á")),  # mladý
           ("í", ("ího", "ímu", "ích", "ími", "ím")),  # jarní, stavení
           ("ň", ("ně", "ni")), ("ť", ("ti", "tě")), ("ď", ("di", "dě")),  # píseň, zeleň
           ("ra", ("ře",)), ("ka", ("ce",)), ("ha", ("ze",)), ("cha", ("še",)),  # úspoře, metodice
           ("r", ("ři",)), ("k", ("ci",)), ("h", ("zi",)), ("ch", ("ši",)),  # senioři, odborníci
           ("e", ("emi", "ích", "ím", "i", "í")),  # růže
           ("o", ("ech", "ům", "em", "a", "u", "y")),  # město
           ("", ("ech", "ům", "ami", "em", "ů", "u", "y", "e", "a", "i"))),  # hrad, pán
    "sk": (("a", ("ách", "ami", "ám", "ou", "u", "y", "e")),  # žena
           ("ý", ("ého", "ému", "ých", "ými", "ým", "om", "é", "á", "ú", "ou")),  # pekný
           ("y", ("eho", "emu", "ych", "ymi", "ym", "om", "e", "a", "u")),  # krásny
           ("ia", ("iách", "iami", "ie", "iu", "ii", "iou", "ií")),  # stratégia
           ("ie", ("iach", "iami", "ia", "iu", "ím", "í")),  # vysvedčenie
           ("osť", ("osťami", "ostiach", "osťou", "osti")),  # kosť
           ("", ("och", "ami", "om", "ov", "u", "a", "e", "y"))),  # dub, chlap
    "pl": (("a", ("ach", "ami", "om", "ą", "ę", "i", "y", "e")),  # kobieta
           ("y", ("ego", "emu", "ych", "ymi", "ym", "ej", "ą", "e", "a")),  # nowy
           ("i", ("iego", "iemu", "ich", "imi", "im", "iej", "ią", "ie", "ia")),  # tani
           ("ie", ("iach", "iami", "iem", "iom", "ia", "iu")),  # zdanie
           ("", ("ach", "ami", "ów", "om", "em", "ie", "u", "a", "y"))),  # dom
}
PARADIGM_STEM = 4  # letters left before the ending: shorter stems are too often another word
# every ending of a language, so a word with none (most consonant-final words) costs one test
_PARADIGM_ENDS = {lang: tuple(sorted({e for _base, ends in table for e in ends})) for lang, table in PARADIGMS.items()}


def _paradigm(low: str, lem: str, lang: str) -> str:
    if len(low) < PARADIGM_STEM + 1 or not low.endswith(_PARADIGM_ENDS[lang]) or known(low, lang):
        return lem
    for base, ends in PARADIGMS[lang]:
        for end in ends:
            if low.endswith(end) and len(low) - len(end) >= PARADIGM_STEM:
                cand = low[: len(low) - len(end)] + base
                if cand != low and _base(cand, lang):
                    return cand
    return lem


# Hungarian adjectives in -s made from nouns ("napelemes", with solar panels, from "napelem";
# "napkollektoros", "jelzőrendszeres"): the denominal -s, like the -i that HU_ENDINGS (match.py)
# already reads, names the noun's thing. Where simplemma does not know the adjective it leaves
# it whole, and no term matches it; read as its noun: the lemma less -os/-es/-ös/-as after a
# consonant, when the adjective is not in the dictionary. Not where the word ends in an -s word
# that is no such derivation ("világváros": "város" is a town, not "vár" + -os): a known -s word
# whose stem is no word of four letters or more; nor "-mentes" (free of: "hulladékmentes",
# waste-free), the privative, which says the opposite of the -s that names what a thing has.
HU_S_MIN = 7  # letters of the adjective ("napelemes"); the noun then has at least five (HU_PREFIX_MIN)
_HU_VOWEL_LETTERS = frozenset("aáeéiíoóöőuúüű")


def _hu_lexicalised_s(tail: str) -> bool:
    stem = tail[:-2]
    return _base(tail, "hu") and not (len(stem) >= 4 and known(stem, "hu"))


def _hu_s_adjective(low: str, lem: str) -> str:
    if (len(lem) < HU_S_MIN or not lem.endswith("s") or lem[-2] not in "oeöa" or lem[-3] in _HU_VOWEL_LETTERS
            or lem.endswith("mentes") or known(lem, "hu")
            or any(_hu_lexicalised_s(lem[n:]) for n in range(1, len(lem) - 4))):
        return lem
    return lem[:-2]


def _slavic(lang: str) -> Callable[[str, str], str]:
    return lambda low, lem: _paradigm(low, lem, lang)


# Czech soft adjectives and verbal nouns the dictionary does not list in any form ("monitorovacího",
# "adaptačních", "koncepčním", "kanalizačních", "schvalováním"): PARADIGMS needs the base form listed,
# so simplemma keeps such a form as written and no term in the base form ("monitorovací výbor",
# "adaptační opatření") matches it. A word simplemma leaves whole and does not know, ending in a soft
# declension's case ending after a consonant with at least five letters before it, is read as its
# base form in -í (the adjective's and the verbal noun's nominative alike). Issue 6 (session 15, r15b;
# set-12 proposal 1, forms of terms the lexicons have): on the passages of sets 1-12 it changes 24
# distinct words, two of them wrongly ('prozatím' -> 'prozatí', 'formulářích' -> 'formuláří'; no term
# uses either).
_CS_SOFT = re.compile(r"(.{5,}[^aeiouyáéíóúůý])(?:ího|ímu|ích|ími|ím)$")


def _cs(low: str, lem: str) -> str:
    lem = _paradigm(low, lem, "cs")
    if lem != low or known(low, "cs"):
        return lem
    m = _CS_SOFT.match(low)
    return lem if m is None else m.group(1) + "í"


# language -> (lowercase word, simplemma's lemma) -> the lemma used (lemma() above)
CORRECTIONS: dict[str, Callable[[str, str], str]] = {
    "hu": _hu_s_adjective, "cs": _cs, "sk": _slavic("sk"), "pl": _slavic("pl")}


_WORDS: dict[str, dict[str, tuple[str, str]]] = {}  # lang -> word -> (lemma, lowercase form)
_WORDS_MAX = 500_000  # distinct words kept per language before the table starts afresh


def tokens(text: str, lang: str) -> list[Token]:
    """Tokens of `text` with their offsets and lemmas."""
    words = _WORDS.get(lang)
    if words is None or len(words) > _WORDS_MAX:
        words = _WORDS[lang] = {}
    out = []
    make = Token._make
    for m in TOKEN_RE.finditer(text):
        word = m.group(0)
        pair = words.get(word)
        if pair is None:
            pair = words[word] = (lemma(word, lang), word.lower())
        out.append(make((m.start(), m.end()) + pair))
    return out


def lemmas(text: str, lang: str) -> list[str]:
    """The lowercase lemmas of the words of `text`, in order."""
    return [lemma(m.group(0), lang) for m in TOKEN_RE.finditer(normalise(text))]


# --- passages ---------------------------------------------------------------------------

EVIDENCE_KINDS = frozenset({"body", "table"})
"""Passage kinds that may count as evidence; heading, toc and abbreviations never do."""

PARAGRAPH_MAX = 600  # characters; longer paragraphs are split into sentence groups
SENTENCE_GROUP = 400  # target size of one sentence group


class Passage(NamedTuple):  # a tuple, not a frozen dataclass: made for every passage scored, and
    # a frozen dataclass sets each field through object.__setattr__ (several times slower)
    page: int
    kind: str  # body | table | heading | toc | abbreviations
    text: str  # normalised text, lines joined (matchers tokenise it themselves, once)

    @property
    def evidence(self) -> bool:
        return self.kind in EVIDENCE_KINDS


# Headings announcing a table of contents or a list of abbreviations, in the five languages.
_TOC_HEADING = re.compile(
    r"^(obsah|contents|table of contents|tartalom(jegyzék)?|spis treści|spis tresci|zawartość)\W*$",
    re.IGNORECASE,
)
_ABBR_HEADING = re.compile(
    r"(zkratk|skratk|abbreviation|acronym|rövidítés|skrót|skrot|glossary|slovník pojmů|"
    r"seznam pojmů|zoznam pojmov|fogalomtár|słownik)",
    re.IGNORECASE,
)
# "1.2 Vision ........ 12", "Analysis    7", "Vize - 5": a short line that ends in a page number
_TOC_LINE = re.compile(r"^.{2,120}?(?:\.{2,}|…|\s{2,}|\t|\s-\s|\s)\s*\d{1,3}\s*$")
_TOC_DOTS = re.compile(r"(\.{3,}|…)\s*\d{1,3}\s*$")
# "ITS - Intelligent transport systems", "EU: European Union", "OZE = obnovitelné zdroje"
_ABBR_LINE = re.compile(r"^\s*[-*•]?\s*[A-Z0-9ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽĹŔÄÔÖŐÜŰĄĆĘŁŃŚŹŻ&/.+]{2,12}\s*(?:-|=|:|\t|\s{2,})\s*\S")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'(]?[^\W\d_a-z]|\d)", re.UNICODE)
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def passages(pages: Iterable[Page], lang: str) -> list[Passage]:
    """Split a strategy's pages into passages, each with its page number and kind."""
    out: list[Passage] = []
    section = "body"  # what the last heading announced: body | toc | abbreviations
    for page in pages:
        for kind, text in _blocks(normalise(page.text)):
            if kind == "heading":
                title = text.lstrip("#").strip()
                section = (
                    "toc" if _TOC_HEADING.match(title)
                    else "abbreviations" if _ABBR_HEADING.search(title)
                    else "body"
                )
                out.append(_passage(page.number, "heading", title, lang))
                continue
            if section != "body":
                kind = section
            for piece in _split(text) if kind == "body" else [text]:
                out.append(_passage(page.number, kind, piece, lang))
    return out


def _passage(page: int, kind: str, text: str, lang: str) -> Passage:
    return Passage(page, kind, text)


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _blocks(text: str) -> Iterable[tuple[str, str]]:
    """(kind, text) for each heading line, table row and paragraph of one page."""
    # (map and filter: the per-line and per-cell steps run in C; every page of every strategy)
    for block in _PARAGRAPH_BREAK.split(text):
        lines = [ln for ln in map(str.strip, block.split("\n")) if ln]
        para: list[str] = []
        for ln in lines:
            if ln.startswith(("#", "|")):
                if para:
                    yield from _classify_para(para)
                    para = []
                if ln.startswith("#"):
                    yield "heading", ln
                elif not _TABLE_SEP.match(ln):
                    cells = list(map(str.strip, ln.strip("|").split("|")))
                    row = " | ".join(filter(None, cells))
                    if row:
                        yield ("abbreviations" if _abbr_row(cells) else "table"), row
            else:
                para.append(ln)
        if para:
            yield from _classify_para(para)


def _abbr_row(cells: list[str]) -> bool:
    """A two-column row whose first cell is an all-capitals short code: an abbreviation entry."""
    return len(cells) == 2 and 2 <= len(cells[0]) <= 10 and cells[0].isupper() and " " not in cells[0]


def _toc_dots(line: str) -> bool:
    return ("..." in line or "…" in line) and _TOC_DOTS.search(line) is not None  # the search is slow


def _classify_para(lines: list[str]) -> Iterable[tuple[str, str]]:
    if len(lines) == 1:  # (most paragraphs) one line: a contents line by its dots; lists need two
        yield ("toc" if _toc_dots(lines[0]) else "body"), lines[0]
        return
    dots = [_toc_dots(ln) for ln in lines]
    toc = sum(1 for ln, d in zip(lines, dots, strict=True) if d or (len(ln) < 100 and _TOC_LINE.match(ln)))
    abbr = sum(1 for ln in lines if len(ln) < 120 and _ABBR_LINE.match(ln))
    if len(lines) >= 2 and toc * 2 > len(lines) or any(dots):
        for ln in lines:
            yield "toc", ln
    elif len(lines) >= 2 and abbr * 2 > len(lines):
        for ln in lines:
            yield "abbreviations", ln
    else:
        yield "body", " ".join(lines)


def _split(text: str) -> list[str]:
    """A paragraph, or for a long one, groups of whole sentences of about SENTENCE_GROUP chars."""
    if len(text) <= PARAGRAPH_MAX:
        return [text]
    groups: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        if current and len(current) + len(sentence) + 1 > SENTENCE_GROUP:
            groups.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        groups.append(current)
    return groups


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph (used to segment short texts for `classify`)."""
    return [s for s in _SENTENCE_END.split(normalise(text)) if s.strip()]
