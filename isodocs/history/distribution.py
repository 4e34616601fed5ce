"""`isodocs distribution`: who holds which revision, and what each holder must give back.

A numbered controlled copy holds the revisions in force on the day it was handed out (its
`issued` in the distribution list; without one, today's build). When a later revision takes
effect, or a document is withdrawn, the revision a holder has must be recalled.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from isodocs.model.lifecycle import start
from isodocs.history.official import Ledger, standing
from isodocs.model import Approval, Copy


@dataclass(frozen=True)
class Holding:
    code: str
    held: Approval | None  # the revision the copy holds (None: the copy lacks the document)
    state: str  # official.STANDINGS of the held revision; "missing" when the copy lacks one in force
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


def _day(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def lines(found: list[Holder], lang: str) -> list[str]:
    vi = lang == "vi"
    if not found:
        return ["isodocs.yaml không có danh sách phân phối (distribution)." if vi
                else "isodocs.yaml has no distribution list."]
    out = []
    for holder in found:
        copy = holder.copy
        who = f"{copy.holder} ({copy.unit})" if copy.unit else copy.holder
        since = (f"phát ngày {_day(copy.issued)}" if vi else f"handed out on {_day(copy.issued)}") if copy.issued \
            else ("chưa ghi ngày phát: theo bản tạo hôm nay" if vi else "no date: as built today")
        out.append(f"{'Bản số' if vi else 'Copy No.'} {copy.number:02d} – {who}, {since}")
        width = max((len(h.code) for h in holder.holdings), default=0)
        for h in holder.holdings:
            out.append(f"  {h.code:<{width}}  {_revision(h.held, vi):<7}  {_action(h, vi)}")
        recalls = sum(h.recall for h in holder.holdings)
        if recalls:
            out.append(f"  → thu hồi {recalls} tài liệu" if vi else f"  → recall {recalls} document(s)")
    return out


def _revision(approval: Approval | None, vi: bool) -> str:
    if approval is None:
        return "—"
    return f"{'lần' if vi else 'rev.'} {approval.revision:02d}"


def _action(h: Holding, vi: bool) -> str:
    now = h.now
    if h.state == "in_force":
        return "còn hiệu lực" if vi else "in force"
    if h.state == "missing":
        return (f"phát bổ sung lần {now.revision:02d}" if vi else f"hand out revision {now.revision:02d}")
    if h.state == "superseded":
        return (f"THU HỒI: thay bằng lần {now.revision:02d} (hiệu lực từ {_day(start(now))})" if vi
                else f"RECALL: superseded by revision {now.revision:02d} (in force since {_day(start(now))})")
    if h.state == "withdrawn":
        return "THU HỒI: tài liệu đã bị thu hồi" if vi else "RECALL: the document was withdrawn"
    return "THU HỒI: không còn hiệu lực" if vi else "RECALL: no longer in force"


def to_json(found: list[Holder]) -> str:
    return json.dumps([{
        "copy": h.copy.number, "holder": h.copy.holder, "unit": h.copy.unit,
        "issued": h.copy.issued.isoformat() if h.copy.issued else None, "holds_revisions_of": h.held_on.isoformat(),
        "documents": [{"code": d.code, "held_revision": d.held.revision if d.held else None, "state": d.state,
                       "in_force_revision": d.now.revision if d.now else None, "recall": d.recall}
                      for d in h.holdings],
        "recall": [d.code for d in h.holdings if d.recall],
    } for h in found], ensure_ascii=False, indent=2)
