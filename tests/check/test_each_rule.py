"""One bad fixture and one good fixture per rule of `isodocs.diagnostics.rules.ALL`.

Each case starts from the clean standard manual (tests/support/manual.py), changes a file or two so that
exactly the rule under test fires at a known place, and names the nearest correct variant
(`good`), which must check without any finding at all. `test_every_rule_has_a_case` keeps
the table complete: a rule added to the catalogue without a case here fails the suite.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pygit2
import pytest

from isodocs.diagnostics import Severity, rules

from support.manual import (
    BOMB,
    CONFIG,
    FORM_DOC,
    FORM_PATH,
    LEGAL,
    LEGAL_PATH,
    OBJECTIVES,
    OBJECTIVES_PATH,
    POLICY,
    POLICY_PATH,
    PROCEDURE,
    PROCEDURE_PATH,
    ROW1,
    ROW2,
    Files,
    edit,
    make_manual,
    proc,
    run_check,
)

P = PROCEDURE_PATH


def config(old: str, new: str) -> str:
    return edit(CONFIG, old, new)


FORM_FILE = "documents/bieu-mau/BM-HT-05.docx"


def form(attachment: str) -> str:
    return FORM_DOC.format(attachment=attachment)


# a few aliases, far from a bomb: a fine document
SMALL_ALIASES = PROCEDURE.replace("time: {value: 0.5, unit: working_hours}", "time: &half {value: 0.5, unit: working_hours}") \
    .replace("time: {value: 1.5, unit: working_hours}", "time: *half")

STEP2_TIME = ", time: {value: 6, unit: working_hours}"
LIMIT = "  time_limit: {value: 1, unit: working_days}\n"
DOSSIER = "    - {name: Tờ khai đăng ký khai sinh, originals: 1, copies: 0, form: BM-HT-01}\n"


# The register's entry for 123/2015/NĐ-CP, amended (line 14) by the number it is given.
AMENDED = "  status: partly_expired\n  amended_by: [07/2025/NĐ-CP]"
ISSUED_118 = "  issued: 2025-06-09"


def legal(entry_123: str) -> str:
    return edit(LEGAL, "  status: partly_expired\n", entry_123)


DECISION = """\
- number: 1234/QĐ-UBND
  type: Quyết định
  issuer: Ủy ban nhân dân tỉnh Gia Lai
  title: Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch
  issued: 2025-07-25
  effective: 2025-08-01
  status: in_force
  tthc: {{{action}: ["1.001193"]}}
