"""Rules on every document's control block."""

from __future__ import annotations

import difflib
import itertools

import regex

from isodocs.check import repeats
from isodocs.check.config import SlowPattern, compiled, fullmatch
from isodocs.diagnostics import rules
from isodocs.load.schema import field_name
from isodocs.load.source import CONFIG_FILE, inside
from isodocs.model import iso9001, number_key

# Without a code_pattern, a reference "looks like a code" when it is one word of capitals,
# digits and separators (QT-01, BM.HT.02); anything else is a free citation.
_CODE_LIKE = regex.compile(r"^[A-Z][A-Z0-9]*(?:[-._][A-Z0-9]+)+$")

MAX_MISSING_ROWS = 10  # missing `changes` rows reported per document: the first ones


def _pattern(ctx):
    pattern = ctx.manual.config.code_pattern
    return compiled(pattern) if pattern else None


def duplicate_codes(ctx):
    for _, doc, first in repeats(ctx.documents(needs=("code",)), lambda d: d.code):
        yield ctx.at(rules.DUPLICATE_CODE, doc.origin.path, ("code",), code=doc.code, other=first.origin.path)


def code_pattern(ctx):
    pattern = _pattern(ctx)
    if pattern is None or not ctx.config_intact("code_pattern"):
        return
    for doc in ctx.documents(needs=("code",)):
        try:
            if not fullmatch(pattern, doc.code):
                yield ctx.at(rules.CODE_PATTERN, doc.origin.path, ("code",), code=doc.code, pattern=pattern.pattern)
        except SlowPattern:
            yield ctx.at(rules.SLOW_CODE_PATTERN, CONFIG_FILE, ("code_pattern",), code=doc.code)
            return


def dates(ctx):
    for doc in ctx.documents(needs=("issued", "effective")):
        if doc.effective and doc.effective < doc.issued:
            yield ctx.at(rules.EFFECTIVE_BEFORE_ISSUED, doc.origin.path, ("effective",),
                         effective=doc.effective, issued=doc.issued)


def people(ctx):
    config = ctx.manual.config
    if not ctx.config_intact("people"):  # a person cut from the list would be unknown to every document
        return
    reviewers, approvers = ctx.config_intact("roles.reviewers"), ctx.config_intact("roles.approvers")
    for doc in ctx.documents(needs=("prepared_by", "reviewed_by", "approved_by")):
        path = doc.origin.path
        known = True
        for field in ("prepared_by", "reviewed_by", "approved_by"):
            person = getattr(doc, field)
            if person not in config.people:
                known = False
                args = {"field": field, "person": person}
                close = difflib.get_close_matches(person, list(config.people), n=1, cutoff=0.5)
                if close:
                    args["suggestion"] = close[0]
                yield ctx.at(rules.UNKNOWN_PERSON, path, (field,), **args)
        if reviewers and doc.reviewed_by not in config.reviewers and doc.reviewed_by in config.people:
            yield ctx.at(rules.NOT_REVIEWER, path, ("reviewed_by",), person=doc.reviewed_by,
                         allowed=", ".join(config.reviewers) or "-")
        if approvers and doc.approved_by not in config.approvers and doc.approved_by in config.people:
            yield ctx.at(rules.NOT_APPROVER, path, ("approved_by",), person=doc.approved_by,
                         allowed=", ".join(config.approvers) or "-")
        if known and doc.approved_by == doc.prepared_by:
            yield ctx.at(rules.APPROVER_IS_PREPARER, path, ("approved_by",), person=doc.approved_by)
        for i, signature in enumerate(doc.signatures):  # a named signer's name is printed
            if signature.person and signature.person not in config.people:
                keys = ("signatures", i, "person")
                args = {"field": field_name(keys), "person": signature.person}
                close = difflib.get_close_matches(signature.person, list(config.people), n=1, cutoff=0.5)
                if close:
                    args["suggestion"] = close[0]
                yield ctx.at(rules.UNKNOWN_PERSON, path, keys, **args)


