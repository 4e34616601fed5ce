"""All errors at once, on the command line: `check` says every finding in one run, and every
command that builds or records still refuses a manual whose isodocs.yaml fails its schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pygit2
import pytest

from support.cli import invoke
from support.git import git_commit, git_init
from support.manual import CONFIG, PROCEDURE, PROCEDURE_PATH, make_manual, standard_bytes

DEMO = Path(__file__).resolve().parents[2] / "examples" / "agency_demo"
QT = "documents/tthc/ho-tich/QT-HT-02-dang-ky-ket-hon.yaml"
P501 = (f"{QT}:94:15: P501 error: The steps take 14.5 working hours, more than the time limit of 8 working "
        "hours.\n")


def demo(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> Path:
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    for path, (old, new) in edits.items():
        text = (root / path).read_text(encoding="utf-8")
        assert text.count(old) == 1
        (root / path).write_text(text.replace(old, new), encoding="utf-8")
    return root


# the demo's documents: every file under documents/ is one
DEMO_DOCUMENTS = sum(1 for p in (DEMO / "documents").rglob("*") if p.suffix in (".yaml", ".md"))

SLOW = ("time: {value: 2.5, unit: working_hours}", "time: {value: 9.5, unit: working_hours}")


def check(root: Path):
    return invoke(["check", "-C", str(root), "--lang", "en", "--today", "2026-12-01"])


def test_a_configuration_error_and_a_document_s_time_error_in_one_run(tmp_path):
    root = demo(tmp_path, {"isodocs.yaml": ("review_interval_months: 12", "review_interval_months: mười hai")})
    text = (root / QT).read_text(encoding="utf-8").replace(*SLOW)
    (root / QT).write_text(text, encoding="utf-8")
    result = check(root)
    assert result.exit_code == 1
    line = (root / "isodocs.yaml").read_text(encoding="utf-8").split("\n").index("review_interval_months: mười hai") + 1
    assert (f"isodocs.yaml:{line}:25: S202 error: `review_interval_months` must be a whole number, found text (mười "
            "hai).\n") in result.stdout
    assert P501 in result.stdout
    assert result.stdout.endswith(f"checked {DEMO_DOCUMENTS} documents and 20 legal entries.\n")
    as_json = json.loads(invoke(["check", "-C", str(root), "--format", "json", "--today", "2026-12-01"]).stdout)
    assert as_json["summary"] == {"errors": 3, "warnings": 0, "documents": DEMO_DOCUMENTS, "unread_documents": [],
                                  "legal_entries": 20}
    assert {d["code"] for d in as_json["diagnostics"]} == {"S202", "P501", "D315"}


def test_a_document_s_schema_error_and_its_time_error_in_one_run(tmp_path):
    root = demo(tmp_path, {QT: SLOW})
    text = (root / QT).read_text(encoding="utf-8").replace("  dossier_sets: 1", "  dossier_sets: một")
    (root / QT).write_text(text, encoding="utf-8")
    result = check(root)
    assert result.exit_code == 1
    assert f"{QT}:93:17: S202 error: `tthc.dossier_sets` must be a whole number, found text (một).\n" in result.stdout
    assert P501 in result.stdout
    # it is checked, but cannot be built: the summary names it as a file that could not be read
    assert result.stdout.endswith(f"checked {DEMO_DOCUMENTS} documents (1 could not be read: {QT}) and 20 legal entries.\n")
    assert result.stdout.count("P501") == 1
    # in JSON too, every document counts, those that could not be read named
    as_json = json.loads(invoke(["check", "-C", str(root), "--format", "json", "--today", "2026-12-01"]).stdout)
    assert as_json["summary"] == {"errors": 3, "warnings": 0, "documents": DEMO_DOCUMENTS, "unread_documents": [QT],
                                  "legal_entries": 20}


def test_a_required_key_s_error_and_the_same_document_s_time_error_in_one_run(tmp_path):
    """A title written as a list, a revision that is no number: the document is still judged."""
    root = demo(tmp_path, {QT: SLOW})
    text = (root / QT).read_text(encoding="utf-8").replace("title: Đăng ký kết hôn\n", "title: [Đăng ký kết hôn]\n")
    (root / QT).write_text(text.replace("\nrevision: 3\n", "\nrevision: abc\n"), encoding="utf-8")
    result = check(root)
    assert result.exit_code == 1
    assert f"{QT}:3:8: S202 error: `title` must be text, found a list ([" in result.stdout
    assert f"{QT}:5:11: S202 error: `revision` must be a whole number, found text (abc)." in result.stdout
    assert P501 in result.stdout
    assert result.stdout.endswith(f"checked {DEMO_DOCUMENTS} documents (1 could not be read: {QT}) and 20 legal "
                                  "entries.\n")


BROKEN = CONFIG + "review_interval_months: mười hai\n"  # salvaged for `check`, refused by the rest
UNUSABLE = "- agency\n"  # nothing of it to salvage: the documents are checked all the same


@pytest.fixture(params=[BROKEN, UNUSABLE], ids=["salvaged", "unusable"])
def committed(request, tmp_path):
    repo = git_init(tmp_path / "repo")
    git_commit(repo, standard_bytes({"isodocs.yaml": request.param}), "Sổ tay")
    index = repo.index
    index.read_tree(repo.head.peel(pygit2.Commit).tree)
    index.write()
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)
    return Path(repo.workdir)


def written(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if ".git" not in p.parts)


@pytest.mark.parametrize("args, says", [
    (["build"], "nothing was built"),
    (["build", "--draft"], "nothing was built"),
    (["approve", "QT-HT-01", "--by", "minh.lv"], "the committed isodocs.yaml cannot be read"),
    (["withdraw", "QT-HT-01", "--by", "minh.lv"], "the committed isodocs.yaml cannot be read"),
    (["distribution"], "the committed isodocs.yaml cannot be read"),
    (["status"], "isodocs.yaml"),
])
def test_commands_that_build_or_record_refuse_a_configuration_that_fails(committed, args, says):
    before = written(committed)
    head = pygit2.Repository(str(committed)).head.target
    result = invoke([*args, "--lang", "en"], cwd=committed)
    assert result.exit_code == 1, result.output
    assert says in result.output
    assert written(committed) == before and pygit2.Repository(str(committed)).head.target == head


def test_check_of_a_configuration_that_fails_checks_every_document(committed):
    result = invoke(["check", "--lang", "en"], cwd=committed)
    assert result.exit_code == 1
    assert result.stdout.endswith("1 error, 0 warnings; checked 3 documents and 5 legal entries.\n")


@pytest.mark.parametrize("args", [["status"], ["coverage"], ["legal", "list"], ["history", "QT-HT-01"],
                                  ["rename-unit", "UBND", "Ủy ban"], ["new", "guideline", "--code", "HD-01",
                                                                      "--title", "Hướng dẫn"]])
def test_a_command_stopped_by_the_configuration_says_what_it_did_not_check(committed, args):
    """Not `checked 0 documents`: isodocs.yaml's own findings, then that the documents were not
    checked, and what checks them."""
    for lang, says in (("en", "1 error, 0 warnings in isodocs.yaml; the manual's 3 documents and its legal register "
                              "were not checked (`isodocs check` checks them all).\n"),
                       ("vi", "1 lỗi, 0 cảnh báo trong isodocs.yaml; chưa kiểm tra 3 tài liệu và danh mục văn bản "
                              "pháp luật của sổ tay (lệnh `isodocs check` kiểm tra tất cả).\n")):
        result = invoke([*args, "--lang", lang], cwd=committed)
        assert result.exit_code == 1, result.output
        assert result.stdout == "" and says in result.stderr
        assert result.stderr.startswith("isodocs.yaml:") and "checked 0" not in result.stderr


def test_build_says_every_finding_of_a_salvaged_manual_and_builds_nothing(tmp_path):
    slow = PROCEDURE.replace("{value: 6, unit: working_hours}", "{value: 9, unit: working_hours}")
    root = make_manual(tmp_path, {"isodocs.yaml": BROKEN, PROCEDURE_PATH: slow}, standard=True)
    result = invoke(["build", "-C", str(root), "--draft", "--lang", "en"])
    assert result.exit_code == 1
    assert f"{PROCEDURE_PATH}:21:15: P501 error" in result.stderr and "isodocs.yaml:13:25: S202 error" in result.stderr
    assert result.stderr.endswith("checked 3 documents and 5 legal entries.\n"
                                  "isodocs: the manual has errors; nothing was built\n")
    assert not (root / "build").exists()
