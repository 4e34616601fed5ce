"""Schema-valid data to the model. Only called on data the JSON Schemas accepted."""

from __future__ import annotations

import datetime as dt
import functools
import marshal
from typing import Any, Callable

from isodocs import model as m
from isodocs.model.deferred import deferred

# enum members by value, looked up directly: a province's model calls for 100,000 of them
_UNIT = {unit.value: unit for unit in m.TimeUnit}
_FEE = {kind.value: kind for kind in m.FeeKind}
_CHANNEL = {kind.value: kind for kind in m.ChannelKind}


def _date(value: Any) -> dt.date | None:
    return _day(value) if isinstance(value, str) else None


# Dates and durations are immutable, and a province's documents repeat a few hundred of them in
# 50,000 places: each is made once and shared.
@functools.lru_cache(maxsize=4096)
def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


@functools.lru_cache(maxsize=4096)
def _made_duration(value: float, unit: str) -> m.Duration:
    return m.Duration(float(value), _UNIT[unit])


def _strs(values: Any) -> tuple[str, ...]:
    return tuple(map(str, values)) if values else ()  # map: a province builds 70,000 of these


def _duration(data: Any) -> m.Duration | None:
    return _made_duration(data["value"], data["unit"]) if data else None


def _amount(data: dict) -> float | None:
    """A limit's amount; the same day has none (1, allowed there, says the same)."""
    unit = _UNIT[data["unit"]]
    return None if unit == m.TimeUnit.SAME_DAY else float(data["value"])


def _time_limit(data: dict) -> m.TimeLimit:
    """A statutory limit: the first format's {value, unit}, or with cut-off, start, extensions."""
    return m.TimeLimit(
        _amount(data), _UNIT[data["unit"]],
        cutoff=data.get("cutoff", ""),
        start=data.get("from", ""),
        extensions=tuple(m.Extension(float(e["value"]), _UNIT[e["unit"]], e["when"])
                         for e in data.get("extensions") or ()),
    )


def _fee(data: dict) -> m.Fee:
    amount = data.get("amount")
    return m.Fee(
        kind=_FEE[data["kind"]],
        amount=int(amount) if amount is not None else None,  # 5000.0 (JSON Schema's integer) is 5000
        per=data.get("per", ""),
        text=data.get("text", ""),
        exemptions=_strs(data.get("exemptions")),
    )


def _channel(data: Any) -> m.Channel:
    """A channel named alone (the first format's short list) or with what differs for it."""
    if isinstance(data, str):
        return m.Channel(_CHANNEL[data])
    limit = data.get("time_limit")
    return m.Channel(
        channel=_CHANNEL[data["channel"]],
        time_limit=_time_limit(limit) if limit else None,
        fees=tuple(_fee(f) for f in data.get("fees") or ()),
        via=_strs(data.get("via")),
        note=data.get("note", ""),
    )


def _channels(values: Any) -> tuple[m.ChannelKind, ...]:
    return tuple(_CHANNEL[v] for v in values or ())


def _dossier_item(d: dict) -> m.DossierItem:
    return m.DossierItem(d["name"], d.get("originals", 1), d.get("copies", 0), d.get("form", ""),
                         d.get("optional", False), d.get("present", False), _channels(d.get("channels")))


def _dossier_entry(d: dict) -> m.DossierItem | m.DossierGroup:
    if "any_of" in d:
        return m.DossierGroup(tuple(_dossier_item(a) for a in d["any_of"]), d.get("name", ""),
                              d.get("optional", False), _channels(d.get("channels")))
    return _dossier_item(d)


def config(data: dict) -> m.Config:
    agency = data["agency"]
    roles = data.get("roles") or {}
    people = {
        pid: m.Person(pid, p.get("name", pid), p.get("title", ""), p.get("email", ""))
        for pid, p in (data.get("people") or {}).items()
    }
    return m.Config(
        agency=m.Agency(agency["name"], agency.get("short_name", ""), agency.get("parent", "")),
        language=data.get("language", "vi"),
        standard=data.get("standard", "TCVN ISO 9001:2015"),
        code_pattern=data.get("code_pattern"),
        review_interval_months=data.get("review_interval_months", 12),
        people=m.frozen_map(people),
        reviewers=_strs(roles.get("reviewers")),
        approvers=_strs(roles.get("approvers")),
        secretary=roles.get("secretary") or "",
        catalog=tuple(m.CatalogEntry(c["code"], c["name"], c.get("field", "")) for c in data.get("catalog") or ()),
        distribution=tuple(m.Copy(c["copy"], c["holder"], c.get("unit", ""), _date(c.get("issued")))
                           for c in data.get("distribution") or ()),
        time_reduction_target=_float(data.get("time_reduction_target")),
    )


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


# A document's head: the fields the model reads at once, in this order (see kept_form).
_HEAD = ("code", "title", "kind", "revision", "issued", "effective", "owner", "prepared_by", "reviewed_by",
         "approved_by", "legal_basis", "references", "clauses", "review_interval_months", "changes", "attachment",
         "layout", "signatures", "forms", "tthc")


