"""`isodocs approve` and `withdraw`: records in Git, every refusal writing nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pygit2
import pytest

from isodocs.history.gitwrite import RefMoved, Target, commit_files
from isodocs.history.signing import verify

from support.cli import invoke
from support.git import checkout, git_commit, git_init, ssh_signing
from support.manual import PROCEDURE_PATH, replace_line, standard_bytes

P = PROCEDURE_PATH
RECORD = "approvals/QT-HT-01/r2.yaml"


@pytest.fixture
def repo(tmp_path) -> pygit2.Repository:
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes(), "Sổ tay ban đầu")
    checkout(repo)
    return repo


def root(repo) -> Path:
    return Path(repo.workdir)


def snapshot(repo) -> tuple:
    """Everything approve may change: the branch, the index, the working tree's files."""
    files = sorted(str(p.relative_to(root(repo))) for p in root(repo).rglob("*") if ".git" not in p.parts)
    index = sorted((e.path, str(e.id)) for e in pygit2.Index(str(Path(repo.path) / "index")))
    return repo.head.target, index, files, len(list(repo.odb))


def approve(repo, *args, lang="en"):
    return invoke(["approve", *args, "--date", "2025-07-20", "--lang", lang], cwd=root(repo))


def test_approve_commits_one_record_and_leaves_the_checkout_clean(repo):
    before = repo.head.target
    result = approve(repo, "QT-HT-01", "--by", "minh.lv", "--decision", "15/QĐ-UBND")
    assert result.exit_code == 0, result.output
    assert RECORD in result.output
    commit = repo.head.peel(pygit2.Commit)
    assert commit.parents[0].id == before
    assert (commit.author.name, commit.author.email) == ("Lê Văn Minh", "minh.lv@isodocs.invalid")
    assert [d.new_file.path for d in repo.diff(commit.parents[0], commit).deltas] == [RECORD]
    record = (root(repo) / RECORD).read_text(encoding="utf-8")
    blob = repo.revparse_single(f"HEAD:{P}").id
    for line in ("code: QT-HT-01", "action: approve", "revision: 2", f"content: {blob}", "by: minh.lv",
                 "name: Lê Văn Minh", "title: Chủ tịch UBND xã", "role: approvers", "date: '2025-07-20'",
                 "decision: 15/QĐ-UBND", "effective: '2025-08-01'"):
        assert line in record
    assert repo.status() == {}  # the record is in the index and the working tree too


def test_approving_again_writes_nothing(repo):
    assert approve(repo, "QT-HT-01", "--by", "minh.lv").exit_code == 0
    before = snapshot(repo)
    result = approve(repo, "QT-HT-01", "--by", "minh.lv")
    assert result.exit_code == 0 and "Nothing to approve" in result.output
    assert snapshot(repo) == before


def test_all_approves_every_unapproved_document_in_one_commit(repo):
    assert approve(repo, "QT-HT-01", "--by", "minh.lv").exit_code == 0
    result = approve(repo, "--all", "--by", "minh.lv")
    assert result.exit_code == 0, result.output
    commit = repo.head.peel(pygit2.Commit)
    assert sorted(d.new_file.path for d in repo.diff(commit.parents[0], commit).deltas) == [
        "approvals/CS-01/r1.yaml", "approvals/MT-2025/r1.yaml"]


def edit(repo, path: str, old: str, new: str, commit: bool = True) -> None:
    text = (root(repo) / path).read_text(encoding="utf-8")
    (root(repo) / path).write_text(replace_line(text, old, new), encoding="utf-8")
    if commit:
        commit_worktree(repo, f"Sửa {path}")


def commit_worktree(repo, message: str) -> None:
    """Commit the working tree as it is (every file), as a secretary's `git commit -a` would."""
    files = {p.relative_to(root(repo)).as_posix(): p.read_bytes()
             for p in root(repo).rglob("*") if p.is_file() and ".git" not in p.parts}
    git_commit(repo, files, message)
    checkout(repo)


