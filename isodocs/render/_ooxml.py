"""The only module that writes raw WordprocessingML: everything else composes these builders.

Elements are built with lxml directly (python-docx's proxies are too slow for thousands of
tables). Lengths are twips (1/20 pt) unless named otherwise; font sizes are points.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import oxml_parser
from docx.parts.hdrftr import HeaderPart
from docx.parts.numbering import NumberingPart
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSMAP = {"w": W_NS, "r": R_NS}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

TWIPS_PER_MM = 1440 / 25.4


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def mm(value: float) -> int:
    return round(value * TWIPS_PER_MM)


_E = etree.Element
_S = etree.SubElement
_VAL = w("val")


def _el(tag: str, **attrs: object) -> etree._Element:
    return _E(w(tag), {w(k): str(v) for k, v in attrs.items()}, nsmap=NSMAP)


def _sub(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    return _S(parent, w(tag), {w(k): str(v) for k, v in attrs.items()})


# ---------------------------------------------------------------------------------------------
# Text

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """NFC (Vietnamese must compare and print alike) without characters XML cannot hold."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _NOT_XML.sub("", text)


@dataclass(frozen=True)
class Font:
    """Direct run formatting, for the few places that need it beyond styles."""

    bold: bool = False
    italic: bool = False
    strike: bool = False
    caps: bool = False
    size: float = 0  # points; 0 keeps the style's
    color: str = ""  # hex RRGGBB
    style: str = ""  # character style id


PLAIN = Font()


def _rpr(parent: etree._Element, font: Font) -> None:
    if font == PLAIN:
        return
    rpr = _sub(parent, "rPr")
    if font.style:
        _sub(rpr, "rStyle", val=font.style)
    if font.bold:
        _sub(rpr, "b")
    if font.italic:
        _sub(rpr, "i")
    if font.caps:
        _sub(rpr, "caps")
    if font.strike:
        _sub(rpr, "strike")
    if font.color:
        _sub(rpr, "color", val=font.color)
    if font.size:
        half_points = round(font.size * 2)
        _sub(rpr, "sz", val=half_points)
        _sub(rpr, "szCs", val=half_points)


def run(text: str, font: Font = PLAIN) -> etree._Element:
    """A run; line feeds become line breaks and tabs real tabs."""
    r = _el("r")
    _rpr(r, font)
    for i, line in enumerate(clean(text).split("\n")):
        if i:
            _sub(r, "br")
        for j, part in enumerate(line.split("\t")):
            if j:
                _sub(r, "tab")
            if part:
                t = _sub(r, "t")
                t.text = part
                if part[0] == " " or part[-1] == " ":
                    t.set(XML_SPACE, "preserve")
    return r


def line_break() -> etree._Element:
    r = _el("r")
    _sub(r, "br")
    return r


def field(instruction: str, shown: str = "", font: Font = PLAIN, dirty: bool = False) -> list[etree._Element]:
    """A complex field (PAGE, SECTIONPAGES, PAGEREF, TOC...) with `shown` as its last result."""

    def char(kind: str) -> etree._Element:
        r = _el("r")
        _rpr(r, font)
        c = _sub(r, "fldChar", fldCharType=kind)
        if dirty and kind == "begin":
            c.set(w("dirty"), "true")
        return r

    instr = _el("r")
    _rpr(instr, font)
    t = _sub(instr, "instrText")
    t.text = f" {instruction} "
    t.set(XML_SPACE, "preserve")
    return [char("begin"), instr, char("separate"), run(shown, font), char("end")]


def field_start(instruction: str) -> list[etree._Element]:
    """The opening of a field whose result spans several paragraphs (a TOC)."""
    begin, instr, separate, _shown, _end = field(instruction, dirty=True)
    return [begin, instr, separate]


def field_end() -> etree._Element:
    return field("")[-1]


def hyperlink(children: Iterable[etree._Element], *, rid: str = "", anchor: str = "") -> etree._Element:
    """A link to a relationship (external address) or to a bookmark in the document."""
    h = _el("hyperlink")
    if rid:
        h.set(f"{{{R_NS}}}id", rid)
    if anchor:
        h.set(w("anchor"), anchor)
        h.set(w("history"), "1")
    h.extend(children)
    return h


def link_to(part, url: str) -> str:
    """The relationship id of an external hyperlink from `part` (the same address is reused)."""
    return part.relate_to(url, RT.HYPERLINK, is_external=True)


