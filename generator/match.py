"""Lexicon matching over lemmatised passages.

One `Matcher` per (framework, language): every term is lemmatised once when the matcher is
built and indexed by its first lemma (first lemma -> [(lemma tuple, key, term, weight)],
longest first). Matching a passage is one dictionary look-up per token, whatever the size of
the lexicon: no regular expression per term per passage.

A lexicon word is compared by its lemma and, as a fallback, by its written form: the
lemmatiser sometimes reads a base form in a phrase as another word ("prawa" in "prawa
człowieka"), and the written form still finds the phrase where the text uses it as written.

A text word also matches by the lemma of its lemma: simplemma sometimes stops one step short,
at a form it maps further itself (hu "tervet" -> "terve" -> "terv", "fejlesztések" -> "fejlesztése" -> "fejlesztés";
pl "działania" -> "działanie" -> "działać", the lemma of "działań"; cs imperfective "vyhodnocuje"
-> "vyhodnocovat" -> "vyhodnotit"). Only the text side takes this second step, so a lexicon
noun does not start matching the verb it is derived from, and only inside a phrase: a word alone
would be too easily another word ("halottat" -> "halott" -> "hal").

A phrase may take one interruption (CONJUNCTIONS below): an adjective or pronoun inside it
("seznam konkrétních projektů" is 'seznam projektů') or a coordination ("finančného a
administratívneho zabezpečenia" is 'finančné zabezpečenie'), never across punctuation, or a
resolution's number between the words ("Uchwały XII/168/15 Rady": REF_MAX below); a key
takes such a match only where none of its phrases matched whole at that word.

Hungarian writes compounds and derived adjectives as one word ("közlekedési",
"közlekedésfejlesztés"), which no lemmatiser reduces to "közlekedés"; for hu a token whose
lemma starts with an indexed lemma of at least HU_PREFIX_MIN letters also matches, when what
follows is an adjective ending ("-i", "-beli", "-ú/-ű") or a word simplemma knows (a compound):
"közlekedési" and "közlekedésfejlesztés" match "közlekedés", "természeti" does not match "termés".
Where simplemma cuts a compound to its first element ("jövőképét" -> "jövő"), the head and
the lemma of the rest, a word it knows, make the compound's lemma ("jövőkép").
The other way round, a compound's tail stands for a phrase word when its head is a word
simplemma knows ("városfejlesztési célok" is 'fejlesztési cél'): only at the start or inside a
phrase, like the lemma's lemma above, since alone a tail is too often another word's
("térerősség", signal strength, ends in "erősség").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from itertools import accumulate, compress, islice
from operator import itemgetter
from typing import NamedTuple, cast

from generator.text import TOKEN_RE, known, lemma, normalise

_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})", TOKEN_RE.flags)  # the words, kept by split
_LETTER = r"[^\W\d_]"  # TOKEN_RE's letter: a word character, not a digit or an underscore
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


@cache
def _split_bmp() -> Callable[[str], list[str]]:
    """_SPLIT_RE's split for a text with no character beyond U+FFFF (nearly every text).

    The negated class _LETTER costs several Unicode-database look-ups per character, and
    splitting a passage into words was about 30% of matching. Here the class is spelt out as
    the ranges of the characters up to U+FFFF it matches, found by the class itself (so it is
    the same set), which `re` compiles to one table look-up per character: about a fifth
    less work for the same list. Built once per process (about 30 ms).

    The pattern is also written to open with one class (a letter or a digit; a lookbehind then
    tells which of TOKEN_RE's two alternatives goes on): `re` then skips the gaps between words
    with that class alone instead of trying both alternatives at every character (about a tenth
    fewer instructions for the same list)."""
    plane = "".join(" " if 0xD800 <= c < 0xE000 else chr(c) for c in range(0x10000))  # no lone surrogates
    spelt = "".join(f"{re.escape(m.group()[0])}-{re.escape(m.group()[-1])}"
                    for m in re.finditer(f"{_LETTER}+", plane, TOKEN_RE.flags))
    number = r"\d+(?:[.,]\d+)*"
    assert TOKEN_RE.pattern == f"{_LETTER}+|{number}"  # the two alternatives rewritten here
    letter = f"[{spelt}]"
    return re.compile(f"([{spelt}\\d](?:(?<={letter}){letter}*|\\d*{number[3:]}))", TOKEN_RE.flags).split


def split_words(text: str) -> list[str]:
    """[gap, word, gap, word, ..., gap]: TOKEN_RE's words and what lies between them."""
    return (_split_bmp() if _BEYOND_BMP.search(text) is None else _SPLIT_RE.split)(text)
HU_PREFIX_MIN = 5
HU_ENDINGS = frozenset({"i", "ai", "ei", "beli", "ú", "ű", "jú", "jű"})
# hu possessive endings (its X, its Xs) simplemma leaves on words it does not know
# ("stratégiája", "energiahatékonyságának" -> "energiahatékonysága", "helyzetelemzése"); the stem
# before them has its final vowel lengthened ("stratégiá-ja"), which is undone.
HU_POSSESSIVE = ("jai", "jei", "ai", "ei", "ja", "je", "a", "e")
_HU_SHORTEN = str.maketrans({"á": "a", "é": "e"})


def _hu_possessed(lem: str, vocabulary: frozenset[str] | None = None) -> str:
    """hu: the word a possessive form `lem` is made from, where simplemma does not know `lem`
    ("stratégiája" -> "stratégia", "helyzetelemzése" -> "helyzetelemzés") or knows it as its own
    lemma while the stem is a word it knows too ("részvétele" -> "részvétel", "felülvizsgálata"
    -> "felülvizsgálat": its list has a few possessives as base forms); otherwise `lem`.
    With `vocabulary` (every word a matcher's terms can match by) a word none of whose stems is
    in it is settled without a dictionary look-up: whichever stem the rule picked, no term could
    use it, so the matches are the same."""
    stems = [stem[:-1] + stem[-1].translate(_HU_SHORTEN) for stem in
             (lem[: -len(end)] for end in HU_POSSESSIVE if lem.endswith(end) and len(lem) - len(end) >= HU_PREFIX_MIN)]
    if not stems or (vocabulary is not None and vocabulary.isdisjoint(stems)):
        return lem
    listed = known(lem, "hu")
    for stem in stems:
        if not listed or known(stem, "hu"):
            return stem
    return lem


def _hu_compound(form: str, lem: str) -> str:
    """hu: the compound's lemma where simplemma cut a compound to its first element
    ("jövőképét" -> "jövő": head "jövő" + the lemma of "képét", a word it knows -> "jövőkép");
    otherwise the lemma itself. Inflections it cuts the same way give strings that are no word
    ("adatokat" -> "adat" + "oka"), which no lexicon word equals: they only cost a look-up.
    (Requiring the result to be a known word fails: simplemma's list lacks "jövőkép".)"""
    rest = form[len(lem):]
    if len(lem) < 3 or len(rest) < 3 or not form.startswith(lem) or not known(rest, "hu"):
        return lem
    return lem + lemma(rest, "hu")


def _shortened(entries: Iterable[tuple[str, str, float]], lang: str) -> frozenset[str]:
    """The lemmas simplemma gives term words by cutting them to a shorter word ("mobilitás" ->
    "mobil", "partnerség" -> "partner"), unless that word is itself a term word: the matcher
    does not extend these to compounds ("mobileszköz" is a mobile device, not mobility)."""
    written = {w.lower() for _key, term, _weight in entries for w in TOKEN_RE.findall(normalise(term))}
    cut = {w: lemma(w, lang) for w in written}
    return frozenset(lem for w, lem in cut.items() if len(w) - len(lem) >= 3 and w.startswith(lem)) - written


def _hu_extends(word: str, base: str) -> bool:
    """Is `word` `base` plus an adjective ending or plus a known word (a compound)?"""
    if len(base) < HU_PREFIX_MIN or len(word) <= len(base) or not word.startswith(base):
        return False
    rest = word[len(base):]
    return rest in HU_ENDINGS or (len(rest) >= 3 and known(rest, "hu"))


# A phrase may take one interruption: one word ("seznam konkrétních projektů" is 'seznam
# projektů', "network of European cities" 'network of cities'), or a conjunction and a word
# (coordination: "finančného a administratívneho zabezpečenia" is 'finančné zabezpečenie').
# Not "X Y and Z": "veřejná zeleň a doprava" is not 'veřejná doprava'.
CONJUNCTIONS = {
    "cs": frozenset({"a", "i", "nebo", "či"}),
    "sk": frozenset({"a", "i", "alebo", "či"}),
    "hu": frozenset({"és", "vagy", "illetve"}),
    "pl": frozenset({"i", "oraz", "lub", "albo"}),
    "en": frozenset({"and", "or"}),
}

# A two-word phrase that ends in a preposition ('vazba na', 'financed from') takes no
# interruption: the preposition belongs to whatever word comes before it ("spätnú väzbu a
# pohľad na": feedback, and a view of), so with a word between, the phrase is gone.
PREPOSITIONS = {
    "cs": frozenset("na do k ke s se v ve z ze o od po pro při za u nad pod před mezi".split()),
    "sk": frozenset("na do k ku s so v vo z zo o od po pre pri za u nad pod pred medzi".split()),
    "pl": frozenset("na do w we z ze o od po dla przy za u nad pod przed między".split()),
    "en": frozenset("of to for with on in at by from into".split()),
}

# A family of terms is written as one: a group of alternatives in parentheses, "spolupráce s
# (obec|spolek|vysoká škola)", stands for each of its phrases ('spolupráce s obec', ...); a term
# may hold several groups. A hit names the phrase that matched.
_GROUP = re.compile(r"\(([^()|]*(?:\|[^()|]*)+)\)")


# A term whose every bracket and bar belongs to such a group (no nesting); the concept's
# validation refuses any other, which would be read as words.
WELL_FORMED = re.compile(r"[^()|]*(?:\([^()|]*(?:\|[^()|]*)+\)[^()|]*)*")


def expand(term: str) -> list[str]:
    """The phrases a term written with groups of alternatives stands for, in written order."""
    m = _GROUP.search(term)
    if m is None:
        return [term]
    head, tail = term[:m.start()], term[m.end():]
    return [one for alt in m.group(1).split("|") for one in expand(" ".join(f"{head}{alt}{tail}".split()))]


# Czech writes the preposition 's' (with) as "se" before some words ("spolupráce se sousedními
# obcemi"), and simplemma leaves "se" as the reflexive pronoun (it does take "ve" to 'v', "ze" to
# 'z'): a lexicon 's' also matches the written "se", so a term needs no second spelling.
VOCALISED = {"cs": {"s": "se"}}

# A phrase does not cross a sentence end ("... budovy a rozpočet. Mesto sú ..." is not 'rozpočet
# mesta'): no full stop, question or exclamation mark or semicolon followed by a space between
# its words, unless the term itself has one ('mil. Kč').
SENTENCE_END = re.compile(r"[.!?;]\s")

# An interruption may also be a reference: the number and date of a resolution, an act or an
# order between two words of a phrase ("Uchwały XII/168/15 Rady", "képviselő-testülete 13/2011.
# (IV.1) határozatával", "fogadta el a 22/2021. (IX. 28.) Kgy. határozatával", "uznesením č.
# 31/3-2015"). A reference is a run of fewer than REF_MAX tokens with at least one reference
# number (numbers joined by a slash, "13/2011"; a bare year, a date or a section number "1.2" is
# none), the others numbers, Roman numerals in capitals, number signs (REF_SIGNS) or capitalised
# abbreviations of at most three letters written with a full stop ("Kgy.", "Kt."); one word, or a
# conjunction and a word, may come before it ("fogadta el a 22/2021."), the phrase's next word
# right after it, and its gaps hold only spaces and REF_GAP characters.
# Issue 6: approvals were missed on real passages sets 1-6 for a number between their words.
REF_MAX = 8
REF_SIGNS = frozenset({"nr", "no", "č", "sz"})
REF_GAP = re.compile(r"[\s./()\-–]*")
_ROMAN = re.compile(r"[IVXLCDM]+")
_REF_NUMBER = re.compile(r"\d/\d")  # a text without one has no reference: nothing more to try
_DIGIT, _SIGN, _ABBREV = 3, 2, 1  # _Word.ref: a number, a Roman numeral or sign, a short capitalised word


def _ref_kind(word: str) -> int:
    """What a written word can be in a reference (0: nothing; _ABBREV only when a full stop follows)."""
    if word[0].isdigit():
        return _DIGIT
    if (len(word) <= 8 and _ROMAN.fullmatch(word)) or word.lower() in REF_SIGNS:
        return _SIGN
    return _ABBREV if len(word) <= 3 and word[0].isupper() else 0


# Polish puts an adjective before or after its noun: a term written 'cel strategiczny' is also
# "strategiczne cele". In these languages a two-word term of an adjective (its lemma ends in an
# adjective ending below) and another word also matches the other way round, side by side (no
# interruption, nothing but spaces between them). Two nouns keep their order: 'plan realizacji'
# is not "realizacji planu".
REVERSIBLE = {"pl": ("y", "i")}

# Regular case forms of lexicon words whose declension simplemma does not know: loanwords and
# derived nouns it has only in the base form ("biodiverzitu", "participaci", "kompostovania",
# "mitygacji", "monitorováním" stay as written, so 'biodiverzita' never matched them; issue 6,
# set-7 proposal 2). A text word that is such a form of a lexicon word is read as that word: the
# forms are worked out once when the matcher is built, and a text word costs one look-up more,
# once per distinct word (the matcher's word table).
# (base ending, the endings of its other forms), first match wins.
INFLECTIONS = {
    "cs": (("ace", ("aci", "ací")), ("ika", ("iky", "iku", "ikou", "ice")), ("ita", ("ity", "itu", "itou", "itě")),
           ("ní", ("ním", "ních", "ními")), ("ie", ("ii", "ií"))),
    "sk": (("cia", ("cie", "ciu", "cií", "ciou")), ("zia", ("zie", "ziu", "zií", "ziou")),
           ("nie", ("nia", "niu", "ní", "ním", "niach")), ("ita", ("ity", "itu", "ite", "itou")),
           ("ika", ("iky", "iku", "ike", "ikou"))),
    "pl": (("cja", ("cji", "cję", "cją")), ("zja", ("zji", "zję", "zją")), ("ika", ("iki", "ikę", "iką")),
           ("ia", ("ii", "ię", "ią"))),
}
INFLECT_MIN = 5  # letters of the base form: short words are too often another word's form
_HU_BACK, _HU_ROUNDED, _HU_VOWELS = set("aáoóuú"), set("öőüű"), set("aáoóuúöőüűeéií")
_HU_DIGRAPHS = ("dzs", "sz", "zs", "cs", "gy", "ly", "ny", "ty")
_HU_PLAIN_T = ("s", "sz", "z", "zs", "l", "ly", "r", "n", "ny", "j")  # accusative -t with no linking vowel


def _hu_inflections(word: str) -> tuple[str, ...]:
    """hu: the case forms of a noun ("önerő" -> "önerőt", "önerőben", ...; "monitorozás" ->
    "monitorozást", "monitorozásban", "monitorozással"), by vowel harmony; a final a/e lengthens."""
    harmony = next((v for v in reversed(word) if v in _HU_VOWELS and v not in "ií"), "e")
    back, rounded = harmony in _HU_BACK, harmony in _HU_ROUNDED
    stem = word[:-1] + {"a": "á", "e": "é"}[word[-1]] if word[-1] in "ae" else word
    vowel = stem[-1] in _HU_VOWELS
    ends = (("ban", "ba", "ból", "ra", "ról", "hoz", "nak", "nál", "tól", "on") if back else
            ("ben", "be", "ből", "re", "ről", "höz" if rounded else "hez", "nek", "nél", "től",
             "ön" if rounded else "en"))
    forms = [stem + e for e in ends] + [stem + "ként", stem + "ig"]
    forms.append(stem + ("t" if vowel or stem.endswith(_HU_PLAIN_T) else "ot" if back else "öt" if rounded else "et"))
    if vowel:
        forms.append(stem + ("val" if back else "vel"))
    else:  # the instrumental doubles the last consonant ("monitorozással", "önrésszel")
        last = next((d for d in _HU_DIGRAPHS if stem.endswith(d)), stem[-1])
        forms.append(stem[: -len(last)] + last[0] + last + ("al" if back else "el"))
    return tuple(forms)


def inflections(word: str, lang: str) -> tuple[str, ...]:
    """Other written forms of a lexicon word in lower case (INFLECTIONS; all hu nouns)."""
    if len(word) < INFLECT_MIN or not word.isalpha():
        return ()
    if lang == "hu":
        return _hu_inflections(word)
    for base, ends in INFLECTIONS.get(lang, ()):
        if word.endswith(base):
            return tuple(word[: len(word) - len(base)] + e for e in ends)
    return ()


WORDS_MAX = 500_000  # distinct words a matcher remembers before it starts afresh


class _Word(NamedTuple):
    lemma: str
    form: str  # lowercase
    keys: tuple[str, ...]  # index keys this word can start a match with
    alts: tuple[str, ...]  # what a lexicon word may be to match it: lemma, form, lemma's lemma, hu stems
    singles: tuple[tuple[str, str, float], ...]  # (key, term, weight) of one-word terms it starts
    seconds: tuple[tuple[int, dict], ...]  # (order of the start key, second word -> longer entries)
    follow: frozenset[str]  # every second word of those longer entries (most words start none here)
    ones: tuple[tuple[int, int, _Entry], ...]  # (key order, rank, entry) of the one-word terms it may
    # start (not by the lemma's lemma or a hu tail), tried with the phrases in _contiguous
    gapped: bool  # does it start a phrase (which may then take an interruption)?
    ref: int  # what it can be in a reference (_ref_kind)
    follow3: frozenset[str]  # the second words of its phrases of three words or more


class Hit(NamedTuple):  # many are made: a tuple is cheaper than a dataclass
    key: str  # criterion id (or any key the matcher was built with)
    term: str  # the term as written in the lexicon
    weight: float
    start: int  # character offsets of the match in the passage text
    end: int


# (lemma alternatives per word, key, term, weight, ((key, term, weight),): what a hit records)
_Entry = tuple[tuple[frozenset[str], ...], str, str, float, tuple[tuple[str, str, float]]]
_KEYS = itemgetter(2)  # _Word.keys: does a word start anything?
_LAST = itemgetter(1)  # a found hit's last word
_ORDER_RANK = itemgetter(0, 1)
_new = tuple.__new__  # Hit(...) without the Python-level __new__ of a NamedTuple


class Matcher:
    def __init__(self, entries: Iterable[tuple[str, str, float]] = (), lang: str = "",
                 state: tuple | None = None):
        """entries: (key, term, weight); terms in base form, phrases allowed. Or `state`, a
        matcher's `state()` as kept on disk (generator.cache.prepare_matchers): the same
        matcher without lemmatising its terms again."""
        self._words: dict[str, _Word] = {}
        self._pairs: dict[tuple[str, str], tuple[tuple[int, int, _Entry], ...]] = {}
        self._single: dict[str, list[tuple[int, _Entry]]]  # per start key: (rank, one-word entry)
        self._second: dict[str, dict[str, list[tuple[int, _Entry]]]]  # ... by second word: longer ones
        if state is not None:
            (self.lang, self._reversed, self._dotted, self.index, self._single, self._second, self._phrases,
             self._short, self._conj, self._unbroken, self._prefix, self._tails, self._vocabulary,
             self._inflected) = state
            return
        self.lang = lang
        index: dict[str, list[_Entry]] = {}
        seen: set[tuple[tuple[frozenset[str], ...], str]] = set()
        entries = [(key, one, weight) for key, term, weight in entries for one in expand(term)]  # read twice
        backwards: list[tuple[tuple[frozenset[str], ...], str, str, float]] = []
        vocalised = VOCALISED.get(lang, {})
        written: set[str] = set()  # every word of the terms, for INFLECTIONS
        for key, term, weight in entries:
            words = TOKEN_RE.findall(normalise(term))
            seq = tuple(frozenset({lemma(w, lang), w.lower(), vocalised.get(w.lower(), w.lower())})
                        for w in words)
            written.update(words)
            if not seq or (seq, key) in seen:
                continue
            seen.add((seq, key))
            for first in sorted(seq[0]):
                index.setdefault(first, []).append((seq, key, term, weight, ((key, term, weight),)))
            if len(seq) == 2 and lang in REVERSIBLE and any(
                    lemma(w, lang).endswith(REVERSIBLE[lang]) for w in words):
                backwards.append((seq[::-1], key, term, weight))
        reversed_seqs = set()
        for seq, key, term, weight in backwards:  # after every term, so a term written so wins
            if (seq, key) in seen:
                continue
            seen.add((seq, key))
            reversed_seqs.add(seq)
            for first in sorted(seq[0]):
                index.setdefault(first, []).append((seq, key, term, weight, ((key, term, weight),)))
        self._reversed = frozenset(reversed_seqs)
        self._dotted = frozenset(seq for lst in index.values() for seq, _k, term, *_ in lst
                                 if SENTENCE_END.search(normalise(term) + " "))
        for lst in index.values():  # longest phrase first, then heaviest, then by key and term
            lst.sort(key=lambda e: (-len(e[0]), -e[3], e[1], e[2]))
        self.index = index
        # Per start key, the one-word entries and, by each written alternative of their second
        # word, the longer ones: a phrase is only tried where its second word follows.
        self._single = {}
        self._second = {}
        for k, lst in index.items():
            for rank, e in enumerate(lst):
                if len(e[0]) == 1:
                    self._single.setdefault(k, []).append((rank, e))
                else:
                    for alt in e[0][1]:
                        self._second.setdefault(k, {}).setdefault(alt, []).append((rank, e))
        self._phrases = {k: [(rank, e) for rank, e in enumerate(lst) if len(e[0]) > 1]
                         for k, lst in index.items()}
        # hu: a term word simplemma shortens to a word of its own ("mobilitás" -> "mobil") keeps
        # its inflected forms (they have the same short lemma) but not the compounds of the
        # short word ("mobileszköz", a mobile device): the short lemma is no stem to extend.
        self._short = _shortened(entries, lang) if lang == "hu" else frozenset()
        self._conj = CONJUNCTIONS.get(lang, frozenset())
        # Phrases that take no interruption, worked out once: two words ending in a preposition
        # (PREPOSITIONS) and the reversed Polish terms (REVERSIBLE).
        preps = PREPOSITIONS.get(lang, frozenset())
        self._unbroken = self._reversed | frozenset(
            e[0] for lst in index.values() for e in lst if len(e[0]) == 2 and not e[0][1].isdisjoint(preps))
        self._prefix = lang == "hu"
        # hu: every word of a phrase, which a compound's tail may stand for ("városfejlesztési
        # célok" is 'fejlesztési cél'; the head "város" is a word simplemma knows)
        seqs = {e[0] for lst in index.values() for e in lst} if self._prefix else set()  # (each once)
        self._tails = frozenset(
            alt for seq in seqs if len(seq) > 1
            for alts in seq for alt in alts if len(alt) >= HU_PREFIX_MIN)
        # hu: every word a term can match by (its lemma or written form), for _hu_possessed
        self._vocabulary = frozenset(alt for seq in seqs for alts in seq for alt in alts)
        # a lexicon word's case form (INFLECTIONS) -> that word's lemma
        self._inflected = {form: lemma(w, lang) for w in sorted(written, reverse=True)
                           for form in inflections(w.lower(), lang)}
        # (_words: what matching knows of each written word, and _pairs: (written word, next
        # written word) -> the terms that may start there, in key order then rank (_contiguous),
        # are worked out as words are met, once per matcher.)

    def state(self) -> tuple:
        """What the matcher was built into, as plain data (marshal keeps it): `Matcher(state=...)`
        is this matcher again. The per-word tables filled while matching are left out."""
        return (self.lang, self._reversed, self._dotted, self.index, self._single, self._second, self._phrases,
                self._short, self._conj, self._unbroken, self._prefix, self._tails, self._vocabulary,
                self._inflected)

    def _word(self, word: str) -> _Word:
        """What matching needs to know of one written word, worked out once per matcher."""
        form = word.lower()
        lem = lemma(word, self.lang)
        base = self._inflected.get(form)
        if base is not None and not known(form, self.lang):  # a lexicon word's case form the lemmatiser
            lem = base  # does not know ("biodiverzitu"); a word it knows is its own ("schválení", approved)
        again = lemma(lem, self.lang)  # the lemmatiser's second step: "tervet" -> "terve" -> "terv"
        keys = [lem] if lem in self.index else []
        compound = _hu_compound(form, lem) if self._prefix else lem
        if compound != lem and compound in self.index:
            keys.append(compound)
        if again != lem and again in self.index:
            keys.append(again)
        prefixes = [lem[:n] for n in range(len(lem) - 1, HU_PREFIX_MIN - 1, -1)
                    if lem[:n] not in self._short and _hu_extends(lem, lem[:n])] if self._prefix else []
        keys += [p for p in prefixes if p in self.index]
        if form != lem and form in self.index:
            keys.append(form)
        owner = _hu_possessed(lem, self._vocabulary) if self._prefix else lem
        if owner != lem and owner in self.index and owner not in keys:
            keys.append(owner)
        tails = [x[n:] for x in dict.fromkeys((lem, form)) for n in range(3, len(x) - HU_PREFIX_MIN + 1)
                 if x[n:] in self._tails and known(x[:n], self.lang)] if self._tails else []
        keys += [t for t in tails if t in self.index and t not in keys]
        # The lemma's lemma and a compound's tail only start or continue a phrase: a one-word
        # term has no neighbour to confirm them ("halottat" -> "halott" -> "hal", the fish).
        own = {lem, form, compound, *prefixes, owner}
        ones = tuple(k for k in keys if k in own)
        taken: set[str] = set()
        singles: list[tuple[str, str, float]] = []  # the one-word terms it starts, first per key (the longer ones depend on what follows)
        for k in ones:
            for _rank, (_seq, key, _term, _weight, one) in self._single.get(k, ()):
                if key not in taken:
                    taken.add(key)
                    singles += one
        seconds = tuple((order, self._second[k]) for order, k in enumerate(keys) if k in self._second)
        alts = (((lem,) if form == lem else (lem, form)) + ((compound,) if compound != lem else ())
                + ((again,) if again != lem else ()) + tuple(prefixes) + tuple(tails)
                + ((owner,) if owner != lem else ()))
        follow = frozenset(alt for _order, second in seconds for alt in second)
        follow3 = frozenset(alt for _order, second in seconds for alt, lst in second.items()
                            if any(len(e[0]) > 2 for _rank, e in lst))
        own_singles = tuple((order, rank, e) for order, k in enumerate(keys) if k in ones
                            for rank, e in self._single.get(k, ()))
        gapped = any(self._phrases.get(k) for k in keys)
        info = self._words[word] = _Word(lem, form, tuple(keys), alts, tuple(singles), seconds, follow,
                                         own_singles, gapped, _ref_kind(word), follow3)
        return info

    def match(self, text: str) -> list[Hit]:
        """All hits in a (normalised) text; at one position, each key takes its longest term.

        Most words start nothing: one dictionary look-up per word decides that; a phrase is
        only tried where its second word follows, and word offsets are only computed for a
        text with a hit."""
        parts = split_words(text)  # gap, word, gap, word, ..., gap: one pass gives both
        refs = "/" in text and _REF_NUMBER.search(text) is not None  # (the "in" first: far faster)
        words = parts[1::2]
        table = self._words
        if len(table) > WORDS_MAX:
            table.clear()
        seen = list(map(table.get, words))
        if None in seen:  # words not seen before by this matcher
            make = self._word
            info = [d or make(w) for d, w in zip(seen, words, strict=True)]
        else:
            info = cast("list[_Word]", seen)  # (no None in it)
        # (first word, last word, ((key, term, weight), ...)) of every hit, in order
        found: list[tuple[int, int, tuple[tuple[str, str, float], ...]]] = []
        n = len(words)
        nested = False  # a hit of more than one word may contain another of the same key
        # d is a _Word read by position on this hot loop: d[3] alts, d[4] singles, d[6] follow,
        # d[8] gapped, d[10] follow3. Words that start nothing (most) are skipped in C by compress.
        conj, unbroken = self._conj, self._unbroken
        for i in compress(range(n), map(_KEYS, info)):
            d = info[i]
            whole: set[str] | tuple[()] = ()  # keys that took an uninterrupted phrase here
            alone = i + 1 == n or d[6].isdisjoint(info[i + 1][3])  # no phrase of it continues here
            if alone:
                if d[4]:
                    found.append((i, i, d[4]))
            else:
                whole = self._contiguous(info, parts, i, n, d, found)
                nested = nested or bool(whole)
            # A phrase with an interruption: its second word must stand next, one word on, or
            # after a conjunction and a word (for most words none does, and this is all it costs).
            # (in a text with a reference number, _REF_NUMBER) a reference may follow it: a phrase
            # whose next word stands right after the reference is tried there too
            after = self._after_reference(d, info, parts, i, n) if refs and d[8] and i + 2 < n else -1
            # A phrase whose second word is the next word is taken there at once (_interrupted
            # is first fit), so of those only one of three words or more can still take an
            # interruption later: where the next word continues only two-word phrases, they need
            # not be tried (most words that continue a phrase here: d[10], follow3).
            if d[8] and i + 2 < n and (not (
                    d[6].isdisjoint(info[i + 2][3])
                    and (alone or d[10].isdisjoint(info[i + 1][3]))
                    and (i + 3 == n or info[i + 1][1] not in conj or d[6].isdisjoint(info[i + 3][3])))
                    or after > 0):
                gapped: set[str] = set()
                # The phrases whose second word is one of the next three words' alternatives (or
                # the word after a reference), in key order, then rank (the order of the phrases
                # this word starts), each once.
                nxt = {*info[i + 1][3], *info[i + 2][3]}
                if i + 3 < n and info[i + 1][1] in conj:
                    nxt.update(info[i + 3][3])
                if after > 0:
                    nxt.update(info[after][3])
                tries = sorted({(order, rank): e for order, second in d[5] for alt in nxt
                                for rank, e in second.get(alt, ())}.items())
                for _at, (seq, key, _term, _weight, one) in tries:
                    if key in whole or key in gapped or seq in unbroken:
                        continue
                    last = self._interrupted(seq, info, parts, i, n, refs)
                    if last > 0:
                        gapped.add(key)
                        found.append((i, last, one))
                        nested = True
        if not found:
            return []
        # word k spans ends[2k + 1]:ends[2k + 2]; summed only up to the last word of a hit (the
        # sums were about a tenth of matching, and the text after the last hit needs none)
        ends = [0, *accumulate(map(len, islice(parts, 2 * max(map(_LAST, found)) + 2)))]
        if not nested:
            return [_new(Hit, (key, term, weight, ends[2 * i + 1], ends[2 * j + 2]))
                    for i, j, one in found for key, term, weight in one]
        # Drop a hit lying inside a longer hit of the same key ("care" inside "health care"):
        # only a hit of more than one word can hold another, and word spans order as offsets do.
        spans: dict[str, list[tuple[int, int]]] = {}
        for i, j, one in found:
            if j > i:
                for key, _term, _weight in one:
                    spans.setdefault(key, []).append((i, j))
        return [_new(Hit, (key, term, weight, ends[2 * i + 1], ends[2 * j + 2]))
                for i, j, one in found for key, term, weight in one
                if key not in spans or not _inside(i, j, spans[key])]

    def _contiguous(self, info: list[_Word], parts: list[str], i: int, n: int, d: _Word,
                    found: list[tuple[int, int, tuple[tuple[str, str, float], ...]]]) -> set[str]:
        """The terms starting at word i whose words follow one another: the first per key (key
        order, then longest first). Returns the keys that took a phrase of more than one word."""
        pair = (parts[2 * i + 1], parts[2 * i + 3])  # the two written words decide the candidates
        longer = self._pairs.get(pair)
        if longer is None:
            if len(self._pairs) > WORDS_MAX:
                self._pairs.clear()
            alts = info[i + 1][3]
            listed = [(order, rank, e) for order, second in d[5] for alt in alts
                      for rank, e in second.get(alt, ())]
            listed += d[7]
            listed.sort(key=_ORDER_RANK)
            longer = self._pairs[pair] = tuple(listed)
        taken: set[str] = set()  # (an entry reached by two alternatives is tried twice: harmless)
        whole: set[str] = set()
        gap = parts[2 * i + 2]  # between this word and the next: most often one space
        stop = gap != " " and SENTENCE_END.search(gap) is not None
        dotted, backwards = self._dotted, self._reversed
        for _order, _rank, (seq, key, _term, _weight, one) in longer:
            if key in taken:
                continue
            m = len(seq)  # the first two words are known to match (this word, then alts)
            # (the third word tested first, without a generator: most longer phrases have three words)
            if m > 2 and (i + m > n or seq[2].isdisjoint(info[i + 2][3])
                          or (m > 3 and any(seq[j].isdisjoint(info[i + j][3]) for j in range(3, m)))):
                continue
            # (the later gaps joined by a character that is neither punctuation nor a space, so
            # one search finds a sentence end in any of them and none across two)
            if m > 1 and (stop or (m > 2 and (later := "\0".join(parts[2 * i + 4:2 * (i + m) - 1:2])) != " "
                                   and SENTENCE_END.search(later))) and seq not in dotted:
                continue  # across a sentence end
            if backwards and seq in backwards and gap.strip():
                continue  # a term's words the other way round: only side by side
            taken.add(key)
            found.append((i, i + m - 1, one))
            if m > 1:
                whole.add(key)
        return whole

    def _interrupted(self, seq: tuple[frozenset[str], ...], info: list[_Word], parts: list[str],
                     i: int, n: int, refs: bool = True) -> int:
        """The last word of `seq` matched from word i with exactly one interruption (one word, or
        a conjunction and a word, with only spaces around them), or -1. Each next word is taken
        at once when it follows (first fit), so the result is the same whatever else matched."""
        p, gap = i, False
        for want in seq[1:]:
            if p + 1 < n and not want.isdisjoint(info[p + 1][3]):
                if parts[2 * p + 2] != " " and SENTENCE_END.search(parts[2 * p + 2]) and seq not in self._dotted:
                    return -1  # across a sentence end
                p += 1
                continue
            if gap:
                return -1
            gap = True
            if p + 2 < n and not want.isdisjoint(info[p + 2][3]):
                q = p + 2
            elif p + 3 < n and info[p + 1][1] in self._conj and not want.isdisjoint(info[p + 3][3]):
                q = p + 3
            else:
                q = -1
            if q < 0 or "".join(parts[2 * p + 2:2 * q + 1:2]).strip():  # punctuation in the gaps
                if not refs or not (info[p + 1][9] or (p + 2 < n and info[p + 2][9])
                                    or (p + 3 < n and info[p + 3][9])):
                    return -1  # (most texts and words: no reference can follow)
                q = self._past_reference(info, parts, p, n)
                if q < 0 or want.isdisjoint(info[q][3]):
                    return -1
            p = q
        return p if gap else -1

    def _after_reference(self, d: _Word, info: list[_Word], parts: list[str], i: int, n: int) -> int:
        """The word right after a reference that follows word i (`_past_reference`), where a phrase
        word i starts can go on; or -1."""
        if not (info[i + 1][9] or info[i + 2][9] or (i + 3 < n and info[i + 3][9])):
            return -1
        q = self._past_reference(info, parts, i, n)
        return q if q > 0 and not d[6].isdisjoint(info[q][3]) else -1

    def _past_reference(self, info: list[_Word], parts: list[str], p: int, n: int) -> int:
        """The word right after a reference that follows word p directly, after one word, or after
        a conjunction and a word (REF_MAX, REF_GAP); or -1."""
        if p + 2 >= n:
            return -1
        for start in range(p + 1, min(n, p + 4)):  # where the reference starts
            kind = info[start][9]
            if kind and (kind != _ABBREV or parts[2 * start + 2].startswith(".")):
                break
        else:
            return -1
        if start == p + 3 and info[p + 1][1] not in self._conj:
            return -1
        digit = False
        for q in range(start, min(n, start + REF_MAX)):
            kind = info[q][9]
            if not kind or (kind == _ABBREV and not parts[2 * q + 2].startswith(".")):
                break
            digit = digit or (kind == _DIGIT and (
                (parts[2 * q + 2] == "/" and q + 1 < n and info[q + 1][9] == _DIGIT)
                or (parts[2 * q] == "/" and q > 0 and info[q - 1][9] == _DIGIT)))
        else:
            return -1  # no word within REF_MAX: a table of figures, not a reference
        if not digit or any(parts[2 * t + 2].strip() for t in range(p, start - 1)) \
                or not all(REF_GAP.fullmatch(parts[2 * t + 2]) for t in range(start - 1, q)):
            return -1
        return q


def _inside(i: int, j: int, spans: list[tuple[int, int]]) -> bool:
    """Does a longer span of `spans` hold words i..j? (A loop: most keys have one span, and
    any() over a generator costs more than the test.)"""
    for a, b in spans:
        if a <= i and j <= b and (a != i or b != j):
            return True
    return False


def build(criteria: Iterable, lang: str, fallback: str = "en") -> Matcher:
    """A matcher over Criterion objects' terms in `lang` (falling back to English terms)."""
    entries = []
    for c in criteria:
        terms = c.terms.get(lang) or c.terms.get(fallback) or ()
        for t in terms:
            entries.append((c.id, t, 1.0))
    return Matcher(entries, lang)
