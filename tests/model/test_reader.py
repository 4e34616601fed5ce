"""Loading a whole manual into the model (isodocs/model/reader.py and build.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from types import MappingProxyType

import pygit2
import pytest

from isodocs import model as m
from isodocs.load.source import FolderSource
from isodocs.model.reader import load

from support.manual import (
    CONFIG,
    OBJECTIVES,
    OBJECTIVES_PATH,
    POLICY,
    POLICY_PATH,
    PROCEDURE,
    PROCEDURE_PATH,
    STANDARD_FILES,
    MemorySource,
    load_manual,
    make_manual,
    run_check,
    standard_bytes,
)


def without_blobs(manual: m.Manual) -> m.Manual:
    docs = tuple(dataclasses.replace(d, origin=dataclasses.replace(d.origin, blob_id="")) for d in manual.documents)
    legal = tuple(dataclasses.replace(e, origin=dataclasses.replace(e.origin, blob_id="")) for e in manual.legal)
    return dataclasses.replace(manual, root="", documents=docs, legal=legal)


def strings(value):
    """Every str in a model value, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from strings(getattr(value, f.name))
    elif isinstance(value, (dict, MappingProxyType)):
        for k, v in value.items():
            yield from strings(k)
            yield from strings(v)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for v in value:
            yield from strings(v)


def test_the_standard_manual(manual):
    loaded = load_manual(manual)
    assert loaded.diagnostics == ()
    man = loaded.manual
    assert man.root == str(manual)
    assert man.commit == "" and man.commit_time is None
    assert man.config.agency == m.Agency("Ủy ban nhân dân xã Tân Phú", "UBND xã Tân Phú", "")
    assert man.config.language == "vi" and man.config.standard == "TCVN ISO 9001:2015"
    assert man.config.review_interval_months == 12
    assert man.config.people["hung.tv"] == m.Person("hung.tv", "Trần Văn Hùng", "Phó Chủ tịch UBND xã")
    assert man.config.reviewers == ("hung.tv", "minh.lv") and man.config.approvers == ("minh.lv",)
    assert man.files == frozenset({"isodocs.yaml", *STANDARD_FILES})
    assert loaded.broken_codes == frozenset()


def test_a_procedure_in_the_model(manual):
    doc = load_manual(manual).manual.document("QT-HT-01")
    raw = (manual / PROCEDURE_PATH).read_bytes()
    assert doc.origin == m.Origin(PROCEDURE_PATH, str(pygit2.hash(raw)), 0)
    assert (doc.kind, doc.revision, doc.issued, doc.effective_date) == ("procedure", 2, dt.date(2025, 7, 15), dt.date(2025, 8, 1))
    assert doc.legal_basis == ("60/2014/QH13", "123/2015/NĐ-CP")
    assert doc.clauses == ("7.5", "8.2.1")
    assert doc.changes[1] == m.ChangeRow(2, dt.date(2025, 7, 15), "Cập nhật", reason="legal_change", refs=("123/2015/NĐ-CP",))
    proc = doc.procedure
    assert proc.tthc.code == "1.001193"
    assert proc.tthc.time_limit == m.TimeLimit(1.0, m.TimeUnit.WORKING_DAYS) and proc.tthc.time_limit.hours == 8
    assert proc.tthc.dossier == (m.DossierItem("Tờ khai đăng ký khai sinh", 1, 0, "BM-HT-01"),)
    assert [s.no for s in proc.steps] == [1, 2, 3]
    assert sum(s.time.hours for s in proc.steps) == 8
    assert proc.steps[0].forms == ("BM-HT-01",)
    assert proc.forms == (m.FormRef("BM-HT-01", "Tờ khai đăng ký khai sinh", "external"),)
    assert proc.records[0].retention == "vĩnh viễn"
    assert doc.objectives is None and doc.body == ""


def test_a_markdown_document(manual):
    doc = load_manual(manual).manual.document("CS-01")
    assert doc.origin.line_offset == 1
    assert doc.body == "# Chính sách chất lượng\n\nỦy ban nhân dân xã cam kết giải quyết thủ tục đúng hạn.\n"
    assert doc.effective is None and doc.effective_date == doc.issued


