"""The secretary's commands: start a manual (init), write a new document (new), open a
document's next revision (revise)."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from isodocs.commands.manual import open_manual, readable
from isodocs.commands.outcome import CannotRun, Findings, Outcome, write_in_manual
from isodocs.i18n import DEFAULT_LANGUAGE, Msg, formats
from isodocs.i18n.oserrors import os_error
from isodocs.model.manual import CHANGE_REASONS, KINDS, number_key

if TYPE_CHECKING:
    from isodocs.edit.newdoc import Signatories

MAX_NAMED = 3  # entries of a non-empty folder named in the refusal


def _text(value: str, what: Msg) -> str:
    """A name or text typed on the command line, in NFC, one line, not empty."""
    from isodocs.edit.revision import nfc

    text = nfc(value or "").strip()
    if not text:
        raise CannotRun(Msg("{what} is empty", what=what))
    if "\n" in text or "\r" in text:
        raise CannotRun(Msg("{what} must be one line", what=what))
    from isodocs.load.yamlio import printable

    if not printable(text):  # a manual holds none (F103): refused here, not in the file written
        raise CannotRun(Msg("{what} holds a control character", what=what))
    return text


# --- init -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Started:
    folder: str  # the manual's folder as given
    agency: str
    level: str  # edit.starter.LEVELS
    files: tuple[str, ...]  # what was written, relative to the folder
    commit: str  # the first commit ("" when the folder lies in another repository: nothing committed)
    author: str  # its author, `Name <email>`
    repository: str  # the working tree of the repository the files were left in uncommitted ("" otherwise)
    existing: bool  # the first commit went into a repository that was already there (an empty clone)

    @property
    def outcome(self) -> Outcome:
        return Outcome.OK


def init(folder: str | None = None, agency: str = "", parent: str = "", level: str | None = None,
         author: str | None = None, day: dt.date | None = None,
         ask_author: Callable[[], str | None] | None = None) -> Started:
    """A ready manual in `folder` (default: the current one), which must be new or empty:
    isodocs.yaml, the system documents as drafts that check clean, a legal register, the
    schemas and editor settings, a .gitignore, and the first commit of a new repository by
    `author` (`Name <email>`), else by the author Git's configuration names, else by whom
    `ask_author` returns. Nothing is written when it cannot all be done."""
    from isodocs.edit.starter import LEVELS, guess_level, starter_files
    from isodocs.history.gitinit import Home, commit_new_manual, place

    agency = _text(agency, Msg("the agency's name (--agency)"))
    parent = _text(parent, Msg("the parent agency's name (--parent)")) if parent else ""
    if level is not None and level not in LEVELS:
        raise CannotRun(Msg("no level {level}; choose one of: {levels}", level=level, levels=", ".join(LEVELS)))
    target = Path(folder or ".")
    _refuse_occupied(target, str(folder or "."))
    where = place(target.absolute())
    if where.home is Home.UNBORN and where.has_commits:
        raise CannotRun(Msg("{folder} holds a Git repository that already has commits: start the manual in a new "
                            "or empty folder; nothing was written", folder=folder or "."))
    signature = None
    if where.home is not Home.INSIDE:
        signature = _author(author, target, ask_author)
    day = day or dt.date.today()
    level = level or guess_level(agency)
    files = starter_files(agency, parent, level, day)
    write_in_manual(target, files)
    commit = ""
    if signature is not None:
        message = Msg("Quality manual of {agency}: starting drafts", agency=agency).say(DEFAULT_LANGUAGE)
        commit = commit_new_manual(target, list(files), signature, message)
    return Started(str(folder or "."), agency, level, tuple(sorted(files)), commit,
                   f"{signature.name} <{signature.email}>" if signature else "",
                   where.repository if where.home is Home.INSIDE else "", where.home is Home.UNBORN)


def _refuse_occupied(target: Path, shown: str) -> None:
    from isodocs.load.source import CONFIG_FILE

    if target.is_symlink():
        raise CannotRun(Msg("{folder} is a symbolic link: name the folder itself; nothing was written", folder=shown))
    if not target.exists():
        return
    if not target.is_dir():
        raise CannotRun(Msg("{folder} is not a folder", folder=shown))
    if (target / CONFIG_FILE).exists():
        raise CannotRun(Msg("{folder} already holds a manual (isodocs.yaml); nothing was written", folder=shown))
    others = sorted(entry.name for entry in target.iterdir() if entry.name != ".git")
    if others:
        named = ", ".join(others[:MAX_NAMED]) + (", …" if len(others) > MAX_NAMED else "")
        raise CannotRun(Msg("{folder} is not empty ({names}): start the manual in a new or empty folder; nothing "
                            "was written", folder=shown, names=named))


def _author(given: str | None, target: Path, ask: Callable[[], str | None] | None):
    """Who the first commit is by: --author, else Git's configuration, else the answer to `ask`."""
    from isodocs.history.gitinit import configured_author, parse_author

    if given is not None:
        signature = parse_author(given)
        if signature is None:
            raise CannotRun(Msg("--author must read \"Name <email>\"; nothing was written"))
        return signature
    signature = configured_author(target)
    if signature is None and ask is not None:
        answer = ask()
        signature = parse_author(answer) if answer else None
    if signature is None:
        raise CannotRun(Msg("Git does not know who you are: give --author \"Name <email>\", or tell Git once with "
                            "git config --global user.name \"Name\" and git config --global user.email "
                            "\"email\"; nothing was written"))
    return signature


