"""JSON Schema failures turned into rules (isodocs/load/schema.py)."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from isodocs.diagnostics import rules
from isodocs.load import schema
from isodocs.load.schema import field_name, validate


def codes(issues):
    return [(i.rule.code, i.keys) for i in issues]


DOC = {
    "code": "QT-01", "title": "Quy trình", "kind": "guideline", "revision": 1, "issued": "2025-01-01",
    "prepared_by": "lan.nt", "reviewed_by": "hung.tv", "approved_by": "minh.lv",
    "changes": [{"revision": 1, "date": "2025-01-01", "summary": "Ban hành lần đầu"}],
}


def doc(**changes):
    out = dict(DOC)
    for key, value in changes.items():
        if value is ...:
            del out[key]
        else:
            out[key] = value
    return out


def test_valid_document_has_no_issues():
    assert validate("document", DOC) == []


@pytest.mark.parametrize("keys, name", [
    ((), "(document)"),
    (("code",), "code"),
    (("steps", 2, "time"), "steps[3].time"),
    (("changes", 0, "refs", 1), "changes[1].refs[2]"),
])
def test_field_names_count_from_one(keys, name):
    assert field_name(keys) == name


@pytest.mark.parametrize("change, code, keys", [
    ({"title": ...}, "S201", ()),
    ({"revision": "2"}, "S202", ("revision",)),
    ({"revision": True}, "S202", ("revision",)),
    ({"changes": {"revision": 1}}, "S202", ("changes",)),
    ({"clauses": [7.5]}, "S203", ("clauses", 0)),
    ({"code": 1}, "S203", ("code",)),
    ({"kind": "polcy"}, "S204", ("kind",)),
    ({"issued": "2025-02-30"}, "S205", ("issued",)),
    ({"issued": "2025-7-1"}, "S205", ("issued",)),
    ({"clauses": ["11.1"]}, "S206", ("clauses", 0)),
    ({"approved_by": "Lê Văn Minh"}, "S206", ("approved_by",)),
    ({"revision": 0}, "S207", ("revision",)),
    ({"reviewd_by": "x"}, "S208", ("reviewd_by",)),
    ({"title": None}, "S209", ("title",)),
    ({"title": ""}, "S209", ("title",)),
    ({"changes": []}, "S209", ("changes",)),
])
def test_each_kind_of_failure_has_its_rule(change, code, keys):
    issues = validate("document", doc(**change))
    assert codes(issues) == [(code, keys)]


def test_one_complaint_per_value():
    """`revision: "x"` fails `type` and would fail `minimum`: only the first is shown."""
    issues = validate("document", doc(revision="x"))
    assert codes(issues) == [("S202", ("revision",))]


def test_every_missing_and_unknown_key_is_reported():
    issues = validate("document", {"codee": "x", "titel": "y"})
    missing = sorted(i.args["key"] for i in issues if i.rule is rules.MISSING_KEY)
    assert missing == sorted(["code", "title", "kind", "revision", "issued", "prepared_by", "reviewed_by",
                              "approved_by", "changes"])
    unknown = {i.args["key"]: i.args.get("suggestion") for i in issues if i.rule is rules.UNKNOWN_KEY}
    assert unknown == {"codee": "code", "titel": "title"}
    assert all(i.at_key for i in issues if i.rule is rules.UNKNOWN_KEY)


def test_kind_specific_requirements():
    assert [i.args["key"] for i in validate("document", doc(kind="objectives"))] == ["year", "objectives"]
    assert [i.args["key"] for i in validate("document", doc(kind="procedure"))] == ["purpose", "scope", "steps"]


def test_range_bounds_in_both_languages():
    [issue] = validate("document", doc(revision=0))
    d = issue.rule.at("x.yaml", 1, **issue.args)
    assert d.message("en") == "`revision` must be at least 1, found 0."
    assert d.message("vi") == "`revision` phải lớn hơn hoặc bằng 1, nhưng gặp 0."


def test_person_ids_under_people_must_be_ids():
    issues = validate("manual", {"agency": {"name": "UBND"}, "people": {"Lan NT": {"name": "Lan"}}})
    assert codes(issues) == [("S206", ("people",))]
    assert issues[0].args["value"] == "Lan NT"


def test_legal_entry_schema():
    entry = {"number": "1/2025/NĐ-CP", "type": "Nghị định", "title": "x", "issued": "2025-01-01", "status": "in_forse"}
    [issue] = validate("legal", entry)
    assert issue.rule is rules.BAD_VALUE and issue.args["suggestion"] == "in_force"


def _error(instance, sub_schema):
    return next(jsonschema.Draft202012Validator(sub_schema).iter_errors(instance))


@pytest.mark.parametrize("instance, sub_schema", [
    ([1, 2], {"type": "array", "maxItems": 1}),
    ([1, 1], {"type": "array", "uniqueItems": True}),
    ("abcdef", {"type": "string", "maxLength": 3}),
    (3, {"multipleOf": 2}),
    ({"a": 1}, {"dependentRequired": {"a": ["b"]}}),
])
def test_other_schema_failures_fall_back_to_S210(instance, sub_schema):
    """No keyword of the shipped schemas reaches the fallback, so it is tested directly: a
    later schema keyword still gives a located, two-language diagnostic instead of a crash."""
    [issue] = list(schema._issues(_error(instance, sub_schema)))
    assert issue.rule is rules.SCHEMA_OTHER
    d = issue.rule.at("documents/x.yaml", 4, 2, **issue.args)
    assert d.code == "S210" and d.message("en") and d.message("vi") and d.hint("vi")
    assert d.message("en").startswith(f"`{field_name(issue.keys)}`: ")


def test_shipped_schemas_use_only_keywords_with_their_own_rule():
    """If a schema starts using a keyword mapped to nothing, S210 becomes reachable and the
    rule table in tests/check/test_each_rule.py must gain a case for it."""
    handled = {"required", "additionalProperties", "unevaluatedProperties", "type", "enum", "const", "format",
               "pattern", "propertyNames", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
               "minItems", "minLength", "minProperties"}
    structural = {"$schema", "$id", "$ref", "$defs", "$comment", "title", "description", "default", "examples",
                  "properties", "items", "allOf", "if", "then", "else"}
    used = set().union(*(_keywords(schema.validator(kind).schema) for kind in schema.SCHEMAS))
    assert used - handled - structural == set()


# Draft 7's keywords: both validators implement every one of them (fastjsonschema knows drafts
# 4, 6 and 7 only, and silently ignores a later draft's keywords).
DRAFT7 = {"$schema", "$id", "$ref", "$comment", "definitions", "title", "description", "default", "examples",
          "readOnly", "writeOnly", "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
          "exclusiveMinimum", "maxLength", "minLength", "pattern", "items", "additionalItems", "maxItems",
          "minItems", "uniqueItems", "contains", "maxProperties", "minProperties", "required", "properties",
          "patternProperties", "additionalProperties", "dependencies", "propertyNames", "if", "then", "else",
          "allOf", "anyOf", "oneOf", "not", "format", "contentMediaType", "contentEncoding"}


def _keywords(node, in_properties=False) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not in_properties:
                found.add(key)
                if key in ("examples", "default", "const", "enum"):  # values, not schemas
                    continue
            found |= _keywords(value, in_properties=key in ("properties", "$defs", "definitions") and not in_properties)
    elif isinstance(node, list):
        for value in node:
            found |= _keywords(value)
    return found


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).resolve().parents[2] / "schemas").glob("*.json")))
def test_schemas_declare_a_draft_both_validators_fully_support(name):
    """Every keyword of a shipped schema is one both validators enforce ($defs is only a place
    `$ref` points into), so the fast path can never wave through what jsonschema rejects."""
    import json

    import jsonschema

    data = json.loads((Path(__file__).resolve().parents[2] / "schemas" / name).read_text(encoding="utf-8"))
    assert data["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(data)
    assert _keywords(data) - DRAFT7 - {"$defs"} == set()


@pytest.mark.parametrize("keyword, data", [
    ({"properties": {"a": {}}, "unevaluatedProperties": False}, {"a": 1, "b": 2}),
    ({"prefixItems": [{"type": "integer"}]}, ["x"]),
    ({"dependentRequired": {"a": ["b"]}}, {"a": 1}),
])
def test_later_keywords_are_what_the_fast_path_would_miss(keyword, data):
    """Why the schemas keep to draft 7: data only a 2020-12 keyword rejects passes the compiled
    validator, which would then skip jsonschema. The guard above keeps such keywords out."""
    import fastjsonschema
    import jsonschema

    schema_2020 = {"$schema": "https://json-schema.org/draft/2020-12/schema", **keyword}
    assert not jsonschema.Draft202012Validator(schema_2020).is_valid(data)
    fastjsonschema.compile(schema_2020)(data)  # accepted: the keyword is unknown to it
    assert set(keyword) - DRAFT7 and _keywords(keyword) - DRAFT7


@pytest.mark.parametrize("value, vi, en", [
    ("2", "`revision` phải là số nguyên, nhưng gặp văn bản (2).", "`revision` must be a whole number, found text (2)."),
    (1.5, "`revision` phải là số nguyên, nhưng gặp số (1.5).", "`revision` must be a whole number, found a number (1.5)."),
    ([1], "`revision` phải là số nguyên, nhưng gặp danh sách ([1]).", "`revision` must be a whole number, found a list ([1])."),
])
def test_wrong_type_speaks_each_language(value, vi, en):
    [issue] = validate("document", doc(revision=value))
    d = issue.rule.at("x.yaml", 1, **issue.args)
    assert (d.message("vi"), d.message("en")) == (vi, en)


# --- format v2 -----------------------------------------------------------------------------------

def _v2_data(text: str) -> dict:
    from isodocs.load.yamlio import parse

    return parse(text, "documents/QT-HT-05.yaml").data  # as isodocs reads YAML: dates stay text


def _v2_issues(old: str, new: str):
    from support.formatv2 import V2_PROCEDURE

    assert old in V2_PROCEDURE
    return validate("document", _v2_data(V2_PROCEDURE.replace(old, new, 1)))


@pytest.mark.parametrize("old, new, code, keys, said", [
    ("    value: 5\n    unit: working_days\n", "    unit: same_day\n    value: 2\n", "S204", ("tthc", "time_limit", "value"),
     "`tthc.time_limit.value`: `2` is not one of 1."),
    ("    value: 5\n    unit: working_days\n", "    unit: days\n", "S201", ("tthc", "time_limit"),
     "The required key `value` is missing (tthc.time_limit)."),
    ("    - {kind: le_phi, amount: 5000,", "    - {amount: 5000,", "S201", ("tthc", "fees", 0),
     "The required key `kind` is missing (tthc.fees[1])."),
    ("dossier_sets: not_prescribed", "dossier_sets: khong", "S202", ("tthc", "dossier_sets"),
     "`tthc.dossier_sets` must be a whole number, found text (khong)."),
    ("dossier_sets: not_prescribed", "dossier_sets: 0", "S207", ("tthc", "dossier_sets"),
     "`tthc.dossier_sets` must be at least 1, found 0."),
    ('cutoff: "15:00"', 'cutoff: "3pm"', "S206", ("tthc", "channels", 0, "time_limit", "cutoff"),
     "`tthc.channels[1].time_limit.cutoff`: `3pm` does not have the expected form."),
    ("      any_of:\n        - {name: Bản sao Giấy chứng tử, originals: 0, copies: 1}\n"
     "        - {name: Giấy báo tử, originals: 1, copies: 0}\n", "      any_of: []\n", "S209",
     ("tthc", "dossier", 3, "any_of"), "`tthc.dossier[4].any_of` must not be empty."),
    ("amount: 5000, per: hồ sơ", "amount: 2.5, per: hồ sơ", "S202", ("tthc", "fees", 0, "amount"),
     "`tthc.fees[1].amount` must be a whole number, found a number (2.5)."),
])
def test_v2_keys_are_explained_like_the_others(old, new, code, keys, said):
    [issue] = _v2_issues(old, new)
    assert (issue.rule.code, issue.keys) == (code, keys)
    assert issue.rule.at("x.yaml", 1, **issue.args).message("en") == said


def test_a_system_written_as_a_channel_is_shown_its_place():
    [issue] = _v2_issues("    - channel: in_person\n      time_limit", "    - VNeID\n    - channel: in_person\n      time_limit")
    d = issue.rule.at("x.yaml", 1, **issue.args)
    assert d.code == "S204" and "via: [VNeID]" in d.hint("en") and "via: [VNeID]" in d.hint("vi")
    [typo] = _v2_issues("    - channel: in_person\n      time_limit", "    - channel: in_persn\n      time_limit")
    assert typo.rule.at("x.yaml", 1, **typo.args).hint("en") == "Did you mean `in_person`?"


def test_a_year_alone_is_an_issue_date_but_a_text_must_be_a_day():
    entry = {"number": "1/2025/QĐ-UBND", "type": "Quyết định", "title": "x", "status": "in_force"}
    assert validate("legal", {**entry, "issued": 2025}) == []
    [issue] = validate("legal", {**entry, "issued": "2025"})
    assert issue.rule.code == "S205"
    [issue] = validate("legal", {**entry, "issued": 25})
    assert issue.rule.code == "S207"


def test_the_fast_path_agrees_on_v2_documents():
    from support.formatv2 import V2_PROCEDURE

    data = _v2_data(V2_PROCEDURE)
    assert schema.is_valid("document", data) and validate("document", data) == []
    assert not schema.is_valid("document", {**data, "tthc": {**data["tthc"], "dossier_sets": "khong"}})


@pytest.mark.parametrize("written", ["một", "Không quy định"])
def test_a_number_of_sets_in_words_is_asked_for_in_digits_or_not_prescribed(written):
    """`một` meant 1, `Không quy định` meant not_prescribed: the hint names both forms."""
    [issue] = _v2_issues("dossier_sets: not_prescribed", f"dossier_sets: {written}")
    d = issue.rule.at("x.yaml", 1, **issue.args)
    assert d.message("en") == f"`tthc.dossier_sets` must be a whole number, found text ({written})."
    assert d.hint("en") == (f"`{written}` is not a number: write the number of dossier sets in digits (dossier_sets: 1), "
                            "or not_prescribed where the published record says \"Không quy định\".")
    assert "not_prescribed" in d.hint("vi")


def test_the_compiled_check_drops_annotations_only():
    """What the compiled validator is given: the schema without titles, descriptions, examples
    and comments, at every depth, and with every property kept, whatever its name."""
    written = {"title": "T", "description": "D", "type": "object", "required": ["title"],
               "properties": {"title": {"type": "string", "description": "x", "examples": ["a"]},
                              "examples": {"items": [{"$comment": "c", "const": 1}], "additionalItems": False},
                              "when": {"if": {"title": "t", "minimum": 1}, "then": {"not": {"description": "d"}}}},
               "$defs": {"description": {"anyOf": [{"title": "a", "enum": [{"title": "kept: a value"}]}]}},
               "additionalProperties": {"description": "d", "type": "integer", "default": 0}}
    assert schema.checked_only(written) == {
        "type": "object", "required": ["title"],
        "properties": {"title": {"type": "string"}, "examples": {"items": [{"const": 1}], "additionalItems": False},
                       "when": {"if": {"minimum": 1}, "then": {"not": {}}}},
        "$defs": {"description": {"anyOf": [{"enum": [{"title": "kept: a value"}]}]}},
        "additionalProperties": {"type": "integer", "default": 0}}


@pytest.mark.parametrize("kind", sorted(schema.SCHEMAS))
def test_every_schema_loses_only_annotations_for_the_compiled_check(kind):
    def keywords(node, under_names=False):
        """Every (path, keyword) of a schema that is not an annotation."""
        found = set()
        if isinstance(node, dict):
            for key, value in node.items():
                if under_names or key not in ("title", "description", "examples", "$comment"):
                    found.add(key)
                    if key != "enum" and key != "const" and key != "default":
                        found |= {f"{key}/{k}" for k in keywords(value, key in ("properties", "$defs"))}
        elif isinstance(node, list):
            for n, value in enumerate(node):
                found |= {f"{n}/{k}" for k in keywords(value)}
        return found

    full = schema._schema(kind)
    assert keywords(schema.checked_only(full)) == keywords(full)
