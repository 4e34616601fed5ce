"""`isodocs impact` and `isodocs legal ack`: documents whose cited legal texts changed since approval."""

from __future__ import annotations

import json
from pathlib import Path

import pygit2
import pytest

from isodocs.history.walk import walk
from isodocs.model import reader as manual_module

from support.cli import invoke
from support.git import checkout, git_commit, git_init
from support.manual import LEGAL, LEGAL_PATH, POLICY_PATH, PROCEDURE_PATH, replace_line, standard_bytes

TODAY = "2025-12-01"
REPLACED = """\
- number: 50/2020/NĐ-CP
  type: Nghị định
  title: Nghị định về văn thư
  issued: 2020-05-01
  status: in_force
"""


def root(repo) -> Path:
    return Path(repo.workdir)


def files_of(repo) -> dict[str, bytes]:
    return {p.relative_to(root(repo)).as_posix(): p.read_bytes()
            for p in root(repo).rglob("*") if p.is_file() and ".git" not in p.parts}


def commit_edit(repo, path: str, change, message: str) -> None:
    """Commit one file changed, dated after the approvals' rows (2025-10 onwards)."""
    files = files_of(repo)
    files[path] = change(files[path].decode("utf-8")).encode("utf-8")
    git_commit(repo, files, message, when=1_760_000_000 + len(list(repo.walk(repo.head.target))) * 86400)
    checkout(repo)


def snapshot(repo) -> tuple:
    files = sorted(str(p.relative_to(root(repo))) for p in root(repo).rglob("*") if ".git" not in p.parts)
    return repo.head.target, files, len(list(repo.odb))


@pytest.fixture
def repo(tmp_path) -> pygit2.Repository:
    """QT-HT-01 cites 60/2014/QH13 and 123/2015/NĐ-CP; CS-01 cites 50/2020/NĐ-CP; MT-2025 cites
    nothing. All approved on 2025-07-20."""
    policy = standard_bytes()[POLICY_PATH].decode().replace("approved_by: minh.lv\n",
                                                           "approved_by: minh.lv\nlegal_basis: [50/2020/NĐ-CP]\n", 1)
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes({POLICY_PATH: policy, LEGAL_PATH: LEGAL + REPLACED}), "Sổ tay ban đầu")
    checkout(repo)
    result = approve(repo, "--all")
    assert result.exit_code == 0, result.output
    return repo


def approve(repo, *args):
    return invoke(["approve", *args, "--by", "minh.lv", "--date", "2025-07-20", "--lang", "en"], cwd=root(repo))


def impact(repo, *args):
    result = invoke(["impact", "--today", TODAY, "--format", "json", *args], cwd=root(repo))
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.output)
    assert result.exit_code == (1 if data["findings"] else 0)
    return data


def flagged(data) -> dict[tuple[str, str], str]:
    return {(f["code"], f["number"]): f["severity"] for f in data["findings"]}


def amend(number: str, by: str):
    def change(text: str) -> str:
        lines = text.split("\n")
        at = lines.index(f"- number: {number}")
        lines.insert(at + 1, f"  amended_by: [{by}]")
        return "\n".join(lines) + f"""- number: {by}
  type: Nghị định
  title: Sửa đổi, bổ sung {number}
  issued: 2025-09-01
  status: in_force
"""
    return change


def revise(ref: str):
    """QT-HT-01 revision 3 (in force from 2025-09-20), for a legal change naming `ref`."""
    def change(text: str) -> str:
        text = replace_line(text, "revision: 2", "revision: 3")
        text = replace_line(text, "issued: 2025-07-15", "issued: 2025-09-15")
        text = replace_line(text, "effective: 2025-08-01", "effective: 2025-09-20")
        return text.replace("purpose:", f"  - {{revision: 3, date: 2025-09-15, summary: Sửa theo {ref}, "
                                        f"reason: legal_change, refs: [{ref}]}}\npurpose:", 1)
    return change


def approve_on(repo, code: str, day: str):
    return invoke(["approve", code, "--by", "minh.lv", "--date", day], cwd=root(repo))


def test_nothing_changed_nothing_suspect(repo):
    data = impact(repo)
    assert data["findings"] == [] and data["documents"] == 3


