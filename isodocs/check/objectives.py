"""Rules on quality objectives."""

from __future__ import annotations

from .. import rules


def unique_ids(ctx):
    for doc in ctx.manual.documents:
        if doc.objectives is None:
            continue
        seen: set[str] = set()
        for i, objective in enumerate(doc.objectives.objectives):
            if objective.id in seen:
                yield ctx.at(rules.DUPLICATE_OBJECTIVE, doc.origin.path, ("objectives", i, "id"), id=objective.id)
            seen.add(objective.id)


CHECKS = (unique_ids,)
