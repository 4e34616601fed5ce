"""The build cache: each document's pages as rendered, by everything that decides them.

A document's header and body (`render.docx.rendered.Rendered`) are a pure function of what the
renderer can see, and it is given nothing else: a manual of the document alone with what it
cites (`seen_by`) — the register entries of its legal basis, the documents it refers to, its
approval records — plus the manual's configuration and label templates, the reference document,
the language, the marking and copy line on its pages, and isodocs itself (its version and the
digest of its own files). The key is a digest of exactly those, so a cached entry can only be
what rendering would give now: stale output is impossible by construction, not by care.

Entries live in two `load.cache.Cache`s (sealed with the user's secret, bounded: entries a
build did not use are dropped when it is saved), each read a shard at a time. The pages,
compressed, are kept apart from what placing a document asks of them (its lists and links), so
a build after one change opens the pages of two documents (the changed one and the one after
it, whose piece of the manual is compressed after it) and reads a few of the 64 shards of
pages, not all of them; a build with nothing to render reads one shard, the record of the
files it wrote. Which keys the caches hold is one entry (`held`), so a build knows what to
render without reading the pages or their placing. The manual's documents placed a run at a
time (render.docx.runs), its master list's piece, its parts that list every document
(numbering, relationships, content types, properties) and the files already written are kept
the same way, by what decides them; the runs' bytes with the pages, and where they lie in the
manual the last build wrote (`Laid`), from which a build copies them while it is as it was.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import Any, Callable, Collection, Mapping, NamedTuple

from isodocs.load.cache import Cache, for_source, stat_of
from isodocs.model import Document, Manual
from isodocs.render.docx.rendered import seen_by  # noqa: F401 (what a key covers)
from isodocs.system.files import Source, Span, UnsafePath, open_folder
from isodocs.system.identity import code_digest


def context_digest(manual: Manual, template_digest: str, lang: str) -> str:
    """What every document of a build shares: the configuration, label templates, reference
    document and language, and isodocs."""
    templates = sorted(manual.templates.items())
    return _digest("context", code_digest(), template_digest, lang, repr(manual.config), repr(templates))


def part_key(context: str, seen: Manual, doc: Document, marking: str, copy: str) -> str:
    """The key of a document's rendered pages: the build's context, all the renderer sees of
    the manual (`seen_by`), the marking and copy line of its pages. What was read from a file is
    named by the file's path and blob id (the model is a function of them and of isodocs, which
    the context names); what was not (made in code) by its whole value."""
    return _digest("part", context, _named(doc), *map(_named, seen.documents[:-1]), "legal",
                   *(f"{_named(entry)}#{entry.index}" for entry in seen.legal), "approvals",
                   *map(_named, seen.approvals), marking, copy)


def _named(item) -> str:
    origin = item.origin
    return f"{origin.path}\0{origin.blob_id}\0{origin.line_offset}" if origin.blob_id else repr(item)


def _outputs(folder: Path) -> str:
    return "outputs:" + _digest(os.path.abspath(folder))


def _laid(folder: Path, name: str) -> str:
    return "laid:" + _digest(os.path.abspath(folder), name)


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def digest(*parts: str) -> str:
    return _digest(*parts)


class Bytes(NamedTuple):
    """A run's bytes apart from its record (render.docx.runs): its pieces joined (or where a
    file holds them), and each of its documents' headers, compressed."""

    pieces: bytes | Span
    headers: list


