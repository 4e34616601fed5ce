"""`isodocs impact --format json`."""

from __future__ import annotations

import json

from isodocs.legal.impact import Impact


def to_json(result: Impact) -> str:
    return json.dumps({
        "documents": result.documents, "suspect": result.suspect, "cleared": result.cleared,
        "findings": [f.as_json() for f in result.findings],
    }, ensure_ascii=False, indent=2)
