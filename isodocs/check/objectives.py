"""Rules on quality objectives."""

from __future__ import annotations

from isodocs.check import repeats
from isodocs.diagnostics import rules


def unique_ids(ctx):
    for doc in ctx.documents(needs=("objectives.id",)):
        if doc.objectives is None:
            continue
        for i, objective, _ in repeats(doc.objectives.objectives, lambda o: o.id):
            yield ctx.at(rules.DUPLICATE_OBJECTIVE, doc.origin.path, ("objectives", i, "id"), id=objective.id)


CHECKS = (unique_ids,)
ALONE = CHECKS  # as documents.ALONE
