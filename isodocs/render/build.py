"""`isodocs build`: the controlled DOCX files of a manual, rendered in memory."""

from __future__ import annotations

import datetime as dt
import os
from typing import Mapping

from isodocs.history.recipe import Recipe, properties, whole_marking
from isodocs.model import Copy, Manual, frozen_map
from isodocs.system.files import safe_name
from isodocs.system.progress import Stage, advance

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
    whole = whole_marking(markings.get(d.code, "controlled") for d in shown)
    options = RenderOptions(stamp=recipe.stamp, lang=recipe.lang, marking=getattr(labels, f"marking_{whole}"),
                            markings=frozen_map(texts), copy=copy,
                            properties=frozen_map(properties(recipe, shown, code, copy)))
    return render_document(manual, doc, options) if doc else render_manual(manual, options)


def render_all(manual: Manual, recipe: Recipe, markings: Mapping[str, str], copies: bool = False) -> dict[str, bytes]:
    """Every output of a build by file name: the manual, each document, and with `copies` one
    numbered copy of the manual per row of the distribution list."""
    names = output_names(manual)
    copied = manual.config.distribution if copies else ()
    total = 1 + len(manual.documents) + len(copied)
    files = {MANUAL_FILE: render_one(manual, recipe, markings)}
    advance(Stage.RENDER, 1, total)
    for doc in manual.documents:
        files[names[doc.code]] = render_one(manual, recipe, markings, doc.code)
        advance(Stage.RENDER, len(files), total)
    for copy in copied:
        files[copy_name(copy)] = render_one(manual, recipe, markings, copy=copy)
        advance(Stage.RENDER, len(files), total)
    return files
