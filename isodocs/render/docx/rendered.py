"""A document's pages rendered once, tied to no package: its body for both its own DOCX and
manual.docx, and what the cache keeps.

A body asks the package it goes into for numbering instances and hyperlink relationships.
Rendered here, it gets local ones instead (lists 1..n, links rIdLink1..n) and records what it
asked for; placing it in a package asks that package in the same order and writes the package's
ids in. The XML is our own markup (text is escaped), so the ids are found by their exact
attributes and nothing a document says can look like one.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from typing import Callable

from isodocs.model import Document, Manual, number_key
from isodocs.render.docx import markdown as md
from isodocs.render.docx import openxml as ox
from isodocs.render.docx.common import Page, heading
from isodocs.render.docx.content import content
from isodocs.render.docx.control import kind_label, page_header, responsibility, revisions

PAGES = "ISODOCS-PAGES"  # the page count's field instruction until the package says which
_PAGES_FIELD = ox.esc(f" {PAGES} ")
_NUM = re.compile(r'<w:numId w:val="(\d+)"/>')
_LINK = re.compile(r' r:id="rIdLink(\d+)"')


@dataclass(frozen=True)
class Rendered:
    """A document's header and body, its lists and links local (see the module's text)."""

    header: str  # the page header's XML; its page count field's instruction is PAGES
    blocks: tuple  # the body: XML text, or a Heading (level, text, XML) the contents may list
    lists: tuple[tuple[bool, int], ...]  # (ordered, start) of each list, in order: numId n is the n-th
    links: tuple[str, ...]  # each address linked, in order of first use: rIdLinkN is the N-th

    # Encoded as fields apart by NUL, a heading's by SOH: characters XML cannot hold, so no text
    # (cleaned of them, see openxml.clean) or markup has them; splitting is all decoding takes.

    def encoded(self) -> bytes:
        body = (f"\x01{b.level}\x01{ox.clean(b.text)}\x01{b}" if isinstance(b, ox.Heading) else b
                for b in self.blocks)
        lists = ",".join(f"{int(ordered)}:{start}" for ordered, start in self.lists)
        return "\x00".join((self.header, lists, json.dumps(self.links), *body)).encode()

    @classmethod
    def decoded(cls, data: bytes) -> Rendered:
        header, lists, links, *body = data.decode().split("\x00")
        blocks = []
        for block in body:
            if block.startswith("\x01"):
                _, level, text, xml = block.split("\x01", 3)
                blocks.append(ox.Heading.of(int(level), xml, text))
            else:
                blocks.append(block)
        pairs = tuple((item.split(":") for item in lists.split(","))) if lists else ()
        urls = json.loads(links)
        if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
            raise ValueError("not a rendered document")
        return cls(header, tuple(blocks), tuple((o == "1", int(s)) for o, s in pairs), tuple(urls))


class Packed:
    """Rendered pages kept compressed until they are placed (a province's are hundreds of MiB
    of XML), with what placing them in the manual asks of it without opening them: the lists
    and the links. `key`, when the build cache named them, is the key of the pages
    (render/cache.py). Pages kept in the cache are read only when opened (`load` gives their
    compressed bytes), and what placing them asks only when asked (`place` gives it): after one
    change, a build opens two documents' pages of a province's 5,000, and reads what placing
    asks of the few it places anew."""

    __slots__ = ("_data", "_load", "_lists", "_links", "_place", "key")

    def __init__(self, data: bytes | None, lists: tuple[tuple[bool, int], ...], links: tuple[str, ...],
                 key: str = "", load: Callable[[], bytes] | None = None,
                 place: Callable[[], tuple[tuple, tuple]] | None = None):
        self._data, self._load, self._lists, self._links, self.key = data, load, lists, links, key
        self._place = place

    @property
    def data(self) -> bytes:
        if self._data is None:
            assert self._load is not None, "pages neither given nor to be loaded"
            self._data, self._load = self._load(), None
        return self._data

    @property
    def lists(self) -> tuple[tuple[bool, int], ...]:
        if self._place is not None:
            self._placed()
        return self._lists

    @property
    def links(self) -> tuple[str, ...]:
        if self._place is not None:
            self._placed()
        return self._links

    def _placed(self) -> None:
        place, self._place = self._place, None
        self._lists, self._links = place()

    @classmethod
    def of(cls, rendered: Rendered, key: str = "") -> Packed:
        return cls(zlib.compress(rendered.encoded(), 6), rendered.lists, rendered.links, key)

    def open(self) -> Rendered:
        """The pages; ValueError when the data is not what `of` packed."""
        try:
            return Rendered.decoded(zlib.decompress(self.data))
        except (zlib.error, UnicodeDecodeError, KeyError, TypeError, IndexError, ValueError) as exc:
            raise ValueError(str(exc)) from None

    def placing(self) -> list:
        """What placing the pages asks of them, as plain data (kept apart from the pages)."""
        return [[list(x) for x in self.lists], list(self.links)]

    @classmethod
    def kept(cls, key: str, place: Callable[[], tuple[tuple, tuple]], load: Callable[[], bytes]) -> Packed:
        """Pages kept in the cache: what placing them asks from `place` (see `placing_of`), their
        compressed bytes from `load`, each when first asked for."""
        return cls(None, (), (), key, load, place)


def placing_of(placing) -> tuple[tuple[tuple[bool, int], ...], tuple[str, ...]]:
    """(lists, links) of what `Packed.placing` gave; ValueError when it is not such data."""
    try:
        lists, links = placing
        return tuple((bool(o), int(s)) for o, s in lists), tuple(str(u) for u in links)
    except (TypeError, ValueError) as exc:
        raise ValueError(str(exc)) from None


class _Recorder:
    """A package stand-in: local ids, and what was asked for."""

    def __init__(self):
        self.lists: list[tuple[bool, int]] = []
        self.links: dict[str, str] = {}

    def new_list(self, ordered: bool, start: int = 1) -> int:
        self.lists.append((ordered, start))
        return len(self.lists)

    def link(self, url: str) -> str:
        return self.links.setdefault(url, f"rIdLink{len(self.links) + 1}")


def seen_by(manual: Manual, doc: Document) -> Manual:
    """The manual as rendering `doc` may see it: the document, the documents it refers to, the
    procedures serving the TTHC it is filed together with (`joins`: their names), the register
    entries of its legal basis (as the whole manual resolves them) and its approval records; the
    configuration, templates and reference document. Nothing else, so a key made of these
    (render/cache.py) covers all that rendering reads."""
    cited = [found for ref in doc.references if (found := manual.document(ref)) is not None]
    procedure = doc.procedure
    tthc = procedure.tthc if procedure is not None else None
    if tthc is not None and tthc.joins:
        joins, seen = set(tthc.joins), {id(d) for d in cited}
        cited += [d for d in manual.documents if d is not doc and id(d) not in seen and d.procedure
                  and d.procedure.tthc and d.procedure.tthc.code in joins]
    by_key = manual.legal_by_key
    legal = [found for n in doc.legal_basis if (found := by_key.get(number_key(n))) is not None]
    return Manual(root="", config=manual.config, documents=(*cited, doc), legal=tuple(legal),
                  approvals=manual.approvals_by_code.get(doc.code, ()), templates=manual.templates,
                  reference_docx=manual.reference_docx)


def render(page: Page, doc: Document, marking: str) -> Rendered:
    """The document's page header (with `marking`) and body, rendered with local ids on `page`
    (its labels, text width and copy line), seeing only what `seen_by` shows of the manual."""
    recorder = _Recorder()
    ctx = Page(seen_by(page.manual, doc), page.labels, page.width, md.Target(link=recorder.link, new_list=recorder.new_list,
                                                                width=page.width), page.copy)
    header = "".join(page_header(ctx, doc, marking, pages=PAGES))
    body = _joined(document_body(ctx, doc))
    return Rendered(header, body, tuple(recorder.lists), tuple(recorder.links))


def document_body(ctx: Page, doc: Document) -> list:
    """Heading (the contents entry), responsibility block, revision table, content."""
    title = ctx.labels("document_heading", code=doc.code, title=doc.title, kind=kind_label(ctx, doc))
    return [*ctx.keyed(("heading",), [heading(1, title), responsibility(ctx, doc)]), *revisions(ctx, doc),
            *content(ctx, doc)]


def _joined(blocks: list) -> tuple:
    """Runs of plain blocks joined into one text each; headings kept apart."""
    out: list = []
    run: list[str] = []
    for block in blocks:
        if isinstance(block, ox.Heading):
            if run:
                out.append("".join(run))
                run = []
            out.append(block)
        else:
            run.append(block)
    if run:
        out.append("".join(run))
    return tuple(out)


def header(rendered: Rendered, pages: str) -> list[str]:
    """The page header, its page count given by the field instruction `pages`."""
    return [rendered.header.replace(_PAGES_FIELD, ox.esc(f" {pages} "))]


def placed(rendered: Rendered, new_list: Callable[[bool, int], int], link: Callable[[str], str]) -> list:
    """The body with the package's ids, asked for in the order the body asked for them."""
    return placed_with(rendered, [new_list(ordered, start) for ordered, start in rendered.lists],
                       [link(url) for url in rendered.links])


def placed_with(rendered: Rendered, numbers: list[int], rids: list[str]) -> list:
    """The body with the package's ids given: its lists' numbering instances and its links'
    relationships, in the order it asked for them."""
    nums = [str(n) for n in numbers]
    if not nums and not rids:
        return list(rendered.blocks)

    def ids(text: str) -> str:
        if nums and "<w:numId " in text:
            text = _NUM.sub(lambda m: f'<w:numId w:val="{nums[int(m[1]) - 1]}"/>', text)
        if rids and ' r:id="rIdLink' in text:
            text = _LINK.sub(lambda m: f' r:id="{rids[int(m[1]) - 1]}"', text)
        return text

    return [ox.Heading.of(b.level, ids(b), b.text) if isinstance(b, ox.Heading) else ids(b) for b in rendered.blocks]
