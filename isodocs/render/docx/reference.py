"""The reference document (pandoc's reference.docx): the manual's own or the built-in one. Its
styles and page layout are the output's; styles it lacks come from the built-in one.

It is opened once per build (`template`): python-docx reads it, completes its styles and sets
its language, and what every output shares is kept as bytes. An output then only adds its own
parts (the main document, headers, numbering, properties) and their relationships, written as
python-docx would write them, so no output opens or saves the reference again. A build keeps
the template in its cache (`kept_template`): one that takes its pages from there too imports
none of python-docx.
"""

from __future__ import annotations

import copy
import hashlib
import io
import zipfile
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from lxml import etree

from isodocs.load.reference import clean
from isodocs.model import Manual
from isodocs.render.docx import styles
from isodocs.render.docx.numbering import Numbering
from isodocs.render.docx.openxml import NSMAP, w
from isodocs.render.docx.package import Deflated, deflated
from isodocs.render.docx.parts import (CUSTOM_PROPERTIES_REL, FOOTER_REL, HEADER_REL, NUMBERING_REL, NUMBERING_TYPE,
                                       UNSHIPPED, Part, Rel, drop_relationships, rels_xml)
from isodocs.render.docx.sections import base_section, text_width
from isodocs.system import resources

# A part's XML as python-docx parses and writes it (docx.oxml.parser, docx.opc.oxml), for the
# parts an output changes: the numbering, core properties, settings.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def part_root(xml: bytes) -> etree._Element:
    return etree.fromstring(xml, _PARSER)


def part_xml(root: etree._Element) -> bytes:
    return etree.tostring(root, encoding="UTF-8", standalone=True)


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
    import docx

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
    first_num: int  # the id of an output's first list (the reference's own come first)

    def base_section(self) -> etree._Element:
        return etree.fromstring(self.section)

    def numbering_root(self) -> etree._Element:
        return part_root(self.numbering_xml)

    # The parts below are alike in most outputs (every document asks for the same lists, a
    # header and its properties): each is made once and kept compressed.

    @lru_cache(maxsize=64)
    def numbering_with(self, lists: tuple[tuple[bool, int], ...]) -> Deflated:
        """The numbering part with a new instance for each (ordered, start) of `lists`."""
        numbering = Numbering(self.numbering_root())
        for ordered, start in lists:
            numbering.new_list(ordered, start)
        return deflated(part_xml(numbering.root))

    @lru_cache(maxsize=64)
    def document_rels_xml(self, extra: tuple[Rel, ...]) -> Deflated:
        return deflated(rels_xml((*self.document_rels, *extra)))

    @lru_cache(maxsize=16)
    def package_rels_xml(self, extra: tuple[Rel, ...] = ()) -> Deflated:
        return deflated(rels_xml((*self.package_rels, *extra)))

    @lru_cache(maxsize=64)
    def content_types(self, extra: tuple[Part, ...] = ()) -> Deflated:
        from docx.opc.packuri import PackURI
        from docx.opc.pkgwriter import _ContentTypesItem

        return deflated(_ContentTypesItem.from_parts(Part(PackURI(p.partname), p.content_type)
                                                     for p in (*self.parts, *extra)).blob)

    def kept(self) -> list:
        """This template as plain data (what `thawed` makes one of again)."""
        return [self.digest, [[name, list(entry)] for name, entry in self.entries], [list(p) for p in self.parts],
                [list(r) for r in self.package_rels], [list(r) for r in self.document_rels], sorted(self.rel_ids),
                self.rel_count, self.main, self.numbering, self.core, self.settings, self.numbering_xml,
                self.core_xml, self.settings_xml, self.section, self.width, self.first_num]

    @classmethod
    def thawed(cls, kept: Any) -> Template:
        """The template `kept` gave as plain data; ValueError when it is not such data."""
        try:
            (digest, entries, parts, package_rels, document_rels, rel_ids, rel_count, main, numbering, core, settings,
             numbering_xml, core_xml, settings_xml, section, width, first_num) = kept
            made = cls(digest, tuple((name, Deflated(*entry)) for name, entry in entries),
                       tuple(Part(*p) for p in parts), tuple(Rel(*r) for r in package_rels),
                       tuple(Rel(*r) for r in document_rels), frozenset(rel_ids), rel_count, main, numbering, core,
                       settings, numbering_xml, core_xml, settings_xml, section, width, first_num)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not a kept template: {exc}") from None
        texts = (made.digest, made.main, made.numbering, made.core, made.settings, *made.rel_ids,
                 *(name for name, _ in made.entries), *(x for p in made.parts for x in p),
                 *(x for r in (*made.package_rels, *made.document_rels) for x in r[:3]))
        data = (made.numbering_xml, made.core_xml, made.settings_xml, made.section,
                *(d for _, (d, _, _) in made.entries))
        numbers = (made.rel_count, made.width, made.first_num, *(n for _, (_, c, z) in made.entries for n in (c, z)))
        if not (all(type(t) is str for t in texts) and all(type(d) is bytes for d in data)
                and all(type(n) is int for n in numbers)
                and all(type(r.external) is bool for r in (*made.package_rels, *made.document_rels))):
            raise ValueError("not a kept template")
        return made


