"""`isodocs init`, `new` and `revise` from the command line: the repository init makes, whose
name its first commit carries, and every refusal, with nothing written."""

from __future__ import annotations

import datetime as dt
import os

import pygit2
import pytest

from isodocs import commands
from isodocs.commands.outcome import CannotRun, Findings

from support.cli import invoke
from support.git import git_commit, git_init
from support.manual import make_manual, run_check

AGENCY = "Ủy ban nhân dân xã Tân Phú"
AUTHOR = "Thư ký ISO <iso@example.vn>"
DAY = dt.date(2026, 12, 1)


@pytest.fixture
def git_home(tmp_path_factory):
    """Git's system, XDG and global configuration read from an empty folder (so the machine's
    own identity plays no part); a test writes a .gitconfig there to configure one."""
    from pygit2.enums import ConfigLevel

    home = tmp_path_factory.mktemp("git-home")
    levels = (ConfigLevel.GLOBAL, ConfigLevel.XDG, ConfigLevel.SYSTEM)
    saved = {level: pygit2.settings.search_path[level] for level in levels}
    for level in levels:
        pygit2.settings.search_path[level] = str(home)
    yield home
    for level, value in saved.items():
        pygit2.settings.search_path[level] = value


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and ".git" not in p.parts)


def test_init_makes_a_repository_whose_first_commit_holds_every_file_and_checks_clean(tmp_path, git_home):
    result = invoke(["init", "so-tay", "--agency", AGENCY, "--author", AUTHOR, "--date", "2026-12-01", "--lang", "en"],
                    cwd=tmp_path)
    assert result.exit_code == 0, result.output
    root = tmp_path / "so-tay"
    repo = pygit2.Repository(str(root))
    assert repo.head.name == "refs/heads/main"
    commit = repo.head.peel(pygit2.Commit)
    assert (commit.author.name, commit.author.email, commit.parents) == ("Thư ký ISO", "iso@example.vn", [])
    assert commit.message == f"Bộ tài liệu ISO của {AGENCY}: bản dự thảo ban đầu"  # in the manual's language
    tree = sorted(_paths(commit.tree))
    assert tree == _files(root) and "isodocs.yaml" in tree and ".gitignore" in tree
    assert repo.status() == {}  # `git status` is clean: the index follows the commit
    assert "New Git repository, with a first commit by Thư ký ISO <iso@example.vn>." in result.stdout
    assert run_check(root) == []
    assert invoke(["check", "-C", "so-tay", "--today", "2026-12-01"], cwd=tmp_path).exit_code == 0


def _paths(tree, prefix=""):
    """Every file path in a Git tree."""
    for entry in tree:
        if entry.type_str == "tree":
            yield from _paths(entry, f"{prefix}{entry.name}/")
        else:
            yield f"{prefix}{entry.name}"


def test_the_author_and_the_branch_come_from_git_s_configuration(tmp_path, git_home):
    (git_home / ".gitconfig").write_text("[user]\n\tname = Lê Thị C\n\temail = c@example.vn\n"
                                         "[init]\n\tdefaultBranch = trunk\n", encoding="utf-8")
    assert invoke(["init", "--agency", AGENCY], cwd=tmp_path).exit_code == 0  # the current folder
    repo = pygit2.Repository(str(tmp_path))
    assert repo.head.name == "refs/heads/trunk"
    assert repo.head.peel(pygit2.Commit).author.name == "Lê Thị C"


