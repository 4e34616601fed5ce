"""The only module that writes raw WordprocessingML: everything else composes these builders.

Body content is built as XML text: each builder returns a fragment (`w:` and `r:` prefixes,
declared once on the document root), and the document part is written from the fragments
without ever holding them as a tree. Building elements one by one with lxml took 6 µs an
element and a tree of hundreds of MiB for a province's manual; text is several times faster
and as small as the output. Package parts (styles, settings, numbering, headers) are small and
edited with lxml. Lengths are twips (1/20 pt) unless named otherwise; font sizes are points.
"""

from __future__ import annotations

import copy
import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Mapping, Sequence

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import oxml_parser
from docx.parts.numbering import NumberingPart
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSMAP = {"w": W_NS, "r": R_NS}
NS_DECLARATIONS = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

TWIPS_PER_MM = 1440 / 25.4


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def mm(value: float) -> int:
    return round(value * TWIPS_PER_MM)


_VAL = w("val")


def _sub(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    return etree.SubElement(parent, w(tag), {w(k): str(v) for k, v in attrs.items()})


def _el(tag: str, **attrs: object) -> etree._Element:
    return etree.Element(w(tag), {w(k): str(v) for k, v in attrs.items()}, nsmap=NSMAP)


# ---------------------------------------------------------------------------------------------
# Text

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def clean(text: str) -> str:
    """NFC (Vietnamese must compare and print alike) without characters XML cannot hold."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _NOT_XML.sub("", text)


def esc(text: str) -> str:
    """Text made safe for XML content and attribute values."""
    return clean(text).translate(_ESCAPES)


@dataclass(frozen=True)
class Font:
    """Direct run formatting, for the few places that need it beyond styles."""

    bold: bool = False
    italic: bool = False
    strike: bool = False
    size: float = 0  # points; 0 keeps the style's
    color: str = ""  # hex RRGGBB
    style: str = ""  # character style id


PLAIN = Font()


@lru_cache(maxsize=None)
def _rpr(font: Font) -> str:
    if font == PLAIN:
        return ""
    half = round(font.size * 2)
    return "".join((
        "<w:rPr>",
        f'<w:rStyle w:val="{esc(font.style)}"/>' if font.style else "",
        "<w:b/>" if font.bold else "",
        "<w:i/>" if font.italic else "",
        "<w:strike/>" if font.strike else "",
        f'<w:color w:val="{font.color}"/>' if font.color else "",
        f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>' if font.size else "",
        "</w:rPr>",
    ))


def _t(text: str) -> str:
    if text[0] == " " or text[-1] == " ":
        return f'<w:t xml:space="preserve">{text}</w:t>'
    return f"<w:t>{text}</w:t>"


def run(text: str, font: Font = PLAIN) -> str:
    """A run; line feeds become line breaks and tabs real tabs."""
    text = esc(text)
    if "\n" in text or "\t" in text:
        body = "<w:br/>".join("<w:tab/>".join(_t(p) if p else "" for p in line.split("\t"))
                              for line in text.split("\n"))
    else:
        body = _t(text) if text else ""
    return f"<w:r>{_rpr(font)}{body}</w:r>"


def line_break() -> str:
    return "<w:r><w:br/></w:r>"


def field(instruction: str, shown: str = "", font: Font = PLAIN, dirty: bool = False) -> str:
    """A complex field (PAGE, SECTIONPAGES, PAGEREF...) with `shown` as its last result."""
    rpr = _rpr(font)
    return field_start(instruction, rpr, dirty) + run(shown, font) + field_end(rpr)


def field_start(instruction: str, rpr: str = "", dirty: bool = False) -> str:
    """The opening of a field; a TOC's result then spans several paragraphs."""
    mark = ' w:dirty="true"' if dirty else ""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"{mark}/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>')


def field_end(rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'


def bookmark(ident: int, name: str) -> str:
    """A bookmark on one point (nothing between its start and end), for a PAGEREF to find."""
    return f'<w:bookmarkStart w:id="{ident}" w:name="{esc(name)}"/><w:bookmarkEnd w:id="{ident}"/>'


def hyperlink(children: str, *, rid: str = "", anchor: str = "") -> str:
    """A link to a relationship (external address) or to a bookmark in the document."""
    target = f' r:id="{esc(rid)}"' if rid else f' w:anchor="{esc(anchor)}" w:history="1"'
    return f"<w:hyperlink{target}>{children}</w:hyperlink>"




# ---------------------------------------------------------------------------------------------
# Paragraphs


@dataclass(frozen=True)
class Para:
    """Paragraph properties beyond the style."""

    style: str = ""
    align: str = ""  # left, center, right, both
    keep_next: bool = False
    numbering: tuple[int, int] | None = None  # (numId, level)
    left: int | None = None  # indent
    first_line: int | None = None
    before: int | None = None  # spacing
    after: int | None = None
    rule_below: bool = False  # a real line under the paragraph (NĐ 30: no dashes)
    box: bool = False  # a border all round (a stamp)
    mark_size: float = 0  # size of the paragraph mark, points: a tiny section-break paragraph


@lru_cache(maxsize=None)
def _ppr(props: Para, section: str = "") -> str:
    """pPr with its children in the order CT_PPr requires (sectPr after rPr)."""
    if props == Para() and not section:
        return ""
    parts = ["<w:pPr>"]
    if props.style:
        parts.append(f'<w:pStyle w:val="{esc(props.style)}"/>')
    if props.keep_next:
        parts.append("<w:keepNext/>")
    if props.numbering:
        parts.append(f'<w:numPr><w:ilvl w:val="{props.numbering[1]}"/><w:numId w:val="{props.numbering[0]}"/></w:numPr>')
    if props.rule_below or props.box:
        sides = ("top", "left", "bottom", "right") if props.box else ("bottom",)
        size = 8 if props.box else 6
        parts.append("<w:pBdr>" + "".join(f'<w:{s} w:val="single" w:sz="{size}" w:space="1" w:color="auto"/>'
                                          for s in sides) + "</w:pBdr>")
    if props.before is not None or props.after is not None:
        before = f' w:before="{props.before}"' if props.before is not None else ""
        after = f' w:after="{props.after}"' if props.after is not None else ""
        parts.append(f"<w:spacing{before}{after}/>")
    if props.left is not None or props.first_line is not None:
        left = ""
        if props.left is not None:  # a rule below is centred: the same indent on the right
            left = f' w:left="{props.left}" w:right="{props.left if props.rule_below else 0}"'
        first = f' w:firstLine="{props.first_line}"' if props.first_line is not None else ""
        parts.append(f"<w:ind{left}{first}/>")
    if props.align:
        parts.append(f'<w:jc w:val="{props.align}"/>')
    if props.mark_size:
        parts.append(f'<w:rPr><w:sz w:val="{round(props.mark_size * 2)}"/></w:rPr>')
    parts.append(section)
    parts.append("</w:pPr>")
    return "".join(parts)


def paragraph(children: str | Iterable[str] = "", props: Para = Para()) -> str:
    content = children if isinstance(children, str) else "".join(children)
    return f"<w:p>{_ppr(props)}{content}</w:p>"


def text_paragraph(text: str, props: Para = Para(), font: Font = PLAIN) -> str:
    return paragraph(run(text, font) if text else "", props)


def page_break() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


class Heading(str):
    """A heading paragraph's XML that remembers its level and text (for the contents)."""

    level: int
    text: str

    def __new__(cls, level: int, content: str, text: str) -> "Heading":
        self = super().__new__(cls, paragraph(content, Para(style=f"Heading{level}")))
        self.level, self.text = level, text
        return self


def heading(level: int, text: str) -> Heading:
    return Heading(level, run(text), text)


class Contents:
    """A table of contents: bookmarks the headings it lists, then gives its field.

    The field's result is filled in already, each entry linked to its heading, so the contents
    read right before any program updates the field. Level-1 entries (documents, each
    numbering its pages from 1) carry no page number; deeper ones the page in their document.
    """

    def __init__(self, levels: int):
        self.levels = levels
        self.entries: list[str] = []

    @property
    def bookmarks(self) -> int:
        """How many bookmarks it placed: their ids are 1 to this number."""
        return len(self.entries)

    def mark(self, blocks: Iterable[str]) -> Iterator[str]:
        """The blocks, headings it lists bookmarked."""
        for block in blocks:
            if isinstance(block, Heading) and block.level <= self.levels:
                ident = len(self.entries) + 1
                name = f"_Toc{ident:08d}"
                content = run(block.text)
                if block.level > 1:
                    content += run("\t") + field(f"PAGEREF {name} \\h")
                self.entries.append(paragraph(hyperlink(content, anchor=name), Para(style=f"TOC{block.level}")))
                block = _at_end(_at_start(block, f'<w:bookmarkStart w:id="{ident}" w:name="{name}"/>'),
                                f'<w:bookmarkEnd w:id="{ident}"/>')
            yield block

    def field(self, placeholder: str) -> list[str]:
        """The TOC field: its entries, or `placeholder` when there are none."""
        entries = list(self.entries) or [text_paragraph(placeholder)]
        instruction = f'TOC \\o "1-{self.levels}" \\h \\z \\u \\n "1-1"'
        entries[0] = _at_start(entries[0], field_start(instruction, dirty=True))
        entries[-1] = _at_end(entries[-1], field_end())
        return entries


def _at_start(p: str, xml: str) -> str:
    """`xml` inserted as a paragraph's first content (after its properties)."""
    end = p.find("</w:pPr>")
    at = end + len("</w:pPr>") if end >= 0 else len("<w:p>")
    return p[:at] + xml + p[at:]


def _at_end(p: str, xml: str) -> str:
    return p[: -len("</w:p>")] + xml + "</w:p>"


# ---------------------------------------------------------------------------------------------
# Tables


@dataclass(frozen=True)
class Cell:
    blocks: tuple[str, ...]  # paragraphs and tables
    span: int = 1  # grid columns covered
    merge: str = ""  # vertical merge: "restart" starts, "continue" continues the cell above
    shade: str = ""  # fill, hex RRGGBB
    valign: str = ""  # top, center, bottom


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    header: bool = False  # repeated at the top of each page
    height: int = 0  # minimum height
    keep: bool = True  # never split across pages


_BORDERS = "<w:tblBorders>" + "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"


def is_table(block: str) -> bool:
    return block.startswith("<w:tbl>")


def table(widths: Sequence[int], rows: Iterable[Row], style: str = "", *, borders: bool = True) -> str:
    """A fixed-layout table; widths of the grid columns."""
    out = ["<w:tbl><w:tblPr>"]
    if style:
        out.append(f'<w:tblStyle w:val="{esc(style)}"/>')
    out.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>')
    if borders:
        out.append(_BORDERS)
    out.append('<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
               'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>')
    out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
    out.append("</w:tblGrid>")
    for row in rows:
        out.append("<w:tr>")
        if row.header or row.height or row.keep:
            out.append("<w:trPr>")
            if row.keep:
                out.append("<w:cantSplit/>")
            if row.height:
                out.append(f'<w:trHeight w:val="{row.height}" w:hRule="atLeast"/>')
            if row.header:
                out.append("<w:tblHeader/>")
            out.append("</w:trPr>")
        col = 0
        for cell in row.cells:
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths[col:col + cell.span])}" w:type="dxa"/>')
            if cell.span > 1:
                out.append(f'<w:gridSpan w:val="{cell.span}"/>')
            if cell.merge:
                out.append(f'<w:vMerge w:val="{cell.merge}"/>')
            if cell.shade:
                out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.shade}"/>')
            if cell.valign:
                out.append(f'<w:vAlign w:val="{cell.valign}"/>')
            out.append("</w:tcPr>")
            out.extend(cell.blocks)
            if not cell.blocks or is_table(cell.blocks[-1]):
                out.append("<w:p/>")  # a cell must end with a paragraph
            out.append("</w:tc>")
            col += cell.span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Sections, the document part, headers


