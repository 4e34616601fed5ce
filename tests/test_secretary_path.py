"""The secretary's whole path, as docs/bat-dau.md walks it, in each language: init, new, check,
commit, approve, revise, commit, approve, and the first official build."""

from __future__ import annotations

import json

import pygit2
import pytest

from support.cli import invoke
from support.programs import external

AGENCY = "Ủy ban nhân dân xã Tân Phú"
SECRETARY = pygit2.Signature("Lê Thị C", "c@example.vn", 1_796_000_000, 420)
BUILD_ARGS = ("build", "-C", "so-tay", "-o", "ban-chinh-thuc", "--today", "2026-12-11", "--pdf")


def _commit(root, message: str) -> None:
    """`git add -A && git commit`, as the secretary runs it (with pygit2)."""
    repo = pygit2.Repository(str(root))
    index = repo.index
    index.add_all()
    index.write()
    repo.create_commit("HEAD", SECRETARY, SECRETARY, message, index.write_tree(), [repo.head.target])


def _run(args, cwd, lang, expected=0):
    result = invoke([*args, "--lang", lang], cwd=cwd)
    assert result.exit_code == expected, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_from_init_to_the_first_official_build(lang, tmp_path):
    said = {"vi": ("Không có lỗi; đã kiểm tra 18 tài liệu", "Đã tạo 38 tệp"),
            "en": ("No problems; checked 18 documents", "Wrote 38 files")}[lang]
    external(("soffice",), "LibreOffice", "SOFFICE")  # the official build is printed to PDF too
    _run(["init", "so-tay", "--agency", AGENCY, "--author", "Lê Thị C <c@example.vn>", "--date", "2026-12-01"],
         tmp_path, lang)
    root = tmp_path / "so-tay"
    if lang == "en":  # a manual printed in English
        config = root / "isodocs.yaml"
        config.write_text(config.read_text(encoding="utf-8").replace("\nlanguage: vi\n", "\nlanguage: en\n"),
                          encoding="utf-8")
        _commit(root, "English labels")

    created = _run(["new", "procedure", "--code", "QT-HT-01", "--title", "Quy trình đăng ký khai sinh",
                    "--date", "2026-12-02", "-C", "so-tay"], tmp_path, lang)
    assert created.stdout.startswith("documents/quy-trinh/QT-HT-01-quy-trinh-dang-ky-khai-sinh.yaml\n")
    assert said[0] in _run(["check", "-C", "so-tay", "--today", "2026-12-02"], tmp_path, lang).stdout
    # what is not committed cannot be approved
    _run(["approve", "QT-HT-01", "--by", "chu.tich", "--date", "2026-12-03", "-C", "so-tay"], tmp_path, lang,
         expected=1)
    _commit(root, "Quy trình đăng ký khai sinh")
    # each approved on its issue date: the starter documents of 01/12, the procedure of 02/12
    approved = _run(["approve", "--all", "--by", "chu.tich", "--decision", "01/QĐ-UBND", "--date", "2026-12-01",
                     "--date", "QT-HT-01=2026-12-02", "-C", "so-tay"], tmp_path, lang)
    assert approved.stdout.count("approvals/") == 18  # the 6 system documents, their 11 forms, the procedure

    revised = _run(["revise", "QT-HT-01", "--reason", "process_change", "--summary",
                    "Rút ngắn thời gian giải quyết", "--sections", "Mục 5", "--date", "2026-12-10", "-C", "so-tay"],
                   tmp_path, lang)
    assert "isodocs approve QT-HT-01 --by chu.tich" in revised.stdout and revised.stderr == ""
    assert said[0] in _run(["check", "-C", "so-tay", "--today", "2026-12-10"], tmp_path, lang).stdout
    _commit(root, "QT-HT-01 lần ban hành 2")
    _run(["approve", "QT-HT-01", "--by", "chu.tich", "--decision", "02/QĐ-UBND", "--date", "2026-12-10",
          "-C", "so-tay"], tmp_path, lang)
    assert said[0] in _run(["check", "-C", "so-tay", "--today", "2026-12-11"], tmp_path, lang).stdout
    assert pygit2.Repository(str(root)).status() == {}  # every step left `git status` clean

    built = _run(list(BUILD_ARGS), tmp_path, lang)
    assert said[1] in built.stdout and built.stderr == ""
    out = tmp_path / "ban-chinh-thuc"
    assert (out / "manual.docx").is_file() and (out / "QT-HT-01.docx").is_file()
    assert (out / "manual.pdf").read_bytes().startswith(b"%PDF") and (out / "QT-HT-01.pdf").is_file()
    verified = _run(["verify", str(out / "QT-HT-01.docx"), "-C", "so-tay", "--today", "2026-12-11"], tmp_path, lang)
    assert "QT-HT-01" in verified.stdout
    status = _run(["status", "-C", "so-tay", "--today", "2026-12-11", "--format", "json"], tmp_path, lang)
    states = {s["code"]: (s["state"], s["in_force_revision"]) for s in json.loads(status.stdout)}
    assert states["QT-HT-01"] == ("effective", 2) and states["CS-01"] == ("effective", 1) and len(states) == 18