def test_an_amendment_flags_exactly_the_documents_citing_the_entry(repo):
    commit_edit(repo, LEGAL_PATH, amend("123/2015/NĐ-CP", "07/2025/NĐ-CP"), "Nghị định 07/2025 sửa đổi 123/2015")
    data = impact(repo)
    assert flagged(data) == {("QT-HT-01", "123/2015/NĐ-CP"): "warning"}
    change = data["findings"][0]["changes"][0]
    assert (change["field"], change["from"], change["to"]) == ("amended_by", "", "07/2025/NĐ-CP")
    assert change["summary"] == "Nghị định 07/2025 sửa đổi 123/2015"
    assert change["commit"] == str(repo.head.target)
    assert data["findings"][0]["rule"] == "L411"


def replace_by(number: str, by: str):
    def change(text: str) -> str:
        lines = text.split("\n")
        at = lines.index(f"- number: {number}")
        status = next(i for i in range(at, len(lines)) if lines[i].startswith("  status:"))
        lines[status] = f"  status: expired\n  expired_on: 2025-10-01\n  replaced_by: {by}"
        return "\n".join(lines) + f"""- number: {by}
  type: Nghị định
  title: Thay thế {number}
  issued: 2025-06-01
  effective: 2025-10-01
  status: in_force
"""
    return change


def test_an_amendment_of_a_replacement_flags_documents_citing_what_it_replaced(repo):
    commit_edit(repo, LEGAL_PATH, replace_by("50/2020/NĐ-CP", "200/2025/NĐ-CP"), "Nghị định 200/2025 thay thế 50/2020")
    assert flagged(impact(repo)) == {("CS-01", "50/2020/NĐ-CP"): "error"}
    ack = ["legal", "ack", "CS-01", "50/2020/NĐ-CP", "--by", "minh.lv", "--note", "Chỉ dẫn chiếu chung, sửa ở lần sau"]
    assert invoke(ack, cwd=root(repo)).exit_code == 0
    assert impact(repo)["findings"] == []
    commit_edit(repo, LEGAL_PATH, amend("200/2025/NĐ-CP", "09/2025/NĐ-CP"), "Sửa đổi 200/2025")
    data = impact(repo)
    assert flagged(data) == {("CS-01", "50/2020/NĐ-CP"): "error"}  # only CS-01: what 200/2025 replaced


def test_a_replacement_makes_citing_an_error(repo):
    commit_edit(repo, LEGAL_PATH, replace_by("60/2014/QH13", "99/2025/QH15"), "Luật Hộ tịch mới")
    data = impact(repo)
    assert flagged(data) == {("QT-HT-01", "60/2014/QH13"): "error"}
    fields = {c["field"]: (c["from"], c["to"]) for c in data["findings"][0]["changes"]}
    assert fields == {"status": ("in_force", "expired"), "expired_on": ("", "2025-10-01"),
                      "replaced_by": ("", "99/2025/QH15")}
    assert data["findings"][0]["changes"][0]["summary"] == "Luật Hộ tịch mới"
    text = invoke(["impact", "--today", TODAY, "--lang", "en"], cwd=root(repo))
    assert text.exit_code == 1
    assert "QT-HT-01 r2 (approved 20/07/2025): error [L410] 60/2014/QH13" in text.output
    assert "status: in force → expired (commit" in text.output  # the state in words, not the key
    assert "expired on: — → 01/10/2025 (commit" in text.output


def test_ack_clears_until_the_entry_changes_again(repo):
    commit_edit(repo, LEGAL_PATH, amend("123/2015/NĐ-CP", "07/2025/NĐ-CP"), "Sửa đổi 123/2015")
    result = invoke(["legal", "ack", "QT-HT-01", "123/2015/ND-CP", "--by", "hung.tv", "--note",
                     "Điều được sửa đổi không liên quan đến khai sinh", "--date", "2025-09-10", "--lang", "en"],
                    cwd=root(repo))
    assert result.exit_code == 0, result.output
    assert "approvals/QT-HT-01/ack-123_2015_ND-CP-1.yaml" in result.output
    assert repo.status() == {}
    data = impact(repo)
    assert data["findings"] == [] and data["cleared"] == 1
    assert invoke(["status", "--today", TODAY], cwd=root(repo)).exit_code == 0  # an ack approves nothing
    commit_edit(repo, LEGAL_PATH, lambda t: t.replace("status: partly_expired", "status: expired\n  expired_on: 2025-11-01"),
                "123/2015 hết hiệu lực")
    assert flagged(impact(repo)) == {("QT-HT-01", "123/2015/NĐ-CP"): "error"}


