"""One walk over the commit graph: which commits touched each file, following renames."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pygit2
import pytest

from isodocs.history import walk as walk_module
from isodocs.history.walk import _Trees, walk
from isodocs.load.cache import Cache

from support.git import git_commit
from support.programs import two_workers

SECRET = b"a test's secret"

A = "documents/a/QT-01.yaml"
B = "documents/b/QT-01.yaml"
OTHER = "documents/a/QT-02.yaml"
# long enough that a small edit keeps a renamed file similar
BODY = "".join(f"line {n}: nội dung quy trình\n" for n in range(30))


@pytest.fixture
def repo(tmp_path) -> pygit2.Repository:
    return pygit2.init_repository(str(tmp_path / "repo.git"), bare=True, initial_head="main")


def text(revision: int, extra: str = "") -> str:
    return f"code: QT-01\nrevision: {revision}\n{BODY}{extra}"


class History:
    """Commits on branches by name, each the whole tree of files."""

    def __init__(self, repo):
        self.repo, self.when = repo, 1_700_000_000

    def commit(self, files: dict, message: str, ref: str = "refs/heads/main", parents=None) -> str:
        self.when += 3600
        return str(git_commit(self.repo, files, message, ref=ref, parents=parents, when=self.when))


def walked(repo, subdir: str = "", ref: str = "refs/heads/main"):
    """The walk, checked to come out the same when every commit's changes are worked out ahead
    in worker processes, and when they come from the cache (which then reads no tree at all)."""
    tip = repo.references[ref].peel(pygit2.Commit)
    plain = walk(repo, tip, subdir)
    with mock.patch.object(walk_module, "PARALLEL_FROM", 1), two_workers():
        assert walk(repo, tip, subdir) == plain
    file = Path(repo.path) / "isodocs" / "walk-test.json"
    for shard in file.parent.glob("walk-test.*.cache"):  # a fresh cache for each walk
        shard.unlink()
    filling = Cache(file, keep_all=True, secret=SECRET)
    assert walk(repo, tip, subdir, caches=lambda folder: filling) == plain
    stored = Cache(file, keep_all=True, secret=SECRET)
    assert stored.entries
    with mock.patch.object(_Trees, "changes", side_effect=AssertionError("a tree was read")):
        assert walk(repo, tip, subdir, caches=lambda folder: stored) == plain
    return plain


def ids(touches) -> list[str]:
    return [t.commit.id for t in touches]


def test_linear_history_newest_first_with_blobs(repo):
    h = History(repo)
    first = h.commit({A: text(1), OTHER: "x: 1\n"}, "Ban hành")
    second = h.commit({A: text(2), OTHER: "x: 1\n"}, "Lần 2\n\nChi tiết.")
    h.commit({A: text(2), OTHER: "x: 2\n"}, "Sửa QT-02")
    found = walked(repo)
    touches = found.touches(A)
    assert ids(touches) == [second, first]
    assert [t.change for t in touches] == ["modified", "added"]
    assert touches[0].blob == str(repo.create_blob(text(2).encode()))
    assert touches[0].commit.summary == "Lần 2" and touches[0].commit.author == "Thư ký ISO"
    assert len(found.touches(OTHER)) == 2


def test_only_the_manual_folder_counts(repo):
    h = History(repo)
    first = h.commit({f"sotay/{A}": text(1), "src/app.py": "1"}, "Đầu tiên")
    h.commit({f"sotay/{A}": text(1), "src/app.py": "2"}, "Mã nguồn khác")
    found = walked(repo, "sotay")
    assert set(found.files) == {A}
    assert ids(found.touches(A)) == [first]


def test_a_document_moved_to_another_folder_keeps_its_history(repo):
    h = History(repo)
    first = h.commit({A: text(1)}, "Ban hành")
    second = h.commit({A: text(2)}, "Lần 2")
    moved = h.commit({B: text(2, "thêm một dòng\n")}, "Chuyển thư mục")
    touches = walked(repo).touches(B)
    assert ids(touches) == [moved, second, first]
    assert [(t.path, t.change) for t in touches] == [(B, "renamed"), (A, "modified"), (A, "added")]
    assert A not in walked(repo).files


def test_a_new_file_at_an_old_path_has_its_own_history(repo):
    h = History(repo)
    first = h.commit({A: text(1)}, "Ban hành")
    moved = h.commit({B: text(1)}, "Chuyển")
    again = h.commit({B: text(1), A: "code: QT-09\nrevision: 1\n"}, "Tài liệu mới cùng tên tệp")
    found = walked(repo)
    assert ids(found.touches(B)) == [moved, first]
    assert ids(found.touches(A)) == [again]


def test_a_deleted_file_is_remembered_by_its_last_path(repo):
    h = History(repo)
    first = h.commit({A: text(1), OTHER: "x: 1\n"}, "Ban hành")
    gone = h.commit({OTHER: "x: 1\n"}, "Bãi bỏ")
    touches = walked(repo).touches(A)
    assert ids(touches) == [gone, first]
    assert touches[0].change == "deleted" and touches[0].blob == touches[1].blob  # the content it had


def test_a_merge_counts_only_what_differs_from_every_parent(repo):
    h = History(repo)
    base = h.commit({A: text(1), OTHER: "x: 1\n"}, "Gốc")
    left = h.commit({A: text(2), OTHER: "x: 1\n"}, "Nhánh trái sửa QT-01", ref="refs/heads/left", parents=[base])
    right = h.commit({A: text(1), OTHER: "x: 2\n"}, "Nhánh phải sửa QT-02", ref="refs/heads/main", parents=[base])
    merge = h.commit({A: text(2), OTHER: "x: 2\n"}, "Hợp nhất", parents=[right, left])
    found = walked(repo)
    assert ids(found.touches(A)) == [left, base]
    assert ids(found.touches(OTHER)) == [right, base]
    # a merge that resolves a conflict changes the file against both parents: it counts
    resolved = h.commit({A: text(3), OTHER: "x: 3\n"}, "Nhánh mới", ref="refs/heads/other", parents=[merge])
    fixed = h.commit({A: text(4), OTHER: "x: 3\n"}, "Hợp nhất, giải quyết xung đột", parents=[merge, resolved])
    assert ids(walked(repo).touches(A))[:3] == [fixed, resolved, left]
    assert walked(repo).touches(OTHER)[0].commit.id == resolved


def test_a_rename_on_one_branch_follows_the_other_branch_too(repo):
    h = History(repo)
    base = h.commit({A: text(1)}, "Gốc")
    renamed = h.commit({B: text(1)}, "Chuyển", ref="refs/heads/move", parents=[base])
    edited = h.commit({A: text(2)}, "Sửa", parents=[base])
    merge = h.commit({B: text(2)}, "Hợp nhất", parents=[edited, renamed])
    touches = walked(repo).touches(B)
    assert set(ids(touches)) == {merge, renamed, edited, base}
    assert ids(touches)[-1] == base


def test_the_walk_starts_at_the_tip_it_is_given(repo):
    h = History(repo)
    first = h.commit({A: text(1)}, "Ban hành")
    h.commit({A: text(2)}, "Lần 2")
    found = walk(repo, repo[first], "")
    assert found.tip == first and ids(found.touches(A)) == [first]


def test_only_the_folders_asked_for(repo):
    h = History(repo)
    records = {"approvals/QT-01/r1.yaml": "code: QT-01\n", "approvals/QT-02/r1.yaml": "code: QT-02\n"}
    first = h.commit({A: text(1), "legal/luat.yaml": "- số: 1\n", **records}, "Ban hành")
    h.commit({A: text(1), "legal/luat.yaml": "- số: 2\n", **records}, "Sổ đăng ký")
    moved = h.commit({B: text(1), "legal/luat.yaml": "- số: 2\n", **records}, "Chuyển")
    found = walk(repo, repo.references["refs/heads/main"].peel(pygit2.Commit), "", ["documents", "approvals/QT-01"])
    assert set(found.files) == {B, "approvals/QT-01/r1.yaml"}
    assert ids(found.touches(B)) == [moved, first]


def test_a_later_walk_reads_the_trees_of_new_commits_only(repo, tmp_path):
    h = History(repo)
    for n in range(1, 4):
        h.commit({A: text(n), OTHER: f"x: {n}\n"}, f"Lần {n}")
    store = lambda folder: Cache(tmp_path / f"walk-{folder}.json", keep_all=True, secret=SECRET)  # noqa: E731
    walk(repo, repo.head.peel(pygit2.Commit), "", ("documents",), store)
    new = h.commit({A: text(4), OTHER: "x: 3\n"}, "Lần 4")
    real = _Trees.changes
    with mock.patch.object(_Trees, "changes", autospec=True, side_effect=real) as reads:
        found = walk(repo, repo.head.peel(pygit2.Commit), "", ("documents",), store)
    assert reads.call_count == 1  # the new commit against its one parent
    assert ids(found.touches(A))[0] == new and len(found.touches(A)) == 4


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_worker_processes_fill_the_cache_for_the_next_walk(repo, tmp_path, monkeypatch, start):
    from isodocs.system import parallel

    monkeypatch.setattr(parallel, "START_METHOD", start)
    h = History(repo)
    for n in range(1, 6):
        h.commit({A: text(n), OTHER: f"x: {n}\n"}, f"Lần {n}")
    store = lambda folder: Cache(tmp_path / f"walk-{folder}.json", keep_all=True, secret=SECRET)  # noqa: E731
    tip = repo.head.peel(pygit2.Commit)
    with mock.patch.object(walk_module, "PARALLEL_FROM", 1), two_workers(), \
            mock.patch.object(walk_module, "_work_out", wraps=walk_module._work_out) as here:
        first = walk(repo, tip, "", ("documents",), store)
    assert not [c for c in here.call_args_list if c.args[2]]  # every commit was worked out by the workers
    with mock.patch.object(_Trees, "changes", side_effect=AssertionError("a tree was read")):
        assert walk(repo, tip, "", ("documents",), store) == first
