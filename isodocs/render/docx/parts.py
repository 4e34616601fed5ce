"""Parts and relationships of the package: the headers and hyperlinks a document adds (ids and
part names chosen here), and the parts it never ships."""

from __future__ import annotations

from typing import Iterable, NamedTuple

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI

from isodocs.render.docx.openxml import NS_DECLARATIONS


class Rel(NamedTuple):
    """A relationship as a .rels part lists it."""

    rid: str
    reltype: str
    target: str  # relative part name, or the address of an external target
    external: bool = False


class Part(NamedTuple):
    """A part as the content types list needs it."""

    partname: PackURI
    content_type: str

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
UNSHIPPED = (RT.THUMBNAIL, STYLES_WITH_EFFECTS)


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
            self.links[url] = self._add(RT.HYPERLINK, url, external=True)
        return self.links[url]

    def header(self, blocks: Iterable[str]) -> str:
        """A new header part holding `blocks`; returns its relationship id."""
        return self.header_xml(header_xml(blocks))

    def header_xml(self, xml) -> str:
        """A new header part of the XML given (or compressed already); returns its relationship id."""
        name = f"header{len(self.headers) + 1}.xml"
        self.headers.append((f"word/{name}", xml))
        return self._add(RT.HEADER, name)

    def parts(self) -> tuple:
        return tuple(Part(PackURI(f"/{name}"), CT.WML_HEADER) for name, _ in self.headers)


def header_xml(blocks: Iterable[str]) -> bytes:
    content = "".join(blocks) or "<w:p/>"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS_DECLARATIONS}>{content}</w:hdr>'
            ).encode()