# --- new --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Created:
    path: str  # the new file, relative to the manual's folder
    code: str
    kind: str
    day: dt.date  # its issue date
    people: Signatories  # who prepares, reviews and approves it

    @property
    def outcome(self) -> Outcome:
        return Outcome.OK


def new_document(kind: str, code: str, title: str, path: str | None = None, day: dt.date | None = None,
                 prepared_by: str | None = None, reviewed_by: str | None = None,
                 approved_by: str | None = None) -> Created:
    """A new document of `kind` (revision 1, dated `day`) in the manual at `path`, its people
    from isodocs.yaml (or those named), that checks clean; refused for a code already in use."""
    from isodocs.check.config import SlowPattern, compiled, fullmatch
    from isodocs.edit.newdoc import NewDocumentProblem, document_path, document_text, signatories

    if kind not in KINDS:
        raise CannotRun(Msg("no kind {kind}; choose one of: {kinds}", kind=kind, kinds=", ".join(KINDS)))
    code, title = _text(code, Msg("the code (--code)")), _text(title, Msg("the title (--title)"))
    loaded = open_manual(path)
    manual = readable(loaded)
    if code in manual.by_code:
        raise CannotRun(Msg("the code {code} is already used by {file}; nothing was written", code=code,
                            file=manual.by_code[code].origin.path))
    if code in loaded.broken_codes:
        raise CannotRun(Msg("the code {code} is already used by a document that cannot be read (`isodocs check` "
                            "says why); nothing was written", code=code))
    pattern = compiled(manual.config.code_pattern) if manual.config.code_pattern else None
    try:
        matches = pattern is None or fullmatch(pattern, code)
    except SlowPattern:
        matches = False
    if not matches:
        raise CannotRun(Msg("the code {code} does not match the manual's code_pattern {pattern} (isodocs.yaml); "
                            "nothing was written", code=code, pattern=manual.config.code_pattern))
    try:
        people = signatories(manual.config, prepared_by, reviewed_by, approved_by)
    except NewDocumentProblem as exc:
        raise CannotRun(Msg("{why}; nothing was written", why=exc.message)) from None
    rel = document_path(kind, code, title)
    root = Path(path or ".")
    if (root / rel).exists() or (root / rel).is_symlink():
        raise CannotRun(Msg("{file} already exists; nothing was written", file=rel))
    day = day or dt.date.today()
    try:
        text = document_text(kind, code, title, day, people, manual.config, rel)
    except NewDocumentProblem as exc:
        raise CannotRun(Msg("{why}; nothing was written", why=exc.message)) from None
    write_in_manual(root, {rel: text.encode("utf-8")})
    return Created(rel, code, kind, day, people)


# --- revise ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Revised:
    path: str  # the document's file, relative to the manual's folder
    code: str
    revision: int  # the new revision
    day: dt.date
    reason: str
    approver: str  # who the document names to approve it
    unrecorded: bool  # no approval of the revision it replaces is recorded

    @property
    def outcome(self) -> Outcome:
        return Outcome.OK


