"""Lexicon matching over lemmatised passages.

One `Matcher` per (framework, language): every term is lemmatised once when the matcher is
built and indexed by its first lemma (first lemma -> [(lemma tuple, key, term, weight)],
longest first). Matching a passage is one dictionary look-up per token, whatever the size of
the lexicon: no regular expression per term per passage.

A lexicon word is compared by its lemma and, as a fallback, by its written form: the
lemmatiser sometimes reads a base form in a phrase as another word ("prawa" in "prawa
człowieka"), and the written form still finds the phrase where the text uses it as written.

Hungarian writes compounds and derived adjectives as one word ("közlekedési",
"közlekedésfejlesztés"), which no lemmatiser reduces to "közlekedés"; for hu a token whose
lemma starts with an indexed lemma of at least HU_PREFIX_MIN letters also matches, when what
follows is an adjective ending ("-i", "-beli", "-ú/-ű") or a word simplemma knows (a compound):
"közlekedési" and "közlekedésfejlesztés" match "közlekedés", "természeti" does not match "termés".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.text import TOKEN_RE, Token, known, lemma, normalise

HU_PREFIX_MIN = 5
HU_ENDINGS = frozenset({"i", "ai", "ei", "beli", "ú", "ű", "jú", "jű"})


def _hu_extends(word: str, base: str) -> bool:
    """Is `word` `base` plus an adjective ending or plus a known word (a compound)?"""
    if len(base) < HU_PREFIX_MIN or len(word) <= len(base) or not word.startswith(base):
        return False
    rest = word[len(base):]
    return rest in HU_ENDINGS or (len(rest) >= 3 and known(rest, "hu"))


@dataclass(frozen=True)
class Hit:
    key: str  # criterion id (or any key the matcher was built with)
    term: str  # the term as written in the lexicon
    weight: float
    start: int  # character offsets of the match in the passage text
    end: int


class Matcher:
    def __init__(self, entries: Iterable[tuple[str, str, float]], lang: str):
        """entries: (key, term, weight); terms in base form, phrases allowed."""
        self.lang = lang
        index: dict[str, list[tuple[tuple[frozenset[str], ...], str, str, float]]] = {}
        seen: set[tuple[tuple[frozenset[str], ...], str]] = set()
        for key, term, weight in entries:
            words = TOKEN_RE.findall(normalise(term))
            seq = tuple(frozenset({lemma(w, lang), w.lower()}) for w in words)
            if not seq or (seq, key) in seen:
                continue
            seen.add((seq, key))
            for first in sorted(seq[0]):
                index.setdefault(first, []).append((seq, key, term, weight))
        for lst in index.values():  # longest phrase first, then heaviest, then by key and term
            lst.sort(key=lambda e: (-len(e[0]), -e[3], e[1], e[2]))
        self.index = index
        self._prefix = lang == "hu"
        self._keys_cache: dict[str, tuple[str, ...]] = {}
        self._starts: dict[str, tuple[str, ...]] = {}  # written form -> keys it can start

    def _keys(self, lem: str) -> tuple[str, ...]:
        """The index keys a token lemma can start a match with."""
        keys = self._keys_cache.get(lem)
        if keys is None:
            found = [lem] if lem in self.index else []
            if self._prefix:
                found += [lem[:n] for n in range(len(lem) - 1, HU_PREFIX_MIN - 1, -1)
                          if lem[:n] in self.index and _hu_extends(lem, lem[:n])]
            keys = self._keys_cache[lem] = tuple(found)
        return keys

    def _eq(self, tok: Token, want: frozenset[str]) -> bool:
        if tok.lemma in want or tok.form in want:
            return True
        return self._prefix and any(_hu_extends(tok.lemma, w) for w in want)

    def match(self, toks: Sequence[Token]) -> list[Hit]:
        """All hits in a token sequence; at one position, each key takes its longest term."""
        hits: list[Hit] = []
        n = len(toks)
        starts = self._starts
        for i, tok in enumerate(toks):
            # Most tokens start nothing: one dictionary look-up by written form decides that.
            keys = starts.get(tok.form) if tok.form else None
            if keys is None:
                keys = self._keys(tok.lemma)
                if tok.form != tok.lemma and tok.form in self.index:
                    keys = keys + (tok.form,)
                if tok.form:  # the lemma is a function of the written form: cache by it
                    starts[tok.form] = keys
            if not keys:
                continue
            taken: set[str] = set()
            for k in keys:
                for seq, key, term, weight in self.index[k]:
                    if key in taken:
                        continue
                    m = len(seq)
                    if i + m > n:
                        continue
                    if all(self._eq(toks[i + j], seq[j]) for j in range(1, m)):
                        taken.add(key)
                        hits.append(Hit(key, term, weight, tok.start, toks[i + m - 1].end))
        return _drop_nested(hits)


def _drop_nested(hits: list[Hit]) -> list[Hit]:
    """Drop a hit lying inside a longer hit of the same key ("care" inside "health care")."""
    if len(hits) < 2:
        return hits
    out = []
    for h in hits:
        if not any(o is not h and o.key == h.key and o.start <= h.start and h.end <= o.end
                   and (o.end - o.start) > (h.end - h.start) for o in hits):
            out.append(h)
    return out


def build(criteria: Iterable, lang: str, fallback: str = "en") -> Matcher:
    """A matcher over Criterion objects' terms in `lang` (falling back to English terms)."""
    entries = []
    for c in criteria:
        terms = c.terms.get(lang) or c.terms.get(fallback) or ()
        for t in terms:
            entries.append((c.id, t, 1.0))
    return Matcher(entries, lang)
