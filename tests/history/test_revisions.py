"""`isodocs history` (isodocs/history/revisions.py, walk.py): each revision's changes row, commits
and approval with its signature."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from unittest import mock

import pygit2
import pytest

from isodocs.history.approve import approve
from isodocs.history.gitwrite import Target
from isodocs.history.revisions import revision_in
from isodocs.history.walk import _Trees
from isodocs.load.yamlio import MAX_FILE_BYTES, parse
from isodocs.render.json.history import json_pieces

from support.cli import invoke
from support.git import Symlink, git_commit, git_init, ssh_signing
from support.manual import PROCEDURE_PATH, make_manual, standard_bytes
from support.programs import two_workers

P = PROCEDURE_PATH
ROW_2 = "  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}\n"
ROW_3 = "  - {revision: 3, date: 2025-09-01, summary: Sửa phạm vi, reason: process_change}\n"


def tree_files(repo) -> dict[str, bytes]:
    """Every file at the tip of main."""
    found = {}

    def visit(tree, prefix):
        for entry in tree:
            if entry.type == pygit2.enums.ObjectType.TREE:
                visit(repo[entry.id], f"{prefix}{entry.name}/")
            else:
                found[prefix + entry.name] = repo[entry.id].data
    visit(repo.references["refs/heads/main"].peel(pygit2.Commit).tree, "")
    return found


def change(repo, message: str, edits: dict, when: int) -> str:
    """Commit main's files with `edits` (path -> (old, new) text replacements, or None to delete)."""
    files = tree_files(repo)
    for path, edit in edits.items():
        if edit is None:
            del files[path]
        else:
            old, new = edit
            assert old.encode() in files[path]
            files[path] = files[path].replace(old.encode(), new.encode())
    return str(git_commit(repo, files, message, when=when))


def approved(repo, code: str, day: str, decision: str = "") -> str:
    written = approve(Target(repo, "refs/heads/main", ""), [code], False, "minh.lv", dt.date.fromisoformat(day), decision)
    return written.commit


@pytest.fixture
def forge(tmp_path) -> tuple[pygit2.Repository, dict[str, str]]:
    """A bare repository: the manual, QT-HT-01 r2 approved, then two commits at r3, approved."""
    repo = pygit2.init_repository(str(tmp_path / "forge.git"), bare=True, initial_head="main")
    ids = {"initial": str(git_commit(repo, standard_bytes(), "Sổ tay ban đầu", when=1_752_000_000))}
    ids["approve_2"] = approved(repo, "QT-HT-01", "2025-07-20", "15/QĐ-UBND")
    ids["r3"] = change(repo, "Lần ban hành 3", {P: ("revision: 2\n", "revision: 3\n")}, 1_756_000_000)
    ids["scope"] = change(repo, "Sửa phạm vi", {P: ("scope: Áp dụng tại UBND xã.", "scope: Áp dụng tại Trung tâm."),
                                                 }, 1_756_100_000)
    ids["row"] = change(repo, "Thêm dòng theo dõi sửa đổi", {P: (ROW_2, ROW_2 + ROW_3)}, 1_756_200_000)
    ids["approve_3"] = approved(repo, "QT-HT-01", "2025-09-05")
    return repo, ids


def history(*args: str, exit_code: int = 0):
    result = invoke(["history", *args])
    assert result.exit_code == exit_code, result.output
    return result


