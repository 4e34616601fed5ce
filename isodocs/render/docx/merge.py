"""Two renderings of a document made one: the new revision as it is issued, with every difference
from the old as a tracked change, so that accepting every change gives the new revision's text
and rejecting every change the old one's.

What pairs with what is the data diff's decision, not a second comparison: blocks and table
rows pair by their keys (isodocs.render.docx.keys: list items as the diff paired them, Markdown
paragraphs as its word diff aligned them), and a paired paragraph that reads differently shows
the diff's own word diff (isodocs.diff.words). Blocks without a key (the fixed parts of the
layout, the content of a table cell) pair in order with the unkeyed blocks of the other side,
between the same keyed neighbours, while they are of the same kind. Formatting alone is not
tracked: a paired block whose text is the same is the new one.
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from lxml import etree

from isodocs.diff.words import DELETE, EQUAL, INSERT, Span, word_diff
from isodocs.render.docx.keys import key_of, row_keys
from isodocs.render.docx.openxml import fragment, parse_fragments, w
from isodocs.render.docx.tables import is_table
from isodocs.render.docx.tracked import DEL, INS, Marks, block_text

_WORD = re.compile(r"\w")
Step = tuple[int | None, int | None]  # (old, new): both for a pair, one for an item on one side only


def merged(marks: Marks, old: Sequence[str], new: Sequence[str]) -> list[str]:
    """The blocks (paragraphs and tables) of both renderings as one, the differences tracked."""
    out: list[str] = []
    steps = pair([key_of(b) for b in old], [key_of(b) for b in new], [_kind(b) for b in old], [_kind(b) for b in new])
    for i, j in steps:
        if j is None:
            out += marks.deleted([old[i]])
        elif i is None:
            out += marks.inserted([new[j]])
        else:
            out += _block(marks, old[i], new[j])
    return out


def pair(old: Sequence[tuple | None], new: Sequence[tuple | None], old_kinds: Sequence[str],
         new_kinds: Sequence[str]) -> list[Step]:
    """Both sequences in order, as steps: items with the same key paired (the most pairs that
    keep both orders), then the unkeyed items between two pairs paired in order while their
    kinds agree; at each place, what only the old side has comes before what only the new has."""
    links: list[tuple[int, int]] = []
    i = j = 0
    for a, b in [*_anchors(old, new), (len(old), len(new))]:
        loose_old = [k for k in range(i, a) if old[k] is None]
        loose_new = [k for k in range(j, b) if new[k] is None]
        for x, y in zip(loose_old, loose_new):
            if old_kinds[x] != new_kinds[y]:
                break
            links.append((x, y))
        if a < len(old):
            links.append((a, b))
        i, j = a + 1, b + 1
    steps: list[Step] = []
    i = j = 0
    for x, y in [*links, (len(old), len(new))]:
        steps += [(k, None) for k in range(i, x)] + [(None, k) for k in range(j, y)]
        if x < len(old):
            steps.append((x, y))
        i, j = x + 1, y + 1
    return steps


def _anchors(old: Sequence[tuple | None], new: Sequence[tuple | None]) -> list[tuple[int, int]]:
    """Items of the same key on both sides, as many as can pair without crossing (a key is
    normally in the same order on both sides; should it not be, the fewest are left unpaired)."""
    where: dict[tuple, list[int]] = {}
    for i, key in enumerate(old):
        if key is not None:
            where.setdefault(key, []).append(i)
    seen: dict[tuple, int] = {}
    candidates = []  # in the new side's order: (old index, new index)
    for j, key in enumerate(new):
        if key is not None and key in where:
            n = seen[key] = seen.get(key, -1) + 1
            if n < len(where[key]):
                candidates.append((where[key][n], j))
    return _increasing(candidates)


def _increasing(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of candidates whose old indices increase (their new ones already do)."""
    tails: list[int] = []  # tails[k]: old index ending the best run of length k + 1
    ends: list[int] = []  # the candidate ending it
    before: list[int | None] = []
    for n, (i, _) in enumerate(candidates):
        k = bisect.bisect_left(tails, i)
        if k == len(tails):
            tails.append(i)
            ends.append(n)
        else:
            tails[k], ends[k] = i, n
        before.append(ends[k - 1] if k else None)
    out = []
    n = ends[-1] if ends else None
    while n is not None:
        out.append(candidates[n])
        n = before[n]
    return out[::-1]