"""
CATALOG = 'catalog:\n  - {code: "1.001193", name: Đăng ký khai sinh, field: Hộ tịch}\n'
DISTRIBUTION = "distribution:\n  - {copy: 1, holder: Lê Văn Minh, issued: 2025-08-01}\n"


@dataclass(frozen=True)
class Case:
    code: str
    bad: Files  # overrides of the standard manual's files
    path: str  # where the finding is, relative to the manual
    line: int | None
    says: tuple[str, ...] = ()  # text every language's message must contain
    good: Files = field(default_factory=dict)  # nearest correct variant: checks clean
    column: int | None = None
    unreadable: str = ""  # a file whose reading fails (as if removed or locked meanwhile)
    approved: bool = False  # in Git: the standard manual committed and approved, then `bad`/`good` committed


def approval_record(content: str, day: str = "2025-07-20") -> str:
    """An approval of QT-HT-01 revision 2 for the given content (a Git blob id), on `day`."""
    return (f"code: QT-HT-01\naction: approve\nrevision: 2\npath: {P}\ncontent: '{content}'\n"
            f"issued: 2025-07-15\neffective: 2025-08-01\nby: minh.lv\nname: Lê Văn Minh\ndate: {day}\n")


PROCEDURE_BLOB = str(pygit2.hash(PROCEDURE.encode()))
# The day the cases read from Git are judged on: within three months of the legal changes they
# bring (118/2025/NĐ-CP of 09/06/2025, a decision in force from 01/08/2025), so L411 and L412 are
# still warnings; test_a_legal_change_past_its_deadline_is_an_error judges them later.
APPROVED_TODAY = dt.date(2025, 8, 15)


CASES = [
    # --- F: files ---------------------------------------------------------------------------
    Case("F101", {P: ""}, P, None, good={P: PROCEDURE}),
    Case("F102", {P: "code: QT-HT-01\ntitle: Quy tr\xecnh\n".encode("latin-1")}, P, 2, says=("28",)),
    Case("F103", {P: proc('  code: "1.001193"', '\tcode: "1.001193"')}, P, 19, column=1),
    Case("F104", {P: BOMB}, P, 6, says=("200,000",), good={P: SMALL_ALIASES}),
    Case("F105", {P: PROCEDURE + "# " + "x" * 3_000_000 + "\n"}, P, None,
         says=(str(len(PROCEDURE.encode()) + 3_000_003), "2097152"),
         good={P: PROCEDURE + "# " + "x" * 1_000_000 + "\n"}),
    Case("F106", {POLICY_PATH: POLICY.replace("---\n", "", 1), P: proc("references: [CS-01]", "references: []")},
         POLICY_PATH, 1, good={P: proc("references: [CS-01]", "references: []")}),
    Case("F107", {OBJECTIVES_PATH: "- code: MT-2025\n- title: Mục tiêu\n"}, OBJECTIVES_PATH, 1),
    Case("F108", {FORM_PATH: form("../../etc/passwd")}, FORM_PATH, 10, says=("../../etc/passwd",),
         good={FORM_PATH: form(FORM_FILE), FORM_FILE: b"PK\x03\x04"}),
    Case("F109", {P: PROCEDURE + "title: Quy trình khác\n"}, P, 32, says=("title",)),
    Case("F110", {}, OBJECTIVES_PATH, None, says=(), unreadable=OBJECTIVES_PATH),
    Case("F111", {"reference.docx": b"garbage"}, "reference.docx", None, says=("docx",)),
    Case("F112", {P: proc("action: Giải quyết,", "action: Giải quyết, ký Giấy khai sinh,")}, P, 26, column=33,
         says=("ký Giấy khai sinh",),
         good={P: proc("action: Giải quyết,", 'action: "Giải quyết, ký Giấy khai sinh",')}),
    Case("F113", {"documents/tthc/.git": "gitdir: ../../.git/modules/tthc\n", "documents/tthc/QT-HT-09.yaml": "x"},
         "documents/tthc", None, says=("documents/tthc",)),
    Case("F114", {"templates/labels.vi.j2": "{% macro duration(value, unit) %}\n{{ value.upper }}{% endmacro %}"},
         "templates/labels.vi.j2", 2,
         good={"templates/labels.vi.j2": "{% macro duration(value, unit) %}\n{{ value }} {{ unit|upper }}{% endmacro %}"}),
    # --- S: schema --------------------------------------------------------------------------
    Case("S201", {P: proc("title: Quy trình đăng ký khai sinh\n", "")}, P, 1, says=("title",)),
    Case("S202", {P: proc("revision: 2\n", 'revision: "2"\n')}, P, 4, says=("revision",)),
    Case("S203", {P: proc('clauses: ["7.5", "8.2.1"]', 'clauses: [7.10, "8.2.1"]')}, P, 12, says=("7.10",),
         column=11),
    Case("S204", {P: proc("kind: procedure", "kind: procedur")}, P, 3, says=("procedur",)),
    Case("S205", {P: proc("issued: 2025-07-15", "issued: 2025-02-30")}, P, 5, says=("2025-02-30",)),
    Case("S206", {P: proc("prepared_by: lan.nt", "prepared_by: Nguyễn Thị Lan")}, P, 7, says=("prepared_by",)),
    Case("S207", {P: proc("revision: 2\n", "revision: 0\n")}, P, 4, says=("revision",)),
    Case("S208", {P: PROCEDURE + "reviewd_by: hung.tv\n"}, P, 32, says=("reviewd_by",)),
    Case("S209", {P: proc("title: Quy trình đăng ký khai sinh", "title:")}, P, 2, says=("title",)),
    Case("S211", {P: proc("effective: 2025-08-01", "effective: 2108-01-01")}, P, 6, says=("2108-01-01", "2107"),
         good={P: proc("effective: 2025-08-01", "effective: 2107-12-31")}),
    # S210 (any other schema failure) is unreachable through the shipped schemas: see
    # tests/load/test_schema.py::test_other_schema_failures_fall_back_to_S210.
    # --- C: configuration -------------------------------------------------------------------
    Case("C601", {"isodocs.yaml": config("'^[A-Z]{2,5}(-[A-Z0-9]+)+$'", "'^[A-Z(-[A-Z0-9]+)+$'")},
         "isodocs.yaml", 5),
    Case("C603", {"isodocs.yaml": config("'^[A-Z]{2,5}(-[A-Z0-9]+)+$'", "'^(A|AA)+$'"),
                  P: proc("code: QT-HT-01", "code: " + "A" * 40 + "-")},
         "isodocs.yaml", 5, says=("A" * 40,)),
    Case("C602", {"isodocs.yaml": config("reviewers: [hung.tv, minh.lv]", "reviewers: [hung.tv, minh.lv, tam.nv]")},
         "isodocs.yaml", 11, says=("tam.nv",)),
    Case("C604", {"isodocs.yaml": CONFIG + CATALOG + '  - {code: "1.001193", name: Đăng ký khai sinh}\n'},
         "isodocs.yaml", 15, says=("1.001193",),
         good={"isodocs.yaml": CONFIG + CATALOG + '  - {code: "1.000656", name: Đăng ký khai tử}\n'}),
    Case("C605", {"isodocs.yaml": CONFIG + DISTRIBUTION + "  - {copy: 1, holder: Trần Văn Hùng}\n"},
         "isodocs.yaml", 15, says=("1",),
         good={"isodocs.yaml": CONFIG + DISTRIBUTION + "  - {copy: 2, holder: Trần Văn Hùng}\n"}),
    # --- D: documents -----------------------------------------------------------------------
    Case("D315", {"approvals/QT-HT-01/r2.yaml": approval_record("0" * 40)}, P, 4, says=("minh.lv", "20/07/2025")),
    Case("D321", {"approvals/QT-HT-01/r2.yaml": approval_record(PROCEDURE_BLOB)}, P, 5,
         says=("15/07/2025", "20/07/2025"),
         good={"approvals/QT-HT-01/r2.yaml": approval_record(PROCEDURE_BLOB, "2025-07-15")}),
    Case("D301", {"documents/QT-HT-01-ban-sao.yaml": PROCEDURE}, P, 1,
         says=("QT-HT-01", "documents/QT-HT-01-ban-sao.yaml"),
         good={"documents/QT-HT-01-ban-sao.yaml": proc("code: QT-HT-01", "code: QT-HT-02")}),
    Case("D302", {P: proc("code: QT-HT-01", "code: QT_HT_01")}, P, 1, says=("QT_HT_01",)),
    Case("D303", {P: proc("effective: 2025-08-01", "effective: 2025-07-01")}, P, 6, says=("01/07/2025", "15/07/2025"),
         good={P: proc("effective: 2025-08-01", "effective: 2025-07-15")}),
    Case("D304", {P: proc("prepared_by: lan.nt", "prepared_by: lan.ntt")}, P, 7, says=("lan.ntt",)),
    Case("D305", {P: proc("reviewed_by: hung.tv", "reviewed_by: lan.nt")}, P, 8, says=("lan.nt",)),
    Case("D306", {P: proc("approved_by: minh.lv", "approved_by: hung.tv")}, P, 9, says=("hung.tv",)),
    Case("D307", {P: proc("prepared_by: lan.nt", "prepared_by: minh.lv")}, P, 9, says=("minh.lv",),
         good={P: proc("prepared_by: lan.nt", "prepared_by: hung.tv")}),
    Case("D308", {P: proc(ROW1, "")}, P, 14, says=("1",)),
    Case("D309", {P: proc("revision: 2\n", "revision: 1\n").replace(ROW2, "  - {revision: 3, date: 2025-07-15, summary: x}\n")},
         P, 15, says=("3",), good={P: proc("revision: 2\n", "revision: 1\n").replace(ROW2, "")}),
    Case("D310", {P: proc(ROW1 + ROW2, ROW2 + ROW1)}, P, 15),
    Case("D311", {P: proc(ROW1 + ROW2, ROW1 + ROW2 + ROW2)}, P, 16, says=("2",)),
    Case("D312", {P: proc("references: [CS-01]", "references: [CS-02]")}, P, 11, says=("CS-02",),
         good={P: proc("references: [CS-01]", "references: [CS-01, TCVN ISO 9001:2015]")}),
    Case("D313", {FORM_PATH: form(FORM_FILE)}, FORM_PATH, 10, says=(FORM_FILE,),
         good={FORM_PATH: form(FORM_FILE), FORM_FILE: b"PK\x03\x04"}),
    Case("D320", {P: proc('clauses: ["7.5", "8.2.1"]', 'clauses: ["7.5", "8.2.7"]')}, P, 12, says=("8.2.7",),
         good={P: proc('clauses: ["7.5", "8.2.1"]', 'clauses: ["7.5", "8.2.4", "7.1.5.2"]')}),
    Case("D314", {P: proc("refs: [123/2015/NĐ-CP]", "refs: [456/2099/NĐ-CP]")}, P, 15, says=("456/2099/NĐ-CP",),
         good={P: proc("refs: [123/2015/NĐ-CP]", "refs: [123/2015/NĐ-CP, CS-01]")}),
    # --- L: legal basis ---------------------------------------------------------------------
    Case("L401", {P: proc("[60/2014/QH13, 123", "[60/2014/QH14, 123")}, P, 10, says=("60/2014/QH14",)),
    Case("L402", {P: proc("[60/2014/QH13, 123", "[61/2018/NĐ-CP, 123")}, P, 10,
         says=("61/2018/NĐ-CP", "118/2025/NĐ-CP"), good={P: proc("[60/2014/QH13, 123", "[118/2025/NĐ-CP, 123")}),
    Case("L403", {P: proc("[60/2014/QH13, 123", "[06/2012/TT-BTP, 123")}, P, 10,
         says=("06/2012/TT-BTP", "01/01/2016")),
    Case("L404", {P: proc("60/2014/QH13, 123/2015/NĐ-CP]", "60/2014/QH13, 123/2015/ND-CP]")}, P, 10, says=("123/2015/ND-CP", "123/2015/NĐ-CP")),
    Case("L405", {"legal/them.yaml": "number: 60/2014/qh13\ntype: Luật\ntitle: Luật Hộ tịch\nissued: 2014-11-20\nstatus: in_force\n"},
         "legal/them.yaml", 1, says=("60/2014/qh13", LEGAL_PATH),
         good={"legal/them.yaml": "number: 60/2014/QH14\ntype: Luật\ntitle: Luật khác\nissued: 2014-11-20\nstatus: in_force\n"}),
    Case("L406", {LEGAL_PATH: legal(AMENDED + "\n")}, LEGAL_PATH, 14, says=("07/2025/NĐ-CP", "amended_by"),
         good={LEGAL_PATH: legal(AMENDED + "\n  unlisted: [07/2025/NĐ-CP]\n")}),
    Case("L407", {LEGAL_PATH: legal(AMENDED.replace("07/2025", "118/2025") + "\n")
                  .replace(ISSUED_118, ISSUED_118 + "\n  amended_by: [123/2015/NĐ-CP]")},
         LEGAL_PATH, 14, says=("123/2015/NĐ-CP → 118/2025/NĐ-CP → 123/2015/NĐ-CP",),
         good={LEGAL_PATH: legal(AMENDED.replace("07/2025", "118/2025") + "\n")}),
    Case("L408", {LEGAL_PATH: edit(LEGAL, ISSUED_118 + "\n  status: in_force",
                                   ISSUED_118 + "\n  effective: 2025-07-01\n  status: not_yet_effective")},
         LEGAL_PATH, 25, says=("not_yet_effective", "01/07/2025"),
         good={LEGAL_PATH: edit(LEGAL, ISSUED_118 + "\n  status: in_force",
                                ISSUED_118 + "\n  effective: 2025-07-01\n  status: in_force")}),
    Case("L409", {LEGAL_PATH: LEGAL + DECISION.format(action="rescinded")}, P, 19,
         says=("1.001193", "1234/QĐ-UBND", "01/08/2025"),
         good={LEGAL_PATH: LEGAL + DECISION.format(action="modified")}),
    Case("L410", {LEGAL_PATH: edit(LEGAL, "  effective: 2016-01-01\n  status: in_force\n",
                                   "  effective: 2016-01-01\n  status: expired\n  expired_on: 2025-07-01\n"
                                   "  replaced_by: 118/2025/NĐ-CP\n")},
         P, 10, says=("60/2014/QH13", "118/2025/NĐ-CP"), approved=True,
         good={LEGAL_PATH: edit(LEGAL, "title: Thông tư đã hết hiệu lực", "title: Thông tư cũ")}),
    Case("L411", {LEGAL_PATH: edit(LEGAL, "  effective: 2016-01-01\n", "  effective: 2016-01-01\n"
                                   "  amended_by: [118/2025/NĐ-CP]\n")},
         P, 10, says=("60/2014/QH13", "118/2025/NĐ-CP", "09/06/2025", "09/09/2025"), approved=True,
         good={LEGAL_PATH: edit(LEGAL, "title: Thông tư đã hết hiệu lực", "title: Thông tư cũ")}),
    Case("L413", {LEGAL_PATH: edit(LEGAL, "  issued: 2015-11-15\n", "  issued: 2015\n")}, LEGAL_PATH, 12,
         says=("123/2015/NĐ-CP", "2015")),
    Case("L412", {LEGAL_PATH: LEGAL + DECISION.format(action="modified")}, P, 19,
         says=("1.001193", "1234/QĐ-UBND", "25/07/2025", "01/11/2025"), approved=True,
         good={LEGAL_PATH: LEGAL + edit(DECISION.format(action="modified"), "issued: 2025-07-25", "issued: 2025-07-10")}),
    # --- P: procedures ----------------------------------------------------------------------
    Case("P501", {P: proc("value: 6, unit: working_hours", "value: 6.5, unit: working_hours")}, P, 21,
         says=("8",)),
    Case("P502", {P: proc("forms: [BM-HT-01]}", "forms: [BM-HT-02]}")}, P, 25, says=("BM-HT-02",)),
    Case("P503", {P: proc("{no: 2,", "{no: 3,")}, P, 26, says=("3", "2")),
    Case("P504", {P: proc(STEP2_TIME, "")}, P, 26, says=("2",)),
    Case("P505", {P: proc("records:", "  - {code: BM-HT-01, title: Tờ khai}\nrecords:")}, P, 30, says=("BM-HT-01",),
         good={P: proc("records:", "  - {code: BM-HT-02, title: Tờ khai khác, source: external}\nrecords:")}),
    Case("P506", {P: proc("title: Tờ khai đăng ký khai sinh, source: external", "title: Tờ khai đăng ký khai sinh, source: internal")},
         P, 29, says=("BM-HT-01",),
         good={P: proc("title: Tờ khai đăng ký khai sinh, source: external", "title: Tờ khai đăng ký khai sinh, source: internal"),
               FORM_PATH: edit(form("x"), "code: BM-HT-05", "code: BM-HT-01").replace("attachment: x\n", "")}),
    Case("P510", {P: proc(LIMIT, LIMIT + "  fees: [{kind: le_phi, text: Theo quy định}]\n")}, P, 22,
         says=("tthc.fees[1]", "Theo quy định"),
         good={P: proc(LIMIT, LIMIT + "  fees: [{kind: le_phi, text: Miễn lệ phí}]\n")}),
    Case("P511", {P: proc(LIMIT, LIMIT + "  fees: [{kind: le_phi, amount: 8.000}]\n")}, P, 22,
         says=("8.000", "8000"), good={P: proc(LIMIT, LIMIT + "  fees: [{kind: le_phi, amount: 8000}]\n")}),
    Case("P512", {P: proc(DOSSIER, DOSSIER + "    - any_of: [{name: Hộ chiếu, present: true}]\n")}, P, 24,
         good={P: proc(DOSSIER, DOSSIER + "    - any_of: [{name: Hộ chiếu, present: true}, {name: Thẻ Căn cước, "
                                          "present: true}]\n")}),
    Case("P513", {"isodocs.yaml": CONFIG + "time_reduction_target: 30\n"}, P, 21, says=("30", "100"),
         good={"isodocs.yaml": CONFIG + "time_reduction_target: 30\n",
               P: proc("time_limit: {value: 1, unit: working_days}", "time_limit: {value: 2, unit: working_days}")}),
    # --- O: objectives ----------------------------------------------------------------------
    Case("O701", {OBJECTIVES_PATH: edit(OBJECTIVES, "id: MT-02", "id: MT-01")}, OBJECTIVES_PATH, 20, says=("MT-01",)),
]

# Codes no input can trigger through the shipped schemas, and the test that covers each instead.
UNREACHABLE = {"S210": "tests/load/test_schema.py::test_other_schema_failures_fall_back_to_S210"}

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_every_rule_has_a_case():
    covered = {case.code for case in CASES}
    missing = set(rules.ALL) - covered - set(UNREACHABLE)
    assert not missing, f"rules without a triggering test: {sorted(missing)}"
    assert covered <= set(rules.ALL), covered - set(rules.ALL)
    assert not covered & set(UNREACHABLE)


def make_unreadable(monkeypatch, path: str) -> None:
    from isodocs.load.source import FolderSource

    original = FolderSource.read

    def read(self, rel):
        if rel == path:
            raise PermissionError(13, "Permission denied", str(self.root / rel))
        return original(self, rel)

    monkeypatch.setattr(FolderSource, "read", read)


def approved_manual(tmp_path, files: Files):
    """The standard manual in Git, every document approved on its issue date, then `files` committed."""
    from support.cli import invoke
    from support.git import git_commit, git_init
    from support.manual import standard_bytes

    root = tmp_path / "manual"
    repo = git_init(root)
    git_commit(repo, standard_bytes(), "Sổ tay")
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)
    result = invoke(["approve", "--all", "--by", "minh.lv", "--date", "2025-07-15",
                     "--date", "CS-01=2024-03-01", "--date", "MT-2025=2025-01-05"], cwd=root)
    assert result.exit_code == 0, result.output
    tree = repo.head.peel(pygit2.Commit).tree
    everything = {path: repo[tree[path].id].data for path in
                  [e.path for e in pygit2.Index(str(root / ".git" / "index"))]}
    git_commit(repo, {**everything, **standard_bytes(files)} if files else everything, "Sửa đổi")
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)
    return root


def check_case(tmp_path, files: Files, case: Case):
    if not case.approved:
        return run_check(make_manual(tmp_path, files, standard=True))
    from isodocs.check import check
    from isodocs.history.official import committed
    from isodocs.legal.impact import check_git

    from support.manual import load_manual

    root = approved_manual(tmp_path, files)
    loaded = load_manual(root)
    return check(loaded) + check_git(committed(str(root), None, None), loaded, APPROVED_TODAY)


@pytest.mark.parametrize("case", CASES, ids=[c.code for c in CASES])
def test_bad_fixture_triggers_the_rule(tmp_path, monkeypatch, case: Case):
    if case.unreadable:
        make_unreadable(monkeypatch, case.unreadable)
    found = check_case(tmp_path, case.bad, case)
    hits = [d for d in found if d.code == case.code]
    assert hits, f"{case.code} not reported; got {[(d.code, d.path, d.line) for d in found]}"
    places = [(d.path, d.line) for d in hits]
    assert (case.path, case.line) in places
    d = next(d for d in hits if (d.path, d.line) == (case.path, case.line))
    if case.column is not None:
        assert d.column == case.column
    assert d.severity is rules.ALL[case.code].severity
    vi, en = d.message("vi"), d.message("en")
    assert vi and en and vi != en
    for text in (vi, en, d.hint("vi"), d.hint("en")):
        assert not PLACEHOLDER.search(text), text
    assert d.hint("vi") and d.hint("en") and d.hint("vi") != d.hint("en")
    for needle in case.says:
        assert needle in vi and needle in en, (needle, vi, en)


@pytest.mark.parametrize("case", CASES, ids=[c.code for c in CASES])
def test_good_fixture_is_clean(tmp_path, case: Case):
    found = check_case(tmp_path, case.good, case)
    assert [(d.code, d.path, d.line) for d in found] == []


class Kept(dict):
    """`check`'s `kept` in memory."""

    def put(self, key, value):
        self[key] = value


