"""JSON Schema validation, turned into diagnostics a secretary can act on.

Validators are built once per schema. A compiled validator (fastjsonschema, ten times
faster) answers "is this valid?" for the common case; only a document it rejects goes
through jsonschema, which lists every failure with its place. jsonschema's English
messages are not shown: each kind of failure maps to a rule with Vietnamese and English text.

Data that fails can still be salvaged (`prune`): its invalid parts cut away until what is
left is valid, with the key paths of what was cut, so the rest can still be checked.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import functools
import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Iterator, Mapping

import fastjsonschema

from isodocs.diagnostics import Rule, Severity, rules
from isodocs.i18n import Ctx, Msg
from isodocs.system.resources import read_text

if TYPE_CHECKING:  # imported where used: only rejected data needs it
    import jsonschema

SCHEMAS = {
    "manual": "manual.schema.json",
    "document": "document.schema.json",
    "legal": "legal.schema.json",
    "approval": "approval.schema.json",
}

_TYPE_NAMES = {
    "string": Ctx("a kind of value", "text"),
    "integer": Ctx("a kind of value", "a whole number"),
    "number": Ctx("a kind of value", "a number"),
    "boolean": Ctx("a kind of value", "true or false"),
    "array": Ctx("a kind of value", "a list"),
    "object": Ctx("a kind of value", "keys and values"),
    "null": Ctx("a kind of value", "empty"),
}


@dataclass(frozen=True)
class Issue:
    """One schema failure: a rule, the path to the value, and the message's arguments."""

    rule: Rule
    keys: tuple  # path into the data
    args: dict
    at_key: bool = False  # point at the key rather than its value


@cache
def _schema(kind: str) -> dict:
    return json.loads(read_text("schemas", SCHEMAS[kind]))


@cache
def validator(kind: str) -> jsonschema.protocols.Validator:
    import jsonschema  # here, not at the top: only rejected data needs it, and it takes 60 ms to import

    schema = _schema(kind)
    cls = jsonschema.validators.validator_for(schema)
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date")(_is_date)  # the same check as the fast path's
    return cls(schema, format_checker=checker)


LATEST_DATE = dt.date(2107, 12, 31)  # the last day a DOCX file (a zip) can record


def _real_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True  # not a string: the `type` keyword says so
    day = _real_date(value)
    return day is not None and day <= LATEST_DATE


FORMATS = {"date": _is_date}


@cache
def fast_validator(kind: str):
    """The compiled check; it must never accept what `validator` rejects (tested). Shipped
    compiled (load/compiled/), unless the schema changed since."""
    from isodocs.load import compiled

    schema = checked_only(_schema(kind))
    validate = compiled.shipped(kind, schema)
    if validate is not None:
        return functools.partial(validate, custom_formats=FORMATS)
    return fastjsonschema.compile(schema, formats=FORMATS)


_ANNOTATIONS = frozenset(("title", "description", "examples", "$comment"))
_SCHEMAS_BY_NAME = frozenset(("properties", "patternProperties", "$defs", "definitions", "dependencies"))
_SCHEMAS_LISTED = frozenset(("allOf", "anyOf", "oneOf"))
_SCHEMA = frozenset(("additionalProperties", "items", "additionalItems", "contains", "propertyNames", "if", "then",
                     "else", "not"))


def checked_only(schema: Any) -> Any:
    """`schema` without its annotations (titles, descriptions, examples, comments), which check
    nothing: fastjsonschema writes a failing part of the schema into its code wherever it can
    fail, so the document schema compiles in half the time without them."""
    if not isinstance(schema, dict):
        return schema
    out = {}
    for keyword, value in schema.items():
        if keyword in _ANNOTATIONS:
            continue
        if keyword in _SCHEMAS_BY_NAME and isinstance(value, dict):
            value = {name: checked_only(part) for name, part in value.items()}
        elif keyword in _SCHEMAS_LISTED or (keyword == "items" and isinstance(value, list)):
            value = [checked_only(part) for part in value] if isinstance(value, list) else value
        elif keyword in _SCHEMA:
            value = checked_only(value)
        out[keyword] = value
    return out


def is_valid(kind: str, data: Any) -> bool:
    try:
        fast_validator(kind)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def field_name(keys: tuple) -> str:
    """`steps[3].time`: list positions counted from 1, as a person counts them."""
    out = ""
    for key in keys:
        if isinstance(key, int):
            out += f"[{key + 1}]"
        else:
            out += f".{key}" if out else str(key)
    return out or "(document)"


_JSON_TYPES = ((type(None), "null"), (bool, "boolean"), (int, "integer"), (float, "number"),
               (str, "string"), (list, "array"), (dict, "object"))  # bool before int: True is an int


