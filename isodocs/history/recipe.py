"""What a build renders, recorded in every file it writes: the recipe a build follows, and the
record a file keeps of it (its custom document properties), which `isodocs verify` reads back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable, Literal, Mapping, get_args

from isodocs.model import Copy, Document

BuildKind = Literal["official", "draft", "as-of", "rev"]
KINDS: tuple[BuildKind, ...] = get_args(BuildKind)
# A page's marking: what the revision on it is (the manual's cover: see `whole_marking`).
Marking = Literal["draft", "obsolete", "controlled"]
MARKINGS: tuple[Marking, ...] = get_args(Marking)


def whole_marking(kinds: Iterable[Marking]) -> Marking:
    """What a set of documents is as a whole, for a cover: a draft when any of it is (content
    not approved), obsolete only when all of it is (nothing in it in force any more), else a
    controlled copy. An archive whose documents are mostly in force is not stamped obsolete
    for the one that is not; that one's own pages say so."""
    found = set(kinds)
    if "draft" in found:
        return "draft"
    if found and found <= {"obsolete"}:
        return "obsolete"
    return "controlled"
PROPERTY = "isodocs."


@dataclass(frozen=True)
class Recipe:
    """Everything a build depends on besides the repository's content. Every file records it in
    its custom properties, so `isodocs verify` can render the same bytes again."""

    kind: BuildKind
    today: dt.date  # the day that says which revisions are obsolete
    on: dt.date | None = None  # render the revisions in force on this day; None: the newest content
    commit: str = ""  # the commit rendered ("" for a draft of the working tree)
    manual: str = ""  # the manual's folder inside the repository ("" at its root)
    records: str = ""  # commit whose approvals say what is in force `today` (the tip when built)
    rev: str = ""  # the revision as the user named it, for people reading the properties
    lang: str = ""
    stamp: dt.datetime = dt.datetime(1980, 1, 1)


@dataclass(frozen=True)
class Built:
    """What a built file says about itself (its custom properties, read back)."""

    recipe: Recipe
    version: str
    code: str  # the document of a one-document file; "" for the manual
    copy: int | None  # number of a controlled copy
    contents: tuple[tuple[str, int, str], ...]  # (code, revision, blob id) of each document in it


@cache
def version() -> str:
    from isodocs import __version__

    return __version__


def properties(recipe: Recipe, documents: Iterable[Document], code: str = "", copy: Copy | None = None) -> dict:
    """The custom properties of one file. Each document gets a property of its own: Word keeps
    a property's text to 255 characters, and a province's manual lists thousands."""
    values = {"document": code, "copy": str(copy.number) if copy else ""}
    found = {**_of_recipe(recipe), **{PROPERTY + name: value for name, value in values.items() if value}}
    for n, doc in enumerate(documents, start=1):
        found[f"{PROPERTY}content.{n:04d}"] = f"{doc.code}:{doc.revision}:{doc.origin.blob_id}"
    return found


@lru_cache(maxsize=8)
def _of_recipe(recipe: Recipe) -> dict[str, str]:
    """The properties every file of a build shares (a province's build writes 5,000 files)."""
    values = {
        "version": version(), "build": recipe.kind, "commit": recipe.commit, "records": recipe.records,
        "manual": recipe.manual, "rev": recipe.rev, "in-force-on": recipe.on.isoformat() if recipe.on else "",
        "today": recipe.today.isoformat(), "language": recipe.lang, "stamp": recipe.stamp.isoformat(),
    }
    return {PROPERTY + name: value for name, value in values.items() if value}


def read_properties(found: Mapping[str, str]) -> Built | None:
    """The record `properties` wrote, or None when these are not an isodocs build's."""
    get = lambda name: found.get(PROPERTY + name, "")  # noqa: E731
    try:
        recipe = Recipe(
            kind=get("build"), today=dt.date.fromisoformat(get("today")),
            on=dt.date.fromisoformat(get("in-force-on")) if get("in-force-on") else None,
            commit=get("commit"), manual=get("manual"), records=get("records"), rev=get("rev"),
            lang=get("language"), stamp=dt.datetime.fromisoformat(get("stamp")))
        contents = []
        for name in sorted(n for n in found if n.startswith(PROPERTY + "content.")):
            doc_code, revision, blob = found[name].rsplit(":", 2)
            contents.append((doc_code, int(revision), blob))
        copy = int(get("copy")) if get("copy") else None
    except ValueError:
        return None
    if recipe.kind not in KINDS:
        return None
    return Built(recipe, get("version"), get("document"), copy, tuple(contents))
