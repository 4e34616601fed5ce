"""Tracked changes as Word writes them: runs inside w:ins or w:del (deleted text as w:delText),
a paragraph mark or a table row inserted or deleted, and a paragraph whose words changed. This
module only writes the marks; what changed is decided elsewhere (isodocs.render.docx.merge)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from lxml import etree

from isodocs.diff.words import DELETE, INSERT, Span
from isodocs.render.docx.openxml import NO_BREAK_HYPHEN, clean, esc, fragment, parse_fragments, run, w

INS, DEL = "ins", "del"


@dataclass(frozen=True)
class Revision:
    """Who made the tracked changes and when (ISO 8601, e.g. 2026-01-05T00:00:00Z)."""

    author: str
    date: str


def block_text(el: etree._Element) -> str:
    """The text a block shows: its runs' text, tabs and breaks, paragraphs on their own lines."""
    out = []
    for node in el.iter(w("t"), w("delText"), w("tab"), w("br"), w("p"), w("noBreakHyphen")):
        if node.tag in (w("t"), w("delText")):
            out.append(node.text or "")
        elif node.tag == w("noBreakHyphen"):
            out.append(NO_BREAK_HYPHEN)
        elif node.tag == w("tab"):
            out.append("\t")
        elif node.tag == w("br"):
            out.append("\n")
        elif out:
            out.append("\u2029")
    return "".join(out)


class Marks:
    """The tracked changes of one revision, numbered from `first_id`; `next_id` is where the
    marks of the next document in the same file start (ids are unique in a file)."""

    def __init__(self, revision: Revision, first_id: int = 1):
        self.revision = revision
        self.next_id = first_id

    def _attributes(self) -> str:
        ident = self.next_id
        self.next_id += 1
        return f' w:id="{ident}" w:author="{esc(self.revision.author)}" w:date="{esc(self.revision.date)}"'

    def _stamp(self, el: etree._Element) -> None:
        ident = self.next_id
        self.next_id += 1
        el.set(w("id"), str(ident))
        el.set(w("author"), clean(self.revision.author))
        el.set(w("date"), self.revision.date)

    # -- whole blocks and rows -----------------------------------------------------------------

    def inserted(self, blocks: Iterable[str]) -> list[str]:
        return [self._block(b, INS) for b in blocks]

    def deleted(self, blocks: Iterable[str]) -> list[str]:
        return [self._block(b, DEL) for b in blocks]

    def row(self, tr: etree._Element, op: str) -> str:
        """A table row inserted or deleted whole."""
        tr = copy.deepcopy(tr)
        self._mark(tr, op)
        return fragment(tr)

    def _block(self, block: str, op: str) -> str:
        root = parse_fragments(block)
        self._mark(root, op)
        return "".join(fragment(child) for child in root)

    def _mark(self, root: etree._Element, op: str) -> None:
        """Every row, paragraph mark and run under `root` inserted (deleted)."""
        for tr in list(root.iter(w("tr"))):
            trpr = tr.find(w("trPr"))
            if trpr is None:
                trpr = etree.Element(w("trPr"))
                tr.insert(1 if len(tr) and tr[0].tag == w("tblPrEx") else 0, trpr)
            self._stamp(etree.SubElement(trpr, w(op)))
        for p in list(root.iter(w("p"))):
            self._mark_paragraph(p, op)
        for r in list(root.iter(w("r"))):
            if r.getparent().tag in (w(INS), w(DEL)):
                continue
            wrapper = etree.Element(w(op))
            self._stamp(wrapper)
            r.addprevious(wrapper)
            wrapper.append(r)
            if op == DEL:
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
        self._stamp(mark)
        rpr.insert(0, mark)

    # -- a paragraph's words -------------------------------------------------------------------

    def words(self, old: etree._Element, new: etree._Element, spans: Sequence[Span]) -> str | None:
        """The new paragraph with the word diff `spans` (old text to new) as tracked runs, each
        piece keeping its run's formatting; None when either paragraph holds more than plain
        runs (fields, links, bookmarks), which are then replaced whole."""
        pieces_old, pieces_new = runs_of(old), runs_of(new)
        if pieces_old is None or pieces_new is None:
            return None
        out = []
        at_old = at_new = 0
        for span in spans:
            size = len(span.text)
            if span.op == DELETE:
                out += [f"<w:del{self._attributes()}>{_deleted_run(rpr, t)}</w:del>"
                        for rpr, t in _slice(pieces_old, at_old, size)]
                at_old += size
            elif span.op == INSERT:
                out += [f"<w:ins{self._attributes()}>{_run(rpr, t)}</w:ins>" for rpr, t in _slice(pieces_new, at_new, size)]
                at_new += size
            else:
                out += [_run(rpr, t) for rpr, t in _slice(pieces_new, at_new, size)]
                at_old += size
                at_new += size
        ppr = new.find(w("pPr"))
        return f"<w:p>{fragment(ppr) if ppr is not None else ''}{''.join(out)}</w:p>"


def runs_of(p: etree._Element) -> list[tuple[str, str]] | None:
    """A paragraph of plain runs as (rPr XML, text) pieces; None when it holds anything else."""
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
            elif node.tag == w("noBreakHyphen"):  # a code that must not break: written back as one
                out.append((rpr, NO_BREAK_HYPHEN))
            elif node.tag == w("br") and node.get(w("type")) in (None, "textWrapping"):
                out.append((rpr, "\n"))
            else:
                return None
    return out


def _slice(pieces: list[tuple[str, str]], start: int, size: int) -> list[tuple[str, str]]:
    """The text from `start`, `size` characters long, each piece with its formatting."""
    out: list[tuple[str, str]] = []
    pos, end = 0, start + size
    for rpr, text in pieces:
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


def _run(rpr: str, text: str) -> str:
    return run(text).replace("<w:r>", f"<w:r>{rpr}", 1)


def _deleted_run(rpr: str, text: str) -> str:
    return re.sub(r"<w:t(?=[ >])", "<w:delText", _run(rpr, text)).replace("</w:t>", "</w:delText>")


# CT_Settings children that follow trackRevisions, in schema order.
_AFTER_TRACK_REVISIONS = (
    "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme",
    "styleLockQFSet", "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone",
    "doNotHyphenateCaps", "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle",
    "evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery", "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl",
    "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
    "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
    "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
    "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)


def keep_tracking(settings: etree._Element) -> None:
    """Leave change tracking on (w:trackRevisions), so what a reader edits next is tracked too."""
    if settings.find(w("trackRevisions")) is not None:
        return
    track = etree.Element(w("trackRevisions"))
    later = {w(n) for n in _AFTER_TRACK_REVISIONS}
    for child in settings:
        if child.tag in later:
            child.addprevious(track)
            return
    settings.append(track)
