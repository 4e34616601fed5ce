"""`isodocs verify`: is this DOCX exactly what isodocs builds, and is what it holds still in force?

Every built file records the state it came from (`build.properties`). Builds are byte-identical,
so building that state again and comparing bytes proves the file untouched, and the approvals
at the repository's HEAD tell whether each document in it is still the revision in force.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

import pygit2

from isodocs.history.official import Standing, ledger, prepare, standing
from isodocs.history.recipe import Built, read_properties
from isodocs.i18n import LANGUAGES, Msg
from isodocs.load.source import GitSource, SourceError
from isodocs.model import Approval
from isodocs.render.build import LATEST_STAMP, MANUAL_FILE, output_names, render_one, render_outputs
from isodocs.render.cache import build_cache, made_files
from isodocs.render.docx.package import custom_properties


@dataclass(frozen=True)
class Held:
    """One document in the file, and how it stands today."""

    code: str
    revision: int
    state: Standing
    now: Approval | None  # the approval of the revision in force today, if any


@dataclass(frozen=True)
class Verdict:
    built: Built
    exact: bool  # isodocs builds these same bytes from the recorded state
    same_version: bool  # built by this version of isodocs (another may render differently)
    documents: tuple[Held, ...]

    @property
    def ok(self) -> bool:
        return self.exact and all(held.state == "in_force" for held in self.documents)


def properties_of(data: bytes) -> dict[str, str]:
    """A file's custom properties, where its build record is; SourceError (exit 2) when it is
    not a DOCX."""
    try:
        return custom_properties(data)
    except ValueError:
        raise SourceError(Msg("it is not a Word .docx file")) from None


def read_built(properties: Mapping[str, str]) -> Built:
    """The build record in a file's custom properties; SourceError (exit 2) when it has none,
    or one isodocs never writes (a file may be forged to make `verify` render what no build
    could)."""
    built = read_properties(properties)
    if built is None:
        raise SourceError(Msg("it carries no isodocs build record (was it built by isodocs?)"))
    if not built.recipe.commit:
        raise SourceError(Msg("it was built from files not committed to Git, so it cannot be built again"))
    recipe = built.recipe
    if recipe.lang not in LANGUAGES:
        raise SourceError(Msg("its build record names the language {value!r}, which isodocs does not write",
                              value=recipe.lang[:20]))
    if recipe.stamp > LATEST_STAMP:
        raise SourceError(Msg("its build record is dated {value}, after 2107, which no isodocs build carries",
                              value=recipe.stamp.isoformat()))
    return built


def _rendered_again(source: GitSource, manual, recipe, markings, built: Built, copy) -> bytes:
    """The file the build record describes, rendered again: the pages from the cache of that
    kind of build (its keys name all that decides them, so what it holds is what rendering
    would give), the rest rendered anew."""
    if copy is not None:
        return render_one(manual, recipe, markings, built.code, copy)
    name = output_names(manual)[built.code] if built.code else MANUAL_FILE
    store = build_cache(source, recipe)
    made = render_outputs(manual, recipe, markings, cache=store, kept=lambda output, key: output != name)
    store.save(prune=False)  # it used only part of what the builds keep
    return made.files[name]


def _commit(repo: pygit2.Repository, value: str) -> pygit2.Commit:
    """The commit a build record names; SourceError saying what is wrong with the name."""
    try:
        found = repo[value]
    except (KeyError, ValueError):
        raise SourceError(Msg("commit {value} it was built from is not in this repository (fetch it)",
                              value=value[:12])) from None
    try:
        return found.peel(pygit2.Commit)
    except (ValueError, pygit2.GitError):
        raise SourceError(Msg("its build record names {value}, which is in this repository but is not a commit",
                              value=value[:12])) from None


def verify(data: bytes, repo: pygit2.Repository, today: dt.date, version: str) -> Verdict:
    properties = properties_of(data)
    built = read_built(properties)
    recipe = built.recipe
    commit = _commit(repo, recipe.commit)
    if recipe.records:
        _commit(repo, recipe.records)
    source = GitSource(repo, commit, recipe.manual, recipe.commit[:12])
    made = made_files(source, recipe)
    exact = made.recorded(data, properties)  # a build (or verify) of this record made these bytes, or others
    prepared = None
    if exact is None:
        prepared = prepare(source, recipe)
        manual = prepared.loaded.manual
        copy = next((c for c in manual.config.distribution if c.number == built.copy), None) if manual else None
        if manual is None or (built.code and manual.document(built.code) is None) or (built.copy and copy is None):
            exact = False  # the recorded state does not give this file at all
        else:
            again = _rendered_again(source, manual, recipe, prepared.markings, built, copy)
            exact = again == data
            made.record(again, properties)  # what this record gives, whatever `data` is
            made.save(prune=False)
    head = repo.revparse_single("HEAD").peel(pygit2.Commit)
    book = prepared.now if prepared else None  # HEAD has not moved since the build: its ledger is at hand
    if str(head.id) != (recipe.records or recipe.commit) or book is None:
        # a draft of HEAD: the whole manual at HEAD, when loaded already, holds its ledger
        whole = prepared.loaded if prepared and recipe.on is None and str(head.id) == recipe.commit else None
        _, book = ledger(GitSource(repo, head, recipe.manual, "HEAD"), whole)
    if book is None:
        raise SourceError(Msg("isodocs.yaml at HEAD cannot be read, so what is in force is unknown: `isodocs check` says why"))
    held = tuple(Held(code, revision, *standing(book, code, blob, today)) for code, revision, blob in built.contents)
    return Verdict(built, exact, built.version == version, held)
