"""`isodocs coverage --format json`."""

from __future__ import annotations

import json

from isodocs.legal.coverage import Coverage, TthcLine


def _tthc_json(line: TthcLine) -> dict:
    return {"code": line.code, "name": line.name, "field": line.field, "procedures": list(line.procedures),
            "in_catalog": line.in_catalog, "added_by": list(line.added_by), "rescinded_by": line.rescinded_by or None}


def to_json(cov: Coverage, root: str, lang: str) -> str:
    tthc, clauses = cov.tthc, cov.clauses
    payload = {
        "manual": root,
        "tthc": {
            "required": len(tthc.required),
            "covered": tthc.covered,
            "percent": tthc.percent,
            "has_catalog": tthc.has_catalog,
            "gaps": [line.code for line in tthc.gaps],
            "lines": [_tthc_json(line) for line in tthc.required],
            "rescinded": [_tthc_json(line) for line in tthc.rescinded],
            "outside_catalog": [_tthc_json(line) for line in tthc.outside],
        },
        "clauses": {
            "total": len(clauses.lines),
            "addressed": clauses.addressed,
            "percent": clauses.percent,
            "gaps": [line.clause.number for line in clauses.gaps],
            "lines": [{"clause": line.clause.number, "title": line.clause.title(lang), "documents": list(line.documents)}
                      for line in clauses.lines],
            "unknown": [{"document": code, "clause": clause} for code, clause in clauses.unknown],
        },
        "times": {
            "target": cov.times.target,
            "missed": [line.code for line in cov.times.missed],
            "lines": [{"procedure": line.code, "tthc": line.tthc, "steps_hours": line.steps_hours,
                       "limit_hours": line.limit_hours, "reduction": round(line.reduction, 1),
                       "uncounted_steps": list(line.uncounted), "meets": line.meets} for line in cov.times.lines],
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)