@pytest.mark.parametrize("fixture", ["bad", "good"])
@pytest.mark.parametrize("case", CASES, ids=[c.code for c in CASES])
def test_findings_kept_document_by_document_are_the_findings(tmp_path, monkeypatch, case: Case, fixture: str):
    """The rules that judge one document at a time (ALONE) find the same run on their own, each
    in a manual of its document alone, and recalled from what they kept, in the same order: a
    rule that reads another document, the register or the approvals is no rule of ALONE."""
    from isodocs.check import check

    from support.manual import load_manual

    if case.unreadable:
        make_unreadable(monkeypatch, case.unreadable)
    files = getattr(case, fixture)
    root = approved_manual(tmp_path, files) if case.approved else make_manual(tmp_path, files, standard=True)
    loaded = load_manual(root)
    whole, kept = check(loaded), Kept()
    assert check(loaded, kept=kept) == whole
    assert kept and check(loaded, kept=kept) == whole
    kept_with = {key: value for key, value in kept.items() if value}
    for key in kept_with:  # recalled, not judged again: what is kept is what is said
        kept[key] = []
    assert len(check(loaded, kept=kept)) == len(whole) - sum(len(v) for v in kept_with.values())


def test_standard_manual_is_clean_and_complete(manual):
    from support.manual import load_manual

    loaded = load_manual(manual)
    assert loaded.diagnostics == ()
    m = loaded.manual
    assert [d.code for d in m.documents] == ["CS-01", "MT-2025", "QT-HT-01"]
    assert len(m.legal) == 5
    assert run_check(manual) == []


