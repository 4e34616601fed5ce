"""`rename-unit`: every place the old name appears, and a rewrite that keeps comments and
layout and marks each changed document for a new revision."""

from __future__ import annotations

import datetime as dt

import pytest

from isodocs.edit.rename import RenameError, plan

from support.manual import CONFIG, POLICY, POLICY_PATH, load_manual, make_manual, run_check

OLD = "Phòng Tư pháp huyện Tân Phú"
NEW = "Trung tâm Phục vụ hành chính công xã Tân Phú"
DAY = dt.date(2026, 12, 1)

# Comments, blank lines, flow and block styles, quotes and a folded summary: all must survive.
PROCEDURE = f"""\
# Quy trình đăng ký khai tử   <- comment at the top
code: QT-HT-03
title: Quy trình đăng ký khai tử
kind: procedure
revision: 2
issued: 2025-07-15
effective: 2025-07-20
owner: {OLD}    # đơn vị chủ trì
prepared_by: lan.nt
reviewed_by: hung.tv
approved_by: minh.lv

changes:
  - revision: 1
    date: 2024-03-01
    summary: Ban hành lần đầu tại {OLD}
  - revision: 2
    date: 2025-07-15
    summary: >-
      Cập nhật căn cứ
      pháp lý.
    reason: legal_change   # the last row

purpose: |
  Quy định trình tự đăng ký khai tử tại {OLD}.
  Dòng thứ hai giữ nguyên.
scope: 'Áp dụng tại {OLD}, kể cả ''bộ phận một cửa'''
steps:
  - {{no: 1, action: Tiếp nhận hồ sơ, actor: "Công chức {OLD}", time: {{value: 4, unit: working_hours}}}}
  - no: 2
    action: Trả kết quả
    actor: Công chức tiếp nhận  # không đổi
    time: {{value: 4, unit: working_hours}}
tthc:
  code: "1.000656"
  name: Đăng ký khai tử
  time_limit: {{value: 1, unit: working_days}}
  receiving_place: {OLD}
"""
PATH = "documents/QT-HT-03.yaml"


def manual_with(tmp_path, files):
    root = make_manual(tmp_path, files)
    return root, load_manual(root).manual


def test_listing_finds_every_field_and_writes_nothing(tmp_path):
    root, manual = manual_with(tmp_path, {PATH: PROCEDURE})
    before = (root / PATH).read_bytes()
    [change] = plan(manual, root, OLD, NEW)
    assert [(h.line, h.field) for h in change.hits] == [
        (8, "owner"), (25, "purpose"), (27, "scope"), (29, "steps[2].actor"), (38, "tthc.receiving_place")]
    assert change.hits[1].value == f"Quy định trình tự đăng ký khai tử tại {OLD}."
    assert change.revision is None
    assert (root / PATH).read_bytes() == before


def test_apply_keeps_comments_and_layout_and_marks_a_new_revision(tmp_path):
    root, manual = manual_with(tmp_path, {PATH: PROCEDURE})
    [change] = plan(manual, root, OLD, NEW, DAY)
    assert change.revision == 3
    expected = (PROCEDURE.replace(f"summary: Ban hành lần đầu tại {OLD}", "KEEP")
                .replace(OLD, NEW).replace("KEEP", f"summary: Ban hành lần đầu tại {OLD}")
                .replace("revision: 2\nissued: 2025-07-15\neffective: 2025-07-20",
                         "revision: 3\nissued: 2026-12-01\neffective: 2026-12-01")
                .replace("    reason: legal_change   # the last row\n",
                         "    reason: legal_change   # the last row\n"
                         "  - revision: 3\n    date: 2026-12-01\n"
                         f"    summary: \"Đổi tên đơn vị “{OLD}” thành “{NEW}”\"\n    reason: org_change\n"))
    assert change.text == expected


def test_the_result_checks_clean_and_a_second_rename_the_same_day_joins_the_row(tmp_path):
    from support.manual import STANDARD_FILES

    procedure = STANDARD_FILES["documents/QT-HT-01.yaml"].replace(
        "scope: Áp dụng tại UBND xã.", f"scope: Áp dụng tại {OLD}.\nowner: Tổ Một cửa")
    root = make_manual(tmp_path, {"documents/QT-HT-01.yaml": procedure}, standard=True)
    assert run_check(root, ) == []
    for old, new in ((OLD, NEW), ("Tổ Một cửa", "Bộ phận Một cửa")):
        for change in plan(load_manual(root).manual, root, old, new, DAY):
            (root / change.path).write_text(change.text, encoding="utf-8")
    text = (root / "documents/QT-HT-01.yaml").read_text(encoding="utf-8")
    assert "revision: 3\n" in text and text.count("revision: 3") == 2  # the header and one row
    assert "thành “Bộ phận Một cửa”" in text and f"thành “{NEW}”" in text
    assert run_check(root) == []


