"""Read a whole manual from a source into the model, with the diagnostics of reading it.

Every file is read once. A file that cannot be read or fails its schema is reported and
left out of the model; the rest of the manual still loads, so one broken file does not
hide the findings in the others. What fails its schema is also salvaged: built again from
its data with the failing parts cut away (`load.schema.prune`; a required key stood in for),
and kept beside the model with the key paths it lost, so that `check` can still judge it by
the rules that read nothing it lost. Nothing builds, renders or records from a salvaged part.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Callable, Collection, Generic, Iterable, TypeVar

import pygit2

from isodocs import model as m
from isodocs.diagnostics import Diagnostic, Severity, rules
from isodocs.i18n import Msg
from isodocs.i18n.oserrors import os_error
from isodocs.load.cache import Cache
from isodocs.load.reference import problem as reference_problem
from isodocs.load.schema import Pruned, prune, validate
from isodocs.load.source import APPROVALS_DIR, CONFIG_FILE, REFERENCE_DOCX, BlobSource, Entry, Source
from isodocs.load.text import DecodeProblem, decode, split_front_matter
from isodocs.load.yamlio import MAX_FILE_BYTES, Locator, YamlProblem, parse, too_deep
from isodocs.model import build
from isodocs.system import parallel
from isodocs.system.progress import Stage, advance

DOCUMENT_SUFFIXES = (".md", ".yaml", ".yml")
TEMPLATE_SUFFIXES = (".j2",)

LocateFn = Callable[[str, tuple, bool], tuple]
T = TypeVar("T")


def is_document_file(path: str) -> bool:
    """Whether a path of the manual is one the loader reads as a document."""
    return path.startswith("documents/") and path.endswith(DOCUMENT_SUFFIXES)


# The model cannot do without an agency; a manual salvaged from a failed isodocs.yaml is only
# checked, and no rule reads the agency's name, so a lost one is stood in for by a dash.
CONFIG_STAND_INS = {("agency",): {"name": "-"}, ("agency", "name"): "-"}

# An isodocs.yaml that cannot be used at all (not YAML, not keys and values, nothing of it valid)
# lost everything: the manual's documents are still checked, by the rules that read none of it.
UNUSABLE_CONFIG = {"agency": {"name": "-"}}
EVERYTHING: frozenset[tuple[str, ...]] = frozenset({()})  # the lost path that touches every other

# A document whose required key failed would otherwise be lost whole, and every other finding in
# it with it. The key is stood in for by a value no rule reads (it counts as lost, so a rule
# reading it does not judge the document), and the rest is still judged. `kind` has none: it
# decides what the document is. A key of a list's items stands in for that key of every item
# that lost it, which keeps the list's positions (cutting the item would lose the whole list).
_TEXT, _DAY, _PERSON = "-", "2000-01-01", "0"
_TIME = {"value": 1, "unit": "working_hours"}
DOCUMENT_STAND_INS = {
    ("code",): _TEXT, ("title",): _TEXT, ("revision",): 1, ("issued",): _DAY,
    ("prepared_by",): _PERSON, ("reviewed_by",): _PERSON, ("approved_by",): _PERSON,
    ("changes",): [{"revision": 1, "date": _DAY, "summary": _TEXT}],
    ("changes", "revision"): 1, ("changes", "date"): _DAY, ("changes", "summary"): _TEXT,
    # procedures
    ("purpose",): "", ("scope",): "", ("steps",): [],
    ("steps", "no"): 1, ("steps", "action"): _TEXT, ("steps", "actor"): _TEXT,
    ("tthc", "code"): _TEXT, ("tthc", "name"): _TEXT, ("tthc", "time_limit"): _TIME,
    ("tthc", "dossier", "name"): _TEXT, ("forms", "code"): _TEXT, ("forms", "title"): _TEXT,
    # objectives
    ("year",): 2000, ("objectives",): [{"id": _TEXT, "text": _TEXT, "target": {"op": "=", "value": 0}}],
    ("objectives", "id"): _TEXT, ("objectives", "text"): _TEXT, ("objectives", "target"): {"op": "=", "value": 0},
}


def touches(lost: tuple[str, ...], need: tuple[str, ...]) -> bool:
    """Whether a lost key path touches a needed one: one of them lies within the other."""
    n = min(len(lost), len(need))
    return lost[:n] == need[:n]


@dataclass(frozen=True)
class Salvaged(Generic[T]):
    """A document, register entry, approval record or manual whose data failed its schema, built
    from what of it could be kept. Only `check` judges it, by the rules that read nothing it
    lost; no command builds, renders or records from it."""

    item: T
    lost: frozenset[tuple[str, ...]]  # key paths cut away, list positions left out: ("steps", "time")
    after: int = 0  # register entries, approval records: how many of the model's were read before it

    def intact(self, needs: Iterable[str]) -> bool:
        """Whether nothing lost touches what `needs` names, as dotted key paths ("tthc.time_limit")."""
        wanted = [tuple(need.split(".")) for need in needs]
        return not any(touches(lost, need) for lost in self.lost for need in wanted)


@dataclass(frozen=True)
class Loaded:
    """The manual as read, and beside it what reading it found out (the model holds the manual only)."""

    manual: m.Manual | None  # None when isodocs.yaml itself cannot be used
    diagnostics: tuple[Diagnostic, ...]
    locate: LocateFn  # (path, keys, at_key) -> (line, column)
    exists: Callable[[str], bool]  # whether a path written in a document is a file of the manual
    broken_codes: frozenset[str] = frozenset()  # codes of documents that failed to load (reported)
    broken_legal: frozenset[str] = frozenset()  # number_key() of register entries that failed to load
    withheld: frozenset[str] = frozenset()  # codes of documents an official build leaves out (not in force)
    # what failed its schema, salvaged for `check` alone (the model above holds none of it):
    partial: tuple[Salvaged[m.Document], ...] = ()  # documents, by code and path
    partial_legal: tuple[Salvaged[m.LegalEntry], ...] = ()  # register entries, as read
    partial_approvals: tuple[Salvaged[m.Approval], ...] = ()  # approval records, as read
    salvaged: Salvaged[m.Manual] | None = None  # the manual, when isodocs.yaml failed (`manual` is None)
    broken_forms: frozenset[str] = frozenset()  # form codes written in documents that failed their schema

    @property
    def checkable(self) -> m.Manual | None:
        """The manual `check` judges: `manual`, or the one salvaged from a failed isodocs.yaml
        (every command that builds or records refuses that one, as `manual` is None)."""
        return self.manual if self.manual is not None else self.salvaged.item if self.salvaged else None

    @property
    def document_files(self) -> tuple[str, ...]:
        """Every document file of the manual, read or not (a load of some files only lists them all)."""
        manual = self.checkable
        if manual is None:
            return ()
        return tuple(sorted(p for p in manual.files if is_document_file(p)))

    @property
    def unread_documents(self) -> tuple[str, ...]:
        """Document files of the manual that could not be read into it (their findings say why),
        salvaged ones too: they cannot be built."""
        manual = self.checkable
        files = self.document_files
        if manual is None or len(files) == len(manual.documents):  # each document read from a file of its own
            return () if manual is not None else files
        read = {d.origin.path for d in manual.documents}
        return tuple(p for p in files if p not in read)

    def read_as(self) -> str:
        """What this load read, in brief: a digest of each file it holds, by path and blob id,
        of the manual's settings, and of what reading found. Two loads of one state of a manual
        give the same; a file saved between them, another."""
        manual = self.checkable
        items = [*manual.documents, *manual.legal, *manual.approvals] if manual is not None else []
        items += [s.item for s in (*self.partial, *self.partial_legal, *self.partial_approvals)]
        found = hashlib.sha256(repr((self.diagnostics, sorted(self.broken_codes), sorted(self.broken_legal),
                                     sorted(self.withheld), sorted(self.broken_forms))).encode())
        if manual is not None:
            found.update(repr((manual.root, manual.config, sorted(manual.templates.items()), sorted(manual.files),
                               manual.commit, manual.commit_time)).encode())
            found.update(hashlib.sha256(manual.reference_docx or b"").digest())
        # every item's line, hashed at once (the same bytes as one update a line)
        found.update("".join(f"{item.origin.path}\0{item.origin.blob_id}\0{item.origin.line_offset}\0"
                             f"{getattr(item, 'index', '')}\n" for item in items).encode())
        return found.hexdigest()


class _Reader:
    def __init__(self, source: Source):
        self.source = source
        self.diagnostics: list[Diagnostic] = []
        self.texts: dict[str, tuple[str, int]] = {}
        self.unread: dict[str, Callable[[], tuple[str, int] | None]] = {}  # files made from the cache unread
        self.locate = Locator(self.texts, self.unread)
        self.partial: list[Salvaged[m.Document]] = []
        self.partial_legal: list[Salvaged[m.LegalEntry]] = []
        self.partial_approvals: list[Salvaged[m.Approval]] = []
        self.broken_forms: set[str] = set()

    def read_text(self, entry: Entry) -> tuple[str, str] | tuple[None, None]:
        """(text, blob id) of a file, or (None, None) after reporting why it cannot be read."""
        if entry.size > MAX_FILE_BYTES:
            self.diagnostics.append(rules.FILE_TOO_LARGE.at(entry.path, size=entry.size, limit=MAX_FILE_BYTES))
            return None, None
        try:
            data = self.source.read(entry.path)
        except OSError as exc:
            self.diagnostics.append(rules.UNREADABLE.at(entry.path, reason=os_error(exc)))
            return None, None
        try:
            return decode(data), self.source.blob_id(entry.path, data)
        except DecodeProblem as exc:
            self.diagnostics.append(rules.NOT_UTF8.at(entry.path, exc.line, offset=exc.offset))
            return None, None

    def yaml(self, path: str, text: str, offset: int = 0) -> Any:
        """Parsed data, or None after reporting why not."""
        if not text.strip():
            self.diagnostics.append(rules.EMPTY_FILE.at(path, offset + 1 if offset else None))
            return None
        self.texts[path] = (text, offset)
        try:
            parsed = parse(text, path, offset)
        except YamlProblem as exc:
            self.diagnostics.append(exc.diagnostic)
            return None
        for key, line, column in parsed.duplicate_keys:
            self.diagnostics.append(rules.DUPLICATE_KEY.at(path, line, column, key=key))
        if parsed.data is None:  # `---` or `~` alone: nothing, and None means "reported"
            self.diagnostics.append(rules.EMPTY_FILE.at(path, offset + 1))
        return parsed.data

    def mapping(self, path: str, data: Any, offset: int = 0) -> dict | None:
        if isinstance(data, dict):
            return data
        if data is not None:
            self.diagnostics.append(rules.NOT_A_MAPPING.at(path, offset + 1, **_found(data)))
        return None

    def valid(self, kind: str, path: str, data: Any, prefix: tuple = ()) -> bool:
        """Validate against a schema, reporting each issue at its line; True if no errors."""
        try:
            issues = validate(kind, data)
        except RecursionError:
            self.diagnostics.append(too_deep(path, None).diagnostic)
            return False
        for issue in issues:
            keys = prefix + issue.keys
            line, column = self.locate(path, keys, issue.at_key)
            args = issue.args
            if issue.rule is rules.QUOTE_TEXT:  # quote what was written: 7.10, not 7.1
                written = self.locate.written(path, keys) or args["value"]
                args = {**args, "value": written, **({"clause": written} if "clause" in args else {})}
            self.diagnostics.append(issue.rule.at(path, line, column, **args))
        return not any(issue.rule.severity is Severity.ERROR for issue in issues)

    @staticmethod
    def salvage(kind: str, data: Any, stand_ins: dict | None = None) -> Pruned | None:
        """Data that failed its schema with the failing parts cut away (None: nothing to keep).
        Only ever called on data `valid` rejected: a valid manual pays nothing for it."""
        try:
            return prune(kind, data, stand_ins)
        except RecursionError:  # reported by `valid`
            return None


def _found(data: Any) -> dict[str, Msg]:
    """What stands where keys and values belong."""
    if isinstance(data, list):
        return {"found": Msg("a list")}
    return {"found": Msg("a single value ({value})", value=str(data)[:40])}


def load(source: Source, only: Collection[str] | None = None, cache: Cache | None = None) -> Loaded:
    """The manual in `source`. With `only`, just the document, legal and approval files named
    there are read (the configuration, templates and reference.docx always are); `Manual.files`
    still lists every file. `isodocs diff` uses it to leave documents whose blob is unchanged unread.
    With a `cache` (see cache.py), documents whose bytes were read cleanly before are not parsed again."""
    reader = _Reader(source)
    entries = source.entries()
    source, cache = _parsed_ahead(source, [e for e in entries if only is None or e.path in only], cache)
    reader.source = source
    config = salvaged_config = None
    documents: list[m.Document] = []
    legal: list[m.LegalEntry] = []
    approvals: list[m.Approval] = []
    templates: dict[str, str] = {}
    broken_codes: set[str] = set()
    broken_legal: set[str] = set()
    reference_docx = None

    for done, entry in enumerate(entries, 1):
        advance(Stage.READ, done, len(entries))
        path = entry.path
        if only is not None and path.startswith(("documents/", "legal/", APPROVALS_DIR + "/")) and path not in only:
            continue
        if entry.link:
            reader.diagnostics.append(rules.OUTSIDE_MANUAL.at(path, target=path))
        elif entry.submodule:
            reader.diagnostics.append(rules.SUBMODULE.at(path, folder=path))
        elif entry.special:
            reader.diagnostics.append(rules.UNREADABLE.at(path, reason=Msg("it is not a regular file")))
        elif path == CONFIG_FILE:
            config, salvaged_config = _config(reader, entry)
        elif path == REFERENCE_DOCX:
            reference_docx = _reference(reader, entry)
        elif is_document_file(path):
            doc = _document(reader, entry, broken_codes, cache)
            if doc:
                documents.append(doc)
        elif path.startswith("legal/") and path.endswith((".yaml", ".yml")):
            legal.extend(_legal(reader, entry, broken_legal, cache, len(legal)))
        elif path.startswith(APPROVALS_DIR + "/") and path.endswith((".yaml", ".yml")):
            record = _approval(reader, entry, cache, len(approvals))
            if record:
                approvals.append(record)
        elif path.startswith("templates/") and path.endswith(TEMPLATE_SUFFIXES):
            text, _ = reader.read_text(entry)
            if text is not None:
                templates[path[len("templates/"):]] = text

    def manual_of(config: m.Config) -> m.Manual:
        return m.Manual(
            root=source.label,
            config=config,
            documents=tuple(sorted(documents, key=_by_code)),
            legal=tuple(legal),
            approvals=tuple(approvals),
            templates=m.frozen_map(templates),
            reference_docx=reference_docx,
            files=frozenset(e.path for e in entries if e.readable),
            commit=source.commit,
            commit_time=source.commit_time,
        )

    manual = manual_of(config) if config is not None else None
    salvaged = Salvaged(manual_of(salvaged_config.item), salvaged_config.lost) if salvaged_config else None
    if cache is not None:
        cache.save(prune=only is None)
    exists = getattr(source, "exists", lambda rel: False)
    return Loaded(manual, tuple(reader.diagnostics), reader.locate, exists, frozenset(broken_codes),
                  frozenset(broken_legal),
                  partial=tuple(sorted(reader.partial, key=lambda s: _by_code(s.item))),
                  partial_legal=tuple(reader.partial_legal), partial_approvals=tuple(reader.partial_approvals),
                  salvaged=salvaged, broken_forms=frozenset(reader.broken_forms))


def _by_code(doc: m.Document) -> tuple[str, str]:
    return doc.code, doc.origin.path


def _approval(reader: _Reader, entry: Entry, cache: Cache | None, before: int = 0) -> m.Approval | None:
    made = _recalled(reader, cache, entry, lambda data, blob: build.approval(data, m.Origin(entry.path, blob)))
    if made is not None:
        return made
    text, blob = reader.read_text(entry)
    if text is None:
        return None

    def read() -> dict | None:
        data = reader.mapping(entry.path, reader.yaml(entry.path, text))
        if data is None or reader.valid("approval", entry.path, data):
            return data
        pruned = reader.salvage("approval", data)
        if pruned is not None:
            made = build.approval(pruned.data, m.Origin(entry.path, blob))
            reader.partial_approvals.append(Salvaged(made, pruned.lost, before))
        return None

    return _through(reader, cache, cache_key(entry.path, blob), entry.path, (text, 0), read,
                    lambda data: build.approval(data, m.Origin(entry.path, blob)))


def load_document(path: str, data: bytes, cache: Cache | None = None) -> tuple[m.Document | None, tuple[Diagnostic, ...]]:
    """One document file on its own, outside any manual (Git hands `isodocs diff --git-driver`
    two temporary files). `path` (e.g. documents/QT-01.yaml) says whether it is Markdown."""
    reader = _Reader(_Files({path: data}, path))
    doc = _document(reader, Entry(path, len(data)), set(), cache)
    return doc, tuple(reader.diagnostics)


class _Files(Source):
    """Files given as bytes (a lone document for the diff driver, a share of a first load)."""

    def __init__(self, files: dict[str, bytes], label: str = "files"):
        self.files, self.label = files, label

    def entries(self) -> list[Entry]:
        return [Entry(path, len(data)) for path, data in self.files.items()]

    def read(self, path: str) -> bytes:
        return self.files[path]


class _Prefetched:
    """A source whose files were read ahead (and their blob ids worked out): each read once."""

    def __init__(self, source: Source, files: dict[str, tuple[bytes, str]]):
        self._source, self._files = source, files

    def read(self, path: str) -> bytes:
        found = self._files.get(path)
        return found[0] if found else self._source.read(path)

    def known_blob(self, path: str) -> str | None:
        found = self._files.get(path)
        return found[1] if found else self._source.known_blob(path)

    def blob_id(self, path: str, data: bytes) -> str:
        found = self._files.get(path)
        return found[1] if found else self._source.blob_id(path, data)

    def __getattr__(self, name):
        return getattr(self._source, name)


def _reference(reader: _Reader, entry: Entry) -> bytes | None:
    if entry.size > 16 * MAX_FILE_BYTES:
        reader.diagnostics.append(rules.FILE_TOO_LARGE.at(entry.path, size=entry.size, limit=16 * MAX_FILE_BYTES))
        return None
    try:
        data = reader.source.read(entry.path)
    except OSError as exc:
        reader.diagnostics.append(rules.UNREADABLE.at(entry.path, reason=os_error(exc)))
        return None
    problem = reference_problem(data)  # what a build would take from it, read the same way
    if problem:
        reader.diagnostics.append(rules.BAD_REFERENCE_DOCX.at(entry.path, why=problem))
        return None
    return data


def _config(reader: _Reader, entry: Entry) -> tuple[m.Config | None, Salvaged[m.Config] | None]:
    """The configuration, or (None, what of it could be salvaged) when it cannot be used: what
    of it is valid, or nothing at all (a configuration that lost everything)."""
    nothing = None, Salvaged(build.config(UNUSABLE_CONFIG), EVERYTHING)
    text, _ = reader.read_text(entry)
    if text is None:
        return nothing
    data = reader.mapping(entry.path, reader.yaml(entry.path, text))
    if data is None:
        return nothing
    if reader.valid("manual", entry.path, data):
        return build.config(data), None
    pruned = reader.salvage("manual", data, CONFIG_STAND_INS)
    return (None, Salvaged(build.config(pruned.data), pruned.lost)) if pruned else nothing


def _document(reader: _Reader, entry: Entry, broken_codes: set[str], cache: Cache | None = None) -> m.Document | None:
    path = entry.path
    if not path.endswith(".md"):  # a Markdown body is in the file, not the cache
        made = _recalled(reader, cache, entry, lambda data, blob: build.kept_document(data, m.Origin(path, blob, 0)))
        if made is not None:
            return made
    text, blob = reader.read_text(entry)
    if text is None:
        return None
    body, offset = "", 0
    if path.endswith(".md"):
        parts = split_front_matter(text)
        if parts is None:
            reader.diagnostics.append(rules.NO_FRONT_MATTER.at(path, 1))
            return None
        text, body = parts
        offset = 1
    key = cache_key(path, blob)

    def read() -> dict | None:
        data = reader.mapping(path, reader.yaml(path, text, offset), offset)
        if data is not None and not reader.valid("document", path, data):
            if isinstance(data.get("code"), str):
                broken_codes.add(data["code"])
            reader.broken_forms.update(_form_codes(data))
            pruned = reader.salvage("document", data, DOCUMENT_STAND_INS)
            if pruned is not None:
                doc = build.document(pruned.data, m.Origin(path, blob, offset), body)
                reader.partial.append(Salvaged(doc, pruned.lost))
            return None
        return build.kept_form(data) if data is not None and cache is not None else data

    return _through(reader, cache, key, path, (text, offset), read,
                    lambda data: build.kept_document(data, m.Origin(path, blob, offset), body))


def _form_codes(data: dict) -> set[str]:
    """The form codes a document that failed its schema lists, as written: other documents may
    still name them (the form list itself may be what failed)."""
    forms = data.get("forms")
    return {f["code"] for f in forms if isinstance(f, dict) and isinstance(f.get("code"), str)} \
        if isinstance(forms, list) else set()


def cache_key(path: str, blob: str) -> str | None:
    """A file's key in the documents cache (None: not a file kept there)."""
    if is_document_file(path):
        return f"{blob}:{int(path.endswith('.md'))}"  # the same bytes as .md and as .yaml differ
    if path.startswith("legal/") and path.endswith((".yaml", ".yml")):
        return f"legal:{blob}"
    if path.startswith(APPROVALS_DIR + "/") and path.endswith((".yaml", ".yml")):
        return f"approval:{blob}"
    return None


