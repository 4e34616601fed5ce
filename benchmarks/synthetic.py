"""A synthetic province-sized manual for the benchmarks: N procedures, M legal entries.

    python benchmarks/synthetic.py OUT_DIR [--procedures 5000] [--legal 2000]

Every procedure is valid and realistic in size (a TTHC block, 6 steps, dossier, forms,
records, two revisions), with the internal form they share, so timings reflect real manuals.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pygit2

CONFIG = """\
agency:
  name: Ủy ban nhân dân tỉnh Mẫu
  parent: Chính phủ
language: vi
code_pattern: '^(QT|BM)-[A-Z0-9-]+$'
people:
  lan.nt: {name: Nguyễn Thị Lan, title: Chuyên viên}
  hung.tv: {name: Trần Văn Hùng, title: Phó Giám đốc}
  minh.lv: {name: Lê Văn Minh, title: Giám đốc}
roles:
  reviewers: [hung.tv]
  approvers: [minh.lv]
"""

LEGAL = """\
- number: {n}/2024/NĐ-CP
  type: Nghị định
  issuer: Chính phủ
  title: Quy định chi tiết một số điều của luật số {n}
  issued: 2024-01-15
  effective: 2024-03-01
  status: in_force
"""

PROCEDURE = """\
code: QT-{i:05d}
title: Quy trình giải quyết thủ tục hành chính số {i}
kind: procedure
revision: 2
issued: 2025-07-01
effective: 2025-07-01
owner: Trung tâm Phục vụ hành chính công
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
legal_basis: [{law_a}/2024/NĐ-CP, {law_b}/2024/NĐ-CP]
clauses: ["8.1", "8.2.1", "8.5.1"]
purpose: Quy định trình tự, cách thức giải quyết thủ tục hành chính số {i} bảo đảm **đúng hạn**.
scope: Áp dụng đối với công chức tiếp nhận và xử lý hồ sơ tại Trung tâm.
definitions: {{TTHC: Thủ tục hành chính, UBND: Ủy ban nhân dân}}
tthc:
  code: "1.{i:06d}"
  name: Thủ tục hành chính số {i}
  field: Hộ tịch
  level: Cấp tỉnh
  channels: [in_person, online, postal]
  dossier:
    - {{name: Tờ khai theo mẫu, originals: 1, copies: 0, form: BM-{i:05d}-01}}
    - {{name: Giấy tờ chứng minh nhân thân, originals: 0, copies: 1}}
    - {{name: Văn bản ủy quyền, originals: 1, copies: 0, optional: true}}
  dossier_sets: 1
  time_limit: {{value: 5, unit: working_days}}
  receiving_place: Trung tâm Phục vụ hành chính công tỉnh
  fee: 50.000 đồng
  results: [Giấy chứng nhận]
steps:
  - {{no: 1, action: Tiếp nhận và kiểm tra hồ sơ, actor: Công chức tiếp nhận, time: {{value: 4, unit: working_hours}}, forms: [BM-TIEP-NHAN]}}
  - {{no: 2, action: Chuyển hồ sơ đến phòng chuyên môn, actor: Công chức tiếp nhận, time: {{value: 4, unit: working_hours}}}}
  - {{no: 3, action: Thẩm định hồ sơ, actor: Chuyên viên phòng chuyên môn, time: {{value: 2, unit: working_days}}}}
  - {{no: 4, action: Trình lãnh đạo ký duyệt, actor: Trưởng phòng, time: {{value: 1, unit: working_days}}}}
  - {{no: 5, action: Ký duyệt kết quả, actor: Lãnh đạo, time: {{value: 4, unit: working_hours}}}}
  - {{no: 6, action: "Trả kết quả cho tổ chức, cá nhân", actor: Công chức tiếp nhận, time: {{value: 4, unit: working_hours}}, output: Giấy chứng nhận}}
forms:
  - {{code: BM-{i:05d}-01, title: Tờ khai, source: external}}
  - {{code: BM-TIEP-NHAN, title: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, source: internal}}
records:
  - {{name: Hồ sơ đã giải quyết, keeper: Phòng chuyên môn, retention: 5 năm}}
  - {{name: Sổ theo dõi, keeper: Trung tâm, retention: vĩnh viễn}}
changes:
  - {{revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}}
  - {{revision: 2, date: 2025-07-01, summary: Cập nhật theo mô hình chính quyền hai cấp, reason: org_change}}
"""

# The internal form every procedure lists (a province's one appointment slip): a document of the
# manual, as an internal form must be (P506).
FORM = """\
---
code: BM-TIEP-NHAN
title: Giấy tiếp nhận hồ sơ và hẹn trả kết quả
kind: form
revision: 2
issued: 2025-07-01
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
changes:
  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}
  - {revision: 2, date: 2025-07-01, summary: Cập nhật theo mô hình chính quyền hai cấp, reason: org_change}
---
Trung tâm Phục vụ hành chính công tỉnh đã nhận hồ sơ của ông (bà) ........ và hẹn trả kết quả
vào ngày ..../..../........
"""


def generate(out: Path, procedures: int, legal: int) -> Path:
    (out / "documents").mkdir(parents=True, exist_ok=True)
    (out / "legal").mkdir(parents=True, exist_ok=True)
    (out / "isodocs.yaml").write_text(CONFIG, encoding="utf-8")
    per_file = 10
    for start in range(0, legal, per_file):
        text = "".join(LEGAL.format(n=n + 1) for n in range(start, min(legal, start + per_file)))
        (out / "legal" / f"nd-{start:05d}.yaml").write_text(text, encoding="utf-8")
    (out / "documents" / "bieu-mau").mkdir(exist_ok=True)
    (out / "documents" / "bieu-mau" / "BM-TIEP-NHAN.md").write_text(FORM, encoding="utf-8")
    for i in range(1, procedures + 1):
        text = PROCEDURE.format(i=i, law_a=i % legal + 1, law_b=(i * 7) % legal + 1)
        folder = out / "documents" / f"linh-vuc-{i % 50:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"QT-{i:05d}.yaml").write_text(text, encoding="utf-8")
    return out


def province_arguments(description: str, repeat: int | None = None) -> argparse.ArgumentParser:
    """The options of a script on the synthetic province: its size (and how many timed runs)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--procedures", type=int, default=5000)
    parser.add_argument("--legal", type=int, default=2000)
    if repeat is not None:
        parser.add_argument("--repeat", type=int, default=repeat)
    return parser


def commit_folder(repo: pygit2.Repository, root: Path, message: str, when: int = 1_750_000_000) -> pygit2.Oid:
    """Commit every file under root (but .git) as the whole tree of main."""
    def tree(folder: Path) -> pygit2.Oid:
        builder = repo.TreeBuilder()
        for child in sorted(folder.iterdir()):
            if child.name == ".git":
                continue
            if child.is_dir():
                builder.insert(child.name, tree(child), pygit2.enums.FileMode.TREE)
            else:
                builder.insert(child.name, repo.create_blob(child.read_bytes()), pygit2.enums.FileMode.BLOB)
        return builder.write()

    sig = pygit2.Signature("Thư ký ISO", "iso@example.vn", when, 420)
    parents = [] if repo.head_is_unborn else [repo.head.target]
    return repo.create_commit("refs/heads/main", sig, sig, message, tree(root), parents)


if __name__ == "__main__":
    parser = province_arguments(__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    generate(args.out, args.procedures, args.legal)
