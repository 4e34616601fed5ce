"""The standard test manual, a minimal valid one that each test changes, and ways to write,
change and load it.

`make_manual(tmp_path, files)` writes CONFIG as isodocs.yaml plus the given files (a value of
None leaves a file out, so a test can drop the default isodocs.yaml); with `standard=True` it
adds the three default documents and the legal register, which check cleanly together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

from isodocs.check import check
from isodocs.diagnostics import Diagnostic
from isodocs.load.source import open_source
from isodocs.model.reader import Loaded, load

CONFIG = """\
agency:
  name: Ủy ban nhân dân xã Tân Phú
  short_name: UBND xã Tân Phú
language: vi
code_pattern: '^[A-Z]{2,5}(-[A-Z0-9]+)+$'
people:
  lan.nt: {name: Nguyễn Thị Lan, title: Công chức Tư pháp - Hộ tịch}
  hung.tv: {name: Trần Văn Hùng, title: Phó Chủ tịch UBND xã}
  minh.lv: {name: Lê Văn Minh, title: Chủ tịch UBND xã}
roles:
  reviewers: [hung.tv, minh.lv]
  approvers: [minh.lv]
"""

# Line numbers matter: the rule tests point at them. Keep this text's layout stable.
PROCEDURE = """\
code: QT-HT-01
title: Quy trình đăng ký khai sinh
kind: procedure
revision: 2
issued: 2025-07-15
effective: 2025-08-01
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
legal_basis: [60/2014/QH13, 123/2015/NĐ-CP]
references: [CS-01]
clauses: ["7.5", "8.2.1"]
changes:
  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}
  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}
purpose: Quy định trình tự đăng ký khai sinh.
scope: Áp dụng tại UBND xã.
tthc:
  code: "1.001193"
  name: Đăng ký khai sinh
  time_limit: {value: 1, unit: working_days}
  dossier:
    - {name: Tờ khai đăng ký khai sinh, originals: 1, copies: 0, form: BM-HT-01}
steps:
  - {no: 1, action: Tiếp nhận hồ sơ, actor: Công chức tiếp nhận, time: {value: 0.5, unit: working_hours}, forms: [BM-HT-01]}
  - {no: 2, action: Giải quyết, actor: Công chức Tư pháp - Hộ tịch, time: {value: 6, unit: working_hours}}
  - {no: 3, action: Trả kết quả, actor: Công chức tiếp nhận, time: {value: 1.5, unit: working_hours}}
forms:
  - {code: BM-HT-01, title: Tờ khai đăng ký khai sinh, source: external}
records:
  - {name: Sổ đăng ký khai sinh, keeper: Công chức Tư pháp - Hộ tịch, retention: vĩnh viễn}
"""

POLICY = """\
---
code: CS-01
title: Chính sách chất lượng
kind: policy
revision: 1
issued: 2024-03-01
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
changes:
  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}
---
# Chính sách chất lượng

Ủy ban nhân dân xã cam kết giải quyết thủ tục đúng hạn.
"""

OBJECTIVES = """\
code: MT-2025
title: Mục tiêu chất lượng năm 2025
kind: objectives
revision: 1
issued: 2025-01-05
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
changes:
  - {revision: 1, date: 2025-01-05, summary: Ban hành lần đầu}
year: 2025
objectives:
  - id: MT-01
    text: Tỷ lệ hồ sơ giải quyết đúng hạn
    unit: "%"
    target: {op: ">=", value: 98}
    frequency: monthly
    results:
      - {period: 2025-Q1, value: 99.2}
  - id: MT-02
    text: Không có phản ánh, kiến nghị
    target: {op: "=", value: 0}
"""

LEGAL = """\
- number: 60/2014/QH13
  type: Luật
  issuer: Quốc hội
  title: Luật Hộ tịch
  issued: 2014-11-20
  effective: 2016-01-01
  status: in_force
- number: 123/2015/NĐ-CP
  type: Nghị định
  issuer: Chính phủ
  title: Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch
  issued: 2015-11-15
  status: partly_expired
- number: 61/2018/NĐ-CP
  type: Nghị định
  title: Về thực hiện cơ chế một cửa
  issued: 2018-04-23
  status: expired
  expired_on: 2025-07-01
  replaced_by: 118/2025/NĐ-CP
- number: 118/2025/NĐ-CP
  type: Nghị định
  title: Về thực hiện thủ tục hành chính theo cơ chế một cửa
  issued: 2025-06-09
  status: in_force
- number: 06/2012/TT-BTP
  type: Thông tư
  title: Thông tư đã hết hiệu lực, không có văn bản thay thế
  issued: 2012-01-01
  status: expired
  expired_on: 2016-01-01
