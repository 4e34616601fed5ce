"""Diffing two revisions as read from their sources, parsing only what changed.

Document files whose blob id is the same on both sides are the same document and are never
read past their id (a commit knows its blobs' ids from its trees; a folder hashes its files).
Only the other files are parsed, with the configuration; the legal register only when a
document's legal basis changed, and then only the files that mention the numbers involved.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from typing import Collection, Iterable, Sequence

from isodocs import model as m
from isodocs.diagnostics import Severity
from isodocs.diff.changes import ManualDiff, Side, Unreadable
from isodocs.diff.engine import diff_manuals, diff_settings
from isodocs.i18n import Msg
from isodocs.load.source import CONFIG_FILE, Source, SourceError
from isodocs.load.text import decode
from isodocs.load.yamlio import MAX_FILE_BYTES, parse
from isodocs.model.reader import is_document_file, load


class _Listed:
    """A source whose file list is read once: the diff loads from it up to twice."""

    def __init__(self, source: Source):
        self._source = source
        self._entries = source.entries()

    def entries(self):
        return self._entries

    def __getattr__(self, name):
        return getattr(self._source, name)


def document_paths(source) -> list[str]:
    return [e.path for e in source.entries()
            if e.readable and is_document_file(e.path)]


def diff_sources(a: Source, b: Source, sides: tuple[Side, Side], codes: Collection[str] = ()) -> ManualDiff:
    """The diff from revision `a` to revision `b`; with `codes`, only those documents (by
    their code on either side; files that cannot be read are always listed, their code being
    unknown). Raises SourceError when a side's isodocs.yaml is unusable."""
    a, b = _Listed(a), _Listed(b)
    ids_a, ids_b = a.blob_ids(document_paths(a)), b.blob_ids(document_paths(b))
    same = {path for path, blob in ids_a.items() if blob and ids_b.get(path) == blob}
    manual_a, unreadable_a = _load_changed(a, set(ids_a) - same, "a", sides[0].label)
    manual_b, unreadable_b = _load_changed(b, set(ids_b) - same, "b", sides[1].label)
    # A file unreadable on one side was not removed or added: it is reported as unreadable only.
    manual_a = _without(manual_a, {u.path for u in unreadable_b})
    manual_b = _without(manual_b, {u.path for u in unreadable_a})
    return diff_manuals(manual_a, manual_b, sides=sides, unchanged=len(same), unreadable=unreadable_a + unreadable_b,
                        titles=lambda numbers: legal_titles((b, a), numbers), codes=codes, settings=_settings(a, b))


def _settings(a, b) -> tuple:
    """What changed in isodocs.yaml (both sides load, so both parse), read only if its bytes differ."""
    old, new = a.read(CONFIG_FILE), b.read(CONFIG_FILE)
    if old == new:
        return ()
    return diff_settings(parse(decode(old), CONFIG_FILE).data, parse(decode(new), CONFIG_FILE).data)


def _load_changed(source, paths: set[str], side: str, label: str) -> tuple[m.Manual, tuple[Unreadable, ...]]:
    loaded = load(source, only=paths)
    if loaded.manual is None:
        first = next((d for d in loaded.diagnostics if d.path == "isodocs.yaml"), None)
        if first is None:
            raise SourceError(Msg("the manual's isodocs.yaml cannot be used in {label}", label=label))
        raise SourceError(Msg("the manual's isodocs.yaml cannot be used in {label}: {problem}", label=label,
                              problem=first))
    read = {d.origin.path for d in loaded.manual.documents}
    unreadable = []
    for path in sorted(paths - read):
        first = next((d for d in loaded.diagnostics if d.path == path and d.severity is Severity.ERROR), None)
        problem = {lang: first.message(lang) for lang in ("vi", "en")} if first else {}
        unreadable.append(Unreadable(side, path, problem))
    return loaded.manual, tuple(unreadable)


def _without(manual: m.Manual, paths: set[str]) -> m.Manual:
    if not paths:
        return manual
    return dataclasses.replace(manual, documents=tuple(d for d in manual.documents if d.origin.path not in paths))


def legal_titles(sources: Sequence, numbers: Iterable[str]) -> dict[str, str]:
    """Titles of the legal entries with these numbers, from the first source that has each.

    The register may hold thousands of entries; only files whose text mentions a wanted
    number (compared as `number_key` does: Đ as D, case and spaces aside) are parsed.
    """
    wanted: dict[str, list[str]] = {}  # number_key -> the spellings asked for (ND-CP and NĐ-CP alike)
    for number in numbers:
        wanted.setdefault(m.number_key(number), []).append(number)
    titles: dict[str, str] = {}
    for source in sources:
        missing = {key for key, spellings in wanted.items() if spellings[0] not in titles}
        if not missing:
            break
        paths = [e.path for e in source.entries()
                 if e.readable and e.path.startswith("legal/") and e.path.endswith((".yaml", ".yml"))
                 and e.size <= MAX_FILE_BYTES and _mentions(source.read(e.path), missing)]
        if not paths:
            continue
        manual = load(source, only=paths).manual
        for entry in manual.legal if manual else ():
            key = m.number_key(entry.number)
            if key in missing:
                titles.update((spelling, entry.title) for spelling in wanted[key] if spelling not in titles)
    return titles


def _mentions(data: bytes, keys: set[str]) -> bool:
    """Whether the text may hold one of the numbers: written with Đ or D, any case, spaces
    anywhere, but whole (1/2024/NĐ-CP is not found inside 11/2024/NĐ-CP)."""
    text = unicodedata.normalize("NFC", data.decode("utf-8", "replace")).upper().replace("Đ", "D")
    return _pattern(frozenset(keys)).search(text) is not None


@functools.lru_cache(maxsize=64)
def _pattern(keys: frozenset[str]) -> re.Pattern:
    spaced = (r"\s*".join(re.escape(c) for c in key) for key in sorted(keys))
    return re.compile(r"(?<![\w/])(?:" + "|".join(spaced) + r")(?![\w/])")
