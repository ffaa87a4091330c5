"""The CLI turns library errors into one-line messages, never tracebacks."""

from __future__ import annotations

from generator.cli import main


def test_score_of_an_invalid_file_names_each_problem(tmp_path, monkeypatch, capsys):
    path = tmp_path / "strategies" / "cz" / "bad.md"
    path.parent.mkdir(parents=True)
    path.write_text("---\nid: cz-bad\ncountry: XX\n---\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["score", "strategies/cz/bad.md"]) == 1
    err = capsys.readouterr().err
    assert "strategies/cz/bad.md:3: 'country' must be one of CZ, SK, HU, PL, not 'XX'" in err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("s4s score: error: ")


def test_missing_file_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code = main(["score", "nowhere.md"])
    err = capsys.readouterr().err
    assert code in (1, 2)
    assert "nowhere.md" in err and "Traceback" not in err
