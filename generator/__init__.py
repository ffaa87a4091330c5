"""s4s: a static site generator for a catalogue of V4 SMART strategies."""

__version__ = "0.1.0"
