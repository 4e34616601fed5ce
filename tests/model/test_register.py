"""The legal register as a graph (isodocs.model.register): relations both ways, chains, cycles,
status against dates, and what publication decisions do to TTHC codes."""

from __future__ import annotations

import datetime as dt

import pytest

from isodocs.model.register import (
    analyse,
    find_cycles,
    makes_suspect,
    relation_cycles,
    rescinded_but_served,
    status_problems,
    suspect_decisions,
)

from support.manual import LEGAL, LEGAL_PATH, PROCEDURE, PROCEDURE_PATH, load_manual, make_manual

TODAY = dt.date(2026, 1, 15)


def entry(number: str, *lines: str, status: str = "in_force", issued: str = "2020-01-01") -> str:
    body = "".join(f"  {line}\n" for line in lines)
    return f"- number: {number}\n  type: Nghị định\n  title: Văn bản {number}\n  issued: {issued}\n  status: {status}\n{body}"


def register_of(tmp_path, legal: str, files: dict | None = None):
    root = make_manual(tmp_path, {LEGAL_PATH: legal, **(files or {})}, standard=True)
    return analyse(load_manual(root).manual)


def test_inverse_relations_are_derived_and_spelling_does_not_matter(tmp_path):
    legal = (entry("1/2020/NĐ-CP", "amended_by: [2/2021/ND-CP, 3/2022/NĐ-CP]", "replaced_by: 4/2024/NĐ-CP",
                   status="expired")
             + entry("2/2021/NĐ-CP") + entry("3/2022/NĐ-CP") + entry("4/2024/NĐ-CP", "replaced_by: 5/2025/NĐ-CP")
             + entry("5/2025/NĐ-CP"))
    reg = register_of(tmp_path, legal)
    assert reg.amends("2/2021/NĐ-CP") == ("1/2020/NĐ-CP",)
    assert reg.amends("3/2022/nd-cp") == ("1/2020/NĐ-CP",)
    assert reg.replaces("4/2024/NĐ-CP") == ("1/2020/NĐ-CP",)
    assert reg.replacement_chain(reg.entry("1/2020/NĐ-CP")) == ("4/2024/NĐ-CP", "5/2025/NĐ-CP")
    assert reg.entry("1/2020/ND-CP").number == "1/2020/NĐ-CP"


def test_citations_come_from_legal_basis_and_change_rows(tmp_path):
    reg = register_of(tmp_path, LEGAL)
    cited = reg.citations("123/2015/ND-CP")
    assert [(c.code, c.field, c.revision) for c in cited] == [("QT-HT-01", "legal_basis", None),
                                                            ("QT-HT-01", "changes", 2)]
    assert cited[0].path == PROCEDURE_PATH
    assert reg.citations("06/2012/TT-BTP") == ()


def test_cycles_are_found_once_each():
    edges = {"a": ("b",), "b": ("c",), "c": ("a",), "d": ("d",), "e": ("a",), "f": ()}
    assert find_cycles(edges) == [("a", "b", "c"), ("d",)]
    long_chain = {str(i): (str(i + 1),) for i in range(5000)}  # no recursion limit
    assert find_cycles(long_chain) == []


def test_replacement_cycle_is_reported_and_the_chain_stops(tmp_path):
    legal = entry("1/2020/NĐ-CP", "replaced_by: 2/2021/NĐ-CP", status="expired") + \
        entry("2/2021/NĐ-CP", "replaced_by: 1/2020/NĐ-CP", status="expired")
    reg = register_of(tmp_path, legal, {PROCEDURE_PATH: None})
    [(relation, cycle)] = list(relation_cycles(reg))
    assert relation == "replaced_by" and [e.number for e in cycle] == ["1/2020/NĐ-CP", "2/2021/NĐ-CP"]
    assert reg.replacement_chain(cycle[0]) == ("2/2021/NĐ-CP",)