class Laid:
    """A manual's file as a build wrote it: its size, times and inode then, and where each run's
    bytes lie in it (its identity, its pieces' offset and length, each of its headers' offset
    and length), the record `recorded()` gives, asked for when a run is first. `run(ident)`
    gives a run's bytes from the file while it is as it was left (as Git's index tells a file
    unchanged): its headers read, all at once on first asking, its pieces a Span of the file,
    copied as they are when the new file is written (system.files.Chunks), never read here;
    nothing when the file is not as it was, or the record is damaged. `close()` lets it go."""

    def __init__(self, folder: Path, name: str, recorded: Callable[[], Any]):
        self.folder, self.name, self.recorded = folder, name, recorded
        self.runs: dict[str, list[int]] = {}  # each run's spans: pieces, then headers, (offset, length) each
        self.source: Source | None = None
        self._headers: memoryview | None = None
        self._start = 0
        self._read = False

    def run(self, ident: str) -> Bytes | None:
        if not self._read:
            self._read = True
            self._load()
        spans = self.runs.get(ident)
        if spans is None or self.source is None:
            return None
        data, at = self._headers, self._start
        headers = [data[offset - at:offset - at + length] for offset, length in zip(spans[2::2], spans[3::2])]
        return Bytes(Span(self.source, spans[0], spans[1]), headers)

    def close(self) -> None:
        if self.source is not None:
            self.source.close()

    def _load(self) -> None:
        record = self.recorded()
        runs = record[4] if isinstance(record, list) and len(record) == 5 else None
        if not (isinstance(runs, list) and runs and all(type(x) is int for x in record[:4])
                and all(_run_laid(run) for run in runs)):
            return
        known = record[:4]
        self.runs = {run[0]: [run[1], run[2], *run[3]] for run in runs}
        spans = [(offset, length) for run in self.runs.values() for offset, length in zip(run[2::2], run[3::2])]
        self._start = min((offset for offset, _ in spans), default=0)
        end = max((offset + length for offset, length in spans), default=0)
        if any(run[0] + run[1] > known[0] for run in self.runs.values()) or end > known[0]:  # past the file's size
            self.runs = {}
            return
        try:
            with open_folder(self.folder) as folder:
                self.source = folder.open_same(self.name, lambda st: stat_of(st) == known)
            self._headers = memoryview(self.source.read(self._start, end - self._start))
        except (OSError, UnsafePath, ValueError):
            self.close()
            self.source = None


def _stat_now(folder: Path, name: str) -> list[int] | None:
    """What says the regular file `name` in `folder` is as it is now (load.cache.stat_of); None
    when it is not one."""
    try:
        st = os.lstat(folder / name)
    except (OSError, ValueError):
        return None
    return stat_of(st) if stat.S_ISREG(st.st_mode) else None


def _run_laid(run: Any) -> bool:
    """Whether `run` is where a run lies: [identity, offset, length, [offset, length, ...]]."""
    return (type(run) is list and len(run) == 4 and type(run[0]) is str and type(run[3]) is list
            and len(run[3]) % 2 == 0 and all(type(x) is int and x >= 0 for x in (run[1], run[2], *run[3])))


class BuildCache:
    """The entries of one kind of build (its language and whether it is a draft): the manual's
    compressed pieces, what placing each document asks of its pages, and the files written; and
    apart, read a shard at a time, each document's pages (`pages`, by the same key as what
    placing it asks)."""

    HELD = "held"  # the entry naming the keys whose pages (and placing) the caches hold

    def __init__(self, cache: Cache | None, pages: Cache | None = None):
        self.cache, self.pages = cache, pages
        self._held: frozenset[str] | None = None

    def held(self) -> frozenset[str]:
        """The keys whose pages the caches hold, as the builds before left them, known without
        reading the pages nor what placing them asks (a province's 5,000 of each). An entry
        since lost or damaged is rendered again when read (render.build)."""
        if self.pages is None:
            return frozenset()
        if self._held is None:
            found = self.get(self.HELD)
            self._held = frozenset(found) if isinstance(found, list) and all(type(k) is str for k in found) \
                else frozenset()
        return self._held

    def get(self, key: str) -> Any:
        return self.cache.get(key) if self.cache is not None else None

    def put(self, key: str, value: Any) -> None:
        if self.cache is not None:
            self.cache.put(key, value)

    def page(self, key: str) -> Any:
        return self.pages.get(key) if self.pages is not None else None

    def put_page(self, key: str, value: Any) -> None:
        if self.pages is not None:
            self.pages.put(key, value)

    def keep(self, key: str) -> None:
        """Keep the pages of `key`, and what placing them asks, for the next build without
        reading them: a build with nothing to render reads one shard, the record of its outputs."""
        for cache in (self.cache, self.pages):
            if cache is not None:
                cache.touch(key)

    def outputs_right(self, folder: Path) -> Callable[[str, str], bool]:
        """Whether the file `name` in `folder` is the output of `key` as this cache wrote it, and
        untouched since: the same size, modification and change times and inode (as Git's index
        tells a file unchanged). Anything else, or any doubt, is no. What a build wrote in a
        folder is one entry, read once: a province's 5,000 outputs are 5,000 look-ups of it."""
        files = self._written(folder)
        where = os.fspath(folder)

        def right(name: str, key: str) -> bool:
            record = files.get(name)
            if not isinstance(record, list) or len(record) != 5 or record[0] != key:
                return False
            try:
                st = os.lstat(os.path.join(where, name))
            except (OSError, ValueError):
                return False
            return stat.S_ISREG(st.st_mode) and record[1:] == stat_of(st)

        return right

    def earlier(self, folder: Path, name: str) -> Laid:
        """The file `name` in `folder` as the last build that made it wrote it: where the pieces
        of its runs lie (render.docx.runs), believed only while the file is as it was left."""
        return Laid(folder, name, lambda: self.get(_laid(folder, name)))

    def wrote(self, folder: Path, keys: Mapping[str, str], made: Collection[str],
              laid: Mapping[str, list] | None = None) -> None:
        """Remember the outputs of a build in `folder`: `keys` names every output by its key,
        `made` those written now (as they now are); the others were kept, as they were.
        `laid`: where the runs lie in files made now (render_manual); of a file kept, as it was."""
        for name, runs in (laid or {}).items():
            key = _laid(folder, name)
            if name not in made:
                self.keep(key)
                continue
            now = _stat_now(folder, name)
            if now is not None:
                self.put(key, [*now, [[ident, offset, length, list(headers)] for ident, offset, length, headers in runs]])
        before = self._written(folder)
        now = {}
        for name, key in keys.items():
            if name not in made:
                if isinstance(before.get(name), list) and before[name][:1] == [key]:
                    now[name] = before[name]
                continue
            found = _stat_now(folder, name)
            if found is not None:
                now[name] = [key, *found]
        if now != before:
            self.put(_outputs(folder), now)

    def _written(self, folder: Path) -> dict:
        found = self.get(_outputs(folder))
        return found if isinstance(found, dict) else {}

    def save(self, prune: bool = True) -> None:
        """Keep what this build used (and with `prune` off, all else it held too)."""
        # the pages this build kept are those its cache of pages used; those it rendered, put
        if self.pages is not None and (prune or self.pages.put_keys):  # else: as it was, unread
            held = frozenset(self.pages.used) if prune else self.held() | self.pages.put_keys
            if held != self.held():
                self.put(self.HELD, sorted(held))
        for cache in (self.cache, self.pages):
            if cache is not None:
                cache.save(prune=prune)


