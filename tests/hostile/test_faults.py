"""Findings 7 and 13: inputs that made isodocs fail with "internal error" (or say nothing useful)
each get a clear message, in both languages, and the documented exit code."""

from __future__ import annotations

import io
import re
import zipfile

import pygit2
import pytest

from support.cli import invoke
from support.git import git_init
from support.hostile import TODAY, outputs, said_cleanly, snapshot, watched
from support.manual import make_manual


@pytest.fixture
def w(tmp_path, tmp_path_factory):
    yield from watched(tmp_path, tmp_path_factory)


def both(w, args, code, en, vi, env=None):
    """The command stops with `code`, saying `en` in English and `vi` in Vietnamese."""
    for lang, says in (("en", en), ("vi", vi)):
        out = said_cleanly(w.run(*args, lang=lang, env=env), code)
        assert says in out, out


# --- internal errors -----------------------------------------------------------------------------

@pytest.mark.parametrize("link", ["approvals/QT-HT-01/r9.yaml", "approvals/ZZ-01"])
def test_a_committed_link_under_approvals_is_a_finding(w, link):
    w.commit({}, "Liên kết", links={link: str(w.outside / "secret.txt")})
    sentinel = snapshot(w.outside)
    for args in (["check", "--today", TODAY], ["check", "--rev", "HEAD", "--today", TODAY]):
        both(w, args, 1, f"{link}: F108 error: `{link}` lies outside the manual.",
             f"{link}: F108 lỗi: `{link}` nằm ngoài thư mục sổ tay.")
    assert snapshot(w.outside) == sentinel


def test_a_date_after_2107_is_a_finding_not_a_crash(w):
    path = "documents/MT-2025.yaml"
    w.commit({path: (w.root / path).read_text(encoding="utf-8").replace("issued: 2025-01-05", "issued: 2150-01-05")})
    both(w, ["check", "--today", TODAY], 1,
         f"{path}:5:9: S211 error: `issued`: 2150-01-05 lies after 2107, the last year a Word file can record.",
         f"{path}:5:9: S211 lỗi: `issued`: 2150-01-05 rơi vào sau năm 2107, năm cuối cùng tệp Word ghi được.")
    both(w, ["build", "--draft", "--today", TODAY], 1, "the manual has errors; nothing was built",
         "sổ tay còn lỗi; chưa tạo tệp nào")


@pytest.mark.parametrize("epoch", ["99999999999", "9" * 5000])
def test_a_source_date_epoch_after_2107_is_refused_before_anything_is_written(w, epoch):
    env = {"SOURCE_DATE_EPOCH": epoch}
    both(w, ["build", "--today", TODAY], 2,
         f"isodocs: SOURCE_DATE_EPOCH={epoch[:20]} lies after 2107, the last year a DOCX file can record; set it to "
         "the date the files should carry\n",
         f"isodocs: SOURCE_DATE_EPOCH={epoch[:20]} rơi vào sau năm 2107, năm cuối cùng tệp DOCX ghi được; hãy đặt nó "
         "bằng ngày mà các tệp cần mang\n", env=env)
    both(w, ["impact", "--today", TODAY, "--format", "docx"], 2, "SOURCE_DATE_EPOCH=", "SOURCE_DATE_EPOCH=", env=env)
    assert not (w.root / "build").exists()


def test_a_commit_dated_after_2107_asks_for_source_date_epoch(w):
    repo = w.repo
    tip = repo.head.peel(pygit2.Commit)
    late = "Thư ký ISO <iso@example.vn> 4500000000 +0700"  # in 2112: written raw, as any Git can
    raw = f"tree {tip.tree.id}\nparent {tip.id}\nauthor {late}\ncommitter {late}\n\nNgày giả\n"
    forged = repo.odb.write(pygit2.enums.ObjectType.COMMIT, raw.encode("utf-8"))
    repo.references["refs/heads/main"].set_target(forged)
    commit = str(forged)[:12]
    both(w, ["build", "--today", TODAY], 2,
         f"isodocs: commit {commit} is dated after 2107, the last year a DOCX file can record; set SOURCE_DATE_EPOCH "
         "to the date the files should carry\n",
         f"isodocs: commit {commit} mang ngày sau năm 2107, năm cuối cùng tệp DOCX ghi được; hãy đặt "
         "SOURCE_DATE_EPOCH bằng ngày mà các tệp cần mang\n")
    said_cleanly(w.run("build", "--today", TODAY, env={"SOURCE_DATE_EPOCH": "1760000000"}), 0)


