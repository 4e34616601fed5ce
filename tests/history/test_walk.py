"""One walk over the commit graph: which commits touched each file, following renames."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator
from unittest import mock

import pygit2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# Two versions of a folder's tree are compared from the bytes they share (`_differing`):
# whatever the change, the result is the set difference of every entry each holds.

MODES = {"file": pygit2.GIT_FILEMODE_BLOB, "script": pygit2.GIT_FILEMODE_BLOB_EXECUTABLE,
         "folder": pygit2.GIT_FILEMODE_TREE, "link": pygit2.GIT_FILEMODE_LINK}
# names that sort differently as a folder ("a/") than as a file ("a"), around "/" and "."
NAMES = st.text(alphabet="ab.-0", min_size=1, max_size=4).filter(lambda n: n not in (".", "..")) \
    | st.sampled_from(["QT-00001.yaml", "QT-00002.yaml", "QT-00001", "QT-0000", "Đ"])


def _raw_tree(repo: pygit2.Repository, entries: dict[str, tuple[str, bytes]]) -> bytes:
    """The raw bytes of the tree of `entries` (name -> kind, id), in the order Git writes."""
    builder = repo.TreeBuilder()
    for name, (kind, raw_id) in entries.items():
        builder.insert(name, pygit2.Oid(raw=raw_id), MODES[kind])
    return repo.odb.read(builder.write())[1]


def _every_entry(raw: bytes) -> set[bytes]:
    return set(walk_module._RAW_ENTRY.findall(raw))


@pytest.fixture(scope="module")
def tree_repo(tmp_path_factory) -> Iterator[pygit2.Repository]:
    """A repository whose trees may name objects it does not hold (any id drawn)."""
    pygit2.option(pygit2.GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, False)
    try:
        yield pygit2.init_repository(str(tmp_path_factory.mktemp("trees") / "repo.git"), bare=True)
    finally:
        pygit2.option(pygit2.GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, True)


ENTRY = st.tuples(st.sampled_from(sorted(MODES)), st.binary(min_size=20, max_size=20).filter(any))  # not the null id


@settings(max_examples=500)
@given(before=st.dictionaries(NAMES, ENTRY, max_size=12), removed=st.sets(NAMES, max_size=4),
       changed=st.dictionaries(NAMES, ENTRY, max_size=4))
def test_two_trees_differ_by_the_entries_not_in_both(tree_repo, before, removed, changed):
    after = {name: entry for name, entry in before.items() if name not in removed} | changed
    old, new = _raw_tree(tree_repo, before), _raw_tree(tree_repo, after)
    with mock.patch.object(walk_module, "_RAW_ENTRY", wraps=walk_module._RAW_ENTRY) as entry:
        gone, came = walk_module._differing(old, new)
    assert not entry.findall.called  # a tree Git wrote is read side by side, never whole
    assert (sorted(gone), sorted(came)) == (sorted(_every_entry(old) - _every_entry(new)),
                                           sorted(_every_entry(new) - _every_entry(old)))


def test_a_change_in_a_large_tree_splits_out_the_entries_around_it_only(tree_repo):
    before = {f"QT-{n:05}": ("folder", bytes([1 + n % 251]) * 20) for n in range(5000)}
    after = before | {"QT-02500": ("folder", b"\xff" * 20), "QT-04000": ("file", b"\x01" * 20)}
    del after["QT-00007"]
    old, new = _raw_tree(tree_repo, before), _raw_tree(tree_repo, after)
    real = walk_module._RAW_ENTRY
    with mock.patch.object(walk_module, "_RAW_ENTRY", wraps=real) as entry:
        gone, came = walk_module._differing(old, new)
    assert sorted(gone) == sorted(_every_entry(old) - _every_entry(new))
    assert len(gone) == 3 and len(came) == 2
    assert entry.match.call_count < 20 and not entry.findall.called


@pytest.mark.parametrize("old, new", [
    (b"100644 a\0" + b"1" * 20 + b"garbage", b"100644 a\0" + b"2" * 20 + b"garbage"),  # not entries
    (b"100644 b\0" + b"1" * 20 + b"100644 a\0" + b"1" * 20,  # out of Git's order
     b"100644 b\0" + b"2" * 20 + b"100644 a\0" + b"1" * 20),
    (b"100644 a\0" + b"1" * 20 + b"100644 a\0" + b"2" * 20, b"100644 a\0" + b"2" * 20),  # a name twice
])
def test_a_malformed_tree_is_compared_as_every_entry_it_holds(old, new):
    gone, came = walk_module._differing(old, new)
    assert (set(gone), set(came)) == (_every_entry(old) - _every_entry(new), _every_entry(new) - _every_entry(old))