def cached_codes(source: Source, paths: Iterable[str], cache: Cache | None) -> dict[str, str]:
    """The code of each document file the documents cache holds by the blob id its source
    names unread, neither read nor built into the model (a ledger needs only the codes of the
    drafts); files it does not hold are left out."""
    found: dict[str, str] = {}
    for path in paths:
        head = build.kept_head(_kept(source, cache, path)[0])
        code = head.get("code") if head is not None else None
        if isinstance(code, str):
            found[path] = code
    return found


def _kept(source: Source, cache: Cache | None, path: str) -> tuple[Any, str | None]:
    """(the cached data of a file, its blob id), when the source knows its blob id unread and
    the cache holds that blob's data; else (None, None)."""
    blob = source.known_blob(path) if cache is not None else None
    key = cache_key(path, blob) if blob else None
    data = cache.get(key) if key else None
    return (data, blob) if data is not None else (None, None)


PARALLEL_FROM = 1000  # files unknown to the cache worth starting worker processes for


def _parsed_ahead(source: Source, entries: list[Entry], cache: Cache | None) -> tuple[Source, Cache | None]:
    """On a first run of a large manual, the files the cache does not know are parsed and
    validated in worker processes, one per core: the load then finds them in the cache (a
    cache for this run only, when caching is off). A commit's files go to the workers as blob
    ids, a folder's as the bytes read here: the load then reads nothing twice (it is given the
    source with those bytes, and their ids)."""
    count = parallel.workers()
    if count < 2 or len(entries) < PARALLEL_FROM:
        return source, cache
    repo = getattr(source, "repo", None)  # a commit's files go by blob id; a folder's are read here
    known = cache.entries if cache is not None else {}
    read: dict[str, tuple[bytes, str]] = {}
    todo: list[tuple[str, object]] = []
    for entry in entries:
        if not entry.readable or entry.size > MAX_FILE_BYTES or cache_key(entry.path, "") is None:
            continue
        blob = source.known_blob(entry.path)
        if repo is not None:
            if blob and cache_key(entry.path, blob) not in known:
                todo.append((entry.path, blob))
            continue
        if blob and cache_key(entry.path, blob) in known:
            continue  # unchanged since a stat index saw it (load.cache.StatIndex), its data at hand: not read
        try:
            data = source.read(entry.path)
        except OSError:
            continue  # the load reports it
        read[entry.path] = (data, source.blob_id(entry.path, data))
        if cache_key(entry.path, read[entry.path][1]) not in known:
            todo.append((entry.path, data))
    if read:
        source = _Prefetched(source, read)
    if len(todo) < PARALLEL_FROM:
        return source, cache
    cache = cache if cache is not None else Cache(None)
    jobs = [(repo.path if repo is not None else None, hand) for hand in parallel.dealt(todo, count)]
    for parsed in parallel.over_workers(_parse_part, jobs, plain=True):
        for key, data in parsed.items():
            cache.put(key, data)
    return source, cache