def test_a_commit_dated_beyond_the_calendar_in_a_zone_beyond_a_day_is_read(w):
    repo = w.repo
    tip = repo.head.peel(pygit2.Commit)
    odd = "Thư ký ISO <iso@example.vn> 99999999999999 +9999"
    raw = f"tree {tip.tree.id}\nparent {tip.id}\nauthor {odd}\ncommitter {odd}\n\nNgày giả\n"
    repo.references["refs/heads/main"].set_target(repo.odb.write(pygit2.enums.ObjectType.COMMIT, raw.encode()))
    for args in (["history"], ["history", "QT-HT-01", "--format", "json"], ["status", "--today", TODAY],
                 ["check", "--rev", "HEAD", "--today", TODAY], ["impact", "--today", TODAY],
                 ["build", "--rev", "HEAD", "--today", TODAY, "-o", str(w.tmp / "rev")]):
        result = w.run(*args)
        said_cleanly(result, {"impact": 1, "build": 2}.get(args[0], 0))


def test_a_code_pattern_of_hundreds_of_nested_groups_is_c601(w):
    config = (w.root / "isodocs.yaml").read_text(encoding="utf-8")
    nested = "(" * 600 + "[A-Z]+" + ")" * 600
    w.commit({"isodocs.yaml": config.replace("'^[A-Z]{2,5}(-[A-Z0-9]+)+$'", f"'^{nested}(-[A-Z0-9]+)+$'")})
    both(w, ["check", "--today", TODAY], 1,
         "isodocs.yaml:5:15: C601 error: code_pattern is not a valid regular expression: its groups nest too deeply.",
         "isodocs.yaml:5:15: C601 lỗi: code_pattern không phải biểu thức chính quy hợp lệ: các nhóm lồng nhau quá sâu.")
    both(w, ["build", "--today", TODAY], 1, "the manual has errors; nothing was built",
         "sổ tay còn lỗi; chưa tạo tệp nào")


