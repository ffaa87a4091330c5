"""The structure guards' substring pre-tests (score._plain_lower, score._has_cue) never change what a
guard drops: they only skip a case-insensitive pattern's search where it cannot match.

Each guard is compared with its pattern-only form (the code before the pre-tests) on generated
passages that mix the patterns' words in every case, the characters re.IGNORECASE treats apart
from str.lower() ('İ', 'ı', 'ſ') and filler, with hits of every guarded criterion at random places.
"""

from __future__ import annotations

import random
import re

from generator import score as S
from generator.match import Hit


def _reference_drafting_grants(text: str, hits: list[Hit]) -> list[Hit]:
    if not any(h.key in S.FUNDED for h in hits):
        return hits
    ends = [m.start() for m in S._SENTENCE_END.finditer(text)]

    def for_drafting(h: Hit) -> bool:
        start = max((e for e in ends if e < h.start), default=0)
        end = min((e for e in ends if e >= h.end), default=len(text))
        drafted = S._DRAFTED_DOCUMENT.search(text, start, end)
        return drafted is not None and S._RECURRING_DOCUMENT.search(drafted.group().lower()) is None

    return [h for h in hits if h.key not in S.FUNDED or not for_drafting(h)]


def _reference_other_levels(text: str, hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if h.key not in S.OTHER_LEVEL_PARTS
            or S._OTHER_LEVEL.search(text, max(0, h.start - S._OTHER_LEVEL_BEFORE), h.start) is None]


def _reference_measured_things(text: str, hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if h.key not in S.MEASURED or S._MEASURED_THING.search(
        text, max(0, h.start - S._MEASURED_NEAR), min(len(text), h.end + S._MEASURED_NEAR)) is None]


def _reference_drafting_bodies(text: str, hits: list[Hit]) -> list[Hit]:
    # the guard without its early return: the same body
    if not any(h.key in S.DRAFTED for h in hits):
        return hits
    low = text.lower()
    ends = [m.start() for m in S._SENTENCE_END.finditer(text)]

    def drafts_the_document(start: int, end: int) -> bool:
        drafted = S._DRAFTING_DOCUMENT.search(low, start, end)
        return drafted is not None and S._RECURRING_DOCUMENT.search(drafted.group()) is None

    def drafting(h: Hit) -> bool:
        start = max((e for e in ends if e < h.start), default=0)
        end = min((e for e in ends if e >= h.end), default=len(text))
        if h.key == "S-ACTIONPLAN":
            return S._RECURRING_DOCUMENT.search(low, h.start, h.end) is None and drafts_the_document(start, end)
        if start and S._GOES_ON.match(low, start + 1):
            start = max((e for e in ends if e < start), default=0)
        return any(stem in low[start:h.start] for stem in S.DRAFTING_STEMS) or drafts_the_document(h.end, end)

    return [h for h in hits if h.key not in S.DRAFTED or not drafting(h)]


def _reference_programme_parts(text: str, hits: list[Hit]) -> list[Hit]:
    if not any(h.key in S.PROGRAMME_PARTS for h in hits):
        return hits

    def programmes(h: Hit) -> bool:
        if h.key not in S.PROGRAMME_PARTS:
            return False
        if S._FROM_BEFORE.search(text, max(0, h.start - 4), h.start) and S._CODE_AFTER.match(text, h.end):
            return True
        return (S._PROGRAMME_BRACKET.search(text, max(0, h.start - 120), h.start) is not None
                or S._ACRONYM_AFTER.match(text, h.end) is not None)

    return [h for h in hits if not programmes(h)]


def _reference_announced_grants(text: str, hits: list[Hit]) -> list[Hit]:
    if not any(h.key in S.FUNDED for h in hits) or S._ANNOUNCED_GRANT.search(text) is None:
        return hits
    ends = [0] + [m.end() for m in S._SENTENCE_END.finditer(text)] + [len(text)]
    spans = list(zip(ends, ends[1:], strict=False))
    announced = [S._ANNOUNCED_GRANT.search(text, a, b) is not None for a, b in spans]

    def sought(h: Hit) -> bool:
        return next(announced[n] for n, (a, b) in enumerate(spans) if a <= h.start < b or n == len(spans) - 1)

    return [h for h in hits if h.key not in S.FUNDED or not sought(h)]


def _reference_law_definitions(text: str, hits: list[Hit]) -> list[Hit]:
    if not any(h.key in S.LAW_DEFINED for h in hits) or S._LAW_DEFINITION.search(text) is None:
        return hits
    ends = [0] + [m.end() for m in S._SENTENCE_END.finditer(text)] + [len(text)]
    spans = [(a, b) for a, b in zip(ends, ends[1:], strict=False) if S._LAW_DEFINITION.search(text, a, b) is not None]
    return [h for h in hits if h.key not in S.LAW_DEFINED or not any(a <= h.start < b for a, b in spans)]


