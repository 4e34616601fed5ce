"""`isodocs build`: the controlled DOCX files of a manual, rendered in memory."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Mapping

from isodocs.model import Copy, Document, Manual, frozen_map
from isodocs.system.files import safe_name

MANUAL_FILE = "manual.docx"


def source_date(manual: Manual, environ: Mapping[str, str] = os.environ) -> dt.datetime:
    """The date written into outputs: SOURCE_DATE_EPOCH, else the commit's, else the newest
    date in the manual itself; never the clock, so the same input builds the same bytes."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)
    if manual.commit_time is not None:
        return dt.datetime.fromtimestamp(manual.commit_time, dt.timezone.utc).replace(tzinfo=None)
    dates = [d for doc in manual.documents for d in (doc.issued, doc.effective, *(c.date for c in doc.changes)) if d]
    newest = max(dates, default=dt.date(2000, 1, 1))
    return dt.datetime.combine(newest, dt.time())


def output_names(manual: Manual) -> dict[str, str]:
    """File name of each document's DOCX, by code; codes that collide once made safe get a suffix."""
    names: dict[str, str] = {}
    taken = {MANUAL_FILE.lower(), *(copy_name(c).lower() for c in manual.config.distribution)}
    for doc in manual.documents:
        base = safe_name(doc.code)
        name, n = f"{base}.docx", 2
        while name.lower() in taken:
            name, n = f"{base}~{n}.docx", n + 1
        taken.add(name.lower())
        names[doc.code] = name
    return names


def copy_name(copy: Copy) -> str:
    return f"manual-copy-{copy.number:02d}.docx"


# ---------------------------------------------------------------------------------------------
# What a build renders, recorded in every file it writes


KINDS = ("official", "draft", "as-of", "rev")
# A page's marking; the manual's cover carries the first of these any of its documents has.
MARKINGS = ("draft", "obsolete", "controlled")
PROPERTY = "isodocs."


@dataclass(frozen=True)
class Recipe:
    """Everything a build depends on besides the repository's content. Every file records it in
    its custom properties, so `isodocs verify` can render the same bytes again."""

    kind: str  # one of KINDS
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
    from importlib.metadata import version as installed

    return installed("isodocs")


def properties(recipe: Recipe, documents: Iterable[Document], code: str = "", copy: Copy | None = None) -> dict:
    """The custom properties of one file. Each document gets a property of its own: Word keeps
    a property's text to 255 characters, and a province's manual lists thousands."""
    values = {
        "version": version(), "build": recipe.kind, "commit": recipe.commit, "records": recipe.records,
        "manual": recipe.manual, "rev": recipe.rev, "in-force-on": recipe.on.isoformat() if recipe.on else "",
        "today": recipe.today.isoformat(), "language": recipe.lang, "stamp": recipe.stamp.isoformat(),
        "document": code, "copy": str(copy.number) if copy else "",
    }
    found = {PROPERTY + name: value for name, value in values.items() if value}
    for n, doc in enumerate(documents, start=1):
        found[f"{PROPERTY}content.{n:04d}"] = f"{doc.code}:{doc.revision}:{doc.origin.blob_id}"
    return found


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


# ---------------------------------------------------------------------------------------------
# Rendering


def render_one(manual: Manual, recipe: Recipe, markings: Mapping[str, str], code: str = "",
               copy: Copy | None = None) -> bytes:
    """One output file: the manual (or a numbered copy of it), or the document `code`.
    `markings` gives each document's: controlled, draft or obsolete."""
    from isodocs.render.docx.manual import RenderOptions, render_document, render_manual
    from isodocs.render.labels import labels_for

    labels = labels_for(manual, recipe.lang)
    texts = {c: getattr(labels, f"marking_{kind}") for c, kind in markings.items()}
    doc = manual.document(code) if code else None
    shown = [doc] if doc else manual.documents
    kinds = {markings.get(d.code, "controlled") for d in shown}
    whole = next((kind for kind in MARKINGS if kind in kinds), "controlled")
    options = RenderOptions(stamp=recipe.stamp, lang=recipe.lang, marking=getattr(labels, f"marking_{whole}"),
                            markings=frozen_map(texts), copy=copy,
                            properties=frozen_map(properties(recipe, shown, code, copy)))
    return render_document(manual, doc, options) if doc else render_manual(manual, options)


def render_all(manual: Manual, recipe: Recipe, markings: Mapping[str, str], copies: bool = False) -> dict[str, bytes]:
    """Every output of a build by file name: the manual, each document, and with `copies` one
    numbered copy of the manual per row of the distribution list."""
    files = {MANUAL_FILE: render_one(manual, recipe, markings)}
    names = output_names(manual)
    for doc in manual.documents:
        files[names[doc.code]] = render_one(manual, recipe, markings, doc.code)
    for copy in manual.config.distribution if copies else ():
        files[copy_name(copy)] = render_one(manual, recipe, markings, copy=copy)
    return files
