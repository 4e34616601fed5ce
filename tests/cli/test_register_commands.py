"""`isodocs legal`, `coverage` and `rename-unit` from the command line: outputs and exit codes."""

from __future__ import annotations

import json
import zipfile

from support.cli import invoke
from support.manual import CONFIG, LEGAL, LEGAL_PATH, make_manual

CATALOG = """\
catalog:
  - {code: "1.001193", name: Đăng ký khai sinh, field: Hộ tịch}
  - {code: "1.000656", name: Đăng ký khai tử, field: Hộ tịch}
"""
DECISION = """\
- number: 2150/QĐ-UBND
  type: Quyết định
  title: Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch
  issued: 2025-08-15
  status: in_force
  tthc: {added: ["1.004859"], modified: ["1.001193"]}
"""


def catalogued(tmp_path):
    return make_manual(tmp_path, {"isodocs.yaml": CONFIG + CATALOG, LEGAL_PATH: LEGAL + DECISION}, standard=True)


def test_coverage_text_json_and_fail_under(tmp_path):
    root = catalogued(tmp_path)
    text = invoke(["coverage", "-C", str(root)])
    assert text.exit_code == 0
    assert "1/3 thủ tục hành chính đã có quy trình ISO (33,3 %)." in text.output
    assert "1.004859" in text.output and "Công bố tại 2150/QĐ-UBND" in text.output
    data = json.loads(invoke(["coverage", "-C", str(root), "--format", "json"]).output)
    assert (data["tthc"]["covered"], data["tthc"]["required"], data["tthc"]["percent"]) == (1, 3, 33.3)
    assert data["tthc"]["gaps"] == ["1.000656", "1.004859"]
    assert (data["clauses"]["addressed"], data["clauses"]["total"]) == (5, 91)
    assert invoke(["coverage", "-C", str(root), "--fail-under", "33"]).exit_code == 0
    assert invoke(["coverage", "-C", str(root), "--fail-under", "100"]).exit_code == 1


def test_coverage_docx_is_a_word_document_with_the_figures(tmp_path):
    from docx import Document

    root = catalogued(tmp_path)
    result = invoke(["coverage", "-C", str(root), "--format", "docx", "--lang", "en", "--today", "2026-12-01"])
    assert result.exit_code == 0, result.output
    target = root / "build" / "coverage.docx"
    assert zipfile.is_zipfile(target)
    doc = Document(str(target))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "1 of 3 administrative procedures (TTHC) have an ISO procedure (33.3 %)." in text
    assert "Figures as of 01/12/2026" in text  # the day asked for, not the newest date in the manual
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    assert {"1.000656", "1.004859", "8.3", "Design and development of products and services"} <= cells
    rows = {row.cells[0].text: row.cells[1].text for t in doc.tables for row in t.rows}
    assert rows["4.4"] == "Quality management system and its processes"
    assert rows["4.4.1"] == rows["4.4.2"] == ""  # no title of their own: the parent's is not repeated
    again = tmp_path / "again.docx"
    assert invoke(["coverage", "-C", str(root), "--format", "docx", "--lang", "en", "-o", str(again),
                   "--today", "2026-12-01"]).exit_code == 0
    assert again.read_bytes() == target.read_bytes()  # reproducible


def test_legal_list_filters_by_status_and_speaks_json(tmp_path):
    root = catalogued(tmp_path)
    expired = invoke(["legal", "list", "-C", str(root), "--status", "expired", "--lang", "en"])
    assert expired.exit_code == 0
    assert [line.split()[0] for line in expired.output.splitlines()[:-1]] == ["61/2018/NĐ-CP", "06/2012/TT-BTP"]
    assert expired.output.splitlines()[-1] == "2 of 6 entries."
    entries = json.loads(invoke(["legal", "list", "-C", str(root), "--format", "json"]).output)
    decision = next(e for e in entries if e["number"] == "2150/QĐ-UBND")
    assert decision["tthc"]["modified"] == [{"code": "1.001193", "procedures": ["QT-HT-01"]}]
    assert decision["tthc"]["added"] == [{"code": "1.004859", "procedures": []}]


def test_legal_show_gives_relations_both_ways_and_citations(tmp_path):
    root = catalogued(tmp_path)
    replacement = json.loads(invoke(["legal", "show", "118/2025/nd-cp", "-C", str(root), "--format", "json"]).output)
    assert replacement["replaces"] == [{"number": "61/2018/NĐ-CP", "registered": True}]
    cited = json.loads(invoke(["legal", "show", "123/2015/NĐ-CP", "-C", str(root), "--format", "json"]).output)
    assert [(c["code"], c["field"], c["revision"]) for c in cited["cited_by"]] == [
        ("QT-HT-01", "legal_basis", None), ("QT-HT-01", "changes", 2)]
    text = invoke(["legal", "show", "123/2015/NĐ-CP", "-C", str(root)]).output
    assert "Được dẫn chiếu bởi (1):" in text and "QT-HT-01 (sửa đổi lần 2)" in text
    assert invoke(["legal", "show", "1/2000/NĐ-CP", "-C", str(root)]).exit_code == 2


def test_a_manual_that_cannot_be_read_stops_with_exit_1(tmp_path):
    root = make_manual(tmp_path, {"isodocs.yaml": "agency: [\n"})
    for args in (["coverage"], ["legal", "list"], ["rename-unit", "A", "B"]):
        result = invoke([*args, str(root)])
        assert result.exit_code == 1 and "F103" in result.output, args


def test_rename_unit_apply_writes_and_marks_and_bad_names_are_refused(tmp_path):
    root = make_manual(tmp_path, standard=True)
    path = root / "documents/QT-HT-01.yaml"
    before = path.read_text(encoding="utf-8")
    listing = invoke(["rename-unit", "Công chức tiếp nhận", "Công chức Một cửa", "-C", str(root), "--lang", "en"])
    assert listing.exit_code == 0 and path.read_text(encoding="utf-8") == before
    assert "Found “Công chức tiếp nhận” 2 times in 1 file." in listing.output
    applied = invoke(["rename-unit", "Công chức tiếp nhận", "Công chức Một cửa", "-C", str(root), "--apply",
                      "--date", "2026-12-01", "--format", "json"])
    assert applied.exit_code == 0
    report = json.loads(applied.output)
    assert [(f["path"], f["written"], f["revision"]) for f in report["files"]] == [
        ("documents/QT-HT-01.yaml", True, 3)]
    after = path.read_text(encoding="utf-8")
    assert "Công chức tiếp nhận" not in after.split("changes:")[1].split("purpose:")[1]
    assert "revision: 3\n" in after and "issued: 2026-12-01\n" in after
    assert invoke(["check", "-C", str(root)]).exit_code == 0
    assert invoke(["rename-unit", "Tổ A", " Tổ A ", "-C", str(root)]).exit_code == 2
    assert invoke(["rename-unit", "", "Tổ B", "-C", str(root)]).exit_code == 2


def test_check_today_option_judges_dates(tmp_path):
    legal = LEGAL + ("- number: 9/2026/NĐ-CP\n  type: Nghị định\n  title: Sắp có hiệu lực\n  issued: 2026-01-01\n"
                     "  effective: 2026-03-01\n  status: not_yet_effective\n")
    root = make_manual(tmp_path, {LEGAL_PATH: legal}, standard=True)
    assert "L408" not in invoke(["check", "-C", str(root), "--today", "2026-02-01"]).output
    late = invoke(["check", "-C", str(root), "--today", "2026-03-01", "--lang", "en"])
    assert late.exit_code == 0 and "L408 warning" in late.output and "took effect on 01/03/2026" in late.output