# --- finer points of single rules --------------------------------------------------------------

def test_unknown_key_suggests_the_closest_key(tmp_path):
    root = make_manual(tmp_path, {P: PROCEDURE + "reviewd_by: hung.tv\nzzzzzz: 1\n"}, standard=True)
    found = {d.args["key"]: d for d in run_check(root) if d.code == "S208"}
    assert found["reviewd_by"].hint("en") == "Did you mean `reviewed_by`?"
    assert found["reviewd_by"].hint("vi") == "Có phải ý bạn là `reviewed_by`?"
    assert found["zzzzzz"].hint("en") == "Check the spelling, or remove the key."
    assert found["zzzzzz"].line == 33 and found["zzzzzz"].column == 1
    assert all(d.severity is Severity.WARNING for d in found.values())


def test_unknown_key_in_nested_mapping_names_where(tmp_path):
    root = make_manual(tmp_path, {P: proc('  name: Đăng ký khai sinh', '  name: Đăng ký khai sinh\n  feild: Hộ tịch')},
                       standard=True)
    d = [d for d in run_check(root) if d.code == "S208"][0]
    assert (d.path, d.line, d.column) == (P, 21, 3)
    assert d.message("en") == "Unknown key `feild` (tthc); it is ignored."
    assert d.hint("en") == "Did you mean `field`?"