def document(data: dict, origin: m.Origin, body: str = "") -> m.Document:
    """The document of schema-valid `data`."""
    return _document([data.get(key) for key in _HEAD], origin, body, lambda: data)


def _document(head: list, origin: m.Origin, body: str, whole: Callable[[], dict]) -> m.Document:
    """The document whose head holds the values of `_HEAD` (None for one not written: the
    schema allows no null), `whole()` the data its content is made of."""
    (code, title, kind, revision, issued, effective, owner, prepared_by, reviewed_by, approved_by, legal_basis,
     references, clauses, review_interval_months, changes, attachment, layout, signatures, forms, tthc) = head
    return m.Document(
        origin=origin,
        code=code,
        title=title,
        kind=kind,
        revision=revision,
        issued=_date(issued),
        effective=_date(effective),
        owner=owner or "",
        prepared_by=prepared_by,
        reviewed_by=reviewed_by,
        approved_by=approved_by,
        legal_basis=_strs(legal_basis),
        references=_strs(references),
        clauses=_strs(clauses),
        review_interval_months=review_interval_months,
        changes=tuple(_change(row) for row in changes),
        body=body,
        procedure=_deferred_procedure(tthc, forms, whole) if kind == "procedure" else None,
        objectives=_objectives(whole()) if kind == "objectives" else None,
        attachment=attachment or "",
        layout=_layout(layout) if layout is not None else None,
        signatures=tuple(_signature(s) for s in signatures or ()),
    )


def _layout(data: dict) -> m.Layout:
    return m.Layout(
        header=data.get("header", "administrative"),
        unit=data.get("unit", ""),
        number=str(data.get("number", "")),
        title=data.get("title", ""),
        subtitle=data.get("subtitle", ""),
        date_line=data.get("date_line", ""),
    )


def _signature(data: dict) -> m.Signature:
    return m.Signature(data["title"], data.get("authority", ""), data.get("note", ""), data.get("person", ""))


def _change(row: dict) -> m.ChangeRow:
    return m.ChangeRow(
        revision=row["revision"],
        date=_date(row["date"]),
        summary=row["summary"],
        sections=str(row.get("sections", "")),
        reason=row.get("reason", ""),
        refs=_strs(row.get("refs")),
    )


def _deferred_procedure(t: dict | None, forms: list | None, whole: Callable[[], dict]) -> m.Procedure:
    """A procedure's content, made when first used (model/deferred.py): a build after one change
    reads of the documents it does not render only their TTHC's code, name and the codes it joins
    (`t`, to key them), which are there at once, and the forms it lists."""
    whole = _once(whole)  # the content's data, decoded once for the TTHC and the rest
    tthc = deferred(m.Tthc, lambda: _tthc(whole()["tthc"]), code=t["code"], name=t["name"],
                    joins=_strs(t.get("joins"))) if t else None
    made = _forms(forms)  # the codes documents may cite: `check` reads every procedure's
    return deferred(m.Procedure, lambda: _procedure(whole(), tthc, made), tthc=tthc, forms=made)


def _once(make: Callable[[], dict]) -> Callable[[], dict]:
    """make(), called the first time only: a memo of one value (functools.cache would copy the
    function's name and documentation onto a wrapper for each of a province's procedures)."""
    made: list[dict] = []

    def once() -> dict:
        if not made:
            made.append(make())
        return made[0]

    return once


# What only a procedure's deferred content reads of its data; of the TTHC, what keys it is read at once.
_CONTENT = ("purpose", "scope", "definitions", "steps", "records", "tthc")
_TTHC_HEAD = ("code", "name", "joins")
_FORM = 3  # the kept form's version: one of version 2 (a head by name) is not believed


def kept_form(data: dict) -> Any:
    """A document's valid data as the documents cache keeps it. A procedure's is its head (the
    values of `_HEAD`, all the model reads at once, by position) and its content as marshal
    bytes, decoded when the content is first used: reading a province's cache then makes a
    fraction of the objects, where only a few documents are rendered or checked again. The
    head holds the forms a procedure lists, which rules over every document read. Marshal's
    version is part of the cache's key."""
    content = {key: data[key] for key in _CONTENT if key in data}
    if data.get("kind") != "procedure" or not content:
        return data
    head = [data.get(key) for key in _HEAD]
    if "tthc" in content:
        head[-1] = {key: content["tthc"][key] for key in _TTHC_HEAD if key in content["tthc"]}
    return [head, marshal.dumps(content), _FORM]


def _is_kept_form(kept: Any) -> bool:
    return (isinstance(kept, list) and len(kept) == 3 and kept[2] == _FORM and type(kept[0]) is list
            and len(kept[0]) == len(_HEAD) and type(kept[1]) is bytes)


