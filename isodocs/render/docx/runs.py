"""The manual's documents placed in its main part a run at a time, each run kept whole.

Each document's piece of the main part is its pages placed with the ids the manual gives them
(its header's relationship, its lists' numbers, its links' relationships, its bookmarks),
compressed with the piece before as its dictionary (package.segment). The documents go in runs
of about the square root of their number (a province's 5,001 in 72 runs of 70), and a run's
bytes are a function of:

- its documents' pages (their keys: render/cache.py) and their positions, and how many
  documents there are (the last one closes the body; the end bookmarks follow the first ones);
- what the documents before it left: how many relationships, headers and lists the package
  holds, the ids its links already have, and the placing of the piece just before it.

Those are the run's identity (`_ident`). A run kept in the build cache under the same identity
is replayed: its headers, lists and links are added in the order they were, its pieces joined
as they were, without reading its documents' pages or what placing them asks. A run whose
identity changed is placed anew, document by document, and a document whose placing is the one
kept keeps its header and its piece. After one change a build places one run anew (opening the
changed document's pages and its neighbours') and replays the others whole.

A run's bytes, its pieces and its documents' headers compressed, are kept apart from its
record, under its identity (`pieces_key`), in the cache of pages: a run replayed takes them
from the manual's file the last build wrote where that file is as the build left it
(`Earlier`: render.cache.Laid), else from that cache. So after one change a build reads neither
a province's 20 MiB of them from the cache nor their seals: it reads the headers from the last
file, and its pieces are copied from it as the new file is written.
"""

from __future__ import annotations

import functools
import math
from typing import Any, NamedTuple, Protocol

from isodocs.render.cache import Bytes, digest
from isodocs.render.docx import rendered as pieces
from isodocs.render.docx.contents import bookmarked
from isodocs.render.docx.openxml import bookmark
from isodocs.render.docx.package import WINDOW, Deflated, Stream, crc_shift, deflated, segment
from isodocs.render.docx.parts import header_xml
from isodocs.render.docx.rendered import Packed
from isodocs.render.docx.sections import CLOSING, section, section_break
from isodocs.render.docx.writer import Writer, end_bookmark
from isodocs.system.files import UnsafePath


def run_size(count: int) -> int:
    """Documents in a run of a manual of `count`: after one change, one run is placed anew and
    the others replayed, so about as many runs as documents in each."""
    return max(1, math.isqrt(count))


class Placing:
    """A document as placed in the manual: its pages, position, header and the ids it was given.
    Its piece of the main part is a function of these (and of the piece before it): `key`."""

    def __init__(self, parts: Packed, n: int, last: bool, header: str, numbers: list[int], rids: list[str],
                 end: int, base):
        self.parts, self.n, self.last, self.header = parts, n, last, header
        self.numbers, self.rids, self.end, self.base = numbers, rids, end, base
        self._text: bytes | None = None

    @functools.cached_property
    def key(self) -> str:  # asked for as this document's and as the next one's predecessor
        if not self.parts.key:
            return ""
        return "|".join((self.parts.key, str(self.n), str(self.last), self.header, repr(self.numbers),
                         repr(self.rids), str(self.end)))

    def text(self) -> bytes:
        if self._text is None:
            body = pieces.placed_with(self.parts.open(), self.numbers, self.rids)
            mark = bookmark(self.end, end_bookmark(self.n))
            sect = section(self.base, header=self.header, restart_pages=True)
            end = section_break("", mark) + sect + CLOSING if self.last else section_break(sect, mark)
            self._text = ("".join(bookmarked(body, self.n)) + end).encode()
        return self._text


class Earlier(Protocol):
    """The manual's file the last build wrote: where each run's bytes lie in it."""

    def run(self, ident: str) -> Bytes | None:
        """The bytes of the run of identity `ident`, as that file holds them; None: not there,
        or the file is not as the build left it."""


def pieces_key(ident: str) -> str:
    """The key of a run's bytes in the cache of pages: [its pieces joined, its headers joined]."""
    return "pieces:" + ident


class _Kept(NamedTuple):
    """A run as the build cache keeps it."""

    ident: str
    before: str  # the key of the placing its first piece was compressed after ("" for none)
    urls: list  # the addresses its documents link to, in the order first linked
    crc: int  # of its pieces joined
    size: int
    shift: int  # package.crc_shift(size)
    docs: list  # each document's record: _FIELDS