@pytest.mark.parametrize("args, says", [
    (["QT-HT-01", "123/2015/NĐ-CP", "--by", "lan.nt"], "not among roles.reviewers"),
    (["QT-HT-01", "123/2015/NĐ-CP", "--by", "nobody"], "not listed under people"),
    (["QT-HT-09", "123/2015/NĐ-CP", "--by", "hung.tv"], "no document has this code"),
    (["QT-HT-01", "60/2014/QH13", "--by", "hung.tv"], "nothing to acknowledge"),
    (["CS-01", "123/2015/NĐ-CP", "--by", "hung.tv"], "nothing to acknowledge"),
    (["QT-HT-01", "123/2015/NĐ-CP", "--by", "hung.tv", "--note", " "], "say in --note why"),
])
def test_ack_refusals_write_nothing(repo, args, says):
    commit_edit(repo, LEGAL_PATH, amend("123/2015/NĐ-CP", "07/2025/NĐ-CP"), "Sửa đổi 123/2015")
    before = snapshot(repo)
    result = invoke(["legal", "ack", "--note", "Không cần sửa", *args, "--lang", "en"], cwd=root(repo))
    assert result.exit_code == 1, result.output
    assert says in result.output and "nothing was written" in result.output
    assert snapshot(repo) == before


def test_a_new_approved_revision_clears_it(repo):
    commit_edit(repo, LEGAL_PATH, amend("123/2015/NĐ-CP", "07/2025/NĐ-CP"), "Sửa đổi 123/2015")
    assert flagged(impact(repo)) == {("QT-HT-01", "123/2015/NĐ-CP"): "warning"}

    commit_edit(repo, PROCEDURE_PATH, revise("123/2015/NĐ-CP"), "QT-HT-01 lần 3")
    result = approve_on(repo, "QT-HT-01", "2025-09-16")
    assert result.exit_code == 0, result.output
    assert impact(repo)["findings"] == []
    # before revision 3 takes effect, revision 2 is in force and still suspect
    assert flagged(impact(repo, "--today", "2025-09-17")) == {("QT-HT-01", "123/2015/NĐ-CP"): "warning"}


def test_a_legal_change_row_naming_the_text_clears_a_change_recorded_after_the_approval(repo):
    # the register gains 07/2025/NĐ-CP; QT-HT-01 revision 3 is written for it and approved;
    # only then is 123/2015/NĐ-CP marked as amended by it
    commit_edit(repo, LEGAL_PATH, lambda t: amend("123/2015/NĐ-CP", "07/2025/NĐ-CP")(t).replace(
        "  amended_by: [07/2025/NĐ-CP]\n", ""), "Thêm 07/2025")
    commit_edit(repo, PROCEDURE_PATH, revise("07/2025/NĐ-CP"), "QT-HT-01 lần 3")
    assert approve_on(repo, "QT-HT-01", "2025-09-16").exit_code == 0
    commit_edit(repo, LEGAL_PATH, lambda t: t.replace("- number: 123/2015/NĐ-CP\n",
                                                      "- number: 123/2015/NĐ-CP\n  amended_by: [07/2025/NĐ-CP]\n"),
                "123/2015 được sửa đổi bởi 07/2025")
    data = impact(repo)
    assert data["findings"] == [] and data["cleared"] == 1
    # the revision 2 row naming 123/2015 itself does not clear a later change of it
    assert flagged(impact(repo, "--today", "2025-09-17")) == {("QT-HT-01", "123/2015/NĐ-CP"): "warning"}


def test_a_publication_decision_flags_by_tthc_code(repo):
    decision = """- number: 1234/QĐ-UBND
  type: Quyết định
  title: Công bố thủ tục hành chính được sửa đổi lĩnh vực hộ tịch
  issued: 2025-09-05
  status: in_force
  external: false
  tthc: {modified: ["1.001193"]}
"""
    commit_edit(repo, LEGAL_PATH, lambda t: t + decision, "Quyết định công bố 1234")
    data = impact(repo)
    assert flagged(data) == {("QT-HT-01", "1234/QĐ-UBND"): "warning"}
    assert data["findings"][0]["rule"] == "L412" and data["findings"][0]["tthc"] == "1.001193"
    # --since the decision's commit: nothing newer
    assert impact(repo, "--since", "HEAD")["findings"] == []
    assert flagged(impact(repo, "--since", "HEAD~1")) == {("QT-HT-01", "1234/QĐ-UBND"): "warning"}


