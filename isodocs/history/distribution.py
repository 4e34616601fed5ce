"""`isodocs distribution`: who holds which revision, and what each holder must give back.

A numbered controlled copy holds the revisions in force on the day it was handed out (its
`issued` in the distribution list; without one, today's build). When a later revision takes
effect, or a document is withdrawn, the revision a holder has must be recalled.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from isodocs.history.official import Ledger, Standing, standing
from isodocs.model import Approval, Copy


@dataclass(frozen=True)
class Holding:
    code: str
    held: Approval | None  # the revision the copy holds (None: the copy lacks the document)
    state: Standing | Literal["missing"]  # "missing": the copy lacks the revision in force
    now: Approval | None  # the revision in force today

    @property
    def recall(self) -> bool:
        return self.held is not None and self.state != "in_force"


@dataclass(frozen=True)
class Holder:
    copy: Copy
    held_on: dt.date  # the day whose revisions the copy holds
    holdings: tuple[Holding, ...]


def holders(copies: tuple[Copy, ...], book: Ledger, today: dt.date) -> list[Holder]:
    found = []
    for copy in sorted(copies, key=lambda c: c.number):
        held_on = copy.issued or today
        holdings = []
        for code in book.codes:
            held = book.in_force(code, held_on)
            if held is not None:
                holdings.append(Holding(code, held, *standing(book, code, held.content, today)))
            elif (now := book.in_force(code, today)) is not None:
                holdings.append(Holding(code, None, "missing", now))
        found.append(Holder(copy, held_on, tuple(holdings)))
    return found
