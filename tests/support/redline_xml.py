"""Reading a redline's XML as Word does: every tracked change accepted or rejected, and the text
left, paragraph by paragraph and section by section."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(name))


def part_names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.namelist()


# ---------------------------------------------------------------------------------------------
# Accepting and rejecting every change, on the XML, as Word does


def resolve(root: etree._Element, keep: str) -> etree._Element:
    """Every tracked change accepted (keep="ins") or rejected (keep="del")."""
    drop = "del" if keep == "ins" else "ins"
    for tr in root.xpath(f".//w:tr[w:trPr/w:{drop}]", namespaces=NS):
        tr.getparent().remove(tr)
    for el in root.xpath(f".//w:{drop}[not(parent::w:rPr) and not(parent::w:trPr)]", namespaces=NS):
        el.getparent().remove(el)
    for el in root.xpath(f".//w:{keep}[not(parent::w:rPr) and not(parent::w:trPr)]", namespaces=NS):
        for child in list(el):
            el.addprevious(child)
        el.getparent().remove(el)
    for p in root.xpath(f".//w:p[w:pPr/w:rPr/w:{drop}]", namespaces=NS):  # the mark goes: joins the next
        following = p.getnext()
        content = [c for c in p if c.tag != q("pPr")]
        if content and following is not None and following.tag == q("p"):
            anchor = following.find(q("pPr"))
            for child in reversed(content):
                if anchor is None:
                    following.insert(0, child)
                else:
                    anchor.addnext(child)
        p.getparent().remove(p)
    for el in root.xpath(f".//w:rPr/w:{keep} | .//w:trPr/w:{keep}", namespaces=NS):
        el.getparent().remove(el)
    for t in root.iter(q("delText")):
        t.tag = q("t")
    for t in root.iter(q("delInstrText")):
        t.tag = q("instrText")
    return root


def texts(node: etree._Element) -> list[str]:
    """The text of every paragraph, in order (table cells included), empty ones left out."""
    out = []
    for p in node.iter(q("p")):
        text = "".join(p.xpath(".//w:t/text()", namespaces=NS))
        if text.strip():
            out.append(text)
    return out


def sections(root: etree._Element) -> list[list[etree._Element]]:
    """The body's blocks, section by section (a section ends at a paragraph holding sectPr)."""
    body = root.find(q("body"))
    out, current = [], []
    for child in body:
        if child.tag == q("sectPr"):
            continue
        current.append(child)
        if child.tag == q("p") and child.find(f"{q('pPr')}/{q('sectPr')}") is not None:
            out.append(current)
            current = []
    out.append(current)
    return out


def section_texts(blocks) -> list[str]:
    return [t for b in blocks for t in texts(b)]