def test_markdown_front_matter_and_body(tmp_path):
    policy = POLICY.replace("Ủy ban nhân dân xã cam kết", f"{OLD} cam kết") + f"\nLiên hệ: {OLD}.\n"
    policy = policy.replace("approved_by: minh.lv\n", f"approved_by: minh.lv\nowner: {OLD}\n")
    root, manual = manual_with(tmp_path, {POLICY_PATH: policy})
    [change] = plan(manual, root, OLD, NEW, DAY)
    assert [(h.line, h.field) for h in change.hits] == [(10, "owner"), (16, "body"), (18, "body")]
    assert OLD not in change.text.split("changes:")[0] and change.text.count(NEW) == 4  # and the new row
    assert change.text.startswith("---\ncode: CS-01\n") and "\n---\n# Chính sách chất lượng\n" in change.text
    assert change.revision == 2 and run_check(root) == []


def test_config_titles_are_renamed_without_a_revision(tmp_path):
    config = CONFIG.replace("title: Công chức Tư pháp - Hộ tịch", f"title: Công chức {OLD}")
    root, manual = manual_with(tmp_path, {"isodocs.yaml": config})
    [change] = plan(manual, root, OLD, NEW, DAY)
    assert (change.path, change.code, change.revision) == ("isodocs.yaml", "", None)
    assert [h.field for h in change.hits] == ["people.lan.nt.title"]
    assert change.text == config.replace(OLD, NEW)


def test_a_name_split_over_lines_is_left_for_a_person(tmp_path):
    split = PROCEDURE.replace("scope: 'Áp dụng tại", "scope: >-\n  Áp dụng tại Phòng Tư pháp\n  huyện Tân Phú.\nnote_scope: 'x").replace(
        "bộ phận một cửa'''", "y'")
    root, manual = manual_with(tmp_path, {PATH: split.replace("note_scope: 'x", "#").replace(", kể cả 'y'", "")})
    [change] = plan(manual, root, OLD, NEW, DAY)
    by_hand = [h.field for h in change.hits if h.by_hand]
    assert by_hand == ["scope"]
    assert "Áp dụng tại Phòng Tư pháp\n  huyện Tân Phú." in change.text


def test_a_name_that_would_break_the_yaml_stops_everything(tmp_path):
    root, manual = manual_with(tmp_path, {PATH: PROCEDURE})
    with pytest.raises(RenameError) as caught:
        plan(manual, root, OLD, "Trung tâm: một cửa # xã", DAY)
    assert caught.value.path == PATH


def test_the_old_name_is_matched_whole_and_in_nfc(tmp_path):
    import unicodedata

    text = PROCEDURE.replace(f"receiving_place: {OLD}", f"receiving_place: {OLD}xyz")
    root, manual = manual_with(tmp_path, {PATH: text})
    decomposed = unicodedata.normalize("NFD", OLD)
    [change] = plan(manual, root, decomposed, NEW)
    assert "tthc.receiving_place" not in [h.field for h in change.hits] and len(change.hits) == 4


def test_a_flow_list_of_changes_gets_its_row_inside_the_brackets(tmp_path):
    flow = PROCEDURE.replace(PROCEDURE[PROCEDURE.index("changes:"):PROCEDURE.index("\npurpose:")],
                             "changes: [{revision: 1, date: 2024-03-01, summary: Ban hành lần đầu},\n"
                             "          {revision: 2, date: 2025-07-15, summary: Cập nhật}]\n")
    root, manual = manual_with(tmp_path, {PATH: flow})
    [change] = plan(manual, root, OLD, NEW, DAY)
    assert change.revision == 3
    assert ("{revision: 2, date: 2025-07-15, summary: Cập nhật}, {revision: 3, date: 2026-12-01, summary: "
            f"\"Đổi tên đơn vị “{OLD}” thành “{NEW}”\", reason: org_change}}]\n") in change.text
