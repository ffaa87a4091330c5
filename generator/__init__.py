"""s4s: a static site generator for a catalogue of V4 SMART strategies."""

import os as _os
import sys as _sys
from pathlib import Path as _Path

__version__ = "0.1.0"

# The compiled scorer, where `python -m generator.native` made one (generator/compiled.py): used only
# when it was made from the present sources, never with S4S_PURE=1; otherwise match.py and score.py.
if any(_Path(__file__).parent.glob("*__mypyc.*")):
    from generator import compiled as _compiled

    if _os.environ.get("S4S_PURE") or not _compiled.fresh():
        _sys.meta_path.insert(0, _compiled.PureFinder())
