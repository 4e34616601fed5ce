"""The format guide, in English and Vietnamese, names every key the schemas know, and the two
say the same things in the same order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDES = [ROOT / "docs" / "format.md", ROOT / "docs" / "format.vi.md"]


def _schema_keys() -> set[tuple[str, str]]:
    keys = set()

    def walk(node, schema):
        if isinstance(node, dict):
            keys.update((schema, key) for key in node.get("properties", {}))
            for value in node.values():
                walk(value, schema)
        elif isinstance(node, list):
            for value in node:
                walk(value, schema)

    for path in sorted((ROOT / "schemas").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")), path.name)
    return keys


@pytest.mark.parametrize("guide", GUIDES, ids=[g.name for g in GUIDES])
def test_the_guide_names_every_key_of_every_schema(guide):
    text = guide.read_text(encoding="utf-8")
    missing = sorted((schema, key) for schema, key in _schema_keys()
                     if f"`{key}`" not in text and not re.search(rf"(^|[\s{{,]){re.escape(key)}:", text, re.M))
    assert len(_schema_keys()) > 100 and missing == []


def test_both_languages_have_the_same_sections_tables_and_examples():
    english, vietnamese = (g.read_text(encoding="utf-8") for g in GUIDES)

    def shape(text):
        return [len(re.findall(r"^## \d", text, re.M)), len(re.findall(r"^### ", text, re.M)),
                len(re.findall(r"^\|---", text, re.M)), re.findall(r"^```(\w*)", text, re.M)]

    assert shape(english) == shape(vietnamese)
    examples = re.compile(r"^```(?:yaml|markdown|json)\n(.*?)^```", re.M | re.S)
    assert examples.findall(english) == examples.findall(vietnamese)  # the examples are the same files
