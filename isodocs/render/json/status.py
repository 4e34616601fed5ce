"""`isodocs status --format json`."""

from __future__ import annotations

import json

from isodocs.model.lifecycle import start


def status_json(statuses) -> str:
    return json.dumps([
        {
            "code": s.code,
            "title": s.title,
            "state": s.state,
            "in_force_revision": s.in_force_revision,
            "current_revision": s.current_revision,
            "in_force_since": start(s.in_force).isoformat() if s.in_force else None,
            "approved_by": s.in_force.by if s.in_force else None,
            "next_review": s.next_review.isoformat() if s.next_review else None,
            "overdue": s.overdue,
            "tampered": s.tampered is not None,
        }
        for s in statuses
    ], ensure_ascii=False, indent=2)