# ---------------------------------------------------------------------------------------------
# Paragraphs


@dataclass(frozen=True)
class Para:
    """Paragraph properties beyond the style."""

    style: str = ""
    align: str = ""  # left, center, right, both
    keep_next: bool = False
    page_break_before: bool = False
    numbering: tuple[int, int] | None = None  # (numId, level)
    left: int | None = None  # indents
    first_line: int | None = None
    before: int | None = None  # spacing
    after: int | None = None
    rule_below: bool = False  # a real line under the paragraph (NĐ 30: no dashes)
    box: bool = False  # a border all round (a stamp)
    mark_size: float = 0  # size of the paragraph mark, points: a tiny section-break paragraph


def paragraph(children: Iterable[etree._Element] = (), props: Para = Para()) -> etree._Element:
    p = _el("p")
    if props != Para():
        _ppr(p, props)
    p.extend(children)
    return p


def _ppr(p: etree._Element, props: Para) -> etree._Element:
    # Children in the order CT_PPr requires.
    ppr = _sub(p, "pPr")
    if props.style:
        _sub(ppr, "pStyle", val=props.style)
    if props.keep_next:
        _sub(ppr, "keepNext")
    if props.page_break_before:
        _sub(ppr, "pageBreakBefore")
    if props.numbering:
        num_pr = _sub(ppr, "numPr")
        _sub(num_pr, "ilvl", val=props.numbering[1])
        _sub(num_pr, "numId", val=props.numbering[0])
    if props.rule_below or props.box:
        bdr = _sub(ppr, "pBdr")
        for side in ("top", "left", "bottom", "right") if props.box else ("bottom",):
            _sub(bdr, side, val="single", sz=8 if props.box else 6, space=1, color="auto")
    if props.before is not None or props.after is not None:
        spacing = _sub(ppr, "spacing")
        if props.before is not None:
            spacing.set(w("before"), str(props.before))
        if props.after is not None:
            spacing.set(w("after"), str(props.after))
    if props.left is not None or props.first_line is not None:
        ind = _sub(ppr, "ind")
        if props.left is not None:
            ind.set(w("left"), str(props.left))
            ind.set(w("right"), str(props.left) if props.rule_below else "0")
        if props.first_line is not None:
            ind.set(w("firstLine"), str(props.first_line))
    if props.align:
        _sub(ppr, "jc", val=props.align)
    if props.mark_size:
        rpr = _sub(ppr, "rPr")
        _sub(rpr, "sz", val=round(props.mark_size * 2))
    return ppr


def text_paragraph(text: str, props: Para = Para(), font: Font = PLAIN) -> etree._Element:
    return paragraph([run(text, font)] if text else [], props)


def page_break() -> etree._Element:
    r = _el("r")
    _sub(r, "br", type="page")
    return paragraph([r])


def bookmark(p: etree._Element, ident: int, name: str) -> etree._Element:
    """Bookmark a paragraph's content (a TOC entry links to it)."""
    start = _el("bookmarkStart", id=ident, name=name)
    ppr = p.find(w("pPr"))
    p.insert(0 if ppr is None else 1, start)
    p.append(_el("bookmarkEnd", id=ident))
    return p


# ---------------------------------------------------------------------------------------------
# Tables


@dataclass(frozen=True)
class Cell:
    blocks: tuple  # paragraphs and tables
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