def next_rid(taken) -> str:
    """python-docx's choice of a new relationship id: the first rIdN free."""
    return next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)


def template(manual: Manual, language_tag: str) -> Template:
    """The manual's reference document in `language_tag`, read once per process."""
    key = (manual.reference_docx, language_tag)
    found = _made.get(key)
    if found is None:
        found = _made[key] = _template(*key)
    return found


def kept_template(manual: Manual, language_tag: str, cache) -> Template:
    """`template`, kept in `cache` (get/put: the build cache) by what decides it: a build that
    finds it there opens no package with python-docx."""
    key = (manual.reference_docx, language_tag)
    name = "template:" + template_digest(*key)
    kept = cache.get(name)  # asked for even when made here already: a cache keeps what its build used
    found = _made.get(key)
    if found is None:
        try:
            found = Template.thawed(kept)
        except ValueError:  # not kept, or not as written
            found, kept = _template(*key), None
        _made[key] = found
    if kept is None:
        cache.put(name, found.kept())
    return found


_made: dict[tuple[bytes | None, str], Template] = {}  # this process's, by reference and language


def template_digest(reference: bytes | None, language_tag: str) -> str:
    return hashlib.sha256((reference or builtin_reference()) + b"\0" + language_tag.encode()).hexdigest()


def _template(reference: bytes | None, language_tag: str) -> Template:
    from docx.opc.packuri import PackURI
    from docx.oxml.parser import oxml_parser
    from docx.parts.numbering import NumberingPart

    document = _open(reference, language_tag)
    part = document.part
    package = part.package
    section = base_section(document.element.body)
    # The reference document's own headers and footers are never used: unreferenced, they are
    # not saved, and their part names are free for the outputs' own.
    drop_relationships(part, (HEADER_REL, FOOTER_REL))
    try:
        numbering = part.numbering_part
    except NotImplementedError:  # python-docx cannot create one; the reference lacked it
        numbering = NumberingPart(PackURI("/word/numbering.xml"), NUMBERING_TYPE,
                                  oxml_parser.makeelement(w("numbering"), nsmap=NSMAP), package)
        part.relate_to(numbering, NUMBERING_REL)
    rel_ids, rel_count = frozenset(part.rels), len(part.rels)
    core = document.core_properties  # made when the reference has none
    del core
    drop_relationships(package, UNSHIPPED)
    drop_relationships(part, UNSHIPPED)
    drop_relationships(package, (CUSTOM_PROPERTIES_REL,))
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
    numbering_xml = part_xml(numbering.element)
    return Template(
        digest=template_digest(reference, language_tag),
        entries=tuple((n, deflated(data)) for n, data in saved.items() if n not in varying),
        parts=tuple(Part(str(p.partname), p.content_type) for p in package.iter_parts()),
        package_rels=rels(package, "/"),
        document_rels=rels(part, "/word"),
        rel_ids=rel_ids,
        rel_count=rel_count,
        main=main,
        numbering=name(numbering),
        core=name(core_part),
        settings=name(settings),
        numbering_xml=numbering_xml,
        core_xml=part_xml(core_part.element),
        settings_xml=part_xml(settings.element),
        section=etree.tostring(copy.deepcopy(section)),
        width=text_width(section),
        first_num=Numbering(part_root(numbering_xml)).next_num,
    )