@pytest.mark.parametrize("args, setup, says", [
    (["QT-HT-01", "--by", "hung.tv"], None, "not among roles.approvers"),
    (["QT-HT-01", "--by", "nobody"], None, "not listed under people"),
    (["QT-HT-01", "--by", "minh.lv"], lambda repo: edit(repo, P, "purpose: Quy định trình tự đăng ký khai sinh.",
                                                        "purpose: Sửa chưa commit.", commit=False),
     "uncommitted changes"),
    (["QT-HT-09", "--by", "minh.lv"], None, "no document has this code"),
    (["QT-HT-01", "--by", "minh.lv"], lambda repo: edit(repo, P, "reviewed_by: hung.tv", "reviewed_by: lan.nt"),
     "has errors"),
])
def test_refusals_write_nothing(repo, args, setup, says):
    if setup:
        setup(repo)
    before = snapshot(repo)
    result = approve(repo, *args)
    assert result.exit_code == 1, result.output
    assert says in result.output and "nothing was written" in result.output
    assert snapshot(repo) == before


def test_the_preparer_may_not_approve(tmp_path):
    config = standard_bytes()["isodocs.yaml"].decode().replace("approvers: [minh.lv]", "approvers: [minh.lv, lan.nt]")
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes({"isodocs.yaml": config}), "Sổ tay")
    checkout(repo)
    before = snapshot(repo)
    result = approve(repo, "QT-HT-01", "--by", "lan.nt")
    assert result.exit_code == 1 and "prepared this document" in result.output
    assert snapshot(repo) == before


def test_changed_content_needs_a_new_revision_before_approval(repo):
    assert approve(repo, "QT-HT-01", "--by", "minh.lv").exit_code == 0
    edit(repo, P, "scope: Áp dụng tại UBND xã.", "scope: Áp dụng tại Trung tâm Phục vụ hành chính công xã.")
    before = snapshot(repo)
    result = approve(repo, "QT-HT-01", "--by", "minh.lv")
    assert result.exit_code == 1
    assert "raise `revision` to 3" in result.output
    assert snapshot(repo) == before
    # and check names the document: approved content changed under the same revision
    checked = invoke(["check", "-C", str(root(repo)), "--lang", "en"])
    assert checked.exit_code == 1 and "D315" in checked.output


def test_a_new_revision_is_approved_and_takes_effect_on_its_date(repo):
    assert approve(repo, "--all", "--by", "minh.lv").exit_code == 0
    edit(repo, P, "revision: 2", "revision: 3")
    edit(repo, P, "effective: 2025-08-01", "effective: 2025-12-01")
    edit(repo, P, "  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}",
         "  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}\n"
         "  - {revision: 3, date: 2025-07-15, summary: Sửa phạm vi, reason: process_change}")

    def state(today: str) -> dict:
        result = invoke(["status", "-C", str(root(repo)), "--format", "json", "--today", today])
        assert result.exit_code == 0, result.output
        return {s["code"]: s for s in json.loads(result.output)}["QT-HT-01"]

    draft = state("2025-09-01")
    assert (draft["state"], draft["in_force_revision"], draft["current_revision"]) == ("draft", 2, 3)
    assert approve(repo, "QT-HT-01", "--by", "minh.lv").exit_code == 0
    waiting = state("2025-09-01")
    assert (waiting["state"], waiting["in_force_revision"]) == ("approved", 2)
    live = state("2025-12-01")
    assert (live["state"], live["in_force_revision"], live["next_review"]) == ("effective", 3, "2026-12-01")
    assert state("2027-01-01")["overdue"] is True