def table(widths: Sequence[int], rows: Iterable[Row], style: str = "", *, borders: bool = True) -> etree._Element:
    """A fixed-layout table; widths of the grid columns."""
    tbl = _el("tbl")
    pr = _sub(tbl, "tblPr")
    if style:
        _sub(pr, "tblStyle", val=style)
    _sub(pr, "tblW", w=sum(widths), type="dxa")
    if borders:
        bdr = _sub(pr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _sub(bdr, side, val="single", sz=4, space=0, color="auto")
    _sub(pr, "tblLayout", type="fixed")
    _sub(pr, "tblLook", val="04A0", firstRow=1, lastRow=0, firstColumn=0, lastColumn=0, noHBand=1, noVBand=1)
    grid = _sub(tbl, "tblGrid")
    for width in widths:
        _sub(grid, "gridCol", w=width)
    for row in rows:
        tr = _sub(tbl, "tr")
        if row.header or row.height or row.keep:
            trpr = _sub(tr, "trPr")
            if row.keep:
                _sub(trpr, "cantSplit")
            if row.height:
                _sub(trpr, "trHeight", val=row.height, hRule="atLeast")
            if row.header:
                _sub(trpr, "tblHeader")
        col = 0
        for cell in row.cells:
            tc = _sub(tr, "tc")
            tcpr = _sub(tc, "tcPr")
            _sub(tcpr, "tcW", w=sum(widths[col:col + cell.span]), type="dxa")
            if cell.span > 1:
                _sub(tcpr, "gridSpan", val=cell.span)
            if cell.merge:
                _sub(tcpr, "vMerge", val=cell.merge)
            if cell.shade:
                _sub(tcpr, "shd", val="clear", color="auto", fill=cell.shade)
            if cell.valign:
                _sub(tcpr, "vAlign", val=cell.valign)
            tc.extend(cell.blocks)
            if not len(cell.blocks) or cell.blocks[-1].tag != w("p"):
                _sub(tc, "p")  # a cell must end with a paragraph
            col += cell.span
    return tbl


def is_table(element: etree._Element) -> bool:
    return element.tag == w("tbl")


# ---------------------------------------------------------------------------------------------
# Sections, headers


def base_section(body: etree._Element) -> etree._Element:
    """The body's section properties, kept as the page layout of every section, without the
    reference document's own headers and footers."""
    found = body.find(w("sectPr"))
    sect = copy.deepcopy(found) if found is not None else _default_section()
    for ref in sect.findall(w("headerReference")) + sect.findall(w("footerReference")):
        sect.remove(ref)
    for tag in ("titlePg", "pgNumType"):
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


# Children of CT_SectPr that come before pgNumType / titlePg, in schema order.
_SECT_BEFORE_PGNUM = ("footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType")


def section(base: etree._Element, *, header: str = "", restart_pages: bool = False) -> etree._Element:
    """Properties of one section: the base layout, its own header, page numbers from 1."""
    sect = copy.deepcopy(base)
    if header:
        ref = _el("headerReference", type="default")
        ref.set(f"{{{R_NS}}}id", header)
        sect.insert(0, ref)
    if restart_pages:
        num = _el("pgNumType", start=1)
        _insert_after_kinds(sect, num, _SECT_BEFORE_PGNUM)
    return sect


def _insert_after_kinds(parent: etree._Element, child: etree._Element, before: Sequence[str]) -> None:
    """Insert `child` after the last child whose local name is in `before` (schema order)."""
    names = {w(n) for n in before} | {w("headerReference"), w("footerReference")}
    position = 0
    for i, existing in enumerate(parent):
        if existing.tag in names:
            position = i + 1
    parent.insert(position, child)


def section_break(sect: etree._Element) -> etree._Element:
    """The tiny paragraph that ends a section: its properties live in its pPr, after rPr."""
    p = paragraph((), Para(before=0, after=0, mark_size=1))
    p.find(w("pPr")).append(sect)
    return p


def replace_body(body: etree._Element, blocks: Iterable[etree._Element], last_section: etree._Element) -> None:
    for child in list(body):
        body.remove(child)
    body.extend(blocks)
    body.append(last_section)


def add_header(document_part, index: int, blocks: Iterable[etree._Element]) -> str:
    """A new header part holding `blocks`; returns its relationship id.

    The part name is chosen here: python-docx's own search for a free name walks every part
    for each new header, which is quadratic in the number of documents.
    """
    hdr = oxml_parser.makeelement(w("hdr"), nsmap=NSMAP)
    hdr.extend(blocks)
    if not len(hdr):
        _sub(hdr, "p")
    part = HeaderPart(PackURI(f"/word/header{index}.xml"), CT.WML_HEADER, hdr, document_part.package)
    return document_part.relate_to(part, RT.HEADER)


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


def set_core_properties(core, info: CoreInfo, stamp: dt.datetime) -> None:
    """Every core property fixed: nothing from the clock or the reference document survives."""
    core.title = clean(info.title)
    core.subject = clean(info.subject)
    core.author = clean(info.creator)
    core.keywords = clean(info.keywords)
    core.language = info.language
    core.comments = ""
    core.category = ""
    core.content_status = ""
    core.identifier = ""
    core.version = ""
    core.last_modified_by = clean(info.creator)
    core.revision = 1
    core.created = stamp
    core.modified = stamp
