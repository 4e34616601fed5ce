"""Rules on the legal register and on the legal basis documents cite."""

from __future__ import annotations

import difflib
import re

from .. import rules
from ..model import LegalEntry, Manual, number_key

# Type codes spelled with Đ; typed with a plain D they still match, with a warning.
_PLAIN_D = {"ND": "NĐ", "QD": "QĐ", "QYD": "QyĐ"}
_PLAIN_D_RE = re.compile(r"(?<![A-Za-zĐđ])(ND|QD|QyD|QYD)(?=-|$)")


def official_spelling(number: str) -> str:
    return _PLAIN_D_RE.sub(lambda m: _PLAIN_D[m.group(1).upper()], number)


def final_replacement(manual: Manual, entry: LegalEntry) -> str:
    """Follow replaced_by to the document at the end of the chain (cycles stop the walk)."""
    seen = {number_key(entry.number)}
    current = entry.replaced_by
    while current:
        nxt = manual.legal_by_key.get(number_key(current))
        if nxt is None or not nxt.replaced_by or number_key(nxt.replaced_by) in seen:
            return nxt.number if nxt else current
        seen.add(number_key(current))
        current = nxt.replaced_by
    return current


def register(ctx):
    first: dict[str, str] = {}
    for entry in ctx.manual.legal:
        keys = entry.keys
        key = number_key(entry.number)
        if key in first:
            yield ctx.at(rules.DUPLICATE_LEGAL, entry.origin.path, keys + ("number",), number=entry.number, other=first[key])
        else:
            first[key] = entry.origin.path
        official = official_spelling(entry.number)
        if official != entry.number:
            yield ctx.at(rules.PLAIN_D, entry.origin.path, keys + ("number",), number=entry.number, official=official)


def citations(ctx):
    manual = ctx.manual
    numbers = [e.number for e in manual.legal]
    for doc in manual.documents:
        for i, number in enumerate(doc.legal_basis):
            at = (doc.origin.path, ("legal_basis", i))
            entry = manual.legal_by_key.get(number_key(number))
            if entry is None and number_key(number) in manual.broken_legal:
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
                since = f" since {entry.expired_on.isoformat()}" if entry.expired_on else ""
                since_vi = f" từ ngày {entry.expired_on.isoformat()}" if entry.expired_on else ""
                yield ctx.at(rules.CITES_EXPIRED, *at, number=entry.number, since=since, since_vi=since_vi)


CHECKS = (register, citations)
