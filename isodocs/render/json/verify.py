"""`isodocs verify --format json`."""

from __future__ import annotations

import json

from isodocs.render.verify import Verdict


def to_json(verdict: Verdict, name: str) -> str:
    recipe = verdict.built.recipe
    return json.dumps({
        "file": name, "exact": verdict.exact, "ok": verdict.ok, "build": recipe.kind, "commit": recipe.commit,
        "in_force_on": recipe.on.isoformat() if recipe.on else None, "copy": verdict.built.copy,
        "built_by": verdict.built.version,
        "documents": [{"code": h.code, "revision": h.revision, "state": h.state,
                       "in_force_revision": h.now.revision if h.now else None} for h in verdict.documents],
    }, ensure_ascii=False, indent=2)
