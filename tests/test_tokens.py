"""The matcher's word split (generator.match.split_words) is TOKEN_RE's split, character for
character: the fast path spells TOKEN_RE's letter class out as ranges, and must neither gain
nor lose a character."""

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.match import _BEYOND_BMP, _SPLIT_RE, split_words

# Letters of the five languages, digits of several scripts, marks, symbols, separators and
# characters beyond U+FFFF (where the fast path is not taken), mixed with any character.
_PICKED = st.sampled_from(list("aZčŘľŐűąŁß ,.;:-_()[]'\"\n\t0123456789²½٣߀́ͅ\u00a0\u200b") + ["𝐀", "😀", "𐐀"])
_TEXT = st.lists(st.one_of(_PICKED, st.characters()), max_size=60).map("".join)

@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_split_words_is_token_re_split(text):
    assert split_words(text) == _SPLIT_RE.split(text)

def test_every_plane_0_character_splits_as_token_re_does():
    plane = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    for start in range(0, len(plane), 4096):  # in chunks, each with its neighbours' boundaries
        chunk = plane[start:start + 4096]
        assert split_words(chunk) == _SPLIT_RE.split(chunk)

def test_text_beyond_plane_0_takes_the_reference_split():
    text = "Město 𝐀bc 2030 a𝐀b"
    assert _BEYOND_BMP.search(text) is not None
    assert split_words(text) == _SPLIT_RE.split(text)
