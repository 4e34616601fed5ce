"""Diagnostics as text and JSON (isodocs/render/text/diagnostics.py, json/diagnostics.py)."""

from __future__ import annotations

import json

from isodocs.check import Scope
from isodocs.diagnostics import rules
from isodocs.render.json.diagnostics import to_json
from isodocs.render.text.diagnostics import counts, summary, text_lines, unchecked_summary

ERR = rules.CODE_PATTERN.at("documents/a.yaml", 3, 7, code="qt-1", pattern="^QT$")
WARN = rules.UNKNOWN_KEY.at("documents/a.yaml", 9, 1, key="scop", where="", suggestion="scope")
WHOLE = rules.FILE_TOO_LARGE.at("documents/big.yaml", size=3_000_000, limit=2_097_152)
LINE_ONLY = rules.NO_FRONT_MATTER.at("documents/b.md", 1)
BARE = rules.BAD_VALUE.at("documents/c.yaml", 2, 5, field="kind", value="x", allowed="a, b")  # no hint fits


def test_counts():
    assert counts([ERR, WARN, WHOLE]) == (2, 1)
    assert counts([]) == (0, 0)


def test_text_lines_like_a_compiler():
    lines = text_lines([ERR, WARN, WHOLE, LINE_ONLY, BARE], "en")
    assert lines == [
        "documents/a.yaml:3:7: D302 error: The code `qt-1` does not match the manual's code_pattern ^QT$.",
        "    hint: Rename the code to follow the pattern, or change code_pattern in isodocs.yaml.",
        "documents/a.yaml:9:1: S208 warning: Unknown key `scop`; it is ignored.",
        "    hint: Did you mean `scope`?",
        "documents/big.yaml: F105 error: The file is 3000000 bytes; isodocs reads files of at most 2097152 bytes.",
        "    hint: Split it into several documents.",
        "documents/b.md:1: F106 error: A Markdown document must start with front matter: a line '---', "
        "the document's keys, and a closing '---'.",
        "    hint: Add the front matter at the top of the file, or close it with a line '---'.",
        "documents/c.yaml:2:5: S204 error: `kind`: `x` is not one of a, b.",
        "    hint: Write one of those values; docs/format.md says what each means.",
    ]


def test_text_lines_in_vietnamese():
    assert text_lines([WARN], "vi") == [
        "documents/a.yaml:9:1: S208 cảnh báo: Khóa `scop` không được hỗ trợ và sẽ bị bỏ qua.",
        "    gợi ý: Có phải ý bạn là `scope`?",
    ]


def test_text_lines_style_hook():
    styled = text_lines([ERR], "en", style=lambda text, **kw: f"<{text}>")
    assert styled[0] == "<documents/a.yaml:3:7>: <D302> <error>: The code `qt-1` does not match the manual's code_pattern ^QT$."


def test_summary_counts_and_grammar():
    assert summary([], Scope(3, 5), "en") == "No problems; checked 3 documents and 5 legal entries."
    assert summary([], Scope(1, 1), "en") == "No problems; checked 1 document and 1 legal entry."
    assert summary([ERR], Scope(0, 0), "en") == "1 error, 0 warnings; checked 0 documents and 0 legal entries."
    assert summary([ERR, ERR, WARN], Scope(0, 0), "en") == "2 errors, 1 warning; checked 0 documents and 0 legal entries."
    assert summary([], Scope(3, 5), "vi") == "Không có lỗi; đã kiểm tra 3 tài liệu và 5 văn bản pháp luật."
    assert summary([ERR, WARN], Scope(1, 1), "vi") == "1 lỗi, 1 cảnh báo; đã kiểm tra 1 tài liệu và 1 văn bản pháp luật."


def test_a_command_stopped_by_the_configuration_says_nothing_else_was_checked():
    assert unchecked_summary([ERR], 3, "en") == ("1 error, 0 warnings in isodocs.yaml; the manual's 3 documents and "
                                                 "its legal register were not checked (`isodocs check` checks them all).")
    assert unchecked_summary([ERR], 1, "vi") == ("1 lỗi, 0 cảnh báo trong isodocs.yaml; chưa kiểm tra 1 tài liệu và "
                                                 "danh mục văn bản pháp luật của sổ tay (lệnh `isodocs check` kiểm tra "
                                                 "tất cả).")
    assert unchecked_summary([ERR, WARN], None, "en") == "1 error, 1 warning in isodocs.yaml."


def test_json_payload():
    payload = json.loads(to_json([ERR, WHOLE], Scope(2, 1), "manual-folder", "vi"))
    assert payload["manual"] == "manual-folder" and payload["commit"] is None
    assert payload["summary"] == {"errors": 2, "warnings": 0, "documents": 2, "unread_documents": [],
                                  "legal_entries": 1}
    unread = json.loads(to_json([ERR], Scope(3, 1, ("documents/a.yaml",)), ".", "en"))["summary"]
    assert unread["documents"] == 3 and unread["unread_documents"] == ["documents/a.yaml"]
    assert payload["diagnostics"][1] == {
        "code": "F105", "rule": "file-too-large", "severity": "error", "path": "documents/big.yaml",
        "line": None, "column": None, "message": "Tệp có 3000000 byte; isodocs chỉ đọc tệp tối đa 2097152 byte.",
        "hint": "Tách thành nhiều tài liệu."}


def test_json_keeps_vietnamese_readable():
    assert "Tệp có" in to_json([WHOLE], Scope(0, 0), ".", "vi")