_filling_only = False  # in a worker filling a cache (_parse_part): no model is made of what is cached


def _parse_part(job: tuple[str | None, list[tuple[str, object]]]) -> dict[str, Any]:
    """In a worker process: the cache entries of the files that read cleanly. The files are
    blob ids in the repository at the path given, or (no path) their bytes. Only the entries
    go back, so the model is not built of them here (a tenth of the work)."""
    global _filling_only
    repo_path, files = job
    if repo_path is None:
        source: Source = _Files(dict(files))
    else:
        source = BlobSource(pygit2.Repository(repo_path), {path: pygit2.Oid(hex=blob) for path, blob in files})
    collected = Cache(None)
    _filling_only = True
    try:
        load(source, cache=collected)
    finally:
        _filling_only = False
    return collected.entries


def _recalled(reader: _Reader, cache: Cache | None, entry: Entry, make: Callable[[Any, str], Any]) -> Any:
    """make(data, blob) from the cache, without reading the file, when the source knows its blob
    id unread (a commit's tree names it); the text is read only if a finding needs its lines."""
    if entry.size > MAX_FILE_BYTES:
        return None
    data, blob = _kept(reader.source, cache, entry.path)
    if data is None:
        return None
    try:
        made = make(data, blob)
    except Exception:  # a damaged cache entry: read the file instead
        return None
    if made is not None:
        reader.unread[entry.path] = lambda: _text_of(reader.source, entry.path)
    return made