def test_each_revision_with_its_commits_and_approval(forge):
    repo, ids = forge
    found = json.loads(history("QT-HT-01", "--repo", repo.path, "--format", "json").output)
    assert found["commit"] == str(repo.references["refs/heads/main"].target)
    (doc,) = found["documents"]
    assert (doc["code"], doc["path"], doc["revision"], doc["withdrawal"]) == ("QT-HT-01", P, 3, None)
    r3, r2, r1 = doc["revisions"]
    assert [r["revision"] for r in (r3, r2, r1)] == [3, 2, 1]
    assert r3["change"] == {"date": "2025-09-01", "summary": "Sửa phạm vi", "sections": "", "reason": "process_change",
                            "refs": []}
    assert [c["id"] for c in r3["commits"]] == [ids["row"], ids["scope"], ids["r3"]]
    assert [c["approved_content"] for c in r3["commits"]] == [True, False, False]
    assert r3["commits"][0]["summary"] == "Thêm dòng theo dõi sửa đổi"
    (approval,) = r3["approvals"]
    assert (approval["by"], approval["name"], approval["date"], approval["commit"]) == (
        "minh.lv", "Lê Văn Minh", "2025-09-05", ids["approve_3"])
    assert approval["signature"] == {"state": "unsigned", "signer": None}
    assert [c["id"] for c in r2["commits"]] == [ids["initial"]]
    assert r2["approvals"][0]["decision"] == "15/QĐ-UBND" and r2["approvals"][0]["commit"] == ids["approve_2"]
    assert r1["commits"] == [] and r1["approvals"] == [] and r1["change"]["summary"] == "Ban hành lần đầu"


def test_text_in_both_languages(forge):
    repo, ids = forge
    en = history("QT-HT-01", "--repo", repo.path, "--lang", "en").output
    assert "Revision 3 (newest) — 01/09/2025: Sửa phạm vi" in en
    assert "Reason: process change" in en
    assert f"{ids['row'][:12]}  26/08/2025  Thư ký ISO  Thêm dòng theo dõi sửa đổi  [approved content]" in en
    assert f"Approved: Lê Văn Minh (minh.lv) on 20/07/2025, decision 15/QĐ-UBND; unsigned; commit {ids['approve_2'][:12]}" in en
    assert "Revision 1 — 01/03/2024: Ban hành lần đầu\n  No commits\n  Not approved" in en
    vi = history("QT-HT-01", "--repo", repo.path).output  # the manual's language
    assert "Lần ban hành 2 — 15/07/2025: Cập nhật" in vi
    assert "Phê duyệt: Lê Văn Minh (minh.lv) ngày 05/09/2025; không ký" in vi
    assert "Chưa phê duyệt" in vi


