"""The Word redline (isodocs/render/docx/redline.py, `isodocs diff --format docx`): tracked
changes in the XML, "accept all" and "reject all" done on the XML give the new and the old
documents as the normal renderer prints them, and LibreOffice opens it."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pygit2
import pytest

from isodocs.diff.engine import diff_manuals
from isodocs.render.docx.manual import RenderOptions, render_document
from isodocs.render.docx.redline import document_marking, render_redline
from isodocs.render.labels import labels_for

from support.cli import invoke
from support.diffcases import PROCEDURE_PATH, V1, V2, manual
from support.git import git_commit, git_init
from support.libreoffice import to_pdf, uno_python
from support.manual import write_files
from support.paths import ROOT
from support.pdf import ink, word, words
from support.pdf import pages as pdf_pages
from support.redline_xml import NS, part, part_names, q, resolve, section_texts, sections, texts

STAMP = dt.datetime(2026, 1, 2)


def redline(a_files=V1, b_files=V2):
    a, b = manual(a_files), manual(b_files)
    found = diff_manuals(a, b)
    return a, b, found, render_redline(a, b, found, RenderOptions(stamp=STAMP))


def normal(manual_, code, marking: str = "") -> tuple[list[str], list[str]]:
    """The body and header texts of a document rendered on its own (with the marking its pages
    have in the redline)."""
    data = render_document(manual_, manual_.document(code), RenderOptions(stamp=STAMP, marking=marking))
    return section_texts(sections(part(data, "word/document.xml"))[0]), texts(part(data, "word/header1.xml"))


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_accept_all_gives_the_new_revision_and_reject_all_the_old(direction):
    files = (V1, V2) if direction == "forward" else (V2, V1)
    a, b, found, data = redline(*files)
    for keep, side, which in (("ins", b, "new"), ("del", a, "old")):
        body = sections(resolve(part(data, "word/document.xml"), keep))
        docs = body[1:]
        assert len(docs) == len(found.documents)
        for n, (change, blocks) in enumerate(zip(found.documents, docs), start=1):
            ref = getattr(change, which)
            header = texts(resolve(part(data, f"word/header{n + 1}.xml"), keep))
            if ref is None:  # added (rejected) or removed (accepted): nothing left
                assert section_texts(blocks) == []
                continue
            new = b.document(change.new.code) if change.new else None
            body_texts, header_texts = normal(side, ref.code, document_marking(labels_for(b, "vi"), b, new))
            assert section_texts(blocks) == body_texts, (change.code, which)
            if (change.old and change.new) or ref is not None:
                assert header == header_texts, (change.code, which)


def test_tracked_changes_in_the_xml():
    _, b, found, data = redline()
    root = part(data, "word/document.xml")
    marks = root.xpath("//w:ins | //w:del", namespaces=NS)
    assert marks
    ids = [m.get(q("id")) for m in marks]
    assert len(ids) == len(set(ids))
    # The preparer (lan.nt) on the new revision's change-history date.
    assert {m.get(q("author")) for m in marks} == {b.config.people["lan.nt"].name}
    dates = {m.get(q("date")) for m in marks}
    assert "2025-10-01T00:00:00Z" in dates and all(d.endswith("T00:00:00Z") for d in dates)
    # The purpose, word by word: equal text unmarked, insertions as w:ins runs.
    documents = [b for section in sections(root)[1:] for b in section]
    purpose = next(p for block in documents for p in block.iter(q("p"))
                   if "".join(p.itertext()).startswith("Quy định trình tự"))
    plain = "".join(purpose.xpath("./w:r/w:t/text()", namespaces=NS))
    inserted = purpose.xpath("./w:ins/w:r/w:t/text()", namespaces=NS)
    assert plain == "Quy định trình tự đăng ký khai sinh." and inserted == [", thời hạn", " cho trẻ em"]
    assert not purpose.xpath(".//w:del", namespaces=NS)
    # Record retention: deleted text in w:delText, new text inserted.
    assert root.xpath("//w:del/w:r/w:delText[.='vĩnh viễn']", namespaces=NS)
    assert root.xpath("//w:ins/w:r/w:t[.='20 năm']", namespaces=NS)
    # The new step: an inserted row; the revision table's new row too.
    rows = root.xpath("//w:tr[w:trPr/w:ins]", namespaces=NS)
    row_texts = ["".join(r.xpath(".//w:t/text()", namespaces=NS)) for r in rows]
    assert any("Thẩm định hồ sơ" in t for t in row_texts)
    assert any("Thêm bước thẩm định" in t for t in row_texts)
    # The changed step keeps its row: the time changed at word level in its cell.
    step = next(r for r in root.iter(q("tr")) if "Giải quyết" in "".join(r.itertext())
                and not r.xpath("w:trPr/w:ins | w:trPr/w:del", namespaces=NS))
    assert step.xpath(".//w:ins", namespaces=NS) and step.xpath(".//w:del", namespaces=NS)
    # The header: revision 02 → 03 as a tracked change.
    position = [d.code for d in found.documents].index("QT-HT-01")
    header = part(data, f"word/header{position + 2}.xml")  # header1: the first page's
    assert header.xpath("//w:del/w:r/w:delText[.='02']", namespaces=NS)
    assert header.xpath("//w:ins/w:r/w:t[.='03']", namespaces=NS)


def test_first_page_summary_and_approval_sheet():
    _, b, found, data = redline()
    front = section_texts(sections(part(data, "word/document.xml"))[0])
    joined = "\n".join(front)
    assert "BẢN SO SÁNH THAY ĐỔI TÀI LIỆU" in joined and "PHIẾU TRÌNH DUYỆT" in joined
    for doc in found.documents:
        assert any(doc.code in t for t in front)
    assert any("Thêm bước thẩm định" in t for t in front)  # the new revision's summary
    assert b.config.people["minh.lv"].name in joined  # the reviewer


def test_cli_writes_the_redline(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, V1, "v1", when=1_700_000_000)
    git_commit(repo, V2, "v2", when=1_750_000_000)
    write_files(tmp_path / "repo", V2)
    out = tmp_path / "redline.docx"
    result = invoke(["diff", "HEAD~1", "HEAD", "--format", "docx", "-o", str(out)], cwd=tmp_path / "repo")
    assert result.exit_code == 1, result.output
    assert "word/document.xml" in part_names(out.read_bytes())
    assert part(out.read_bytes(), "word/document.xml").xpath("//w:ins", namespaces=NS)
    assert invoke(["diff", "HEAD~1", "HEAD", "--format", "docx"], cwd=tmp_path / "repo").exit_code == 2


def test_libreoffice_shows_insertions_underlined_and_deletions_struck_through(tmp_path):
    """The redline as LibreOffice prints it: old and new text both visible; an inserted word drawn
    in the change colour and underlined, a deleted one in colour and struck through, an
    unchanged one in black."""
    pdf = to_pdf(tmp_path, redline()[3], "redline")
    printed = [" ".join(page.split()) for page in pdf_pages(pdf)]
    assert any("Mã hiệu: CS-01CS-02" in page for page in printed)  # CS-01 renamed CS-02: both codes, whole
    assert any(re.search("Thời gian lưu.*vĩnh viễn.*20 năm", page) for page in printed)
    drawn = words(pdf)
    inserted = word(drawn, "Mọi")  # "Mọi công chức hiểu ...", a sentence added to the policy
    deleted = word(drawn, "vĩnh")  # the retention "vĩnh viễn", now "20 năm"
    unchanged = word(drawn, "cam", page=inserted.page)  # "Ủy ban nhân dân xã cam kết", before and after
    added = ink(pdf, inserted)
    assert added.in_colour and any(0.7 <= at <= 1.25 for at in added.lines), added  # a line under it
    assert not any(0.3 <= at <= 0.7 for at in added.lines), added
    removed = ink(pdf, deleted)
    assert removed.in_colour and any(0.3 <= at <= 0.7 for at in removed.lines), removed  # a line through it
    kept = ink(pdf, unchanged)
    assert kept.in_black and not kept.lines, kept


@pytest.mark.parametrize("mode", ["accept", "reject"])
def test_libreoffice_accepts_and_rejects(tmp_path, mode):
    """LibreOffice itself accepting (rejecting) every change gives the new (old) documents."""
    python = uno_python()
    a, b, found, data = redline()
    source, out = tmp_path / "redline.docx", tmp_path / f"{mode}.docx"
    source.write_bytes(data)
    script = str(ROOT / "tests" / "support" / "lo_tracked.py")
    subprocess.run([python, script, str(source), str(out), mode, str(tmp_path / "lo-profile")],
                   check=True, capture_output=True, timeout=240)
    assert out.exists()
    front = section_texts(sections(part(data, "word/document.xml"))[0])
    side, which = (b, "new") if mode == "accept" else (a, "old")
    expected = list(front)
    for change in found.documents:
        ref = getattr(change, which)
        if ref is not None:
            expected += normal(side, ref.code)[0]
    assert texts(part(out.read_bytes(), "word/document.xml")) == expected


def test_tracking_is_left_on_for_the_leader_s_own_edits():
    settings = part(redline()[3], "word/settings.xml")
    assert settings.xpath("w:trackRevisions", namespaces=NS)
    names = [child.tag.split("}")[1] for child in settings]
    assert names.index("trackRevisions") < names.index("defaultTabStop")  # where the schema puts it


def test_numbers_and_dates_are_replaced_whole():
    """15/07/2025 → 01/10/2025 is the old day struck and the new inserted, never digits struck
    among digits that stayed; 6 → 3,5 working hours likewise."""
    _, _, found, data = redline()
    position = [d.code for d in found.documents].index("QT-HT-01")
    header = part(data, f"word/header{position + 2}.xml")
    assert header.xpath("//w:del/w:r/w:delText[.='15/07/2025']", namespaces=NS)
    assert header.xpath("//w:ins/w:r/w:t[.='01/10/2025']", namespaces=NS)
    root = part(data, "word/document.xml")
    assert root.xpath("//w:del/w:r/w:delText[.='6']", namespaces=NS)
    assert root.xpath("//w:ins/w:r/w:t[.='3,5']", namespaces=NS)
    # nowhere does a tracked piece begin or end inside a number: its neighbours are no digits
    for p in [*root.iter(q("p")), *header.iter(q("p"))]:
        pieces = [(child.tag, "".join(child.xpath(".//w:t/text() | .//w:delText/text()", namespaces=NS)))
                  for child in p if child.tag in (q("r"), q("ins"), q("del"))]
        for n, (tag, text) in enumerate(pieces):
            if tag == q("r") or not text:
                continue
            before = next((t for k, t in reversed(pieces[:n]) if k == q("r") and t), "")
            after = next((t for k, t in pieces[n + 1:] if k == q("r") and t), "")
            assert not (text[0].isdigit() and before[-1:].isdigit()), (before, text)
            assert not (text[-1].isdigit() and after[:1].isdigit()), (text, after)


def test_the_summary_page_is_plain_sentences():
    _, _, _, data = redline()
    front = "\n".join(section_texts(sections(part(data, "word/document.xml"))[0]))
    for notation in ("~ ", "{+", "+}", "[-", "-]", ".;", "↕", "# "):
        assert notation not in front, notation
    assert "Lần ban hành: sửa từ 02 thành 03." in front
    assert "Thời gian: sửa từ 6 giờ làm việc thành 3,5 giờ làm việc." in front
    assert "Tổng thời gian: sửa từ 1 ngày làm việc thành 6,5 giờ làm việc." in front
    assert "Bổ sung Bước 2: Thẩm định hồ sơ" in front
    assert "Mục đích: bổ sung “, thời hạn”; bổ sung “cho trẻ em”." in front or "Mục đích: bổ sung “thời hạn”" in front


def test_a_draft_read_by_libreoffice(tmp_path):
    """IN_FORCE against the working tree: the cover names the revisions (lần ban hành 02 → 03
    (dự thảo)), never a commit; every page is marked DỰ THẢO; the changes are whole numbers."""
    from support.pages import page_texts, reading_text

    root = tmp_path / "repo"
    repo = git_init(root)
    git_commit(repo, V1, "v1", when=1_750_000_000)
    repo.index.read_tree(repo.head.peel(pygit2.Commit).tree)
    repo.index.write()
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)
    approved = invoke(["approve", "--all", "--by", "minh.lv", "--date", "2025-07-20"], cwd=root)
    assert approved.exit_code == 0, approved.output
    write_files(root, {PROCEDURE_PATH: V2[PROCEDURE_PATH]})
    out = tmp_path / "redline.docx"
    result = invoke(["diff", "--doc", "QT-HT-01", "--format", "docx", "-o", str(out)], cwd=root)
    assert result.exit_code == 1, result.output
    pdf = to_pdf(tmp_path, out.read_bytes(), "redline")
    pages, text = page_texts(pdf), reading_text(pdf)
    assert "QT-HT-01 – Quy trình đăng ký khai sinh" in pages[0] and "Lần ban hành 02 → 03 (dự thảo)" in pages[0]
    assert all("DỰ THẢO" in page for page in pages)
    commits = {str(c.id)[:7] for c in repo.walk(repo.head.target)}
    assert not any(c in text for c in commits) and "IN_FORCE" not in text and "WORKTREE" not in text
    assert "Tổng thời gian: sửa từ 1 ngày làm việc thành 6,5 giờ làm việc." in text