def forged(data: bytes, name: str, value: str) -> bytes:
    """The DOCX with its build record's property `isodocs.<name>` set to `value`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "docProps/custom.xml":
                pattern = rf'(name="isodocs\.{re.escape(name)}"[^>]*>\s*<vt:lpwstr>)[^<]*(</vt:lpwstr>)'
                content, count = re.subn(pattern.encode(), rb"\g<1>" + value.encode() + rb"\g<2>", content)
                assert count == 1, content
            dst.writestr(info, content)
    return out.getvalue()


def test_verify_of_a_forged_build_record_says_what_is_wrong(w):
    said_cleanly(w.run("build", "--today", TODAY), 0)
    built = (w.root / "build" / "QT-HT-01.docx").read_bytes()
    tree = str(w.repo.head.peel(pygit2.Commit).tree.id)
    cases = [
        ("language", "xx", "its build record names the language 'xx', which isodocs does not write",
         "thông tin bản tạo của tệp ghi ngôn ngữ 'xx', ngôn ngữ isodocs không dùng"),
        ("stamp", "9999-12-31T00:00:00", "its build record is dated 9999-12-31T00:00:00, after 2107",
         "thông tin bản tạo của tệp ghi ngày 9999-12-31T00:00:00, sau năm 2107"),
        ("commit", tree, f"its build record names {tree[:12]}, which is in this repository but is not a commit",
         f"thông tin bản tạo của tệp ghi {tree[:12]}, có trong kho này nhưng không phải một commit"),
        ("records", tree, f"its build record names {tree[:12]}, which is in this repository but is not a commit",
         f"thông tin bản tạo của tệp ghi {tree[:12]}, có trong kho này nhưng không phải một commit"),
    ]
    for name, value, en, vi in cases:
        target = w.tmp / f"{name}.docx"
        target.write_bytes(forged(built, name, value))
        both(w, ["verify", str(target), "--today", TODAY], 2, f"isodocs: {target}: {en}", f"isodocs: {target}: {vi}")


@pytest.mark.parametrize("special", ["fifo", "device"])
def test_verify_reads_only_a_regular_file(w, special):
    import os

    target = w.tmp / "received.docx"
    if special == "fifo":
        os.mkfifo(target)
    else:
        os.symlink("/dev/zero", target)
    both(w, ["verify", str(target)], 2, f"isodocs: {target} is a folder or a special file, not a regular file\n",
         f"isodocs: {target} là thư mục hoặc tệp đặc biệt, không phải tệp thông thường\n")


# --- messages that did not say what is wrong -----------------------------------------------------

def test_an_unborn_head_is_named(tmp_path):
    root = tmp_path / "repo"
    git_init(root)
    make_manual(tmp_path, standard=True, name="repo")
    for args, en, vi in [
        (["build"], f"isodocs: the repository {root}/.git/ has no commit yet: commit the manual first (`isodocs check` "
                    "and `isodocs build --draft` read the files as they are)\n",
         f"isodocs: kho {root}/.git/ chưa có commit nào: hãy commit sổ tay trước (`isodocs check` và `isodocs build "
         "--draft` đọc các tệp như hiện có)\n"),
        (["approve", "QT-HT-01", "--by", "minh.lv"],
         "isodocs: the repository has no commit yet: commit the manual first, then record on it\n",
         "isodocs: kho chưa có commit nào: hãy commit sổ tay trước, rồi mới ghi\n"),
    ]:
        for lang, says in (("en", en), ("vi", vi)):
            assert said_cleanly(invoke([*args, "--lang", lang], cwd=root), 2) == says
    assert said_cleanly(invoke(["check", "--lang", "en"], cwd=root), 0)  # the files as they are


def test_a_5000_digit_number_is_too_large_not_invalid(w):
    path = "documents/QT-HT-01.yaml"
    text = (w.root / path).read_text(encoding="utf-8")
    w.commit({path: text.replace("value: 6, unit: working_hours", f"value: {'9' * 5000}, unit: working_hours")})
    both(w, ["check", "--today", TODAY], 1,
         f"{path}:26:83: F103 error: YAML syntax error: the number {'9' * 40} is too large (the limit is 1e+15).",
         f"{path}:26:83: F103 lỗi: Lỗi cú pháp YAML: số {'9' * 40} quá lớn (giới hạn là 1e+15).")


def test_control_characters_never_reach_the_html_report(w):
    """A YAML escape can no longer write one (F103), but a file's name still can: the page shows it
    as its picture, never raw."""
    path = "documents/QT-HT-01.yaml"
    text = (w.root / path).read_text(encoding="utf-8")
    w.commit({path: text.replace("title: Quy trình đăng ký khai sinh", 'title: "Quy trình\\x1b[31m đỏ"')})
    both(w, ["check", "--today", TODAY], 1, "the special character #x001b is not allowed",
         "#x001b")
    renamed = "documents/QT-HT-01\x07\x1b.yaml"
    w.commit({path: None, renamed: text.replace("purpose: Quy định", "purpose: Sửa: quy định")}, "Đổi tên")
    out = w.tmp / "review.html"
    said_cleanly(w.run("diff", "HEAD~2", "HEAD", "--format", "html", "-o", str(out)), 1)
    page = out.read_text(encoding="utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", page)
    assert "QT-HT-01\u2407\u241b.yaml" in page


def test_a_clean_build_still_equals_the_template(w):
    said_cleanly(w.run("build", "--today", TODAY), 0)
    assert outputs(w.root / "build") == w.clean_build()
