"""The semantic diff (isodocs/diff/engine.py) on the two versions of tests/support/diffcases.py,
and the rules that match a document under a new code or file."""

from __future__ import annotations

import pytest

from isodocs.diff.changes import (
    ADDED,
    CHANGED,
    INSERTED,
    MODIFIED,
    REMOVED,
    RENAMED,
    RENUMBERED,
    ItemChange,
    ListChange,
    ValueChange,
)
from isodocs.diff.engine import diff_manuals

from support.diffcases import GUIDELINE_PATH, POLICY_V2_PATH, V1, V2, manual
from support.manual import POLICY, POLICY_PATH, PROCEDURE, PROCEDURE_PATH, replace_line


@pytest.fixture(scope="module")
def diff():
    return diff_manuals(manual(V1), manual(V2))


def changes_of(diff, code):
    (doc,) = [d for d in diff.documents if d.code == code]
    return {c.path: c for c in doc.changes}


def test_a_revision_compared_with_itself_is_empty():
    found = diff_manuals(manual(V2), manual(V2))
    assert found.documents == () and not found.changed


def test_documents_added_and_renamed_and_modified(diff):
    assert [(d.status, d.code, d.matched_by) for d in diff.documents] == [
        (RENAMED, "CS-02", "title"), (ADDED, "HD-01", ""), (MODIFIED, "MT-2025", "code"), (MODIFIED, "QT-HT-01", "code")]
    renamed = diff.documents[0]
    assert (renamed.old.code, renamed.old.path, renamed.new.path) == ("CS-01", POLICY_PATH, POLICY_V2_PATH)
    added = diff.documents[1]
    assert added.old is None and added.new.path == GUIDELINE_PATH and added.data["title"].startswith("Hướng dẫn")
    assert diff.counts() == {ADDED: 1, REMOVED: 0, MODIFIED: 2, RENAMED: 1}


def test_control_block_changes_with_names_and_legal_titles(diff):
    found = changes_of(diff, "QT-HT-01")
    assert found[("revision",)] == ValueChange(("revision",), 2, 3)
    assert found[("issued",)] == ValueChange(("issued",), "2025-07-15", "2025-10-01")
    assert found[("reviewed_by",)] == ValueChange(("reviewed_by",), "hung.tv", "minh.lv")
    assert found[("legal_basis",)].items == (
        ItemChange(REMOVED, 1, None, "123/2015/NĐ-CP", None), ItemChange(INSERTED, None, 1, None, "118/2025/NĐ-CP"))
    assert diff.people == {"hung.tv": "Trần Văn Hùng", "minh.lv": "Lê Văn Minh"}
    assert diff.legal == {"118/2025/NĐ-CP": "Về thực hiện thủ tục hành chính theo cơ chế một cửa",
                          "123/2015/NĐ-CP": "Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch"}


def test_tthc_fields(diff):
    found = changes_of(diff, "QT-HT-01")
    assert found[("tthc", "time_limit")] == ValueChange(
        ("tthc", "time_limit"), {"value": 1.0, "unit": "working_days"}, {"value": 8.0, "unit": "working_hours"})
    assert found[("tthc", "fee")] == ValueChange(("tthc", "fee"), None, "8.000 đồng")
    assert [i.op for i in found[("tthc", "channels")].items] == [INSERTED, INSERTED]
    dossier = found[("tthc", "dossier")].items
    assert [(i.op, i.old_index, i.new_index) for i in dossier] == [(CHANGED, 0, 0), (INSERTED, None, 1)]
    assert dossier[0].changes == (ValueChange(("copies",), 0, 1),)


def test_steps_inserted_changed_field_by_field_and_renumbered(diff):
    steps = changes_of(diff, "QT-HT-01")[("steps",)].items
    assert [(i.op, i.old_index, i.new_index) for i in steps] == [
        (INSERTED, None, 1), (CHANGED, 1, 2), (RENUMBERED, 2, 3)]
    assert steps[1].changes == (ValueChange(("no",), 2, 3), ValueChange(
        ("time",), {"value": 6.0, "unit": "working_hours"}, {"value": 3.5, "unit": "working_hours"}))
    assert steps[2].changes == (ValueChange(("no",), 3, 4),)


def test_steps_moved():
    steps = "\n".join(line for line in PROCEDURE.splitlines() if line.startswith("  - {no:"))
    one, two, three = steps.splitlines()
    moved = PROCEDURE.replace(steps, "\n".join([three, one, two]))
    found = diff_manuals(manual({**V1, PROCEDURE_PATH: PROCEDURE}), manual({**V1, PROCEDURE_PATH: moved}))
    (change,) = found.documents[0].changes
    assert [(i.op, i.old_index, i.new_index) for i in change.items] == [("moved", 2, 0)]


