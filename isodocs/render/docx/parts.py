"""Parts and relationships of the package: the headers and hyperlinks a document adds (ids and
part names chosen here), and the parts it never ships."""

from __future__ import annotations

from typing import Iterable

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from isodocs.render.docx.openxml import NS_DECLARATIONS

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
