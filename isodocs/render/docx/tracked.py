"""Tracked changes (the redline): w:ins / w:del runs, paragraph marks and table rows."""

from __future__ import annotations

import copy
import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from lxml import etree

from isodocs.render.docx.openxml import clean, esc, fragment, parse_fragments, run, w
from isodocs.render.docx.tables import is_table


@dataclass(frozen=True)
class Revision:
    """Who made the tracked changes and when (ISO 8601, e.g. 2026-01-05T00:00:00Z)."""

    author: str
    date: str


def _block_text(el: etree._Element) -> str:
    """The text a block shows: its runs' text, tabs and breaks, paragraphs on their own lines."""
    out = []
    for node in el.iter(w("t"), w("delText"), w("tab"), w("br"), w("p")):
        if node.tag in (w("t"), w("delText")):
            out.append(node.text or "")
        elif node.tag == w("tab"):
            out.append("\t")
        elif node.tag == w("br"):
            out.append("\n")
        elif out:
            out.append("\u2029")
    return "".join(out)


class Tracker:
    """Compares two renderings (lists of body blocks: paragraphs and tables) and gives the new one
    with every difference as a tracked change: accepting all gives the new blocks' text,
    rejecting all the old ones'. Paragraphs are compared word by word, tables row by row and
    cell by cell; ids are unique across everything one tracker marks."""

    def __init__(self, revision: Revision, first_id: int = 1, word_diff=None):
        self.revision = revision
        self.next_id = first_id
        self.word_diff = word_diff  # (old, new) -> spans with .op (equal|delete|insert) and .text

    def _attrs(self) -> str:
        ident = self.next_id
        self.next_id += 1
        return f' w:id="{ident}" w:author="{esc(self.revision.author)}" w:date="{esc(self.revision.date)}"'

    def _set(self, el: etree._Element) -> None:
        ident = self.next_id
        self.next_id += 1
        el.set(w("id"), str(ident))
        el.set(w("author"), clean(self.revision.author))
        el.set(w("date"), self.revision.date)

    # -- whole blocks --------------------------------------------------------------------------

    def inserted(self, blocks: Iterable[str]) -> list[str]:
        return [self._mark(b, "ins") for b in blocks]

    def deleted(self, blocks: Iterable[str]) -> list[str]:
        return [self._mark(b, "del") for b in blocks]

    def _mark(self, block: str, op: str) -> str:
        root = parse_fragments(block)
        self._mark_tree(root, op)
        return "".join(fragment(child) for child in root)

    def _mark_tree(self, root: etree._Element, op: str) -> None:
        for tr in list(root.iter(w("tr"))):
            self._mark_row(tr, op)
        for p in list(root.iter(w("p"))):
            self._mark_paragraph(p, op)
        for r in list(root.iter(w("r"))):
            parent = r.getparent()
            if parent.tag in (w("ins"), w("del")):
                continue
            wrapper = etree.Element(w(op))
            self._set(wrapper)
            r.addprevious(wrapper)
            wrapper.append(r)
            if op == "del":
                for t in r.findall(w("t")):
                    t.tag = w("delText")
                for t in r.findall(w("instrText")):
                    t.tag = w("delInstrText")

    def _mark_paragraph(self, p: etree._Element, op: str) -> None:
        ppr = p.find(w("pPr"))
        if ppr is None:
            ppr = etree.Element(w("pPr"))
            p.insert(0, ppr)
        rpr = ppr.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            after = [c for c in ppr if c.tag in (w("sectPr"), w("pPrChange"))]
            if after:
                after[0].addprevious(rpr)
            else:
                ppr.append(rpr)
        mark = etree.Element(w(op))
        self._set(mark)
        rpr.insert(0, mark)

    def _mark_row(self, tr: etree._Element, op: str) -> None:
        trpr = tr.find(w("trPr"))
        if trpr is None:
            trpr = etree.Element(w("trPr"))
            at = 1 if len(tr) and tr[0].tag == w("tblPrEx") else 0
            tr.insert(at, trpr)
        mark = etree.SubElement(trpr, w(op))
        self._set(mark)

    # -- comparison ----------------------------------------------------------------------------

    def blocks(self, old: Sequence[str], new: Sequence[str]) -> list[str]:
        olds = [parse_fragments(b)[0] if b else None for b in old]
        news = [parse_fragments(b)[0] if b else None for b in new]
        keys_o = [_key(e) for e in olds]
        keys_n = [_key(e) for e in news]
        out: list[str] = []
        matcher = difflib.SequenceMatcher(None, keys_o, keys_n, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                out += [str(b) for b in new[j1:j2]]
            else:
                out += self._replace(list(old[i1:i2]), olds[i1:i2], list(new[j1:j2]), news[j1:j2])
        return out

    def _replace(self, old, olds, new, news) -> list[str]:
        out: list[str] = []
        for i, j in _align(len(olds), len(news), lambda i, j: _pairable(olds[i], news[j])):
            if j is None:
                out += self.deleted([old[i]])
            elif i is None:
                out += self.inserted([new[j]])
            else:
                out += self._pair(old[i], olds[i], new[j], news[j])
        return out

    def _pair(self, old: str, o: etree._Element, new: str, n: etree._Element) -> list[str]:
        if n.tag == w("tbl"):
            return [self._table(o, n)]
        if _block_text(o) == _block_text(n):
            return [str(new)]
        segments_o, segments_n = _segments(o), _segments(n)
        if segments_o is None or segments_n is None or self.word_diff is None:
            return self.deleted([old]) + self.inserted([new])
        text_o = "".join(t for _, t in segments_o)
        text_n = "".join(t for _, t in segments_n)
        runs = []
        pos_o = pos_n = 0
        for span in self.word_diff(text_o, text_n):
            size = len(span.text)
            if span.op == "delete":
                pieces = _slice(segments_o, pos_o, size)
                pos_o += size
                runs += [f"<w:del{self._attrs()}>{_deleted_run(rpr, t)}</w:del>" for rpr, t in pieces]
            elif span.op == "insert":
                pieces = _slice(segments_n, pos_n, size)
                pos_n += size
                runs += [f"<w:ins{self._attrs()}>{_rpr_run(rpr, t)}</w:ins>" for rpr, t in pieces]
            else:
                pieces = _slice(segments_n, pos_n, size)
                pos_o += size
                pos_n += size
                runs += [_rpr_run(rpr, t) for rpr, t in pieces]
        ppr = n.find(w("pPr"))
        return [f"<w:p>{fragment(ppr) if ppr is not None else ''}{''.join(runs)}</w:p>"]

    def _table(self, o: etree._Element, n: etree._Element) -> str:
        rows_o, rows_n = o.findall(w("tr")), n.findall(w("tr"))
        keys_o = [_block_text(r) for r in rows_o]
        keys_n = [_block_text(r) for r in rows_n]
        out = [fragment(c) for c in n if c.tag != w("tr")]
        matcher = difflib.SequenceMatcher(None, keys_o, keys_n, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                out += [fragment(r) for r in rows_n[j1:j2]]
                continue
            def score(i, j):
                o, n = rows_o[i1 + i], rows_n[j1 + j]
                if len(o.findall(w("tc"))) != len(n.findall(w("tc"))):
                    return 0.0
                ratio = difflib.SequenceMatcher(None, keys_o[i1 + i], keys_n[j1 + j], autojunk=False).ratio()
                return ratio if ratio >= 0.4 else 0.0

            for i, j in _align(i2 - i1, j2 - j1, score):
                if j is None:
                    out.append(self._marked_row(rows_o[i1 + i], "del"))
                elif i is None:
                    out.append(self._marked_row(rows_n[j1 + j], "ins"))
                else:
                    out.append(self._row(rows_o[i1 + i], rows_n[j1 + j]))
        return "<w:tbl>" + "".join(out) + "</w:tbl>"

    def _marked_row(self, tr: etree._Element, op: str) -> str:
        tr = copy.deepcopy(tr)
        self._mark_tree(tr, op)
        return fragment(tr)

    def _row(self, o: etree._Element, n: etree._Element) -> str:
        out = [fragment(c) for c in n if c.tag != w("tc")]
        for tc_o, tc_n in zip(o.findall(w("tc")), n.findall(w("tc"))):
            content_o = [fragment(c) for c in tc_o if c.tag in (w("p"), w("tbl"))]
            content_n = [fragment(c) for c in tc_n if c.tag in (w("p"), w("tbl"))]
            props = tc_n.find(w("tcPr"))
            blocks = self.blocks(content_o, content_n)
            if not blocks or is_table(blocks[-1]):
                blocks.append("<w:p/>")
            out.append(f"<w:tc>{fragment(props) if props is not None else ''}{''.join(blocks)}</w:tc>")
        return "<w:tr>" + "".join(out) + "</w:tr>"


def _align(n_old: int, n_new: int, score) -> list[tuple[int | None, int | None]]:
    """Old and new items in order: pairs (i, j) chosen for the highest total score (pairs
    scoring 0 are never made), the rest alone, an old item before a new one at the same place."""
    best = [[0.0] * (n_new + 1) for _ in range(n_old + 1)]
    scores = [[score(i, j) for j in range(n_new)] for i in range(n_old)]
    for i in range(n_old - 1, -1, -1):
        for j in range(n_new - 1, -1, -1):
            pair = scores[i][j] + best[i + 1][j + 1] if scores[i][j] > 0 else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    out: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n_old and j < n_new:
        if scores[i][j] > 0 and best[i][j] == scores[i][j] + best[i + 1][j + 1]:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            out.append((i, None))
            i += 1
        else:
            out.append((None, j))
            j += 1
    out += [(k, None) for k in range(i, n_old)] + [(None, k) for k in range(j, n_new)]
    return out


def _key(el) -> tuple[str, str]:
    if el is None:
        return ("", "")
    return (etree.QName(el).localname, _block_text(el))


def _pairable(o, n) -> float:
    """How alike two blocks are, 0 when they should not be compared part by part."""
    if o is None or n is None or o.tag != n.tag:
        return 0.0
    if o.tag == w("tbl"):
        cols = lambda t: len(t.findall(f"{w('tblGrid')}/{w('gridCol')}"))  # noqa: E731
        return 0.5 if cols(o) == cols(n) else 0.0
    ratio = difflib.SequenceMatcher(None, _block_text(o), _block_text(n), autojunk=False).ratio()
    return ratio if ratio >= 0.4 else 0.0


def _segments(p: etree._Element):
    """A paragraph of plain runs as (rPr XML, text) pieces; None when it holds anything else
    (fields, links, bookmarks), which is then replaced whole."""
    out = []
    for child in p:
        if child.tag == w("pPr"):
            continue
        if child.tag != w("r"):
            return None
        rpr = ""
        for node in child:
            if node.tag == w("rPr"):
                rpr = fragment(node)
            elif node.tag == w("t"):
                out.append((rpr, node.text or ""))
            elif node.tag == w("tab"):
                out.append((rpr, "\t"))
            elif node.tag == w("br") and node.get(w("type")) in (None, "textWrapping"):
                out.append((rpr, "\n"))
            else:
                return None
    return out


def _slice(segments, start: int, size: int) -> list[tuple[str, str]]:
    """The pieces of text from `start`, `size` characters long, each with its formatting."""
    out, pos, end = [], 0, start + size
    for rpr, text in segments:
        a, b = max(start, pos), min(end, pos + len(text))
        if a < b:
            piece = text[a - pos:b - pos]
            if out and out[-1][0] == rpr:
                out[-1] = (rpr, out[-1][1] + piece)
            else:
                out.append((rpr, piece))
        pos += len(text)
        if pos >= end:
            break
    return out


def _rpr_run(rpr: str, text: str) -> str:
    return run(text).replace("<w:r>", f"<w:r>{rpr}", 1)


def _deleted_run(rpr: str, text: str) -> str:
    xml = _rpr_run(rpr, text)
    return re.sub(r"<w:t(?=[ >])", "<w:delText", xml).replace("</w:t>", "</w:delText>")
