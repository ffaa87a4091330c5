"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest

from generator.concept import load_concept
from generator.models import Concept


@pytest.fixture(scope="session")
def concept() -> Concept:
    """The project's concept/ as loaded by the build (read once per test process; not modified by tests)."""
    return load_concept()
