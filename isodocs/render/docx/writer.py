"""The writer every DOCX shares: the manual, a document, the reports and the redline are each one
`Writer` — the reference document's styles and page, the headers and body sections the
renderer gives it, the document properties, and reproducible bytes.

    writer = Writer(manual, RenderOptions(stamp=...))
    header = writer.header(blocks)
    data = writer.finish([Section(header, body)], CoreInfo(title=...))
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, NamedTuple

from isodocs.model import Copy, Document, Manual, frozen_map
from isodocs.render.docx import markdown as md
from isodocs.render.docx.common import Page
from isodocs.render.docx.openxml import bookmark
from isodocs.render.docx.package import CUSTOM_PART, Deflated, deflated, inflated, utc, write_zip
from isodocs.render.docx.parts import CUSTOM_PROPERTIES_REL, CUSTOM_PROPERTIES_TYPE, Part, Rel, Relations
from isodocs.render.docx.properties import CoreInfo, custom_properties_xml, set_core_properties, short
from isodocs.render.docx.reference import next_rid, part_root, part_xml, template
from isodocs.render.docx.sections import document_xml, section, section_break
from isodocs.render.labels import labels_for
from isodocs.system.files import Chunks

LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-US"}


@dataclass(frozen=True)
class RenderOptions:
    stamp: dt.datetime  # document dates: core properties and zip entries
    lang: str = ""  # vi or en; empty: the manual's language
    marking: str = ""  # printed in every page header, e.g. "BẢN KIỂM SOÁT"
    properties: Mapping[str, str] = field(default_factory=frozen_map)  # custom document properties
    markings: Mapping[str, str] = field(default_factory=frozen_map)  # code -> its pages' marking, over `marking`
    copy: Copy | None = None  # a numbered controlled copy: its number and holder on every page

    def marking_of(self, doc: Document) -> str:
        return self.markings.get(doc.code, self.marking)


class Section(NamedTuple):
    """One section of the output: its header, its content, how its pages are numbered."""

    header: str  # relationship id of its header
    blocks: Iterable  # XML fragments, as text or encoded
    restart: bool = True  # pages numbered from 1
    end: str = ""  # name of a bookmark put on its last page (its header's PAGEREF counts the pages)
    first: str = ""  # relationship id of its first page's own header (NĐ 30: no page number there)


def end_bookmark(n: int) -> str:
    """The bookmark at the end of the n-th document of a file (hidden in Word: a leading _)."""
    return f"_isodocs_end_{n}"


def language_tag(lang: str) -> str:
    return LANGUAGE_TAGS.get(lang, lang)


class Writer:
    """One output document being built: the reference package (read once, see reference.py), the
    headers, hyperlinks and lists the renderer adds, then the body streamed in at the end."""

    def __init__(self, manual: Manual, options: RenderOptions):
        lang = options.lang or manual.config.language
        self.options = options
        self.template = template(manual, language_tag(lang))
        self.base = self.template.base_section()
        width = self.template.width
        self.relations = Relations(self.template.rel_ids, self.template.rel_count)
        self.lists: list[tuple[bool, int]] = []  # what was asked of the numbering, in order
        self.settings_edits: list[Callable] = []  # edits of the settings part (element -> None)
        self.first_num = self.template.first_num
        target = md.Target(link=self.relations.link, new_list=self.new_list, width=width)
        labels = labels_for(manual, lang)
        copy = options.copy
        self.ctx = Page(manual, labels, width, target,
                        labels("copy_line", number=f"{copy.number:02d}", holder=copy.holder) if copy else "")

    def new_list(self, ordered: bool, start: int = 1) -> int:
        """A new numbering instance (a list numbered from `start`): its id."""
        self.lists.append((ordered, start))
        return self.first_num + len(self.lists) - 1

    def header(self, blocks: list) -> str:
        """A new header holding `blocks`: its relationship id, for a Section."""
        return self.relations.header(blocks)

    def finish(self, sections: list[Section], info: CoreInfo, first_bookmark: int = 1,
               kept: Callable[[tuple, Callable[[], Deflated]], Deflated] | None = None) -> bytes:
        """The sections in order; the bookmarks at their ends numbered from `first_bookmark`
        (lower ids are taken); `kept`: see `package`."""
        ids = itertools.count(first_bookmark)

        def mark(part: Section) -> str:
            return bookmark(next(ids), part.end) if part.end else ""

        def body():
            for part in sections[:-1]:
                yield from part.blocks
                yield section_break(section(self.base, header=part.header, restart_pages=part.restart,
                                            first_header=part.first), mark(part))
            yield from sections[-1].blocks
            if sections[-1].end:  # the body's own section properties end it: a paragraph for the mark
                yield section_break("", mark(sections[-1]))

        last = section(self.base, header=sections[-1].header, restart_pages=sections[-1].restart,
                       first_header=sections[-1].first)
        return self.package(document_xml(body(), last), info, kept)

    def package(self, main, info: CoreInfo, kept: Callable[[tuple, Callable[[], Deflated]], Deflated] | None = None,
                offsets: dict[str, int] | None = None) -> bytes | Chunks:
        """The DOCX bytes: the reference's parts, this output's own, and the main document part
        `main` (bytes, or pieces of it). `kept(what, make)`: a part made of `what` as kept
        before, or make() (the manual's parts list each of its thousands of documents; a part
        kept is not made with python-docx again). `offsets`: see package.write_zip; the main
        part is named `main_part`."""
        t, relations = self.template, self.relations
        made = kept or _made_now
        entries = dict(t.entries)
        entries[t.main] = main
        added, lists = tuple(relations.added), tuple(self.lists)
        entries[f"word/_rels/{t.main.rsplit('/', 1)[-1]}.rels"] = made(("rels", t.digest, added),
                                                                       lambda: t.document_rels_xml(added))
        entries.update(relations.headers)
        entries[t.numbering] = made(("numbering", t.digest, lists), lambda: t.numbering_with(lists))
        entries[t.core] = core_properties_xml(t.core_xml, info, self.options.stamp, kept)
        edits = self.settings_edits
        entries[t.settings] = settings_xml(t.settings_xml, edits) if edits else t.settings_xml
        parts, package_rels = relations.parts(), ()
        properties = self.options.properties
        if properties:
            # made afresh: they name every document's blob, so after any change they differ
            entries[CUSTOM_PART] = deflated(custom_properties_xml(properties))
            package_rels = (Rel(next_rid({r.rid for r in t.package_rels}), CUSTOM_PROPERTIES_REL, CUSTOM_PART),)
            parts += (Part(f"/{CUSTOM_PART}", CUSTOM_PROPERTIES_TYPE),)
        entries["_rels/.rels"] = t.package_rels_xml(package_rels)
        entries["[Content_Types].xml"] = made(("content types", t.digest, parts), lambda: t.content_types(parts))
        return write_zip(entries.items(), self.options.stamp, offsets)

    @property
    def main_part(self) -> str:
        """The name of the main document part in the package."""
        return self.template.main


def _made_now(what: tuple, make: Callable[[], Deflated]) -> Deflated:
    return make()


def core_properties_xml(xml: bytes, info: CoreInfo, stamp: dt.datetime,
                        kept: Callable[[tuple, Callable[[], Deflated]], Deflated] | None = None) -> bytes:
    """The reference's core properties with this output's, dated `stamp`: the part as
    python-docx writes it, made once per reference, date and language with stand-ins for the
    texts, which are then written in (a province's build writes thousands). `kept(what, make)`:
    that form as kept before (compressed), or make() (see Writer.package)."""
    when = utc(stamp)
    if kept is None:
        form = _core_form(xml, when, info.language)
    else:
        form = inflated(kept(("core form", hashlib.sha256(xml).hexdigest(), when.isoformat(), info.language),
                             lambda: deflated(_core_form(xml, when, info.language))))
    texts = {"title": info.title, "subject": info.subject, "creator": info.creator, "keywords": info.keywords}
    return _STAND_IN.sub(lambda m: _text(short(texts[m[1].decode()])), form)


_STAND_IN = re.compile("\ue000(\\w+)\ue000".encode())


def _text(value: str) -> bytes:
    """Text as lxml writes it in an element."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;").encode()


@functools.lru_cache(maxsize=16)
def _core_form(xml: bytes, when: dt.datetime, language: str) -> bytes:
    from docx.opc.coreprops import CoreProperties
    from docx.oxml.parser import parse_xml

    element = parse_xml(xml)  # python-docx's own element classes: CoreProperties needs them
    core = CoreProperties(element)
    set_core_properties(core, CoreInfo(*(f"\ue000{name}\ue000" for name in ("title", "subject", "creator",
                                                                          "keywords")), language=language))
    core.created = core.modified = when
    core.revision = 1
    return part_xml(element)


def settings_xml(xml: bytes, edits) -> bytes:
    """The reference's settings with `edits` made (to keep tracking changes)."""
    element = part_root(xml)
    for edit in edits:
        edit(element)
    return part_xml(element)
