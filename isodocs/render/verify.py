"""`isodocs verify`: is this DOCX exactly what isodocs builds, and is what it holds still in force?

Every built file records the state it came from (`build.properties`). Builds are byte-identical,
so building that state again and comparing bytes proves the file untouched, and the approvals
at the repository's HEAD tell whether each document in it is still the revision in force.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pygit2

from isodocs.history.recipe import Built, read_properties
from isodocs.render.build import render_one
from isodocs.model.lifecycle import start
from isodocs.history.official import ledger, prepare, standing
from isodocs.load.source import GitSource, SourceError
from isodocs.model import Approval
from isodocs.render.docx.package import custom_properties


@dataclass(frozen=True)
class Held:
    """One document in the file, and how it stands today."""

    code: str
    revision: int
    state: str  # official.STANDINGS
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


def read_built(data: bytes) -> Built:
    """The build record of a file; SourceError (exit 2) when it has none."""
    try:
        built = read_properties(custom_properties(data))
    except ValueError:
        raise SourceError("it is not a Word .docx file", "tệp không phải tài liệu Word .docx") from None
    if built is None:
        raise SourceError("it carries no isodocs build record (was it built by isodocs?)",
                          "tệp không có thông tin bản tạo của isodocs (có phải do isodocs tạo ra?)")
    if not built.recipe.commit:
        raise SourceError("it was built from files not committed to Git, so it cannot be built again",
                          "tệp được tạo từ các tệp chưa commit vào Git nên không tạo lại được")
    return built


def verify(data: bytes, repo: pygit2.Repository, today: dt.date, version: str) -> Verdict:
    built = read_built(data)
    recipe = built.recipe
    try:
        commit = repo[recipe.commit].peel(pygit2.Commit)
        repo[recipe.records or recipe.commit]
    except (KeyError, ValueError):
        raise SourceError(f"commit {recipe.commit[:12]} it was built from is not in this repository (fetch it)",
                          f"commit {recipe.commit[:12]} dùng để tạo tệp không có trong kho này (hãy fetch)") from None
    prepared = prepare(GitSource(repo, commit, recipe.manual, recipe.commit[:12]), recipe)
    manual = prepared.loaded.manual
    copy = next((c for c in manual.config.distribution if c.number == built.copy), None) if manual else None
    if manual is None or (built.code and manual.document(built.code) is None) or (built.copy and copy is None):
        exact = False  # the recorded state does not give this file at all
    else:
        exact = render_one(manual, recipe, prepared.markings, built.code, copy) == data
    head = repo.revparse_single("HEAD").peel(pygit2.Commit)
    book = prepared.now  # HEAD has not moved since the build: its ledger is at hand
    if str(head.id) != (recipe.records or recipe.commit) or book is None:
        _, book = ledger(GitSource(repo, head, recipe.manual, "HEAD"))
    if book is None:
        raise SourceError("isodocs.yaml at HEAD cannot be read, so what is in force is unknown: `isodocs check` says why",
                          "không đọc được isodocs.yaml tại HEAD nên không biết tài liệu nào có hiệu lực: "
                          "xem bằng `isodocs check`")
    held = tuple(Held(code, revision, *standing(book, code, blob, today)) for code, revision, blob in built.contents)
    return Verdict(built, exact, built.version == version, held)


def _day(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


BUILD_NAMES = {
    "official": ("official build, in force on {day}", "bản chính thức, hiệu lực ngày {day}"),
    "draft": ("draft build", "bản dự thảo"),
    "as-of": ("as in force on {day}", "theo hiệu lực ngày {day}"), "rev": ("as at {rev}", "theo {rev}"),
}


def lines(verdict: Verdict, name: str, lang: str) -> list[str]:
    """The verdict for people: the file first, then each document that is not in force."""
    recipe = verdict.built.recipe
    en, vi = BUILD_NAMES[recipe.kind]
    kind = (vi if lang == "vi" else en).format(day=_day(recipe.on), rev=recipe.rev or recipe.commit[:12])
    commit = recipe.commit[:12]
    if verdict.exact:
        head = (f"{name}: đúng nguyên bản: isodocs tạo lại đúng từng byte từ commit {commit} ({kind})" if lang == "vi"
                else f"{name}: exact: isodocs builds these same bytes from commit {commit} ({kind})")
    else:
        head = (f"{name}: ĐÃ BỊ SỬA sau khi tạo: khác với bản isodocs tạo lại từ commit {commit} ({kind})" if lang == "vi"
                else f"{name}: EDITED after it was built: it differs from what isodocs builds from commit {commit} ({kind})")
        if not verdict.same_version:
            version = verdict.built.version or "?"
            head += (f"; lưu ý: tệp do isodocs {version} tạo, khác phiên bản đang chạy" if lang == "vi"
                     else f"; note: it was built by isodocs {version}, not this version")
    out = [head]
    for held in verdict.documents:
        out.append("  " + _held(held, lang))
    recall = [h for h in verdict.documents if h.state != "in_force"]
    if recall:
        out.append(f"THU HỒI bản này: {len(recall)} tài liệu trong bản không còn là lần ban hành có hiệu lực."
                   if lang == "vi" else
                   f"RECALL this copy: {len(recall)} document(s) in it are no longer the revision in force.")
    return out


def _held(held: Held, lang: str) -> str:
    revision = f"{held.revision:02d}"
    now = held.now
    if lang == "vi":
        text = {"in_force": "còn hiệu lực",
                "superseded": f"đã được thay bằng lần {now.revision:02d} (hiệu lực từ {_day(start(now))})" if now else "",
                "withdrawn": "đã bị thu hồi", "not_in_force": "không phải lần ban hành có hiệu lực"}[held.state]
        return f"{held.code} lần {revision}: {text}"
    text = {"in_force": "in force",
            "superseded": f"superseded by revision {now.revision:02d} (in force since {_day(start(now))})" if now else "",
            "withdrawn": "withdrawn", "not_in_force": "not a revision in force"}[held.state]
    return f"{held.code} revision {revision}: {text}"


def to_json(verdict: Verdict, name: str) -> str:
    import json

    recipe = verdict.built.recipe
    return json.dumps({
        "file": name, "exact": verdict.exact, "ok": verdict.ok, "build": recipe.kind, "commit": recipe.commit,
        "in_force_on": recipe.on.isoformat() if recipe.on else None, "copy": verdict.built.copy,
        "built_by": verdict.built.version,
        "documents": [{"code": h.code, "revision": h.revision, "state": h.state,
                       "in_force_revision": h.now.revision if h.now else None} for h in verdict.documents],
    }, ensure_ascii=False, indent=2)
