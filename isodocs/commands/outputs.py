"""Commands on the files isodocs builds: build them, verify one, and who holds which copy."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pygit2

from isodocs.commands.outcome import CannotRun, Findings, Outcome, stamp_of, unsafe
from isodocs.diagnostics import Diagnostic, has_errors
from isodocs.i18n import Msg, choose_language, formats
from isodocs.i18n.oserrors import os_error
from isodocs.model import Manual
from isodocs.model.reader import Loaded
from isodocs.system import parallel

if TYPE_CHECKING:
    from isodocs.commands.kept_check import Noted


@dataclass(frozen=True)
class Built:
    loaded: Loaded
    diagnostics: tuple[Diagnostic, ...]  # the check of what was to be built
    left_out: tuple  # history.official.LeftOut: documents of the commit not in force
    folder: Path
    language: str
    written: tuple[str, ...] = ()  # the names of the outputs in `folder`, made or kept (none when `refused`)
    kept: int = 0  # of them, those already right where they were (not made again)
    refused: Msg | None = None  # why nothing was built (errors, nothing in force)
    no_distribution: bool = False  # --copies asked for numbered copies, but there is no list

    @property
    def manual(self) -> Manual | None:
        return self.loaded.manual

    @property
    def has_errors(self) -> bool:
        """Whether what was to be built has errors (then nothing was)."""
        return self.manual is None or has_errors(self.diagnostics)

    @property
    def outcome(self) -> Outcome:
        return Outcome.FINDINGS if self.refused else Outcome.OK


def build(path: str | None = None, out: str | None = None, draft: bool = False, as_of: dt.date | None = None,
          rev: str | None = None, repo: str | None = None, today: dt.date | None = None, copies: bool = False,
          lang: str | None = None, pdf: bool = False) -> Built:
    """The manual's DOCX files written to OUT (default PATH/build; with `repo`, ./build): by
    default each document's revision in force `today`, from its approved content in Git; `draft`
    the newest content; `as_of` the revisions in force on that day; `rev` the manual at a commit.
    With `pdf`, each DOCX is also printed to PDF by LibreOffice."""
    with contextlib.ExitStack() as opened:  # the manual the last build wrote, copied from
        return _build(path, out, draft, as_of, rev, repo, today, copies, lang, pdf, opened)


def _build(path, out, draft, as_of, rev, repo, today, copies, lang, pdf, opened: contextlib.ExitStack) -> Built:
    from isodocs.history.official import open_build, prepare
    from isodocs.render.build import MANUAL_FILE, PARALLEL_FROM, copy_name, render_outputs
    from isodocs.render.cache import build_cache
    from isodocs.system.files import UnsafePath, check_folder, write_set

    if draft and (as_of or copies):
        raise CannotRun(Msg("--draft renders the newest content: it takes neither --as-of nor --copies"))
    office = _office() if pdf else None  # before any work: a missing LibreOffice is known at once
    source, recipe = open_build(path, rev, repo, draft, as_of, today or dt.date.today())
    checking = _Check(source, recipe)
    try:
        prepared = prepare(source, recipe)
        loaded = checking.loaded = prepared.loaded
        language = choose_language(lang, loaded.manual.config.language if loaded.manual else None)
        folder = Path(out) if out else Path("build") if repo else Path(path or ".") / "build"
        result = Built(loaded, (), tuple(prepared.left_out), folder, language)
        manual = loaded.manual
        if manual is None:  # salvaged from a failed isodocs.yaml: checked (every finding at once), never built
            raise _HasErrors(_checked(loaded, recipe.today)[0])
        if not checking.beside:  # checked here and now, before anything is rendered
            checking.passed()
        if recipe.on is not None and not manual.documents:
            return dataclasses.replace(result, diagnostics=checking.passed(), refused=Msg(
                "no document is in force on {day}; nothing was built (`isodocs build --draft` renders the newest "
                "content)", day=formats.date(recipe.on)))
        try:  # a link or a file on the way is said before rendering, not after
            check_folder(folder)
        except UnsafePath as exc:
            checking.passed()
            raise CannotRun(unsafe(exc)) from None
        recipe = dataclasses.replace(recipe, lang=language, stamp=stamp_of(manual))
        store = build_cache(source, recipe)
        # outputs already right where they are are not made again (all are, for printing them)
        kept = store.outputs_right(folder) if office is None else (lambda name, key: False)
        # the manual's runs kept are copied from the one the last build wrote (printed: read whole)
        earlier = opened.enter_context(contextlib.closing(store.earlier(folder, MANUAL_FILE))) \
            if office is None else None
        try:  # much to render: the check is waited for (an error found stops the build before it)
            outputs = render_outputs(manual, recipe, prepared.markings, copies, store, kept,
                                     ready=lambda count: count < PARALLEL_FROM or checking.passed(),
                                     earlier=earlier)
        except _HasErrors:
            raise
        except Exception:
            checking.passed()  # what stopped the rendering is an error the check says, if it finds one
            raise
        diagnostics = checking.passed()
    except _HasErrors as errors:
        return dataclasses.replace(result, diagnostics=errors.diagnostics,
                                   refused=Msg("the manual has errors; nothing was built"))
    finally:
        checking.close()
    result = dataclasses.replace(result, diagnostics=diagnostics)
    files = outputs.files
    if office is not None:
        files.update(_printed(files, recipe.stamp, office))
    try:
        written = write_set(folder, files, kept=outputs.kept)
    except UnsafePath as exc:
        raise CannotRun(unsafe(exc)) from None
    except OSError as exc:
        raise CannotRun(Msg("cannot write to {folder}: {value}", folder=folder, value=os_error(exc))) from None
    store.wrote(folder, outputs.keys, made=files, laid=outputs.laid)
    store.save(prune=MANUAL_FILE in files)  # a manual kept as it was used none of its pieces: they stay
    if recipe.commit:  # what `verify` of the manual and its copies can know without rendering them
        copied = [copy_name(c) for c in manual.config.distribution] if copies else []
        _record_made(source, recipe, folder, [MANUAL_FILE, *copied], files)
    return dataclasses.replace(result, written=tuple(written), kept=len(outputs.kept),
                               no_distribution=copies and not manual.config.distribution)


CHECK_BESIDE_FROM = 256 * 1024  # bytes of a manual kept in the caches worth checking in a worker (~120 documents)


class _HasErrors(Exception):
    def __init__(self, diagnostics: tuple[Diagnostic, ...]):
        super().__init__()
        self.diagnostics = diagnostics


class _Check:
    """The check of what a build reads. When an earlier run kept a large manual in the caches,
    a worker reads it from them too and checks it while the build reads it to render: the check
    then costs a build after one change little time, and the worker shares none of this
    process's memory (one forked after the manual is read would make each process copy the pages
    the other touches). What the worker checked must be what the build read, file for file:
    else (a file saved meanwhile) the check is done again here, as it is when the worker stopped
    (the build's own read parsing many files on every core: parallel.Stopped) and for a first
    read or a small manual, where a worker would only double the work or cost more than it saves."""

    def __init__(self, source, recipe):
        from isodocs.history.official import kept_before
        from isodocs.load.cache import for_source

        self.today = recipe.today
        self.loaded: Loaded | None = None
        self._found: tuple[Diagnostic, ...] | None = None
        self._kept = for_source(source, "findings")  # read in the worker too, written here
        self._aside = parallel.Aside(functools.partial(_read_and_checked, source, recipe, self._kept),
                                     beside=kept_before(source, recipe) >= CHECK_BESIDE_FROM)

    @property
    def beside(self) -> bool:
        return self._aside.beside

    def passed(self) -> tuple[Diagnostic, ...]:
        """The check's findings, once it is done; _HasErrors if it found an error."""
        if self._found is None:
            assert self.loaded is not None
            read_as = self.loaded.read_as()
            found = noted = None
            if self._aside.beside:
                try:
                    read, found, noted = self._aside.result()
                except Exception:  # it stopped, or what it read changed under it: checked here
                    read = None
                if read != read_as:
                    found = None
            self.close()
            if found is None:
                found, noted = _checked(self.loaded, self.today, self._kept, read_as)
            if noted is not None:
                from isodocs.check import Scope
                from isodocs.commands import kept_check

                kept_check.keep(self._kept, _kept_key(read_as, self.today), Scope.of(self.loaded), found, noted)
            self._found = found
        if has_errors(self._found):
            raise _HasErrors(self._found)
        return self._found

    def close(self) -> None:
        self._aside.close()


def _read_and_checked(source, recipe, kept=None) -> tuple[str, tuple[Diagnostic, ...], Noted | None]:
    from isodocs.history.official import prepare

    loaded = prepare(source, recipe).loaded
    read_as = loaded.read_as()
    return (read_as, *_checked(loaded, recipe.today, kept, read_as))


def _checked(loaded: Loaded, today: dt.date, kept=None,
             read_as: str | None = None) -> tuple[tuple[Diagnostic, ...], Noted | None]:
    """The check's findings, and what to keep them by in `kept` (None: they were kept already,
    or there is nowhere to keep them).
    A build's findings are a pure function of what it read (`Loaded.read_as`), the day and
    isodocs, and of whether the files documents name as attachments exist: kept in `kept` by the
    first, they are believed if the second are as they were (`kept_check`), so a build of a
    manual unchanged since the last runs no rule. After a change, the rules that judge one
    document at a time judge the documents changed alone (`check.check`)."""
    from isodocs.check import check
    from isodocs.commands import kept_check

    if loaded.checkable is None:
        return loaded.diagnostics, None
    if kept is None:
        return tuple(check(loaded, today)), None
    found = kept_check.recalled(kept, _kept_key(read_as or loaded.read_as(), today), loaded.exists)
    if found is not None:
        return found[1], None
    asked = kept_check.Asked(loaded.exists, kept)
    return tuple(check(dataclasses.replace(loaded, exists=asked), today, asked)), asked.noted


def _kept_key(read_as: str, today: dt.date) -> str:
    """The key of the findings of a check of what a load read (`Loaded.read_as`) on `today`."""
    from isodocs.system.identity import code_digest

    return "build:" + hashlib.sha256("\0".join((code_digest(), today.isoformat(), read_as)).encode()).hexdigest()


def _record_made(source, recipe, folder: Path, names: list[str], files: dict[str, bytes]) -> None:
    """Record the bytes of these outputs, made now or kept as they were, for `verify`."""
    from isodocs.render.cache import made_files
    from isodocs.system.files import UnsafePath, read_file

    made = made_files(source, recipe)
    for name in names:
        data = files.get(name)
        if not isinstance(data, bytes):  # kept: the file this build found right where it is (or copied in part)
            try:
                data = read_file(folder / name, MAX_VERIFIED, follow=False)
            except (OSError, UnsafePath):
                continue
        made.record(data)
    made.save()


def _office():
    from isodocs.render.pdf import PdfError, find_office

    try:
        return find_office()
    except PdfError as exc:
        raise CannotRun(exc.message) from None


def _printed(files: dict[str, bytes], stamp: dt.datetime, office) -> dict[str, bytes]:
    from isodocs.render.pdf import PdfError, to_pdf

    try:
        return to_pdf(files, stamp, office)
    except PdfError as exc:
        raise CannotRun(exc.message) from None


MAX_VERIFIED = 256 << 20  # far above any manual: a province of 5,000 procedures is under 20 MiB


def verify(file: str, path: str | None = None, repo: str | None = None, today: dt.date | None = None):
    """Whether FILE is exactly what isodocs builds from the state it records, and whether each
    document in it is still the revision in force (render.verify.Verdict; `ok` says both)."""
    from isodocs.history.recipe import version
    from isodocs.load.source import SourceError
    from isodocs.render.verify import verify as check_file
    from isodocs.system.files import UnsafePath, read_file

    try:
        data = read_file(file, MAX_VERIFIED)
    except UnsafePath as exc:
        raise CannotRun(unsafe(exc)) from None
    except OSError as exc:
        raise CannotRun(Msg("cannot read {file}: {value}", file=file, value=os_error(exc))) from None
    try:
        return check_file(data, repository(path, repo), today or dt.date.today(), version())
    except SourceError as exc:
        raise CannotRun(Msg("{file}: {why}", file=file, why=exc.message)) from None


def repository(path: str | None, repo: str | None) -> pygit2.Repository:
    """The repository named by `repo`, or the one holding PATH (default: the current folder)."""
    from isodocs.load.source import SourceError

    if repo is None:
        root = Path(path or ".").absolute()
        repo = pygit2.discover_repository(str(root))
        if repo is None:
            raise SourceError(Msg("{root} is not in a Git repository", root=root))
    try:
        return pygit2.Repository(repo)
    except pygit2.GitError:
        raise SourceError(Msg("{repo} is not a Git repository", repo=repo)) from None


@dataclass(frozen=True)
class Distribution:
    manual: Manual
    holders: list  # history.distribution.Holder, one per numbered copy
    uncommitted: bool = False  # isodocs.yaml has changes not committed (the list read is the committed one)

    @property
    def outcome(self) -> Outcome:
        return Outcome.OK


def distribution(path: str | None = None, rev: str | None = None, repo: str | None = None,
                 today: dt.date | None = None) -> Distribution:
    """Each numbered controlled copy, the revisions it holds, and what to recall, by the
    distribution list and approvals committed at REV (default HEAD)."""
    from isodocs.history.distribution import holders
    from isodocs.history.official import ledger, open_commit

    source = open_commit(path, rev, repo)
    manual, book = ledger(source)
    if manual is None:
        raise Findings(Msg("the committed isodocs.yaml cannot be read: `isodocs check` says why"))
    found = holders(manual.config.distribution, book, today or dt.date.today())
    return Distribution(manual, found, rev is None and repo is None and _uncommitted(source, "isodocs.yaml"))


def _uncommitted(source, path: str) -> bool:
    """Whether the working tree's file of the manual differs from the one committed (a command that
    reads the commit then names the difference rather than leave it a mystery)."""
    repo = source.repo
    if repo.is_bare or repo.head_is_unborn:
        return False
    try:
        return repo.status_file(f"{source.subdir}/{path}" if source.subdir else path) != 0
    except (KeyError, pygit2.GitError):
        return False