def test_quote_text_hint_keeps_what_was_written(tmp_path):
    """YAML reads 7.10 as 7.1 and 1.001190 as 1.00119: the hint must quote the written text."""
    root = make_manual(tmp_path, {P: proc('clauses: ["7.5", "8.2.1"]', 'clauses: ["7.5", 7.10]')
                                  .replace('code: "1.001193"', 'code: 1.001190')}, standard=True)
    found = sorted((d for d in run_check(root) if d.code == "S203"), key=lambda d: d.line)
    assert [(d.line, d.args["value"]) for d in found] == [(12, "7.10"), (19, "1.001190")]
    assert found[0].hint("en").startswith('Put it in quotes: "7.10"')
    assert found[1].hint("vi").startswith('Đặt trong dấu nháy: "1.001190"')


def test_missing_key_in_nested_mapping(tmp_path):
    root = make_manual(tmp_path, {P: proc("  time_limit: {value: 1, unit: working_days}\n", "")}, standard=True)
    d = [d for d in run_check(root) if d.code == "S201"]
    assert [(x.args["key"], x.line) for x in d] == [("time_limit", 19)]
    assert d[0].message("en") == "The required key `time_limit` is missing (tthc)."


def test_objectives_and_procedure_kind_requirements(tmp_path):
    objectives = edit(OBJECTIVES, "year: 2025\n", "")
    procedure = proc("steps:\n", "stepz:\n")
    root = make_manual(tmp_path, {OBJECTIVES_PATH: objectives, P: procedure}, standard=True)
    missing = sorted((d.path, d.args["key"]) for d in run_check(root) if d.code == "S201")
    assert missing == [(OBJECTIVES_PATH, "year"), (P, "steps")]