def kept_head(kept: Any) -> dict | None:
    """What `kept_form` kept of a document at once, by name (None: not its form)."""
    if _is_kept_form(kept):
        return {key: value for key, value in zip(_HEAD, kept[0]) if value is not None}
    return kept if isinstance(kept, dict) else None


def kept_document(kept: Any, origin: m.Origin, body: str = "") -> m.Document:
    """The document of what `kept_form` kept; ValueError when it is not such a form."""
    if isinstance(kept, dict):
        return document(kept, origin, body)
    if not _is_kept_form(kept):
        raise ValueError("not a kept document")
    content = kept[1]
    return _document(kept[0], origin, body, lambda: marshal.loads(content))


def _forms(forms: list | None) -> tuple[m.FormRef, ...]:
    return tuple(m.FormRef(f["code"], f["title"], f.get("source", "internal")) for f in forms or ())


def _procedure(data: dict, tthc: m.Tthc | None, forms: tuple[m.FormRef, ...]) -> m.Procedure:
    return m.Procedure(
        purpose=data.get("purpose", ""),
        scope=data.get("scope", ""),
        definitions=m.frozen_map(data.get("definitions")),
        tthc=tthc,
        steps=tuple(
            m.Step(
                no=s["no"],
                action=s["action"],
                actor=s["actor"],
                time=_duration(s.get("time")),
                forms=_strs(s.get("forms")),
                output=s.get("output", ""),
                agency=s.get("agency", ""),
            )
            for s in data.get("steps") or ()
        ),
        forms=forms,
        records=tuple(m.Record(r["name"], r.get("keeper", ""), str(r.get("retention", ""))) for r in data.get("records") or ()),
    )


def _tthc(t: dict) -> m.Tthc:
    return m.Tthc(
        code=t["code"],
        name=t["name"],
        time_limit=_time_limit(t["time_limit"]),
        field=t.get("field", ""),
        level=t.get("level", ""),
        authority=t.get("authority", ""),
        applicants=_strs(t.get("applicants")),
        conditions=t.get("conditions", ""),
        joins=_strs(t.get("joins")),
        channels=tuple(_channel(c) for c in t.get("channels") or ()),
        dossier=tuple(_dossier_entry(d) for d in t.get("dossier") or ()),
        dossier_sets=t.get("dossier_sets"),
        receiving_place=t.get("receiving_place", ""),
        fee=str(t.get("fee", "")),
        fees=tuple(_fee(f) for f in t.get("fees") or ()),
        results=_strs(t.get("results")),
    )


def _objectives(data: dict) -> m.Objectives:
    return m.Objectives(
        year=data["year"],
        objectives=tuple(
            m.Objective(
                id=o["id"],
                text=o["text"],
                target=m.Target(o["target"]["op"], float(o["target"]["value"])),
                unit=o.get("unit", ""),
                frequency=o.get("frequency", ""),
                owner=o.get("owner", ""),
                plan=o.get("plan", ""),
                resources=o.get("resources", ""),
                deadline=str(o.get("deadline", "")),
                evaluation=o.get("evaluation", ""),
                results=tuple(m.Result(str(r["period"]), float(r["value"])) for r in o.get("results") or ()),
            )
            for o in data["objectives"]
        ),
    )


def legal_entry(data: dict, origin: m.Origin, index: int, in_list: bool) -> m.LegalEntry:
    source, tthc, issued = data.get("source"), data.get("tthc"), data["issued"]
    return m.LegalEntry(
        origin=origin,
        index=index,
        in_list=in_list,
        number=data["number"],
        type=data["type"],
        title=data["title"],
        issued=_date(issued),  # a year alone (2025) is known only as `issued_year`
        issued_year=issued if isinstance(issued, int) else None,
        status=data["status"],
        issuer=data.get("issuer", ""),
        effective=_date(data.get("effective")),
        expired_on=_date(data.get("expired_on")),
        amended_by=_strs(data.get("amended_by")),
        replaced_by=data.get("replaced_by") or "",
        source=m.LegalSource(source.get("url", ""), _date(source.get("accessed"))) if source else None,
        external=data.get("external", True),
        unlisted=_strs(data.get("unlisted")),
        tthc=m.TthcChanges(*(_strs(tthc.get(k)) for k in ("added", "modified", "rescinded"))) if tthc else None,
    )


def approval(data: dict, origin: m.Origin) -> m.Approval:
    return m.Approval(
        origin=origin,
        code=data["code"],
        action=data["action"],
        by=data["by"],
        name=data["name"],
        date=_date(data["date"]),
        revision=data.get("revision", 0),
        path=data.get("path", ""),
        content=data.get("content", ""),
        issued=_date(data.get("issued")),
        effective=_date(data.get("effective")),
        title=data.get("title", ""),
        role=data.get("role", ""),
        decision=data.get("decision", ""),
        reason=data.get("reason", ""),
        number=data.get("number", ""),
        note=data.get("note", ""),
        entry=data.get("entry", ""),
    )