def _text_of(source: Source, path: str) -> tuple[str, int] | None:
    try:
        return decode(source.read(path)), 0
    except (OSError, DecodeProblem):
        return None


def _through(reader: _Reader, cache: Cache | None, key: str, path: str, text: tuple[str, int],
             read: Callable[[], Any], make: Callable[[Any], Any]) -> Any:
    """make(data), with the data cached for the file's bytes, or else read() and cached when
    reading reported nothing."""
    cached = cache.get(key) if cache is not None else None
    if cached is not None:
        try:
            made = make(cached)
        except Exception:  # a damaged cache entry: read the file instead
            made = None
        if made is not None:
            reader.texts[path] = text  # later findings still get their lines
            return made
    before = len(reader.diagnostics)
    data = read()
    if data is None:
        return None
    if cache is not None and len(reader.diagnostics) == before:
        cache.put(key, data)
        if _filling_only:
            return None  # a worker's load: the model is built where the data goes
    return make(data)


def _legal(reader: _Reader, entry: Entry, broken_legal: set[str], cache: Cache | None,
           before: int = 0) -> list[m.LegalEntry]:
    path = entry.path

    def entries(data: Any, blob: str) -> list[m.LegalEntry]:  # of a file whose every entry is valid
        items, in_list = _items(data)
        return [build.legal_entry(item, m.Origin(path, blob), index, in_list) for index, item in enumerate(items)]

    made = _recalled(reader, cache, entry, entries)
    if made is not None:
        return made
    text, blob = reader.read_text(entry)
    if text is None:
        return []
    origin = m.Origin(path, blob)

    def read() -> Any:  # the data when every entry in it is valid
        data = reader.yaml(path, text)
        if data is None:
            return None
        items, in_list = _items(data)
        if not isinstance(items, list):
            reader.mapping(path, data)
            return None
        valid = []
        for index, item in enumerate(items):
            keys = (index,) if in_list else ()
            if not isinstance(item, dict):
                line, _ = reader.locate(path, keys)
                reader.diagnostics.append(rules.NOT_A_MAPPING.at(path, line, **_found(item)))
            elif reader.valid("legal", path, item, keys):
                valid.append(build.legal_entry(item, origin, index, in_list))
            else:
                if isinstance(item.get("number"), str):
                    broken_legal.add(m.number_key(item["number"]))
                pruned = reader.salvage("legal", item)
                if pruned is not None:
                    made = build.legal_entry(pruned.data, origin, index, in_list)
                    reader.partial_legal.append(Salvaged(made, pruned.lost, before + len(valid)))
        partial.extend(valid)  # kept even when other entries of the file are broken
        return data if len(valid) == len(items) else None

    partial: list[m.LegalEntry] = []
    made = _through(reader, cache, cache_key(path, blob), path, (text, 0), read, lambda data: entries(data, blob))
    return partial if made is None else made


def _items(data: Any) -> tuple[Any, bool]:
    """A legal file's entries: one mapping, or a list of them (True)."""
    return ([data], False) if isinstance(data, dict) else (data, True)