def revise(code: str, reason: str, summary: str, path: str | None = None, day: dt.date | None = None,
           sections: str = "", refs: Iterable[str] = ()) -> Revised:
    """Open document CODE's next revision, edited in place (comments and layout kept): revision
    + 1, `issued` (and `effective`, when written) set to `day`, a `changes` row with `reason`,
    `summary`, `sections` and `refs` appended."""
    from isodocs.edit.revision import NewRow, RevisionError, mark, read_document

    if reason not in CHANGE_REASONS:
        raise CannotRun(Msg("no change reason {reason}; choose one of: {reasons}", reason=reason,
                            reasons=", ".join(CHANGE_REASONS)))
    summary = _text(summary, Msg("the summary (--summary)"))
    sections = _text(sections, Msg("the sections (--sections)")) if sections else ""
    loaded = open_manual(path)
    manual = readable(loaded)
    doc = manual.document(code) or manual.document(code.upper())
    if doc is None:
        _unknown(code, manual, loaded.broken_codes)
    day = day or dt.date.today()
    listed = sorted({row.revision for row in doc.changes})
    if not listed or listed[-1] != doc.revision:
        raise Findings(Msg("{code}: the `changes` table ends at revision {last}, but the document is at revision "
                           "{revision}: correct it first (`isodocs check` says how); nothing was changed",
                           code=doc.code, last=listed[-1] if listed else 0, revision=doc.revision))
    latest = max([doc.issued, *(row.date for row in doc.changes)])
    if day < latest:
        raise CannotRun(Msg("{day} is before {latest}, the date of revision {revision} of {code}: a new revision "
                            "cannot be dated earlier; nothing was changed", day=formats.date(day),
                            latest=formats.date(latest), revision=doc.revision, code=doc.code))
    cited = tuple(_known_ref(ref, manual) for ref in _refs(refs))
    root = Path(path or ".")
    try:
        text = read_document(root, doc.origin.path)
        marked = mark(text.front, doc.origin.path, day, NewRow(summary, reason, sections, cited))
    except (OSError, UnicodeDecodeError) as exc:
        raise CannotRun(Msg("cannot read {file}: {value}", file=doc.origin.path, value=os_error(exc) if isinstance(exc, OSError) else exc)) from None
    except RevisionError as exc:
        raise CannotRun(Msg("{path}: {why}; nothing was changed", path=exc.path, why=exc.why)) from None
    if marked is None:
        raise CannotRun(Msg("{path}: the document could not be marked for a new revision; nothing was changed",
                            path=doc.origin.path))
    write_in_manual(root, {doc.origin.path: text.with_front(marked.text).encode("utf-8")})
    recorded = any(a.action == "approve" and a.revision == doc.revision
                   for a in manual.approvals_by_code.get(doc.code, ()))
    return Revised(doc.origin.path, doc.code, marked.revision, day, reason, doc.approved_by, not recorded)


def _unknown(code: str, manual, broken: frozenset[str]):
    if code in broken:
        raise Findings(Msg("{code} cannot be read (`isodocs check` says why): correct it first; nothing was changed",
                           code=code))
    close = difflib.get_close_matches(code.upper(), sorted(manual.by_code), n=1, cutoff=0.6)
    if close:
        raise CannotRun(Msg("no document {code}; did you mean {suggestion}?", code=code, suggestion=close[0]))
    raise CannotRun(Msg("no document {code} in the manual", code=code))


def _refs(refs: Iterable[str]) -> list[str]:
    """--refs given once per reference, or several separated by commas."""
    found = []
    for given in refs:
        found += [part.strip() for part in given.split(",") if part.strip()]
    return list(dict.fromkeys(found))


def _known_ref(ref: str, manual) -> str:
    """A reference as the manual spells it: an entry of the legal register (its own number, Đ
    included) or a document code; CannotRun for anything else."""
    from isodocs.edit.revision import nfc

    ref = nfc(ref)
    entry = manual.legal_by_key.get(number_key(ref))
    if entry is not None:
        return entry.number
    if ref in manual.by_code or any(ref == f.code for d in manual.documents if d.procedure for f in d.procedure.forms):
        return ref
    raise CannotRun(Msg("--refs {ref} is neither in the legal register nor a document code: add it to legal/ first, "
                        "or correct it; nothing was changed", ref=ref))