PAIRS = [
    (S._drop_drafting_grants, _reference_drafting_grants),
    (S._drop_other_levels, _reference_other_levels),
    (S._drop_measured_things, _reference_measured_things),
    (S._drop_drafting_bodies, _reference_drafting_bodies),
    (S._drop_programme_parts, _reference_programme_parts),
    (S._drop_announced_grants, _reference_announced_grants),
    (S._drop_law_definitions, _reference_law_definitions),
]

WORDS = [*S._DRAFTING_CUES, *S._OTHER_LEVELS, "EU", "eu", *S._MEASURED_STEMS, *S._MEASURED_WORDS,
         "strategie", "plánu", "programu", "dokumentu", "akčního", "annual", "roční", "koncepce", "terv",
         "operačného programu", "Operational Programme", "programu rozvoja vidieka", "IROP", "PO 4", "19.1",
         "bude zažádáno", "budeme požiadať", "będzie się ubiegać", "pályázni fog", "will apply", "intends to apply",
         "má být vyhlášen", "zostanie ogłoszony", "pokud bude projekt úspěšný", "if successful", "šance na získání",
         "szansa na pozyskanie", "feltétele lesz", "will be a condition", "dotace", "grant",
         "v rozsahu stanovenom zákonom", "je systém úloh", "do zadań własnych gminy", "kötelező feladat", "statutory duty",
         "is a system of measures", "přenesená působnost"]
FILLER = ["obec", "město", "a", "the", "w", "és", "projekt", "peníze", "2021", "z", "from", "na", ".", ",", ";",
          "\n", "(", "( ", "(\n", ")"]
ODD = ["İ", "ı", "ſ"]
KEYS = sorted(S.FUNDED | S.OTHER_LEVEL_PARTS | S.MEASURED | S.DRAFTED | S.PROGRAMME_PARTS | S.LAW_DEFINED) + ["C-A-CARE"]


def _cased(word: str, rnd: random.Random) -> str:
    pick = rnd.random()
    if pick < 0.4:
        return word
    if pick < 0.6:
        return word.upper()
    if pick < 0.7:
        return word.capitalize()
    if pick < 0.85:  # an odd character for one of its letters, as re.IGNORECASE would match it
        return word.replace("i", "ı", 1).replace("s", "ſ", 1).replace("I", "İ", 1)
    return "".join(c.upper() if rnd.random() < 0.5 else c for c in word)


def _passage(rnd: random.Random) -> tuple[str, list[Hit]]:
    parts = []
    for _ in range(rnd.randint(3, 40)):
        r = rnd.random()
        if r < 0.45:
            parts.append(_cased(rnd.choice(WORDS), rnd))
        elif r < 0.5:
            parts.append(rnd.choice(ODD))
        else:
            parts.append(rnd.choice(FILLER))
    text = " ".join(parts)
    hits = []
    for _ in range(rnd.randint(1, 5)):
        start = rnd.randrange(len(text))
        end = min(len(text), start + rnd.randint(1, 12))
        hits.append(Hit(rnd.choice(KEYS), "term", 1.0, start, end))
    return text, sorted(hits, key=lambda h: (h.start, h.end, h.key))


def test_guards_with_cues_drop_what_their_patterns_drop() -> None:
    rnd = random.Random(15)
    dropped = {guard.__name__: 0 for guard, _ in PAIRS}
    for _ in range(6000):
        text, hits = _passage(rnd)
        for guard, reference in PAIRS:
            want = reference(text, hits)
            assert guard(text, hits) == want, (guard.__name__, text, hits)
            dropped[guard.__name__] += len(hits) - len(want)
    # the generated passages do exercise every guard's drops (a comparison of no drops proves nothing)
    assert all(n > 0 for n in dropped.values()), dropped


def test_plain_lower_refuses_the_characters_ignorecase_treats_apart() -> None:
    assert S._plain_lower("Strategie") == "strategie"
    for odd in ODD:
        assert S._plain_lower(f"a{odd}b") is None
    assert S._has_cue(None, ("x",)) is True
    assert S._has_cue("abc národní", ("národn",), 4) is True
    assert S._has_cue("abc národní", ("národn",), 0, 5) is False


def test_no_other_character_matches_the_cues_letters_apart_from_lower() -> None:
    """Every character that re.IGNORECASE matches to a letter of the guards' cues lowers to that
    letter, except 'İ', 'ı' and 'ſ', which _plain_lower refuses."""
    letters = {c for cue in (*S._DRAFTING_CUES, *S._OTHER_LEVELS, *S._MEASURED_CUES, *S.DRAFTING_STEMS,
                             *S._ANNOUNCED_CUES, *S._LAW_CUES)
               for c in cue if c.isalpha()}
    any_letter = re.compile("[" + "".join(sorted(letters)) + "]", re.IGNORECASE)
    odd = [chr(cp) for cp in range(0x110000)
           if any_letter.fullmatch(chr(cp)) and chr(cp).lower() not in letters]
    assert sorted(odd) == sorted(ODD)


def test_cues_cover_the_whole_words() -> None:
    for word in S._MEASURED_WORDS:
        assert any(cue in word for cue in S._MEASURED_CUES), word
