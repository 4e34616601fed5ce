"""`isodocs legal list` and `legal show` as JSON, for tools."""

from __future__ import annotations

import json

from isodocs.model import LegalEntry
from isodocs.model.register import Register


def entry_json(register: Register, e: LegalEntry) -> dict:
    def numbers(values):
        return [{"number": n, "registered": register.entry(n) is not None} for n in values]

    return {
        "number": e.number,
        "type": e.type,
        "title": e.title,
        "issuer": e.issuer or None,
        "issued": e.issued.isoformat() if e.issued else e.issued_year,  # a year alone, as written
        "effective": e.effective.isoformat() if e.effective else None,
        "expired_on": e.expired_on.isoformat() if e.expired_on else None,
        "status": e.status,
        "external": e.external,
        "path": e.origin.path,
        "amended_by": numbers(e.amended_by),
        "amends": numbers(register.amends(e.number)),
        "replaced_by": numbers((e.replaced_by,) if e.replaced_by else ()),
        "replaces": numbers(register.replaces(e.number)),
        "replacement_chain": list(register.replacement_chain(e)),
        "tthc": {action: [{"code": code, "procedures": [d.code for d in register.serving.get(code, ())]}
                          for code in getattr(e.tthc, action)]
                 for action in ("added", "modified", "rescinded")} if e.tthc else None,
        "cited_by": [{"code": c.code, "path": c.path, "field": c.field, "revision": c.revision}
                     for c in register.citations(e.number)],
        "source": {"url": e.source.url, "accessed": e.source.accessed.isoformat() if e.source.accessed else None}
                  if e.source else None,
    }


def list_json(register: Register, entries: list[LegalEntry]) -> str:
    return json.dumps([entry_json(register, e) for e in entries], ensure_ascii=False, indent=2)