def test_objectives_in_the_model(manual):
    obj = load_manual(manual).manual.document("MT-2025").objectives
    assert obj.year == 2025
    first, second = obj.objectives
    assert first.target == m.Target(">=", 98.0) and first.latest == m.Result("2025-Q1", 99.2) and first.met is True
    assert second.met is None


def test_legal_register_from_a_list_and_from_single_entries(tmp_path):
    single = "number: 07/2025/NĐ-CP\ntype: Nghị định\ntitle: Sửa đổi\nissued: 2025-01-09\nstatus: in_force\n" \
             "source: {url: 'https://vbpl.vn/x', accessed: 2025-07-10}\n"
    man = load_manual(make_manual(tmp_path, {"legal/07-2025.yaml": single}, standard=True)).manual
    entries = {e.number: e for e in man.legal}
    assert len(entries) == 6
    one = entries["07/2025/NĐ-CP"]
    assert (one.in_list, one.index, one.keys) == (False, 0, ())
    assert one.source == m.LegalSource("https://vbpl.vn/x", dt.date(2025, 7, 10))
    replaced = entries["61/2018/NĐ-CP"]
    assert (replaced.in_list, replaced.index, replaced.keys) == (True, 2, (2,))
    assert replaced.replaced_by == "118/2025/NĐ-CP" and replaced.expired_on == dt.date(2025, 7, 1)
    assert man.legal_by_key["123/2015/ND-CP"].number == "123/2015/NĐ-CP"


def test_documents_are_sorted_by_code_whatever_their_files(tmp_path):
    files = {"documents/z/a.yaml": PROCEDURE.replace("code: QT-HT-01", "code: AA-01"),
             "documents/a/z.yml": PROCEDURE.replace("code: QT-HT-01", "code: ZZ-01")}
    man = load_manual(make_manual(tmp_path, files, standard=True)).manual
    assert [d.code for d in man.documents] == ["AA-01", "CS-01", "MT-2025", "QT-HT-01", "ZZ-01"]


def test_other_files_under_documents_are_not_documents(tmp_path):
    files = {"documents/bm/BM-01.docx": b"PK\x03\x04", "documents/notes.txt": "x", "documents/x.json": "{}"}
    loaded = load_manual(make_manual(tmp_path, files, standard=True))
    assert loaded.diagnostics == () and len(loaded.manual.documents) == 3
    assert "documents/bm/BM-01.docx" in loaded.manual.files
    assert loaded.exists("documents/bm/BM-01.docx") and not loaded.exists("documents/bm/BM-02.docx")


def test_templates_and_reference_docx(tmp_path):
    from isodocs.system.resources import read_bytes

    styles = read_bytes("templates", "reference.docx")
    files = {"templates/procedure.md.j2": "{{ doc.title }}\n", "templates/ignored.txt": "x", "reference.docx": styles}
    man = load_manual(make_manual(tmp_path, files, standard=True)).manual
    assert dict(man.templates) == {"procedure.md.j2": "{{ doc.title }}\n"}
    assert man.reference_docx == styles


@pytest.mark.parametrize("transform", [
    pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode(), id="bom"),
    pytest.param(lambda t: t.replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param(lambda t: t.replace("\n", "\r").encode(), id="cr"),
    pytest.param(lambda t: unicodedata.normalize("NFD", t).encode(), id="nfd"),
    pytest.param(lambda t: b"\xef\xbb\xbf" + unicodedata.normalize("NFD", t).replace("\n", "\r\n").encode(), id="all"),
])
def test_bom_line_endings_and_nfd_give_the_same_model(tmp_path, transform):
    plain = load_manual(make_manual(tmp_path, standard=True, name="plain"))
    files = {name: transform(text) for name, text in {"isodocs.yaml": CONFIG, **STANDARD_FILES}.items()}
    other = load_manual(make_manual(tmp_path, files, standard=True, name="other"))
    assert other.diagnostics == ()
    assert without_blobs(other.manual) == without_blobs(plain.manual)
    assert all(unicodedata.is_normalized("NFC", s) for s in strings(other.manual))
    assert run_check(tmp_path / "other") == []


