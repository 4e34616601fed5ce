"""Parts and relationships of the package: the headers and hyperlinks a document adds (ids and
part names chosen here), and the parts it never ships."""

from __future__ import annotations

from typing import Iterable, NamedTuple

from isodocs.render.docx.openxml import NS_DECLARATIONS, as_attribute, is_xml

# The relationship and content types the outputs name, as python-docx's constants spell them
# (tests/render/docx/test_package.py holds them to it): a build whose pages, template and
# parts come from its cache then imports none of python-docx.
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HEADER_REL = _RELATIONSHIPS + "header"
FOOTER_REL = _RELATIONSHIPS + "footer"
HYPERLINK_REL = _RELATIONSHIPS + "hyperlink"
NUMBERING_REL = _RELATIONSHIPS + "numbering"
CUSTOM_PROPERTIES_REL = _RELATIONSHIPS + "custom-properties"
THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
NUMBERING_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
CUSTOM_PROPERTIES_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


class Rel(NamedTuple):
    """A relationship as a .rels part lists it."""

    rid: str
    reltype: str
    target: str  # relative part name, or the address of an external target
    external: bool = False


class Part(NamedTuple):
    """A part as the content types list needs it."""

    partname: str  # "/word/header1.xml"
    content_type: str

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
UNSHIPPED = (THUMBNAIL_REL, STYLES_WITH_EFFECTS)


def drop_relationships(source, reltypes: Iterable[str]) -> None:
    """Forget parts we never ship (a thumbnail, stylesWithEffects): unreferenced parts are not saved."""
    unwanted = set(reltypes)
    for rid, rel in list(source.rels.items()):
        if rel.reltype in unwanted:
            source.rels.pop(rid)
            source.rels.related_parts.pop(rid, None)


class Relations:
    """New relationships of the main document part: headers and hyperlinks, ids and part names
    chosen here (python-docx looks for a free id, a free part name and an existing equal
    relationship by walking them all, quadratic in the number of documents)."""

    def __init__(self, taken: frozenset[str], count: int):
        """`taken`: the ids the reference's relationships hold; `count`: how many it has."""
        self.taken, self.count = taken, count
        self.added: list[Rel] = []
        self.links: dict[str, str] = {}
        self.headers: list[tuple[str, bytes]] = []  # zip name, content

    def _add(self, reltype: str, target: str, external: bool = False) -> str:
        rid = f"rIdIso{self.count + len(self.added) + 1}"
        while rid in self.taken:
            rid += "x"
        self.added.append(Rel(rid, reltype, target, external))
        return rid

    def link(self, url: str) -> str:
        """The id of an external hyperlink (the same address shares one)."""
        if url not in self.links:
            self.links[url] = self._add(HYPERLINK_REL, url, external=True)
        return self.links[url]

    def header(self, blocks: Iterable[str]) -> str:
        """A new header part holding `blocks`; returns its relationship id."""
        return self.header_xml(header_xml(blocks))

    def header_xml(self, xml) -> str:
        """A new header part of the XML given (or compressed already); returns its relationship id."""
        name = f"header{len(self.headers) + 1}.xml"
        self.headers.append((f"word/{name}", xml))
        return self._add(HEADER_REL, name)

    def parts(self) -> tuple:
        return tuple(Part(f"/{name}", HEADER_TYPE) for name, _ in self.headers)


_RELS_START = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"')


def rels_xml(rels: Iterable[Rel]) -> bytes:
    """A .rels part listing `rels`: the bytes python-docx writes for them (docx.opc.oxml), written
    as text, as python-docx is not needed to write them again; ValueError for a text XML cannot
    hold, as python-docx says."""
    items = []
    for rel in rels:
        if not all(is_xml(text) for text in (rel.rid, rel.reltype, rel.target)):
            raise ValueError(f"All strings must be XML compatible: {rel}")
        mode = ' TargetMode="External"' if rel.external else ""
        items.append(f'<Relationship Id="{as_attribute(rel.rid)}" Type="{as_attribute(rel.reltype)}" '
                     f'Target="{as_attribute(rel.target)}"{mode}/>')
    return (_RELS_START + (">" + "".join(items) + "</Relationships>" if items else "/>")).encode("utf-8")


def header_xml(blocks: Iterable[str]) -> bytes:
    content = "".join(blocks) or "<w:p/>"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS_DECLARATIONS}>{content}</w:hdr>'
            ).encode()
