"""Two versions of the standard test manual (tests/support/manual.py) with one of every kind of
change the diff reports, for the engine, output and CLI tests.

V1 is the standard manual. V2 revises the procedure (control block, legal basis, TTHC fields,
dossier, steps inserted and changed and renumbered, forms, records), the objectives (a target,
a result, one objective's id and text rewritten), renames the policy (new code and file, edited
text), and adds a guideline. V2 checks clean.
"""

from __future__ import annotations

from isodocs.model.reader import load

from support.manual import (
    CONFIG,
    LEGAL_PATH,
    OBJECTIVES,
    OBJECTIVES_PATH,
    POLICY,
    POLICY_PATH,
    PROCEDURE,
    PROCEDURE_PATH,
    STANDARD_FILES,
    MemorySource,
    replace_line,
)


def _edit(text: str, *pairs: tuple[str, str | None]) -> str:
    for old, new in pairs:
        text = replace_line(text, old, new)
    return text


PROCEDURE_V2 = _edit(
    PROCEDURE,
    ("revision: 2", "revision: 3"),
    ("issued: 2025-07-15", "issued: 2025-10-01"),
    ("effective: 2025-08-01", "effective: 2025-10-15"),
    ("reviewed_by: hung.tv", "reviewed_by: minh.lv"),
    ("legal_basis: [60/2014/QH13, 123/2015/NĐ-CP]", "legal_basis: [60/2014/QH13, 118/2025/NĐ-CP]"),
    ("  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}",
     "  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}\n"
     "  - {revision: 3, date: 2025-10-01, summary: Thêm bước thẩm định, reason: process_change}"),
    ("purpose: Quy định trình tự đăng ký khai sinh.",
     "purpose: Quy định trình tự, thời hạn đăng ký khai sinh cho trẻ em."),
    ("references: [CS-01]", "references: [CS-02]"),
    ("  time_limit: {value: 1, unit: working_days}",
     "  time_limit: {value: 8, unit: working_hours}\n  fee: 8.000 đồng\n  channels: [in_person, online]"),
    ("    - {name: Tờ khai đăng ký khai sinh, originals: 1, copies: 0, form: BM-HT-01}",
     "    - {name: Tờ khai đăng ký khai sinh, originals: 1, copies: 1, form: BM-HT-01}\n"
     "    - {name: Giấy chứng sinh, originals: 1, copies: 0}"),
    ("  - {no: 2, action: Giải quyết, actor: Công chức Tư pháp - Hộ tịch, time: {value: 6, unit: working_hours}}",
     "  - {no: 2, action: Thẩm định hồ sơ, actor: Công chức Tư pháp - Hộ tịch, time: {value: 1, unit: working_hours}}\n"
     "  - {no: 3, action: Giải quyết, actor: Công chức Tư pháp - Hộ tịch, time: {value: 3.5, unit: working_hours}}"),
    ("  - {no: 3, action: Trả kết quả, actor: Công chức tiếp nhận, time: {value: 1.5, unit: working_hours}}",
     "  - {no: 4, action: Trả kết quả, actor: Công chức tiếp nhận, time: {value: 1.5, unit: working_hours}}"),
    ("  - {code: BM-HT-01, title: Tờ khai đăng ký khai sinh, source: external}",
     "  - {code: BM-HT-01, title: Tờ khai đăng ký khai sinh, source: external}\n"
     "  - {code: BM-HT-02, title: Sổ theo dõi <tiếp nhận>, source: internal}"),
    ("  - {name: Sổ đăng ký khai sinh, keeper: Công chức Tư pháp - Hộ tịch, retention: vĩnh viễn}",
     "  - {name: Sổ đăng ký khai sinh, keeper: Công chức Tư pháp - Hộ tịch, retention: 20 năm}"),
)

OBJECTIVES_V2 = _edit(
    OBJECTIVES,
    ('    target: {op: ">=", value: 98}', '    target: {op: ">=", value: 99}'),
    ("      - {period: 2025-Q1, value: 99.2}", "      - {period: 2025-Q1, value: 99.2}\n      - {period: 2025-Q2, value: 97.5}"),
    ("  - id: MT-02", "  - id: MT-03"),
    ("    text: Không có phản ánh, kiến nghị", "    text: Trả lời 100% phản ánh, kiến nghị trong 5 ngày"),
    ('    target: {op: "=", value: 0}', '    unit: "%"\n    target: {op: "=", value: 100}'),
)

POLICY_V2_PATH = "documents/chinh-sach/CS-02.md"
POLICY_V2 = _edit(
    POLICY,
    ("code: CS-01", "code: CS-02"),
    ("Ủy ban nhân dân xã cam kết giải quyết thủ tục đúng hạn.",
     "Ủy ban nhân dân xã cam kết giải quyết thủ tục công khai, minh bạch và đúng hạn.\n\n"
     "Mọi công chức hiểu và thực hiện chính sách này."),
)

GUIDELINE_PATH = "documents/HD-01.md"
GUIDELINE = """\
---
code: HD-01
title: Hướng dẫn tiếp nhận hồ sơ trực tuyến
kind: guideline
revision: 1
issued: 2025-10-01
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
changes:
  - {revision: 1, date: 2025-10-01, summary: Ban hành lần đầu}
---
Kiểm tra hồ sơ trên Cổng dịch vụ công trong ngày làm việc.
"""

V1: dict[str, str | None] = {"isodocs.yaml": CONFIG, **STANDARD_FILES}
V2: dict[str, str | None] = {
    **V1,
    PROCEDURE_PATH: PROCEDURE_V2,
    OBJECTIVES_PATH: OBJECTIVES_V2,
    POLICY_PATH: None,
    POLICY_V2_PATH: POLICY_V2,
    GUIDELINE_PATH: GUIDELINE,
}


def as_bytes(files) -> dict[str, bytes]:
    return {k: v.encode("utf-8") for k, v in files.items() if v is not None}


def manual(files):
    loaded = load(MemorySource(as_bytes(files)))
    assert loaded.manual is not None, loaded.diagnostics
    return loaded.manual


__all__ = ["V1", "V2", "manual", "as_bytes", "LEGAL_PATH", "POLICY_PATH", "PROCEDURE_PATH", "OBJECTIVES_PATH",
           "POLICY_V2_PATH", "GUIDELINE_PATH"]
