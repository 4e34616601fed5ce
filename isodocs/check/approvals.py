"""Rules on approved content: what a leader approved does not change under the same revision."""

from __future__ import annotations

from isodocs.diagnostics import rules
from isodocs.model.lifecycle import approval_of, records


def approved_content_unchanged(ctx):
    # a document is judged by its file's blob id, which pruning leaves alone, and its revision
    found = records(ctx.judged(approvals=("code", "action", "revision", "content", "date", "by")))
    for doc in ctx.documents(needs=("revision",)):
        approvals, _ = found.get(doc.code, ([], None))
        same_revision = [a for a in approvals if a.revision == doc.revision]
        if same_revision and approval_of(approvals, doc) is None:
            last = same_revision[-1]
            yield ctx.at(rules.APPROVED_CONTENT_CHANGED, doc.origin.path, ("revision",), revision=doc.revision,
                         date=last.date, by=last.by, next=doc.revision + 1)


CHECKS = (approved_content_unchanged,)
