"""Coverage on a known fixture: TTHC against the catalogue and publication decisions, and the
clauses of ISO 9001:2015 against the documents' `clauses`."""

from __future__ import annotations

import pytest

from isodocs.legal.coverage import coverage, percent
from isodocs.model import iso9001

from support.manual import CONFIG, LEGAL, LEGAL_PATH, PROCEDURE, load_manual, make_manual

CATALOG = """\
catalog:
  - {code: "1.001193", name: Đăng ký khai sinh, field: Hộ tịch}
  - {code: "1.000656", name: Đăng ký khai tử, field: Hộ tịch}
  - {code: "1.000894", name: Đăng ký kết hôn, field: Hộ tịch}
"""
DECISION = """\
- number: 2150/QĐ-UBND
  type: Quyết định
  title: Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch
  issued: 2025-08-15
  status: in_force
  tthc: {added: ["1.004859"], modified: ["1.001193"], rescinded: ["1.000894"]}
"""
# A second procedure, for a TTHC neither catalogued nor published.
OTHER = (PROCEDURE.replace("code: QT-HT-01", "code: QT-CT-01").replace('code: "1.001193"', 'code: "2.000815"')
         .replace("name: Đăng ký khai sinh", "name: Chứng thực bản sao").replace('clauses: ["7.5", "8.2.1"]',
                                                                             'clauses: ["8.7", "8.2.9"]'))


@pytest.fixture
def known(tmp_path):
    root = make_manual(tmp_path, {"isodocs.yaml": CONFIG + CATALOG, LEGAL_PATH: LEGAL + DECISION,
                                  "documents/QT-CT-01.yaml": OTHER}, standard=True)
    return load_manual(root).manual


def test_tthc_coverage_of_the_known_fixture(known):
    tthc = coverage(known).tthc
    assert [(line.code, line.procedures, line.in_catalog, line.added_by) for line in tthc.required] == [
        ("1.001193", ("QT-HT-01",), True, ()),
        ("1.000656", (), True, ()),
        ("1.004859", (), False, ("2150/QĐ-UBND",)),  # published, no procedure: a gap
    ]
    assert (tthc.covered, len(tthc.required), tthc.percent) == (1, 3, 33.3)
    assert [line.code for line in tthc.gaps] == ["1.000656", "1.004859"]
    assert [(line.code, line.rescinded_by) for line in tthc.rescinded] == [("1.000894", "2150/QĐ-UBND")]
    assert [(line.code, line.name, line.procedures) for line in tthc.outside] == [
        ("2.000815", "Chứng thực bản sao", ("QT-CT-01",))]


def test_without_catalogue_or_decision_there_is_no_percentage(manual):
    tthc = coverage(load_manual(manual).manual).tthc
    assert (tthc.required, tthc.percent, tthc.has_catalog) == ((), None, False)
    assert [line.code for line in tthc.outside] == ["1.001193"]


def test_clause_coverage_of_the_known_fixture(known):
    clauses = coverage(known).clauses
    addressed = {line.clause.number: line.documents for line in clauses.lines if line.addressed}
    # QT-HT-01 cites 7.5 and 8.2.1; QT-CT-01 cites 8.7 (with its untitled 8.7.1, 8.7.2) and 8.2.9
    assert addressed == {"7": ("QT-HT-01",), "7.5": ("QT-HT-01",), "8": ("QT-CT-01", "QT-HT-01"),
                         "8.2": ("QT-HT-01",), "8.2.1": ("QT-HT-01",), "8.7": ("QT-CT-01",),
                         "8.7.1": ("QT-CT-01",), "8.7.2": ("QT-CT-01",)}
    assert (clauses.addressed, len(clauses.lines), clauses.percent) == (8, 91, 8.7)
    assert clauses.unknown == (("QT-CT-01", "8.2.9"),)
    gaps = [line.clause.number for line in clauses.gaps]
    assert gaps == ["4", "5", "6", "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2.2",
                    "8.2.3", "8.2.4", "8.3", "8.4", "8.5", "8.6", "9", "10"]