@pytest.mark.parametrize("lines, status, reasons", [
    (("effective: 2020-01-01",), "in_force", []),
    (("effective: 2019-12-01",), "in_force", ["effective_before_issued"]),
    ((), "expired", ["expired_without_date"]),
    (("expired_on: 2026-06-01",), "expired", ["expired_in_future"]),
    (("expired_on: 2026-01-15",), "in_force", ["in_force_but_expired"]),
    (("expired_on: 2026-06-01",), "in_force", []),  # expiry already announced: still in force today
    (("effective: 2026-03-01",), "in_force", ["in_force_before_effective"]),
    ((), "not_yet_effective", ["not_yet_effective_without_date"]),
    (("effective: 2026-01-15",), "not_yet_effective", ["not_yet_effective_but_effective"]),
    (("effective: 2026-03-01",), "not_yet_effective", []),
    (("effective: 2021-01-01", "expired_on: 2020-06-01"), "expired", ["expires_before_effective"]),
])
def test_status_against_dates(tmp_path, lines, status, reasons):
    reg = register_of(tmp_path, entry("1/2020/NĐ-CP", *lines, status=status), {PROCEDURE_PATH: None})
    found = [p.reason for p in status_problems(reg, reg.entry("1/2020/NĐ-CP"), TODAY)]
    assert found == reasons


@pytest.mark.parametrize("replacement_effective, status, inconsistent", [
    ("2025-07-01", "in_force", True),  # the replacement is in force: the old one is not
    ("2026-07-01", "in_force", False),  # signed, not yet in force: the old one still is
    ("2025-07-01", "partly_expired", False),
    ("2025-07-01", "expired", False),
])
def test_replaced_by_implies_no_longer_in_force_once_the_replacement_is(tmp_path, replacement_effective, status,
                                                                         inconsistent):
    lines = ("replaced_by: 2/2025/NĐ-CP",) + (("expired_on: 2025-07-01",) if status == "expired" else ())
    legal = entry("1/2020/NĐ-CP", *lines, status=status) + \
        entry("2/2025/NĐ-CP", f"effective: {replacement_effective}", issued="2025-06-01",
              status="in_force" if replacement_effective < "2026" else "not_yet_effective")
    reg = register_of(tmp_path, legal, {PROCEDURE_PATH: None})
    found = [p.reason for p in status_problems(reg, reg.entry("1/2020/NĐ-CP"), TODAY)]
    assert found == (["replaced_but_in_force"] if inconsistent else [])


DECISION = """\
- number: {number}
  type: Quyết định
  title: Công bố thủ tục hành chính
  issued: {issued}
  status: in_force
  tthc: {tthc}
"""


def decisions(*items: tuple[str, str, str]) -> str:
    return "".join(DECISION.format(number=n, issued=i, tthc=t) for n, i, t in items)


def test_the_latest_decision_about_a_code_decides_its_state(tmp_path):
    legal = LEGAL + decisions(("20/QĐ-UBND", "2025-09-01", '{rescinded: ["1.001193"]}'),
                              ("10/QĐ-UBND", "2025-03-01", '{added: ["1.001193"], modified: ["2.000001"]}'))
    reg = register_of(tmp_path, legal)
    assert [(a.action, a.decision.number) for a in reg.tthc_actions["1.001193"]] == [
        ("added", "10/QĐ-UBND"), ("rescinded", "20/QĐ-UBND")]
    assert reg.tthc_state("1.001193").action == "rescinded"
    assert [d.code for d in reg.serving["1.001193"]] == ["QT-HT-01"]


def test_a_modifying_decision_makes_a_procedure_approved_before_it_suspect(tmp_path):
    legal = LEGAL + decisions(("10/QĐ-UBND", "2025-03-01", '{modified: ["1.001193"]}'),
                              ("20/QĐ-UBND", "2025-09-01", '{modified: ["1.001193"], added: ["1.000001"]}'),
                              ("30/QĐ-UBND", "2025-10-01", '{rescinded: ["1.001193"]}'))
    reg = register_of(tmp_path, legal)
    ten, twenty, thirty = (reg.entry(n) for n in ("10/QĐ-UBND", "20/QĐ-UBND", "30/QĐ-UBND"))
    approved = dt.date(2025, 7, 20)
    assert not makes_suspect(ten, "1.001193", approved)  # approved after the decision was signed
    assert makes_suspect(twenty, "1.001193", approved)
    assert not makes_suspect(twenty, "1.000001", approved)  # added, not modified
    assert not makes_suspect(thirty, "1.001193", approved)  # rescinded: due for withdrawal, not suspect
    assert not makes_suspect(twenty, "1.001193", dt.date(2025, 9, 1))  # approved the day it was signed
    assert suspect_decisions(reg, "1.001193", approved) == (twenty,)
    assert suspect_decisions(reg, "1.001193", dt.date(2024, 1, 1)) == (ten, twenty)