def _json_type(value: Any) -> str:
    return next((name for kind, name in _JSON_TYPES if isinstance(value, kind)), type(value).__name__)


_SPELLING = 0.75  # how alike a value must be to the one suggested: a typo, not another word


def _closest(word: str, choices, cutoff: float = 0.5) -> str | None:
    found = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=cutoff)
    return found[0] if found else None


def _example(schema: dict, keys: tuple) -> str | None:
    """The schema's own example of the value at `keys`, written as YAML: `time_limit: {value: 8,
    unit: working_hours}` (the key named when the value has one)."""
    examples = schema.get("examples") if isinstance(schema, dict) else None
    if not examples:
        return None
    import yaml

    text = yaml.safe_dump(examples[0], allow_unicode=True, default_flow_style=True, sort_keys=False,
                          width=1000).strip().removesuffix("...").strip()
    name = keys[-1] if keys and isinstance(keys[-1], str) else None
    return f"`{name}: {text}`" if name else f"`- {text}`"


def _where(keys: tuple) -> str:
    return f" ({field_name(keys)})" if keys else ""


def validate(kind: str, data: Any) -> list[Issue]:
    if is_valid(kind, data):
        return []
    issues: list[Issue] = []
    seen_values: set[tuple] = set()  # one complaint per value: its first is the useful one
    seen_keys: set[tuple] = set()  # jsonschema fails `required` once per missing key, each listing all
    for error in sorted(validator(kind).iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.validator)):
        for issue in _issues(error):
            if issue.rule is rules.UNKNOWN_KEY or issue.rule is rules.MISSING_KEY:
                if (issue.rule.code, issue.keys, issue.args["key"]) not in seen_keys:
                    seen_keys.add((issue.rule.code, issue.keys, issue.args["key"]))
                    issues.append(issue)
            elif issue.keys not in seen_values:
                seen_values.add(issue.keys)
                issues.append(issue)
    return issues


def _issues(error: jsonschema.ValidationError) -> Iterator[Issue]:
    keys = tuple(error.absolute_path)
    field = field_name(keys)
    value = error.instance
    kind = error.validator
    if kind == "required":
        for key in error.validator_value:
            if isinstance(value, dict) and key not in value:
                yield Issue(rules.MISSING_KEY, keys, {"key": key, "where": _where(keys)})
        return
    if kind in ("additionalProperties", "unevaluatedProperties"):
        known = error.schema.get("properties", {})
        for key in sorted(set(value) - set(known), key=str):
            args = {"key": key, "where": _where(keys)}
            suggestion = _closest(key, known)
            if suggestion:
                args["suggestion"] = suggestion
            yield Issue(rules.UNKNOWN_KEY, keys + (key,), args, at_key=True)
        return
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, str) else error.validator_value[0]
        found = _json_type(value)
        if value is None or value == "":
            yield Issue(rules.EMPTY_VALUE, keys, {"field": field})
        elif expected == "string" and found in ("integer", "number"):
            args = {"field": field, "value": value}
            if "clauses" in keys:  # the clause note only where clauses are written
                args["clause"] = value
            yield Issue(rules.QUOTE_TEXT, keys, args)
        else:
            args = {
                "field": field,
                "expected": _TYPE_NAMES.get(expected, expected),
                "found": Msg("{kind} ({value})", kind=_TYPE_NAMES.get(found, found), value=_short(value)),
            }
            example = _example(error.schema, keys)
            if example:
                args["example"] = example
            if keys and keys[-1] == "dossier_sets":  # `một`, `Không quy định`: the two forms it takes
                args["sets"] = _short(value)
            yield Issue(rules.WRONG_TYPE, keys, args)
        return
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        args = {"field": field, "value": _short(value), "allowed": ", ".join(map(str, allowed))}
        # a unit is suggested only for a spelling mistake: `days` is not a misspelt `working_days`
        # (the two are different limits in law)
        cutoff = _SPELLING if keys and keys[-1] == "unit" else 0.5
        suggestion = _closest(value, allowed, cutoff) if isinstance(value, str) else None
        if suggestion:
            args["suggestion"] = suggestion
        elif _is_channel(keys) and isinstance(value, str):  # `vneid`: a system, written under `via`
            args["system"] = value
        yield Issue(rules.BAD_VALUE, keys, args)
        return
    if kind == "format" or (kind == "pattern" and error.schema.get("format") == "date"):
        day = _real_date(value) if error.schema.get("format") == "date" else None
        if day is not None and day > LATEST_DATE:  # a real date, beyond what any output can carry
            yield Issue(rules.DATE_TOO_LATE, keys, {"field": field, "value": value})
            return
        yield Issue(rules.BAD_DATE if error.schema.get("format") == "date" else rules.BAD_FORMAT, keys,
                    {"field": field, "value": _short(value), "pattern": error.schema.get("format", "")})
        return
    if kind in ("pattern", "propertyNames"):
        pattern = error.schema.get("pattern") or error.schema.get("propertyNames", {}).get("pattern", "")
        yield Issue(rules.BAD_FORMAT, keys, {"field": field, "value": _short(value), "pattern": pattern})
        return
    if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        bound = error.validator_value
        said = {
            "minimum": Msg("at least {bound}", bound=bound),
            "exclusiveMinimum": Msg("more than {bound}", bound=bound),
            "maximum": Msg("at most {bound}", bound=bound),
            "exclusiveMaximum": Msg("less than {bound}", bound=bound),
        }[kind]
        yield Issue(rules.OUT_OF_RANGE, keys, {"field": field, "value": value, "bound": said})
        return
    if kind in ("minItems", "minLength", "minProperties"):
        yield Issue(rules.EMPTY_VALUE, keys, {"field": field})
        return
    yield Issue(rules.SCHEMA_OTHER, keys, {"field": field, "detail": error.message})