def test_nfd_names_still_resolve(tmp_path):
    """A person id is ASCII, but a legal number has Đ: written in NFD it must still resolve."""
    nfd = unicodedata.normalize("NFD", PROCEDURE)
    assert "Đ" in nfd and "ộ" not in nfd
    assert run_check(make_manual(tmp_path, {PROCEDURE_PATH: nfd.encode()}, standard=True)) == []


def test_line_numbers_with_crlf_and_bom(tmp_path):
    text = PROCEDURE.replace("prepared_by: lan.nt", "prepared_by: zzz")
    found = run_check(make_manual(tmp_path, {PROCEDURE_PATH: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()},
                                  standard=True))
    assert [(d.code, d.line, d.column) for d in found] == [("D304", 7, 14)]


def test_line_numbers_in_front_matter_count_the_opening_line(tmp_path):
    found = run_check(make_manual(tmp_path, {POLICY_PATH: POLICY.replace("kind: policy", "kind: polic")}, standard=True))
    assert [(d.code, d.path, d.line, d.column) for d in found] == [("S204", POLICY_PATH, 4, 7)]


def test_one_broken_file_does_not_hide_the_others(tmp_path):
    files = {PROCEDURE_PATH: "code: [", OBJECTIVES_PATH: OBJECTIVES.replace("prepared_by: lan.nt", "prepared_by: zzz")}
    loaded = load_manual(make_manual(tmp_path, files, standard=True))
    assert [d.code for d in loaded.manual.documents] == ["CS-01", "MT-2025"]
    assert sorted((d.code, d.path) for d in run_check(tmp_path / "manual")) == [
        ("D304", OBJECTIVES_PATH), ("F103", PROCEDURE_PATH)]


def test_a_broken_configuration_still_reports_the_documents(tmp_path):
    files = {"isodocs.yaml": CONFIG.replace("agency:", "agenc:"), PROCEDURE_PATH: PROCEDURE + "title: again\n"}
    loaded = load_manual(make_manual(tmp_path, files, standard=True))
    assert loaded.manual is None
    assert sorted((d.code, d.path) for d in loaded.diagnostics) == [
        ("F109", PROCEDURE_PATH), ("S201", "isodocs.yaml"), ("S208", "isodocs.yaml")]


@pytest.mark.parametrize("text", ["", "~\n", "---\n", "null\n", "# nothing yet\n", "[]\n", "just words\n"])
def test_a_configuration_that_is_not_one_is_an_error(tmp_path, text):
    """Never a silent pass: an isodocs.yaml without its keys must give an error."""
    loaded = load_manual(make_manual(tmp_path, {"isodocs.yaml": text}, standard=True))
    assert loaded.manual is None
    assert [(d.code, d.path) for d in loaded.diagnostics if d.path == "isodocs.yaml"] in (
        [("F101", "isodocs.yaml")], [("F107", "isodocs.yaml")])


@pytest.mark.parametrize("text", ["~\n", "---\n", "null\n", "--- # chưa viết\n"])
def test_a_null_document_is_reported(tmp_path, text):
    found = run_check(make_manual(tmp_path, {OBJECTIVES_PATH: text}, standard=True))
    assert [(d.code, d.path, d.line) for d in found] == [("F101", OBJECTIVES_PATH, 1)]


def test_a_null_front_matter_is_reported(tmp_path):
    found = run_check(make_manual(tmp_path, {POLICY_PATH: "---\n~\n---\nbody\n"}, standard=True))
    assert ("F101", POLICY_PATH, 2) in [(d.code, d.path, d.line) for d in found]


