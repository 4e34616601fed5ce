"""`isodocs rename-unit --format json`."""

from __future__ import annotations

import json


def to_json(renamed) -> str:
    """`renamed`: commands.manual.Renamed."""
    return json.dumps({
        "old": renamed.old, "new": renamed.new, "applied": renamed.applied,
        "files": [{"path": c.path, "code": c.code or None, "written": renamed.applied and bool(c.text),
                   "revision": c.revision,
                   "hits": [{"line": h.line, "field": h.field, "text": h.value, "by_hand": h.by_hand}
                            for h in c.hits]} for c in renamed.changes],
    }, ensure_ascii=False, indent=2)
