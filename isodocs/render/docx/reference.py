"""The reference document (pandoc's reference.docx): the manual's own or the built-in one. Its
styles and page layout are the output's; styles it lacks come from the built-in one.

It is opened once per build (`template`): python-docx reads it, completes its styles and sets
its language, and what every output shares is kept as bytes. An output then only adds its own
parts (the main document, headers, numbering, properties) and their relationships, written as
python-docx would write them, so no output opens or saves the reference again.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import io
import zipfile
from dataclasses import dataclass
from functools import cache, lru_cache

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import CT_Relationships, serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml.parser import oxml_parser, parse_xml
from docx.parts.numbering import NumberingPart
from lxml import etree

from isodocs.load.reference import clean
from isodocs.model import Manual
from isodocs.render.docx import styles
from isodocs.render.docx.numbering import Numbering
from isodocs.render.docx.openxml import NSMAP, w
from isodocs.render.docx.package import Deflated, deflated
from isodocs.render.docx.parts import UNSHIPPED, Part, Rel, drop_relationships
from isodocs.render.docx.sections import base_section, text_width
from isodocs.system import resources

# Every style the writer names, so a manual's reference document lacking one still has it.
STYLES_USED = (
    "Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading4", "TOCHeading",
    "TOC1", "TOC2", "TOC3", "TOC4", "Header", "TableText", "TableHeading", "ListParagraph", "BlockText",
    "SourceCode", "CoverText", "FormText", "Hyperlink", "VerbatimChar", "TableGrid",
)


@cache
def builtin_reference() -> bytes:
    return resources.read_bytes("templates", "reference.docx")


@cache
def builtin_styles() -> bytes:
    with zipfile.ZipFile(io.BytesIO(builtin_reference())) as zf:
        return zf.read("word/styles.xml")


def open_reference(manual: Manual, language_tag: str):
    """A python-docx document made from the manual's reference document, its styles completed
    and its proofing language set: what a new output starts from."""
    return _open(manual.reference_docx, language_tag)


def _open(reference: bytes | None, language_tag: str):
    # a manual's own file is never opened as it is: only its styles, numbering, fonts, theme and
    # page setup are taken, into a package made from the built-in one (load.reference)
    document = docx.Document(io.BytesIO(clean(reference) if reference else builtin_reference()))
    found = document.styles.element
    if reference:  # pandoc's convention: their styles, ours where they have none
        styles.add_missing_styles(found, styles.parse_part(builtin_styles()), STYLES_USED)
    styles.set_language(found, language_tag)
    return document


@dataclass(frozen=True, eq=False)
class Template:
    """What every output made from one reference document in one language shares."""

    digest: str  # of the reference's bytes and the language: what decides all of this
    entries: tuple[tuple[str, Deflated], ...]  # zip entries every output carries unchanged, compressed once
    parts: tuple[Part, ...]  # the parts of the package (for the content types)
    package_rels: tuple[Rel, ...]
    document_rels: tuple[Rel, ...]  # the main document's, in order
    rel_ids: frozenset[str]  # ids the main document part's relationships take (dropped ones too)
    rel_count: int  # its relationships when outputs add theirs (ids count from it)
    main: str  # zip names of the main document, its numbering, core properties and settings
    numbering: str
    core: str
    settings: str
    numbering_xml: bytes
    core_xml: bytes
    settings_xml: bytes
    section: bytes  # the body's section properties: the page layout of every section
    width: int  # text width, twips

    def base_section(self) -> etree._Element:
        return etree.fromstring(self.section)

    @functools.cached_property
    def first_num(self) -> int:
        """The id of an output's first list (the reference's own come first)."""
        return Numbering(self.numbering_root()).next_num

    def numbering_root(self) -> etree._Element:
        return parse_xml(self.numbering_xml)

    # The parts below are alike in most outputs (every document asks for the same lists, a
    # header and its properties): each is made once and kept compressed.

    @lru_cache(maxsize=64)
    def numbering_with(self, lists: tuple[tuple[bool, int], ...]) -> Deflated:
        """The numbering part with a new instance for each (ordered, start) of `lists`."""
        numbering = Numbering(self.numbering_root())
        for ordered, start in lists:
            numbering.new_list(ordered, start)
        return deflated(serialize_part_xml(numbering.root))

    @lru_cache(maxsize=64)
    def document_rels_xml(self, extra: tuple[Rel, ...]) -> Deflated:
        return deflated(rels_xml((*self.document_rels, *extra)))

    @lru_cache(maxsize=16)
    def package_rels_xml(self, extra: tuple[Rel, ...] = ()) -> Deflated:
        return deflated(rels_xml((*self.package_rels, *extra)))

    @lru_cache(maxsize=64)
    def content_types(self, extra: tuple[Part, ...] = ()) -> Deflated:
        return deflated(_ContentTypesItem.from_parts((*self.parts, *extra)).blob)


def rels_xml(rels) -> bytes:
    element = CT_Relationships.new()
    for rel in rels:
        element.add_rel(rel.rid, rel.reltype, rel.target, rel.external)
    return element.xml


def next_rid(taken) -> str:
    """python-docx's choice of a new relationship id: the first rIdN free."""
    return next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)