def test_every_document_in_a_compact_table(forge):
    repo, _ = forge
    lines = history("--repo", repo.path, "--lang", "en").output.splitlines()
    assert lines[0].split() == ["Code", "Rev", "Commits", "Last", "change", "Approved", "revisions"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert rows["QT-HT-01"] == ["QT-HT-01", "3", "4", "26/08/2025", "r3", "05/09/2025,", "r2", "20/07/2025"]
    assert rows["CS-01"] == ["CS-01", "1", "1", "09/07/2025", "-"]  # +07:00
    output = history("--repo", repo.path, "--format", "json").output
    assert [d["code"] for d in json.loads(output)["documents"]] == ["CS-01", "MT-2025", "QT-HT-01"]
    lines = output.splitlines()  # written a piece at a time: a line per document
    assert len(lines) == 2 + 3 and [json.loads(line.rstrip(","))["code"] for line in lines[1:-1]] == [
        "CS-01", "MT-2025", "QT-HT-01"]
    assert json.loads("\n".join(json_pieces([], ".", "abc"))) == {"manual": ".", "commit": "abc", "documents": []}


def test_a_second_run_reads_nothing_again_and_says_the_same(forge, monkeypatch):
    """Documents, approvals, each commit's changes and each blob's revision come from the
    caches in the repository: no YAML parse, no tree compared, no blob searched."""
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    repo, _ = forge
    first = history("--repo", repo.path, "--format", "json").output
    assert {p.name.split("-")[0] for p in (Path(repo.path) / "isodocs").iterdir()} == {"documents", "walk", "revisions"}
    table = history("--repo", repo.path).output
    unused = mock.Mock(side_effect=AssertionError("read again"))
    with mock.patch("isodocs.history.revisions.revision_in", unused), \
            mock.patch("isodocs.history.revisions.stated", unused), \
            mock.patch("isodocs.history.walk._Trees.changes", unused), \
            mock.patch("isodocs.model.reader.parse", side_effect=lambda text, path, offset=0: pytest.fail(path)
                       if path != "isodocs.yaml" else parse(text, path, offset)):
        assert history("--repo", repo.path, "--format", "json").output == first
        assert history("--repo", repo.path).output == table
    # one document: its few files are parsed, and its approval records' folder is walked
    # where the cache of approvals/ shows it changed (twice: r2 and r3 approved)
    real = _Trees.changes
    with mock.patch.object(_Trees, "changes", autospec=True, side_effect=real) as trees:
        one = history("QT-HT-01", "--repo", repo.path, "--format", "json").output
    assert json.loads(one)["documents"] == [d for d in json.loads(first)["documents"] if d["code"] == "QT-HT-01"]
    assert trees.call_count == 2


def test_a_moved_document_keeps_its_history_and_approvals(forge):
    repo, ids = forge
    moved_to = "documents/tthc/QT-HT-01.yaml"
    files = tree_files(repo)
    files[moved_to] = files.pop(P)
    moved = str(git_commit(repo, files, "Chuyển thư mục", when=1_757_000_000))
    doc = json.loads(history("QT-HT-01", "--repo", repo.path, "--format", "json").output)["documents"][0]
    r3, r2, _ = doc["revisions"]
    assert doc["path"] == moved_to
    assert [(c["id"], c["change"]) for c in r3["commits"]][0] == (moved, "renamed")
    assert [c["id"] for c in r2["commits"]] == [ids["initial"]] and r2["approvals"]


def test_a_removed_document_is_remembered_by_its_approvals(forge):
    repo, ids = forge
    removed = change(repo, "Bãi bỏ QT-HT-01", {P: None}, 1_757_000_000)
    doc = json.loads(history("QT-HT-01", "--repo", repo.path, "--format", "json").output)["documents"][0]
    assert (doc["path"], doc["revision"], doc["title"]) == (P, None, "")
    r3 = doc["revisions"][0]
    assert [(c["id"], c["change"]) for c in r3["commits"]][0] == (removed, "deleted")  # the content it had was r3
    assert r3["approvals"][0]["commit"] == ids["approve_3"]


def test_the_table_of_every_document_parses_no_document(forge):
    """It shows each document's code, revision, commits and approvals: two lines of each file
    and the approval records are all it reads (a province's documents take seconds to parse)."""
    repo, _ = forge
    whole = history("--repo", repo.path, "--lang", "en").output
    with mock.patch("isodocs.model.reader._document", side_effect=AssertionError("a document parsed")):
        assert history("--repo", repo.path, "--lang", "en").output == whole
        broken = invoke(["history", "--repo", repo.path, "--format", "json"])
    assert broken.exit_code != 0  # the JSON output has titles and changes rows: it parses them


def test_a_document_failing_its_schema_still_has_its_history(forge):
    """A history is what Git recorded of a file: one that fails its schema at the tip (`check`
    says why) is listed with the code and revision it states, in the table, in JSON and alone."""
    repo, ids = forge
    broken = change(repo, "Sai lược đồ", {P: ("kind: procedure\n", "kind: quy trình\n")}, 1_757_000_000)
    rows = {line.split()[0]: line.split() for line in history("--repo", repo.path, "--lang", "en").output.splitlines()}
    assert rows["QT-HT-01"][:3] == ["QT-HT-01", "3", "5"]
    (doc,) = json.loads(history("QT-HT-01", "--repo", repo.path, "--format", "json").output)["documents"]
    assert (doc["code"], doc["path"], doc["revision"], doc["title"]) == ("QT-HT-01", P, 3, "")  # no title: not read
    assert doc["revisions"][0]["change"] is None and doc["revisions"][0]["commits"][0]["id"] == broken
    listed = json.loads(history("--repo", repo.path, "--format", "json").output)["documents"]
    assert [d for d in listed if d["code"] == "QT-HT-01"] == [doc]
    assert "QT-HT-01" in history("QT-HT-01", "--repo", repo.path, "--lang", "en").output


def test_what_the_loader_would_not_read_is_no_document_of_a_history(forge):
    """A link, or a file over the size limit, states nothing, however plainly its bytes say a code."""
    repo, _ = forge
    files = tree_files(repo)
    files["documents/QT-LINK.yaml"] = Symlink("code: QT-LINK\nrevision: 1\n")
    files["documents/QT-BIG.yaml"] = b"code: QT-BIG\nrevision: 1\n" + b"# " + b"x" * (MAX_FILE_BYTES + 1) + b"\n"
    git_commit(repo, files, "Một liên kết và một tệp quá lớn", when=1_757_000_000)
    codes = [d["code"] for d in json.loads(history("--repo", repo.path, "--format", "json").output)["documents"]]
    assert codes == ["CS-01", "MT-2025", "QT-HT-01"]
    assert [line.split()[0] for line in history("--repo", repo.path).output.splitlines()[1:]] == codes
    history("QT-LINK", "--repo", repo.path, exit_code=2)


def test_a_file_stating_another_code_moves_the_history_with_it(forge):
    """The code a file states decides whose history it is, whatever the file's name."""
    repo, _ = forge
    change(repo, "Đổi mã", {P: ("code: QT-HT-01\n", "code: QT-HT-09\n")}, 1_757_000_000)
    codes = [d["code"] for d in json.loads(history("--repo", repo.path, "--format", "json").output)["documents"]]
    assert codes == ["CS-01", "MT-2025", "QT-HT-01", "QT-HT-09"]  # QT-HT-01 kept by its approvals
    (moved,) = json.loads(history("QT-HT-09", "--repo", repo.path, "--format", "json").output)["documents"]
    assert (moved["path"], moved["revision"]) == (P, 3)
    (old,) = json.loads(history("QT-HT-01", "--repo", repo.path, "--format", "json").output)["documents"]
    assert old["revision"] is None and old["revisions"][0]["approvals"]


def test_a_checkout_with_the_manual_in_a_folder(tmp_path):
    repo = git_init(tmp_path / "repo")
    manual = make_manual(tmp_path / "repo", standard=True, name="sotay")
    files = {f"sotay/{p.relative_to(manual).as_posix()}": p.read_bytes() for p in manual.rglob("*") if p.is_file()}
    first = str(git_commit(repo, files, "Sổ tay", when=1_752_000_000))
    table = invoke(["history", "sotay", "--lang", "en"], cwd=Path(repo.workdir))  # a lone folder is the manual
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[0].startswith("Code")
    one = invoke(["history", "QT-HT-01", "--format", "json"], cwd=manual)
    assert one.exit_code == 0, one.output
    assert json.loads(one.output)["documents"][0]["revisions"][0]["commits"][0]["id"] == first
    bare = pygit2.clone_repository(repo.path, str(tmp_path / "forge.git"), bare=True)
    via_forge = invoke(["history", "sotay", "--repo", bare.path, "--format", "json"])
    assert [d["code"] for d in json.loads(via_forge.output)["documents"]] == ["CS-01", "MT-2025", "QT-HT-01"]


def test_unknown_code_and_no_repository_cannot_run(forge, tmp_path):
    repo, _ = forge
    unknown = history("QT-XX-99", "--repo", repo.path, "--lang", "en", exit_code=2)
    assert "no document QT-XX-99" in unknown.stderr
    outside = invoke(["history", "--lang", "en"], cwd=make_manual(tmp_path, standard=True))
    assert outside.exit_code == 2 and "not inside a Git repository" in outside.stderr
    not_git = history("--repo", str(tmp_path), exit_code=2)
    assert "không phải kho Git" in not_git.stderr


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")
def test_a_signed_approval_shows_its_verified_signature(forge, tmp_path):
    repo, _ = forge
    ssh_signing(repo, tmp_path)
    change(repo, "Lần ban hành 2", {"documents/CS-01.md": ("revision: 1\n", "revision: 2\n")}, 1_757_000_000)
    change(repo, "Dòng 2", {"documents/CS-01.md": (
        "  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}\n",
        "  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}\n"
        "  - {revision: 2, date: 2025-09-10, summary: Rà soát}\n")}, 1_757_100_000)
    signed = invoke(["approve", "CS-01", "--by", "minh.lv", "--sign", "--repo", repo.path, "--date", "2025-09-12"])
    assert signed.exit_code == 0, signed.output
    doc = json.loads(history("CS-01", "--repo", repo.path, "--format", "json").output)["documents"][0]
    assert [r["revision"] for r in doc["revisions"]] == [2, 1]
    assert doc["revisions"][0]["approvals"][0]["signature"] == {"state": "good", "signer": "minh.lv@isodocs.invalid"}
    assert "good signature (minh.lv@isodocs.invalid)" in history("CS-01", "--repo", repo.path, "--lang", "en").output
    assert "r2 12/09/2025 (good signature (minh.lv@isodocs.invalid))" in history("--repo", repo.path, "--lang", "en").output


@pytest.mark.parametrize("text, path, revision", [
    ("code: X\nrevision: 4\nchanges:\n  - revision: 4\n", "documents/X.yaml", 4),  # nested rows are indented
    ("{code: X, revision: 5}\n", "documents/X.yaml", 5),  # flow style: the YAML parser
    ("revision: 7\ncode: X\n", "documents/X.yaml", 7),  # on the first line: the parser too
    ("code: X\nrevision: 8  # lần 8\r\n", "documents/X.yaml", 8),
    ("---\ncode: X\nrevision: 6\n---\nrevision: 9\n", "documents/X.md", 6),  # the body does not count
    ("code: X\nrevision: [\n", "documents/X.yaml", None),
    ("---\nno front matter end\n", "documents/X.md", None),
])
def test_the_revision_a_blob_states(tmp_path, text, path, revision):
    repo = pygit2.init_repository(str(tmp_path / "r.git"), bare=True)
    assert revision_in(repo, str(repo.create_blob(text.encode())), path) == revision


def test_no_revision_from_what_is_not_a_blob(tmp_path):
    """An id naming a tree, or nothing, or no id at all states no revision (it is not read)."""
    repo = pygit2.init_repository(str(tmp_path / "r.git"), bare=True)
    tree = repo.TreeBuilder().write()
    for named in (str(tree), "0" * 40, "not an id"):
        assert revision_in(repo, named, "documents/X.yaml") is None


def test_every_documents_history_walks_in_workers_while_the_manual_loads(forge):
    """On a first run the walk's worker processes read the trees while this process reads what
    the documents state and loads the approval records; the table is the same as one process
    makes. The load meanwhile is done here, not in a second pool of workers. The JSON output,
    which loads every document, loads first with workers of its own."""
    from isodocs.history import revisions, walk as walk_module
    from isodocs.system import parallel

    repo, _ = forge
    alone = history("--repo", repo.path).output
    seen = []
    real_documents_at, real_load = revisions.documents_at, revisions.load_for

    def documents_at(*args, **kwargs):
        seen.append(("documents", parallel._pools, parallel.workers()))
        return real_documents_at(*args, **kwargs)

    def load_for(*args, **kwargs):
        seen.append(("load", parallel._pools, parallel.workers()))
        return real_load(*args, **kwargs)

    with mock.patch.object(walk_module, "PARALLEL_FROM", 1), two_workers(), \
            mock.patch.object(revisions, "documents_at", documents_at), mock.patch.object(revisions, "load_for", load_for):
        assert history("--repo", repo.path).output == alone
        assert seen == [("documents", 1, 1), ("load", 1, 1)]
        # the JSON output loads every document, in workers of its own: the walk comes after
        seen.clear()
        history("--repo", repo.path, "--format", "json")
        assert seen == [("documents", 0, 2), ("load", 0, 2)]
    assert parallel._pools == 0


def test_a_history_that_fails_while_its_walk_is_begun_stops_the_walks_workers(forge):
    from isodocs.history import revisions, walk as walk_module
    from isodocs.system import parallel

    repo, _ = forge
    with mock.patch.object(walk_module, "PARALLEL_FROM", 1), two_workers(), \
            mock.patch.object(revisions, "load_for", side_effect=KeyboardInterrupt):
        result = invoke(["history", "--repo", repo.path])
    assert result.exit_code != 0
    assert parallel._pools == 0
