"""Reading a manual from a Git commit (isodocs/load/source.py GitSource), built with pygit2 only.

The same content read from a folder and from a commit must give the same model: the same
documents (down to their blob ids, which the folder source computes as Git would), the
same register, the same diagnostics at the same places.
"""

from __future__ import annotations

import dataclasses

import pygit2
import pytest

from isodocs.load.source import GitSource, SourceError, blob_bytes, open_source

from support.git import Symlink, git_commit, git_init
from support.manual import (
    CONFIG,
    LEGAL_PATH,
    POLICY_PATH,
    PROCEDURE,
    PROCEDURE_PATH,
    STANDARD_FILES,
    load_manual,
    make_manual,
    run_check,
    write_files,
)

V1 = {"isodocs.yaml": CONFIG, **STANDARD_FILES,
      PROCEDURE_PATH: PROCEDURE.replace("revision: 2\n", "revision: 1\n", 1).replace(
          "  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}\n", "")}
V2 = {"isodocs.yaml": CONFIG, **STANDARD_FILES}
DRAFT = {**V2, "documents/QT-HT-02.yaml": PROCEDURE.replace("code: QT-HT-01", "code: QT-HT-02"),
         POLICY_PATH: None}


def comparable(manual):
    """The model without what depends on where it was read from."""
    return dataclasses.replace(manual, root="", commit="", commit_time=None)


@pytest.fixture
def history(tmp_path):
    """A repository with the manual at its root: v1 (tag v1), v2 (main, tag v2 lightweight),
    and a branch `draft` one commit ahead. The working tree holds v2."""
    repo = git_init(tmp_path / "repo")
    c1 = git_commit(repo, V1, "Ban hành lần 1", when=1_700_000_000)
    sig = pygit2.Signature("Thư ký ISO", "iso@example.vn", 1_700_000_100, 420)
    repo.create_tag("v1", c1, pygit2.enums.ObjectType.COMMIT, sig, "Bộ tài liệu lần 1")
    c2 = git_commit(repo, V2, "Ban hành lần 2", when=1_750_000_000)
    repo.references.create("refs/tags/v2", c2)
    repo.branches.local.create("draft", repo[c2])
    c3 = git_commit(repo, DRAFT, "Dự thảo", ref="refs/heads/draft", when=1_760_000_000)
    write_files(tmp_path / "repo", V2)
    return repo, {"c1": c1, "c2": c2, "c3": c3}


@pytest.mark.parametrize("rev, content, commit", [
    ("HEAD", V2, "c2"),
    ("main", V2, "c2"),
    ("v2", V2, "c2"),
    ("v1", V1, "c1"),  # an annotated tag, peeled to its commit
    ("HEAD~1", V1, "c1"),
    ("draft", DRAFT, "c3"),
    ("draft^", V2, "c2"),
])
def test_a_revision_reads_like_a_folder_of_its_content(tmp_path, history, rev, content, commit):
    repo, commits = history
    loaded = load_manual(tmp_path / "repo", rev)
    folder = load_manual(make_manual(tmp_path, content, name="folder-" + rev.replace("~", "-").replace("^", "-")))
    assert loaded.manual.commit == str(commits[commit])
    assert loaded.manual.commit_time == repo[commits[commit]].commit_time
    assert loaded.manual.root == rev
    assert comparable(loaded.manual) == comparable(folder.manual)
    assert loaded.diagnostics == folder.diagnostics


def test_a_full_commit_id_and_a_short_one(tmp_path, history):
    repo, commits = history
    full = load_manual(tmp_path / "repo", str(commits["c1"])).manual
    short = load_manual(tmp_path / "repo", str(commits["c1"])[:10]).manual
    assert full.commit == short.commit == str(commits["c1"])
    assert full.by_code["QT-HT-01"].revision == 1


def test_blob_ids_are_the_commit_blobs(tmp_path, history):
    repo, commits = history
    manual = load_manual(tmp_path / "repo", "v1").manual
    tree = repo[commits["c1"]].tree
    for doc in manual.documents:
        assert doc.origin.blob_id == str(tree[doc.origin.path].id)


def test_checks_of_an_older_revision_see_that_revision(tmp_path, history):
    assert run_check(tmp_path / "repo", "v1") == []
    # CS-01 was deleted in draft: both procedures' references to it fail
    assert [(d.code, d.path) for d in run_check(tmp_path / "repo", "draft")] == [
        ("D312", PROCEDURE_PATH), ("D312", "documents/QT-HT-02.yaml")]


def test_the_working_tree_does_not_leak_into_a_revision(tmp_path, history):
    (tmp_path / "repo" / "documents" / "QT-HT-01.yaml").write_text("broken: [")
    assert run_check(tmp_path / "repo", "HEAD") == []
    assert [(d.code, d.path) for d in run_check(tmp_path / "repo")] == [("F103", PROCEDURE_PATH)]


@pytest.fixture
def agencies(tmp_path):
    """One repository, two manuals in subfolders, the second one added later."""
    repo = git_init(tmp_path / "repo")
    a = {f"xa-tan-phu/{k}": v for k, v in V1.items()}
    b = {f"phuong-1/{k}": v for k, v in V2.items()}
    c1 = git_commit(repo, {**a, "README.md": "hai cơ quan"}, "xã Tân Phú")
    c2 = git_commit(repo, {**a, **b, "README.md": "hai cơ quan"}, "phường 1")
    write_files(tmp_path / "repo", {**a, **b, "README.md": "hai cơ quan"})
    return repo, c1, c2


