"""An approved history of the standard manual, written commit by commit with fixed times (dates
are those of UTC+7), with a distribution list:

    2025-07-01  the manual (QT-HT-01 at revision 2, CS-01, MT-2025), with a distribution list
    2025-07-20  QT-HT-01 r2 (effective 2025-08-01) and CS-01 r1 approved; MT-2025 never is
    2025-09-15  QT-HT-01 revised to r3 (effective 2025-10-01)
    2025-09-20  QT-HT-01 r3 approved
    2025-10-20  (only when asked for) the register changes two texts QT-HT-01 r3 cites:
                60/2014/QH13 expires, replaced by 99/2025/QH15; 123/2015/NĐ-CP is amended
"""

from __future__ import annotations

from pathlib import Path

import pygit2

from support.cli import invoke
from support.git import checkout, git_commit, git_init, when
from support.manual import CONFIG, LEGAL, LEGAL_PATH, PROCEDURE, PROCEDURE_PATH, replace_line, standard_bytes

P = PROCEDURE_PATH
DISTRIBUTION = """\
distribution:
  - {copy: 1, holder: Lê Văn Minh, unit: Lãnh đạo UBND xã, issued: 2025-08-15}
  - {copy: 2, holder: Trần Văn Hùng}
"""
R2_PURPOSE = "Quy định trình tự đăng ký khai sinh."
R3_PURPOSE = "Quy định trình tự đăng ký khai sinh, sửa đổi lần 3."


def revision_3(text: str) -> str:
    for old, new in (("revision: 2", "revision: 3"), ("issued: 2025-07-15", "issued: 2025-09-15"),
                     ("effective: 2025-08-01", "effective: 2025-10-01"),
                     (f"purpose: {R2_PURPOSE}", f"purpose: {R3_PURPOSE}")):
        text = replace_line(text, old, new)
    row = "  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}"
    return text.replace(row, row + "\n  - {revision: 3, date: 2025-09-15, summary: Sửa đổi bước 2, reason: process_change}")


# The register after the law changed (stage "law changed").
LEGAL_CHANGED = LEGAL.replace("""\
  effective: 2016-01-01
  status: in_force
""", """\
  effective: 2016-01-01
  status: expired
  expired_on: 2025-10-15
  replaced_by: 99/2025/QH15
""").replace("""\
  status: partly_expired
""", """\
  status: partly_expired
  amended_by: [07/2025/NĐ-CP]
""") + """\
- number: 99/2025/QH15
  type: Luật
  issuer: Quốc hội
  title: Luật Hộ tịch (sửa đổi)
  issued: 2025-06-20
  effective: 2025-10-15
  status: in_force
- number: 07/2025/NĐ-CP
  type: Nghị định
  issuer: Chính phủ
  title: Sửa đổi, bổ sung Nghị định 123/2015/NĐ-CP
  issued: 2025-10-01
  status: in_force
"""
assert LEGAL_CHANGED.count("99/2025/QH15") == 2 and "07/2025/NĐ-CP" in LEGAL_CHANGED


def record(code: str, revision: int, path: str, content: bytes, date: str, issued: str, effective: str,
           decision: str = "") -> str:
    """An approval record as `isodocs approve` writes it."""
    return (f"code: {code}\naction: approve\nrevision: {revision}\npath: {path}\ncontent: {pygit2.hash(content)}\n"
            f"issued: '{issued}'\neffective: '{effective}'\nby: minh.lv\nname: Lê Văn Minh\ntitle: Chủ tịch UBND xã\n"
            f"role: approvers\ndate: '{date}'\n" + (f"decision: {decision}\n" if decision else ""))


class History:
    """The repository above, built up to a stage; `commits` maps each stage to its commit."""

    STAGES = ("manual", "approved", "revised", "r3 approved", "law changed")

    def __init__(self, tmp_path: Path, upto: str = "r3 approved", name: str = "repo"):
        self.repo = git_init(tmp_path / name)
        self.root = Path(self.repo.workdir)
        files = standard_bytes({"isodocs.yaml": CONFIG + DISTRIBUTION})
        r2 = files[P]
        r3 = revision_3(PROCEDURE).encode()
        steps = {
            "manual": ("2025-07-01", {}),
            "approved": ("2025-07-20", {
                "approvals/QT-HT-01/r2.yaml": record("QT-HT-01", 2, P, r2, "2025-07-20", "2025-07-15", "2025-08-01",
                                                     "15/QĐ-UBND"),
                "approvals/CS-01/r1.yaml": record("CS-01", 1, "documents/CS-01.md", files["documents/CS-01.md"],
                                                  "2025-07-20", "2024-03-01", "2024-03-01")}),
            "revised": ("2025-09-15", {P: r3}),
            "r3 approved": ("2025-09-20", {
                "approvals/QT-HT-01/r3.yaml": record("QT-HT-01", 3, P, r3, "2025-09-20", "2025-09-15", "2025-10-01",
                                                     "42/QĐ-UBND")}),
            "law changed": ("2025-10-20", {LEGAL_PATH: LEGAL_CHANGED}),
        }
        self.commits: dict[str, str] = {}
        for stage in self.STAGES[: self.STAGES.index(upto) + 1]:
            day, changed = steps[stage]
            files.update(changed)
            self.commits[stage] = str(git_commit(self.repo, files, stage, when=when(day)))
        checkout(self.repo)

    def build(self, out: Path, *args: str):
        return invoke(["build", "-C", str(self.root), "-o", str(out), "--lang", "vi", *args])