def test_steps_in_working_days_count_eight_hours(tmp_path):
    """1 working day = 8 working hours: 2 days of steps fit a 16-hour limit, not a 15-hour one."""
    steps = proc("time_limit: {value: 1, unit: working_days}", "time_limit: {value: 16, unit: working_hours}")
    steps = steps.replace("time: {value: 6, unit: working_hours}", "time: {value: 1.75, unit: working_days}")
    assert run_check(make_manual(tmp_path, {P: steps}, standard=True, name="fits")) == []
    over = steps.replace("{value: 16, unit: working_hours}", "{value: 15, unit: working_hours}")
    d = only_code(run_check(make_manual(tmp_path, {P: over}, standard=True, name="over")), "P501")
    assert (d.args["steps"], d.args["limit"]) == (16.0, 15.0)
    assert "16 working hours" in d.message("en") and "16 giờ làm việc" in d.message("vi")


def test_cites_replaced_follows_the_chain_to_the_document_in_force(tmp_path):
    legal = LEGAL + """\
- number: 01/2010/NĐ-CP
  type: Nghị định
  title: Văn bản cũ
  issued: 2010-01-01
  status: expired
  replaced_by: 61/2018/NĐ-CP
"""
    root = make_manual(tmp_path, {LEGAL_PATH: legal, P: proc("[60/2014/QH13, 123", "[01/2010/NĐ-CP, 123")}, standard=True)
    d = only_code(run_check(root), "L402")
    assert d.args["replacement"] == "118/2025/NĐ-CP"
    assert "118/2025/NĐ-CP" in d.message("vi")


def test_replacement_cycle_does_not_hang(tmp_path):
    legal = LEGAL.replace("  replaced_by: 118/2025/NĐ-CP\n", "  replaced_by: 118/2025/NĐ-CP\n", 1) + """\
- number: 02/2010/NĐ-CP
  type: Nghị định
  title: A
  issued: 2010-01-01
  status: expired
  replaced_by: 03/2010/NĐ-CP
- number: 03/2010/NĐ-CP
  type: Nghị định
  title: B
  issued: 2010-01-01
  status: expired
  replaced_by: 02/2010/NĐ-CP
"""
    root = make_manual(tmp_path, {LEGAL_PATH: legal, P: proc("[60/2014/QH13, 123", "[02/2010/NĐ-CP, 123")}, standard=True)
    d = only_code(run_check(root), "L402")
    assert d.args["replacement"] == "03/2010/NĐ-CP"


def test_plain_d_still_resolves_and_is_only_a_warning(tmp_path):
    root = make_manual(tmp_path, {P: proc("60/2014/QH13, 123/2015/NĐ-CP]", "60/2014/QH13, 123/2015/ND-CP]")}, standard=True)
    found = run_check(root)
    assert [d.code for d in found] == ["L404"]
    assert found[0].severity is Severity.WARNING


def test_plain_d_of_a_replaced_document_warns_and_names_the_replacement(tmp_path):
    root = make_manual(tmp_path, {P: proc("[60/2014/QH13, 123", "[61/2018/ND-CP, 123")}, standard=True)
    assert sorted(d.code for d in run_check(root)) == ["L402", "L404"]


def test_missing_rows_of_a_mistyped_revision_are_bounded(tmp_path):
    """revision: 20250715 (a date typed into the wrong key) must not ask for 20 million rows."""
    root = make_manual(tmp_path, {P: proc("revision: 2\n", "revision: 20250715\n")}, standard=True)
    found = [d for d in run_check(root) if d.code == "D308"]
    assert [d.args["revision"] for d in found] == list(range(3, 13))


