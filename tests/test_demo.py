"""The bundled demo: a realistic manual that checks clean, is approved in Git, and builds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from isodocs.check import check
from isodocs.load.source import open_source
from isodocs.model.lifecycle import records, statuses
from isodocs.model.reader import load

from support.cli import invoke

DEMO = Path(__file__).resolve().parent.parent / "examples" / "agency_demo"
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def committed():
    return load(open_source(DEMO, "HEAD"))


def test_the_demo_checks_clean_in_the_working_tree_and_in_git(committed):
    assert check(load(open_source(DEMO)), TODAY) == []
    assert check(committed, TODAY) == []


def test_the_demo_has_what_the_framework_model_asks_for(committed):
    manual = committed.manual
    kinds = {d.kind for d in manual.documents}
    assert {"policy", "objectives", "procedure", "manual", "form"} <= kinds
    tthc = [d for d in manual.documents if d.procedure and d.procedure.tthc]
    assert len(tthc) >= 5 and all(d.legal_basis for d in tthc)
    assert len(manual.legal) >= 10
    met = [o.met for d in manual.documents if d.objectives for o in d.objectives.objectives]
    assert True in met and False in met and None in met


def test_every_demo_document_is_approved_and_one_has_two_approved_revisions(committed):
    found = statuses(committed.manual, TODAY)
    assert {s.state for s in found} == {"effective"}
    approvals, _ = records(committed.manual)["QT-HT-04"]
    assert [a.revision for a in approvals] == [1, 2]
    assert approvals[-1].decision == "98/QĐ-UBND"


def test_the_official_demo_manual_builds_and_verifies(tmp_path):
    out = tmp_path / "out"
    day = ["--today", TODAY.isoformat()]
    built = invoke(["build", "-C", str(DEMO), "-o", str(out), "--lang", "en", *day])
    assert built.exit_code == 0, built.output
    assert (out / "manual.docx").exists() and (out / "QT-HT-04.docx").exists()
    verified = invoke(["verify", str(out / "QT-HT-04.docx"), "-C", str(DEMO), "--lang", "en", *day])
    assert verified.exit_code == 0, verified.output
    assert "exact" in verified.output and "QT-HT-04 revision 02: in force" in verified.output


def test_two_approvals_of_a_demo_document_compare(tmp_path):
    result = invoke(["diff", "QT-HT-04@r1", "QT-HT-04@r2", "-C", str(DEMO), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "  ~ Revision: 01 → 02" in result.stdout.splitlines()
    assert "1 document changed" in result.stdout.splitlines()[0]
    missing = invoke(["diff", "QT-HT-04@r7", "-C", str(DEMO), "--lang", "en"])
    assert missing.exit_code == 2 and "no approved revision 7" in missing.output
