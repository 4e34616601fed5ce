"""A new document of each kind: placed under documents/, its people chosen from isodocs.yaml,
checking clean in its manual."""

from __future__ import annotations

import datetime as dt

import pytest

from isodocs import commands
from isodocs.commands.outcome import CannotRun
from isodocs.edit.newdoc import EXTENSIONS, FOLDERS, NewDocumentProblem, document_path, signatories, slug
from isodocs.load.source import open_source
from isodocs.model.manual import KINDS
from isodocs.model.reader import load

from support.manual import CONFIG, make_manual, run_check

DAY = dt.date(2026, 12, 1)
TITLES = {"policy": "Chính sách chất lượng", "objectives": "Mục tiêu chất lượng năm 2027",
          "manual": "Sổ tay chất lượng",
          "procedure": "Quy trình đăng ký kết hôn", "guideline": "Hướng dẫn: nộp hồ sơ trực tuyến",
          "form": "Phiếu #1, {mẫu} 'A'"}
CODES = {"policy": "CS-02", "objectives": "MT-2027", "manual": "ST-01", "procedure": "QT-HT-02", "guideline": "HD-01",
         "form": "BM-HT-09"}


def test_every_kind_has_a_folder_an_extension_and_a_template():
    assert set(FOLDERS) == set(EXTENSIONS) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_document_of_each_kind_checks_clean_in_its_manual(kind, tmp_path):
    root = make_manual(tmp_path, standard=True)
    created = commands.new_document(kind, CODES[kind], TITLES[kind], str(root), DAY)
    assert created.path == document_path(kind, CODES[kind], TITLES[kind])
    assert created.path.startswith(f"documents/{FOLDERS[kind]}/{CODES[kind]}-")
    assert created.path.endswith(EXTENSIONS[kind])
    assert run_check(root) == []
    doc = load(open_source(root)).manual.document(CODES[kind])
    assert (doc.kind, doc.title, doc.revision, doc.issued) == (kind, TITLES[kind], 1, DAY)
    assert (doc.prepared_by, doc.reviewed_by, doc.approved_by) == ("lan.nt", "hung.tv", "minh.lv")
    first = (root / created.path).read_text(encoding="utf-8").split("\n", 1)[0]
    if EXTENSIONS[kind] == "yaml":  # the modeline attaches the manual's copy of the schema
        assert first == f"# yaml-language-server: $schema={'../' * 2}.isodocs/schemas/document.schema.json"
    else:
        assert first == "---"
    if kind == "objectives":
        assert doc.objectives.year == DAY.year


def test_the_file_name_is_safe_and_readable():
    assert slug("Quy trình đăng ký khai sinh") == "quy-trinh-dang-ky-khai-sinh"
    assert slug("Đánh giá: nội bộ / năm 2026!") == "danh-gia-noi-bo-nam-2026"
    assert len(slug("Quy trình " * 20)) <= 60 and not slug("Quy trình " * 20).endswith("-")
    assert document_path("procedure", "QT 02/CX-HCTP", "Tiếp dân") == "documents/quy-trinh/QT 02_CX-HCTP-tiep-dan.yaml"
    assert document_path("form", "CON", "") == "documents/bieu-mau/_CON.md"


def _config(people: str, reviewers: str, approvers: str):
    return (CONFIG.split("people:")[0] + f"people:\n{people}"
            f"roles:\n  reviewers: [{reviewers}]\n  approvers: [{approvers}]\n")


@pytest.mark.parametrize("people, reviewers, approvers, expected", [
    # the preparer is someone who neither reviews nor approves, when there is one
    ("  a: {name: A}\n  b: {name: B}\n  c: {name: C}\n", "b", "c", ("a", "b", "c")),
    # a small agency: the reviewer prepares, the head approves
    ("  b: {name: B}\n  c: {name: C}\n", "b, c", "c", ("b", "c", "c")),
    # nobody may review but the approver: the head reviews and approves a draft someone else wrote
    ("  a: {name: A}\n  c: {name: C}\n", "c", "c", ("a", "c", "c")),
])
def test_people_are_chosen_from_isodocs_yaml(people, reviewers, approvers, expected, tmp_path):
    root = make_manual(tmp_path, {"isodocs.yaml": _config(people, reviewers, approvers)})
    config = load(open_source(root)).manual.config
    chosen = signatories(config)
    assert (chosen.prepared_by, chosen.reviewed_by, chosen.approved_by) == expected


@pytest.mark.parametrize("people, reviewers, approvers, given, says", [
    ("  a: {name: A}\n", "a", "", {}, "names no approver"),
    ("  c: {name: C}\n", "c", "c", {}, "nobody but the approver"),
    ("  a: {name: A}\n  c: {name: C}\n", "", "c", {}, "names no reviewer"),
    ("  a: {name: A}\n  c: {name: C}\n", "c", "c", {"approved_by": "a"}, "`a` is not listed under roles.approvers"),
    ("  a: {name: A}\n  c: {name: C}\n", "c", "c", {"prepared_by": "c"}, "cannot both prepare and approve"),
    ("  a: {name: A}\n  c: {name: C}\n", "c", "c", {"prepared_by": "x"}, "`x` is not listed under people"),
])
def test_a_missing_role_is_named(people, reviewers, approvers, given, says, tmp_path):
    root = make_manual(tmp_path, {"isodocs.yaml": _config(people, reviewers, approvers)})
    config = load(open_source(root)).manual.config
    with pytest.raises(NewDocumentProblem) as caught:
        signatories(config, **given)
    assert says in caught.value.message.say("en")


def test_a_code_in_use_a_code_off_pattern_and_an_unreadable_code_are_refused(tmp_path):
    unreadable = "---\ncode: HD-09\ntitle: Thiếu các khóa bắt buộc\n---\n"
    root = make_manual(tmp_path, {"documents/HD-09.md": unreadable}, standard=True)
    for code, says in (("QT-HT-01", "already used by documents/QT-HT-01.yaml"), ("qt-05", "does not match"),
                       ("HD-09", "cannot be read")):
        before = sorted(p for p in root.rglob("*"))
        with pytest.raises(CannotRun) as caught:
            commands.new_document("procedure", code, "Quy trình", str(root), DAY)
        assert says in caught.value.message.say("en") and "nothing was written" in caught.value.message.say("en")
        assert sorted(p for p in root.rglob("*")) == before