def base_section(body: etree._Element) -> etree._Element:
    """The body's section properties, kept as the page layout of every section, without the
    reference document's own headers and footers."""
    found = body.find(w("sectPr"))
    sect = copy.deepcopy(found) if found is not None else _default_section()
    for tag in ("headerReference", "footerReference", "titlePg", "pgNumType"):
        for el in sect.findall(w(tag)):
            sect.remove(el)
    return sect


def _default_section() -> etree._Element:
    sect = _el("sectPr")
    _sub(sect, "pgSz", w=11906, h=16838)
    _sub(sect, "pgMar", top=mm(20), right=mm(15), bottom=mm(20), left=mm(30), header=mm(10), footer=mm(10), gutter=0)
    return sect


def text_width(sect: etree._Element) -> int:
    size, margins = sect.find(w("pgSz")), sect.find(w("pgMar"))
    page = int(size.get(w("w"), 11906)) if size is not None else 11906
    if margins is None:
        return page - mm(45)
    return page - sum(int(margins.get(w(k), 0)) for k in ("left", "right", "gutter"))


# Children of CT_SectPr that come before pgNumType, in schema order.
_SECT_BEFORE_PGNUM = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz",
                      "pgMar", "paperSrc", "pgBorders", "lnNumType")


def section(base: etree._Element, *, header: str = "", restart_pages: bool = False) -> str:
    """Properties of one section: the base layout, its own header, page numbers from 1."""
    sect = copy.deepcopy(base)
    if header:
        ref = _el("headerReference", type="default")
        ref.set(f"{{{R_NS}}}id", header)
        sect.insert(0, ref)
    if restart_pages:
        before = {w(n) for n in _SECT_BEFORE_PGNUM}
        position = max((i + 1 for i, child in enumerate(sect) if child.tag in before), default=0)
        sect.insert(position, _el("pgNumType", start=1))
    return _fragment(sect)


