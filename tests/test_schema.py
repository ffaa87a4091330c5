"""The JSON Schema for editors is generated from the field table and kept in sync."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from generator.schema import FIELDS, json_schema

ROOT = Path(__file__).resolve().parent.parent


def test_committed_schema_is_up_to_date():
    committed = json.loads((ROOT / "strategies/schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(), "run `make schema` to refresh strategies/schema.json"


def test_every_field_is_described():
    for name, spec in FIELDS.items():
        assert len(spec.description) > 20, name


def test_fixtures_pass_the_json_schema_and_a_broken_one_fails():
    schema = json_schema()
    fixture = ROOT / "tests/fixtures/corpus/strategies/cz/lipnice.md"
    meta = yaml.safe_load(fixture.read_text(encoding="utf-8").split("---")[1])
    jsonschema.validate(meta, schema)
    del meta["source_sha256"]
    try:
        jsonschema.validate(meta, schema)
    except jsonschema.ValidationError as exc:
        assert "source_sha256" in exc.message
    else:
        raise AssertionError("an ingested strategy without its hash must fail the schema")