def _kind(block: str) -> str:
    return "tbl" if is_table(block) else "p"


def _block(marks: Marks, old: str, new: str) -> list[str]:
    """A paired block: the new one, its differences from the old tracked."""
    if str(old) == str(new):
        return [new]
    o, n = parse_fragments(old)[0], parse_fragments(new)[0]
    if o.tag != n.tag:
        return marks.deleted([old]) + marks.inserted([new])
    if n.tag == w("tbl"):
        return _table(marks, old, o, new, n)
    before, after = block_text(o), block_text(n)
    if before == after:
        return [new]
    tracked = marks.words(o, n, _spans(before, after))
    return [tracked] if tracked is not None else marks.deleted([old]) + marks.inserted([new])


def _spans(before: str, after: str) -> tuple[Span, ...]:
    """The word diff of a paragraph; one that keeps no word of the old text (only spaces or
    punctuation) reads as the old text replaced whole, as the diff shows a value replaced."""
    spans = word_diff(before, after)
    if any(span.op == EQUAL and _WORD.search(span.text) for span in spans):
        return spans
    return tuple(Span(op, text) for op, text in ((DELETE, before), (INSERT, after)) if text)


def _table(marks: Marks, old: str, o: etree._Element, new: str, n: etree._Element) -> list[str]:
    def columns(t: etree._Element) -> int:
        return len(t.findall(f"{w('tblGrid')}/{w('gridCol')}"))

    if columns(o) != columns(n):  # another layout: the old table goes, the new one comes
        return marks.deleted([old]) + marks.inserted([new])
    rows_o, rows_n = o.findall(w("tr")), n.findall(w("tr"))
    keys_o, keys_n = row_keys(old), row_keys(new)
    if len(keys_o) != len(rows_o) or len(keys_n) != len(rows_n):
        keys_o, keys_n = (None,) * len(rows_o), (None,) * len(rows_n)
    out = [fragment(c) for c in n if c.tag != w("tr")]
    for i, j in pair(keys_o, keys_n, ["tr"] * len(rows_o), ["tr"] * len(rows_n)):
        if j is None:
            out.append(marks.row(rows_o[i], DEL))
        elif i is None:
            out.append(marks.row(rows_n[j], INS))
        else:
            out += _row(marks, rows_o[i], rows_n[j])
    return ["<w:tbl>" + "".join(out) + "</w:tbl>"]


def _row(marks: Marks, o: etree._Element, n: etree._Element) -> list[str]:
    cells_o, cells_n = o.findall(w("tc")), n.findall(w("tc"))
    if len(cells_o) != len(cells_n):  # cells that do not line up: the old row goes, the new one comes
        return [marks.row(o, DEL), marks.row(n, INS)]
    out = [fragment(c) for c in n if c.tag != w("tc")]
    for tc_o, tc_n in zip(cells_o, cells_n):
        blocks = merged(marks, [fragment(c) for c in tc_o if c.tag in (w("p"), w("tbl"))],
                        [fragment(c) for c in tc_n if c.tag in (w("p"), w("tbl"))])
        if not blocks or is_table(blocks[-1]):
            blocks.append("<w:p/>")  # a cell must end with a paragraph
        props = tc_n.find(w("tcPr"))
        out.append(f"<w:tc>{fragment(props) if props is not None else ''}{''.join(blocks)}</w:tc>")
    return ["<w:tr>" + "".join(out) + "</w:tr>"]