def test_step_order_reports_the_first_misnumbering_only(tmp_path):
    root = make_manual(tmp_path, {P: proc("{no: 2,", "{no: 5,").replace("{no: 3,", "{no: 6,")}, standard=True)
    d = only_code(run_check(root), "P503")
    assert d.args == {"no": 5, "expected": 2}


def test_form_not_listed_in_a_dossier_item(tmp_path):
    root = make_manual(tmp_path, {P: proc("copies: 0, form: BM-HT-01}", "copies: 0, form: BM-HT-09}")}, standard=True)
    d = only_code(run_check(root), "P502")
    assert (d.line, d.args["form"]) == (23, "BM-HT-09")
    assert d.message("en") == "The form `BM-HT-09` is used by dossier item 1 but is not listed under `forms`."
    assert d.message("vi") == "Biểu mẫu `BM-HT-09` được dùng ở thành phần hồ sơ 1 nhưng không có trong mục `forms`."


def test_reference_to_a_form_listed_by_a_procedure_is_known(tmp_path):
    policy = POLICY.replace("changes:", "references: [BM-HT-01, QT-HT-01]\nchanges:")
    assert run_check(make_manual(tmp_path, {POLICY_PATH: policy}, standard=True)) == []


def test_reference_to_a_document_that_failed_to_load_is_not_reported_again(tmp_path):
    """CS-01 is broken (schema error): the procedure's reference to it is not a second error."""
    root = make_manual(tmp_path, {POLICY_PATH: POLICY.replace("revision: 1\n", "revision: one\n")}, standard=True)
    assert [(d.code, d.path) for d in run_check(root)] == [("S202", POLICY_PATH)]


def test_role_holders_are_checked_only_when_known(tmp_path):
    cfg = config("approvers: [minh.lv]", "approvers: [minh.lv, zzz]")
    found = run_check(make_manual(tmp_path, {"isodocs.yaml": cfg}, standard=True))
    assert [(d.code, d.line, d.column) for d in found] == [("C602", 12, 24)]


def test_code_pattern_absent_means_any_code(tmp_path):
    cfg = CONFIG.replace("code_pattern: '^[A-Z]{2,5}(-[A-Z0-9]+)+$'\n", "")
    root = make_manual(tmp_path, {"isodocs.yaml": cfg, P: proc("code: QT-HT-01", "code: quy trình 1")}, standard=True)
    assert run_check(root) == []


def test_bad_code_pattern_does_not_also_fail_every_code(tmp_path):
    cfg = config("'^[A-Z]{2,5}(-[A-Z0-9]+)+$'", "'(('")
    found = run_check(make_manual(tmp_path, {"isodocs.yaml": cfg}, standard=True))
    assert [d.code for d in found] == ["C601"]
    assert "missing )" in found[0].message("en")


def only_code(found, code):
    hits = [d for d in found if d.code == code]
    assert len(hits) == 1, [(d.code, d.path, d.line) for d in found]
    return hits[0]


def test_citing_a_register_entry_that_failed_to_load_is_not_reported_again(tmp_path):
    """123/2015/NĐ-CP is in the register with a bad status: that one error, not also an
    'unknown legal number' (L401) and an 'unknown change ref' (D314) in the procedure."""
    legal = edit(LEGAL, "  status: partly_expired", "  status: partly")
    found = run_check(make_manual(tmp_path, {LEGAL_PATH: legal}, standard=True))
    assert [(d.code, d.path, d.line) for d in found] == [("S204", LEGAL_PATH, 13)]
    assert found[0].hint("en") == "Did you mean `partly_expired`?"


@pytest.mark.parametrize("old, new", [
    ("time: {value: 6, unit: working_hours}", "time: {value: .nan, unit: working_hours}"),
    ("time_limit: {value: 1, unit: working_days}", "time_limit: {value: .inf, unit: working_days}"),
])
def test_not_a_number_is_not_a_time(tmp_path, old, new):
    """.nan and .inf are text to isodocs, so a time must be a real number."""
    found = run_check(make_manual(tmp_path, {P: proc(old, new)}, standard=True))
    assert [d.code for d in found] == ["S202"]


def test_numbers_in_messages_follow_the_language(tmp_path):
    """P501 writes 8.5 in English and 8,5 in Vietnamese, as the Word output does."""
    case = next(c for c in CASES if c.code == "P501")
    [d] = [d for d in check_case(tmp_path, case.bad, case) if d.code == "P501"]
    assert "8.5 working hours" in d.message("en") and "8,5 giờ làm việc" in d.message("vi")


# --- format v2: limits, other agencies' steps, papers, fees ----------------------------------

def v2_check(tmp_path, old: str = "", new: str = "", name: str = "v2", **files):
    from support.formatv2 import V2_PATH, V2_PROCEDURE, v2_files

    assert old in V2_PROCEDURE
    text = V2_PROCEDURE.replace(old, new, 1) if old else V2_PROCEDURE
    found = run_check(make_manual(tmp_path, {**v2_files(), V2_PATH: text, **files}, standard=True, name=name))
    return [d for d in found if d.path == V2_PATH]


def test_the_v2_fixture_checks_clean(tmp_path):
    assert v2_check(tmp_path) == []