WITHDRAWN = "code: {code}\naction: withdraw\nby: minh.lv\nname: Lê Văn Minh\ndate: 2025-11-01\n"


def test_a_withdrawn_document_counts_for_nothing(tmp_path):
    """Its file may stay after `isodocs withdraw`: a TTHC only it served is a gap, a clause only
    it addressed is not addressed, and a rescinded TTHC lists no procedure left to withdraw."""
    withdrawn = {f"approvals/{code}/withdrawn.yaml": WITHDRAWN.format(code=code) for code in ("QT-HT-01", "QT-CT-01")}
    root = make_manual(tmp_path, {"isodocs.yaml": CONFIG + CATALOG, LEGAL_PATH: LEGAL + DECISION,
                                  "documents/QT-CT-01.yaml": OTHER, **withdrawn}, standard=True)
    found = coverage(load_manual(root).manual)
    assert [(line.code, line.procedures) for line in found.tthc.required] == [
        ("1.001193", ()), ("1.000656", ()), ("1.004859", ())]
    assert found.tthc.covered == 0 and found.tthc.outside == ()
    addressed = {line.clause.number for line in found.clauses.lines if line.addressed}
    assert "8.7" not in addressed and "7.5" not in addressed and found.clauses.unknown == ()


def test_percentages_never_round_up_to_a_full_hundred():
    assert percent(9999, 10000) == 99.9
    assert percent(2, 3) == 66.6
    assert percent(3, 3) == 100.0
    assert percent(0, 0) is None


def test_the_clause_table_is_the_standards():
    table = iso9001.clauses()
    assert list(table)[:3] == ["4", "4.1", "4.2"] and list(table)[-1] == "10.3"
    for number in ("7.1.1", "7.1.6", "7.5.3", "8.2.4", "8.3.6", "8.4.3", "8.5.6", "8.7.2", "9.1.3", "9.2.2",
                   "9.3.3", "10.2.2", "7.1.5.2"):
        assert number in table
    for number in ("4.5", "7.6", "8.8", "10.4", "11", "3", "8.5.7"):
        assert number not in table
    assert all(c.parent in table for c in table.values() if c.parent)
    assert table["8.7.1"].vi == table["8.7"].vi and not table["8.7.1"].titled
    assert iso9001.with_parents("8.5.1") == ("8.5.1", "8.5", "8")


def test_processing_time_against_the_target(tmp_path):
    """QT-HT-01's steps take its whole limit (8 of 8 working hours): it misses a 30 % target;
    the v2 procedure's steps take 8 of 40 hours (5 working days), not counting another
    agency's step, which the line names."""
    from support.cli import invoke
    from support.formatv2 import V2_PATH, V2_PROCEDURE

    root = make_manual(tmp_path, {"isodocs.yaml": CONFIG + "time_reduction_target: 30\n", V2_PATH: V2_PROCEDURE},
                       standard=True)
    times = coverage(load_manual(root).manual).times
    assert times.target == 30 and [line.code for line in times.missed] == ["QT-HT-01"]
    [v2] = [line for line in times.lines if line.code == "QT-HT-05"]
    assert (v2.steps_hours, v2.limit_hours, v2.reduction, v2.uncounted, v2.meets) == (8, 40, 80, (3,), True)
    text = invoke(["coverage", "-C", str(root), "--lang", "vi"]).output
    assert "1/2 quy trình chưa đạt chỉ tiêu rút ngắn 30% thời gian giải quyết" in text
    assert "QT-HT-05 | 1.005461 | 8 (Chưa tính bước 3) | 40 | 80 | Đạt" in text
    assert "QT-HT-01 | 1.001193 | 8 | 8 | 0 | Không đạt" in text
    data = invoke(["coverage", "-C", str(root), "--format", "json"]).output
    import json

    assert json.loads(data)["times"]["missed"] == ["QT-HT-01"]


def test_without_a_target_each_procedure_s_reduction_is_still_shown(manual):
    times = coverage(load_manual(manual).manual).times
    assert times.target is None and times.missed == ()
    assert [(line.code, line.reduction, line.meets) for line in times.lines] == [("QT-HT-01", 0, None)]