def _fragment(element: etree._Element) -> str:
    """An element as a fragment under the document root (which declares w: and r:)."""
    text = etree.tostring(element, encoding="unicode")
    return text.replace(f' xmlns:w="{W_NS}"', "").replace(f' xmlns:r="{R_NS}"', "")


def section_break(sect: str, mark: str = "") -> str:
    """The tiny paragraph that ends a section: its properties live in its pPr, and `mark` (a
    bookmark) in it is on the section's last page. The last section's properties close the
    body instead: with `sect` empty the paragraph only carries the mark."""
    return f"<w:p>{_ppr(Para(before=0, after=0, mark_size=1), sect)}{mark}</w:p>"


def document_xml(blocks: Iterable[str | bytes], last_section: str) -> Iterator[bytes]:
    """The main document part, in pieces (it never needs to exist whole)."""
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS_DECLARATIONS}><w:body>'.encode()
    for block in blocks:
        yield block if isinstance(block, bytes) else block.encode()
    yield f"{last_section}</w:body></w:document>".encode()


class Relations:
    """New relationships of the main document part: headers and hyperlinks.

    Ids and part names are chosen here: python-docx looks for a free id, a free part name and
    an existing equal relationship by walking them all, quadratic in the number of documents.
    """

    def __init__(self, document_part):
        self.part = document_part
        self.links: dict[str, str] = {}
        self.headers = 0
        # The reference document's own headers and footers are never used: unreferenced,
        # they are not saved, and their part names are free for ours.
        drop_relationships(document_part, (RT.HEADER, RT.FOOTER))

    def _add(self, reltype: str, target, external: bool = False) -> str:
        rid = f"rIdIso{len(self.part.rels) + 1}"
        while rid in self.part.rels:
            rid += "x"
        self.part.rels.add_relationship(reltype, target, rid, is_external=external)
        return rid

    def link(self, url: str) -> str:
        """The id of an external hyperlink (the same address shares one)."""
        if url not in self.links:
            self.links[url] = self._add(RT.HYPERLINK, url, external=True)
        return self.links[url]

    def header(self, blocks: Iterable[str]) -> str:
        """A new header part holding `blocks`; returns its relationship id."""
        self.headers += 1
        content = "".join(blocks) or "<w:p/>"
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS_DECLARATIONS}>{content}</w:hdr>'
        # A plain part holding bytes: nothing reads a header back, so it is never parsed.
        part = Part(PackURI(f"/word/header{self.headers}.xml"), CT.WML_HEADER, xml.encode(), self.part.package)
        return self._add(RT.HEADER, part)


