"""`isodocs distribution --format json`."""

from __future__ import annotations

import json

from isodocs.history.distribution import Holder


def to_json(found: list[Holder]) -> str:
    return json.dumps([{
        "copy": h.copy.number, "holder": h.copy.holder, "unit": h.copy.unit,
        "issued": h.copy.issued.isoformat() if h.copy.issued else None, "holds_revisions_of": h.held_on.isoformat(),
        "documents": [{"code": d.code, "held_revision": d.held.revision if d.held else None, "state": d.state,
                       "in_force_revision": d.now.revision if d.now else None, "recall": d.recall}
                      for d in h.holdings],
        "recall": [d.code for d in h.holdings if d.recall],
    } for h in found], ensure_ascii=False, indent=2)
