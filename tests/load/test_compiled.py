"""The compiled validators shipped as code (isodocs/load/compiled/): written from the schemas
as they are, and used only while they are."""

from __future__ import annotations

import importlib

import fastjsonschema
import pytest

from isodocs.load import compiled, schema


@pytest.mark.parametrize("kind", compiled.KINDS)
def test_each_shipped_validator_was_written_from_the_schema_as_it_is(kind):
    """A schema changed without `python -m isodocs.load.compiled` fails here."""
    assert compiled.shipped(kind, schema.checked_only(schema._schema(kind))) is not None, \
        f"schemas/{kind}.schema.json changed: run `python -m isodocs.load.compiled`"


@pytest.mark.parametrize("kind", compiled.KINDS)
def test_each_shipped_validator_is_what_fastjsonschema_writes(kind):
    module = importlib.import_module(f"isodocs.load.compiled.{kind}")
    if module.VERSION != fastjsonschema.VERSION:
        pytest.skip(f"written by fastjsonschema {module.VERSION}, {fastjsonschema.VERSION} installed")
    path = importlib.util.find_spec(module.__name__).origin
    with open(path, encoding="utf-8") as shipped:
        assert shipped.read() == compiled.source(schema.checked_only(schema._schema(kind)), schema.FORMATS)


def test_the_shipped_validator_is_used_and_judges_dates_as_the_schema_does(monkeypatch):
    schema.fast_validator.cache_clear()
    monkeypatch.setattr(schema, "fast_validator", schema.fast_validator.__wrapped__)
    assert schema.fast_validator("document").func.__module__ == "isodocs.load.compiled.document"
    document = {"code": "QT-01", "title": "Quy trình", "kind": "policy", "revision": 1, "issued": "2024-02-30",
                "prepared_by": "a", "reviewed_by": "b", "approved_by": "c",
                "changes": [{"revision": 1, "date": "2024-02-28", "summary": "Ban hành"}]}
    assert not schema.is_valid("document", document)  # no 30 February: the date format's own check
    assert schema.is_valid("document", {**document, "issued": "2024-02-29"})


def test_a_schema_changed_since_is_compiled_as_it_is(monkeypatch):
    monkeypatch.setattr(compiled, "digest", lambda found: "another schema")
    monkeypatch.setattr(schema, "fast_validator", schema.fast_validator.__wrapped__)
    validate = schema.fast_validator("document")
    assert getattr(validate, "func", validate).__module__ != "isodocs.load.compiled.document"
    assert schema.is_valid("manual", {}) == schema.validator("manual").is_valid({})
