"""Findings 2, 3 and 10: nothing is written through a link a repository commits, and a build
replaces its set of outputs whole (a killed or failed run loses nothing)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from isodocs.system.files import RECORD

from support.hostile import TODAY, outputs, said_cleanly, snapshot, watched

LINK_EN = ("is a symbolic link: isodocs never writes or reads through a link, which could lead anywhere (one that "
           "came with a repository above all); remove it, or name a path without links")
LINK_VI = ("là liên kết tượng trưng (symbolic link): isodocs không bao giờ ghi hay đọc qua liên kết, vì liên kết có "
           "thể dẫn tới bất cứ đâu (nhất là liên kết đi kèm một kho Git); hãy xóa liên kết, hoặc chỉ định một đường "
           "dẫn không có liên kết")


def targets(w, kind: str) -> str:
    """Where a committed link leads: into the sentinel, absolutely or relatively, or nowhere."""
    return {"absolute": str(w.outside), "relative": "../outside", "dangling": "../outside/nothing-here"}[kind]


def state(w) -> tuple:
    """What a refused command must leave as it was: the branch, the index, the working tree."""
    repo = w.repo
    return repo.head.target, repo.status(), snapshot(w.root), len(list(repo.odb))


@pytest.fixture
def w(tmp_path, tmp_path_factory):
    yield from watched(tmp_path, tmp_path_factory)


@pytest.mark.parametrize("kind", ["absolute", "relative", "dangling"])
@pytest.mark.parametrize("command, report", [
    (["build", "--today", TODAY], "build"),
    (["coverage", "--format", "docx"], "build/coverage.docx"),
    (["impact", "--today", TODAY, "--format", "docx"], "build/impact.docx"),
])
def test_a_committed_build_link_is_not_written_through(w, kind, command, report):
    w.commit({}, "build là liên kết", links={"build": targets(w, kind)})
    sentinel = snapshot(w.outside)
    for lang, says in (("en", LINK_EN), ("vi", LINK_VI)):
        result = w.run(*command, lang=lang)
        assert said_cleanly(result, 2) == f"isodocs: {w.root / 'build'} {says}\n"
    assert snapshot(w.outside) == sentinel and not (w.outside / "nothing-here").exists()
    assert w.repo.status() == {}


@pytest.mark.parametrize("kind", ["absolute", "relative", "dangling"])
def test_a_link_anywhere_along_o_is_not_written_through(w, kind):
    w.commit({}, "out là liên kết", links={"out": targets(w, kind)})
    sentinel = snapshot(w.outside)
    result = w.run("build", "--today", TODAY, "-o", "out/deep/build")
    assert said_cleanly(result, 2) == f"isodocs: {w.root / 'out'} {LINK_EN}\n"
    result = w.run("diff", "--format", "html", "-o", "out/review.html")
    assert said_cleanly(result, 2) == f"isodocs: {w.root / 'out'} {LINK_EN}\n"
    assert snapshot(w.outside) == sentinel


def test_an_output_file_committed_as_a_link_is_not_replaced_through(w):
    (w.root / "build").mkdir()
    os.symlink(w.outside / "manual.docx", w.root / "build" / "manual.docx")
    sentinel = snapshot(w.outside)
    result = w.run("build", "--today", TODAY)
    assert said_cleanly(result, 2) == f"isodocs: {w.root / 'build' / 'manual.docx'} {LINK_EN}\n"
    assert snapshot(w.outside) == sentinel
    assert sorted(p.name for p in (w.root / "build").iterdir()) == ["manual.docx"]  # nothing else written


@pytest.mark.parametrize("kind", ["absolute", "relative", "dangling"])
def test_a_new_document_is_not_written_through_a_committed_folder_link(w, kind):
    w.commit({}, "Thư mục quy trình là liên kết", links={"documents/quy-trinh": "../" + targets(w, kind)
                                                          if kind != "absolute" else targets(w, kind)})
    before = snapshot(w.root)
    for lang, says in (("en", LINK_EN), ("vi", LINK_VI)):
        result = w.run("new", "procedure", "--code", "QT-HT-09", "--title", "Quy trình thử", lang=lang)
        assert said_cleanly(result, 2) == f"isodocs: {w.root / 'documents' / 'quy-trinh'} {says}\n"
    assert snapshot(w.root) == before and not (w.outside / "nothing-here").exists()


def test_a_typed_control_character_is_refused_before_anything_is_written(w):
    before = snapshot(w.root)
    for lang, says in (("en", "the title (--title) holds a control character"),
                       ("vi", "tên tài liệu (--title) có ký tự điều khiển")):
        result = w.run("new", "form", "--code", "BM-HT-09", "--title", "Mẫu\x1b[31m đỏ", lang=lang)
        assert said_cleanly(result, 2) == f"isodocs: {says}\n"
    assert snapshot(w.root) == before


def test_o_under_a_file_names_the_file(w):
    (w.tmp / "a-file").write_text("x")
    for lang, says in (("en", "is a file, not a folder, so nothing can be written in it"),
                       ("vi", "là một tệp, không phải thư mục, nên không ghi được gì vào trong đó")):
        result = w.run("build", "--today", TODAY, "-o", str(w.tmp / "a-file" / "out"), lang=lang)
        assert said_cleanly(result, 2) == f"isodocs: {w.tmp / 'a-file'} {says}\n"


RECORD_LINK_EN = ("is a symbolic link in the committed manual: isodocs never writes through a link; remove it "
                  "(`git rm`) and commit")
RECORD_LINK_VI = ("là liên kết tượng trưng (symbolic link) trong sổ tay đã commit: isodocs không bao giờ ghi qua "
                  "liên kết; hãy xóa nó (`git rm`) rồi commit")


def new_document(w) -> None:
    """QT-HT-02, never approved: `approve` would write approvals/QT-HT-02/r2.yaml."""
    text = (w.root / "documents" / "QT-HT-01.yaml").read_text(encoding="utf-8")
    w.commit({"documents/QT-HT-02.yaml": text.replace("QT-HT-01", "QT-HT-02").replace('"1.001193"', '"1.001194"')},
             "Thêm QT-HT-02")


@pytest.mark.parametrize("kind", ["absolute", "relative", "dangling"])
@pytest.mark.parametrize("command, link", [
    (["approve", "QT-HT-02", "--by", "minh.lv"], "approvals/QT-HT-02"),  # the record's folder
    (["approve", "QT-HT-02", "--by", "minh.lv"], "approvals/QT-HT-02/r2.yaml"),  # the record itself
    (["withdraw", "CS-01", "--by", "minh.lv"], "approvals/CS-01/withdrawn.yaml"),
    (["legal", "ack", "QT-HT-01", "123/2015/NĐ-CP", "--by", "hung.tv", "--note", "Không ảnh hưởng"],
     "approvals/QT-HT-01/ack-123_2015_ND-CP-1.yaml"),
])
def test_records_are_not_written_through_committed_links(w, kind, command, link):
    new_document(w)
    depth = "../" * link.count("/")
    target = {"absolute": str(w.outside / "secret.txt"), "relative": f"{depth}../outside/secret.txt",
              "dangling": f"{depth}../outside/nothing-here"}[kind]
    w.commit({}, "Liên kết", links={link: target})
    sentinel, before = snapshot(w.outside), state(w)
    for lang, says in (("en", f"isodocs: refused; nothing was written:\n{link} {RECORD_LINK_EN}\n"),
                       ("vi", f"isodocs: từ chối; không ghi gì:\n{link} {RECORD_LINK_VI}\n")):
        result = w.run(*command, "--date", "2025-12-02", lang=lang)
        assert said_cleanly(result, 1) == says
    assert snapshot(w.outside) == sentinel and not (w.outside / "nothing-here").exists()
    assert state(w) == before  # no object, no ref, no file; the checkout as clean as it was


def test_a_link_only_in_the_working_tree_is_refused_too(w):
    new_document(w)
    os.symlink(w.outside, w.root / "approvals" / "QT-HT-02")
    sentinel, before = snapshot(w.outside), state(w)
    result = w.run("approve", "QT-HT-02", "--by", "minh.lv", "--date", "2025-12-02")
    assert said_cleanly(result, 1) == (
        "isodocs: refused; nothing was written:\napprovals/QT-HT-02 is a symbolic link in the working tree: "
        "isodocs never writes through a link; remove it\n")
    assert snapshot(w.outside) == sentinel and state(w) == before


def test_a_clean_approval_still_lands_in_the_checkout(w):
    new_document(w)
    result = w.run("approve", "QT-HT-02", "--by", "minh.lv", "--date", "2025-12-02")
    assert said_cleanly(result, 0).startswith("approvals/QT-HT-02/r2.yaml\n")
    assert (w.root / "approvals" / "QT-HT-02" / "r2.yaml").is_file() and w.repo.status() == {}


KILL = textwrap.dedent("""
    import os, sys
    from isodocs.system import files
    real = files.Folder.replace
    def replace(self, source, target):
        if target == "QT-HT-01.docx":
            os._exit(9)  # killed midway through the renames
        return real(self, source, target)
    files.Folder.replace = replace
    from isodocs.cli import main
    sys.argv = ["isodocs", "build", "--today", sys.argv[1], "--lang", "en"]
    main()