class MadeFiles:
    """What builds of one kind made, by the build record each file carries (its custom
    properties, which name the commit, the recipe and every document in it): the SHA-256 of
    the bytes such a build gives. Builds are byte-identical, so `verify` of a file whose bytes
    have that digest renders nothing, and of one whose bytes do not, knows it was changed. The
    key names isodocs too: another isodocs may render other bytes. Builds record the manual and
    its numbered copies; `verify` records what it renders."""

    def __init__(self, cache: Cache | None):
        self.cache = cache

    def recorded(self, data: bytes, properties: Mapping[str, str]) -> bool | None:
        """Whether `data` are the bytes a build of the record `properties` (the file's own)
        gives; None: not known."""
        key = self._key(properties)
        found = self.cache.get(key) if key and self.cache is not None else None
        return found == hashlib.sha256(data).hexdigest() if isinstance(found, str) else None

    def record(self, data: bytes, properties: Mapping[str, str] | None = None) -> None:
        """Record `data` as what a build of the record `properties` gives (None: the record
        `data` carries)."""
        if properties is None:
            from isodocs.render.docx.package import custom_properties

            try:
                properties = custom_properties(data)
            except ValueError:
                return
        key = self._key(properties)
        if key and self.cache is not None:
            self.cache.put(key, hashlib.sha256(data).hexdigest())

    def save(self, prune: bool = True) -> None:
        if self.cache is not None:
            self.cache.save(prune=prune)

    @staticmethod
    def _key(properties: Mapping[str, str]) -> str | None:
        if not properties:
            return None
        return _digest("made", code_digest(), *(f"{name}\0{value}" for name, value in sorted(properties.items())))


def build_cache(source, recipe) -> BuildCache:
    """The build cache of this kind of build (draft or official, and language) of the manual.
    Every key names isodocs' own code, so the pages an earlier isodocs rendered are dropped unread
    (a province's are 60 MB)."""
    kind, edition = _kind_of(recipe), code_digest()
    return BuildCache(for_source(source, "build", scope=kind, edition=edition, lazy=True),
                      for_source(source, "pages", scope=kind, edition=edition, lazy=True))


def made_files(source, recipe) -> MadeFiles:
    """What builds of this kind made, kept beside their build cache."""
    return MadeFiles(for_source(source, "made", scope=_kind_of(recipe)))


def _kind_of(recipe) -> str:
    return f"{recipe.kind}-{recipe.lang}"
