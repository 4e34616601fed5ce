"""Rules on the legal register and on the legal basis documents cite."""

from __future__ import annotations

import difflib
import re

from isodocs.check import repeats
from isodocs.diagnostics import rules
from isodocs.i18n import Msg
from isodocs.model import LegalEntry, Manual, number_key
from isodocs.model.register import (
    analyse,
    decision_date,
    missing_targets,
    relation_cycles,
    rescinded_but_served,
    status_problems,
)

# Type codes spelled with Đ; typed with a plain D they still match, with a warning.
_PLAIN_D = {"ND": "NĐ", "QD": "QĐ", "QYD": "QyĐ"}
# Symbols (ký hiệu) are capitals, but for the few written with a small letter by convention.
_MIXED_CASE = {"TTG": "TTg", "QYĐ": "QyĐ", "TTR": "TTr"}
_PARTS = re.compile(r"([/-])")


def official_spelling(number: str) -> str:
    """123/2015/nd-cp -> 123/2015/NĐ-CP; 19/2014/QĐ-TTG -> 19/2014/QĐ-TTg."""
    def part(text: str) -> str:
        upper = text.upper()
        upper = _PLAIN_D.get(upper, upper)
        return _MIXED_CASE.get(upper, upper)

    return "".join(p if p in "/-" else part(p) for p in _PARTS.split(number))


def final_replacement(manual: Manual, entry: LegalEntry) -> str:
    """Follow replaced_by to the document at the end of the chain (cycles stop the walk)."""
    chain = analyse(manual).replacement_chain(entry)
    return chain[-1] if chain else ""


# Why a status disagrees (register.status_problems' reasons).
STATUS_REASONS = {
    "effective_before_issued": Msg("it takes effect ({effective}) before it was issued ({issued})"),
    "expires_before_effective": Msg("it ceases to be in force ({expired_on}) before it takes effect ({effective})"),
    "expired_without_date": Msg("it is expired but `expired_on` is missing"),
    "expired_in_future": Msg("it is expired but `expired_on` ({expired_on}) is after today ({today})"),
    "in_force_but_expired": Msg("it ceased to be in force on {expired_on}"),
    "in_force_before_effective": Msg("it takes effect only on {effective}"),
    "not_yet_effective_without_date": Msg("`effective` is missing, so nothing says when it takes effect"),
    "not_yet_effective_but_effective": Msg("it took effect on {effective}"),
    "replaced_but_in_force": Msg("it is replaced by `{replacement}` (in force since {since}), so it is expired or partly expired"),
}


# What a citation reads of the register entry cited and of those replacing it.
CITED = ("number", "status", "expired_on", "replaced_by")
# What the register's graph reads of every entry: all but its names and where it came from.
GRAPH = ("number", "status", "issued", "effective", "expired_on", "replaced_by", "amended_by", "unlisted", "tthc")


def register_graph(ctx):
    """Relations that lead nowhere or in circles, statuses against dates, rescinded TTHC."""
    # a procedure serves its TTHC unless a withdrawal record names its code
    reg = analyse(ctx.judged(documents=("code", "tthc.code"), legal=GRAPH, approvals=("code", "action")))
    for entry, keys, number in missing_targets(reg, ctx.loaded.broken_legal):
        yield ctx.at(rules.RELATION_TARGET_MISSING, entry.origin.path, entry.keys + keys, field=keys[0], number=number)
    for relation, cycle in relation_cycles(reg):
        first = cycle[0]
        numbers = " → ".join(e.number for e in (*cycle, first))
        yield ctx.at(rules.RELATION_CYCLE, first.origin.path, first.keys + (relation,), field=relation, cycle=numbers)
    for entry in reg.entries.values():
        for problem in status_problems(reg, entry, ctx.today):
            if problem.reason == "replaced_but_in_force" and reg.entry(entry.replaced_by) is None \
                    and number_key(entry.replaced_by) in ctx.loaded.broken_legal:
                continue  # when the replacement takes effect is in an entry that failed (reported there)
            why = STATUS_REASONS[problem.reason]
            yield ctx.at(rules.STATUS_INCONSISTENT, entry.origin.path, entry.keys + (problem.field,),
                         status=entry.status, why=why.with_args(**problem.args))
    for doc, action in rescinded_but_served(reg):
        decision = action.decision
        yield ctx.at(rules.TTHC_RESCINDED, doc.origin.path, ("tthc", "code"), code=action.code,
                     decision=decision.number, date=decision_date(decision))


def register(ctx):
    entries = ctx.legal(needs=("number",))
    for _, entry, first in repeats(entries, lambda e: number_key(e.number)):
        yield ctx.at(rules.DUPLICATE_LEGAL, entry.origin.path, entry.keys + ("number",), number=entry.number,
                     other=first.origin.path)
    for entry in entries:
        keys = entry.keys
        official = official_spelling(entry.number)
        if official != entry.number:
            yield ctx.at(rules.PLAIN_D, entry.origin.path, keys + ("number",), number=entry.number, official=official)
    for entry in ctx.legal(needs=("number", "issued")):
        if entry.issued is None and entry.issued_year is not None:
            yield ctx.at(rules.ISSUED_YEAR_ONLY, entry.origin.path, entry.keys + ("issued",), number=entry.number,
                         year=entry.issued_year)


def citations(ctx):
    manual = ctx.judged(legal=CITED)
    numbers = [e.number for e in manual.legal]
    for doc in ctx.documents(needs=("legal_basis",)):
        for i, number in enumerate(doc.legal_basis):
            at = (doc.origin.path, ("legal_basis", i))
            entry = manual.legal_by_key.get(number_key(number))
            if entry is None and number_key(number) in ctx.loaded.broken_legal:
                continue  # its register entry is reported already
            if entry is None:
                args = {"number": number}
                close = difflib.get_close_matches(number, numbers, n=1, cutoff=0.6)
                if close:
                    args["suggestion"] = close[0]
                yield ctx.at(rules.UNKNOWN_LEGAL, *at, **args)
                continue
            if number != entry.number:
                yield ctx.at(rules.PLAIN_D, *at, number=number, official=entry.number)
            if entry.replaced_by:
                yield ctx.at(rules.CITES_REPLACED, *at, number=entry.number, replacement=final_replacement(manual, entry))
            elif entry.status == "expired":
                since = Msg(" since {day}", day=entry.expired_on) if entry.expired_on else ""
                yield ctx.at(rules.CITES_EXPIRED, *at, number=entry.number, since=since)


CHECKS = (register, citations, register_graph)
ALONE = ()