def test_withdraw_makes_the_document_obsolete(repo):
    assert approve(repo, "--all", "--by", "minh.lv").exit_code == 0
    result = invoke(["withdraw", "CS-01", "--by", "minh.lv", "--date", "2025-09-01", "--reason", "Gộp vào ST-01",
                     "--lang", "en"], cwd=root(repo))
    assert result.exit_code == 0, result.output
    found = {s["code"]: s for s in json.loads(invoke(["status", "-C", str(root(repo)), "--format", "json",
                                                       "--today", "2025-10-01"]).output)}
    assert (found["CS-01"]["state"], found["CS-01"]["in_force_revision"]) == ("obsolete", None)
    assert found["CS-01"]["next_review"] is None
    before = snapshot(repo)
    again = invoke(["withdraw", "CS-01", "--by", "minh.lv", "--date", "2025-09-02", "--lang", "en"], cwd=root(repo))
    assert again.exit_code == 1 and "already withdrawn" in again.output
    assert snapshot(repo) == before


RESCINDING = """\
- number: 30/QĐ-UBND
  type: Quyết định
  title: Công bố danh mục thủ tục hành chính bị bãi bỏ
  issued: 2025-10-01
  status: in_force
  tthc: {rescinded: ["1.001193"]}
"""


def test_a_withdrawn_procedure_is_no_longer_due_for_withdrawal_nor_counted_as_serving(tmp_path):
    """After `isodocs withdraw` (the file stays): a rescinding decision flags it no more (L409), and
    the TTHC it served is a gap in the coverage again."""
    from support.manual import CONFIG, LEGAL, LEGAL_PATH

    repo = git_init(tmp_path / "repo")
    catalog = CONFIG + 'catalog:\n  - {code: "1.001193", name: Đăng ký khai sinh}\n'
    git_commit(repo, standard_bytes({"isodocs.yaml": catalog}), "Sổ tay ban đầu")
    checkout(repo)

    def coverage():
        found = invoke(["coverage", "--format", "json", "--today", "2025-12-01"], cwd=root(repo))
        return json.loads(found.stdout)["tthc"]["gaps"]

    def check(legal: str):
        (root(repo) / LEGAL_PATH).write_text(legal, encoding="utf-8")
        return [d["code"] for d in json.loads(invoke(["check", "--format", "json", "--today", "2025-12-01"],
                                                     cwd=root(repo)).stdout)["diagnostics"]]

    assert coverage() == [] and check(LEGAL + RESCINDING) == ["L409"]
    assert check(LEGAL) == []
    result = invoke(["withdraw", "QT-HT-01", "--by", "minh.lv", "--date", "2025-11-01", "--lang", "en"],
                    cwd=root(repo))
    assert result.exit_code == 0, result.output
    assert (root(repo) / P).exists() and coverage() == ["1.001193"]
    assert check(LEGAL + RESCINDING) == []


def test_a_bare_repository_on_a_forge(repo, tmp_path):
    bare = pygit2.clone_repository(repo.workdir, str(tmp_path / "forge.git"), bare=True)
    result = invoke(["approve", "QT-HT-01", "--by", "minh.lv", "--repo", bare.path, "--date", "2025-07-20"])
    assert result.exit_code == 0, result.output
    assert bare.revparse_single(f"HEAD:{RECORD}") is not None
    status = invoke(["status", "--repo", bare.path, "--format", "json", "--today", "2025-09-01"])
    assert {s["code"]: s["state"] for s in json.loads(status.output)}["QT-HT-01"] == "effective"
    assert invoke(["check", "--repo", bare.path]).exit_code == 0