"""

PROCEDURE_PATH = "documents/QT-HT-01.yaml"
POLICY_PATH = "documents/CS-01.md"
OBJECTIVES_PATH = "documents/MT-2025.yaml"
LEGAL_PATH = "legal/register.yaml"

STANDARD_FILES: dict[str, str] = {
    PROCEDURE_PATH: PROCEDURE,
    POLICY_PATH: POLICY,
    OBJECTIVES_PATH: OBJECTIVES,
    LEGAL_PATH: LEGAL,
}

Files = Mapping[str, "str | bytes | None"]


def write_files(root: Path, files: Files) -> Path:
    for rel, content in files.items():
        target = root / rel
        if content is None:
            if target.exists():
                target.unlink()
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8", newline="")
    return root


def make_manual(tmp_path: Path, files: Files = {}, *, standard: bool = False, name: str = "manual") -> Path:
    """A manual in tmp_path/name: isodocs.yaml (CONFIG) plus `files`; with `standard`, also
    the default documents and legal register (which `files` may override or drop with None)."""
    root = tmp_path / name
    root.mkdir(parents=True, exist_ok=True)
    base: dict = {"isodocs.yaml": CONFIG}
    if standard:
        base.update(STANDARD_FILES)
    base.update(files)
    return write_files(root, base)


def replace_line(text: str, old: str, new: str) -> str:
    """`text` with the one line equal to `old` (stripped) replaced by `new` (None deletes it)."""
    lines = text.split("\n")
    hits = [i for i, line in enumerate(lines) if line.strip() == old.strip()]
    assert len(hits) == 1, f"{old!r} found {len(hits)} times"
    if new is None:
        del lines[hits[0]]
    else:
        lines[hits[0]] = new
    return "\n".join(lines)


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """1-based number of the line holding the nth occurrence of needle."""
    count = 0
    for i, line in enumerate(text.split("\n"), 1):
        if needle in line:
            count += 1
            if count == nth:
                return i
    raise AssertionError(f"{needle!r} not found")


def load_manual(root: Path, rev: str | None = None) -> Loaded:
    return load(open_source(root, rev))


def run_check(root: Path, rev: str | None = None) -> list[Diagnostic]:
    return check(load_manual(root, rev))


def codes(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def only(diagnostics, code: str) -> Diagnostic:
    found = [d for d in diagnostics if d.code == code]
    assert len(found) == 1, f"expected one {code}, got {[(d.code, d.path, d.line) for d in diagnostics]}"
    return found[0]


# --- in-memory source (property tests: no disk) ------------------------------------------------

class MemorySource:
    """A manual held in a dict of path -> bytes; the same interface load() uses."""

    label = "memory"
    commit = ""
    commit_time = None

    def __init__(self, files: Mapping[str, bytes]):
        from isodocs.load.source import Source

        self.files = dict(files)
        self._source = Source()

    def entries(self):
        from isodocs.load.source import SCANNED_DIRS, Entry

        keep = [p for p in self.files if p in ("isodocs.yaml", "reference.docx") or p.split("/")[0] in SCANNED_DIRS]
        return [Entry(p, len(self.files[p])) for p in sorted(keep)]

    def read(self, path: str) -> bytes:
        return self.files[path]

    def blob_id(self, path: str, data: bytes) -> str:
        return self._source.blob_id(path, data)

    def exists(self, rel: str) -> bool:
        from isodocs.load.source import inside, normalise

        return inside(rel) and normalise(rel) in self.files


def standard_bytes(overrides: Files = {}) -> dict[str, bytes]:
    files: dict = {"isodocs.yaml": CONFIG, **STANDARD_FILES, **overrides}
    return {k: v.encode("utf-8") if isinstance(v, str) else v for k, v in files.items() if v is not None}


# --- small edits of the standard texts, and documents to add ------------------------------------


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def proc(old: str, new: str) -> str:
    return edit(PROCEDURE, old, new)


# A form document; its `attachment` is filled in with .format().
FORM_DOC = """\
---
code: BM-HT-05
title: Mẫu đơn đề nghị
kind: form
revision: 1
issued: 2024-03-01
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv
attachment: {attachment}
changes:
  - {{revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}}
---
"""
FORM_PATH = "documents/bieu-mau/BM-HT-05.md"

# A billion laughs: YAML aliases that would expand to 9**7 items.
BOMB = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
"""

# The procedure's two rows under `changes`, as PROCEDURE writes them.
ROW1 = "  - {revision: 1, date: 2024-03-01, summary: Ban hành lần đầu}\n"
ROW2 = "  - {revision: 2, date: 2025-07-15, summary: Cập nhật, reason: legal_change, refs: [123/2015/NĐ-CP]}\n"
