"""A document as plain data under the file format's own keys, and back.

The diff compares, and `apply` patches, this form rather than the dataclasses: its paths are
the keys a secretary writes (`tthc.time_limit`, `steps`), it is what the JSON output carries,
and `isodocs.model.build` already turns it back into a `Document`. Empty values are left out,
exactly as an absent key is read (`owner: ""` and no `owner` are the same document).

The tables below are the little the diff must know about the format: which lists are lists
of records and what identifies a record, and which small mappings are one value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Mapping

from isodocs import model as m
from isodocs.model import build

Path = tuple  # keys (and, inside list items, field names) from the document down

# Lists of records, by path pattern (list indices left out), with the field that names a
# record: a step is the same step while its action stays, a dossier item while its name does.
LIST_KEYS: Mapping[Path, str] = {
    ("settings", "people"): "id",
    ("settings", "distribution"): "copy",
    ("settings", "catalog"): "code",
    ("changes",): "revision",
    ("steps",): "action",
    ("tthc", "dossier"): "name",
    ("forms",): "code",
    ("records",): "name",
    ("objectives",): "id",
    ("objectives", "results"): "period",
    ("signatures",): "title",
}
# A field that only follows a record's place in its list: a step whose only change is `no`
# was renumbered because steps before it came or went.
POSITION_FIELDS: Mapping[Path, str] = {("steps",): "no"}
# Mappings compared as one value: "8 working hours -> 1 working day", not value and unit apart.
ATOMIC: frozenset[Path] = frozenset({("steps", "time"), ("tthc", "time_limit"), ("objectives", "target")})
# People fields hold ids of `people` in isodocs.yaml; outputs show the names too.
PEOPLE_FIELDS = frozenset({("prepared_by",), ("reviewed_by",), ("approved_by",), ("signatures", "person"),
                           ("settings", "roles", "reviewers"), ("settings", "roles", "approvers"),
                           ("settings", "roles", "secretary")})
LEGAL_LISTS = frozenset({("legal_basis",)})

# Document keys in the order the format lists them: outputs and JSON follow it.
DOCUMENT_KEYS = (
    "code", "title", "kind", "revision", "issued", "effective", "owner", "prepared_by",
    "reviewed_by", "approved_by", "legal_basis", "references", "clauses", "review_interval_months",
    "changes", "attachment", "layout", "signatures", "purpose", "scope", "definitions", "tthc", "steps", "forms", "records",
    "year", "objectives", "body",
)


# The fields of the records at each place, in model order: outputs and JSON follow it.
_RECORDS = {(): None, ("tthc",): m.Tthc, ("changes",): m.ChangeRow, ("tthc", "dossier"): m.DossierItem,
            ("steps",): m.Step, ("forms",): m.FormRef, ("records",): m.Record, ("objectives",): m.Objective,
            ("objectives", "results"): m.Result, ("layout",): m.Layout, ("signatures",): m.Signature}
_ORDER = {where: {name: i for i, name in enumerate(
    DOCUMENT_KEYS if cls is None else [f.name for f in dataclasses.fields(cls)])} for where, cls in _RECORDS.items()}


def key_order(keys, where: Path = ()) -> list[str]:
    """Keys in the format's order for that place, then any others alphabetically (terms)."""
    rank = _ORDER.get(where, {})
    return sorted(keys, key=lambda k: (rank.get(k, len(rank)), k))


def plain(value: Any) -> Any:
    """Model values as JSON-ready data, empty values left out."""
    if dataclasses.is_dataclass(value):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        items = ((str(k), plain(v)) for k, v in value.items())
        return {k: v for k, v in items if not empty(v)}
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def empty(value: Any) -> bool:
    # Numbers are kept even when 0 (copies: 0); False is the same as an absent flag.
    return value is None or value is False or value in ("", [], {})


# The manual's settings (isodocs.yaml) are compared under this key, apart from any document's.
SETTINGS: Path = ("settings",)
SETTINGS_KEYS = ("agency", "language", "standard", "code_pattern", "review_interval_months", "people", "roles",
                 "distribution", "catalog")
_ORDER[SETTINGS] = {name: i for i, name in enumerate(SETTINGS_KEYS)}


def settings_data(raw: Mapping) -> dict:
    """isodocs.yaml as compared: as written, but `people` as a list of records by id (so a
    person added or renamed reads as such) and keys in the format's order."""
    data = plain(dict(raw))
    if isinstance(data.get("people"), dict):
        data["people"] = [{"id": pid, **(fields if isinstance(fields, dict) else {"name": fields})}
                          for pid, fields in sorted(data["people"].items())]
    return {k: data[k] for k in key_order(data, SETTINGS)}


def document_data(doc: m.Document) -> dict:
    """The document as its file would say it (control block, sections, body), NFC text."""
    fields = {f.name: getattr(doc, f.name) for f in dataclasses.fields(doc)}
    for skip in ("origin", "procedure", "objectives"):
        del fields[skip]
    for part in (doc.procedure, doc.objectives):
        if part is not None:
            fields.update({f.name: getattr(part, f.name) for f in dataclasses.fields(part)})
    data = plain(fields)
    return {k: data[k] for k in key_order(data)}


def document_from_data(data: dict, origin: m.Origin) -> m.Document:
    """The inverse of `document_data` (the loader's own builder, so both stay in step)."""
    return build.document(data, origin, data.get("body", ""))


def origin_for(path: str, blob: str) -> m.Origin:
    """Where a document read from `path` would say it came from (front matter starts line 2)."""
    return m.Origin(path, blob, 1 if path.endswith(".md") else 0)


def pattern_of(path: Path) -> Path:
    """A path without list indices: what the tables above are keyed by."""
    return tuple(p for p in path if isinstance(p, str))