# pages key, placing key, lists, links, header (CRC, size, length compressed), piece (CRC, size,
# shift, length compressed); the bytes of both are the run's, apart (Bytes)
_FIELDS = (str, str, list, list, int, int, int, int, int, int, int)
_HEADER, _HEADER_LENGTH, _PIECE, _LENGTH = 4, 6, 7, 10


def _kept(found: Any) -> _Kept | None:
    if not (isinstance(found, list) and len(found) == len(_Kept._fields)):
        return None
    kept = _Kept(*found)
    if (type(kept.ident) is str and type(kept.before) is str and isinstance(kept.urls, list)
            and all(type(u) is str for u in kept.urls) and type(kept.crc) is int and type(kept.size) is int
            and type(kept.shift) is int and isinstance(kept.docs, list)):
        return kept
    return None


def _record(record: Any) -> tuple[tuple[tuple[bool, int], ...], tuple[str, ...]] | None:
    """(lists, links) of a document's record; None when it is not one."""
    if type(record) is not list or tuple(map(type, record)) != _FIELDS:
        return None
    lists, links = record[2], record[3]
    if lists and not all(type(x) is list and len(x) == 2 and type(x[0]) is bool and type(x[1]) is int for x in lists):
        return None
    if links and not all(type(u) is str for u in links):
        return None
    return tuple(map(tuple, lists)), tuple(links)


class Runs:
    """The documents' part of the main part (`documents`), placed a run at a time (`place`),
    each run kept in `cache` (the build cache: get/put by key, page/put_page/keep for the pieces)
    under a key naming its position in the build's `context` (render.cache.context_digest);
    without them, placed anew. `earlier`: the file the last build wrote, for the bytes of runs
    replayed. `laid`: each run's identity, where its pieces begin in `documents` and how long
    they are, which of the package's headers is its first and how many it has."""

    def __init__(self, build: Writer, count: int, cache=None, context: str = "", earlier: Earlier | None = None):
        self.build, self.count, self.cache, self.context = build, count, cache, context
        self.earlier = earlier
        self.documents = Stream()
        self.last: Placing | None = None
        self.laid: list[tuple[str, int, int, int, int]] = []

    def place(self, run: list[Packed], start: int) -> None:
        """The documents of `run`, in order, the first being the (start+1)-th of the manual."""
        relations = self.build.relations
        key = ("run:" + digest(self.context, str(start), str(len(run)), str(self.count))
               if self.cache is not None and self.context and all(parts.key for parts in run) else "")
        state = (str(len(relations.added)), str(len(relations.headers)), str(len(self.build.lists)),
                 self.last.key if self.last is not None else "")
        kept = _kept(self.cache.get(key)) if key else None
        if kept is not None and len(kept.docs) == len(run) \
                and kept.ident == _ident(key, state, run, [relations.links.get(u, "") for u in kept.urls]):
            records = [_record(record) for record in kept.docs]
            data = self._bytes(kept) if None not in records else None
            if data is not None:
                self._replay(kept, records, run, start, data)
                return
        self._anew(run, start, key, state, kept)

    def _bytes(self, kept: _Kept, read: bool = False) -> Bytes | None:
        """The bytes of a kept run (whose records are whole): from the file the last build
        wrote (its pieces where the file holds them, or with `read` read from it), else from the
        cache; None when neither has them whole."""
        length = sum(record[_LENGTH] for record in kept.docs)
        headers = [record[_HEADER_LENGTH] for record in kept.docs]
        found = self.earlier.run(kept.ident) if self.earlier is not None else None
        if found is not None and len(found.pieces) == length and list(map(len, found.headers)) == headers:
            try:
                found = found._replace(pieces=found.pieces.read()) if read else found
            except (OSError, UnsafePath):  # changed since: the cache's
                found = None
        else:
            found = None
        if found is not None:
            self.cache.keep(pieces_key(kept.ident))  # still kept, unread, should the file change
            return found
        found = self.cache.page(pieces_key(kept.ident))
        if not (type(found) is list and len(found) == 2 and type(found[0]) is bytes and type(found[1]) is bytes
                and len(found[0]) == length and len(found[1]) == sum(headers)):
            return None
        joined, split, at = memoryview(found[1]), [], 0
        for size in headers:
            split.append(joined[at:at + size])
            at += size
        return Bytes(found[0], split)

    def _replay(self, kept: _Kept, records: list, run: list[Packed], start: int, data: Bytes) -> None:
        build, relations = self.build, self.build.relations
        first_header = len(relations.headers)
        for (lists, links), record, header in zip(records, kept.docs, data.headers):
            rid = relations.header_xml(Deflated(header, record[_HEADER], record[_HEADER + 1]))
            numbers = [build.new_list(ordered, first) for ordered, first in lists]
            rids = [relations.link(url) for url in links]
        n = start + len(run)
        self.last = Placing(run[-1], n, n == self.count, rid, numbers, rids, self.count + n, build.base)
        self.laid.append((kept.ident, self.documents.length, len(data.pieces), first_header, len(run)))
        self.documents.add_run([data.pieces], kept.crc, kept.size, kept.shift)

    def _anew(self, run: list[Packed], start: int, key: str, state: tuple, kept: _Kept | None) -> None:
        build, relations = self.build, self.build.relations
        old = kept.docs if kept is not None else []
        stream, records, urls, headers = Stream(), [], {}, []
        kept_bytes = _Split(self, kept)
        first_header = len(relations.headers)
        for i, parts in enumerate(run):
            n = start + i + 1
            before = self.last.key if self.last is not None else ""
            record = old[i] if i < len(old) and isinstance(old[i], list) and old[i][:1] == [parts.key] else None
            found = _record(record) if record is not None else None
            header = kept_bytes.header(i) if found is not None else None
            if found is not None and header is not None:  # what placing it asks, and its header, as kept
                lists, links = found
                header = Deflated(header, record[_HEADER], record[_HEADER + 1])
            else:
                found = None
                lists, links = parts.lists, parts.links
                header = deflated(header_xml(pieces.header(parts.open(), f"PAGEREF {end_bookmark(n)}")))
            rid = relations.header_xml(header)
            numbers = [build.new_list(ordered, first) for ordered, first in lists]
            rids = []
            for url in links:
                if url not in urls:  # the id it had before the run
                    urls[url] = relations.links.get(url, "")
                rids.append(relations.link(url))
            here = Placing(parts, n, n == self.count, rid, numbers, rids, self.count + n, build.base)
            if found is not None and record[1] == here.key and _after(kept, i) == before:  # the same piece
                piece, shift = Deflated(kept_bytes.piece(i), record[_PIECE], record[_PIECE + 1]), record[_PIECE + 2]
                stream.add(piece, None, shift)
            else:
                data = here.text()
                piece = segment(data, self.last.text()[-WINDOW:] if self.last is not None else b"")
                shift = crc_shift(piece.size) if key else 0
                stream.add(piece, data)
            if key:
                records.append([parts.key, here.key, [list(x) for x in lists], list(links), header.crc,
                                header.size, len(header.data), piece.crc, piece.size, shift, len(piece.data)])
                headers.append(header.data)
            self.last = here
        if key:
            ident = _ident(key, state, run, list(urls.values()))
            self.laid.append((ident, self.documents.length, stream.length, first_header, len(run)))
            self.cache.put(key, [ident, state[3], list(urls), stream.crc, stream.size, crc_shift(stream.size), records])
            self.cache.put_page(pieces_key(ident), [b"".join(stream.data), b"".join(headers)])
        self.documents.extend(stream)