# ---------------------------------------------------------------------------------------------
# Numbering: every list its own instance, so a second numbered list starts again at 1


_BULLETS = ("-", "+", "•")
_NUMBERS = (("decimal", "%{n}."), ("lowerLetter", "%{n})"), ("lowerRoman", "%{n}."))


class Numbering:
    """Allocates numbering instances in the document's numbering part."""

    def __init__(self, document_part):
        try:
            part = document_part.numbering_part
        except NotImplementedError:  # python-docx cannot create one; the reference lacked it
            part = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                                 oxml_parser.makeelement(w("numbering"), nsmap=NSMAP), document_part.package)
            document_part.relate_to(part, RT.NUMBERING)
        self.root = part.element
        ids = [int(n.get(w("numId"))) for n in self.root.findall(w("num"))]
        abstract = [int(a.get(w("abstractNumId"))) for a in self.root.findall(w("abstractNum"))]
        self._next_num = max(ids, default=0) + 1
        self._next_abstract = max(abstract, default=-1) + 1
        self._abstract: dict[bool, int] = {}

    def new_list(self, ordered: bool, start: int = 1) -> int:
        abstract = self._abstract.get(ordered)
        if abstract is None:
            abstract = self._abstract[ordered] = self._define(ordered)
        num_id = self._next_num
        self._next_num += 1
        num = _sub(self.root, "num", numId=num_id)
        _sub(num, "abstractNumId", val=abstract)
        if ordered:
            for level in range(9):
                override = _sub(num, "lvlOverride", ilvl=level)
                _sub(override, "startOverride", val=start if level == 0 else 1)
        return num_id

    def _define(self, ordered: bool) -> int:
        ident = self._next_abstract
        self._next_abstract += 1
        abstract = _el("abstractNum", abstractNumId=ident)
        _sub(abstract, "multiLevelType", val="hybridMultilevel")
        for level in range(9):
            lvl = _sub(abstract, "lvl", ilvl=level)
            _sub(lvl, "start", val=1)
            if ordered:
                fmt, text = _NUMBERS[level % 3]
                _sub(lvl, "numFmt", val=fmt)
                _sub(lvl, "lvlText", val=text.format(n=level + 1))
            else:
                _sub(lvl, "numFmt", val="bullet")
                _sub(lvl, "lvlText", val=_BULLETS[level % 3])
            _sub(lvl, "lvlJc", val="left")
            ppr = _sub(lvl, "pPr")
            _sub(ppr, "ind", left=list_indent(level), hanging=425 if ordered else 284)
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