def test_since_keeps_only_later_changes(repo):
    commit_edit(repo, LEGAL_PATH, amend("123/2015/NĐ-CP", "07/2025/NĐ-CP"), "Sửa đổi 123/2015")
    assert impact(repo, "--since", "HEAD")["findings"] == []
    assert len(impact(repo, "--since", "HEAD~1")["findings"]) == 1


def test_impact_outside_git_cannot_run(tmp_path):
    for path, data in standard_bytes().items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_bytes(data)
    result = invoke(["impact", "-C", str(tmp_path)])
    assert result.exit_code == 2


def test_the_walk_is_one_pass_over_approvals_and_legal(repo):
    walked = walk(repo, repo.head.peel(pygit2.Commit), "", ("approvals", "legal"))
    assert set(walked.files) == {LEGAL_PATH, "approvals/QT-HT-01/r2.yaml", "approvals/CS-01/r1.yaml",
                                 "approvals/MT-2025/r1.yaml"}


def test_the_review_report_is_a_word_document_with_one_row_per_document(repo, tmp_path):
    import zipfile

    commit_edit(repo, LEGAL_PATH, replace_by("60/2014/QH13", "99/2025/QH15"), "Luật Hộ tịch mới")
    commit_edit(repo, LEGAL_PATH, amend("50/2020/NĐ-CP", "09/2025/NĐ-CP"), "Sửa đổi 50/2020")
    target = tmp_path / "ra-soat.docx"
    result = invoke(["impact", "--today", TODAY, "--format", "docx", "-o", str(target)], cwd=root(repo))
    assert result.exit_code == 1, result.output
    xml = zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")
    assert "BÁO CÁO" in xml and "Rà soát văn bản pháp luật" in xml and "Ý kiến Ban chỉ đạo" in xml
    assert xml.count("☐\u00a0Sửa đổi tài liệu") == 2  # a row each for CS-01 and QT-HT-01
    assert "99/2025/QH15" in xml and "09/2025/NĐ</w:t><w:noBreakHyphen/><w:t>CP" in xml  # a number never breaks
    assert invoke(["impact", "--today", TODAY, "--format", "docx", "-o", str(target), "--lang", "en"],
                  cwd=root(repo)).exit_code == 1
    assert "Review of the legal texts" in zipfile.ZipFile(target).read("word/document.xml").decode("utf-8")


def test_check_reports_the_findings_in_git(repo):
    commit_edit(repo, LEGAL_PATH, amend("50/2020/NĐ-CP", "09/2025/NĐ-CP"), "Sửa đổi 50/2020")
    result = invoke(["check", "--today", TODAY, "--lang", "en"], cwd=root(repo))
    assert result.exit_code == 0, result.output  # a warning
    assert "documents/CS-01.md:10:15: L411 warning" in result.output
    assert "isodocs legal ack CS-01 50/2020/NĐ-CP" in result.output


def test_an_approved_content_the_file_has_moved_on_from_is_parsed_once(repo, monkeypatch):
    monkeypatch.setenv("ISODOCS_CACHE", "1")
    commit_edit(repo, LEGAL_PATH, amend("123/2015/NĐ-CP", "07/2025/NĐ-CP"), "Sửa đổi 123/2015")
    commit_edit(repo, PROCEDURE_PATH, revise("07/2025/NĐ-CP"), "QT-HT-01 lần 3, chưa duyệt")  # r2 stays in force
    first = impact(repo)
    assert flagged(first) == {("QT-HT-01", "123/2015/NĐ-CP"): "warning"}
    real = manual_module.parse

    def no_documents(text, path, offset=0):
        assert not path.startswith("documents/"), f"{path} parsed again"
        return real(text, path, offset)

    monkeypatch.setattr(manual_module, "parse", no_documents)
    assert impact(repo) == first


