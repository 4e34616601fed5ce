"""`isodocs legal ack`: a reviewer checked a legal change and found no revision needed.

Written like `approve`: every refusal first, then one record in a commit of its own under
approvals/<CODE>/ack-<number>-<n>.yaml. The record holds the hash of the entry's compared fields
(`impact.entry_hash`), so the flag clears until the entry changes again.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from isodocs.history import approve as ap
from isodocs.history.gitwrite import Target, author, commit_files, decided_by, record_file
from isodocs.i18n import Msg
from isodocs.legal.impact import History, entry_hash, impact
from isodocs.load.source import APPROVALS_DIR, GitSource
from isodocs.model import number_key
from isodocs.model.register import analyse
from isodocs.system.files import ascii_name, safe_name


def acknowledge(target: Target, code: str, number: str, by: str, note: str, day: dt.date,
                sign: Callable[[str], str] | None = None) -> ap.Written:
    tip, loaded = ap.committed(target)
    manual = loaded.manual
    if manual is None:
        raise ap.Refused([ap.Refusal("", Msg("the committed isodocs.yaml cannot be read: `isodocs check` says why"))])
    config = manual.config
    refusals = []
    person = config.people.get(by)
    if person is None:
        refusals.append(ap.Refusal("", Msg("`{by}` is not listed under people in isodocs.yaml", by=by)))
    elif by not in config.reviewers and by not in config.approvers:
        refusals.append(ap.Refusal("", Msg("`{by}` is not among roles.reviewers or roles.approvers, so may not acknowledge a legal change", by=by)))
    if not note.strip():
        refusals.append(ap.Refusal(code, Msg("say in --note why no revision is needed")))
    if manual.document(code) is None:
        refusals.append(ap.Refusal(code, Msg("no document has this code in the committed manual")))
    key = number_key(number)
    if not refusals:
        label = f"{target.ref}:{target.subdir}" if target.subdir else target.ref
        history = History(GitSource(target.repo, tip, target.subdir, label))
        found = [f for f in impact(manual, history, day).findings if f.code == code and number_key(f.number) == key]
        if not found:
            refusals.append(ap.Refusal(code, Msg("nothing to acknowledge: the document is not suspect for {number} (`isodocs impact` lists what is)", number=number)))
    if refusals:
        raise ap.Refused(refusals)
    entry = manual.legal_by_key[key]
    register = analyse(manual)
    folder = f"{APPROVALS_DIR}/{safe_name(code)}"
    stem = f"ack-{ascii_name(entry.number)}-"
    taken = {a.origin.path for a in manual.approvals}
    n = 1
    while f"{folder}/{stem}{n}.yaml" in taken:
        n += 1
    path = f"{folder}/{stem}{n}.yaml"
    data = {"code": code, "action": "ack", "number": entry.number, "note": note.strip(),
            "entry": entry_hash(register, entry.number), **decided_by(person, "reviewers" if by in config.reviewers
                                                                  else "approvers", day)}
    message = (f"isodocs legal ack: {code} {entry.number}\n\nReviewed by {person.name} ({by}) on "
               f"{day.isoformat()}: no revision needed.\n{note.strip()}\n")
    commit = commit_files(target, tip, {path: record_file(data)}, author(person), message, sign)
    return ap.Written(str(commit), (path,))
