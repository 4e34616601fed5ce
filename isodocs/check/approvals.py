"""Rules on approved content: what a leader approved does not change under the same revision."""

from __future__ import annotations

from isodocs.diagnostics import rules
from isodocs.i18n import Ctx, Msg
from isodocs.model.lifecycle import approval_of, records, start


def approved_content_unchanged(ctx):
    # a document is judged by its file's blob id, which pruning leaves alone, and its revision
    found = records(ctx.judged(approvals=("code", "action", "revision", "content", "date", "by")))
    for doc in ctx.documents(needs=("code", "revision")):
        approvals, _ = found.get(doc.code, ([], None))
        same_revision = [a for a in approvals if a.revision == doc.revision]
        if same_revision and approval_of(approvals, doc) is None:
            last = same_revision[-1]
            yield ctx.at(rules.APPROVED_CONTENT_CHANGED, doc.origin.path, ("revision",), revision=doc.revision,
                         date=last.date, by=last.by, next=doc.revision + 1)


def dated_before_approval(ctx):
    found = records(ctx.judged(approvals=("code", "action", "revision", "content", "date", "effective")))
    for doc in ctx.documents(needs=("code", "revision", "issued", "effective")):
        approval = approval_of(found.get(doc.code, ([], None))[0], doc)
        if approval is None:
            continue
        issued = Msg("a document is issued by its approval, so the issue date cannot come first")
        effective = Msg("it takes effect on {day}, and that is the date the pages and the master list print",
                        day=start(approval))
        for key, label, day, consequence in (
                ("issued", Ctx("document date", "issue date"), doc.issued, issued),
                ("effective", Ctx("document date", "effective date"), doc.effective, effective)):
            if day is not None and day < approval.date:
                yield ctx.at(rules.DATED_BEFORE_APPROVAL, doc.origin.path, (key,), revision=doc.revision, date=day,
                             field=label, approved=approval.date, consequence=consequence, code=doc.code)


CHECKS = (approved_content_unchanged, dated_before_approval)
ALONE = ()
