"""`isodocs revise`'s edit: the next revision written in place, every other byte kept, proven on
every document of the demo and on the layouts a secretary may have typed."""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
from pathlib import Path

import pytest

from isodocs import commands
from isodocs.edit.revision import NewRow, RevisionError, mark, read_document
from isodocs.load.source import open_source
from isodocs.model.reader import load

from support.manual import make_manual, run_check

DEMO = Path(__file__).resolve().parents[2] / "examples" / "agency_demo"
DAY = dt.date(2026, 12, 1)
SUMMARY = "Cập nhật theo Nghị định 118/2025/NĐ-CP: thời hạn, hồ sơ # không phải chú thích"
SECTIONS = "Mục 5, bước 2"


def _demo_codes() -> list[str]:
    return sorted(d.code for d in load(open_source(DEMO)).manual.documents)


def _expected_row(indent: str, revision: int) -> list[str]:
    pad = " " * (len(indent) + 2)
    return [f"{indent}- revision: {revision}", f"{pad}date: {DAY.isoformat()}", f'{pad}summary: "{SUMMARY}"',
            f'{pad}sections: "{SECTIONS}"', f"{pad}reason: legal_change", f"{pad}refs: [118/2025/NĐ-CP, QT-01]"]


def _check_only_the_revision_changed(doc, old: list[str], new: list[str]) -> None:
    """The new text is the old one with the revision and its dates replaced and one row added
    right after the last row of `changes`; every other line as it was."""
    replaced, inserted = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "replace":
            replaced += list(zip(old[i1:i2], new[j1:j2], strict=True))
        elif tag == "insert":
            inserted.append((i1, new[j1:j2]))
        else:
            assert tag == "equal", (doc.code, tag, old[i1:i2], new[j1:j2])
    header = {"revision": (str(doc.revision), str(doc.revision + 1)),
              "issued": (doc.issued.isoformat(), DAY.isoformat())}
    if doc.effective:
        header["effective"] = (doc.effective.isoformat(), DAY.isoformat())
    assert sorted(replaced) == sorted((f"{k}: {a}", f"{k}: {b}") for k, (a, b) in header.items()), doc.code
    [(at, row)] = inserted
    indent = row[0][: row[0].index("-")]
    assert row == _expected_row(indent, doc.revision + 1), doc.code
    last_row = max(i for i, line in enumerate(old[:at]) if line.startswith(f"{indent}- revision:"))
    assert all(line.startswith(indent + " ") and line.strip() for line in old[last_row + 1:at]), doc.code
    assert not old[at].startswith(indent + " "), doc.code  # the row goes right after the last one


def test_revise_changes_only_the_revision_its_dates_and_one_new_row_in_every_demo_document(tmp_path):
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    manual = load(open_source(root)).manual
    assert len(manual.documents) == len(_demo_codes()) >= 15
    for doc in manual.documents:
        before = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
        revised = commands.revise(doc.code, "legal_change", SUMMARY, str(root), DAY, SECTIONS,
                                  ["118/2025/ND-CP, QT-01"])  # a plain D, and two refs in one option
        assert (revised.path, revised.revision) == (doc.origin.path, doc.revision + 1)
        after = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
        assert {p for p in after if after[p] != before.get(p)} == {doc.origin.path}  # no other file touched
        _check_only_the_revision_changed(doc, before[doc.origin.path].decode("utf-8").split("\n"),
                                         after[doc.origin.path].decode("utf-8").split("\n"))
    revised = load(open_source(root)).manual
    assert all(d.revision == manual.document(d.code).revision + 1 and d.issued == DAY for d in revised.documents)
    assert run_check(root) == []  # the demo checks clean, and still does


def test_a_second_revision_on_the_same_day_opens_another_revision(tmp_path):
    root = make_manual(tmp_path, standard=True)
    for summary in ("Sửa lần thứ nhất", "Sửa lần thứ hai"):
        commands.revise("QT-HT-01", "process_change", summary, str(root), DAY)
    doc = load(open_source(root)).manual.document("QT-HT-01")
    assert [(r.revision, r.summary) for r in doc.changes[-2:]] == [(3, "Sửa lần thứ nhất"), (4, "Sửa lần thứ hai")]
    assert run_check(root) == []


