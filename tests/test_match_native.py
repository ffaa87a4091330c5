"""The compiled scorer (generator/native.py) against the pure-Python one: same hits, same assessments."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import compiled

ROOT = Path(__file__).resolve().parent.parent

# Every hit of the combined matcher on every passage, and every assessment, of the example
# strategies, as one digest; and which files the two modules were imported from.
SCRIPT = """
import hashlib, json, sys
from pathlib import Path
import generator.match, generator.score
from generator.concept import load_concept
from generator.load import load_strategy
from generator.score import assessment_to_dict, combined_matcher, score
from generator.text import passages
root = Path(sys.argv[1])
concept = load_concept(root / "concept")
h = hashlib.sha256()
for path in sorted(root.glob("examples/*/*.md")):
    s = load_strategy(path)
    if s.awaited:
        continue
    matcher = combined_matcher(concept, s.language)[0]
    for p in passages(s.pages, s.language):
        h.update(repr([tuple(x) for x in matcher.match(p.text)]).encode())
    h.update(json.dumps(assessment_to_dict(score(s, concept)), sort_keys=True).encode())
print(generator.match.__file__, generator.score.__file__, h.hexdigest())
"""


def run(pythonpath: Path, pure: bool) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "S4S_PURE"}
    env["PYTHONPATH"] = str(pythonpath)
    if pure:
        env["S4S_PURE"] = "1"
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], env=env, cwd=pythonpath, check=True,
                         capture_output=True, text=True).stdout
    return out.split()


def test_pure_flag_imports_the_sources():
    match_file, score_file, _ = run(ROOT, pure=True)
    assert match_file.endswith("match.py") and score_file.endswith("score.py")


@pytest.mark.skipif(not compiled.fresh(), reason="no compiled scorer made from these sources (python -m generator.native)")
def test_compiled_scorer_gives_the_same_hits_and_assessments():
    native = run(ROOT, pure=False)
    pure = run(ROOT, pure=True)
    assert not native[0].endswith(".py") and not native[1].endswith(".py")  # the compiled ones ran
    assert native[2] == pure[2]


@pytest.mark.skipif(not compiled.compiled_files(), reason="no compiled scorer (python -m generator.native)")
def test_stale_compiled_scorer_is_not_used(tmp_path):
    shutil.copytree(ROOT / "generator", tmp_path / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "concept").symlink_to(ROOT / "concept")  # (score.py finds the SDG lexicon beside generator/)
    with open(tmp_path / "generator" / "match.py", "a", encoding="utf-8") as fh:
        fh.write("\n# edited since the compiled one was made\n")
    match_file, score_file, _ = run(tmp_path, pure=False)
    assert match_file.endswith("match.py") and score_file.endswith("score.py")