def _is_channel(keys: tuple) -> bool:
    """Whether `keys` lead to a channel's name (an item of `channels`, or a channel's `channel`)."""
    names = [k for k in keys if isinstance(k, str)]
    return bool(names) and names[-1] in ("channels", "channel") and "dossier" not in names


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --- salvage ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pruned:
    """Data made valid by cutting away what failed, and the key paths of what was cut.

    A lost path names keys only, list positions left out: ("steps", "time") is the time of some
    step, ("steps",) the list itself, lost as a whole when an item of it was cut (the positions
    of the items after it shift)."""

    data: Any
    lost: frozenset[tuple[str, ...]]


def prune(kind: str, data: Any, stand_ins: Mapping[tuple[str, ...], Any] | None = None) -> Pruned | None:
    """`data` (not changed) with every failing part cut away, or None when nothing can be kept.

    Each round cuts, for each error, the deepest element at fault: the value that failed, or
    for a missing required key the mapping that lacks it (a mapping without one of its
    required keys is not one). Cutting can make the element above fail in turn, so rounds go
    on until the data is valid, at most one per key of the deepest path cut in the first. When
    the whole data would be cut, nothing is kept. `stand_ins` gives, by key path, a valid value
    put in the place of a missing required key instead (the model cannot do without it); that
    key counts as lost. Warnings (unknown keys) cut nothing: data with only those is valid."""
    data = copy.deepcopy(data)
    lost: set[tuple[str, ...]] = set()
    rounds = None
    while True:
        condemned: set[tuple] = set()
        filled: dict[tuple, Any] = {}
        for error in validator(kind).iter_errors(data):
            if not any(issue.rule.severity is Severity.ERROR for issue in _issues(error)):
                continue
            keys = tuple(error.absolute_path)
            if error.validator == "required":
                missing = [k for k in error.validator_value
                           if isinstance(error.instance, dict) and k not in error.instance]
                named = _named(data, keys)
                if missing and all(named + (k,) in (stand_ins or {}) for k in missing):
                    for key in missing:
                        filled[keys + (key,)] = stand_ins[named + (key,)]
                    continue
            elif "propertyNames" in error.absolute_schema_path:  # a key of the mapping failed: cut that entry
                keys += (error.instance,)
            condemned.add(keys)
        if not condemned and not filled:
            return Pruned(data, frozenset(_outermost(lost)))
        rounds = (1 + max(map(len, condemned | filled.keys()))) if rounds is None else rounds - 1
        if () in condemned or rounds <= 0:
            return None
        for keys, value in filled.items():
            _place(data, keys[:-1])[keys[-1]] = copy.deepcopy(value)
            lost.add(_named(data, keys))
        # outermost first: what lies inside a cut element goes with it; the last position of a
        # list first, so the positions still to cut do not shift
        for keys in sorted(_outermost(condemned), reverse=True):
            parent = _place(data, keys[:-1])
            if isinstance(parent, list):
                lost.add(_named(data, keys[:-1]))
            else:
                lost.add(_named(data, keys))
            del parent[keys[-1]]


def _place(data: Any, keys: tuple) -> Any:
    for key in keys:
        data = data[key]
    return data


def _named(data: Any, keys: tuple) -> tuple[str, ...]:
    """The key path of `keys` in `data`, list positions left out."""
    named = []
    for key in keys:
        if isinstance(data, list):
            data = data[key] if isinstance(key, int) and 0 <= key < len(data) else None
        else:
            named.append(str(key))
            data = data.get(key) if isinstance(data, dict) else None
    return tuple(named)


def _outermost(paths) -> set[tuple]:
    """The paths not inside another of them."""
    return {p for p in paths if not any(p[:n] in paths for n in range(len(p)))}
