"""Word-by-word comparison (isodocs/diff/words.py): Vietnamese syllables, NFC, collapsing."""

from __future__ import annotations

import unicodedata

import pytest

from isodocs.diff.words import (
    CHANGED,
    SAME,
    SKIP,
    Block,
    Span,
    paragraph_alignment,
    paragraph_lines,
    paragraphs,
    text_blocks,
    tokens,
    word_diff,
)


def test_a_vietnamese_syllable_is_a_word_and_punctuation_stands_alone():
    assert tokens("Hộ tịch, và/hoặc Tư-pháp.") == ["Hộ", " ", "tịch", ",", " ", "và", "/", "hoặc", " ", "Tư", "-",
                                                   "pháp", "."]


def test_numbers_dates_times_and_codes_are_whole_words():
    assert tokens("07/2025/NĐ-CP, 0,25 giờ; mục 5.1. BM-MC-01 9001:2015 lúc 07:30 QT-HT") == [
        "07/2025/NĐ-CP", ",", " ", "0,25", " ", "giờ", ";", " ", "mục", " ", "5.1", ".", " ", "BM-MC-01", " ",
        "9001:2015", " ", "lúc", " ", "07:30", " ", "QT-HT"]


@pytest.mark.parametrize("old, new, deleted, inserted", [
    ("0,5 giờ làm việc", "0,25 giờ làm việc", "0,5", "0,25"),
    ("Ngày ban hành: 15/05/2025", "Ngày ban hành: 05/12/2026", "15/05/2025", "05/12/2026"),
    ("theo Nghị định 123/2015/NĐ-CP", "theo Nghị định 120/2026/NĐ-CP", "123/2015/NĐ-CP", "120/2026/NĐ-CP"),
    ("Mẫu BM-MC-01", "Mẫu BM-MC-02", "BM-MC-01", "BM-MC-02"),
])
def test_a_changed_number_date_or_code_is_replaced_whole(old, new, deleted, inserted):
    spans = word_diff(old, new)
    assert [s for s in spans if s.op != "equal"] == [Span("delete", deleted), Span("insert", inserted)]


def test_text_typed_in_nfd_equals_the_same_text_in_nfc():
    nfc = "Đăng ký khai sinh tại Ủy ban nhân dân xã"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert word_diff(nfc, nfd) == (Span("equal", nfc),)


def test_a_change_reads_as_whole_phrases():
    spans = word_diff("Quy định trình tự đăng ký khai sinh tại UBND xã.",
                      "Quy định trình tự, thời hạn giải quyết khai sinh tại UBND phường.")
    assert spans == (
        Span("equal", "Quy định trình tự"), Span("delete", " đăng ký"), Span("insert", ", thời hạn giải quyết"),
        Span("equal", " khai sinh tại UBND "), Span("delete", "xã"), Span("insert", "phường"), Span("equal", "."),
    )
    assert "".join(s.text for s in spans if s.op != "insert") == "Quy định trình tự đăng ký khai sinh tại UBND xã."


def test_replacing_every_other_word_is_one_deletion_and_one_insertion():
    assert word_diff("a b c", "x y z") == (Span("delete", "a b c"), Span("insert", "x y z"))


def test_unchanged_paragraphs_collapse_around_changes_with_one_of_context():
    old = "\n\n".join(f"Đoạn {n}." for n in range(1, 9))
    new = old.replace("Đoạn 5.", "Đoạn năm.")
    blocks = text_blocks(old, new)
    assert [b.op for b in blocks] == [SKIP, SAME, CHANGED, SAME, SKIP]
    assert (blocks[0].skipped, blocks[-1].skipped) == (3, 2)
    assert (blocks[1].old, blocks[2].old, blocks[2].new) == ("Đoạn 4.", "Đoạn 5.", "Đoạn năm.")
    full = text_blocks(old, new, context=None)
    assert len(full) == 8 and SKIP not in {b.op for b in full}


def test_paragraphs_inserted_between_others():
    blocks = text_blocks("A.\n\nC.", "A.\n\nB.\n\nC.")
    assert blocks == (Block(SAME, (Span("equal", "A."),)), Block(CHANGED, (Span("insert", "B."),)),
                      Block(SAME, (Span("equal", "C."),)))


def test_each_paragraph_s_first_line_is_known():
    """The redline finds which paragraph a Markdown block comes from by its source line."""
    text = "\n\nMột\nhai\n\n \t\n  Ba\n\n\n- bốn\n- năm\n"
    assert paragraphs(text) == ["Một\nhai", "Ba", "- bốn\n- năm"]
    lines = text.split("\n")
    assert paragraph_lines(text) == [2, 6, 9]
    assert [lines[n].strip() for n in paragraph_lines(text)] == ["Một", "Ba", "- bốn"]
    assert paragraph_lines("") == paragraph_lines("\n\n") == []


def test_paragraph_alignment_is_what_text_blocks_shows():
    old, new = "Một.\n\nHai.\n\nBa.", "Một.\n\nHai, sửa.\n\nBa.\n\nBốn."
    assert paragraph_alignment(old, new) == [("equal", 0, 1, 0, 1), ("replace", 1, 2, 1, 2), ("equal", 2, 3, 2, 3),
                                             ("insert", 3, 3, 3, 4)]
    assert [b.op for b in text_blocks(old, new, context=None)] == [SAME, CHANGED, SAME, CHANGED]
