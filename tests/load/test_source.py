"""Where a manual's bytes come from (isodocs/load/source.py): the folder source."""

from __future__ import annotations

import os

import pygit2
import pytest

from isodocs.load.source import FolderSource, SourceError, inside, normalise, open_source

from support.git import git_commit, git_init
from support.manual import CONFIG, POLICY, PROCEDURE, make_manual


@pytest.mark.parametrize("path, ok", [
    ("documents/bm/BM-01.docx", True),
    ("./documents/a.pdf", True),
    ("documents/../isodocs.yaml", True),
    ("a/b/../../c", True),
    ("../x", False),
    ("../../etc/passwd", False),
    ("documents/../../x", False),
    ("a/../../b", False),
    ("/etc/passwd", False),
    ("C:/Windows/win.ini", False),
    ("C:\\Windows\\win.ini", False),
    ("..\\..\\secret", False),
    ("c:secret", True),  # a drive needs the colon at the end of the first part
])
def test_inside(path, ok):
    assert inside(path) is ok


def test_normalise():
    assert normalise("documents/./bm/../BM-01.docx") == "documents/BM-01.docx"
    assert normalise("documents\\bm\\x.docx") == "documents/bm/x.docx"


def test_open_source_needs_a_manual(tmp_path):
    with pytest.raises(SourceError) as exc:
        open_source(tmp_path)
    assert "isodocs.yaml" in exc.value.message.say("en") and "isodocs.yaml" in exc.value.message.say("vi")
    assert exc.value.message.say("en") != exc.value.message.say("vi")
    with pytest.raises(SourceError, match="is not a folder"):
        open_source(tmp_path / "nowhere")
    (tmp_path / "file.yaml").write_text("x")
    with pytest.raises(SourceError, match="is not a folder"):
        open_source(tmp_path / "file.yaml")


def test_a_revision_given_as_the_folder_is_recognised(tmp_path, monkeypatch):
    repo = git_init(tmp_path / "repo")
    commit = git_commit(repo, {"isodocs.yaml": CONFIG}, "ban hành")
    repo.create_reference("refs/tags/ban-hanh-1", commit)
    monkeypatch.chdir(tmp_path / "repo")
    with pytest.raises(SourceError) as exc:
        open_source("ban-hanh-1")
    assert exc.value.message.say("en") == ("ban-hanh-1 is a revision of the repository, not a folder: to read the "
                                           "manual as it is there, add --rev ban-hanh-1")
    with pytest.raises(SourceError, match="is not a folder$"):  # a name that is no revision either
        open_source("ban-hanh-2")


def test_open_source_defaults_to_the_current_folder(tmp_path, monkeypatch):
    root = make_manual(tmp_path)
    monkeypatch.chdir(root)
    source = open_source()
    assert isinstance(source, FolderSource) and source.root == root


def test_entries_list_the_manual_files_only(tmp_path):
    root = make_manual(tmp_path, {
        "documents/a.yaml": PROCEDURE,
        "documents/sub/b.md": POLICY,
        "documents/.hidden.yaml": "x",
        "documents/.cache/config": "x",
        "legal/l.yaml": "x",
        "templates/document.docx.j2": "x",
        "reference.docx": b"PK",
        "README.md": "not part of the manual",
        "build/manual.docx": b"PK",
        "notes/x.yaml": "x",
    })
    entries = {e.path: e for e in FolderSource(root).entries()}
    assert sorted(entries) == ["documents/a.yaml", "documents/sub/b.md", "isodocs.yaml", "legal/l.yaml",
                               "reference.docx", "templates/document.docx.j2"]
    assert entries["isodocs.yaml"].size == len(CONFIG.encode())
    assert not any(e.link for e in entries.values())


def test_links_are_listed_never_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text(PROCEDURE)
    root = make_manual(tmp_path, {"documents/a.yaml": PROCEDURE})
    os.symlink(outside / "secret.yaml", root / "documents" / "link.yaml")
    os.symlink(outside, root / "documents" / "linked-folder")
    os.symlink(outside, root / "legal")
    os.symlink("/etc/passwd", root / "reference.docx")
    entries = {e.path: e for e in FolderSource(root).entries()}
    links = sorted(p for p, e in entries.items() if e.link)
    assert links == ["documents/link.yaml", "documents/linked-folder", "legal", "reference.docx"]
    assert not any(p.startswith(("documents/linked-folder/", "legal/")) for p in entries)
    assert all(entries[p].size == 0 for p in links)


def test_exists_is_true_only_for_regular_files_inside(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.docx").write_bytes(b"PK")
    root = make_manual(tmp_path, {"documents/bm/BM-01.docx": b"PK"})
    os.symlink(outside / "x.docx", root / "documents" / "bm" / "link.docx")
    os.symlink(outside, root / "files")
    source = FolderSource(root)
    assert source.exists("documents/bm/BM-01.docx")
    assert source.exists("./documents/bm/../bm/BM-01.docx")
    assert not source.exists("documents/bm")  # a folder
    assert not source.exists("documents/bm/missing.docx")
    assert not source.exists("documents/bm/link.docx")  # a link
    assert not source.exists("files/x.docx")  # through a linked folder
    assert not source.exists("../outside/x.docx")
    assert not source.exists(str(outside / "x.docx"))
    assert not source.exists("documents/a\x00b.docx")
    assert not source.exists("")
    assert not source.exists("a" * 5000)


def test_blob_id_is_the_git_blob_id(tmp_path):
    root = make_manual(tmp_path)
    data = (root / "isodocs.yaml").read_bytes()
    assert FolderSource(root).blob_id("isodocs.yaml", data) == str(pygit2.hash(data))