# ---------------------------------------------------------------------------------------------
# Styles and settings


def style_ids(styles: etree._Element) -> set[str]:
    return {s.get(w("styleId")) for s in styles.findall(w("style"))}


def add_missing_styles(styles: etree._Element, builtin: etree._Element, wanted: Iterable[str]) -> None:
    """Copy from the built-in styles those a manual's own reference.docx lacks."""
    have = style_ids(styles)
    by_id = {s.get(w("styleId")): s for s in builtin.findall(w("style"))}
    for ident in wanted:
        if ident not in have and ident in by_id:
            styles.append(copy.deepcopy(by_id[ident]))
            have.add(ident)


def parse_part(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def set_language(styles: etree._Element, tag: str) -> None:
    """The proofing language of the whole document (docDefaults)."""
    defaults = styles.find(w("docDefaults"))
    if defaults is None:
        defaults = _el("docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(w("rPrDefault"))
    if rpr_default is None:
        rpr_default = _el("rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(w("rPr"))
    if rpr is None:
        rpr = _sub(rpr_default, "rPr")
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = _sub(rpr, "lang")
    lang.set(_VAL, tag)


# CT_Settings children that follow updateFields, in schema order.
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
    "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)


def request_field_update(settings: etree._Element) -> None:
    """Ask Word to update fields (the TOC) when the document is opened."""
    if settings.find(w("updateFields")) is not None:
        return
    element = _el("updateFields", val="true")
    later = {w(n) for n in _AFTER_UPDATE_FIELDS}
    for child in settings:
        if child.tag in later or not child.tag.startswith(f"{{{W_NS}}}"):
            child.addprevious(element)
            return
    settings.append(element)


# ---------------------------------------------------------------------------------------------
# Package-level properties


CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def custom_properties_xml(properties: Mapping[str, str]) -> bytes:
    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for pid, (name, value) in enumerate(properties.items(), start=2):  # pids start at 2
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property", fmtid=_CUSTOM_FMTID, pid=str(pid), name=clean(name))
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = clean(str(value))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def parse_custom_properties(xml: bytes) -> dict[str, str]:
    """docProps/custom.xml read back: name -> text of each property. The file may come from
    anywhere: no entities are expanded and nothing is fetched."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(xml, parser)
    return {prop.get("name", ""): "".join(prop.itertext()) for prop in root.iter(f"{{{CUSTOM_NS}}}property")}


def set_custom_properties(package, properties: Mapping[str, str]) -> None:
    """docProps/custom.xml with `properties` (name -> text), replacing any the reference had."""
    drop_relationships(package, (RT.CUSTOM_PROPERTIES,))
    if properties:
        part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES,
                    custom_properties_xml(properties), package)
        package.relate_to(part, RT.CUSTOM_PROPERTIES)


def drop_relationships(source, reltypes: Iterable[str]) -> None:
    """Forget parts we never ship (a thumbnail, stylesWithEffects): unreferenced parts are not saved."""
    unwanted = set(reltypes)
    for rid, rel in list(source.rels.items()):
        if rel.reltype in unwanted:
            source.rels.pop(rid)
            source.rels.related_parts.pop(rid, None)


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
UNSHIPPED = (RT.THUMBNAIL, STYLES_WITH_EFFECTS)


@dataclass(frozen=True)
class CoreInfo:
    title: str = ""
    subject: str = ""
    creator: str = ""
    keywords: str = ""
    language: str = ""


def set_core_properties(core, info: CoreInfo) -> None:
    """Every core property but the dates (the package sets those) from `info`: nothing from
    the reference document survives. Values are cut to the 255 characters the format allows."""

    def short(text: str) -> str:
        return clean(text)[:255]

    core.title = short(info.title)
    core.subject = short(info.subject)
    core.author = short(info.creator)
    core.keywords = short(info.keywords)
    core.language = info.language
    core.comments = ""
    core.category = ""
    core.content_status = ""
    core.identifier = ""
    core.version = ""
    core.last_modified_by = short(info.creator)


# ---------------------------------------------------------------------------------------------
# Tracked changes (the redline): w:ins / w:del runs, paragraph marks and table rows


@dataclass(frozen=True)
class Revision:
    """Who made the tracked changes and when (ISO 8601, e.g. 2026-01-05T00:00:00Z)."""

    author: str
    date: str


def _frag_root(fragment: str) -> etree._Element:
    return etree.fromstring(f"<w:x {NS_DECLARATIONS}>{fragment}</w:x>")


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
        root = _frag_root(block)
        self._mark_tree(root, op)
        return "".join(_fragment(child) for child in root)

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
        olds = [_frag_root(b)[0] if b else None for b in old]
        news = [_frag_root(b)[0] if b else None for b in new]
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
        return [f"<w:p>{_fragment(ppr) if ppr is not None else ''}{''.join(runs)}</w:p>"]

    def _table(self, o: etree._Element, n: etree._Element) -> str:
        rows_o, rows_n = o.findall(w("tr")), n.findall(w("tr"))
        keys_o = [_block_text(r) for r in rows_o]
        keys_n = [_block_text(r) for r in rows_n]
        out = [_fragment(c) for c in n if c.tag != w("tr")]
        matcher = difflib.SequenceMatcher(None, keys_o, keys_n, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                out += [_fragment(r) for r in rows_n[j1:j2]]
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
        return _fragment(tr)

    def _row(self, o: etree._Element, n: etree._Element) -> str:
        out = [_fragment(c) for c in n if c.tag != w("tc")]
        for tc_o, tc_n in zip(o.findall(w("tc")), n.findall(w("tc"))):
            content_o = [_fragment(c) for c in tc_o if c.tag in (w("p"), w("tbl"))]
            content_n = [_fragment(c) for c in tc_n if c.tag in (w("p"), w("tbl"))]
            props = tc_n.find(w("tcPr"))
            blocks = self.blocks(content_o, content_n)
            if not blocks or is_table(blocks[-1]):
                blocks.append("<w:p/>")
            out.append(f"<w:tc>{_fragment(props) if props is not None else ''}{''.join(blocks)}</w:tc>")
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
                rpr = _fragment(node)
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