LAYOUT = """\
# Ghi chú đầu tệp
code: QT-05
title: 'Quy trình: ví dụ'   # tên có dấu hai chấm
kind: procedure
revision: 2
issued: "2025-07-15"
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
changes: [{revision: 1, date: 2024-03-01, summary: Ban hành lần đầu},
          {revision: 2, date: 2025-07-15, summary: Cập nhật}]   # theo dõi sửa đổi
purpose: Quy định.
scope: Áp dụng.
steps:
  - {no: 1, action: Tiếp nhận, actor: Công chức}
"""


def test_a_flow_list_of_changes_and_a_crlf_file_with_a_bom_keep_their_style(tmp_path):
    crlf = "\ufeff" + LAYOUT.replace("\n", "\r\n")
    root = make_manual(tmp_path, {"documents/QT-05.yaml": crlf.encode("utf-8")})
    commands.revise("QT-05", "audit_finding", "Khắc phục phát hiện đánh giá", str(root), DAY, refs=["QT-05"])
    written = (root / "documents/QT-05.yaml").read_bytes().decode("utf-8")
    expected = (LAYOUT.replace("revision: 2\nissued: \"2025-07-15\"", "revision: 3\nissued: 2026-12-01")
                .replace("summary: Cập nhật}]", "summary: Cập nhật}, {revision: 3, date: 2026-12-01, "
                         "summary: \"Khắc phục phát hiện đánh giá\", reason: audit_finding, refs: [QT-05]}]"))
    assert written == "\ufeff" + expected.replace("\n", "\r\n")
    assert run_check(root) == []


def test_a_markdown_document_keeps_its_body_and_a_comment_after_the_last_row(tmp_path):
    text = ("---\ncode: CS-01\ntitle: Chính sách chất lượng\nkind: policy\nrevision: 1\nissued: 2024-03-01\n"
            "effective: 2024-03-05\nprepared_by: lan.nt\nreviewed_by: hung.tv\napproved_by: minh.lv\nchanges:\n"
            "  -   revision: 1\n      date: 2024-03-01\n      summary: >-\n        Ban hành\n        lần đầu\n"
            "  # dòng sau sẽ thêm khi sửa đổi\n---\n# Chính sách\n\n---\n\nCam kết.\n")
    root = make_manual(tmp_path, {"documents/CS-01.md": text})
    commands.revise("CS-01", "org_change", "Đổi tên đơn vị", str(root), DAY)
    written = (root / "documents/CS-01.md").read_text(encoding="utf-8")
    assert written == (text.replace("revision: 1\nissued: 2024-03-01\neffective: 2024-03-05",
                                    "revision: 2\nissued: 2026-12-01\neffective: 2026-12-01")
                       .replace("        lần đầu\n", "        lần đầu\n  -   revision: 2\n      date: 2026-12-01\n"
                                "      summary: \"Đổi tên đơn vị\"\n      reason: org_change\n"))
    assert run_check(root) == []


def test_a_mark_that_would_not_read_back_as_meant_is_refused():
    # nothing to mark: no `revision` nor `changes`
    assert mark("code: X\n", "x.yaml", DAY, NewRow("Sửa")) is None
    broken = "revision: 1\nchanges:\n  - revision: 1\n    date: 2024-01-01\n    summary: a\nissued: 2024-01-01\n" \
             "issued: 2024-01-02\n"  # a duplicate key: the rewrite cannot be proven
    with pytest.raises(RevisionError):
        mark(broken, "x.yaml", DAY, NewRow("Sửa"))


def test_read_document_splits_a_markdown_file_where_its_yaml_is(tmp_path):
    (tmp_path / "a.md").write_bytes("\ufeff---\r\ncode: A\r\n---\r\nThân bài\r\n".encode("utf-8"))
    doc = read_document(tmp_path, "a.md")
    assert (doc.head, doc.front, doc.tail, doc.body) == ("---\n", "code: A\n", "---\nThân bài\n", "Thân bài\n")
    assert doc.with_front("code: B\n") == "\ufeff---\r\ncode: B\r\n---\r\nThân bài\r\n"