""")


def test_a_build_killed_midway_is_completed_by_the_next_and_leaves_nothing_behind(w):
    assert said_cleanly(w.run("build", "--draft", "--today", TODAY), 0)
    drafts = outputs(w.root / "build")
    assert drafts.keys() == w.clean_build().keys() and drafts != w.clean_build()  # another kind of build
    killed = subprocess.run([sys.executable, "-c", KILL, TODAY], cwd=w.root, env={**os.environ, "ISODOCS_CACHE": "0"},
                            capture_output=True)
    assert killed.returncode == 9, killed.stderr
    left = outputs(w.root / "build")
    assert left != drafts and left != w.clean_build()  # a mix of the two, as the kill left it
    assert any(p.name.endswith(".isodocs-tmp") for p in (w.root / "build").iterdir())
    result = w.run("build", "--today", TODAY)
    assert said_cleanly(result, 0)
    assert outputs(w.root / "build") == w.clean_build()
    assert sorted(p.name for p in (w.root / "build").iterdir() if p.name.startswith(".")) == [RECORD]


def test_a_build_that_fails_midway_leaves_the_previous_outputs_whole(w, monkeypatch):
    from isodocs.system import files

    assert said_cleanly(w.run("build", "--today", TODAY), 0)
    previous = {p.name: p.read_bytes() for p in (w.root / "build").iterdir()}
    real = files.Folder.write_new
    written = []

    def disk_full(self, name, data, **options):
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(name)
        return real(self, name, data, **options)

    monkeypatch.setattr(files.Folder, "write_new", disk_full)
    result = w.run("build", "--draft", "--today", TODAY)
    assert said_cleanly(result, 2) == "isodocs: cannot write to build: no space left on the device\n"
    assert {p.name: p.read_bytes() for p in (w.root / "build").iterdir()} == previous


def test_an_official_build_of_the_template_is_what_the_clean_build_holds(w):
    assert said_cleanly(w.run("build", "--today", TODAY), 0)
    assert outputs(w.root / "build") == w.clean_build()
