"""`isodocs build`: the controlled DOCX files of a manual, rendered in memory."""

from __future__ import annotations

import datetime as dt
import os
from typing import Mapping

from .model import Manual
from .output import safe_name

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
    taken = {MANUAL_FILE.lower()}
    for doc in manual.documents:
        base = safe_name(doc.code)
        name, n = f"{base}.docx", 2
        while name.lower() in taken:
            name, n = f"{base}~{n}.docx", n + 1
        taken.add(name.lower())
        names[doc.code] = name
    return names


def render_all(manual: Manual, lang: str) -> dict[str, bytes]:
    from .render.docx_manual import RenderOptions, render_document, render_manual

    options = RenderOptions(stamp=source_date(manual), lang=lang)
    files = {MANUAL_FILE: render_manual(manual, options)}
    names = output_names(manual)
    for doc in manual.documents:
        files[names[doc.code]] = render_document(manual, doc, options)
    return files