def test_a_text_named_only_in_the_changes_row_of_the_revision_in_force_is_watched_too(repo):
    """Revision 3 was made for 118/2025/NĐ-CP, which its legal basis does not list: when that
    decree is amended later, the revision is suspect, and check points at the row's ref."""
    commit_edit(repo, PROCEDURE_PATH, revise("118/2025/NĐ-CP"), "QT-HT-01 lần 3")
    assert approve_on(repo, "QT-HT-01", "2025-09-16").exit_code == 0
    assert impact(repo)["findings"] == []
    commit_edit(repo, LEGAL_PATH, amend("118/2025/NĐ-CP", "09/2025/NĐ-CP"), "Sửa đổi 118/2025")
    assert flagged(impact(repo)) == {("QT-HT-01", "118/2025/NĐ-CP"): "warning"}
    text = (root(repo) / PROCEDURE_PATH).read_text(encoding="utf-8")
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "refs: [118/2025/NĐ-CP]" in l)
    result = invoke(["check", "--today", TODAY, "--lang", "en"], cwd=root(repo))
    assert f"{PROCEDURE_PATH}:{line}:" in result.output and "L411 warning" in result.output


def test_a_change_must_be_built_in_within_three_months_of_taking_effect(repo):
    """QĐ 19/2014/QĐ-TTg: a warning until three months after the amendment took effect (signed
    2025-09-01, no later effective date), an error the day after, until acknowledged."""
    commit_edit(repo, LEGAL_PATH, amend("123/2015/NĐ-CP", "07/2025/NĐ-CP"), "Sửa đổi 123/2015")
    within = impact(repo, "--today", "2025-12-01")["findings"][0]
    assert (within["took_effect"], within["deadline"], within["overdue"], within["severity"]) == \
        ("2025-09-01", "2025-12-01", False, "warning")
    late = impact(repo, "--today", "2025-12-02")["findings"][0]
    assert (late["overdue"], late["severity"], late["rule"]) == (True, "error", "L411")
    text = invoke(["impact", "--today", "2025-12-02", "--lang", "en"], cwd=root(repo)).output
    assert "error [L411] 123/2015/NĐ-CP" in text
    assert "deadline 01/12/2025, three months after it took effect on 01/09/2025: passed" in text
    checked = invoke(["check", "--today", "2025-12-02", "--format", "json", "--lang", "vi"], cwd=root(repo))
    [found] = [d for d in json.loads(checked.output)["diagnostics"] if d["code"] == "L411"]
    assert found["severity"] == "error" and checked.exit_code == 1
    assert "thời hạn ba tháng để cập nhật vào hệ thống đã hết ngày 01/12/2025" in found["message"]
    on_time = invoke(["check", "--today", "2025-12-01", "--lang", "en"], cwd=root(repo))
    assert "build it into the system by 01/12/2025" in on_time.output and on_time.exit_code == 0
    ack = ["legal", "ack", "QT-HT-01", "123/2015/NĐ-CP", "--by", "hung.tv", "--note", "Không ảnh hưởng"]
    assert invoke(ack, cwd=root(repo)).exit_code == 0
    assert impact(repo, "--today", "2026-06-01")["findings"] == []


def test_a_decision_s_deadline_counts_from_its_effective_date(repo):
    decision = """- number: 1234/QĐ-UBND
  type: Quyết định
  title: Công bố thủ tục hành chính
  issued: 2025-08-25
  effective: 2025-09-05
  status: in_force
  tthc: {modified: ["1.001193"]}
"""
    commit_edit(repo, LEGAL_PATH, lambda text: text + decision, "Quyết định công bố")
    found = impact(repo, "--today", "2025-12-06")["findings"][0]
    assert (found["rule"], found["took_effect"], found["deadline"], found["severity"]) == \
        ("L412", "2025-09-05", "2025-12-05", "error")


def test_an_approval_naming_a_tree_as_its_content_is_not_read_as_a_document(repo):
    """A record can name any id as its content; one naming a folder (a tree) is not the approved
    content of anything, and impact goes on with the file as it is."""
    commit_edit(repo, PROCEDURE_PATH, revise("07/2025/NĐ-CP"), "QT-HT-01 lần 3, chưa duyệt")  # r2 stays in force
    tree = str(repo[repo.head.target].tree.id)
    record = next(p for p in files_of(repo) if p.startswith("approvals/QT-HT-01/"))
    commit_edit(repo, record, lambda text: "\n".join(
        f"content: {tree}" if line.startswith("content:") else line for line in text.split("\n")),
        "Bản ghi phê duyệt trỏ vào một thư mục")
    data = impact(repo)
    assert data["documents"] == 3