def change_rows(ctx):
    for doc in ctx.documents(needs=("revision", "changes.revision")):
        path = doc.origin.path
        seen: set[int] = set()
        previous = 0
        for i, row in enumerate(doc.changes):
            if row.revision in seen:
                yield ctx.at(rules.CHANGE_DUPLICATE, path, ("changes", i, "revision"), revision=row.revision)
            elif row.revision < previous:
                yield ctx.at(rules.CHANGE_ORDER, path, ("changes", i, "revision"), revision=row.revision, previous=previous)
            if row.revision > doc.revision:
                yield ctx.at(rules.CHANGE_EXTRA, path, ("changes", i, "revision"), revision=row.revision, current=doc.revision)
            seen.add(row.revision)
            previous = max(previous, row.revision)
        # A mistyped revision (20250715) would otherwise ask for millions of rows.
        missing = (r for r in range(1, doc.revision + 1) if r not in seen)
        for revision in itertools.islice(missing, MAX_MISSING_ROWS):
            yield ctx.at(rules.CHANGE_MISSING, path, ("changes",), revision=revision)


def _known_codes(ctx) -> set[str]:
    """Codes a document may point at: documents (those that failed to load, and those an official
    build leaves out, too), and forms listed by procedures (those that failed to load, too)."""
    loaded = ctx.loaded
    documents = {doc.code for doc in ctx.documents(needs=("code",))}
    forms = {f.code for doc in ctx.documents(needs=("forms.code",)) if doc.procedure for f in doc.procedure.forms}
    return documents | loaded.broken_codes | loaded.withheld | forms | loaded.broken_forms


def _is_legal(ctx, number: str) -> bool:
    """In the register, or an entry of it that failed to load (reported there)."""
    key = number_key(number)
    return key in ctx.manual.legal_by_key or key in ctx.loaded.broken_legal


def _code_like(pattern, ref: str) -> bool:
    try:
        return fullmatch(pattern, ref)
    except SlowPattern:
        return False  # reported once by code_pattern


def references(ctx):
    if not ctx.config_intact("code_pattern"):  # it decides which references look like codes
        return
    pattern = _pattern(ctx) or _CODE_LIKE
    codes = _known_codes(ctx)
    for doc in ctx.documents(needs=("references",)):
        for i, ref in enumerate(doc.references):
            if ref in codes or _is_legal(ctx, ref) or not _code_like(pattern, ref):
                continue
            args = {"ref": ref}
            close = difflib.get_close_matches(ref, sorted(codes), n=1, cutoff=0.75)
            if close:
                args["suggestion"] = close[0]
            yield ctx.at(rules.UNKNOWN_REFERENCE, doc.origin.path, ("references", i), **args)


def change_refs(ctx):
    codes = _known_codes(ctx)
    for doc in ctx.documents(needs=("changes.refs", "changes.revision")):
        for i, row in enumerate(doc.changes):
            for j, ref in enumerate(row.refs):
                if ref not in codes and not _is_legal(ctx, ref):
                    yield ctx.at(rules.UNKNOWN_CHANGE_REF, doc.origin.path, ("changes", i, "refs", j),
                                 revision=row.revision, ref=ref)


def attachments(ctx):
    for doc in ctx.documents(needs=("attachment",)):
        if not doc.attachment:
            continue
        if not inside(doc.attachment):
            yield ctx.at(rules.OUTSIDE_MANUAL, doc.origin.path, ("attachment",), target=doc.attachment)
        elif not ctx.loaded.exists(doc.attachment):
            yield ctx.at(rules.ATTACHMENT_MISSING, doc.origin.path, ("attachment",), target=doc.attachment)


def clauses(ctx):
    known = iso9001.clauses()
    for doc in ctx.documents(needs=("clauses",)):
        for i, clause in enumerate(doc.clauses):
            if clause.strip() not in known:
                args = {"clause": clause}
                close = difflib.get_close_matches(clause.strip(), list(known), n=1, cutoff=0.75)
                if close:
                    args["suggestion"] = close[0]
                yield ctx.at(rules.UNKNOWN_CLAUSE, doc.origin.path, ("clauses", i), **args)


CHECKS = (duplicate_codes, code_pattern, dates, people, change_rows, references, change_refs, attachments, clauses)
# Those that read one document and the manual's settings, nothing else (`check`'s `kept`).
# (code_pattern reports a slow pattern once for all documents; attachments asks the file system.)
ALONE = (dates, people, change_rows, clauses)