def test_without_an_author_init_asks_or_refuses_and_writes_nothing(tmp_path, git_home):
    result = invoke(["init", "so-tay", "--agency", AGENCY, "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 2
    assert "Git does not know who you are: give --author" in result.stderr
    assert not (tmp_path / "so-tay").exists()
    started = commands.init(str(tmp_path / "hoi"), AGENCY, day=DAY, ask_author=lambda: "Chị C <c@example.vn>")
    assert started.author == "Chị C <c@example.vn>"
    with pytest.raises(CannotRun):
        commands.init(str(tmp_path / "sai"), AGENCY, day=DAY, ask_author=lambda: "Chị C")
    assert not (tmp_path / "sai").exists()


@pytest.mark.parametrize("prepare, says", [
    (lambda root: (root / "isodocs.yaml").write_text("agency: {name: X}\n"), "already holds a manual"),
    (lambda root: (root / "notes.txt").write_text("x"), "is not empty (notes.txt)"),
    (lambda root: [(root / f"{n}.txt").write_text("x") for n in "abcd"], "is not empty (a.txt, b.txt, c.txt, …)"),
    (lambda root: git_commit(git_init(root), {"README.md": "x"}, "first"),  # its files deleted from the folder
     "holds a Git repository that already has commits"),
])
def test_a_folder_that_is_not_new_or_empty_is_refused(prepare, says, tmp_path, git_home):
    root = tmp_path / "so-tay"
    root.mkdir()
    prepare(root)
    before = sorted(p for p in root.rglob("*"))
    result = invoke(["init", "so-tay", "--agency", AGENCY, "--author", AUTHOR, "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 2 and says in result.stderr and "nothing was written" in result.stderr
    assert sorted(p for p in root.rglob("*")) == before


def test_a_file_or_a_link_is_refused(tmp_path, git_home):
    (tmp_path / "tep").write_text("x")
    (tmp_path / "dich").mkdir()
    os.symlink(tmp_path / "dich", tmp_path / "lien-ket")
    for name, says in (("tep", "is a file"), ("lien-ket", "is a symbolic link")):
        result = invoke(["init", name, "--agency", AGENCY, "--author", AUTHOR, "--lang", "en"], cwd=tmp_path)
        assert result.exit_code == 2 and says in result.stderr
    assert list((tmp_path / "dich").iterdir()) == []


def test_the_empty_clone_of_a_forge_repository_gets_the_first_commit(tmp_path, git_home):
    repo = pygit2.init_repository(str(tmp_path / "clone"), initial_head="main")
    repo.remotes.create("origin", "https://git.example.vn/iso/tan-phu.git")
    result = invoke(["init", "clone", "--agency", AGENCY, "--author", AUTHOR, "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 0 and "First commit in the existing Git repository" in result.stdout
    repo = pygit2.Repository(str(tmp_path / "clone"))
    assert repo.head.name == "refs/heads/main" and repo.remotes["origin"].url.endswith("tan-phu.git")
    assert repo.status() == {}


def test_a_folder_inside_another_repository_gets_the_files_uncommitted(tmp_path, git_home):
    repo = git_init(tmp_path / "kho")
    git_commit(repo, {"README.md": "Kho tài liệu của tỉnh\n"}, "first")
    repo.checkout_head()
    result = invoke(["-C", "kho", "init", "xa-tan-phu", "--agency", AGENCY, "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "lies in the Git repository" in result.stderr and "were not committed" in result.stderr
    assert (tmp_path / "kho/xa-tan-phu/isodocs.yaml").is_file()
    assert len(list(repo.walk(repo.head.target))) == 1  # nothing committed for its owner
    assert run_check(tmp_path / "kho/xa-tan-phu") == []


def test_new_and_revise_refusals_leave_the_manual_as_it_was(tmp_path):
    root = make_manual(tmp_path, {"documents/HD-09.md": "---\ncode: HD-09\ntitle: Thiếu khóa\n---\n"}, standard=True)
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    refusals = [
        (CannotRun, lambda: commands.revise("QT-HT-1", "other", "Sửa", str(root), DAY), "did you mean QT-HT-01?"),
        (CannotRun, lambda: commands.revise("XX-99", "other", "Sửa", str(root), DAY), "no document XX-99"),
        (Findings, lambda: commands.revise("HD-09", "other", "Sửa", str(root), DAY), "HD-09 cannot be read"),
        (CannotRun, lambda: commands.revise("QT-HT-01", "other", "Sửa", str(root), dt.date(2025, 7, 14)),
         "14/07/2025 is before 15/07/2025"),
        (CannotRun, lambda: commands.revise("QT-HT-01", "other", "Sửa", str(root), DAY, refs=["99/2099/NĐ-CP"]),
         "--refs 99/2099/NĐ-CP is neither"),
        (CannotRun, lambda: commands.revise("QT-HT-01", "because", "Sửa", str(root), DAY), "no change reason"),
        (CannotRun, lambda: commands.revise("QT-HT-01", "other", "  ", str(root), DAY), "the summary (--summary) is "),
        (CannotRun, lambda: commands.new_document("letter", "QT-09", "T", str(root), DAY), "no kind letter"),
        (CannotRun, lambda: commands.new_document("form", "BM-01", "Dòng 1\nDòng 2", str(root), DAY), "one line"),
    ]
    for kind, call, says in refusals:
        with pytest.raises(kind) as caught:
            call()
        assert says in caught.value.message.say("en"), caught.value.message.say("en")
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_revise_refuses_a_changes_table_that_does_not_end_at_the_revision(tmp_path):
    from support.manual import PROCEDURE, PROCEDURE_PATH

    root = make_manual(tmp_path, {PROCEDURE_PATH: PROCEDURE.replace("revision: 2\n", "revision: 3\n", 1)},
                       standard=True)
    with pytest.raises(Findings) as caught:
        commands.revise("QT-HT-01", "other", "Sửa", str(root), DAY)
    assert "ends at revision 2, but the document is at revision 3" in caught.value.message.say("en")


def test_revise_names_a_revision_whose_approval_is_not_recorded(tmp_path):
    root = make_manual(tmp_path, standard=True)
    result = invoke(["revise", "CS-01", "--reason", "periodic_review", "--summary", "Rà soát", "--date", "2026-12-01",
                     "-C", str(root), "--lang", "en"])
    assert result.exit_code == 0
    assert "no approval of revision 1 of CS-01 is recorded; revision 2 awaits approval in its place" in result.stderr
    record = ("code: CS-01\naction: approve\nrevision: 2\npath: documents/CS-01.md\ncontent: " + "a" * 40 +
              "\nissued: '2026-12-01'\neffective: '2026-12-01'\nby: minh.lv\nname: Lê Văn Minh\ndate: '2026-12-02'\n")
    (root / "approvals/CS-01").mkdir(parents=True)
    (root / "approvals/CS-01/r2.yaml").write_text(record, encoding="utf-8")
    result = invoke(["revise", "CS-01", "--reason", "periodic_review", "--summary", "Rà soát lần hai", "--date",
                     "2026-12-03", "-C", str(root), "--lang", "en"])
    assert result.exit_code == 0 and result.stderr == "", result.stderr


def test_the_folder_may_be_named_with_c_as_every_command_takes_it(tmp_path, git_home):
    for args, made in ((["init", "-C", "mot"], "mot"), (["-C", "hai", "init"], "hai"),
                       (["init", "-C", "ba", "con"], "ba/con")):
        result = invoke([*args, "--agency", AGENCY, "--author", AUTHOR], cwd=tmp_path)
        assert result.exit_code == 0, result.output
        assert (tmp_path / made / "isodocs.yaml").is_file()
