"""WordprocessingML as text: the namespaces, lengths and escaping, and the builders of runs,
fields and paragraphs that every other part of the DOCX writer composes.

Body content is built as XML text: each builder returns a fragment (`w:` and `r:` prefixes,
declared once on the document root), and the document part is written from the fragments
without ever holding them as a tree. Building elements one by one with lxml took 6 µs an
element and a tree of hundreds of MiB for a province's manual; text is several times faster
and as small as the output. Package parts (styles, settings, numbering, headers) are small and
edited with lxml (`element`, `sub_element`). Lengths are twips (1/20 pt) unless named
otherwise; font sizes are points.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

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


VAL = w("val")


def sub_element(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    """A new w: child of `parent`, its attributes w: too."""
    return etree.SubElement(parent, w(tag), {w(k): str(v) for k, v in attrs.items()})


def element(tag: str, **attrs: object) -> etree._Element:
    """A new w: element, its attributes w: too, declaring both prefixes."""
    return etree.Element(w(tag), {w(k): str(v) for k, v in attrs.items()}, nsmap=NSMAP)


def fragment(node: etree._Element) -> str:
    """An element as a fragment under the document root (which declares w: and r:)."""
    text = etree.tostring(node, encoding="unicode")
    return text.replace(f' xmlns:w="{W_NS}"', "").replace(f' xmlns:r="{R_NS}"', "")


def parse_fragments(xml: str) -> etree._Element:
    """Fragments (as the builders give them) parsed under one wrapper element."""
    return etree.fromstring(f"<w:x {NS_DECLARATIONS}>{xml}</w:x>")


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


# What lxml writes for these characters of an attribute's value, and of an element's text
IN_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;",
                              "\r": "&#13;"})
IN_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ESCAPED = re.compile('[&<>"\t\n\r]')  # what either escapes


def as_attribute(text: str) -> str:
    """`text` as lxml writes it in an attribute's value (most texts have nothing to escape:
    translating them would cost a province's thousands of properties and relationships)."""
    return text.translate(IN_ATTRIBUTE) if _ESCAPED.search(text) else text


def as_text(text: str) -> str:
    """`text` as lxml writes it in an element."""
    return text.translate(IN_TEXT) if _ESCAPED.search(text) else text


def is_plain(text: str) -> bool:
    """Whether `text` is as `clean` leaves it and has nothing to escape, in an attribute or an
    element. Texts joined by spaces are plain together only if each is (a space composes with
    nothing, in NFC), so thousands are asked at once."""
    return unicodedata.is_normalized("NFC", text) and not _NOT_XML.search(text) and not _ESCAPED.search(text)


def is_xml(text: str) -> bool:
    """Whether XML can hold `text` as it is."""
    return not _NOT_XML.search(text)


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
def run_properties(font: Font) -> str:
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


NO_BREAK_HYPHEN = "\u2011"  # in text: Word's own non-breaking hyphen (w:noBreakHyphen), drawn as "-"


def run(text: str, font: Font = PLAIN) -> str:
    """A run; line feeds become line breaks, tabs real tabs, U+2011 non-breaking hyphens (a legal
    number or a code that must not break: 123/2015/NĐ‑CP)."""
    text = esc(text)
    if "\n" in text or "\t" in text or NO_BREAK_HYPHEN in text:
        body = "<w:br/>".join("<w:tab/>".join(_no_break(p) for p in line.split("\t")) for line in text.split("\n"))
    else:
        body = _t(text) if text else ""
    return f"<w:r>{run_properties(font)}{body}</w:r>"


def _no_break(text: str) -> str:
    return "<w:noBreakHyphen/>".join(_t(p) if p else "" for p in text.split(NO_BREAK_HYPHEN))


def unbroken(text: str) -> str:
    """A legal number or a code that never breaks across lines: its hyphens no-break (a line may
    still not break at its slashes or dots, in Word or LibreOffice)."""
    return text.replace("-", NO_BREAK_HYPHEN)


def unbroken_numbers(text: str) -> str:
    """`unbroken` for each word of a text that holds a digit (123/2015/NĐ-CP, BM-MC-01); other
    words (Tư pháp - Hộ tịch) break as they would."""
    return " ".join(unbroken(w) if any(c.isdigit() for c in w) else w for w in text.split(" "))


def line_break() -> str:
    return "<w:r><w:br/></w:r>"


def field(instruction: str, shown: str = "", font: Font = PLAIN, dirty: bool = False) -> str:
    """A complex field (PAGE, SECTIONPAGES, PAGEREF...) with `shown` as its last result."""
    rpr = run_properties(font)
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
    hanging: int | None = None  # the first line starts this much left of the others (a list item's label)
    before: int | None = None  # spacing
    after: int | None = None
    rule_below: bool = False  # a real line under the paragraph (NĐ 30: no dashes)
    box: bool = False  # a border all round (a stamp)
    mark_size: float = 0  # size of the paragraph mark, points: a tiny section-break paragraph


@lru_cache(maxsize=None)
def paragraph_properties(props: Para, section: str = "") -> str:
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
    if props.left is not None or props.first_line is not None or props.hanging is not None:
        left = ""
        if props.left is not None:  # a rule below is centred: the same indent on the right
            left = f' w:left="{props.left}" w:right="{props.left if props.rule_below else 0}"'
        first = f' w:firstLine="{props.first_line}"' if props.first_line is not None else ""
        if props.hanging is not None:
            first = f' w:hanging="{props.hanging}"'
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
    return f"<w:p>{paragraph_properties(props)}{content}</w:p>"


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

    @classmethod
    def of(cls, level: int, xml: str, text: str) -> "Heading":
        """A heading from its paragraph's XML as it is."""
        self = str.__new__(cls, xml)
        self.level, self.text = level, text
        return self


def heading(level: int, text: str) -> Heading:
    return Heading(level, run(text), text)


def at_start(p: str, xml: str) -> str:
    """`xml` inserted as a paragraph's first content (after its properties)."""
    end = p.find("</w:pPr>")
    at = end + len("</w:pPr>") if end >= 0 else len("<w:p>")
    return p[:at] + xml + p[at:]


def keep_with_next(block: str) -> str:
    """A paragraph kept on the page of the block after it (anything else as it is)."""
    if not block.startswith(("<w:p>", "<w:p ")) or "<w:keepNext/>" in block:
        return block
    if "<w:pPr>" not in block:
        return block.replace("<w:p>", "<w:p><w:pPr><w:keepNext/></w:pPr>", 1)
    style = re.match(r"<w:p>(<w:pPr>(?:<w:pStyle [^>]*/>)?)", block)
    if style is None:
        return block
    return block[:style.end()] + "<w:keepNext/>" + block[style.end():]


def at_end(p: str, xml: str) -> str:
    """`xml` appended as a paragraph's last content."""
    return p[: -len("</w:p>")] + xml + "</w:p>"