def test_forms_records_and_objectives(diff):
    procedure = changes_of(diff, "QT-HT-01")
    assert [(i.op, i.new["code"]) for i in procedure[("forms",)].items] == [(INSERTED, "BM-HT-02")]
    (record,) = procedure[("records",)].items
    assert record.changes == (ValueChange(("retention",), "vĩnh viễn", "20 năm"),)
    objectives = changes_of(diff, "MT-2025")[("objectives",)].items
    first = {c.path: c for c in objectives[0].changes}
    assert first[("target",)] == ValueChange(("target",), {"op": ">=", "value": 98.0}, {"op": ">=", "value": 99.0})
    assert first[("results",)] == ListChange(("results",), (
        ItemChange(INSERTED, None, 1, None, {"period": "2025-Q2", "value": 97.5}),))


def test_text_is_compared_word_by_word(diff):
    purpose = changes_of(diff, "QT-HT-01")[("purpose",)]
    (block,) = purpose.blocks
    assert [(s.op, s.text) for s in block.spans] == [
        ("equal", "Quy định trình tự"), ("insert", ", thời hạn"), ("equal", " đăng ký khai sinh"),
        ("insert", " cho trẻ em"), ("equal", ".")]


# --- renames -------------------------------------------------------------------------------------

def _renamed(files_a, files_b):
    found = diff_manuals(manual({**V1, **files_a}), manual({**V1, **files_b}))
    return [(d.status, d.matched_by, d.old and d.old.code, d.new and d.new.code) for d in found.documents]


def test_a_new_code_in_the_same_file_is_a_rename():
    assert _renamed({}, {POLICY_PATH: POLICY.replace("code: CS-01", "code: CS-09")}) == [
        (RENAMED, "path", "CS-01", "CS-09")]


def test_the_same_code_in_another_file_is_a_rename():
    assert _renamed({}, {POLICY_PATH: None, "documents/x/y.md": POLICY}) == [(RENAMED, "code", "CS-01", "CS-01")]


def test_a_new_code_and_file_is_matched_by_tthc_code_title_or_content():
    other = PROCEDURE.replace("code: QT-HT-01", "code: QT-HT-09")
    assert _renamed({}, {PROCEDURE_PATH: None, "documents/b.yaml": other}) == [(RENAMED, "tthc", "QT-HT-01", "QT-HT-09")]
    retitled = replace_line(POLICY.replace("code: CS-01", "code: CS-09"), "title: Chính sách chất lượng",
                            "title: Chính sách chất lượng của UBND xã")
    assert _renamed({}, {POLICY_PATH: None, "documents/b.md": retitled}) == [(RENAMED, "similarity", "CS-01", "CS-09")]


def test_unrelated_documents_are_removed_and_added():
    unrelated = POLICY.replace("code: CS-01", "code: HD-09").replace("Chính sách chất lượng", "Hướng dẫn khác hẳn")
    unrelated = unrelated.replace("Ủy ban nhân dân xã cam kết giải quyết thủ tục đúng hạn.", "Một nội dung mới.")
    assert _renamed({}, {POLICY_PATH: None, "documents/b.md": unrelated}) == [
        (REMOVED, "", "CS-01", None), (ADDED, "", None, "HD-09")]


def test_items_kept_in_place_pair_up_listed_or_not(diff):
    """What the redline follows: the changed and renumbered steps and the unchanged ones pair
    with their new places; an inserted step has none."""
    steps = changes_of(diff, "QT-HT-01")[("steps",)]
    assert steps.in_place(3, 4) == [(0, 0), (1, 2), (2, 3)]


def test_a_moved_item_is_not_kept_in_place():
    steps = "\n".join(line for line in PROCEDURE.splitlines() if line.startswith("  - {no:"))
    one, two, three = steps.splitlines()
    moved = PROCEDURE.replace(steps, "\n".join([three, one, two]))
    found = diff_manuals(manual({**V1, PROCEDURE_PATH: PROCEDURE}), manual({**V1, PROCEDURE_PATH: moved}))
    (change,) = found.documents[0].changes
    assert change.in_place(3, 3) == [(0, 1), (1, 2)]


def test_a_signer_is_named_like_every_person_of_the_manual():
    signed = POLICY.replace("---\n# Chính", "layout: {date_line: issued}\nsignatures:\n"
                                          "  - {authority: TM. Ủy ban nhân dân, title: Chủ tịch, person: minh.lv}\n---\n# Chính")
    found = diff_manuals(manual(V1), manual({**V1, POLICY_PATH: signed}))
    changes = changes_of(found, "CS-01")
    assert changes[("layout", "date_line")] == ValueChange(("layout", "date_line"), None, "issued")
    assert [i.op for i in changes[("signatures",)].items] == [INSERTED]
    assert found.people == {"minh.lv": "Lê Văn Minh"}
