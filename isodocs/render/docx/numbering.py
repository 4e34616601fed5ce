"""Numbering: every list its own instance in the numbering part, so a second numbered list
starts again at 1."""

from __future__ import annotations

from isodocs.render.docx.openxml import element, mm, sub_element, w

_BULLETS = ("-", "+", "•")
_NUMBERS = (("decimal", "%{n}."), ("lowerLetter", "%{n})"), ("lowerRoman", "%{n}."))


class Numbering:
    """Allocates numbering instances in the document's numbering part."""

    def __init__(self, root):
        """`root`: the numbering part's element, which it adds to."""
        self.root = root
        ids = [int(n.get(w("numId"))) for n in self.root.findall(w("num"))]
        abstract = [int(a.get(w("abstractNumId"))) for a in self.root.findall(w("abstractNum"))]
        self.next_num = max(ids, default=0) + 1
        self._next_abstract = max(abstract, default=-1) + 1
        self._abstract: dict[bool, int] = {}

    def new_list(self, ordered: bool, start: int = 1) -> int:
        abstract = self._abstract.get(ordered)
        if abstract is None:
            abstract = self._abstract[ordered] = self._define(ordered)
        num_id = self.next_num
        self.next_num += 1
        num = sub_element(self.root, "num", numId=num_id)
        sub_element(num, "abstractNumId", val=abstract)
        if ordered:
            for level in range(9):
                override = sub_element(num, "lvlOverride", ilvl=level)
                sub_element(override, "startOverride", val=start if level == 0 else 1)
        return num_id

    def _define(self, ordered: bool) -> int:
        ident = self._next_abstract
        self._next_abstract += 1
        abstract = element("abstractNum", abstractNumId=ident)
        sub_element(abstract, "multiLevelType", val="hybridMultilevel")
        for level in range(9):
            lvl = sub_element(abstract, "lvl", ilvl=level)
            sub_element(lvl, "start", val=1)
            if ordered:
                fmt, text = _NUMBERS[level % 3]
                sub_element(lvl, "numFmt", val=fmt)
                sub_element(lvl, "lvlText", val=text.format(n=level + 1))
            else:
                sub_element(lvl, "numFmt", val="bullet")
                sub_element(lvl, "lvlText", val=_BULLETS[level % 3])
            sub_element(lvl, "lvlJc", val="left")
            ppr = sub_element(lvl, "pPr")
            sub_element(ppr, "ind", left=list_indent(level), hanging=425 if ordered else 284)
        # Every abstractNum must precede every num.
        first_num = self.root.find(w("num"))
        if first_num is None:
            self.root.append(abstract)
        else:
            first_num.addprevious(abstract)
        return ident


def list_indent(level: int) -> int:
    """Left indent of list text at `level` (continuation paragraphs line up with it)."""
    return mm(15) + level * mm(10)
