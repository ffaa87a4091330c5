"""What the scorer finds in one sentence, for the lexicon and guard tests (tests/test_*1[3-9]*.py).

classify applies the structure guard and the SDG rule as `score` does, so a sentence's answer here
is the answer a strategy's passage gets. The `concept` fixture is in conftest.py.
"""

from __future__ import annotations

from typing import Any

from generator.commands.classify import classify


def criteria(text: str, lang: str, concept: Any) -> set[str]:
    """The SMART Concept criteria found in `text`."""
    return set(classify("t", text, "concept", lang, concept)["criteria"])


def goals(text: str, lang: str) -> set[int]:
    """The SDGs found in `text`."""
    return set(classify("t", text, "sdg", lang)["sdgs"])
