"""Diffing two revisions read from Git or a folder (isodocs/diff/sources.py, revisions.py):
only files whose blob differs are parsed; unreadable files and broken configurations."""

from __future__ import annotations

import pytest

from isodocs.diff.changes import MODIFIED
from isodocs.diff.revisions import IN_FORCE, WORKTREE, default_base, open_revision, side, sides
from isodocs.diff.sources import diff_sources, legal_titles
from isodocs.load.source import SourceError
from isodocs.model import reader as loader

from support.diffcases import V1, V2
from support.git import git_commit, git_init
from support.manual import CONFIG, LEGAL, LEGAL_PATH, POLICY_PATH, PROCEDURE, write_files

EXTRA = {f"documents/more/QT-X-{n:02d}.yaml": PROCEDURE.replace("code: QT-HT-01", f"code: QT-X-{n:02d}")
         .replace('code: "1.001193"', f'code: "2.{n:06d}"') for n in range(20)}


@pytest.fixture
def repo(tmp_path):
    """v1 then v2 (tags), the working tree holding v2 with one more edit."""
    repo = git_init(tmp_path / "repo")
    git_commit(repo, {**V1, **EXTRA}, "v1", when=1_700_000_000)
    repo.references.create("refs/tags/v1", repo.head.target)
    git_commit(repo, {**V2, **EXTRA}, "v2", when=1_750_000_000)
    repo.references.create("refs/tags/v2", repo.head.target)
    write_files(tmp_path / "repo", {**V2, **EXTRA, "documents/more/QT-X-07.yaml": EXTRA["documents/more/QT-X-07.yaml"]
                                    .replace("purpose: Quy định trình tự", "purpose: Quy định rõ trình tự")})
    return tmp_path / "repo"


@pytest.fixture
def parsed(monkeypatch):
    """The document files the loader parses."""
    seen: list[str] = []
    real = loader._document

    def spy(reader, entry, *rest):
        seen.append(entry.path)
        return real(reader, entry, *rest)

    monkeypatch.setattr(loader, "_document", spy)
    return seen


def run(root, a, b, codes=()):
    sa, sb = open_revision(root, a), open_revision(root, b)
    return diff_sources(sa, sb, (side(a, sa), side(b, sb)), codes)


def test_only_changed_files_are_parsed(repo, parsed):
    found = run(repo, "v1", "v2")
    assert [d.code for d in found.documents] == ["CS-02", "HD-01", "MT-2025", "QT-HT-01"]
    assert found.unchanged == 20
    assert sorted(set(parsed)) == sorted(["documents/CS-01.md", "documents/chinh-sach/CS-02.md", "documents/HD-01.md",
                                          "documents/MT-2025.yaml", "documents/QT-HT-01.yaml"])
    assert found.a.commit and found.b.commit and found.a.label == "v1"
    assert found.legal == {"118/2025/NĐ-CP": "Về thực hiện thủ tục hành chính theo cơ chế một cửa",
                           "123/2015/NĐ-CP": "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch"}


def test_the_working_tree_against_a_commit(repo, parsed):
    found = run(repo, "v2", WORKTREE)
    assert [(d.status, d.code) for d in found.documents] == [(MODIFIED, "QT-X-07")]
    assert parsed == ["documents/more/QT-X-07.yaml", "documents/more/QT-X-07.yaml"]
    assert found.b.commit == "" and found.unchanged == 23


def test_nothing_changed(repo, parsed):
    found = run(repo, "v2", "v2")
    assert not found.changed and found.unchanged == 24 and parsed == []


def test_only_the_documents_asked_for(repo):
    found = run(repo, "v1", "v2", codes=["CS-01", "QT-HT-01"])
    assert [d.code for d in found.documents] == ["CS-02", "QT-HT-01"]  # CS-01 is CS-02's old code


def test_defaults_are_the_revision_in_force_and_the_working_tree(repo):
    assert default_base(repo) == IN_FORCE
    assert sides(repo, None, None) == (IN_FORCE, WORKTREE)
    assert sides(repo, "v1", None) == ("v1", WORKTREE)
    assert sides(repo, None, None, repo="x.git") == (IN_FORCE, "HEAD")


def test_a_file_that_cannot_be_read_is_reported_not_removed(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, V1, "v1")
    write_files(tmp_path / "repo", {**V1, POLICY_PATH: "---\ncode: [\n---\n"})
    found = run(tmp_path / "repo", "HEAD", WORKTREE)
    assert found.documents == ()
    (problem,) = found.unreadable
    assert (problem.side, problem.path) == ("b", POLICY_PATH)
    assert problem.problem["en"] and problem.problem["vi"]
    assert found.changed


def test_a_broken_configuration_cannot_be_compared(tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, V1, "v1")
    write_files(tmp_path / "repo", {**V1, "isodocs.yaml": "agency: 3\n"})
    with pytest.raises(SourceError) as caught:
        run(tmp_path / "repo", "HEAD", WORKTREE)
    assert "isodocs.yaml" in caught.value.message.say("en") and "isodocs.yaml" in caught.value.message.say("vi")


def test_revisions_outside_git_are_refused(tmp_path):
    write_files(tmp_path / "m", V1)
    with pytest.raises(SourceError) as caught:
        open_revision(tmp_path / "m", "HEAD")
    assert "not inside a Git repository" in caught.value.message.say("en")
    assert open_revision(tmp_path / "m", WORKTREE).label == str(tmp_path / "m")


def test_legal_titles_read_only_files_naming_the_numbers(tmp_path, parsed, monkeypatch):
    read: list[str] = []
    real = loader._legal
    monkeypatch.setattr(loader, "_legal", lambda reader, entry, *rest: read.append(entry.path) or real(reader, entry, *rest))
    other = "- number: 11/2024/NĐ-CP\n  type: Nghị định\n  title: Khác\n  issued: 2024-01-01\n  status: in_force\n"
    write_files(tmp_path / "m", {"isodocs.yaml": CONFIG, LEGAL_PATH: LEGAL, "legal/other.yaml": other})
    source = open_revision(tmp_path / "m", WORKTREE)
    assert legal_titles([source], ["123/2015/ND-CP"]) == {"123/2015/ND-CP": LEGAL.split("title: ")[2].split("\n")[0]}
    assert read == [LEGAL_PATH]
    assert legal_titles([source], ["1/2024/NĐ-CP"]) == {}
    assert read == [LEGAL_PATH]  # 11/2024/NĐ-CP does not contain 1/2024/NĐ-CP
