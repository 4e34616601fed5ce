"""A new document (`isodocs new`): its file's place and its first text, a revision 1 draft of
its kind that checks clean in its manual.

The people in its control block come from isodocs.yaml: an approver from roles.approvers, a
reviewer from roles.reviewers, a preparer who is neither (the approver may not approve their own
draft), each unless named. A document written as YAML gets the editor modeline that attaches the
manual's copy of the document schema (VS Code's YAML extension then completes keys and shows
their Vietnamese descriptions); a Markdown document's front matter is checked by `isodocs check`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from isodocs.edit.skeleton import fill
from isodocs.edit.starter import schema_path
from isodocs.i18n import Msg
from isodocs.load.yamlio import YamlProblem, parse
from isodocs.model import Config
from isodocs.model.manual import Kind
from isodocs.system.files import safe_name

# where each kind goes under documents/, and how it is written (structured kinds as YAML, the
# kinds whose content is text as Markdown with front matter)
FOLDERS: dict[Kind, str] = {"policy": "he-thong", "objectives": "he-thong", "manual": "he-thong",
                            "procedure": "quy-trinh", "guideline": "huong-dan", "form": "bieu-mau"}
EXTENSIONS: dict[Kind, str] = {"policy": "md", "objectives": "yaml", "manual": "md", "procedure": "yaml",
                               "guideline": "md", "form": "md"}

MAX_SLUG = 60


class NewDocumentProblem(Exception):
    """The document cannot be written as asked (isodocs.yaml names nobody who may hold one of its
    roles, …); `message` says what to do."""

    def __init__(self, message: Msg):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Signatories:
    prepared_by: str
    reviewed_by: str
    approved_by: str


def slug(title: str) -> str:
    """A title in plain lower-case ASCII words joined by hyphens, for a file name:
    Quy trình đăng ký khai sinh -> quy-trinh-dang-ky-khai-sinh."""
    folded = unicodedata.normalize("NFKD", title.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    if len(words) > MAX_SLUG:
        words = words[:MAX_SLUG].rsplit("-", 1)[0]
    return words


def document_path(kind: Kind, code: str, title: str) -> str:
    """documents/<kind's folder>/<CODE>-<title>.<yaml|md>, a name safe on every system."""
    name = "-".join(filter(None, [safe_name(code), slug(title)]))
    return f"documents/{FOLDERS[kind]}/{name}.{EXTENSIONS[kind]}"


def signatories(config: Config, prepared_by: str | None = None, reviewed_by: str | None = None,
                approved_by: str | None = None) -> Signatories:
    """Who prepares, reviews and approves a new document: the ids given, checked against
    isodocs.yaml, else the first fitting person it lists. NewDocumentProblem when nobody fits."""
    people, reviewers, approvers = list(config.people), list(config.reviewers), list(config.approvers)
    for given, allowed, key in ((prepared_by, people, "people"), (reviewed_by, reviewers, "roles.reviewers"),
                                (approved_by, approvers, "roles.approvers")):
        if given is not None and given not in allowed:
            raise NewDocumentProblem(Msg("`{person}` is not listed under {key} in isodocs.yaml (listed: {allowed})",
                                  person=given, key=key, allowed=", ".join(allowed) or "-"))
    approver = approved_by or next((p for p in approvers if p in people and p != prepared_by), None)
    if approver is None and prepared_by in approvers:
        raise NewDocumentProblem(Msg("`{person}` cannot both prepare and approve the document: name another "
                                     "preparer with --prepared-by or another approver with --approved-by",
                                     person=prepared_by))
    if approver is None:
        raise NewDocumentProblem(Msg("isodocs.yaml names no approver: list the head of the agency under people and "
                              "their id under roles.approvers"))
    preparer = prepared_by or next((p for p in people if p not in approvers and p not in reviewers), None) \
        or next((p for p in people if p != approver), None)
    if preparer is None:
        raise NewDocumentProblem(Msg("isodocs.yaml names nobody but the approver to prepare the document: add the "
                                     "person who writes it under people"))
    if preparer == approver:
        raise NewDocumentProblem(Msg("`{person}` cannot both prepare and approve the document: name another "
                                     "preparer with --prepared-by or another approver with --approved-by",
                                     person=preparer))
    reviewer = reviewed_by or next((p for p in reviewers if p in people and p not in (preparer, approver)), None) \
        or next((p for p in reviewers if p in people and p != preparer), None)
    if reviewer is None:
        raise NewDocumentProblem(Msg("isodocs.yaml names no reviewer: list a leader under people and their id under "
                              "roles.reviewers"))
    return Signatories(preparer, reviewer, approver)


def document_text(kind: Kind, code: str, title: str, day: dt.date, people: Signatories, config: Config,
                  path: str) -> str:
    """The new document's text: revision 1 issued on `day`, its control block filled in."""
    text = fill("new", f"{kind}.{EXTENSIONS[kind]}.j2", code=code, title=title, kind=kind, today=day.isoformat(),
                year=day.year, prepared_by=people.prepared_by, reviewed_by=people.reviewed_by,
                approved_by=people.approved_by, agency=config.agency.short_name or config.agency.name,
                standard=config.standard, schema=schema_path(path))
    _verify(text, kind, code, title, path)
    return text


def _verify(text: str, kind: Kind, code: str, title: str, path: str) -> None:
    """What was written must read back with the code, title and kind asked for."""
    front = text.split("\n---\n", 1)[0].removeprefix("---\n") if text.startswith("---\n") else text
    try:
        data = parse(front, path).data
    except YamlProblem:
        data = None
    if not (isinstance(data, dict) and (data.get("code"), data.get("title"), data.get("kind")) == (code, title, kind)):
        raise NewDocumentProblem(Msg("the code or title cannot be written as given"))
