"""Official, draft, as-of and --rev builds; numbered copies and the recall list; verify; bare repositories.

On the approved history of tests/support/history.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygit2
import pytest

from isodocs.model import reader as manual_module

from support.cli import invoke
from support.docxxml import headers, rezip, text, xml
from support.git import checkout, committed_files, git_commit, git_init, when
from support.history import DISTRIBUTION, R2_PURPOSE, R3_PURPOSE, History, P, record, revision_3
from support.manual import CONFIG, PROCEDURE, standard_bytes


def body(path: Path) -> str:
    return text(xml(path.read_bytes()))


def header_texts(path: Path) -> list[str]:
    return [text(h) for h in headers(path.read_bytes())]


# --- official builds ----------------------------------------------------------------------------


def test_official_build_takes_the_approved_content_not_the_working_tree_or_newer_commits(tmp_path):
    history = History(tmp_path, upto="revised")
    (history.root / P).write_text(revision_3(PROCEDURE).replace(R3_PURPOSE, "Bản nháp chưa commit."), encoding="utf-8")
    out = tmp_path / "out"
    result = history.build(out, "--today", "2025-09-16")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.docx")) == ["CS-01.docx", "QT-HT-01.docx", "manual.docx"]
    procedure = body(out / "QT-HT-01.docx")
    assert R2_PURPOSE in procedure and R3_PURPOSE not in procedure and "Bản nháp" not in procedure
    assert all("BẢN KIỂM SOÁT" in h and "DỰ THẢO" not in h for h in header_texts(out / "manual.docx"))
    assert "Lần ban hành: 02" in header_texts(out / "QT-HT-01.docx")[0]
    # never approved: left out, with a warning naming it
    assert "MT-2025: chưa được phê duyệt; không đưa vào bản này" in result.stderr
    assert "MT-2025" not in body(out / "manual.docx")


def test_a_second_official_build_parses_no_document_and_builds_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    history = History(tmp_path, upto="revised")
    assert history.build(tmp_path / "first", "--today", "2025-09-16").exit_code == 0
    real = manual_module.parse

    def no_documents(text, path, offset=0):
        assert not path.startswith("documents/"), f"{path} parsed again"
        return real(text, path, offset)

    monkeypatch.setattr(manual_module, "parse", no_documents)
    second = history.build(tmp_path / "second", "--today", "2025-09-16")
    assert second.exit_code == 0, second.stderr
    for built in (tmp_path / "first").iterdir():
        assert (tmp_path / "second" / built.name).read_bytes() == built.read_bytes()


def test_master_list_and_revision_table_come_from_the_approvals(tmp_path):
    history = History(tmp_path, upto="approved")
    out = tmp_path / "out"
    assert history.build(out, "--today", "2025-09-01").exit_code == 0
    manual = body(out / "manual.docx")
    row = manual[manual.index("QT-HT-01\n"):]
    assert row.split("\n")[:6] == ["QT-HT-01", "Quy trình đăng ký khai sinh", "02", "15/07/2025", "01/08/2025",
                                   "Lê Văn Minh"]
    assert "15/QĐ-UBND" in row.split("\n")[6]
    assert "Phê duyệt ngày 20/07/2025, Quyết định số 15/QĐ-UBND" in body(out / "QT-HT-01.docx")


def test_a_document_not_yet_in_force_is_left_out(tmp_path):
    history = History(tmp_path, upto="approved")
    result = history.build(tmp_path / "out", "--today", "2025-07-25", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "QT-HT-01: revision 2 takes effect on 01/08/2025; left out" in result.stderr
    assert not (tmp_path / "out" / "QT-HT-01.docx").exists()


def test_nothing_in_force_builds_nothing(tmp_path):
    history = History(tmp_path, upto="manual")
    result = history.build(tmp_path / "out", "--today", "2025-09-01", "--lang", "en")
    assert result.exit_code == 1
    assert "no document is in force on 01/09/2025" in result.stderr and "--draft" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_official_build_needs_git_and_says_to_use_draft(manual):
    result = invoke(["build", "-C", str(manual), "--lang", "en"])
    assert result.exit_code == 2
    assert "not in a Git repository" in result.stderr and "isodocs build --draft" in result.stderr


def test_a_reference_to_a_document_left_out_is_not_an_error(tmp_path):
    """QT-HT-01 cites CS-01; with CS-01 not yet approved, the official manual must still build."""
    history = History(tmp_path, upto="manual")
    files = standard_bytes({"isodocs.yaml": CONFIG + DISTRIBUTION})
    files["approvals/QT-HT-01/r2.yaml"] = record("QT-HT-01", 2, P, files[P], "2025-07-20", "2025-07-15", "2025-08-01")
    git_commit(history.repo, files, "approve QT-HT-01 only", when=when("2025-07-20"))
    checkout(history.repo)
    result = history.build(tmp_path / "out", "--today", "2025-09-01")
    assert result.exit_code == 0, result.output
    assert "CS-01: chưa được phê duyệt" in result.stderr


# --- draft builds -------------------------------------------------------------------------------


def test_draft_marks_what_is_not_approved(tmp_path):
    history = History(tmp_path, upto="revised")
    out = tmp_path / "out"
    result = history.build(out, "--draft")
    assert result.exit_code == 0, result.output
    assert R3_PURPOSE in body(out / "QT-HT-01.docx")
    assert "DỰ THẢO" in header_texts(out / "QT-HT-01.docx")[0]
    assert "DỰ THẢO" in header_texts(out / "MT-2025.docx")[0]
    assert "BẢN KIỂM SOÁT" in header_texts(out / "CS-01.docx")[0]  # its content is the approved one
    marks = header_texts(out / "manual.docx")
    assert "DỰ THẢO" in marks[0]  # the cover: the manual holds drafts
    assert any("BẢN KIỂM SOÁT" in h and "CS-01" in h for h in marks)


def test_draft_of_a_folder_outside_git(manual):
    result = invoke(["build", "--draft", "-C", str(manual), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert all("DRAFT" in h for h in header_texts(manual / "build" / "manual.docx"))


# --- as-of and --rev ----------------------------------------------------------------------------


@pytest.mark.parametrize("as_of, revision, purpose, marking", [
    ("2025-08-15", "02", R2_PURPOSE, "HẾT HIỆU LỰC"),  # r2 in force then, obsolete today
    ("2025-09-25", "02", R2_PURPOSE, "HẾT HIỆU LỰC"),  # r3 approved but not yet in force
    ("2025-10-01", "03", R3_PURPOSE, "BẢN KIỂM SOÁT"),  # r3 in force from its effective date
])
def test_as_of_builds_the_revision_in_force_that_day(tmp_path, as_of, revision, purpose, marking):
    history = History(tmp_path)
    out = tmp_path / "out"
    result = history.build(out, "--as-of", as_of, "--today", "2025-11-01")
    assert result.exit_code == 0, result.output
    assert purpose in body(out / "QT-HT-01.docx")
    header = header_texts(out / "QT-HT-01.docx")[0]
    assert f"Lần ban hành: {revision}" in header and marking in header
    assert "BẢN KIỂM SOÁT" in header_texts(out / "CS-01.docx")[0]  # still in force
    # The cover is what the manual is as a whole: most of it is in force, so not "obsolete";
    # the obsolete document's own pages say so.
    cover, *_ = header_texts(out / "manual.docx")
    assert "BẢN KIỂM SOÁT" in cover and "HẾT HIỆU LỰC" not in cover


def test_the_cover_marking_follows_the_manual_as_a_whole():
    from isodocs.history.recipe import whole_marking

    assert whole_marking(["controlled", "obsolete", "controlled"]) == "controlled"
    assert whole_marking(["obsolete", "obsolete"]) == "obsolete"  # nothing in it is in force
    assert whole_marking(["obsolete", "draft", "controlled"]) == "draft"  # unapproved content: a draft
    assert whole_marking([]) == "controlled"


def test_rev_builds_the_manual_in_force_at_that_commit(tmp_path):
    history = History(tmp_path)
    out = tmp_path / "out"
    result = history.build(out, "--rev", history.commits["revised"], "--today", "2025-11-01")
    assert result.exit_code == 0, result.output
    assert R2_PURPOSE in body(out / "QT-HT-01.docx")  # r3 is only a draft at that commit
    assert "HẾT HIỆU LỰC" in header_texts(out / "QT-HT-01.docx")[0]  # r3 is in force today
    props = properties(out / "QT-HT-01.docx")
    assert props["isodocs.build"] == "rev" and props["isodocs.in-force-on"] == "2025-09-15"
    assert props["isodocs.records"] == history.commits["r3 approved"]


def properties(path: Path) -> dict[str, str]:
    from isodocs.render.docx.package import custom_properties

    return custom_properties(path.read_bytes())


def test_every_file_records_the_state_it_came_from(tmp_path):
    history = History(tmp_path)
    out = tmp_path / "out"
    assert history.build(out, "--today", "2025-11-01").exit_code == 0
    props = properties(out / "manual.docx")
    r3 = history.repo.revparse_single(f"HEAD:{P}").id
    assert props["isodocs.commit"] == history.commits["r3 approved"]
    assert props["isodocs.build"] == "official" and props["isodocs.in-force-on"] == "2025-11-01"
    assert props["isodocs.language"] == "vi" and "isodocs.manual" not in props  # at the repository's root
    contents = sorted(v for k, v in props.items() if k.startswith("isodocs.content."))
    assert contents == [f"CS-01:1:{history.repo.revparse_single('HEAD:documents/CS-01.md').id}", f"QT-HT-01:3:{r3}"]
    assert all(len(v) <= 255 for v in props.values())  # Word's limit on a property's text
    one = properties(out / "QT-HT-01.docx")
    assert one["isodocs.document"] == "QT-HT-01"
    assert [v for k, v in one.items() if k.startswith("isodocs.content.")] == [f"QT-HT-01:3:{r3}"]


# --- numbered copies and the recall list ---------------------------------------------------------


def test_copies_are_numbered_with_their_holder(tmp_path):
    history = History(tmp_path)
    out = tmp_path / "out"
    result = history.build(out, "--copies", "--today", "2025-11-01")
    assert result.exit_code == 0, result.output
    assert {"manual-copy-01.docx", "manual-copy-02.docx"} <= {p.name for p in out.iterdir()}
    assert all("Bản số 01 – Lê Văn Minh" in h for h in header_texts(out / "manual-copy-01.docx"))
    assert all("Bản số 02 – Trần Văn Hùng" in h for h in header_texts(out / "manual-copy-02.docx"))
    assert not any("Bản số" in h for h in header_texts(out / "manual.docx"))
    assert properties(out / "manual-copy-02.docx")["isodocs.copy"] == "2"


def test_distribution_lists_what_each_holder_must_give_back(tmp_path):
    history = History(tmp_path)
    result = invoke(["distribution", "-C", str(history.root), "--today", "2025-11-01", "--format", "json"])
    assert result.exit_code == 0, result.output
    first, second = json.loads(result.stdout)
    assert (first["copy"], first["holds_revisions_of"], first["recall"]) == (1, "2025-08-15", ["QT-HT-01"])
    held = {d["code"]: (d["held_revision"], d["state"], d["in_force_revision"]) for d in first["documents"]}
    assert held == {"CS-01": (1, "in_force", 1), "QT-HT-01": (2, "superseded", 3)}
    assert (second["issued"], second["recall"]) == (None, [])  # no date: today's build
    text_result = invoke(["distribution", "-C", str(history.root), "--today", "2025-11-01"])
    assert "Bản số 01 – Lê Văn Minh (Lãnh đạo UBND xã), phát ngày 15/08/2025" in text_result.stdout
    assert "THU HỒI: thay bằng lần 03 (hiệu lực từ 01/10/2025)" in text_result.stdout


# --- verify -----------------------------------------------------------------------------------------


def verify(history: History, path: Path, *args: str):
    return invoke(["verify", str(path), "-C", str(history.root), "--lang", "en", *args])


def test_verify_a_good_file(tmp_path):
    history = History(tmp_path)
    out = tmp_path / "out"
    assert history.build(out, "--copies", "--today", "2025-11-01").exit_code == 0
    for name in ("manual.docx", "QT-HT-01.docx", "manual-copy-01.docx"):
        result = verify(history, out / name, "--today", "2025-11-02")
        assert result.exit_code == 0, result.output
        assert f"{name}: exact" in result.stdout and "QT-HT-01 revision 03: in force" in result.stdout


def test_a_draft_built_from_a_commit_verifies_and_names_what_is_not_approved(tmp_path):
    history = History(tmp_path)
    out = tmp_path / "out"
    assert history.build(out, "--draft", "--rev", "HEAD").exit_code == 0
    result = verify(history, out / "manual.docx", "--today", "2025-11-01")
    assert result.exit_code == 1, result.output
    assert "manual.docx: exact" in result.stdout
    assert "MT-2025 revision 01: not a revision in force" in result.stdout
    assert "QT-HT-01 revision 03: in force" in result.stdout


def test_verify_takes_the_pages_from_the_build_cache(tmp_path, monkeypatch):
    from isodocs.render.docx import rendered as pieces

    monkeypatch.setenv("ISODOCS_CACHE", "1")
    history = History(tmp_path)
    out = tmp_path / "out"
    assert history.build(out, "--today", "2025-11-01").exit_code == 0
    monkeypatch.setattr(pieces, "render", lambda *a, **k: pytest.fail("rendered again"))
    for name in ("manual.docx", "QT-HT-01.docx"):
        result = verify(history, out / name, "--today", "2025-11-02")
        assert result.exit_code == 0, result.output
        assert f"{name}: exact" in result.stdout


def test_verify_after_a_build_renders_nothing_and_still_knows_an_edited_manual(tmp_path, monkeypatch):
    """A build records the digest of the manual and its copies by their build record
    (render.cache.MadeFiles): verify of them loads and renders nothing, edited or not."""
    from isodocs.render import verify as verifying

    monkeypatch.setenv("ISODOCS_CACHE", "1")
    history = History(tmp_path)
    out = tmp_path / "out"
    assert history.build(out, "--copies", "--today", "2025-11-01").exit_code == 0
    monkeypatch.setattr(verifying, "prepare", lambda *a, **k: pytest.fail("loaded and rendered again"))
    for name in ("manual.docx", "manual-copy-01.docx"):
        result = verify(history, out / name, "--today", "2025-11-02")
        assert result.exit_code == 0, result.output
        assert f"{name}: exact" in result.stdout and "QT-HT-01 revision 03: in force" in result.stdout
    path = out / "manual.docx"
    path.write_bytes(rezip(path.read_bytes(), "word/document.xml", lambda xml: xml.replace(
        "Tiếp nhận hồ sơ".encode(), "Tiếp nhận hồ sơ, thu thêm phí".encode())))
    result = verify(history, path, "--today", "2025-11-02")
    assert result.exit_code == 1 and "EDITED after it was built" in result.stdout


def test_what_verify_renders_it_remembers_and_only_under_its_own_seal(tmp_path, monkeypatch):
    from isodocs.render import verify as verifying
    from isodocs.render import cache as build_cache

    monkeypatch.setenv("ISODOCS_CACHE", "1")
    monkeypatch.setenv("ISODOCS_CACHE_SECRET", "11" * 32)
    history = History(tmp_path)
    out = tmp_path / "out"
    assert history.build(out, "--today", "2025-11-01").exit_code == 0
    prepared = []
    real = verifying.prepare
    monkeypatch.setattr(verifying, "prepare", lambda *a: prepared.append(a) or real(*a))
    for _ in range(2):  # a document's own file: not recorded by the build, then by the first verify
        assert "QT-HT-01.docx: exact" in verify(history, out / "QT-HT-01.docx", "--today", "2025-11-02").stdout
    assert len(prepared) == 1
    monkeypatch.setenv("ISODOCS_CACHE_SECRET", "22" * 32)  # what was recorded under another secret
    assert "manual.docx: exact" in verify(history, out / "manual.docx", "--today", "2025-11-02").stdout
    assert len(prepared) == 2
    monkeypatch.setattr(build_cache, "code_digest", lambda: "another isodocs")  # renders other bytes, perhaps
    assert "manual.docx: exact" in verify(history, out / "manual.docx", "--today", "2025-11-02").stdout
    assert len(prepared) == 3


def test_verify_an_edited_file(tmp_path):
    history = History(tmp_path)
    out = tmp_path / "out"
    assert history.build(out, "--today", "2025-11-01").exit_code == 0
    path = out / "QT-HT-01.docx"
    path.write_bytes(rezip(path.read_bytes(), "word/document.xml",
                           lambda xml: xml.replace("Tiếp nhận hồ sơ".encode(), "Tiếp nhận hồ sơ, thu thêm phí".encode())))
    result = verify(history, path)
    assert result.exit_code == 1
    assert "EDITED after it was built" in result.stdout
    assert json.loads(verify(history, path, "--format", "json").stdout)["exact"] is False


def test_verify_a_file_whose_document_was_superseded(tmp_path):
    history = History(tmp_path, upto="approved")
    out = tmp_path / "out"
    assert history.build(out, "--today", "2025-08-20").exit_code == 0
    later = History(tmp_path / "later")  # the same history, continued: r3 approved since
    result = invoke(["verify", str(out / "QT-HT-01.docx"), "-C", str(later.root), "--today", "2025-11-01", "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "exact" in result.stdout  # untouched: only out of date
    assert "QT-HT-01 revision 02: superseded by revision 03 (in force since 01/10/2025)" in result.stdout
    assert "RECALL this copy" in result.stdout


CUSTOM = b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties">'
HOSTILE = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/hostname">]>' + CUSTOM +
           b'<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="isodocs.build"><vt:lpwstr '
           b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">&x;</vt:lpwstr>'
           b'</property></Properties>')


@pytest.mark.parametrize("custom, says", [
    (None, "not a Word .docx file"),
    (CUSTOM + b"</Properties>", "no isodocs build record"),  # a DOCX, but not one isodocs built
    (HOSTILE, "no isodocs build record"),  # an entity is not expanded, a file never read
])
def test_verify_an_unknown_file(tmp_path, manual, custom, says):
    history = History(tmp_path)
    path = tmp_path / "other.docx"
    content = b"not a zip"
    if custom is not None:
        assert invoke(["build", "--draft", "-C", str(manual), "-o", str(tmp_path / "draft")]).exit_code == 0
        content = rezip((tmp_path / "draft" / "CS-01.docx").read_bytes(), "docProps/custom.xml", lambda xml: custom)
    path.write_bytes(content)
    result = verify(history, path)
    assert result.exit_code == 2 and says in result.stderr


def test_a_draft_of_the_working_tree_cannot_be_verified(tmp_path, manual):
    history = History(tmp_path)
    assert invoke(["build", "--draft", "-C", str(manual)]).exit_code == 0
    result = verify(history, manual / "build" / "manual.docx")
    assert result.exit_code == 2 and "not committed to Git" in result.stderr


# --- a bare repository, as on a forge ------------------------------------------------------------


def test_bare_repository(tmp_path):
    history = History(tmp_path)
    bare = pygit2.clone_repository(history.repo.path, str(tmp_path / "forge.git"), bare=True)
    out = tmp_path / "public"
    result = invoke(["build", "--repo", bare.path, "-o", str(out), "--today", "2025-11-01", "--copies"])
    assert result.exit_code == 0, result.output
    assert R3_PURPOSE in body(out / "QT-HT-01.docx")
    assert (out / "manual.docx").read_bytes() == _built_in_checkout(history, tmp_path)
    result = invoke(["verify", str(out / "manual.docx"), "--repo", bare.path, "--today", "2025-11-01"])
    assert result.exit_code == 0, result.output
    result = invoke(["distribution", "--repo", bare.path, "--today", "2025-11-01", "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["recall"] == ["QT-HT-01"]
    result = invoke(["build", "--repo", bare.path, "-o", str(tmp_path / "old"), "--as-of", "2025-08-15",
                     "--today", "2025-11-01"])
    assert result.exit_code == 0 and R2_PURPOSE in body(tmp_path / "old" / "QT-HT-01.docx")


def _built_in_checkout(history: History, tmp_path: Path) -> bytes:
    """The same build from the working copy: a forge builds the very same bytes."""
    out = tmp_path / "checkout-build"
    assert history.build(out, "--today", "2025-11-01").exit_code == 0
    return (out / "manual.docx").read_bytes()


def test_the_manual_in_a_folder_of_a_bare_repository(tmp_path):
    repo = pygit2.init_repository(str(tmp_path / "forge.git"), bare=True, initial_head="main")
    files = standard_bytes()
    files["approvals/CS-01/r1.yaml"] = record("CS-01", 1, "documents/CS-01.md", files["documents/CS-01.md"],
                                              "2025-07-20", "2024-03-01", "2024-03-01")
    git_commit(repo, {f"agencies/tan-phu/{k}": v for k, v in files.items()}, "manual", when=when("2025-07-20"))
    out = tmp_path / "out"
    result = invoke(["build", "-C", "agencies/tan-phu", "--repo", repo.path, "-o", str(out), "--today", "2025-08-01"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.docx")) == ["CS-01.docx", "manual.docx"]
    assert properties(out / "manual.docx")["isodocs.manual"] == "agencies/tan-phu"
    result = invoke(["verify", str(out / "CS-01.docx"), "--repo", repo.path, "--today", "2025-08-01"])
    assert result.exit_code == 0, result.output


def test_distribution_names_an_uncommitted_list(tmp_path):
    """The list is read as committed; a list added to the working tree only is named as the reason
    nothing is listed, not left a mystery."""
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes(), "Sổ tay")
    index = repo.index
    index.read_tree(repo.head.peel(pygit2.Commit).tree)
    index.write()
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)
    root = Path(repo.workdir)
    committed = invoke(["distribution", "-C", str(root), "--lang", "en"])
    assert committed.exit_code == 0 and committed.stderr == ""
    (root / "isodocs.yaml").write_text(CONFIG + DISTRIBUTION, encoding="utf-8")
    result = invoke(["distribution", "-C", str(root), "--lang", "en"])
    assert result.exit_code == 0
    assert "isodocs.yaml has no distribution list." in result.stdout
    assert "isodocs.yaml has changes that are not committed" in result.stderr


def test_a_ledger_from_the_whole_manual_loaded_is_the_ledger_loaded_apart(tmp_path):
    """verify reuses a draft's whole load for HEAD's ledger: it must say what the ledger's own
    loads say, with approved, draft, withdrawn and broken documents alike."""
    from isodocs.history.official import ledger
    from isodocs.load.source import open_source
    from isodocs.model.reader import load

    history = History(tmp_path)
    files = committed_files(history.repo, history.repo[history.repo.head.target].tree)
    files["documents/QT-HONG.yaml"] = b"code: QT-HONG\ntitle: [khong, hop, le]\nkind: procedure\n"
    files["documents/QT-VO.yaml"] = b"code: [QT-VO\n"
    git_commit(history.repo, files, "Thêm tài liệu hỏng")
    source = open_source(str(history.root), "HEAD", None)
    apart = ledger(source)
    whole = ledger(source, load(source))
    assert apart[1] is not None and "QT-HONG" in apart[1].present
    assert whole[1] == apart[1]


def test_a_ledger_takes_the_codes_of_drafts_the_cache_holds_without_building_them(tmp_path, monkeypatch):
    from isodocs.history.official import ledger
    from isodocs.load.cache import for_source
    from isodocs.load.source import open_source
    from isodocs.model import build
    from isodocs.model.reader import load

    monkeypatch.setenv("ISODOCS_CACHE", "1")
    history = History(tmp_path)
    files = committed_files(history.repo, history.repo[history.repo.head.target].tree)
    files["documents/QT-NHAP.yaml"] = files["documents/QT-HT-01.yaml"].replace(b"QT-HT-01", b"QT-NHAP")
    git_commit(history.repo, files, "Một bản nháp")
    source = open_source(str(history.root), "HEAD", None)
    expected = ledger(source, load(source))[1]
    load(source, cache=for_source(source))  # the documents cache now holds every file
    made = []
    real = build.document
    monkeypatch.setattr(build, "document", lambda *a, **k: made.append(a[1].path) or real(*a, **k))
    found = ledger(open_source(str(history.root), "HEAD", None))[1]
    assert found == expected and "QT-NHAP" in found.present
    assert not any(path.startswith("documents/") for path in made), made