def test_manual_in_a_subfolder(tmp_path, agencies):
    repo, c1, c2 = agencies
    for sub, content in (("xa-tan-phu", V1), ("phuong-1", V2)):
        loaded = load_manual(tmp_path / "repo" / sub, "HEAD")
        assert loaded.manual.root == f"HEAD:{sub}"
        folder = load_manual(make_manual(tmp_path, content, name="folder-" + sub))
        assert comparable(loaded.manual) == comparable(folder.manual)
        assert loaded.diagnostics == ()


def test_manual_deleted_from_the_working_tree_is_read_from_its_revision(tmp_path, agencies):
    import shutil

    shutil.rmtree(tmp_path / "repo" / "xa-tan-phu")
    loaded = load_manual(tmp_path / "repo" / "xa-tan-phu", "HEAD~1")
    assert loaded.manual.root == "HEAD~1:xa-tan-phu"
    assert loaded.manual.by_code["QT-HT-01"].revision == 1


def test_subfolder_missing_in_an_older_revision(tmp_path, agencies):
    with pytest.raises(SourceError) as exc:
        open_source(tmp_path / "repo" / "phuong-1", "HEAD~1")
    assert "phuong-1" in exc.value.message.say("en") and "phuong-1" in exc.value.message.say("vi")


def test_repository_root_is_not_a_manual(tmp_path, agencies):
    with pytest.raises(SourceError, match="no manual at HEAD"):
        open_source(tmp_path / "repo", "HEAD")


def test_subfolder_that_is_a_file(tmp_path, agencies):
    with pytest.raises(SourceError, match="is not a folder"):
        open_source(tmp_path / "repo" / "README.md", "HEAD")


@pytest.mark.parametrize("rev", ["nope", "v9", "HEAD~99", "0" * 40, "main:documents", "", "-rf", "a..b"])
def test_unknown_revision(tmp_path, history, rev):
    with pytest.raises(SourceError) as exc:
        open_source(tmp_path / "repo", rev)
    assert "names no commit" in exc.value.message.say("en")
    assert "không phải commit" in exc.value.message.say("vi")


def test_rev_outside_a_repository(tmp_path):
    root = make_manual(tmp_path)
    with pytest.raises(SourceError, match="not inside a Git repository"):
        open_source(root, "HEAD")


def test_rev_in_a_bare_repository(tmp_path):
    repo = pygit2.init_repository(str(tmp_path / "bare.git"), bare=True)
    git_commit(repo, V2, "lần 2")
    loaded = load_manual(tmp_path / "bare.git", "main")
    assert [d.code for d in loaded.manual.documents] == ["CS-01", "MT-2025", "QT-HT-01"]


def test_links_in_a_commit_are_reported_and_never_read(tmp_path, monkeypatch):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, {**V2, "documents/link.yaml": Symlink("../../../etc/passwd"),
                      "legal/more": Symlink("/etc")}, "liên kết")
    read: list[str] = []
    original = GitSource.read
    monkeypatch.setattr(GitSource, "read", lambda self, path: read.append(path) or original(self, path))
    found = run_check(tmp_path / "repo", "HEAD")
    assert [(d.code, d.path) for d in found] == [("F108", "documents/link.yaml"), ("F108", "legal/more")]
    assert "documents/link.yaml" not in read and not any(p.startswith("legal/more") for p in read)


def test_exists_in_a_commit(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, {**V2, "documents/bm/BM-01.docx": b"PK", "documents/bm/link.docx": Symlink("BM-01.docx")}, "x")
    source = open_source(tmp_path / "repo", "HEAD")
    assert source.exists("documents/bm/BM-01.docx")
    assert source.exists("documents/bm/../bm/BM-01.docx")
    assert not source.exists("documents/bm")
    assert not source.exists("documents/bm/link.docx")
    assert not source.exists("../x")
    assert not source.exists("documents/missing.docx")
    assert not source.exists("documents/a\x00b.docx")
    assert not source.exists("")


def test_same_diagnostics_from_a_commit_and_a_folder(tmp_path):
    bad = {**V2, PROCEDURE_PATH: PROCEDURE.replace("prepared_by: lan.nt", "prepared_by: minh.lv"),
           LEGAL_PATH: "- number: 1\n", "documents/empty.yaml": ""}
    repo = git_init(tmp_path / "repo")
    git_commit(repo, bad, "lỗi")
    from_git = run_check(tmp_path / "repo", "HEAD")
    from_folder = run_check(make_manual(tmp_path, bad, name="folder"))
    assert [(d.code, d.path, d.line, d.column, d.message("vi")) for d in from_git] == \
        [(d.code, d.path, d.line, d.column, d.message("vi")) for d in from_folder]
    assert {"D307", "F101", "S203"} <= {d.code for d in from_git}


def test_blob_bytes_reads_blobs_only(tmp_path):
    """A blob's bytes straight from the object database; a tree's id, or an id that names
    nothing, is no blob (KeyError), as a Blob lookup would say."""
    repo = git_init(tmp_path / "repo")
    commit = repo[git_commit(repo, {"isodocs.yaml": CONFIG}, "Khởi tạo")]
    blob = commit.tree["isodocs.yaml"].id
    assert blob_bytes(repo, blob) == CONFIG.encode("utf-8")
    with pytest.raises(KeyError):
        blob_bytes(repo, commit.tree.id)
    with pytest.raises(KeyError):
        blob_bytes(repo, pygit2.Oid(hex="0" * 40))