def test_a_publication_decision_flags_the_procedure_by_its_tthc_code(tmp_path):
    """L409 points at the procedure serving the rescinded code, not at the decision."""
    from support.manual import run_check

    legal = LEGAL + decisions(("30/QĐ-UBND", "2025-10-01", '{rescinded: ["1.001193", "9.999999"]}'))
    root = make_manual(tmp_path, {LEGAL_PATH: legal}, standard=True)
    found = run_check(root)
    assert [(d.code, d.path, d.args["code"]) for d in found] == [("L409", PROCEDURE_PATH, "1.001193")]
    assert "30/QĐ-UBND" in found[0].message("vi")
    other = PROCEDURE.replace('code: "1.001193"', 'code: "1.001194"')
    root = make_manual(tmp_path, {LEGAL_PATH: legal, PROCEDURE_PATH: other}, standard=True, name="other")
    assert run_check(root) == []


WITHDRAWN = "code: QT-HT-01\naction: withdraw\nby: minh.lv\nname: Lê Văn Minh\ndate: 2025-11-01\n"


def test_a_withdrawn_procedure_serves_nothing_and_is_not_due_for_withdrawal(tmp_path):
    """Its file may stay after `isodocs withdraw`: it no longer serves its TTHC, so a rescinding
    decision asks nothing more of it (L409), whatever the withdrawal's date."""
    from support.manual import run_check

    legal = LEGAL + decisions(("30/QĐ-UBND", "2025-10-01", '{rescinded: ["1.001193"]}'))
    reg = register_of(tmp_path, legal, {"approvals/QT-HT-01/withdrawn.yaml": WITHDRAWN})
    assert "1.001193" not in reg.serving and list(rescinded_but_served(reg)) == []
    root = make_manual(tmp_path, {LEGAL_PATH: legal, "approvals/QT-HT-01/withdrawn.yaml": WITHDRAWN},
                       standard=True, name="checked")
    assert run_check(root) == []
    # a withdrawal record that failed its schema but kept its code and action still withdraws
    salvaged = WITHDRAWN + "reason: 17\n"
    root = make_manual(tmp_path, {LEGAL_PATH: legal, "approvals/QT-HT-01/withdrawn.yaml": salvaged},
                       standard=True, name="salvaged")
    assert [d.code for d in run_check(root)] == ["S203"]


def test_check_judges_dates_by_the_day_it_is_given(tmp_path):
    from isodocs.check import check

    legal = LEGAL + entry("9/2026/NĐ-CP", "effective: 2026-03-01", status="not_yet_effective", issued="2026-01-01")
    loaded = load_manual(make_manual(tmp_path, {LEGAL_PATH: legal}, standard=True))
    assert check(loaded, dt.date(2026, 2, 1)) == []
    assert [d.code for d in check(loaded, dt.date(2026, 3, 1))] == ["L408"]


@pytest.mark.parametrize("written, official", [
    ("123/2015/nd-cp", "123/2015/NĐ-CP"),
    ("19/2014/QĐ-TTG", "19/2014/QĐ-TTg"),
    ("101/QD-BKHCN", "101/QĐ-BKHCN"),
    ("60/2014/qh13", "60/2014/QH13"),
    ("3027/QĐ-UBND", "3027/QĐ-UBND"),  # UBND keeps its plain D: it is not a type code
])
def test_numbers_get_the_official_case_of_their_symbols(tmp_path, written, official):
    from support.manual import codes, run_check

    root = make_manual(tmp_path, {LEGAL_PATH: entry(written), PROCEDURE_PATH: None}, standard=True)
    found = run_check(root)
    if written == official:
        assert found == []
    else:
        assert codes(found) == ["L404"] and found[0].args == {"number": written, "official": official}
