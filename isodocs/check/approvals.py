"""Rules on approved content: what a leader approved does not change under the same revision."""

from __future__ import annotations

from isodocs.diagnostics import rules
from isodocs.model.lifecycle import approval_of, records


def approved_content_unchanged(ctx):
    found = records(ctx.manual)
    for doc in ctx.manual.documents:
        approvals, _ = found.get(doc.code, ([], None))
        same_revision = [a for a in approvals if a.revision == doc.revision]
        if same_revision and approval_of(approvals, doc) is None:
            last = same_revision[-1]
            yield ctx.at(rules.APPROVED_CONTENT_CHANGED, doc.origin.path, ("revision",), revision=doc.revision,
                         date=last.date, by=last.by, next=doc.revision + 1)


CHECKS = (approved_content_unchanged,)
