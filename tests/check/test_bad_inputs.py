"""A catalogue of bad inputs: each case changes the clean standard manual one way and names
every diagnostic it must give, exactly (code, file relative to the manual, line).

Every case is also run through the command line (text and JSON): exit code 1 for errors,
0 when only warnings remain, never a traceback. No case may make isodocs read a file
outside the manual.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from isodocs.diagnostics import Severity
from isodocs.load.source import FolderSource

from support.cli import invoke
from support.hostile import zipped
from support.manual import (
    BOMB,
    CONFIG,
    FORM_DOC,
    FORM_PATH,
    LEGAL,
    LEGAL_PATH,
    OBJECTIVES,
    OBJECTIVES_PATH,
    POLICY,
    POLICY_PATH,
    PROCEDURE,
    PROCEDURE_PATH,
    ROW1,
    ROW2,
    Files,
    edit,
    load_manual,
    make_manual,
    proc,
)

P = PROCEDURE_PATH
CFG = "isodocs.yaml"
CS01_GONE = ("D312", P, 11)  # the procedure's reference to CS-01 when CS-01 cannot be loaded




@dataclass(frozen=True)
class Bad:
    name: str
    files: Files
    expected: list[tuple[str, str, int | None]]
    setup: Callable[[Path, Path], None] | None = None  # (manual root, tmp_path) -> None
    extra: Callable | None = None  # (diagnostics, loaded) -> None: more to assert
    says: dict[str, str] = field(default_factory=dict)  # code -> text its English message contains


def link_file_outside(root: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir(exist_ok=True)
    (secret / "doc.yaml").write_text(PROCEDURE.replace("code: QT-HT-01", "code: QT-SECRET"))
    os.symlink(secret / "doc.yaml", root / "documents" / "link.yaml")


def link_folder_outside(root: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret-folder"
    secret.mkdir(exist_ok=True)
    (secret / "doc.yaml").write_text(PROCEDURE.replace("code: QT-HT-01", "code: QT-SECRET"))
    os.symlink(secret, root / "documents" / "shared")
    os.symlink("/etc/passwd", root / "legal" / "passwd.yaml")


def model_is_nfc(found, loaded) -> None:
    assert len(loaded.manual.documents) == 3
    doc = loaded.manual.document("QT-HT-01")
    assert doc.title == "Quy trình đăng ký khai sinh"
    assert unicodedata.is_normalized("NFC", doc.title) and doc.legal_basis[1] == "123/2015/NĐ-CP"


def no_secret(found, loaded) -> None:
    assert "QT-SECRET" not in loaded.manual.by_code


def replacement_named(found, loaded) -> None:
    d = next(d for d in found if d.code == "L402")
    assert "118/2025/NĐ-CP" in d.message("vi") and "118/2025/NĐ-CP" in d.message("en")


def form(attachment: str) -> str:
    return FORM_DOC.format(attachment=attachment)


CASES = [
    # --- bytes and text ------------------------------------------------------------------------
    Bad("empty-yaml", {P: ""}, [("F101", P, None)]),
    Bad("empty-markdown", {POLICY_PATH: ""}, [("F106", POLICY_PATH, 1), CS01_GONE]),
    Bad("whitespace-only", {P: "  \n\n \t \n"}, [("F101", P, None)]),
    Bad("null-document", {OBJECTIVES_PATH: "~\n"}, [("F101", OBJECTIVES_PATH, 1)]),
    Bad("comment-only", {OBJECTIVES_PATH: "# Mục tiêu: sẽ viết sau\n"}, [("F101", OBJECTIVES_PATH, 1)]),
    Bad("latin-1", {P: PROCEDURE.encode("latin-1", "replace")}, [("F102", P, 2)]),
    Bad("utf-16-without-bom", {P: PROCEDURE.encode("utf-16-le")}, [("F102", P, 2)]),
    Bad("utf-16-with-bom", {P: PROCEDURE.encode("utf-16")}, [("F102", P, 1)]),
    Bad("random-binary", {LEGAL_PATH: bytes(range(256)) * 16},
        [("F102", LEGAL_PATH, 2), ("L401", P, 10), ("L401", P, 10), ("D314", P, 15)]),
    Bad("nul-bytes", {P: PROCEDURE + "note: a\x00b\n"}, [("F103", P, 32)]),
    Bad("unicode-line-separator", {P: proc("title: Quy trình đăng ký khai sinh", "title: 'Quy trình\u2028đăng ký'")
                                      .replace("prepared_by: lan.nt", "prepared_by: lan")}, [("D304", P, 7)]),
    Bad("bom-and-crlf", {P: b"\xef\xbb\xbf" + PROCEDURE.replace("\n", "\r\n").encode()}, [], extra=model_is_nfc),
    Bad("nfd", {P: unicodedata.normalize("NFD", PROCEDURE).encode()}, [], extra=model_is_nfc),
    Bad("file-of-3-mb", {P: PROCEDURE + ("# " + "x" * 98 + "\n") * 30_000}, [("F105", P, None)]),
    # --- YAML ---------------------------------------------------------------------------------
    Bad("yaml-tab-indent", {P: proc('  code: "1.001193"', '\tcode: "1.001193"')}, [("F103", P, 19)]),
    Bad("yaml-unclosed-bracket", {P: proc("[60/2014/QH13, 123/2015/NĐ-CP]", "[60/2014/QH13, 123/2015/NĐ-CP")},
        [("F103", P, 11)]),
    Bad("yaml-bad-indentation", {P: proc("  name: Đăng ký khai sinh", "   name: Đăng ký khai sinh")}, [("F103", P, 20)]),
    Bad("yaml-unclosed-quote", {P: proc("title: Quy trình đăng ký khai sinh", 'title: "Quy trình đăng ký khai sinh')},
        [("F103", P, 12)]),  # the quoted text runs on to the next '"', on line 12
    Bad("yaml-colon-in-value", {P: proc("title: Quy trình đăng ký khai sinh", "title: Quy trình: đăng ký: khai sinh")},
        [("F103", P, 2)]),
    Bad("alias-bomb", {P: BOMB}, [("F104", P, 6)]),
    Bad("nesting-100000-deep", {P: "code: " + "[" * 100_000 + "]" * 100_000 + "\n"}, [("F104", P, 1)]),
    Bad("python-object-tag", {P: proc("title: Quy trình đăng ký khai sinh",
                                      "title: !!python/object/apply:os.system ['touch /tmp/isodocs-pwned']")},
        [("F103", P, 2)]),
    Bad("python-name-tag", {LEGAL_PATH: "- !!python/name:os.system\n"},
        [("F103", LEGAL_PATH, 1), ("L401", P, 10), ("L401", P, 10), ("D314", P, 15)]),
    Bad("duplicate-key", {P: PROCEDURE + "title: Quy trình khác\n"}, [("F109", P, 32)]),
    Bad("two-yaml-documents", {P: PROCEDURE + "---\ncode: QT-HT-09\n"}, [("F103", P, 32)]),
    # --- shapes and types ---------------------------------------------------------------------
    Bad("list-instead-of-document", {OBJECTIVES_PATH: "- code: MT-2025\n- title: Mục tiêu\n"},
        [("F107", OBJECTIVES_PATH, 1)]),
    Bad("text-instead-of-configuration", {CFG: "Ủy ban nhân dân xã Tân Phú\n"}, [("F107", CFG, 1)]),
    Bad("list-where-a-mapping-belongs", {P: proc("time_limit: {value: 1, unit: working_days}",
                                                 "time_limit: [1, working_days]")}, [("S202", P, 21)]),
    Bad("revision-as-text", {P: proc("revision: 2\n", 'revision: "2"\n')}, [("S202", P, 4)]),
    Bad("clause-unquoted", {P: proc('clauses: ["7.5", "8.2.1"]', 'clauses: [7.5, "8.2.1"]')}, [("S203", P, 12)],
        says={"S203": "7.5"}),
    Bad("clause-7.10-unquoted", {P: proc('clauses: ["7.5", "8.2.1"]', 'clauses: [7.10]')}, [("S203", P, 12)],
        says={"S203": "7.10"}),
    Bad("tthc-code-unquoted", {P: proc('code: "1.001193"', "code: 1.001193")}, [("S203", P, 19)],
        says={"S203": "1.001193"}),
    Bad("unknown-kind", {P: proc("kind: procedure", "kind: process")}, [("S204", P, 3)]),
    Bad("unknown-key", {P: PROCEDURE + "reviewd_by: hung.tv\n"}, [("S208", P, 32)], says={"S208": "reviewd_by"}),
    Bad("unknown-key-in-configuration", {CFG: CONFIG + "langauge: en\n"}, [("S208", CFG, 13)]),
    Bad("missing-required-keys", {P: proc("title: Quy trình đăng ký khai sinh\n", "").replace("approved_by: minh.lv\n", "")},
        [("S201", P, 1), ("S201", P, 1)]),
    Bad("missing-agency", {CFG: CONFIG.replace("agency:\n  name: Ủy ban nhân dân xã Tân Phú\n  short_name: UBND xã Tân Phú\n", "")},
        [("S201", CFG, 1)]),
    Bad("impossible-date", {P: proc("issued: 2025-07-15", "issued: 2025-02-30")}, [("S205", P, 5)]),
    Bad("date-day-first", {P: proc("issued: 2025-07-15", "issued: 15/07/2025")}, [("S205", P, 5)]),
    Bad("revision-zero", {P: proc("revision: 2\n", "revision: 0\n")}, [("S207", P, 4)]),
    Bad("huge-number", {P: proc("value: 6, unit: working_hours", "value: 1" + "0" * 400 + ", unit: working_hours")},
        [("F103", P, 26)]),
    Bad("mistyped-revision", {P: proc("revision: 2\n", "revision: 20250715\n")}, [("D308", P, 14)] * 10),
    # --- control block --------------------------------------------------------------------------
    Bad("effective-before-issued", {P: proc("effective: 2025-08-01", "effective: 2025-07-14")}, [("D303", P, 6)]),
    Bad("unknown-person", {P: proc("prepared_by: lan.nt", "prepared_by: lan.tn")}, [("D304", P, 7)]),
    Bad("reviewer-without-the-role", {P: proc("reviewed_by: hung.tv", "reviewed_by: lan.nt")}, [("D305", P, 8)]),
    Bad("approver-without-the-role", {P: proc("approved_by: minh.lv", "approved_by: hung.tv")}, [("D306", P, 9)]),
    Bad("approver-is-preparer", {P: proc("prepared_by: lan.nt", "prepared_by: minh.lv")}, [("D307", P, 9)]),
    Bad("changes-row-missing", {P: proc(ROW1, "")}, [("D308", P, 14)]),
    Bad("changes-row-extra", {P: proc(ROW2, ROW2 + "  - {revision: 3, date: 2025-09-01, summary: Dự thảo}\n")},
        [("D309", P, 16)]),
    Bad("changes-row-duplicate", {P: proc(ROW2, ROW1)}, [("D308", P, 14), ("D311", P, 15)]),
    Bad("changes-out-of-order", {P: proc(ROW1 + ROW2, ROW2 + ROW1)}, [("D310", P, 15)]),
    Bad("duplicate-codes", {"documents/QT-HT-01-ban-sao.yaml": PROCEDURE}, [("D301", P, 1)]),
    Bad("code-not-matching-pattern", {P: proc("code: QT-HT-01", "code: QT 01")}, [("D302", P, 1)]),
    Bad("bad-code-pattern-regex", {CFG: CONFIG.replace("'^[A-Z]{2,5}(-[A-Z0-9]+)+$'", "'^[A-Z]{2,5(-[A-Z0-9]+$'")},
        [("C601", CFG, 5)]),
    Bad("role-holder-not-a-person", {CFG: CONFIG.replace("approvers: [minh.lv]", "approvers: [minh.lv, chu.tich]")},
        [("C602", CFG, 12)]),
    Bad("unknown-reference", {P: proc("references: [CS-01]", "references: [CS-10]")}, [("D312", P, 11)]),
    # --- legal basis ----------------------------------------------------------------------------
    Bad("unknown-legal-number", {P: proc("[60/2014/QH13, ", "[60/2015/QH13, ")}, [("L401", P, 10)]),
    Bad("cites-expired", {P: proc("[60/2014/QH13, ", "[06/2012/TT-BTP, ")}, [("L403", P, 10)],
        says={"L403": "01/01/2016"}),
    Bad("cites-replaced", {P: proc("[60/2014/QH13, ", "[61/2018/NĐ-CP, ")}, [("L402", P, 10)], extra=replacement_named),
    Bad("nd-cp-for-nđ-cp", {P: proc("60/2014/QH13, 123/2015/NĐ-CP]", "60/2014/QH13, 123/2015/ND-CP]")},
        [("L404", P, 10)]),
    Bad("duplicate-legal-number", {"legal/z.yaml": LEGAL.split("- number: 123/2015")[0]},
        [("L405", "legal/z.yaml", 1)]),
    Bad("legal-entry-not-a-mapping", {"legal/z.yaml": "- 123/2015/NĐ-CP\n"}, [("F107", "legal/z.yaml", 1)]),
    # --- procedures and objectives --------------------------------------------------------------
    Bad("steps-exceed-the-time-limit", {P: proc("value: 6, unit: working_hours", "value: 1, unit: working_days")},
        [("P501", P, 21)], says={"P501": "take 10 working hours"}),
    Bad("form-used-not-listed", {P: proc("forms: [BM-HT-01]}", "forms: [BM-HT-01, BM-MC-01]}")}, [("P502", P, 25)]),
    Bad("steps-misnumbered", {P: proc("{no: 3,", "{no: 4,")}, [("P503", P, 27)]),
    Bad("step-without-time", {P: proc(", time: {value: 6, unit: working_hours}", "")}, [("P504", P, 26)]),
    Bad("duplicate-objective", {OBJECTIVES_PATH: edit(OBJECTIVES, "id: MT-02", "id: MT-01")}, [("O701", OBJECTIVES_PATH, 20)]),
    Bad("objective-deadline-not-a-period", {OBJECTIVES_PATH: edit(OBJECTIVES, "    frequency: monthly\n",
                                                                  "    frequency: monthly\n    deadline: 2025-13\n")},
        [("S206", OBJECTIVES_PATH, 18)]),
    # --- the administrative format (layout, signatures) ----------------------------------------
    Bad("signature-by-someone-unknown", {POLICY_PATH: edit(POLICY, "---\n# Chính", "signatures:\n"
                                                            "  - {title: Chủ tịch, person: minh.lvv}\n---\n# Chính")},
        [("D304", POLICY_PATH, 13)], says={"D304": "signatures[1].person"}),
    Bad("layout-header-unknown", {POLICY_PATH: edit(POLICY, "---\n# Chính", "layout: {header: national}\n---\n# Chính")},
        [("S204", POLICY_PATH, 12)]),
    Bad("signature-without-title", {POLICY_PATH: edit(POLICY, "---\n# Chính", "signatures:\n  - {person: minh.lv}\n"
                                                               "---\n# Chính")},
        [("S201", POLICY_PATH, 13)]),
    # --- files outside the manual ---------------------------------------------------------------
    Bad("attachment-dot-dot", {FORM_PATH: form("../../etc/passwd")}, [("F108", FORM_PATH, 10)]),
    Bad("attachment-absolute", {FORM_PATH: form("/etc/passwd")}, [("F108", FORM_PATH, 10)]),
    Bad("attachment-windows-drive", {FORM_PATH: form("'C:\\Windows\\win.ini'")}, [("F108", FORM_PATH, 10)]),
    Bad("attachment-missing", {FORM_PATH: form("documents/bieu-mau/BM-HT-05.docx")}, [("D313", FORM_PATH, 10)]),
    Bad("attachment-with-nul", {FORM_PATH: form('"documents/a\\0.docx"')}, [("F103", FORM_PATH, 10)]),
    Bad("escaped-control-character", {P: proc("title: Quy trình đăng ký khai sinh", 'title: "Quy trình\\x1b[31m"')},
        [("F103", P, 2)], says={"F103": "#x001b"}),
    Bad("reference-docx-garbage", {"reference.docx": b"PK\x03\x04 not really a zip"}, [("F111", "reference.docx", None)]),
    Bad("reference-docx-without-styles", {"reference.docx": zipped({"[Content_Types].xml": b"<Types/>"})},
        [("F111", "reference.docx", None)]),
    Bad("reference-docx-zip-bomb", {"reference.docx": zipped({"[Content_Types].xml": b"<Types/>",
                                                              "word/document.xml": b"<w/>",
                                                              "word/styles.xml": b" " * (65 * 1024 * 1024)})},
        [("F111", "reference.docx", None)]),
    Bad("symlink-to-a-file-outside", {}, [("F108", "documents/link.yaml", None)], setup=link_file_outside,
        extra=no_secret),
    Bad("symlink-to-a-folder-outside", {}, [("F108", "documents/shared", None), ("F108", "legal/passwd.yaml", None)],
        setup=link_folder_outside, extra=no_secret),
    # --- Markdown ---------------------------------------------------------------------------------
    Bad("markdown-without-front-matter", {POLICY_PATH: "# Chính sách chất lượng\n\nNội dung.\n"},
        [("F106", POLICY_PATH, 1), CS01_GONE]),
    Bad("markdown-unterminated-front-matter", {POLICY_PATH: POLICY.replace("---\n# Chính", "# Chính")},
        [("F106", POLICY_PATH, 1), CS01_GONE]),
    Bad("markdown-front-matter-yaml-error", {POLICY_PATH: POLICY.replace("kind: policy", "kind: [policy")},
        [("F103", POLICY_PATH, 5), CS01_GONE]),
]


def test_the_catalogue_is_large_enough():
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


def place(d):
    return (d.code, d.path, d.line)


@pytest.fixture
def reads(monkeypatch):
    """Every path the folder source reads, to prove nothing outside the manual is touched."""
    seen: list[Path] = []
    original = FolderSource.read

    def read(self, path):
        seen.append(self.root / path)
        return original(self, path)

    monkeypatch.setattr(FolderSource, "read", read)
    return seen


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(tmp_path, reads, case: Bad):
    root = make_manual(tmp_path, case.files, standard=True)
    if case.setup:
        case.setup(root, tmp_path)
    loaded = load_manual(root)
    from isodocs.check import check

    found = check(loaded)
    assert sorted(map(place, found), key=str) == sorted(case.expected, key=str)
    for d in found:
        assert not Path(d.path).is_absolute() and ".." not in Path(d.path).parts
        assert d.message("vi") and d.message("en") and d.hint("vi") and d.hint("en")
    for code, text in case.says.items():
        assert any(text in d.message("en") for d in found if d.code == code), (code, text)
    if case.extra:
        case.extra(found, loaded)
    resolved_root = root.resolve()
    for path in reads:
        assert path.resolve().is_relative_to(resolved_root), f"read outside the manual: {path}"

    # the command line: right exit code, both formats, no traceback
    errors = any(d.severity is Severity.ERROR for d in found)
    for args in (["check", "-C", str(root)], ["check", "-C", str(root), "--format", "json", "--lang", "en"]):
        result = invoke(args)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert "Traceback" not in result.stdout + result.stderr
        assert result.exit_code == (1 if errors else 0), result.stdout + result.stderr
    payload = json.loads(result.stdout)
    assert [(d["code"], d["path"], d["line"]) for d in payload["diagnostics"]] == list(map(place, found))
    assert payload["summary"]["errors"] == sum(d.severity is Severity.ERROR for d in found)