def test_a_branch_moved_meanwhile_is_not_overwritten(repo):
    target = Target(repo, "refs/heads/main", "")
    stale = repo.head.peel(pygit2.Commit)
    git_commit(repo, standard_bytes(), "Một commit khác")  # someone else moves main
    moved = repo.head.target
    with pytest.raises(RefMoved):
        commit_files(target, stale, {"approvals/x.yaml": b"x: 1\n"}, pygit2.Signature("A", "a@b"), "m\n")
    assert repo.head.target == moved


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")
def test_a_signed_approval_is_verified(repo, tmp_path):
    key, allowed = ssh_signing(repo, tmp_path)
    result = approve(repo, "QT-HT-01", "--by", "minh.lv", "--sign")
    assert result.exit_code == 0, result.output
    state = verify(repo, repo.head.target)
    assert (state.state, state.signer) == ("good", "minh.lv@isodocs.invalid")
    assert verify(repo, repo.head.peel(pygit2.Commit).parents[0].id).state == "unsigned"
    other = tmp_path / "other"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(other)], check=True)
    allowed.write_text("minh.lv@isodocs.invalid " + Path(str(other) + ".pub").read_text())
    assert verify(repo, repo.head.target).state == "unknown"  # signed, but not with a trusted key


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")
def test_signing_runs_the_program_git_is_configured_with(repo, tmp_path):
    """gpg.ssh.program (and gpg.program for OpenPGP) name the program Git signs and verifies
    with: isodocs runs that one, for signing and for verifying."""
    ssh_signing(repo, tmp_path)
    log = tmp_path / "calls.log"
    wrapper = tmp_path / "my-ssh-sign"
    wrapper.write_text(f"#!/bin/sh\necho \"$1 $2\" >> {log}\nexec {shutil.which('ssh-keygen')} \"$@\"\n")
    wrapper.chmod(0o755)
    repo.config["gpg.ssh.program"] = str(wrapper)
    result = approve(repo, "QT-HT-01", "--by", "minh.lv", "--sign")
    assert result.exit_code == 0, result.output
    assert verify(repo, repo.head.target).state == "good"
    assert log.read_text().splitlines() == ["-Y sign", "-Y find-principals", "-Y verify"]


def test_a_missing_signing_program_is_named(repo, tmp_path):
    ssh_signing(repo, tmp_path)
    repo.config["gpg.ssh.program"] = str(tmp_path / "no-such-program")
    before = snapshot(repo)
    result = approve(repo, "QT-HT-01", "--by", "minh.lv", "--sign")
    assert result.exit_code == 2 and "no-such-program" in result.output
    assert snapshot(repo) == before


def test_sign_without_a_key_is_refused_before_writing(repo):
    before = snapshot(repo)
    result = approve(repo, "QT-HT-01", "--by", "minh.lv", "--sign")
    assert result.exit_code == 2 and "user.signingkey" in result.output
    assert snapshot(repo) == before


def test_uncommitted_changes_are_named_when_they_are_why_nothing_is_approved(repo):
    """Revision 2 is approved; revision 3 is written but not committed: approving refuses, naming
    the file, instead of saying there is nothing to approve."""
    assert approve(repo, "QT-HT-01", "--by", "minh.lv").exit_code == 0
    edited = root(repo) / P
    edited.write_text(edited.read_text(encoding="utf-8").replace("revision: 2", "revision: 3"), encoding="utf-8")
    before = repo.head.target
    for lang, words in (("en", "has changes that are not committed"), ("vi", "có thay đổi chưa commit")):
        result = approve(repo, "QT-HT-01", "--by", "minh.lv", lang=lang)
        assert result.exit_code == 1, result.output
        assert P in result.stderr and words in result.stderr
    assert repo.head.target == before


def test_each_document_may_have_its_own_approval_date(repo):
    result = invoke(["approve", "--all", "--by", "minh.lv", "--date", "2025-07-20", "--date", "CS-01=2025-07-25",
                     "--lang", "en"], cwd=root(repo))
    assert result.exit_code == 0, result.output
    assert "date: '2025-07-20'" in (root(repo) / RECORD).read_text(encoding="utf-8")
    assert "date: '2025-07-25'" in (root(repo) / "approvals/CS-01/r1.yaml").read_text(encoding="utf-8")
    message = repo.head.peel(pygit2.Commit).message
    assert "on 2025-07-20, 2025-07-25." in message


def test_a_date_for_a_document_not_approved_is_refused(repo):
    before = snapshot(repo)
    result = approve(repo, "QT-HT-01", "--by", "minh.lv", "--date", "QT-99=2025-07-25")
    assert result.exit_code == 1 and "QT-99" in result.stderr
    assert snapshot(repo) == before
