"""`isodocs check --format json`: the findings and their counts, for tools."""

from __future__ import annotations

import json
from typing import Sequence

from isodocs.diagnostics import Diagnostic
from isodocs.check import Scope
from isodocs.render.text.diagnostics import counts


def to_json(diagnostics: Sequence[Diagnostic], scope: Scope, root: str, lang: str) -> str:
    """Every document file counts, as in the text summary; `unread_documents` names those that
    could not be read (their findings say why)."""
    errors, warnings = counts(diagnostics)
    payload = {
        "manual": root,
        "commit": scope.commit,
        "summary": {
            "errors": errors,
            "warnings": warnings,
            "documents": scope.documents,
            "unread_documents": list(scope.unread),
            "legal_entries": scope.legal,
        },
        "diagnostics": [d.to_json(lang) for d in diagnostics],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