def test_huge_numbers_are_refused_where_written(tmp_path):
    """A number too large for any manual (10**400) is an F103 at its line, not infinity in the model."""
    big = "1" + "0" * 400
    files = {PROCEDURE_PATH: PROCEDURE.replace("value: 6, unit: working_hours", f"value: {big}, unit: working_hours")}
    loaded = load_manual(make_manual(tmp_path, files, standard=True))
    assert [d.code for d in loaded.diagnostics] == ["F103"]
    assert "too large" in loaded.diagnostics[0].message("en")
    assert loaded.manual.document("QT-HT-01") is None


def test_memory_source_loads_like_a_folder(manual):
    from_memory = load(MemorySource(standard_bytes()))
    from_folder = load(FolderSource(manual))
    assert without_blobs(from_memory.manual) == without_blobs(from_folder.manual)
    assert [d.origin.blob_id for d in from_memory.manual.documents] == [d.origin.blob_id for d in from_folder.manual.documents]


@pytest.mark.parametrize("text, en, vi", [
    ("- a\n- b\n", "a list", "một danh sách"),
    ("văn bản\n", "a single value (văn bản)", "một giá trị đơn (văn bản)"),
    ("42\n", "a single value (42)", "một giá trị đơn (42)"),
])
def test_not_a_mapping_says_what_was_found_in_each_language(tmp_path, text, en, vi):
    [d] = [d for d in run_check(make_manual(tmp_path, {OBJECTIVES_PATH: text}, standard=True)) if d.code == "F107"]
    assert d.message("en") == f"Expected keys and values here, found {en}."
    assert d.message("vi").startswith("Cần các cặp khóa: giá trị ở đây, nhưng gặp ")
    assert en not in d.message("vi")
    if vi:
        assert vi in d.message("vi")


def test_layout_signatures_and_planning_keys_in_the_model(tmp_path):
    form = POLICY.replace("kind: policy", "kind: form").replace("---\n# Chính", (
        "layout: {unit: Trung tâm Phục vụ hành chính công, number: ......./TNHS, date_line: issued}\n"
        "signatures:\n  - {authority: TM. Ủy ban nhân dân, title: Chủ tịch, person: minh.lv}\n"
        "  - {title: Người nộp, note: (Ký và ghi rõ họ tên)}\n---\n# Chính"))
    plan = OBJECTIVES.replace("    frequency: monthly\n", "    frequency: monthly\n    resources: 01 công chức\n"
                              "    deadline: 2025-Q4\n    evaluation: Thống kê hằng tháng\n")
    root = make_manual(tmp_path, {POLICY_PATH: form, OBJECTIVES_PATH: plan}, standard=True)
    loaded = load_manual(root)
    assert run_check(root) == []
    doc = loaded.manual.document("CS-01")
    assert doc.layout == m.Layout(unit="Trung tâm Phục vụ hành chính công", number="......./TNHS", date_line="issued")
    assert doc.layout.header == "administrative" and doc.layout.dated == "issued"
    assert doc.signatures == (m.Signature("Chủ tịch", "TM. Ủy ban nhân dân", "", "minh.lv"),
                              m.Signature("Người nộp", note="(Ký và ghi rõ họ tên)"))
    first = loaded.manual.document("MT-2025").objectives.objectives[0]
    assert (first.resources, first.deadline, first.evaluation) == ("01 công chức", "2025-Q4", "Thống kê hằng tháng")
    # `layout: {}` asks for the format with every default; no key, no format
    bare = make_manual(tmp_path, {POLICY_PATH: POLICY.replace("---\n# Chính", "layout: {}\n---\n# Chính")},
                       standard=True, name="bare")
    assert load_manual(bare).manual.document("CS-01").layout == m.Layout()
    assert load_manual(root).manual.document("QT-HT-01").layout is None


def test_what_a_load_read_is_the_same_for_one_state_and_another_for_a_file_saved(manual):
    from support.manual import load_manual as loaded_from

    first, again = loaded_from(manual).read_as(), loaded_from(manual).read_as()
    path = manual / "documents" / "QT-HT-01.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("\n", "\n\n", 1), encoding="utf-8")  # a blank line
    assert first == again != loaded_from(manual).read_as()