def template(manual: Manual, language_tag: str) -> Template:
    """The manual's reference document in `language_tag`, read once per process."""
    return _template(manual.reference_docx, language_tag)


@lru_cache(maxsize=4)
def _template(reference: bytes | None, language_tag: str) -> Template:
    document = _open(reference, language_tag)
    part = document.part
    package = part.package
    section = base_section(document.element.body)
    # The reference document's own headers and footers are never used: unreferenced, they are
    # not saved, and their part names are free for the outputs' own.
    drop_relationships(part, (RT.HEADER, RT.FOOTER))
    try:
        numbering = part.numbering_part
    except NotImplementedError:  # python-docx cannot create one; the reference lacked it
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING,
                                  oxml_parser.makeelement(w("numbering"), nsmap=NSMAP), package)
        part.relate_to(numbering, RT.NUMBERING)
    rel_ids, rel_count = frozenset(part.rels), len(part.rels)
    core = document.core_properties  # made when the reference has none
    del core
    drop_relationships(package, UNSHIPPED)
    drop_relationships(part, UNSHIPPED)
    drop_relationships(package, (RT.CUSTOM_PROPERTIES,))
    settings = part._settings_part
    core_part = package._core_properties_part
    raw = io.BytesIO()
    document.save(raw)
    with zipfile.ZipFile(raw) as zf:
        saved = {info.filename: zf.read(info) for info in zf.infolist()}

    def name(p) -> str:
        return p.partname.lstrip("/")

    def rels(source, base: str) -> tuple[Rel, ...]:
        return tuple(Rel(r.rId, r.reltype, r.target_ref, r.is_external) for r in source.rels.values())

    main = name(part)
    varying = {"[Content_Types].xml", "_rels/.rels", main, part.partname.rels_uri.lstrip("/"), name(numbering),
               name(core_part), name(settings)}
    digest = hashlib.sha256((reference or builtin_reference()) + b"\0" + language_tag.encode()).hexdigest()
    return Template(
        digest=digest,
        entries=tuple((n, deflated(data)) for n, data in saved.items() if n not in varying),
        parts=tuple(Part(p.partname, p.content_type) for p in package.iter_parts()),
        package_rels=rels(package, "/"),
        document_rels=rels(part, "/word"),
        rel_ids=rel_ids,
        rel_count=rel_count,
        main=main,
        numbering=name(numbering),
        core=name(core_part),
        settings=name(settings),
        numbering_xml=serialize_part_xml(numbering.element),
        core_xml=serialize_part_xml(core_part.element),
        settings_xml=serialize_part_xml(settings.element),
        section=etree.tostring(copy.deepcopy(section)),
        width=text_width(section),
    )