def test_a_same_day_limit_is_one_working_day(tmp_path):
    """The in-person channel's same-day limit: 8 hours of steps fit, 9 do not, and the message
    says how the limit was counted, which channel it is, and which step it does not count."""
    [d] = v2_check(tmp_path, "time: {value: 2, unit: working_hours}}", "time: {value: 3, unit: working_hours}}")
    assert d.code == "P501" and (d.args["steps"], d.args["limit"]) == (9.0, 8.0)
    assert d.message("en") == ("The steps take 9 working hours, more than the time limit for filing in person of 8 "
                               "working hours. A same-day limit is one working day. Step 3 (Công an xã) has no time "
                               "and is not counted.")
    assert d.message("vi") == ("Tổng thời gian các bước là 9 giờ làm việc, vượt thời hạn giải quyết 8 giờ làm việc khi "
                               "nộp trực tiếp. Thời hạn giải quyết ngay trong ngày được tính là một ngày làm việc. "
                               "Bước 3 (Công an xã) không ghi thời gian nên không được tính.")


@pytest.mark.parametrize("days, working", [(7, 5), (10, 6), (30, 20), (9, 5), (1, 0)])
def test_calendar_days_count_as_the_working_days_they_surely_hold(days, working):
    from isodocs.model import calendar_working_days

    assert calendar_working_days(days) == working


def test_a_calendar_limit_is_converted_and_the_message_says_so(tmp_path):
    """30 calendar days hold at least 20 working days (160 hours): steps of 21 days and 3 hours
    exceed them, and the message says how the days were counted."""
    thirty = ("    value: 5\n    unit: working_days\n", "    value: 30\n    unit: days\n")
    assert v2_check(tmp_path, *thirty) == []
    from support.formatv2 import V2_PATH, V2_PROCEDURE

    text = V2_PROCEDURE.replace(*thirty).replace("time: {value: 5, unit: working_hours}",
                                                  "time: {value: 21, unit: working_days}")
    found = run_check(make_manual(tmp_path, {V2_PATH: text, **_v2_rest()}, standard=True, name="over"))
    [d] = [x for x in found if x.code == "P501" and x.args["limit"] == 160.0]
    assert d.message("en") == ("The steps take 171 working hours, more than the time limit of 160 working hours. "
                               "30 calendar days are counted as 20 working days: five in every seven days, with a "
                               "weekend among any days left over. Step 3 (Công an xã) has no time and is not counted.")
    assert "30 ngày theo lịch được tính là 20 ngày làm việc" in d.message("vi")


def _v2_rest() -> dict:
    from support.formatv2 import V2_PATH, v2_files

    return {k: v for k, v in v2_files().items() if k != V2_PATH}


def test_an_extension_is_never_added_to_the_normal_limit(tmp_path):
    """5 working days, 10 calendar days when verification is needed: steps of 43 hours exceed the
    normal limit of 40 (were the extension added to it, they would fit)."""
    found = v2_check(tmp_path, "time: {value: 5, unit: working_hours}", "time: {value: 5, unit: working_days}")
    limits = sorted(d.args["limit"] for d in found if d.code == "P501")
    assert limits == [8.0, 40.0]  # the in-person same day, and the normal limit; the postal 10 days (48) hold them


def test_a_channel_s_own_calendar_limit(tmp_path):
    [d] = [x for x in v2_check(tmp_path, "time_limit: {value: 10, unit: days}", "time_limit: {value: 1, unit: days}")
           if x.code == "P501"]
    assert "1 calendar days are counted as 0 working days" in d.message("en")
    assert "for filing by post" in d.message("en") and "khi nộp qua dịch vụ bưu chính" in d.message("vi")


def test_another_agency_s_step_is_named_not_warned_about(tmp_path):
    assert [d.code for d in v2_check(tmp_path)] == []  # step 3 has `agency` and no time: no P504
    [d] = v2_check(tmp_path, "actor: Công an xã, agency: Công an xã}", "actor: Công an xã}")
    assert (d.code, d.args["no"]) == ("P504", 3)


def test_forms_named_by_an_alternative_or_a_channel_s_paper_are_listed(tmp_path):
    [d] = v2_check(tmp_path, "{name: Giấy báo tử, originals: 1, copies: 0}",
                   "{name: Giấy báo tử, originals: 1, copies: 0, form: BM-HT-09}")
    assert (d.code, d.args["form"]) == ("P502", "BM-HT-09")
    assert d.message("en") == "The form `BM-HT-09` is used by dossier item 4.2 but is not listed under `forms`."
    [d] = v2_check(tmp_path, "originals: 0, copies: 1, channels: [postal]}",
                   "originals: 0, copies: 1, channels: [postal], form: BM-HT-08}", name="postal")
    assert (d.code, d.args["form"]) == ("P502", "BM-HT-08")


def test_a_fee_is_an_amount_or_says_there_is_none(tmp_path):
    for fee in ("{kind: phi, amount: 0}", "{kind: phi, text: Không}", "{kind: phi, text: Miễn phí}",
                "{kind: phi, text: 2.000 đồng/trang}"):
        assert v2_check(tmp_path, "{kind: phi, amount: 8000, per: bản sao, text: 8.000 đồng/bản sao trích lục}", fee,
                        name=f"fee{hash(fee) % 1000}") == [], fee
    [d] = v2_check(tmp_path, "{kind: phi, amount: 8000, per: bản sao, text: 8.000 đồng/bản sao trích lục}",
                   "{kind: phi, per: bản sao}", name="nothing")
    assert d.code == "P510" and "—" in d.message("en")


def test_the_first_format_s_fee_text_is_not_judged(tmp_path):
    """`fee` stays free text as the first format wrote it: "Theo mức do HĐND tỉnh quy định" is as
    it was, not a finding (the demo's own procedures write so)."""
    root = make_manual(tmp_path, {P: proc(LIMIT, LIMIT + "  fee: Theo mức do Hội đồng nhân dân tỉnh quy định\n")},
                       standard=True)
    assert run_check(root) == []