class _Split:
    """The bytes of a kept run placed anew, each document's apart, read when first asked for."""

    def __init__(self, runs: Runs, kept: _Kept | None):
        self.runs, self.kept = runs, kept
        self.data: Bytes | None = None
        self.read = False

    def header(self, i: int) -> bytes | None:
        """The i-th document's header as kept; None when the run's bytes are not at hand (given
        one, `piece` gives its pieces)."""
        if not self.read:
            self.read = True
            if all(_record(record) is not None for record in self.kept.docs):
                self.data = self.runs._bytes(self.kept, read=True)
        return bytes(self.data.headers[i]) if self.data is not None else None

    def piece(self, i: int) -> bytes:
        start = sum(record[_LENGTH] for record in self.kept.docs[:i])
        return bytes(self.data.pieces[start:start + self.kept.docs[i][_LENGTH]])


def _after(kept: _Kept, i: int) -> str | None:
    """The key of the placing the i-th document's kept piece was compressed after."""
    if i == 0:
        return kept.before
    record = kept.docs[i - 1]
    return record[1] if isinstance(record, list) and len(record) > 1 and type(record[1]) is str else None


def _ident(key: str, state: tuple, run: list[Packed], resolved: list[str]) -> str:
    """What decides a run's bytes beyond its position (`key`): what the documents before it
    left (`state`, the ids its links had: `resolved`) and its documents' pages."""
    return digest("run", key, *state, *(parts.key for parts in run), "links", *resolved)
